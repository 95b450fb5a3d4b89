import type { Custody } from '#tamga/domain';
import type { DestinationEntry, SourceEntry } from '../epcis-event';
import { tamgaUrn } from '../epcis-identifiers';
import { type LotRenderingContext, placeUriOf } from '../lot-rendering-context';

/**
 * A custodian as CBV source/destination entries: the party owns and possesses the goods (Tamga
 * records custody, and an OVOP hand-over is a sale), at its place (GLN). Parties have no GLN in
 * Tamga's master data, so they are named `urn:tamga:party:{partyId}`.
 */
function entries(context: LotRenderingContext, custody: Custody): ReadonlyArray<readonly [string, string]> {
  const party = tamgaUrn('party', custody.partyId);
  return [
    ['owning_party', party],
    ['possessing_party', party],
    ['location', placeUriOf(context, custody.placeId)],
  ];
}

/** Where goods come from. */
export function sourceListOf(context: LotRenderingContext, custody: Custody): SourceEntry[] {
  return entries(context, custody).map(([type, source]) => ({ type, source }));
}

/** Where goods go. */
export function destinationListOf(context: LotRenderingContext, custody: Custody): DestinationEntry[] {
  return entries(context, custody).map(([type, destination]) => ({ type, destination }));
}
