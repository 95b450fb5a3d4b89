import { BundleCheckpoint, BundleInclusionProof, BundleKey, BundleManifest, BundleRecord, BundleSections, PROOF_BUNDLE_FORMAT, ProofBundle } from '../format/proof-bundle';
import { manifestPayload } from '../format/manifest-payload';
import { sectionHashOf } from '../format/section-hash';

/** What a bundle is made of, already read from the log. */
export interface BundleParts {
  readonly shipmentId: string;
  readonly created: string;
  readonly withheld: readonly string[];
  readonly events: readonly BundleRecord[];
  readonly masterData: readonly BundleRecord[];
  readonly epcisContext: unknown;
  readonly proofs: readonly BundleInclusionProof[];
  readonly keys: readonly BundleKey[];
  readonly checkpoint: BundleCheckpoint;
}

/** Signs bytes with the service key: its key id and the base64url Ed25519 signature. */
export type ManifestSigner = (payload: Uint8Array) => Promise<{ keyId: string; value: string }>;

/** The bundle of the parts: every section hashed into a manifest the service key signs. */
export async function assembleBundle(parts: BundleParts, sign: ManifestSigner): Promise<ProofBundle> {
  const sections: BundleSections = {
    events: parts.events,
    masterData: parts.masterData,
    epcisContext: parts.epcisContext,
    proofs: parts.proofs,
    keys: parts.keys,
    checkpoint: parts.checkpoint,
  };
  const unsigned: Omit<BundleManifest, 'signature'> = {
    format: PROOF_BUNDLE_FORMAT,
    created: parts.created,
    subject: { shipmentId: parts.shipmentId, withheld: [...parts.withheld] },
    sections: {
      events: sectionHashOf(sections.events),
      masterData: sectionHashOf(sections.masterData),
      epcisContext: sectionHashOf(sections.epcisContext),
      proofs: sectionHashOf(sections.proofs),
      keys: sectionHashOf(sections.keys),
      checkpoint: sectionHashOf(sections.checkpoint),
    },
  };
  const signature = await sign(manifestPayload(unsigned));
  return { format: PROOF_BUNDLE_FORMAT, manifest: { ...unsigned, signature: { keyId: signature.keyId, alg: 'Ed25519', value: signature.value } }, ...sections };
}
