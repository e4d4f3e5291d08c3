/** An LRS answered with an HTTP error: the status says whether sending again can help. */
export class LrsError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`LRS answered ${status}: ${message}`);
    this.name = 'LrsError';
  }

  /** The LRS will keep refusing this content: a malformed or conflicting statement. */
  get permanent(): boolean {
    return this.status >= 400 && this.status < 500 && ![401, 403, 408, 429].includes(this.status);
  }
}
