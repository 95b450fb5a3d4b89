import { tamgaUrn } from '../epcis-identifiers';

/**
 * Business steps CBV 2.0 has no term for. CBV lets a user vocabulary name its own steps with a URI;
 * these are Tamga's, under `urn:tamga:bizstep:`, spelled like CBV's (lower case, underscores).
 * Every other step Tamga renders is a CBV term (see docs/adr/0007-epcis-rendering.md).
 */
export const TAMGA_BIZ_STEPS = {
  certifying: tamgaUrn('bizstep', 'certifying'),
  revokingCertification: tamgaUrn('bizstep', 'revoking_certification'),
  expiringCertification: tamgaUrn('bizstep', 'expiring_certification'),
  releasing: tamgaUrn('bizstep', 'releasing'),
  recalling: tamgaUrn('bizstep', 'recalling'),
  flagging: tamgaUrn('bizstep', 'flagging'),
} as const;
