/** Record a lab test or inspection of a lot. */
export interface RecordInspection {
  readonly inspectionId: string;
  readonly lotId: string;
  readonly sampleId?: string;
  readonly results: readonly { readonly parameter: string; readonly value: number; readonly unit: string; readonly min?: number; readonly max?: number }[];
  /** The inspector's verdict; failed anyway when a result is outside its limits. */
  readonly outcome?: 'passed' | 'failed';
  readonly inspectedAt: string;
  readonly placeId?: string;
  readonly report?: { readonly type: string; readonly id: string };
}
