import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { isPortOpen } from './port-probe';
import { repoRoot } from './repo-root';

/** A Kafka broker this process can use, and how to let go of it. */
export interface LocalKafka {
  readonly brokers: string;
  /** True if this process started it (and so stops it). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

/**
 * The bundled broker: Apache Kafka in KRaft mode from Maven Central, run by infra/kafka/kafka.sh.
 * A broker already answering on the port is reused.
 */
export async function provideBundledKafka(dataDir: string, port: number): Promise<LocalKafka> {
  const brokers = `127.0.0.1:${port}`;
  if (await isPortOpen('127.0.0.1', port)) {
    return { brokers, startedHere: false, stop: async () => undefined };
  }
  const env = { ...process.env, KAFKA_PORT: String(port), KAFKA_DATA_DIR: dataDir };
  await kafkaScript(['install'], env);
  await kafkaScript(['start'], env);
  return { brokers, startedHere: true, stop: () => kafkaScript(['stop'], env) };
}

function kafkaScript(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const script = join(repoRoot(), 'infra', 'kafka', 'kafka.sh');
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, ...args], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`infra/kafka/kafka.sh ${args.join(' ')} exited with ${code}`)),
    );
  });
}
