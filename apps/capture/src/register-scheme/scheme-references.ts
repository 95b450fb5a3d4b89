import { Place, RegisterScheme, streamIdOf } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';
import { unregisteredReference, wrongKindReference } from '../register-master-data/unregistered-reference';
import { latestParty } from '../shared/master-data-loader';

/** The streams of the issuer and the region a scheme names. */
export function schemeReferenceStreams(scheme: RegisterScheme): string[] {
  return [
    ...(typeof scheme.issuerPartyId === 'string' ? [streamIdOf.party(scheme.issuerPartyId)] : []),
    ...(typeof scheme.regionId === 'string' ? [streamIdOf.place(scheme.regionId)] : []),
  ];
}

function latest<T>(events: readonly StoredEvent[] | undefined): T | undefined {
  return events && events.length > 0 ? (events[events.length - 1].data as T) : undefined;
}

/**
 * Refuses a scheme whose issuer is not a registered certifier, or whose region is not a
 * registered region: a certificate names its issuer, and a consumer checking a regional brand
 * must find the region it belongs to. Called after the decision accepted the ids' shape.
 */
export function assertSchemeReferences(scheme: RegisterScheme, streams: ReadonlyMap<string, readonly StoredEvent[]>): void {
  const issuer = latestParty(streams.get(streamIdOf.party(scheme.issuerPartyId)));
  if (!issuer) throw unregisteredReference('issuerPartyId', 'party', scheme.issuerPartyId);
  if (!issuer.kinds.includes('certifier')) {
    throw wrongKindReference('issuerPartyId', 'issuer-is-certifier', `is a ${issuer.kinds.join(' and ')}, not a certifier`, issuer.partyId, issuer.kinds);
  }
  if (scheme.regionId === undefined) return;
  const region = latest<Place>(streams.get(streamIdOf.place(scheme.regionId)));
  if (!region) throw unregisteredReference('regionId', 'place', scheme.regionId);
  if (region.kind !== 'region') throw wrongKindReference('regionId', 'region', `is a ${region.kind}, not a region`, region.placeId, region.kind);
}
