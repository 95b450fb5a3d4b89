import { Quantity } from '../../shared/quantity';
import { LotEvent } from '../lot-event';
import { DossierMasterData } from './build-origin-dossier';
import { DossierRecord } from './dossier-record';

/**
 * For tests: lot histories written as facts, each given its lot, a position in the log and a
 * stand-in EPCIS eventID (the hash of a copy of a multi-lot fact is the fact's, as in EPCIS).
 */
export class DossierHistories {
  readonly histories = new Map<string, DossierRecord[]>();
  private position = 0;

  /** Appends a fact to each lot it is recorded on; returns the event id of the first copy. */
  record(event: LotEvent, lotIds: readonly string[] = [(event.data as { lotId: string }).lotId], actorId: string | null = 'party:recorder'): string {
    const fact = `fact-${++this.position}`;
    for (const [i, lotId] of lotIds.entries()) {
      const history = this.histories.get(lotId) ?? [];
      history.push({
        eventId: `${fact}-${i}`,
        version: history.length + 1,
        actorId,
        event,
        lotId,
        recordedAt: '2026-11-01T00:00:00.000Z',
        globalPosition: String(this.position * 10 + i),
        epcisEventId: `ni:///sha-256;${fact}?ver=CBV2.0`,
      });
      this.histories.set(lotId, history);
    }
    return `${fact}-0`;
  }
}

export const kg = (amount: number): Quantity => ({ amount, unit: 'KGM' });

const names = (en: string) => ({ ky: en, ru: `${en} (ru)`, en, ja: `${en}（日本語）`, zh: `${en}（中文）` });

/** Master data naming every village, product and scheme the tests use. */
export const DOSSIER_MASTER_DATA: DossierMasterData = {
  place: (id) => ({ names: names(id.replace(/^\w+:/, '')) }),
  product: (id) => ({ names: names(id.replace(/^\w+:/, '')), gtin: '04870001234565' }),
  scheme: (id) => ({ names: names(id.replace(/^\w+:/, '')), kind: 'organic' }),
};
