import type { LotInspected } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { documentUrn } from '../epcis-identifiers';
import { kyrgyzstanTime } from '../epcis-time';
import { type LotRenderingContext, atPlace } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { sensorReportOf } from './lab-measurement';
import { wholeLot } from './quantity-element';

/**
 * An inspection observes the lot: ObjectEvent OBSERVE, inspecting, conformant or non_conformant.
 * The measured values are EPCIS 2.0 sensor reports (a lab instrument is a sensor; the time is the
 * inspection's); the lab report is a business transaction of CBV type `testres` (test result).
 */
export function inspectedDraft(event: LotInspected, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: wholeLot(context, d.lotId),
      action: 'OBSERVE',
      bizStep: 'inspecting',
      disposition: d.outcome === 'passed' ? 'conformant' : 'non_conformant',
      ...(d.placeId !== undefined ? atPlace(context, d.placeId) : {}),
      ...(d.report !== undefined ? { bizTransactionList: [{ type: 'testres', bizTransaction: documentUrn(d.report.type, d.report.id) }] } : {}),
      ...(d.results.length > 0
        ? {
            sensorElementList: [
              { sensorMetadata: { time: kyrgyzstanTime(d.inspectedAt, 'inspectedAt') }, sensorReport: d.results.map(sensorReportOf) },
            ],
          }
        : {}),
      [tamga('inspectionId')]: d.inspectionId,
      ...(d.sampleId !== undefined ? { [tamga('sampleId')]: d.sampleId } : {}),
    },
  };
}
