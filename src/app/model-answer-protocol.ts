export type ModelAnswerRequest =
  | { kind: 'story'; hash: string; json: string }
  | { kind: 'ask'; id: number; hash: string; seed: number; route: number[] };

export interface ModelAnswerResponse {
  id: number;
  /** Undefined where the exploration cannot say exactly (cut, farmed, or failed). */
  answers?: number[];
}
