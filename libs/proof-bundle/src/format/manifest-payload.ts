import { canonicalJsonBytes } from '#tamga/integrity';
import { BundleManifest } from './proof-bundle';

/** The version tag inside the manifest's signed payload: a signature over it cannot pass for an event's. */
export const MANIFEST_SIGNATURE_VERSION = 'tamga-bundle-manifest/1';

/** The bytes the service signs for a manifest: JCS of the manifest without its signature, tagged. */
export function manifestPayload(manifest: Omit<BundleManifest, 'signature'>): Uint8Array {
  return canonicalJsonBytes({ v: MANIFEST_SIGNATURE_VERSION, format: manifest.format, created: manifest.created, subject: manifest.subject, sections: manifest.sections });
}
