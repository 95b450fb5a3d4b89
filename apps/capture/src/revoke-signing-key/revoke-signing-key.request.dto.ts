import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { REVOCATION_REASONS } from '#tamga/domain';

/** The body of a signing key's revocation; the domain checks the reason against its closed list. */
export class RevokeSigningKeyRequestDto {
  @ApiPropertyOptional({ enum: REVOCATION_REASONS, example: 'rotated' })
  @IsOptional()
  @IsString()
  reason?: string;
}
