import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime } from '../shared/dto/fact-time';
import { ListOf } from '../shared/dto/lot-list';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record the receipt" of the shipment in the path: what arrived of each lot. */
export class RecordReceiptRequestDto {
  @ListOf(() => LotQuantityDto, 1, MAX_LOTS_PER_FACT)
  lots!: LotQuantityDto[];

  @FactTime('receivedAt')
  receivedAt!: string;
}
