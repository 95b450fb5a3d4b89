import { Scheme } from './scheme';

/** A brand or certification scheme entered the master data at version 1. Wire type `scheme.registered`. */
export interface SchemeRegistered {
  readonly type: 'scheme.registered';
  readonly schemaVersion: 1;
  readonly data: Scheme;
}
