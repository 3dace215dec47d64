import type * as v from 'valibot';
import type { FieldErrors } from '@contracts/envelope';
import { validateInput } from '@contracts/validate';

/** The same check the functions make on arrival, run before sending so forms answer at once. */
export const fieldErrorsOf = (schema: v.GenericSchema, input: unknown): FieldErrors | undefined => {
  const checked = validateInput(schema, input);
  return checked.ok ? undefined : checked.fields;
};
