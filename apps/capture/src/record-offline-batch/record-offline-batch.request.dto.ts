import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { FACT_KIND_NAMES } from './fact-kinds';

/** The most facts one offline upload may carry. */
export const MAX_FACTS_PER_BATCH = 1000;

/** One fact recorded offline: its kind, the device's id for it, and the body its own endpoint takes. */
export class OfflineFactDto {
  @ApiProperty({ enum: FACT_KIND_NAMES })
  @IsIn(FACT_KIND_NAMES, { message: `kind must be one of ${FACT_KIND_NAMES.join(', ')}` })
  kind!: string;

  @ApiPropertyOptional({ example: 'phone-7:2026-08-20:0042', description: 'The device\'s id: a fact sent again under it is recorded once' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/, { message: 'clientEventId must be 1 to 100 letters, digits, ".", "_", ":" or "-"' })
  clientEventId?: string;

  @ApiPropertyOptional({ description: '<keyId>:<base64url Ed25519 signature> of the fact\'s signing payload, as the Tamga-Signature header of its own endpoint (ADR 0016)' })
  @IsOptional()
  @IsString()
  signature?: string;

  @ApiProperty({ description: 'The body of the kind\'s own endpoint, plus the ids that endpoint takes from its path (lotId, shipmentId, certificateId, holdId)' })
  @IsObject()
  fact!: Record<string, unknown>;
}

/** An upload of facts recorded offline, with their original times. */
export class RecordOfflineBatchRequestDto {
  @ApiPropertyOptional({ enum: ['all-or-nothing', 'keep-valid'], default: 'all-or-nothing' })
  @IsOptional()
  @IsIn(['all-or-nothing', 'keep-valid'])
  mode?: 'all-or-nothing' | 'keep-valid';

  @ApiProperty({ type: [OfflineFactDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FACTS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => OfflineFactDto)
  facts!: OfflineFactDto[];
}
