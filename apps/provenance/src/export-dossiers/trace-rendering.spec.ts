import type { EventEnvelope } from '#tamga/contracts';
import { withoutStrayAmendments } from './trace-rendering';

const envelope = (eventId: string, type: string, data: Record<string, unknown> = {}): EventEnvelope => ({
  eventId, type, schemaVersion: 1, streamId: 'L1', streamVersion: 1, globalPosition: '1', occurredAt: '', recordedAt: '', actorId: null, data, metadata: {},
});

describe('the events a dossier renders', () => {
  it('keeps the amendments of the facts it read and drops those of events it did not (an upstream receipt, a sale)', () => {
    const read = [
      envelope('harvest', 'lot.harvested'),
      envelope('fix-harvest', 'lot.corrected', { correctsEventId: 'harvest' }),
      envelope('fix-receipt', 'lot.corrected', { correctsEventId: 'receipt-not-read' }),
      envelope('undo-sale', 'lot.retracted', { retractsEventId: 'sale-not-read' }),
      envelope('undo-fix', 'lot.retracted', { retractsEventId: 'fix-harvest' }),
      envelope('undo-receipt-fix', 'lot.retracted', { retractsEventId: 'fix-receipt' }),
    ];
    expect(withoutStrayAmendments(read).map((e) => e.eventId)).toEqual(['harvest', 'fix-harvest', 'undo-fix']);
  });
});
