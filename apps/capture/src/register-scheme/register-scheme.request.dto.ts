import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { SchemeFieldsDto } from './scheme-fields.dto';

/** The body of POST /schemes: a new brand or certification scheme and its id. */
export class RegisterSchemeRequestDto extends SchemeFieldsDto {
  @ApiProperty({ example: 'scheme:issyk-kul-regional-brand' })
  @IsString()
  schemeId!: string;
}
