/** Ask for one event as stored, with its seal. */
export class GetSealedEventQuery {
  constructor(readonly eventId: string) {}
}
