/** What a command carries besides its own fields: time and actor arrive here, never from the clock. */
export interface CommandMetadata {
  /** The server's time when the command was received. */
  readonly now: Date;
  /** The party recording the fact; set from the caller's credentials, never from the request body. */
  readonly actorId: string | null;
}
