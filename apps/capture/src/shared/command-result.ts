/** What a capture command answers over HTTP; `replayed` marks a retry answered from the first result. */
export interface CommandResult {
  readonly status: number;
  readonly body: unknown;
  readonly replayed: boolean;
}
