/** Ask for a facility's mass balance. */
export class GetFacilityBalanceQuery {
  constructor(readonly placeId: string) {}
}
