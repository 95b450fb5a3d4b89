import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { ProductFieldsDto } from './product-fields.dto';

/** The body of PUT /products/{productId}: the whole new version, and the version it was made from. */
export class ReviseProductRequestDto extends ProductFieldsDto {
  @ApiProperty({ example: 1, minimum: 1, description: 'The version you read; a stale one is a 409 naming the current version' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
