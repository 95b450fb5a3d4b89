import { BundleRecord } from '../format/proof-bundle';
import { CheckedPart, VerificationFailure } from './verification-report';

/** Collects failed checks in the order they were found. */
export class Failures {
  readonly list: VerificationFailure[] = [];

  add(part: CheckedPart, subject: string, message: string): void {
    this.list.push({ part, subject, message });
  }
}

/** How a failure names a record: its id, type, stream and version. */
export function recordSubject(record: Pick<BundleRecord, 'eventId' | 'type' | 'streamId' | 'streamVersion'>): string {
  return `event ${record.eventId} (${record.type} on ${record.streamId} v${record.streamVersion})`;
}
