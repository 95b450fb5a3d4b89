import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { ApiKeyHolder as Actor } from '#tamga/domain';
import { actorOf } from './request-actor';

/**
 * The authenticated {@link Actor} of the request, as a handler parameter. Only on routes that need
 * a key: on a `@Public()` route there is no actor, and asking for one is a programming error.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<object>());
  if (!actor) throw new Error('@CurrentActor() used on a route that was not authenticated (a @Public() route?)');
  return actor;
});
