import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { REVOCATION_REASONS } from '#tamga/domain';

/** The body of "revoke an API key"; the domain checks the reason against its closed list. */
export class RevokeApiKeyRequestDto {
  @ApiProperty({ enum: REVOCATION_REASONS, example: 'lost' })
  @IsString()
  reason!: string;
}
