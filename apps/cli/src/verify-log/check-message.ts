import { EventEnvelope } from '#tamga/contracts';
import { canonicalJson, commitments, dataDigest, recordHash, sealedRecordOf, signingPayload, toHex } from '#tamga/integrity';
import { CHECKPOINT_SIGNED, unsealedRecordHash } from '#tamga/merkle-log';
import { AdmittedMessage } from './leaf-orderer';
import { LeafMessage, SignatureToCheck } from './leaf-message';
import { KEY_EVENT_TYPES } from './log-event-types';
import { LogFinding, eventName } from './log-finding';
import { StoredLeafEvent } from './postgres-log';

// Every field of the public envelope; `data` is compared key by key, so a finding names the key.
const FIELDS = ['type', 'schemaVersion', 'streamId', 'streamVersion', 'globalPosition', 'occurredAt', 'recordedAt', 'actorId', 'metadata', 'seal', 'recordHash'] as const;

/**
 * Checks one message on its own, while its whole event is at hand: its record hash recomputed from
 * the message (ADR 0016), and its Postgres row, field by field, with the row's own record hash and
 * its leaf. Answers what verify-log keeps of it, and what did not hold.
 */
export function checkMessage(admitted: AdmittedMessage, stored: StoredLeafEvent | undefined): { leaf: LeafMessage; findings: LogFinding[] } {
  const { leafIndex, envelope } = admitted;
  const name = eventName(envelope, leafIndex);
  const findings: LogFinding[] = [];
  const { seal } = envelope;
  let recomputed: Uint8Array;
  if (!seal || !envelope.recordHash) {
    findings.push({ kind: 'unsealed', subject: name, detail: 'has no seal or record hash: nothing binds its content' });
    recomputed = unsealedRecordHash(envelope);
  } else {
    const own = ownRecordHash(envelope);
    if (own === null) findings.push({ kind: 'changed', subject: name, detail: 'its data on the topic cannot be committed to as sealed' });
    else if (toHex(own) !== envelope.recordHash) findings.push({ kind: 'changed', subject: name, detail: `its content on the topic does not recompute to its record hash ${envelope.recordHash}` });
    recomputed = own ?? new Uint8Array(32);
  }
  findings.push(...compareWithRow(admitted, stored));
  const keepsData = envelope.type === CHECKPOINT_SIGNED || KEY_EVENT_TYPES.includes(envelope.type);
  const leaf: LeafMessage = {
    leafIndex,
    partition: admitted.partition,
    offset: admitted.offset,
    recomputed,
    event: {
      eventId: envelope.eventId,
      type: envelope.type,
      streamId: envelope.streamId,
      streamVersion: envelope.streamVersion,
      recordHash: seal && envelope.recordHash ? envelope.recordHash : null,
      sealed: Boolean(seal && envelope.recordHash),
      previousOwn: seal?.previous?.[envelope.streamId],
      data: keepsData ? envelope.data : null,
    },
    signature: seal && envelope.recordHash ? signatureToCheck(envelope) : null,
  };
  return { leaf, findings };
}

function compareWithRow({ leafIndex, envelope }: AdmittedMessage, stored: StoredLeafEvent | undefined): LogFinding[] {
  const name = eventName(envelope, leafIndex);
  if (!stored) return [{ kind: 'missing', subject: name, detail: 'is on the topic but not in Postgres (event_store.events)' }];
  const findings: LogFinding[] = [];
  const row = stored.event;
  const differing = differingFields(envelope, row);
  if (differing.length > 0) findings.push({ kind: 'changed', subject: name, detail: `${differing.map((f) => `${f} differs`).join(', ')} between Kafka and Postgres` });
  if (row.seal && row.recordHash) {
    const own = ownRecordHash(row);
    if (own === null || toHex(own) !== row.recordHash) {
      findings.push({ kind: 'changed', subject: name, detail: `its Postgres row no longer recomputes to its record hash${differing.length > 0 ? ` (${differing.join(', ')})` : ''}` });
    }
  }
  if (stored.leafIndex !== leafIndex) {
    findings.push({ kind: 'reordered', subject: name, detail: stored.leafIndex === null ? 'integrity.log_leaves has no leaf for it' : `integrity.log_leaves has it at leaf ${stored.leafIndex}` });
  } else if (row.recordHash && stored.leafRecordHash !== row.recordHash) {
    findings.push({ kind: 'changed', subject: name, detail: `integrity.log_leaves holds record hash ${stored.leafRecordHash}, the row ${row.recordHash}` });
  }
  return findings;
}

// What the signer signed (ADR 0016): the fact's streams, its EPCIS hashes or, without them, its data digest.
function signatureToCheck(envelope: EventEnvelope): SignatureToCheck | null {
  const seal = envelope.seal!;
  try {
    const subject = { type: envelope.type, streamIds: Object.keys(seal.previous ?? {}), occurredAt: envelope.occurredAt, actorId: envelope.actorId };
    const payload = signingPayload(
      seal.epcisHashes.length > 0 ? { ...subject, epcisHashes: seal.epcisHashes } : { ...subject, dataDigest: dataDigest(commitments(envelope.data as object, seal.salts)) },
    );
    return { keyId: seal.signature.keyId, by: seal.signature.by, value: seal.signature.value, actorId: envelope.actorId, recordedAt: envelope.recordedAt, payload };
  } catch {
    return null;
  }
}

function ownRecordHash(event: EventEnvelope): Uint8Array | null {
  try {
    return event.seal ? recordHash(sealedRecordOf(event, event.seal)) : null;
  } catch {
    return null;
  }
}

function differingFields(message: EventEnvelope, row: EventEnvelope): string[] {
  const fields: string[] = FIELDS.filter((f) => !same(message[f], row[f]));
  const [a, b] = [asObject(message.data), asObject(row.data)];
  if (a && b) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) if (!same(a[key], b[key])) fields.push(`data.${key}`);
  } else if (!same(message.data, row.data)) {
    fields.push('data');
  }
  return fields;
}

function same(a: unknown, b: unknown): boolean {
  try {
    return canonicalJson(a ?? null) === canonicalJson(b ?? null);
  } catch {
    return false;
  }
}

function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
