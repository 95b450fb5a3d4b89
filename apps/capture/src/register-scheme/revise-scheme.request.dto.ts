import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { SchemeFieldsDto } from './scheme-fields.dto';

/** The body of PUT /schemes/{schemeId}: the whole new version, and the version it was made from. */
export class ReviseSchemeRequestDto extends SchemeFieldsDto {
  @ApiProperty({ example: 1, minimum: 1, description: 'The version you read; a stale one is a 409 naming the current version' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
