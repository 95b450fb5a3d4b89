import { DomainError } from '#tamga/domain';

interface DriverError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/**
 * Turns the driver's errors that mean a refusal into DomainErrors; anything else is a fault
 * and passes through unchanged. Only this library and messaging read driver error codes.
 */
export function translateDriverError(error: unknown): unknown {
  if (error instanceof DomainError || !error || typeof error !== 'object') return error;
  const driverError = error as DriverError;
  if (driverError.code === '23505' && driverError.constraint === 'events_stream_version_unique') {
    // The advisory lock makes this unreachable in normal operation; it is the schema's backstop.
    return new DomainError('STREAM.VERSION_CONFLICT', 'conflict', 'The lot changed while this command was decided', [
      { field: 'expectedVersion', rule: 'current-version', message: driverError.detail ?? 'stream version taken' },
    ]);
  }
  if (driverError.code === 'TMG01') {
    return new DomainError('EVENT.IMMUTABLE', 'forbidden', 'Events are immutable', []);
  }
  return error;
}
