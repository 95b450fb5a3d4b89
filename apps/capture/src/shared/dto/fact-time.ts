import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

const TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A fact's time: ISO 8601 with an offset (the rules then check it is real, not future, not before the lot). */
export function FactTime(name: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example: '2026-08-20T10:00:00+06:00', description: 'ISO 8601 with an offset' }),
    IsString(),
    Matches(TIME_WITH_OFFSET, { message: `${name} must be an ISO 8601 date-time with an offset, such as 2026-08-20T10:00:00+06:00` }),
  );
}

const FACT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** An id the client may choose for a fact (offline devices do), or leave to the server. */
export function OptionalFactId(name: string, example: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ required: false, example, description: 'Chosen by the client (offline capture) or generated' }),
    Matches(FACT_ID, { message: `${name} must be 1 to 64 letters, digits, ".", "_", ":" or "-"` }),
  );
}
