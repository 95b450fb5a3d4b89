import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { ProductFieldsDto } from './product-fields.dto';

/** The body of POST /products: a new product and its id. */
export class RegisterProductRequestDto extends ProductFieldsDto {
  @ApiProperty({ example: 'product:white-sainfoin-honey' })
  @IsString()
  productId!: string;
}
