import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { PartyFieldsDto } from './party-fields.dto';

/** The body of POST /parties: a new party and its id. */
export class RegisterPartyRequestDto extends PartyFieldsDto {
  @ApiProperty({ example: 'producer:asel-tamga' })
  @IsString()
  partyId!: string;
}
