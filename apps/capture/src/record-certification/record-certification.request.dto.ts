import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { REFERENCE_ID_PATTERN } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The body of "certify" the lot in the path under a scheme. */
export class RecordCertificationRequestDto {
  @IsOptional()
  @OptionalFactId('certificateId', 'ORG-KG-2026-117')
  certificateId?: string;

  @ApiProperty({ example: 'scheme:organic-kg' })
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'schemeId must be a lowercase identifier' })
  schemeId!: string;

  @ApiProperty({ example: '2026-08-25' })
  @IsString()
  @Matches(DATE, { message: 'validFrom must be a date such as 2026-08-25' })
  validFrom!: string;

  @ApiProperty({ example: '2027-08-24' })
  @IsString()
  @Matches(DATE, { message: 'validUntil must be a date such as 2027-08-24' })
  validUntil!: string;

  @FactTime('certifiedAt')
  certifiedAt!: string;
}
