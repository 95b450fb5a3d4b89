import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Pool } from 'pg';
import { DomainError, calendarDateOf, gtinOf, kyrgyzstanDateAt } from '#tamga/domain';
import { PG_POOL } from '#tamga/platform';
import { GetScansRequestDto } from './get-scans.request.dto';
import { ScanCounter } from './scan-counter';
import { ScanCountsView, findScanCounts } from './scan-counts.query';

/** The longest span one answer covers. */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

/**
 * GET /scans?gtin=…[&lot=…][&serial=…][&from=…&to=…]: how often a product's printed codes were
 * opened, per Kyrgyzstan day and per code, for inspectors and producers. Counts hold no personal
 * data, so they are public like the rest of the provenance API.
 */
@ApiTags('consumers')
@Controller('scans')
export class GetScansController {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly counter: ScanCounter,
  ) {}

  @Get()
  @ApiOkResponse({ description: '{ gtin, lot, serial, from, to, total, days: [{ day, scans }], codes: [{ lot, serial, scans }] }' })
  @ApiUnprocessableEntityResponse({ description: 'A GTIN with a wrong check digit, a bad date or span: problem+json' })
  async getScans(@Query() query: GetScansRequestDto): Promise<ScanCountsView> {
    const gtin = gtinOf(query.gtin, 'gtin');
    const to = query.to !== undefined ? calendarDateOf(query.to, 'to') : kyrgyzstanDateAt(new Date());
    const from = query.from !== undefined ? calendarDateOf(query.from, 'from') : new Date(Date.parse(to) - 29 * DAY_MS).toISOString().slice(0, 10);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    if (days < 1 || days > MAX_DAYS) {
      throw new DomainError('SCANS.INVALID_SPAN', 'invalid', `from must not be after to, and the span must be at most ${MAX_DAYS} days`, [
        { field: 'from', rule: 'date-span', message: `from must be on or before to, at most ${MAX_DAYS} days before it`, from, to },
      ]);
    }
    // Scans waiting in memory are written first, so the answer includes every scan this process saw.
    await this.counter.flush();
    return findScanCounts(this.pool, { gtin, lot: query.lot ?? null, serial: query.serial ?? null, from, to });
  }
}
