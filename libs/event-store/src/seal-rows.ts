import { EventMetadata, EventSeal, EventSealSignature } from '#tamga/contracts';
import { Commitments, SealedRecord, commitments, dataDigest, newSalts, recordHash, signingPayload, toHex } from '#tamga/integrity';
import { SealRequest } from './seal-request';

/** An event row about to be inserted, in the form it is stored (times as toISOString, data as its JSON reads back). */
export interface RowToSeal {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: string;
  readonly actorId: string | null;
  readonly data: object;
  readonly metadata: EventMetadata;
  readonly request?: SealRequest;
}

/** A row with its seal and record hash (hex), ready to insert. */
export interface SealedRow extends RowToSeal {
  readonly recordedAt: string;
  readonly seal: EventSeal;
  readonly recordHash: string;
}

/** Signs for events no device signed: the service key. */
export interface EventSigner {
  readonly keyId: string;
  /** The base64url Ed25519 signature of the bytes. */
  sign(bytes: Uint8Array): string;
}

/**
 * Seals the rows of one append (ADR 0016) and returns them in the order to insert them: fact by
 * fact, each after every event its chain names, so a `previous` always points back in the log.
 * `heads` holds each stream's record hash before the append (null: new, or unsealed); rows of a
 * stream must carry consecutive versions from there. One signature and one set of salts per fact.
 */
export function sealRows(rows: readonly RowToSeal[], heads: ReadonlyMap<string, string | null>, recordedAt: string, signer: EventSigner): SealedRow[] {
  const facts = new Map<string, RowToSeal[]>();
  for (const row of rows) {
    const key = row.request?.fact ?? row.eventId;
    const fact = facts.get(key);
    if (fact) fact.push(row);
    else facts.set(key, [row]);
  }
  const head = new Map(heads);
  const next = new Map<string, number>();
  for (const row of rows) next.set(row.streamId, Math.min(next.get(row.streamId) ?? Infinity, row.streamVersion));
  const sealed: SealedRow[] = [];
  let pending = [...facts.values()];
  while (pending.length > 0) {
    const waiting: RowToSeal[][] = [];
    for (const fact of pending) {
      if (!fact.every((row) => next.get(row.streamId) === row.streamVersion)) {
        waiting.push(fact);
        continue;
      }
      for (const row of sealFact(fact, head, recordedAt, signer)) {
        sealed.push(row);
        head.set(row.streamId, row.recordHash);
        next.set(row.streamId, row.streamVersion + 1);
      }
    }
    if (waiting.length === pending.length) throw new Error(`Cannot seal the append: its facts' stream versions leave a gap or a cycle (first waiting: event ${waiting[0][0].eventId})`);
    pending = waiting;
  }
  return sealed;
}

function sealFact(fact: readonly RowToSeal[], head: ReadonlyMap<string, string | null>, recordedAt: string, signer: EventSigner): SealedRow[] {
  const [first] = fact;
  const streamIds = [...new Set(fact.map((row) => row.streamId))];
  const previous = Object.fromEntries(streamIds.map((id) => [id, head.get(id) ?? null]));
  const salts = newSalts(first.data);
  const committed = commitments(first.data, salts);
  const epcisHashes = [...(first.request?.epcisHashes ?? [])];
  const signature = first.request?.signature ?? serverSignature(first, streamIds, epcisHashes, committed, signer);
  const seal: EventSeal = { epcisHashes, previous, salts, signature };
  return fact.map((row) => {
    // Copies of a multi-lot fact carry the same data: committed once, not once per lot.
    const data = row === first ? committed : commitments(row.data, salts);
    const record: SealedRecord = { ...row, recordedAt, data, epcisHashes, previous, signature };
    return { ...row, recordedAt, seal, recordHash: toHex(recordHash(record)) };
  });
}

/** The service's signature of a fact no device signed: over its EPCIS hashes, or its data digest when EPCIS does not render it. */
function serverSignature(row: RowToSeal, streamIds: readonly string[], epcisHashes: readonly string[], committed: Commitments, signer: EventSigner): EventSealSignature {
  const subject = { type: row.type, streamIds, occurredAt: row.occurredAt, actorId: row.actorId };
  const payload = signingPayload(epcisHashes.length > 0 ? { ...subject, epcisHashes } : { ...subject, dataDigest: dataDigest(committed) });
  return { keyId: signer.keyId, by: 'server', alg: 'Ed25519', value: signer.sign(payload) };
}
