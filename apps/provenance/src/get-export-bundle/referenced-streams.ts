import type { EventEnvelope } from '#tamga/contracts';
import { streamIdOf } from '#tamga/domain';
import type { DossierMasterDataRows } from '#tamga/read-models';

/** The stream the service's public keys are registered on (ADR 0016). */
const SERVICE_KEYS_STREAM = 'service/signing-keys';

// Fields of lot events that name a party: the recorder of a fact is its actorId, the others are named in its data.
const PARTY_FIELDS = new Set(['partyId', 'producerId', 'inspectorId', 'issuerPartyId', 'operatorId']);

function partiesIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) for (const v of value) partiesIn(v, found);
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (PARTY_FIELDS.has(key) && typeof v === 'string') found.add(v);
      else partiesIn(v, found);
    }
  }
}

/**
 * The master-data streams a trace's events reference, whole: the places, products and schemes the
 * dossier names (each stream holds every version), every party that recorded or is named in an
 * event or issues a scheme (their streams also hold their signing keys), and the service's keys.
 * Parties carry no personal data (docs/adr/0011), so none reaches a bundle.
 */
export function referencedStreams(envelopes: readonly EventEnvelope[], masterData: DossierMasterDataRows): string[] {
  const parties = new Set<string>();
  for (const e of envelopes) {
    if (e.actorId) parties.add(e.actorId);
    partiesIn(e.data, parties);
  }
  for (const scheme of masterData.schemes) if (scheme.issuerPartyId) parties.add(scheme.issuerPartyId);
  return [
    ...masterData.places.map((p) => streamIdOf.place(p.placeId)),
    ...masterData.products.map((p) => streamIdOf.product(p.productId)),
    ...masterData.schemes.map((s) => streamIdOf.scheme(s.schemeId)),
    ...[...parties].sort().map(streamIdOf.party),
    SERVICE_KEYS_STREAM,
  ];
}
