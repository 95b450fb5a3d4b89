/** A message on the topic was recorded by another event store than the one in this database. */
export class ForeignStoreError extends Error {
  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
    readonly foundStoreId: string,
    readonly ownStoreId: string,
  ) {
    super(
      `Kafka topic ${topic} (partition ${partition}, offset ${offset}) holds events of event store ${foundStoreId}, ` +
        `but this database is event store ${ownStoreId}. A topic and the database that wrote it belong together: ` +
        `point TAMGA_EVENT_TOPIC at a new topic, or DATABASE_URL at the database that wrote this one.`,
    );
    this.name = 'ForeignStoreError';
  }
}
