import type { Outlook } from '../core/key-moments.ts';

/** Per decision of a play, the best total still reachable from each option (undefined: cut). */
export type Outlooks = (Outlook | undefined)[];

export interface OutlookRequest {
  json: string;
  seed: number;
  path: number[];
}

export type OutlookResponse = { ok: true; outlooks: Outlooks } | { ok: false; message: string };
