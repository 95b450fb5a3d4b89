import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime } from '../shared/dto/fact-time';

/** The body of "release" the hold in the path. */
export class ReleaseHoldRequestDto extends ReasonDto {
  @FactTime('releasedAt')
  releasedAt!: string;
}
