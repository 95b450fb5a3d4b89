/** Ask for one product, at its latest version. */
export class GetProductQuery {
  constructor(readonly productId: string) {}
}
