import type { EventEnvelope, EventSeal } from '#tamga/contracts';
import {
  SigningKeyPair,
  commitments,
  dataDigest,
  fromHex,
  generateSigningKey,
  inclusionProof,
  leafHash,
  merkleTreeHash,
  newSalts,
  recordHash,
  sign,
  signCheckpoint,
  signingKeyOf,
  signingPayload,
  toHex,
} from '#tamga/integrity';
import { assembleBundle } from '../assemble/assemble-bundle';
import { bundleKeysOf } from '../assemble/bundle-keys';
import { SealedLeaf, bundleRecordOf } from '../assemble/bundle-record';
import { cbvEventHashOf } from '../epcis/cbv-event-hash';
import { ProofBundle } from '../format/proof-bundle';
import { withholdingRulesOf } from '../withhold/withholding-rules';

const CONTEXT = ['https://ref.gs1.org/standards/epcis/epcis-context.jsonld'];
let clock = Date.parse('2026-09-01T03:00:00.000Z');
const tick = () => new Date((clock += 60_000)).toISOString();

interface Fact {
  type: string;
  streamId: string;
  actorId: string | null;
  data: Record<string, unknown>;
  epcis?: Record<string, unknown>[];
  /** The party key that signs it on a device; the service key otherwise. */
  device?: SigningKeyPair;
}

/**
 * A small log recorded as ADR 0016 says (salts, commitments, chains, device and server signatures,
 * a Merkle tree and a checkpoint signed by the service key) with a honey harvest in one village
 * exported to Japan, and its bundle: what a unit test of the verifier needs, with real crypto
 * and no database.
 */
