import type { EventEnvelope, EventSeal } from '#tamga/contracts';
import { BundleField, BundleRecord } from '../format/proof-bundle';
import { WithholdingRule, isWithheld } from '../withhold/withholding-rules';
import { commit } from '#tamga/integrity';

/** A stored event with its seal, its record hash and its leaf. */
export interface SealedLeaf {
  readonly envelope: EventEnvelope & { readonly seal: EventSeal; readonly recordHash: string };
  readonly leafIndex: number;
}

/**
 * A stored event as a bundle record: each data field shown with its salt, or, when a rule
 * withholds it, as its commitment only. A record with a withheld field carries no EPCIS events:
 * its rendering may show the withheld value (a buyer's name is in the export's EPCIS event), and
 * its EPCIS hashes, bound by the record hash and the signature, still say which events it made.
 */
export function bundleRecordOf(leaf: SealedLeaf, rules: readonly WithholdingRule[], epcis?: readonly Readonly<Record<string, unknown>>[]): BundleRecord {
  const { envelope, leafIndex } = leaf;
  const { seal } = envelope;
  const data = (envelope.data ?? {}) as Record<string, unknown>;
  const fields: Record<string, BundleField> = {};
  let withheldAny = false;
  for (const key of Object.keys(seal.salts).sort()) {
    if (isWithheld(rules, envelope.type, key)) {
      fields[key] = { commitment: commit(seal.salts[key], data[key]) };
      withheldAny = true;
    } else {
      fields[key] = { value: data[key], salt: seal.salts[key] };
    }
  }
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    schemaVersion: envelope.schemaVersion,
    streamId: envelope.streamId,
    streamVersion: envelope.streamVersion,
    occurredAt: envelope.occurredAt,
    recordedAt: envelope.recordedAt,
    actorId: envelope.actorId,
    metadata: envelope.metadata as Record<string, unknown>,
    fields,
    epcisHashes: seal.epcisHashes,
    previous: seal.previous,
    signature: seal.signature,
    recordHash: envelope.recordHash,
    leafIndex,
    ...(epcis && !withheldAny ? { epcis } : {}),
  };
}
