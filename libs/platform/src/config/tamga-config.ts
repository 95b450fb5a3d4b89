/** Everything a Tamga service reads from its environment. README's configuration table lists each. */
export interface TamgaConfig {
  readonly databaseUrl: string;
  readonly kafkaBrokers: readonly string[];
  readonly eventTopic: string;
  readonly eventTopicPartitions: number;
  readonly host: string;
  readonly capturePort: number;
  readonly provenancePort: number;
  readonly projectorGroupId: string;
  readonly relayName: string;
  readonly bodyLimitBytes: number;
  /** A log checkpoint is signed every this many leaves (TAMGA_CHECKPOINT_EVERY)... */
  readonly checkpointEvery: number;
  /** ...or after this many milliseconds (TAMGA_CHECKPOINT_INTERVAL_MS), whichever comes first, if the log grew. */
  readonly checkpointIntervalMs: number;
}

/** Defaults for a single machine: the bundled broker and the ports README promises. */
export const DEFAULTS = {
  kafkaBrokers: '127.0.0.1:9092',
  eventTopic: 'tamga.lot-events.v1',
  eventTopicPartitions: 6,
  host: '127.0.0.1',
  capturePort: 3001,
  provenancePort: 3000,
  projectorGroupId: 'tamga-projector',
  relayName: 'tamga-relay',
  bodyLimitBytes: 1024 * 1024,
  checkpointEvery: 1000,
  checkpointIntervalMs: 10_000,
} as const;

/** Reads the configuration from environment variables, refusing values that cannot work. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): TamgaConfig {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('DATABASE_URL is not set: start Tamga with `npm start`, or point DATABASE_URL at Postgres');
  }
  return {
    databaseUrl,
    kafkaBrokers: (env.KAFKA_BROKERS ?? DEFAULTS.kafkaBrokers).split(',').map((b) => b.trim()).filter(Boolean),
    eventTopic: env.TAMGA_EVENT_TOPIC ?? DEFAULTS.eventTopic,
    eventTopicPartitions: integer(env, 'TAMGA_EVENT_TOPIC_PARTITIONS', DEFAULTS.eventTopicPartitions, 1),
    host: env.TAMGA_HOST ?? DEFAULTS.host,
    capturePort: integer(env, 'CAPTURE_PORT', DEFAULTS.capturePort),
    provenancePort: integer(env, 'PROVENANCE_PORT', DEFAULTS.provenancePort),
    projectorGroupId: env.TAMGA_PROJECTOR_GROUP ?? DEFAULTS.projectorGroupId,
    relayName: env.TAMGA_RELAY_NAME ?? DEFAULTS.relayName,
    bodyLimitBytes: integer(env, 'TAMGA_BODY_LIMIT_BYTES', DEFAULTS.bodyLimitBytes),
    checkpointEvery: integer(env, 'TAMGA_CHECKPOINT_EVERY', DEFAULTS.checkpointEvery, 1),
    checkpointIntervalMs: integer(env, 'TAMGA_CHECKPOINT_INTERVAL_MS', DEFAULTS.checkpointIntervalMs, 1),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number of at least ${min}, not "${raw}"`);
  return value;
}
