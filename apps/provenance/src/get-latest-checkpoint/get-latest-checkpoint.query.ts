/** Ask for the log's latest signed checkpoint. */
export class GetLatestCheckpointQuery {}
