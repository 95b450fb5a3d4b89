import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PLACE_KINDS, PlaceGeometry } from '#tamga/domain';
import { LocalisedNamesDto } from '../register-master-data/localised-names.dto';

/** What a place is, in a registration or a revision; the domain checks the rules (GLN check digit, rings, bounds). */
export class PlaceFieldsDto {
  @ApiProperty({ enum: PLACE_KINDS, example: 'village' })
  @IsString()
  kind!: string;

  @ApiProperty({ example: '4701234500018', description: 'GLN-13 with its check digit, as a string' })
  @IsString()
  gln!: string;

  @ApiProperty({ type: LocalisedNamesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNamesDto)
  names!: LocalisedNamesDto;

  @ApiPropertyOptional({ example: 'district:ton', description: 'Required except for regions and cities' })
  @IsOptional()
  @IsString()
  parentId?: string;

  @ApiPropertyOptional({
    description: 'A GeoJSON Point or Polygon ([longitude, latitude], closed rings) inside Kyrgyzstan',
    example: { type: 'Point', coordinates: [77.551, 42.155] },
  })
  @IsOptional()
  @IsObject()
  geometry?: PlaceGeometry;
}
