import * as v from 'valibot';

/**
 * Schema builders that carry the Chinese message a person sees for each rule, so every form
 * and every function says the same thing about the same field.
 */

const noDollarKeys = /^[^$]/;

/** A required line of text: trimmed, not empty, at most `max` characters. */
export const requiredText = (label: string, max: number) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.nonEmpty(`请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`));

/** Optional text: trimmed, at most `max` characters; an empty string stays empty. */
export const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}格式不对`), v.trim(), v.maxLength(max, `${label}不能超过${max}个字`)), '');

/** A database id as linli issues them: letters, digits, `-` and `_`, never an operator. */
export const id = (label: string) =>
  v.pipe(
    v.string(`请选择${label}`),
    v.nonEmpty(`请选择${label}`),
    v.maxLength(64, `${label}不存在`),
    v.regex(/^[A-Za-z0-9_-]+$/, `${label}不存在`),
    v.regex(noDollarKeys, `${label}不存在`),
  );

/** A mainland mobile number, typed by the person (the paid phone button is not used). */
export const mobile = () => v.pipe(v.string('请填写手机号'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '手机号应为11位数字'));

export const integer = (label: string, min: number, max: number) =>
  v.pipe(
    v.number(`${label}应为数字`),
    v.integer(`${label}应为整数`),
    v.minValue(min, `${label}不能小于${min}`),
    v.maxValue(max, `${label}不能大于${max}`),
  );

export const choice = <const T extends readonly [string, ...string[]]>(label: string, options: T) => v.picklist(options, `请选择${label}`);

/** An instant as an ISO 8601 string with an offset or `Z` (iOS cannot parse other forms). */
export const isoInstant = (label: string) => v.pipe(v.string(`请选择${label}`), v.isoTimestamp(`${label}格式不对`));

/** Page size and opaque cursor for every list. */
export const paging = {
  limit: v.optional(integer('每页条数', 1, 50), 20),
  cursor: v.optional(v.pipe(v.string('分页参数不对'), v.maxLength(200, '分页参数不对'))),
};

export interface Page<T> {
  items: T[];
  /** Pass back to get the next page; absent on the last page. */
  nextCursor?: string;
}
