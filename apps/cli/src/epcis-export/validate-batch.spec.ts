import type { EpcisDocumentValidator, EpcisEvent } from '#tamga/epcis';
import { ExportFailure } from './export-failure';
import { assertValidBatch } from './validate-batch';

/** A validator that reports what it is told to (the GS1 schema itself is exercised by the conformance and integration tests). */
const validator = (errors: Array<{ path: string; message: string }>): EpcisDocumentValidator => ({
  schemaDir: '/schemas',
  validate: () => ({ valid: errors.length === 0, errors: errors.map((e) => ({ ...e, keyword: 'x' })) }),
});
const header = { '@context': [], type: 'EPCISDocument', schemaVersion: '2.0', creationDate: '2026-11-23T00:00:00.000+06:00' } as const;
const events = [{ eventID: 'ni:///a' }, { eventID: 'ni:///b' }] as unknown as EpcisEvent[];

describe('validating a batch of the export', () => {
  it('passes a valid batch', () => {
    expect(() => assertValidBatch(validator([]), header, events, 0)).not.toThrow();
  });

  it('names the failing event by its place in the whole document and its eventID', () => {
    const failing = validator([{ path: '/epcisBody/eventList/1/bizStep', message: 'must match format "uri"' }]);
    expect(() => assertValidBatch(failing, header, events, 500)).toThrow(ExportFailure);
    expect(() => assertValidBatch(failing, header, events, 500)).toThrow(/event 501 \(ni:\/\/\/b\) \/bizStep: must match format "uri"/);
    expect(() => assertValidBatch(failing, header, events, 500)).toThrow(/in \/schemas; nothing was printed/);
  });
});
