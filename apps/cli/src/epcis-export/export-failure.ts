/** An export that cannot be given: the message says why, for the person who ran it; the command exits 1. */
export class ExportFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportFailure';
  }
}
