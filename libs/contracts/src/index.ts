export * from './event-envelope';
export * from './event-envelope.schema';
