/**
 * CloudBase reports a unique-index violation as an error whose code or message names a
 * duplicate key (MongoDB's E11000 underneath). Idempotency keys and "create once" rely on it.
 */
export const isDuplicateKeyError = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  const text = `${String(code ?? '')} ${String(message ?? '')}`;
  return /E11000|duplicate key|DUPLICATE/i.test(text);
};
