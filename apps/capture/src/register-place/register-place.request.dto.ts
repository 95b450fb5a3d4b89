import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { PlaceFieldsDto } from './place-fields.dto';

/** The body of POST /places: a new place and its id. */
export class RegisterPlaceRequestDto extends PlaceFieldsDto {
  @ApiProperty({ example: 'village:tamga' })
  @IsString()
  placeId!: string;
}
