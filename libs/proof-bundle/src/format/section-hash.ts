import { hashCanonicalJson, toHex } from '#tamga/integrity';

/** `sha-256:` + hex of H(JCS(section)): how the manifest binds a section of the bundle. */
export function sectionHashOf(section: unknown): string {
  return `sha-256:${toHex(hashCanonicalJson(section))}`;
}
