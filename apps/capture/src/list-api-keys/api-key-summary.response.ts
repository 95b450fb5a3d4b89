import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVOCATION_REASONS, RevocationReason } from '#tamga/domain';

/** One key as an admin sees it: never its secret, nor the hash of it. */
export class ApiKeySummary {
  @ApiProperty({ example: '0h7k2m9q4r6t8v1x' })
  keyId!: string;

  @ApiProperty({ example: 'producer:asel-tamga' })
  partyId!: string;

  @ApiPropertyOptional({ example: 'device:tamga-phone-2' })
  deviceId?: string;

  @ApiProperty({ example: 'apiary-phone-2' })
  label!: string;

  @ApiProperty({ example: '2026-05-04T03:00:00.000Z' })
  issuedAt!: string;

  @ApiProperty({ enum: ['active', 'revoked'] })
  status!: 'active' | 'revoked';

  @ApiPropertyOptional({ example: '2026-06-01T10:00:00.000Z' })
  revokedAt?: string;

  @ApiPropertyOptional({ enum: REVOCATION_REASONS })
  reason?: RevocationReason;
}

/** What listing answers. */
export class ApiKeyListResponse {
  @ApiProperty({ type: [ApiKeySummary] })
  apiKeys!: ApiKeySummary[];
}
