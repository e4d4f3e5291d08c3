/**
 * The server's budgets, each aimed at one kind of abuse so that it stops the abuser and nobody
 * sharing their address. docs/workshop.md lists them; tests shrink them to reach them quickly.
 */
export interface ServerLimits {
  /** Lookups of join codes that do not exist, per address and window, before joins are refused. */
  wrongCodesPerAddress: number;
  wrongCodeWindowMs: number;
  /** Lookups of unknown codes one connection may make before it is disconnected. */
  wrongCodesPerSocket: number;
  /** Teams one address may join per window (a room behind one router shares an address). */
  joinsPerAddress: number;
  joinWindowMs: number;
  /** Teams one connection may join: a device joins once, or again after being removed. */
  joinsPerSocket: number;
  /** Choices one team may send per second, with a burst, whichever devices send them. */
  choicesPerTeamPerSecond: number;
  choiceBurst: number;
  /** Requests per second one connection may send, with a burst twice that. */
  requestsPerSecond: number;
  /** Requests refused as over budget before the connection is closed. */
  strikes: number;
  /** Sessions one address may open per window. */
  opens: number;
  openWindowMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  wrongCodesPerAddress: 30,
  wrongCodeWindowMs: 60_000,
  wrongCodesPerSocket: 5,
  joinsPerAddress: 60,
  joinWindowMs: 5 * 60_000,
  joinsPerSocket: 3,
  choicesPerTeamPerSecond: 5,
  choiceBurst: 20,
  requestsPerSecond: 20,
  strikes: 20,
  opens: 20,
  openWindowMs: 60 * 60_000,
};
