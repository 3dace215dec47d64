import type { Envelope } from '@contracts/envelope';

/** Unwraps a successful envelope, failing the test with the error's code and message if not. */
export const dataOf = <T>(result: Envelope<T>): T => {
  if (!result.ok)
    throw new Error(`expected ok, got ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.fields ?? {})}`);
  return result.data;
};

export const errorOf = <T>(result: Envelope<T>) => {
  if (result.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(result.data).slice(0, 200)}`);
  return result.error;
};
