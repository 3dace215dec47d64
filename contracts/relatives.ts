import * as v from 'valibot';
import { defineAction } from './action';
import { id, integer, requiredText } from './fields';

/**
 * Relatives who act for an elder (book a fair slot for them), and elders without a phone whom
 * staff register so that others can act for them. Links are made by staff, who know both people.
 */
export interface RelativeView {
  /** The elder. */
  id: string;
  name: string;
  home: string;
}

export interface RelativeLinkView {
  elderId: string;
  elderName: string;
  relativeId: string;
  relativeName: string;
  linkedAt: string;
}

const room = v.pipe(v.string('请填写房号'), v.trim(), v.regex(/^[0-9A-Za-z-]{1,10}$/, '房号只能是数字或字母，如 302'));

export const relatives = {
  /** The elders the caller may act for. */
  myRelatives: defineAction<RelativeView[]>()({
    fn: 'users',
    name: 'myRelatives',
    access: 'anyone',
    input: v.optional(v.strictObject({}), {}),
  }),
  linksOf: defineAction<RelativeLinkView[]>()({
    fn: 'users',
    name: 'linksOf',
    access: ['staff'],
    input: v.strictObject({ userId: id('居民') }),
  }),
  linkRelative: defineAction<RelativeLinkView>()({
    fn: 'users',
    name: 'linkRelative',
    access: ['staff'],
    input: v.strictObject({ elderId: id('长者'), relativeId: id('家人') }),
  }),
  unlinkRelative: defineAction<{ unlinked: boolean }>()({
    fn: 'users',
    name: 'unlinkRelative',
    access: ['staff'],
    input: v.strictObject({ elderId: id('长者'), relativeId: id('家人') }),
  }),
  /** An elder without a phone (no WeChat): registered by staff, verified on the spot. */
  registerOffline: defineAction<RelativeView>()({
    fn: 'users',
    name: 'registerOffline',
    access: ['staff'],
    input: v.strictObject({
      requestId: v.pipe(v.string('请求参数不对，请重试'), v.regex(/^[A-Za-z0-9_-]{8,64}$/, '请求参数不对，请重试')),
      name: requiredText('姓名', 20),
      buildingId: id('楼栋'),
      unit: requiredText('单元', 10),
      room,
      birthYear: integer('出生年份', 1900, 2100),
    }),
  }),
} as const;
