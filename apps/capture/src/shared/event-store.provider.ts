import { Provider } from '@nestjs/common';
import { Pool } from 'pg';
import { PostgresEventStore } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';

/** The event store, on the service's pool. */
export const EVENT_STORE_PROVIDER: Provider = {
  provide: PostgresEventStore,
  inject: [PG_POOL],
  useFactory: (pool: Pool) => new PostgresEventStore(pool),
};
