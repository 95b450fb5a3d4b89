import { ApiProperty } from '@nestjs/swagger';
import { REVOCATION_REASONS, RevocationReason } from '#tamga/domain';

/** What revoking answers: the key, why and when. */
export class ApiKeyRevokedResponse {
  @ApiProperty({ example: '0h7k2m9q4r6t8v1x' })
  keyId!: string;

  @ApiProperty({ enum: REVOCATION_REASONS })
  reason!: RevocationReason;

  @ApiProperty({ example: '2026-05-04T03:00:00.000Z' })
  revokedAt!: string;
}
