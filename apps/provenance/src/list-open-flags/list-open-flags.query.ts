import { OpenFlagKind } from '#tamga/read-models';

/** Ask for the open flags, of one kind or all, newest first. */
export class ListOpenFlagsQuery {
  constructor(
    readonly kind: OpenFlagKind | undefined,
    readonly limit: number,
  ) {}
}
