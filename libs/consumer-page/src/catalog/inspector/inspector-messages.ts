/**
 * The inspector's pages, in one language: a part of each page language's catalog, so the
 * inspector reads the same words for villages, products, quantities and dates as a consumer does.
 * Templates name their values in braces, filled by `fill` (values escaped first). Event types and
 * flag kinds are closed lists, translated here; what someone recorded (a reason) is shown as recorded.
 */
export interface InspectorMessages {
  readonly desk: string;
  readonly signInTitle: string;
  readonly signInIntro: string;
  readonly apiKey: string;
  readonly signIn: string;
  readonly signOut: string;
  readonly signedInAs: string;
  readonly badKey: string;
  readonly sessionEnded: string;
  readonly signedOut: string;
  readonly crossSite: string;
  readonly forbiddenTitle: string;
  readonly forbiddenBody: string;
  readonly notFoundTitle: string;
  readonly lotNotFound: string;
  readonly placeNotFound: string;
  readonly badRequestTitle: string;
  readonly badLotCode: string;
  readonly badPlaceId: string;
  readonly badRange: string;

  readonly startTitle: string;
  readonly openFlags: string;
  readonly noFlags: string;
  readonly flagsTruncated: string;
  readonly flagKinds: Readonly<Record<string, string>>;
  readonly raised: string;
  readonly details: string;
  readonly findLot: string;
  readonly lotCode: string;
  readonly findFacility: string;
  readonly facilityName: string;
  readonly find: string;
  readonly facilityResults: string;
  readonly noFacilities: string;
  readonly spreadsheets: string;
  readonly spreadsheetsIntro: string;
  readonly from: string;
  readonly to: string;
  readonly download: string;

  readonly lotTitle: string;
  readonly product: string;
  readonly auditTitle: string;
  readonly event: string;
  readonly happened: string;
  readonly recorded: string;
  readonly recordedBy: string;
  readonly quantity: string;
  readonly place: string;
  readonly correctedTo: string;
  readonly corrects: string;
  readonly retracts: string;
  readonly retracted: string;
  readonly withdrawn: string;
  readonly reason: string;
  readonly eventTypes: Readonly<Record<string, string>>;
  readonly traceBack: string;
  readonly traceForward: string;
  readonly traceCsv: string;

  readonly balanceTitle: string;
  readonly inLabel: string;
  readonly outLabel: string;
  readonly harvested: string;
  readonly made: string;
  readonly received: string;
  readonly consumed: string;
  readonly shipped: string;
  readonly sold: string;
  readonly exported: string;
  readonly lostInTransit: string;
  readonly inTransit: string;
  readonly onHand: string;
  readonly loss: string;
  readonly flags: string;
  readonly none: string;

  readonly traceBackTitle: string;
  readonly traceBackIntro: string;
  readonly villages: string;
  readonly village: string;
  readonly share: string;
  readonly producers: string;
  readonly contributed: string;
  readonly lotsUpstream: string;
  readonly depth: string;
  readonly madeBy: string;
  readonly incomplete: string;
  readonly cycle: string;

  readonly traceForwardTitle: string;
  readonly reach: string;
  readonly lotsDownstream: string;
  readonly fromTraced: string;
  readonly status: string;
  readonly held: string;
  readonly recalled: string;
  readonly custodians: string;
  readonly units: string;
  readonly unitsSold: string;
  readonly shops: string;
  readonly exports: string;
  readonly destination: string;
  readonly buyer: string;
  readonly exporter: string;
  readonly print: string;

  readonly facilityTitle: string;
  readonly processing: string;
  readonly process: string;
  readonly facts: string;
  readonly yieldLabel: string;
}
