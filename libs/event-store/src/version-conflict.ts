import { DomainError } from '#tamga/domain';

/** The refusal of an append whose expected version is stale, with the current version. */
export function versionConflict(
  conflicts: readonly { streamId: string; expectedVersion: number; currentVersion: number }[],
): DomainError {
  const first = conflicts[0];
  return new DomainError(
    'STREAM.VERSION_CONFLICT',
    'conflict',
    `Lot ${first.streamId} is at version ${first.currentVersion}, not ${first.expectedVersion}: reload it and decide again`,
    conflicts.map((c) => ({
      field: 'expectedVersion',
      rule: 'current-version',
      message: `lot ${c.streamId} is at version ${c.currentVersion}`,
      ...c,
    })),
  );
}
