import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

/** The body of POST /villages/{villageId}/specialisations: the product and the date the village is registered for it from. */
export class RegisterSpecialisationRequestDto {
  @ApiProperty({ example: 'product:white-sainfoin-honey', description: 'A registered product' })
  @IsString()
  productId!: string;

  @ApiProperty({ example: '2023-03-03', description: 'A calendar date (YYYY-MM-DD) in Kyrgyzstan, on or after 2000-01-01' })
  @IsString()
  since!: string;
}
