export * from './kafka-connection';
export * from './event-topic';
export * from './kafka-event-publisher';
export * from './kafka-event-consumer';
export type { Kafka } from 'kafkajs';
export * from './read-whole-topic';
