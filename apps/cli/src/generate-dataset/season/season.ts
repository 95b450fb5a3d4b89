import { Party, Quantity, decideRecordReceipt, decideRecordShipment } from '#tamga/domain';
import { LotBook } from '../ledger/lot-book';
import { SeededRandom } from '../seeded-random';
import { DatasetWorld, Member, Outlet, VillageWorld } from '../world/dataset-world';
import { CycleDays } from './calendar';

/** A quantity in kilograms from thousandths (the rules' own arithmetic, so sums are exact). */
export const kgMilli = (milli: number): Quantity => ({ amount: milli / 1000, unit: 'KGM' });
/** Whole pieces. */
export const pieces = (count: number): Quantity => ({ amount: count, unit: 'H87' });

/** What every chain of a cycle works with: the rules, the world, the dice, the ids and the days. */
export class Season {
  private readonly counters = new Map<string, number>();

  constructor(
    readonly book: LotBook,
    readonly world: DatasetWorld,
    readonly random: SeededRandom,
    private readonly prefix: string,
    public days: CycleDays,
  ) {}

  /** A new lot id: prefix, a two-letter code of what it is (`JP`: a jam lot for packing), a base-36 number. */
  lotId(code: string): string {
    return `${this.prefix}${code}${this.next(code).toString(36).padStart(5, '0')}`;
  }

  /** A new fact id (shipment, transformation, certificate...): `D1-SH-0003f`. */
  factId(code: string): string {
    return `${this.prefix}-${code}-${this.next(`-${code}`).toString(36).padStart(5, '0')}`;
  }

  /** The quantity a party holds of a lot. */
  held(lotId: string, party: Party): Quantity {
    return this.book.held(lotId, party.partyId);
  }

  /** The same in thousandths of the lot's unit. */
  heldMilli(lotId: string, party: Party): number {
    return Math.round(this.held(lotId, party).amount * 1000);
  }

  /** The village's next member in turn: beekeepers and herders take turns delivering over the season. */
  nextMember(village: VillageWorld): Member {
    return village.members[(this.next(`member:${village.key}`) - 1) % village.members.length];
  }

  /** The next `count` of a list in turn (villages supplying a cycle), distinct while the list is long enough. */
  inTurn<T>(name: string, list: readonly T[], count = 1): T[] {
    return Array.from({ length: count }, () => list[(this.next(`turn:${name}`) - 1) % list.length]);
  }

  /**
   * A delivery: the sender ships all it holds of each lot from its facility, the addressee receives
   * all of it `hoursLater`. Returns the shipment id.
   */
  deliver(from: Outlet, to: Outlet, lotIds: readonly string[], day: number, hour: number, hoursLater = 5): string {
    const shipmentId = this.factId('SH');
    const lots = lotIds.map((lotId) => ({ lotId, quantity: this.held(lotId, from.party) }));
    this.book.record('shipment', decideRecordShipment, from.party, {
      shipmentId,
      fromPlaceId: from.placeId,
      to: { partyId: to.party.partyId, placeId: to.placeId },
      lots,
      carrier: this.random.pick(CARRIERS),
      documents: [{ type: 'waybill', id: `WB-${shipmentId}` }],
      shippedAt: this.days.at(day, hour),
    });
    const arrive = hour + hoursLater;
    this.book.record('receipt', decideRecordReceipt, to.party, { shipmentId, lots, receivedAt: this.days.at(day + Math.floor(arrive / 24), arrive % 24) });
    return shipmentId;
  }

  private next(code: string): number {
    const n = (this.counters.get(code) ?? 0) + 1;
    this.counters.set(code, n);
    return n;
  }
}

const CARRIERS = ['Issyk-Kul Express', 'Ala-Too Cargo', 'Tengri Logistics', 'village truck', 'Naryn Transit'];
