export * from './migrations/1763900007500-merkle-log';
export * from './log-leaf';
export * from './feed-order';
export * from './leaf-record-hash';
export * from './merkle-log-writer';
export * from './stored-log-nodes';
export * from './log-nodes';
