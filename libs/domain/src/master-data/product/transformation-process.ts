/** The processes that turn input lots into output lots. */
export const TRANSFORMATION_PROCESSES = ['extraction', 'blending', 'cooking', 'soap-making', 'felting', 'drying', 'spinning'] as const;

/** A transformation process. */
export type TransformationProcess = (typeof TRANSFORMATION_PROCESSES)[number];
