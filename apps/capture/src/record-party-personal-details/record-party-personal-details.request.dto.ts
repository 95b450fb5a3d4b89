import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The body of PUT /parties/{partyId}/personal-details: the whole record, replacing the previous one. */
export class RecordPartyPersonalDetailsRequestDto {
  @ApiProperty({ example: 'Асель Токтогулова', maxLength: 200 })
  @IsString()
  personName!: string;

  @ApiPropertyOptional({ example: '+996 (555) 12-34-56', description: 'An international number; stored as E.164' })
  @IsOptional()
  @IsString()
  phone?: string;

  @ApiPropertyOptional({ example: 'Тамга айылы, Тоң району', maxLength: 500 })
  @IsOptional()
  @IsString()
  address?: string;
}
