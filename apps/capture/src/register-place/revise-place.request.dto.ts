import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { PlaceFieldsDto } from './place-fields.dto';

/** The body of PUT /places/{placeId}: the whole new version, and the version it was made from. */
export class RevisePlaceRequestDto extends PlaceFieldsDto {
  @ApiProperty({ example: 1, minimum: 1, description: 'The version you read; a stale one is a 409 naming the current version' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}
