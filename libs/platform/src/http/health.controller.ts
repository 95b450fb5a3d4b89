import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Pool } from 'pg';
import { PG_POOL } from '../database/database.module';

/** Liveness and readiness: the service answers and can reach Postgres. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  @Get()
  @HttpCode(200)
  @ApiOkResponse({ description: 'The service is up and Postgres answers.' })
  async health(): Promise<{ status: 'up'; checks: { postgres: 'up' } }> {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException('Postgres does not answer');
    }
    return { status: 'up', checks: { postgres: 'up' } };
  }
}
