import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { DomainError } from '#tamga/domain';

/** The header a field device signs a lot fact in (ADR 0016): `<keyId>:<base64url Ed25519 signature>`. */
export const SIGNATURE_HEADER = 'Tamga-Signature';

/** How a lot-fact request is signed, and whether it only asks what would be recorded. */
export interface LotFactSigning {
  /** The raw Tamga-Signature header (or a batch item's `signature`), if sent. */
  readonly signature?: string;
  /** `?dryRun=true`: decide and render, record nothing, answer what a device would sign. */
  readonly dryRun: boolean;
}

/** A request that is neither signed nor a dry run. */
export const UNSIGNED: LotFactSigning = { dryRun: false };

/** The lot-fact request's signature header and dryRun flag, as a handler parameter. */
export const FactSigning = createParamDecorator((_data: unknown, context: ExecutionContext): LotFactSigning => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined>; query?: Record<string, unknown> }>();
  const header = request.headers[SIGNATURE_HEADER.toLowerCase()];
  const dryRun = request.query?.['dryRun'];
  if (Array.isArray(header)) throw malformed(SIGNATURE_HEADER, 'one-signature', 'send one Tamga-Signature header');
  if (dryRun !== undefined && dryRun !== 'true' && dryRun !== 'false') throw malformed('dryRun', 'boolean', 'dryRun must be true or false');
  return { ...(header !== undefined ? { signature: header } : {}), dryRun: dryRun === 'true' };
});

/** A signature as sent: the key it claims, and the signature value. */
export interface SentSignature {
  readonly keyId: string;
  readonly value: string;
}

/** Parses `<keyId>:<base64url signature>`; refuses (422, naming the field) anything else. */
export function parseSignature(text: string, field: string): SentSignature {
  const match = /^([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{86})$/.exec(text.trim());
  if (!match) {
    throw new DomainError('SIGNATURE.MALFORMED', 'invalid', `${field} is not "<keyId>:<signature>"`, [
      { field, rule: 'key-id-colon-signature', message: 'must be "<keyId>:<base64url Ed25519 signature without padding, 86 characters>"' },
    ]);
  }
  return { keyId: match[1], value: match[2] };
}

function malformed(field: string, rule: string, message: string): DomainError {
  return new DomainError('REQUEST.MALFORMED', 'invalid', message, [{ field, rule, message }]);
}
