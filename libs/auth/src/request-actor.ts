import { ApiKeyHolder as Actor } from '#tamga/domain';

// Keyed by the request object itself, so an actor can neither outlive its request nor be set by
// anything that only controls the request's fields (a header, the body).
const actors = new WeakMap<object, Actor>();

/** Records who sent a request, once its key is verified. */
export function rememberActor(request: object, actor: Actor): void {
  actors.set(request, actor);
}

/** Who sent a request, if its key was verified. */
export function actorOf(request: object): Actor | undefined {
  return actors.get(request);
}
