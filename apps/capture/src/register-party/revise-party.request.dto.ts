import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { PartyFieldsDto } from './party-fields.dto';

/** The body of PUT /parties/{partyId}: the whole new version, and the version it was made from. */
export class RevisePartyRequestDto extends PartyFieldsDto {
  @ApiProperty({ example: 1, minimum: 1, description: 'The version you read; a stale one is a 409 naming the current version' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
