import { EventSealSignature } from '#tamga/contracts';

/**
 * What the caller states about an event's seal (ADR 0016); the store adds the rest (salts, the
 * chain, the record hash) and signs with the service key when no signature is given.
 */
export interface SealRequest {
  /**
   * Rows of one append sharing this key are one fact (the copies of a multi-lot fact): one
   * `previous` map naming all their streams, one set of salts, one signature. Default: the event alone.
   */
  readonly fact?: string;
  /** The CBV 2.0 hashes of the fact's EPCIS rendering; absent for events EPCIS does not render. */
  readonly epcisHashes?: readonly string[];
  /** A signature the caller verified (a field device's); without one the service signs. */
  readonly signature?: EventSealSignature;
}
