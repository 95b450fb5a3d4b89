import { cbvEventHashOf } from '../epcis/cbv-event-hash';
import { Failures, recordSubject } from './failures';
import { RecomputedRecord } from './recompute-records';

/**
 * Every EPCIS event a record carries must hash (CBV 2.0) to the seal's hash at the same place; a
 * record that rendered EPCIS events but carries none must have withheld a field (its rendering
 * would show it). Returns how many EPCIS events were hashed.
 */
export function checkEpcis(records: readonly RecomputedRecord[], context: unknown, failures: Failures): number {
  let hashed = 0;
  for (const { record, withheldFields } of records) {
    const hashes = record.epcisHashes;
    if (record.epcis === undefined) {
      if (hashes.length > 0 && withheldFields.length === 0) failures.add('epcis', recordSubject(record), 'its EPCIS events are missing though none of its fields is withheld');
      continue;
    }
    if (record.epcis.length !== hashes.length) {
      failures.add('epcis', recordSubject(record), `carries ${record.epcis.length} EPCIS events for ${hashes.length} sealed hashes`);
      continue;
    }
    record.epcis.forEach((event, i) => {
      let hash: string;
      try {
        hash = cbvEventHashOf(event, context);
      } catch (error) {
        failures.add('epcis', recordSubject(record), `EPCIS event ${i + 1} cannot be hashed: ${(error as Error).message}`);
        return;
      }
      hashed++;
      if (hash !== hashes[i]) failures.add('epcis', recordSubject(record), `EPCIS event ${i + 1} hashes to ${hash}, not the sealed ${hashes[i]}`);
    });
  }
  return hashed;
}
