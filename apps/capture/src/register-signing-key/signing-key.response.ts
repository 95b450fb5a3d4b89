import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PartySigningKey } from '#tamga/domain';

/** One signing key of a party, as the API shows it: public material only. */
export class SigningKeyResponse {
  @ApiProperty({ example: 'producer:asel-tamga' })
  partyId!: string;

  @ApiProperty({ example: '3f2a9c0d5e6b7a81', description: 'First 16 hex characters of SHA-256 of the raw public key' })
  keyId!: string;

  @ApiProperty({ description: 'Raw 32-byte Ed25519 public key, base64url without padding' })
  publicKey!: string;

  @ApiPropertyOptional({ example: 'apiary-phone-1' })
  device?: string;

  @ApiProperty({ format: 'date-time' })
  registeredAt!: string;

  @ApiProperty({ enum: ['active', 'revoked'] })
  status!: 'active' | 'revoked';

  @ApiPropertyOptional({ format: 'date-time' })
  revokedAt?: string;

  @ApiPropertyOptional({ example: 'rotated' })
  reason?: string;
}

/** The answer's view of a key. */
export function signingKeyView(partyId: string, key: PartySigningKey): SigningKeyResponse {
  return { partyId, ...key, status: key.revokedAt === undefined ? 'active' : 'revoked' };
}
