/** The stream checkpoints are recorded in (ADR 0016). */
export const CHECKPOINTS_STREAM = 'log/checkpoints';

/** The wire type of a recorded checkpoint; its data is the signed {@link Checkpoint} itself. */
export const CHECKPOINT_SIGNED = 'log.checkpoint-signed';
