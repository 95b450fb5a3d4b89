import { Logger, Provider } from '@nestjs/common';
import { EpcisDocumentValidator, loadEpcisSchemaValidator, resolveEpcisSchemaDir } from '#tamga/epcis';
import { repoRoot } from '#tamga/local-infra';

/** Injection token of the GS1 EPCIS 2.0 schema validator, or null where the schema folder is not installed. */
export const EPCIS_VALIDATOR = Symbol('EPCIS_VALIDATOR');

/**
 * Loaded once at start. Tamga ships no copy of GS1's schema (libs/epcis/README.md): where
 * EPCIS_SCHEMA_DIR and ../shared/conformance/epcis-schema are both absent, documents are served
 * unvalidated and say so in a header, rather than the service refusing to start.
 */
export const epcisValidatorProvider: Provider = {
  provide: EPCIS_VALIDATOR,
  useFactory: (): EpcisDocumentValidator | null => {
    try {
      return loadEpcisSchemaValidator(resolveEpcisSchemaDir(repoRoot()));
    } catch (error) {
      new Logger('EpcisValidator').warn(`EPCIS documents will be served unvalidated: ${(error as Error).message}`);
      return null;
    }
  },
};
