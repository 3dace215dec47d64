import type { ApiError, Envelope, FieldErrors } from '@contracts/envelope';
import { ERROR_MESSAGES, type ErrorCode } from '@contracts/errors';

/**
 * Use cases return a Result instead of throwing: the same shape as the envelope a caller gets,
 * so an expected failure (a rule said no) travels unchanged to the person who caused it.
 */
export type Result<T> = Envelope<T>;

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });

export const fail = (code: ErrorCode, message: string = ERROR_MESSAGES[code], fields?: FieldErrors): { ok: false; error: ApiError } => ({
  ok: false,
  error: fields ? { code, message, fields } : { code, message },
});

export const invalidInput = (fields: FieldErrors, message: string = Object.values(fields)[0] ?? ERROR_MESSAGES.INVALID_INPUT) =>
  fail('INVALID_INPUT', message, fields);

export const forbidden = (message?: string) => fail('FORBIDDEN', message);
export const notFound = (message?: string) => fail('NOT_FOUND', message);
export const conflict = (message?: string) => fail('CONFLICT', message);
