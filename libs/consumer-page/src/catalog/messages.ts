import { InspectorMessages } from './inspector/inspector-messages';

/**
 * Every text the consumer pages show, in one language. Templates name their values in braces
 * (`{date}`); the values are escaped and inserted by `fill`. Category, process and lab-parameter
 * names are closed lists, so they are translated here too; free text someone recorded (a recall
 * reason) is shown as recorded.
 */
export interface Messages {
  readonly languageName: string;
  readonly tagline: string;
  readonly languageSwitcher: string;
  readonly pageTitle: string;
  readonly lot: string;
  readonly serial: string;
  readonly gtin: string;

  readonly originTitle: string;
  readonly village: string;
  readonly producer: string;
  readonly producerNote: string;
  readonly harvested: string;
  readonly harvestPlace: string;
  readonly harvestsCount: string;
  readonly andMore: string;
  readonly madeFrom: string;
  readonly mapCaption: string;
  readonly mapLake: string;
  readonly mapCapital: string;
  readonly noOrigin: string;

  readonly stepsTitle: string;
  readonly stepInputs: string;
  readonly stepHarvest: string;
  readonly stepPacked: string;
  readonly stepSplit: string;
  readonly stepMerged: string;
  readonly noSteps: string;
  readonly earlierSteps: string;

  readonly certificatesTitle: string;
  readonly validUntil: string;
  readonly noCertificates: string;

  readonly labTitle: string;
  readonly labTested: string;
  readonly labWithin: string;
  readonly labOutside: string;
  readonly labLimit: string;
  readonly noLab: string;

  readonly soldTitle: string;
  readonly exportedTo: string;
  readonly notSold: string;
  readonly unitSold: string;

  readonly integrityTitle: string;
  readonly integrity: string;
  readonly integrityUpstream: string;
  readonly verifySoon: string;
  /** "Recorded in the Tamga log at checkpoint {n}." ({n}: the checkpoint's tree size). */
  readonly integrityLog: string;
  /** The link text to the inclusion proof. */
  readonly integrityLogProof: string;
  /** The latest entry is not yet covered by a signed checkpoint. */
  readonly integrityLogPending: string;

  readonly bannerRecalled: string;
  readonly bannerUnitRecalled: string;
  readonly bannerSomeUnitsRecalled: string;
  readonly bannerHeld: string;
  readonly bannerIngredientRecalled: string;
  readonly reason: string;
  readonly since: string;

  readonly productIntro: string;
  readonly recentLots: string;
  readonly noLots: string;

  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly badRequestTitle: string;
  readonly badRequestBody: string;
  readonly badGtin: string;
  readonly badCheckDigit: string;
  readonly badLot: string;
  readonly badSerial: string;
  readonly badStructure: string;

  readonly pieces: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly processes: Readonly<Record<string, string>>;
  readonly labParameters: Readonly<Record<string, string>>;
  /** The inspector's pages (the same languages, formatting and fallbacks). */
  readonly inspector: InspectorMessages;
}
