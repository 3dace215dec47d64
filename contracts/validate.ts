import * as v from 'valibot';
import type { FieldErrors } from './envelope';

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? [])
    .map((item) => String(item.key))
    .filter((key) => key !== 'undefined')
    .join('.');

/**
 * Checks input with an action's schema and names each failing field by its dot path (`_` for
 * the whole input), with the schema's Chinese message. The app runs it before sending and the
 * functions run it on arrival, so a form shows the same words either way.
 */
export const validateInput = <S extends v.GenericSchema>(
  schema: S,
  input: unknown,
): { ok: true; value: v.InferOutput<S> } | { ok: false; fields: FieldErrors } => {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return { ok: true, value: parsed.output };
  const fields: FieldErrors = {};
  for (const issue of parsed.issues) {
    const path = pathOf(issue) || '_';
    if (!fields[path]) fields[path] = issue.type === 'strict_object' ? '包含不支持的内容' : issue.message;
  }
  return { ok: false, fields };
};
