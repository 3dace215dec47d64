import type { ParsedInput } from '@contracts/action';
import type { announcements, Attachment } from '@contracts/announcements';
import { parseNoticeBody } from '@contracts/notice-body';
import { checkOwnedUploads } from '../../../files/uploads';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import type { AnnouncementsDeps } from '../../deps';
import type { Audience, Notice, NoticeContent } from '../../domain/notice';

export type NoticeForm = Omit<ParsedInput<typeof announcements.createNotice>, 'requestId'>;

const kindOf = (fileID: string): Attachment['kind'] => (/\.pdf$/i.test(fileID) ? 'pdf' : 'image');

const resolveAudience = async (form: NoticeForm, deps: AnnouncementsDeps): Promise<Result<Audience>> => {
  if (form.audience === 'all') return ok({ kind: 'all', buildingIds: [], buildingNames: [], groups: [] });
  if (form.audience === 'groups') return ok({ kind: 'groups', buildingIds: [], buildingNames: [], groups: [...new Set(form.groups)] });
  const all = await deps.buildings.all();
  const chosen = [...new Set(form.buildingIds)].map((id) => all.find((b) => b.id === id));
  if (chosen.some((b) => b === undefined)) return invalidInput({ buildingIds: '请选择小区里的楼栋' });
  const buildings = chosen.filter((b) => b !== undefined).sort((a, b) => a.order - b.order);
  return ok({ kind: 'buildings', buildingIds: buildings.map((b) => b.id), buildingNames: buildings.map((b) => b.name), groups: [] });
};

/**
 * Turns a staff form into a notice's content and audience: buildings must exist, files must be
 * the writer's own uploads for notices (files already on the notice stay, whoever uploaded
 * them), and the body must parse.
 */
export const composeNotice = async (
  form: NoticeForm,
  caller: Caller,
  deps: AnnouncementsDeps,
  previous?: Notice,
): Promise<Result<{ content: NoticeContent; audience: Audience }>> => {
  const audience = await resolveAudience(form, deps);
  if (!audience.ok) return audience;

  const kept = new Set([...(previous?.images ?? []), ...(previous?.attachments.map((a) => a.fileID) ?? [])]);
  const owner = { ownerId: caller.user.id, purpose: 'notice' as const };
  const images = await checkOwnedUploads(
    form.images.filter((f) => !kept.has(f)),
    { ...owner, field: 'images' },
    deps,
  );
  if (!images.ok) return images;
  if (new Set(form.images).size !== form.images.length) return invalidInput({ images: '同一张图片只能插入一次' });
  const files = form.attachments.map((a) => a.fileID);
  const attached = await checkOwnedUploads(
    files.filter((f) => !kept.has(f)),
    { ...owner, field: 'attachments' },
    deps,
  );
  if (!attached.ok) return attached;
  if (new Set(files).size !== files.length) return invalidInput({ attachments: '同一个附件只能上传一次' });

  const body = parseNoticeBody(form.body, form.images);
  if (!body.ok) return invalidInput({ body: body.message });

  return ok({
    audience: audience.data,
    content: {
      title: form.title,
      category: form.category,
      body: form.body,
      blocks: body.blocks,
      images: [...form.images],
      attachments: form.attachments.map((a) => ({ fileID: a.fileID, name: a.name, kind: kindOf(a.fileID) })),
      mustAck: form.mustAck,
      ...(form.expiresAt ? { expiresAt: new Date(form.expiresAt) } : {}),
    },
  });
};

/** The end must come after the notice starts showing. */
export const checkExpiry = (expiresAt: Date | undefined, startsAt: Date, field = 'expiresAt'): Result<true> =>
  expiresAt && expiresAt.getTime() <= startsAt.getTime() ? invalidInput({ [field]: '结束时间要晚于发布时间' }) : ok(true);
