import { CustomDecorator, SetMetadata } from '@nestjs/common';
import { PartyKind } from '#tamga/domain';

/** Metadata key of {@link Roles}. */
export const ROLES_KEY = 'tamga:roles';

/**
 * The roles (party kinds) that may call a route or a controller; holding any one of them is
 * enough. A caller without one gets a 403 naming the roles needed and the roles held. Without
 * `@Roles`, any valid key may call: the lot rules then decide per object.
 */
export const Roles = (...roles: PartyKind[]): CustomDecorator<string> => SetMetadata(ROLES_KEY, roles);
