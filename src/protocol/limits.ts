/** Sizes both sides enforce: the team page to stop a long name early, the server to refuse it. */

export const LIMITS = {
  /** A request's payload, as JSON, may not be longer than this. */
  messageChars: 4_096,
  /** socket.io drops the connection past this; our own check above answers first. */
  transportBytes: 64 * 1_024,
  teamNameChars: 32,
  teamsPerSession: 300,
} as const;
