import { PageRequest } from '#tamga/read-models';

/** Ask for products in id order, of one category if given. */
export class ListProductsQuery {
  constructor(
    readonly category: string | undefined,
    readonly page: PageRequest,
  ) {}
}
