/** Ask for a page of export shipments. */
export class ListExportsQuery {
  constructor(readonly page: { readonly limit: number; readonly after?: string }) {}
}
