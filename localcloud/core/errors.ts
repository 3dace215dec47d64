/**
 * An error the local cloud reports the way CloudBase does: the reply carries a truthy `code`
 * and a `message`, which the SDK turns into its own error.
 */
export class LocalCloudError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'LocalCloudError';
  }
}

/** CloudBase's own error codes (docs.cloudbase.net/error-code) used by the local cloud. */
export const ErrorCodes = {
  SYS_ERR: 'SYS_ERR',
  INVALID_ACTION: 'INVALID_ACTION',
  INVALID_PARAM: 'INVALID_PARAM',
  EXCEED_REQUEST_SIZE_LIMIT: 'EXCEED_REQUEST_SIZE_LIMIT',
  DATABASE_REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  DATABASE_INVALID_OPERRATOR: 'DATABASE_INVALID_OPERRATOR',
  DATABASE_COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  DATABASE_COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  DATABASE_DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
  DATABASE_TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  DATABASE_TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
} as const;
