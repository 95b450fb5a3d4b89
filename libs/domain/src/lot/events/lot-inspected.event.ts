import { DocumentReference } from './lot-portion';

/** One measured value against its limits (moisture in honey, HMF, pH of soap...). */
export interface LabResult {
  readonly parameter: string;
  readonly value: number;
  /** The unit of the value as the lab reports it (%, mg/kg, pH). */
  readonly unit: string;
  readonly min?: number;
  readonly max?: number;
  /** Whether the value lies within its limits; derived, never sent by the client. */
  readonly withinLimits: boolean;
}

/** The outcome of an inspection or lab test. */
export type InspectionOutcome = 'passed' | 'failed';

/**
 * A lab or inspector examined a sample of the lot. Allowed on held and recalled lots, and at any
 * place. Wire type `lot.inspected`.
 */
export interface LotInspected {
  readonly type: 'lot.inspected';
  readonly schemaVersion: 1;
  readonly data: {
    readonly inspectionId: string;
    readonly lotId: string;
    readonly sampleId?: string;
    readonly results: readonly LabResult[];
    /** Failed when any result lies outside its limits, or when the inspector says so. */
    readonly outcome: InspectionOutcome;
    readonly inspectedAt: string;
    readonly placeId?: string;
    readonly report?: DocumentReference;
  };
}
