import * as v from 'valibot';
import type { FieldErrors } from '@contracts/envelope';

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? [])
    .map((item) => String(item.key))
    .filter((key) => key !== 'undefined')
    .join('.');

/**
 * Checks input with the action's own schema before it is sent, and names each failing field the
 * way the server does (dot path, `_` for the whole input), so forms show the same messages either way.
 */
export const fieldErrorsOf = (schema: v.GenericSchema, input: unknown): FieldErrors | undefined => {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return undefined;
  const fields: FieldErrors = {};
  for (const issue of parsed.issues) {
    const path = pathOf(issue) || '_';
    if (!fields[path]) fields[path] = issue.type === 'strict_object' ? '包含不支持的内容' : issue.message;
  }
  return fields;
};
