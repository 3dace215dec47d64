import type { ActionInput } from '@contracts/action';
import type { announcements, AudienceGroup, AudienceKind, NoticeAdmin, NoticeCategory } from '@contracts/announcements';
import type { FieldErrors } from '@contracts/envelope';
import { parseShanghaiText, shanghaiText, TIME_HINT } from '../shared/time-text';

/** The compose form as typed; turned into the action's input on save. */
export interface ComposeDraft {
  title: string;
  category: NoticeCategory;
  body: string;
  images: string[];
  attachments: { fileID: string; name: string }[];
  audience: AudienceKind;
  buildingIds: string[];
  groups: AudienceGroup[];
  mustAck: boolean;
  /** `2026-11-25 18:00` or empty for no end. */
  expires: string;
}

export type NoticeFields = Omit<ActionInput<typeof announcements.createNotice>, 'requestId'>;

export const draftFrom = (notice?: NoticeAdmin): ComposeDraft => ({
  title: notice?.title ?? '',
  category: notice?.category ?? 'notice',
  body: notice?.body ?? '',
  images: [...(notice?.images ?? [])],
  attachments: (notice?.attachments ?? []).map(({ fileID, name }) => ({ fileID, name })),
  audience: notice?.audience.kind ?? 'all',
  buildingIds: [...(notice?.audience.buildingIds ?? [])],
  groups: [...(notice?.audience.groups ?? [])],
  mustAck: notice?.mustAck ?? false,
  expires: shanghaiText(notice?.expiresAt),
});

export const toFields = (draft: ComposeDraft): { ok: true; fields: NoticeFields } | { ok: false; errors: FieldErrors } => {
  const expires = draft.expires.trim();
  const expiresAt = expires ? parseShanghaiText(expires) : undefined;
  if (expires && !expiresAt) return { ok: false, errors: { expiresAt: `结束时间格式不对，${TIME_HINT}` } };
  return {
    ok: true,
    fields: {
      title: draft.title,
      category: draft.category,
      body: draft.body,
      images: draft.images,
      attachments: draft.attachments,
      audience: draft.audience,
      buildingIds: draft.audience === 'buildings' ? draft.buildingIds : [],
      groups: draft.audience === 'groups' ? draft.groups : [],
      mustAck: draft.mustAck,
      ...(expiresAt ? { expiresAt } : {}),
    },
  };
};

const imageLine = (n: number) => `[图片${n}]`;

/** Adds pictures and puts a line for each at the end of the body, where staff can move it. */
export const withImages = (draft: ComposeDraft, fileIDs: readonly string[]): ComposeDraft => {
  const lines = fileIDs.map((_, i) => imageLine(draft.images.length + i + 1));
  const body = draft.body.trimEnd();
  return { ...draft, images: [...draft.images, ...fileIDs], body: `${body}${body ? '\n\n' : ''}${lines.join('\n\n')}` };
};

/** Removes picture n (1-based): its line goes, and later pictures' lines are renumbered. */
export const withoutImage = (draft: ComposeDraft, n: number): ComposeDraft => ({
  ...draft,
  images: draft.images.filter((_, i) => i !== n - 1),
  body: draft.body
    .split('\n')
    .filter((line) => line.trim() !== imageLine(n))
    .map((line) =>
      line.replace(/^(\s*)\[图片(\d{1,2})\](\s*)$/, (all, before: string, k: string, after: string) =>
        Number(k) > n ? `${before}${imageLine(Number(k) - 1)}${after}` : all,
      ),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n'),
});

/** A fresh id per form, so a save retried after a lost reply creates one notice. */
export const newRequestId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
