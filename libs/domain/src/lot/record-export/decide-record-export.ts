import { DomainError } from '../../shared/domain-error';
import { LotExported } from '../events/lot-disposal.event';
import { assertOperatedPlace, assertRole } from '../rules/access';
import { documentsOf } from '../rules/documents';
import { assertLotExists, factId, factTime, quantityGivenOut, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { assertLotList } from '../rules/multi-lot';
import { RecordExport } from './record-export.command';

function country(value: string, field: string): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!/^[A-Z]{2}$/.test(code)) {
    throw new DomainError('EXPORT.INVALID_COUNTRY', 'invalid', `${field} is not a country code`, [
      { field, rule: 'iso-3166-alpha-2', message: 'must be an ISO 3166-1 alpha-2 code such as JP, CN, US or KZ', value },
    ]);
  }
  return code;
}

/**
 * Decides an export: an exporter ships what it holds, from a warehouse or border post it operates,
 * to a buyer abroad, with the customs declaration, certificate of origin and HS code that customs
 * will ask for. All lots or none; each gets a `lot.exported` under the shared shipment id.
 */
export function decideRecordExport(command: RecordExport, context: LotDecisionContext): LotEventFor[] {
  assertRole(context.actor, ['exporter'], 'record an export');
  const shipmentId = factId(command.shipmentId, 'shipmentId');
  assertLotList(command.lots?.map((l) => l?.lotId), [], 0, 'lots');
  const from = assertOperatedPlace(context.masterData, context.actor, command.fromPlaceId, 'fromPlaceId', ['warehouse', 'border-post']);
  const destinationCountry = country(command.destinationCountry, 'destinationCountry');
  if (destinationCountry === 'KG') {
    throw new DomainError('EXPORT.DOMESTIC', 'invalid', 'An export leaves Kyrgyzstan', [
      { field: 'destinationCountry', rule: 'abroad', message: 'must be a country other than KG; a domestic move is a shipment' },
    ]);
  }
  const buyer = { name: text(command.buyer?.name, 'buyer.name', 200), country: country(command.buyer?.country, 'buyer.country') };
  const hsCode = typeof command.hsCode === 'string' ? command.hsCode.replace(/[.\s]/g, '') : '';
  if (!/^\d{6,10}$/.test(hsCode)) {
    throw new DomainError('EXPORT.INVALID_HS_CODE', 'invalid', 'hsCode is not a Harmonized System code', [
      { field: 'hsCode', rule: 'hs-code', message: 'must be 6 to 10 digits, such as 0409.00 for natural honey', value: command.hsCode },
    ]);
  }
  const customsDeclaration = text(command.customsDeclaration, 'customsDeclaration', 100);
  const certificateOfOrigin = text(command.certificateOfOrigin, 'certificateOfOrigin', 100);
  const documents = documentsOf(command.documents);
  const lots = command.lots.map((entry, i) => assertLotExists(lotIn(context, entry.lotId), entry.lotId, `lots[${i}].lotId`));
  const exportedAt = factTime(command.exportedAt, 'exportedAt', context.now, lots);
  return command.lots.map((entry, i): LotEventFor => {
    const lot = lots[i];
    const quantity = quantityGivenOut(lot, context.actor, entry.quantity, i, 'export');
    const event: LotExported = {
      type: 'lot.exported',
      schemaVersion: 1,
      data: {
        shipmentId,
        lotId: lot.lotId,
        quantity,
        from: { partyId: context.actor.partyId, placeId: from.placeId },
        destinationCountry,
        buyer,
        customsDeclaration,
        certificateOfOrigin,
        hsCode,
        documents,
        exportedAt,
      },
    };
    return { lotId: lot.lotId, event };
  });
}
