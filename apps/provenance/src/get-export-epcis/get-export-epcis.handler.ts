import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EpcisDocument, EpcisDocumentValidator, documentEventsOf, epcisDocumentOf } from '#tamga/epcis';
import { EPCIS_VALIDATOR } from '../export-dossiers/epcis-validator.provider';
import { OriginDossierReader } from '../export-dossiers/origin-dossier.reader';
import { GetExportEpcisQuery } from './get-export-epcis.query';

/** The document and whether the GS1 schema checked it. */
export interface ServedEpcisDocument {
  readonly document: EpcisDocument;
  readonly validated: boolean;
}

/**
 * Every event of every lot of the shipment's trace back, rendered as ADR 0007 says (each fact once,
 * in log order), in a document validated against the GS1 EPCIS 2.0 JSON Schema before it is
 * served. The creation date is the last event's record time, not the clock: the same record gives
 * the same bytes (and ETag), and the date says how recent the record it shows is.
 */
@QueryHandler(GetExportEpcisQuery)
export class GetExportEpcisHandler implements IQueryHandler<GetExportEpcisQuery, ServedEpcisDocument> {
  constructor(
    private readonly reader: OriginDossierReader,
    @Inject(EPCIS_VALIDATOR) private readonly validator: EpcisDocumentValidator | null,
  ) {}

  async execute({ shipmentId }: GetExportEpcisQuery): Promise<ServedEpcisDocument> {
    const { envelopes, context } = await this.reader.read(shipmentId, 'whole');
    const lastRecorded = envelopes.reduce((latest, e) => (e.recordedAt > latest ? e.recordedAt : latest), envelopes[0].recordedAt);
    const document = epcisDocumentOf(documentEventsOf(envelopes, context), new Date(lastRecorded));
    if (!this.validator) return { document, validated: false };
    const result = this.validator.validate(document);
    if (!result.valid) {
      // Tamga's own rendering failed GS1's schema: a fault of the service, never served as if valid.
      const errors = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ');
      throw new Error(`The EPCIS document of shipment ${shipmentId} does not validate against the GS1 schema: ${errors}`);
    }
    return { document, validated: true };
  }
}
