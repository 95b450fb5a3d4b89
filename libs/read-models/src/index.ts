export * from './read-model-schema';
export * from './table-checksums';
export * from './projector/apply-batch';
export * from './projector/projector';
export * from './projector/foreign-store.error';
export * from './replay/replay-and-compare';
export * from './queries/lot-provenance.query';
export * from './migrations/1763900001000-create-read-models';
