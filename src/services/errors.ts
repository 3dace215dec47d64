import { ERROR_MESSAGES, type ErrorCode } from '@contracts/errors';
import type { ApiError, FieldErrors } from '@contracts/envelope';

/** Codes the app can see: the server's, plus a failure to reach it at all. */
export type CallErrorCode = ErrorCode | 'NETWORK';

export const NETWORK_MESSAGE = '网络不好，请稍后再试';

/** A failed call as pages see it: a stable code, a Chinese message, and per-field messages. */
export class CallError extends Error {
  readonly code: CallErrorCode;
  readonly fields: FieldErrors;

  constructor(code: CallErrorCode, message: string, fields: FieldErrors = {}) {
    super(message);
    this.name = 'CallError';
    this.code = code;
    this.fields = fields;
  }

  static fromApi(error: ApiError): CallError {
    return new CallError(error.code, error.message || ERROR_MESSAGES[error.code], error.fields ?? {});
  }

  static network(): CallError {
    return new CallError('NETWORK', NETWORK_MESSAGE);
  }

  static internal(): CallError {
    return new CallError('INTERNAL', ERROR_MESSAGES.INTERNAL);
  }
}

/** Any thrown value as a CallError, so pages only ever handle one shape. */
export const toCallError = (error: unknown): CallError => (error instanceof CallError ? error : CallError.internal());
