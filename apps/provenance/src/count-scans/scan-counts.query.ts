import { Pool } from 'pg';

/** Scans of a GTIN's codes over a span of days: per day, and per code (the most scanned first). */
export interface ScanCountsView {
  readonly gtin: string;
  readonly lot: string | null;
  readonly serial: string | null;
  readonly from: string;
  readonly to: string;
  readonly total: number;
  readonly days: readonly { readonly day: string; readonly scans: number }[];
  readonly codes: readonly { readonly lot: string | null; readonly serial: string | null; readonly scans: number }[];
}

/** How many codes the answer lists one by one. */
const MAX_CODES = 100;

/** Reads the counters of consumer.scan_counts; a lot or serial left out matches any. */
export async function findScanCounts(
  pool: Pool,
  filter: { gtin: string; lot: string | null; serial: string | null; from: string; to: string },
): Promise<ScanCountsView> {
  const where = `gtin = $1 AND ($2::text IS NULL OR lot = $2) AND ($3::text IS NULL OR serial = $3) AND day BETWEEN $4::date AND $5::date`;
  const params = [filter.gtin, filter.lot, filter.serial, filter.from, filter.to];
  const [days, codes] = await Promise.all([
    pool.query<{ day: string; scans: string }>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(scans)::text AS scans FROM consumer.scan_counts WHERE ${where} GROUP BY day ORDER BY day`,
      params,
    ),
    pool.query<{ lot: string; serial: string; scans: string }>(
      `SELECT lot, serial, sum(scans)::text AS scans FROM consumer.scan_counts WHERE ${where}
        GROUP BY lot, serial ORDER BY sum(scans) DESC, lot, serial LIMIT ${MAX_CODES}`,
      params,
    ),
  ]);
  const perDay = days.rows.map((r) => ({ day: r.day, scans: Number(r.scans) }));
  return {
    ...filter,
    total: perDay.reduce((sum, d) => sum + d.scans, 0),
    days: perDay,
    codes: codes.rows.map((r) => ({ lot: r.lot || null, serial: r.serial || null, scans: Number(r.scans) })),
  };
}
