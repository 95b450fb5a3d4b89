import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { REFERENCE_ID_PATTERN } from '#tamga/domain';

/** The body of "issue an API key". The rules (label alphabet, registered party) are the domain's. */
export class IssueApiKeyRequestDto {
  @ApiProperty({ example: 'producer:asel-tamga', description: 'The registered party every event sent with this key is recorded for' })
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'partyId must be a lowercase identifier such as producer:asel-tamga' })
  partyId!: string;

  @ApiProperty({ example: 'apiary-phone-2', description: 'What the key is for, 1 to 64 of a-z 0-9 . _ : -; never a person\'s name' })
  @IsString()
  label!: string;

  @ApiPropertyOptional({ example: 'device:tamga-phone-2', description: 'The field device holding the key, if it is one' })
  @IsOptional()
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'deviceId must be a lowercase identifier such as device:tamga-phone-2' })
  deviceId?: string;
}
