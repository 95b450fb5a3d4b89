import { randomUUID } from 'node:crypto';
import type { EventEnvelope } from '#tamga/contracts';
import { eventHash } from '../event-hash';
import { EpcisRenderingError } from './epcis-rendering-error';
import { renderLotEvent } from './render-lot-event';
import { TAMGA_EPCIS_CONTEXT } from './tamga-json-ld-context';
import { inMemoryContext, journeyFixture } from './testing/journey-envelopes.testing';

const { envelopes, context, envelope, journey } = journeyFixture();
const render = (e: EventEnvelope) => renderLotEvent(e, context);

describe('corrections and retractions as EPCIS 2.0 error declarations', () => {
  it('a correction renders as the corrective event, then the declaration of the corrected event pointing at it', () => {
    const [harvest] = render(envelope('lot.harvested'));
    const [corrective, declaration] = render(envelope('lot.corrected'));
    expect(corrective).toMatchObject({ type: 'ObjectEvent', action: 'ADD', eventTime: harvest.eventTime, quantityList: [{ quantity: 178.5, uom: 'KGM' }] });
    expect(corrective.eventID).not.toBe(harvest.eventID);
    expect(corrective.errorDeclaration).toBeUndefined();
    // The declaration is the erroneous event again, under its own eventID, recorded with the correction.
    const { errorDeclaration, recordTime, ...declared } = declaration;
    const { recordTime: _harvestRecorded, ...original } = harvest;
    expect(declared).toEqual(original);
    expect(recordTime).toBe('2026-07-13T10:00:00.000+06:00');
    expect(errorDeclaration).toEqual({
      declarationTime: '2026-07-13T09:00:00.000+06:00',
      reason: 'incorrect_data',
      correctiveEventIDs: [corrective.eventID],
      'tamga:reason': 'the scale was recalibrated',
    });
  });

  it('an error declaration hashes to the eventID it declares erroneous (errorDeclaration and recordTime are not hashed)', () => {
    const [, declaration] = render(envelope('lot.corrected'));
    const { eventID, ...rest } = declaration;
    expect(eventHash(rest, TAMGA_EPCIS_CONTEXT)).toBe(eventID);
  });

  it('a retraction declares that the retracted event did not occur, with no corrective event', () => {
    const [sale] = render(envelope('lot.sold', 1));
    const events = render(envelope('lot.retracted'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ eventID: sale.eventID, 'tamga:saleId': 'T1-sale-2' });
    expect(events[0].errorDeclaration).toEqual({ declarationTime: '2026-08-03T09:00:00.000+06:00', reason: 'did_not_occur', 'tamga:reason': 'entered on the wrong lot' });
  });

  it('retracting a correction declares that its corrective event did not occur', () => {
    const correction = envelope('lot.corrected');
    const retraction: EventEnvelope = {
      ...envelope('lot.retracted'),
      eventId: randomUUID(),
      streamId: journey.lot.combA,
      data: { lotId: journey.lot.combA, retractsEventId: correction.eventId, reason: 'the old scale was right', retractedAt: '2026-07-14T09:00:00+06:00' },
    };
    const [corrective] = render(correction);
    const [declaration] = renderLotEvent(retraction, inMemoryContext([...envelopes, retraction], journey.masterData));
    expect(declaration.eventID).toBe(corrective.eventID);
    expect(declaration.errorDeclaration).toMatchObject({ reason: 'did_not_occur' });
  });

  it('refuses, naming the event, an amendment of an event that was never recorded', () => {
    const orphan = { ...envelope('lot.retracted'), data: { ...(envelope('lot.retracted').data as object), retractsEventId: randomUUID() } };
    expect(() => render(orphan)).toThrow(EpcisRenderingError);
    expect(() => render(orphan)).toThrow(new RegExp(`event ${orphan.eventId} \\(lot.retracted\\) of lot T1-H1: it amends event .* which is not recorded`));
  });
});
