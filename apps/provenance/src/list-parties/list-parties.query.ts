import { PageRequest } from '#tamga/read-models';

/** Ask for parties in id order, holding one kind if given. */
export class ListPartiesQuery {
  constructor(
    readonly kind: string | undefined,
    readonly page: PageRequest,
  ) {}
}
