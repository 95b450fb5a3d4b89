import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { Inject } from '@nestjs/common';
import type { EventEnvelope, EventSeal } from '#tamga/contracts';
import { DomainError } from '#tamga/domain';
import { TAMGA_EPCIS_CONTEXT, renderLotEvent } from '#tamga/epcis';
import { ServiceSigningKey } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';
import { ProofBundle, SealedLeaf, assembleBundle, bundleKeysOf, bundleRecordOf } from '#tamga/proof-bundle';
import { OriginDossierReader } from '../export-dossiers/origin-dossier.reader';
import { GetExportBundleQuery } from './get-export-bundle.query';
import { referencedStreams } from './referenced-streams';
import { LeafEvent, SealedLogReader } from './sealed-log.reader';

/** The bundle, or how long to wait for a checkpoint that covers the shipment's latest event. */
export type BundleAnswer = { readonly bundle: ProofBundle } | { readonly retryAfterSeconds: number; readonly reason: string };

const RETRY_AFTER_SECONDS = 2;

/**
 * Builds a shipment's proof bundle (docs/adr/0017): the dossier's whole trace back (read as the
 * EPCIS document reads it) taken from the log as stored, with seals, EPCIS renderings, the
 * master-data streams it references, an inclusion proof per event against the latest signed
 * checkpoint, the keys, and a manifest signed with the service key. An event the latest
 * checkpoint does not cover yet (an export just recorded) makes it a retry, not a partial bundle.
 */
@QueryHandler(GetExportBundleQuery)
export class GetExportBundleHandler implements IQueryHandler<GetExportBundleQuery, BundleAnswer> {
  constructor(
    private readonly reader: OriginDossierReader,
    private readonly log: SealedLogReader,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async execute({ shipmentId, withhold }: GetExportBundleQuery): Promise<BundleAnswer> {
    const { envelopes, context, masterData } = await this.reader.read(shipmentId, 'whole');
    const checkpoint = await this.log.latestCheckpoint();
    if (!checkpoint) return { retryAfterSeconds: RETRY_AFTER_SECONDS, reason: 'The log has no signed checkpoint yet' };
    const lotEventIds = envelopes.map((e) => e.eventId);
    const leaves = await this.log.leafEvents(lotEventIds, referencedStreams(envelopes, masterData), checkpoint.treeSize);
    const inTrace = new Set(lotEventIds);
    const lotLeaves = leaves.filter((l) => inTrace.has(l.event.eventId));
    if (lotLeaves.length < lotEventIds.length) {
      return { retryAfterSeconds: RETRY_AFTER_SECONDS, reason: `${lotEventIds.length - lotLeaves.length} events of the trace are not yet in a signed checkpoint (latest: tree size ${checkpoint.treeSize})` };
    }
    const sealed = leaves.map(sealedLeafOf);
    const proofs = await this.log.inclusionProofs(sealed.map((l) => l.leafIndex), checkpoint.treeSize);
    const signer = await ServiceSigningKey.load(this.pool);
    return {
      bundle: await assembleBundle(
        {
          shipmentId,
          created: new Date().toISOString(),
          withheld: [...withhold.names],
          events: sealed.filter((l) => inTrace.has(l.envelope.eventId)).map((l) => bundleRecordOf(l, withhold.rules, l.envelope.seal.epcisHashes.length > 0 ? renderLotEvent(l.envelope, context) : undefined)),
          masterData: sealed.filter((l) => !inTrace.has(l.envelope.eventId)).map((l) => bundleRecordOf(l, withhold.rules)),
          epcisContext: TAMGA_EPCIS_CONTEXT,
          proofs: sealed.map((l) => ({ eventId: l.envelope.eventId, leafIndex: l.leafIndex, path: proofs.get(l.leafIndex)! })),
          keys: bundleKeysOf(sealed),
          checkpoint,
        },
        async (payload) => ({ keyId: signer.keyId, value: signer.sign(payload) }),
      ),
    };
  }
}

/** A leaf event with its seal; an event recorded before seals existed cannot be proven (ADR 0016). */
function sealedLeafOf({ event, leafIndex }: LeafEvent): SealedLeaf {
  if (!event.seal || !event.recordHash) {
    throw new DomainError('BUNDLE.UNSEALED_EVENT', 'conflict', `Event ${event.eventId} on ${event.streamId} was recorded before events were sealed: no bundle can prove it`, [
      { field: 'shipmentId', rule: 'sealed-events', message: `event ${event.eventId} has no seal` },
    ]);
  }
  return { envelope: event as EventEnvelope & { seal: EventSeal; recordHash: string }, leafIndex };
}
