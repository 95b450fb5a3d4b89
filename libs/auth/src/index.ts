export * from './api-key-verifier';
export * from './api-key.guard';
export * from './current-actor.decorator';
export * from './public.decorator';
export * from './roles.decorator';
export * from './unauthenticated';
export * from './verified-key-cache';
export { actorOf } from './request-actor';
