export * from './api-key-token';
export * from './api-key-hashes';
export * from './api-key-stream';
export * from './issue-api-key';
export * from './bootstrap-admin-key';
export * from './migrations/1763900008000-create-api-key-hashes';
