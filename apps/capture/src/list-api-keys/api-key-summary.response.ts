import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REVOCATION_REASONS, RevocationReason } from '#tamga/domain';
import { ApiKeyFacts } from '../shared/dto/api-key-facts.dto';

/** One key as an admin sees it: never its secret, nor the hash of it. */
export class ApiKeySummary extends ApiKeyFacts {
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
