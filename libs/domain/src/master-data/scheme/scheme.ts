import { LocalisedNames } from '../shared/localised-names';
import { SchemeKind } from './scheme-kind';

/** One version of a brand or certification scheme, such as "Made in Kyrgyzstan" or halal. */
export interface Scheme {
  readonly schemeId: string;
  readonly version: number;
  readonly kind: SchemeKind;
  readonly names: LocalisedNames;
  /** The party that grants the brand or issues the certificates. */
  readonly issuerPartyId: string;
  /** For a regional brand: the region it belongs to, such as region:issyk-kul. */
  readonly regionId?: string;
}
