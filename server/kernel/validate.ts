import type * as v from 'valibot';
import { validateInput } from '@contracts/validate';
import { invalidInput, ok, type Result } from './result';

/** Parses untrusted input with the shared schema; failures carry a Chinese message per field. */
export const parseInput = <S extends v.GenericSchema>(schema: S, input: unknown): Result<v.InferOutput<S>> => {
  const checked = validateInput(schema, input);
  return checked.ok ? ok(checked.value) : invalidInput(checked.fields);
};
