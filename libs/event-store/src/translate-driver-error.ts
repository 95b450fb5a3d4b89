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
    // Two appends created the same lot at once (new streams take no lock; ADR 0002).
    const streamId = /\(stream_id, stream_version\)=\((.*), (\d+)\)/.exec(driverError.detail ?? '');
    const taken = streamId ? { streamId: streamId[1], expectedVersion: Number(streamId[2]) - 1, currentVersion: Number(streamId[2]) } : null;
    return new DomainError(
      'STREAM.VERSION_CONFLICT',
      'conflict',
      taken ? `Lot ${taken.streamId} was written by another command at the same time` : 'A lot was written by another command at the same time',
      [{ field: 'expectedVersion', rule: 'current-version', message: driverError.detail ?? 'stream version taken', ...taken }],
    );
  }
  if (driverError.code === '23505' && driverError.constraint === 'events_client_event_id') {
    // A second upload of an offline batch raced the first: deciding again finds the facts recorded.
    return new DomainError('STREAM.VERSION_CONFLICT', 'conflict', 'A fact with this client event id was recorded at the same time', [
      { field: 'clientEventId', rule: 'once-per-client-event-id', message: driverError.detail ?? 'client event id taken' },
    ]);
  }
  if (driverError.code === '23505' && driverError.constraint === 'unit_serials_unique_per_product') {
    const taken = /\(product_id, serial\)=\((.*), (.*)\)/.exec(driverError.detail ?? '');
    return new DomainError('PACKING.SERIAL_TAKEN', 'conflict', `Serial ${taken?.[2] ?? ''} is already used for ${taken?.[1] ?? 'this product'}`, [
      {
        field: 'serials',
        rule: 'unique-serial-per-product',
        message: 'GS1 names a unit by its GTIN and serial: a serial is used once per product, across all its lots',
        productId: taken?.[1],
        serial: taken?.[2],
      },
    ]);
  }
  if (driverError.code === '22021' || driverError.code === '22P05') {
    // Postgres text cannot hold NUL or unconvertible characters: the client's input, not our fault.
    return new DomainError('REQUEST.UNSTORABLE_TEXT', 'invalid', 'The request holds characters that cannot be stored', [
      { rule: 'no-nul-characters', message: 'text must not contain NUL (\\u0000) characters' },
    ]);
  }
  if (driverError.code === 'TMG01') {
    return new DomainError('EVENT.IMMUTABLE', 'forbidden', 'Events are immutable', []);
  }
  return error;
}
