import { Kafka, logLevel } from 'kafkajs';

/** Where the Kafka cluster is and who is talking to it. */
export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly clientId: string;
}

/** A kafkajs client with Tamga's defaults: quiet logs, patient retries. */
export function createKafka(settings: KafkaSettings): Kafka {
  return new Kafka({
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    logLevel: logLevel.WARN,
    connectionTimeout: 5_000,
    retry: { initialRetryTime: 200, retries: 10 },
  });
}
