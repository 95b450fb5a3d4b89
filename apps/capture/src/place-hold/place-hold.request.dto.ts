import { IsOptional } from 'class-validator';
import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';

/** The body of "hold" the lot in the path. */
export class PlaceHoldRequestDto extends ReasonDto {
  @IsOptional()
  @OptionalFactId('holdId', 'HOLD-2026-0007')
  holdId?: string;

  @FactTime('heldAt')
  heldAt!: string;
}
