import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** A name in Kyrgyz, Russian and English, and in Japanese and Chinese for exported goods. */
export class LocalisedNamesDto {
  @ApiProperty({ example: 'Тамга' })
  @IsString()
  ky!: string;

  @ApiProperty({ example: 'Тамга' })
  @IsString()
  ru!: string;

  @ApiProperty({ example: 'Tamga' })
  @IsString()
  en!: string;

  @ApiPropertyOptional({ example: 'タムガ' })
  @IsOptional()
  @IsString()
  ja?: string;

  @ApiPropertyOptional({ example: '塔姆加' })
  @IsOptional()
  @IsString()
  zh?: string;
}
