/** Ask for one brand or certification scheme, at its latest version. */
export class GetSchemeQuery {
  constructor(readonly schemeId: string) {}
}
