import type { Result } from '../core/result.ts';
import type { Outlook } from '../core/key-moments.ts';

/** Per decision of a play, the best total still reachable from each option (undefined: cut). */
export type Outlooks = (Outlook | undefined)[];

export interface OutlookRequest {
  json: string;
  seed: number;
  path: number[];
}

/** The worker's answer: the outlooks, or why it could not work them out. */
export type OutlookResponse = Result<Outlooks, string>;
