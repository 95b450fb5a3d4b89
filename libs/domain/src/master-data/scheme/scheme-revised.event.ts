import { Scheme } from './scheme';

/** A new version of a brand or certification scheme (a new issuer, corrected names). Wire type `scheme.revised`. */
export interface SchemeRevised {
  readonly type: 'scheme.revised';
  readonly schemaVersion: 1;
  readonly data: Scheme;
}
