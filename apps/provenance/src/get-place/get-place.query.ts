/** Ask for one place, at its latest version. */
export class GetPlaceQuery {
  constructor(readonly placeId: string) {}
}