export async function syntheticBundle(withhold = ''): Promise<{ bundle: ProofBundle; serviceKey: SigningKeyPair; buyerName: string }> {
  const service = generateSigningKey();
  const producerKey = generateSigningKey();
  const buyerName = 'Kyoto Mountain Foods K.K.';
  const epcisEvent = (bizStep: string, time: string) => ({ type: 'ObjectEvent', eventTime: time, eventTimeZoneOffset: '+06:00', action: 'OBSERVE', bizStep, epcList: ['https://id.gs1.org/01/04700000000011/10/HN-1'], ...(bizStep === 'shipping' ? { destinationList: [{ type: 'owning_party', destination: `urn:buyer:${buyerName}` }] } : {}) });
  const facts: Fact[] = [
    { type: 'service.signing-key-registered', streamId: 'service/signing-keys', actorId: null, data: { keyId: service.keyId, publicKey: service.publicKey, registeredAt: '2026-09-01T03:00:00.000Z' } },
    { type: 'place.registered', streamId: 'place/village:tamga', actorId: 'admin:tamga', data: { placeId: 'village:tamga', version: 1, kind: 'village', gln: '4700000000017', names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga' } } },
    { type: 'product.registered', streamId: 'product/honey', actorId: 'admin:tamga', data: { productId: 'honey', version: 1, gtin: '04700000000011', names: { ky: 'Бал', ru: 'Мёд', en: 'Honey' }, category: 'honey', unit: 'kg' } },
    { type: 'party.registered', streamId: 'party/producer:dastan', actorId: 'admin:tamga', data: { partyId: 'producer:dastan', version: 1, kinds: ['producer'], memberOfIds: [], operatesPlaceIds: [] } },
    { type: 'party.signing-key-registered', streamId: 'party/producer:dastan', actorId: 'producer:dastan', data: { partyId: 'producer:dastan', keyId: producerKey.keyId, publicKey: producerKey.publicKey, device: 'tablet-1', registeredAt: '2026-09-01T03:00:00.000Z' } },
    {
      type: 'lot.harvested', streamId: 'HN-1', actorId: 'producer:dastan', device: producerKey,
      data: { lotId: 'HN-1', villageId: 'village:tamga', producerId: 'producer:dastan', productId: 'honey', quantity: { amount: 25, unit: 'KGM' }, harvestedAt: '2026-09-02T07:00:00+06:00', location: { latitude: 42.15, longitude: 77.55 } },
      epcis: [epcisEvent('commissioning', '2026-09-02T07:00:00+06:00')],
    },
    {
      type: 'lot.exported', streamId: 'HN-1', actorId: 'producer:dastan',
      data: { shipmentId: 'EX-1', lotId: 'HN-1', quantity: { amount: 20, unit: 'KGM' }, from: { partyId: 'producer:dastan', placeId: 'village:tamga' }, destinationCountry: 'JP', buyer: { name: buyerName, country: 'JP' }, customsDeclaration: 'CD-1', certificateOfOrigin: 'KG-CO-1', hsCode: '0409.00', documents: [], exportedAt: '2026-09-12T09:00:00+06:00' },
      epcis: [epcisEvent('shipping', '2026-09-12T09:00:00+06:00')],
    },
  ];
  const serviceSigner = signingKeyOf(service.privateKey);
  const versions = new Map<string, number>();
  const lastHash = new Map<string, string>();
  const leaves: SealedLeaf[] = [];
  const renderings = new Map<string, Record<string, unknown>[]>();
  for (const [leafIndex, fact] of facts.entries()) {
    const streamVersion = (versions.get(fact.streamId) ?? 0) + 1;
    versions.set(fact.streamId, streamVersion);
    const recordedAt = tick();
    const eventId = `00000000-0000-4000-8000-${String(leafIndex).padStart(12, '0')}`;
    const salts = newSalts(fact.data);
    const committed = commitments(fact.data, salts);
    const epcisHashes = (fact.epcis ?? []).map((e) => cbvEventHashOf(e, CONTEXT));
    const previous = { [fact.streamId]: lastHash.get(fact.streamId) ?? null };
    const subject = { type: fact.type, streamIds: [fact.streamId], occurredAt: recordedAt, actorId: fact.actorId };
    const payload = signingPayload(epcisHashes.length > 0 ? { ...subject, epcisHashes } : { ...subject, dataDigest: dataDigest(committed) });
    const signature = fact.device
      ? { keyId: fact.device.keyId, by: 'device' as const, alg: 'Ed25519' as const, value: sign(fact.device.privateKey, payload) }
      : { keyId: service.keyId, by: 'server' as const, alg: 'Ed25519' as const, value: sign(serviceSigner, payload) };
    const seal: EventSeal = { epcisHashes, previous, salts, signature };
    const envelope = { eventId, type: fact.type, schemaVersion: 1, streamId: fact.streamId, streamVersion, globalPosition: String(leafIndex + 1), occurredAt: recordedAt, recordedAt, actorId: fact.actorId, data: fact.data, metadata: {} } satisfies EventEnvelope;
    const hash = toHex(recordHash({ ...envelope, data: committed, epcisHashes, previous, signature }));
    lastHash.set(fact.streamId, hash);
    leaves.push({ envelope: { ...envelope, seal, recordHash: hash }, leafIndex });
    if (fact.epcis) renderings.set(eventId, fact.epcis);
  }
  const leafHashes = leaves.map((l) => leafHash(fromHex(l.envelope.recordHash)));
  const checkpoint = signCheckpoint(serviceSigner, { treeSize: leaves.length, rootHash: toHex(merkleTreeHash(leafHashes)), timestamp: tick() });
  const rules = withholdingRulesOf(withhold);
  if ('error' in rules) throw new Error(rules.error);
  const isLot = (l: SealedLeaf) => !l.envelope.streamId.includes('/');
  const bundle = await assembleBundle(
    {
      shipmentId: 'EX-1',
      created: tick(),
      withheld: rules.names,
      events: leaves.filter(isLot).map((l) => bundleRecordOf(l, rules.rules, renderings.get(l.envelope.eventId))),
      masterData: leaves.filter((l) => !isLot(l)).map((l) => bundleRecordOf(l, rules.rules)),
      epcisContext: CONTEXT,
      proofs: leaves.map((l) => ({ eventId: l.envelope.eventId, leafIndex: l.leafIndex, path: inclusionProof(l.leafIndex, leafHashes).map(toHex) })),
      keys: bundleKeysOf(leaves),
      checkpoint,
    },
    async (payload) => ({ keyId: service.keyId, value: sign(serviceSigner, payload) }),
  );
  return { bundle, serviceKey: service, buyerName };
}
