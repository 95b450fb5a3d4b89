import { Readable } from 'node:stream';
import { StreamableFile } from '@nestjs/common';
import { KEY_DATA_ELEMENT_COLUMNS, KeyDataElementRow } from '#tamga/read-models';
import { UTF8_BOM, csvRecord } from './rfc4180';

/** The media type of the spreadsheets: CSV, UTF-8, with a header row (RFC 4180, RFC 7111's header parameter). */
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8; header=present';

async function* lines(batches: AsyncIterable<readonly KeyDataElementRow[]>): AsyncGenerator<string> {
  yield UTF8_BOM + csvRecord(KEY_DATA_ELEMENT_COLUMNS);
  for await (const batch of batches) yield batch.map((row) => csvRecord(KEY_DATA_ELEMENT_COLUMNS.map((column) => row[column]))).join('');
}

/**
 * The inspector's spreadsheet as a download, streamed batch by batch: a year of events is never
 * held in memory. If the client hangs up, the stream is destroyed and the batches' generator
 * returns, which ends its database transaction.
 */
export function keyDataElementSpreadsheet(batches: AsyncIterable<readonly KeyDataElementRow[]>, filename: string): StreamableFile {
  return new StreamableFile(Readable.from(lines(batches), { objectMode: false }), {
    type: CSV_MEDIA_TYPE,
    disposition: `attachment; filename="${filename}"`,
  });
}
