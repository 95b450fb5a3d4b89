import type { EpcisDocumentHeader, EpcisDocumentValidator, EpcisEvent } from '#tamga/epcis';
import { ExportFailure } from './export-failure';

const SHOWN_ERRORS = 10;

/**
 * Validates a batch of a document's events against the GS1 schema, as a document of the same
 * header. Events are validated independently of each other, so a document is valid exactly when
 * every batch is; `offset` is the batch's place in the whole document, for the error message.
 */
export function assertValidBatch(validator: EpcisDocumentValidator, header: EpcisDocumentHeader, events: readonly EpcisEvent[], offset: number): void {
  const result = validator.validate({ ...header, epcisBody: { eventList: events } });
  if (result.valid) return;
  const lines = result.errors.slice(0, SHOWN_ERRORS).map((error) => {
    const at = /^\/epcisBody\/eventList\/(\d+)(.*)$/.exec(error.path);
    const where = at ? `event ${offset + Number(at[1])} (${events[Number(at[1])]?.eventID}) ${at[2] || '/'}` : error.path || '/';
    return `  ${where}: ${error.message}`;
  });
  const more = result.errors.length > SHOWN_ERRORS ? `\n  ...and ${result.errors.length - SHOWN_ERRORS} more` : '';
  throw new ExportFailure(
    `The export does not validate against the GS1 EPCIS 2.0 JSON Schema in ${validator.schemaDir}; nothing was printed:\n${lines.join('\n')}${more}`,
  );
}
