import { PageRequest } from '#tamga/read-models';

/** Ask for places in id order, of one kind if given. */
export class ListPlacesQuery {
  constructor(
    readonly kind: string | undefined,
    readonly page: PageRequest,
  ) {}
}
