export * from './append-request';
export * from './stored-event';
export * from './postgres-event-store';
export * from './committed-event-feed';
export * from './translate-driver-error';
export * from './migrations/1763900000000-create-event-store';
export * from './store-identity';
export * from './migrations/1763900002000-event-store-identity';
