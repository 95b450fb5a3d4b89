import { CanActivate, ExecutionContext, Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PartyKind, assertHoldsRole } from '#tamga/domain';
import { HealthController, ReplyLike } from '#tamga/platform';
import { ApiKeyVerifier } from './api-key-verifier';
import { IS_PUBLIC_KEY } from './public.decorator';
import { rememberActor } from './request-actor';
import { ROLES_KEY } from './roles.decorator';
import { bearerTokenOf, unauthenticated } from './unauthenticated';

// Controllers from shared libs, which cannot carry the @Public() decorator, that answer without a key.
// (The OpenAPI pages are served by Fastify directly, outside Nest's guards.)
const PUBLIC_CONTROLLERS: readonly Type<unknown>[] = [HealthController];

interface GuardedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly routeOptions?: { readonly url?: string };
}

/**
 * A route it guards needs `Authorization: Bearer <API key>` unless marked `@Public()`: a missing,
 * malformed or invalid key is a 401; a valid key whose party lacks the route's `@Roles(...)` is a
 * 403. The verified actor is then what `@CurrentActor()` gives handlers. The capture API guards
 * every route (APP_GUARD); the provenance API only the inspector's (`@UseGuards`).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: ApiKeyVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets) || PUBLIC_CONTROLLERS.includes(context.getClass())) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<GuardedRequest>();
    const token = bearerTokenOf(request.headers.authorization);
    if (token === null) throw unauthenticated(http.getResponse<ReplyLike>(), 'missing');
    if (token === 'malformed') throw unauthenticated(http.getResponse<ReplyLike>(), 'malformed');
    const actor = await this.verifier.actorFor(token);
    if (!actor) throw unauthenticated(http.getResponse<ReplyLike>(), 'invalid');
    rememberActor(request, actor);
    const roles = this.reflector.getAllAndOverride<PartyKind[] | undefined>(ROLES_KEY, targets);
    if (roles && roles.length > 0) assertHoldsRole(actor.roles, roles, `call ${request.method} ${request.routeOptions?.url ?? request.url}`);
    return true;
  }
}
