import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
import { TamgaConfig, loadConfig } from '../config/tamga-config';
import { createPool } from './database';

/** Injection token of the service's pg pool. */
export const PG_POOL = Symbol('PG_POOL');
/** Injection token of the service's configuration. */
export const TAMGA_CONFIG = Symbol('TAMGA_CONFIG');

/** Provides the configuration and one pg pool per service, closed when the service stops. */
@Global()
@Module({
  providers: [
    { provide: TAMGA_CONFIG, useFactory: (): TamgaConfig => loadConfig() },
    { provide: PG_POOL, inject: [TAMGA_CONFIG], useFactory: (config: TamgaConfig) => createPool(config.databaseUrl) },
  ],
  exports: [TAMGA_CONFIG, PG_POOL],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
