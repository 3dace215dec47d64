import * as v from 'valibot';
import type { FieldErrors } from '@contracts/envelope';
import { fail, type Result } from './result';

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  (issue.path ?? [])
    .map((item) => String(item.key))
    .filter((key) => key !== 'undefined')
    .join('.');

/**
 * Parses untrusted input with the shared schema. Every failing field gets its Chinese message;
 * keys the schema does not know are reported rather than silently dropped.
 */
export const parseInput = <S extends v.GenericSchema>(schema: S, input: unknown): Result<v.InferOutput<S>> => {
  const parsed = v.safeParse(schema, input);
  if (parsed.success) return { ok: true, data: parsed.output };
  const fields: FieldErrors = {};
  for (const issue of parsed.issues) {
    const path = pathOf(issue) || '_';
    if (!fields[path]) fields[path] = issue.type === 'strict_object' ? '包含不支持的内容' : issue.message;
  }
  const first = Object.values(fields)[0];
  return fail('INVALID_INPUT', first ?? '填写的内容有误，请检查后再试', fields);
};
