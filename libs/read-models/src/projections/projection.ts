import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';

/**
 * A read model fed by events. `project` receives the fresh events of a batch in log order and must
 * be idempotent: an event delivered twice changes nothing the second time.
 */
export interface Projection {
  readonly name: string;
  project(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void>;
}
