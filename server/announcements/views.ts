import {
  audienceLabel,
  type AudienceView,
  type NoticeAdmin,
  type NoticeCard,
  type NoticeDetail,
  type NoticeRow,
  type RevisionLine,
} from '@contracts/announcements';
import { excerptOf } from '@contracts/notice-body';
import type { Audience, Notice, NoticeRevision } from './domain/notice';
import type { Receipt } from './domain/receipt';

const iso = (at: Date | undefined) => (at ? { value: at.toISOString() } : undefined);

export const toAudienceView = (audience: Audience): AudienceView => ({
  kind: audience.kind,
  buildingIds: [...audience.buildingIds],
  groups: [...audience.groups],
  label: audienceLabel(audience.kind, audience.buildingNames, audience.groups),
});

export const toCard = (notice: Notice, receipt: Receipt | undefined): NoticeCard => ({
  id: notice.id,
  title: notice.title,
  category: notice.category,
  publishedAt: (notice.publishedAt ?? notice.createdAt).toISOString(),
  excerpt: excerptOf(notice.blocks),
  pinned: notice.pinned,
  mustAck: notice.mustAck,
  read: receipt?.read ?? false,
  acked: receipt?.acked ?? false,
  updated: notice.editedAt !== undefined,
});

export const toDetail = (notice: Notice, publisher: string, receipt: Pick<Receipt, 'readAt' | 'ackAt'> | undefined): NoticeDetail => ({
  id: notice.id,
  title: notice.title,
  category: notice.category,
  publisher,
  publishedAt: (notice.publishedAt ?? notice.createdAt).toISOString(),
  ...(notice.editedAt ? { updatedAt: notice.editedAt.toISOString() } : {}),
  ...(notice.expiresAt ? { expiresAt: notice.expiresAt.toISOString() } : {}),
  blocks: notice.blocks,
  attachments: notice.attachments,
  mustAck: notice.mustAck,
  ...(receipt?.readAt ? { readAt: receipt.readAt.toISOString() } : { preview: true as const }),
  ...(receipt?.ackAt ? { ackAt: receipt.ackAt.toISOString() } : {}),
});

export interface RowCounts {
  audienceSize: number;
  readCount: number;
  ackCount: number;
}

export const toRow = (notice: Notice, counts?: RowCounts): NoticeRow => {
  const publishAt = iso(notice.publishAt);
  const publishedAt = iso(notice.publishedAt);
  const expiresAt = iso(notice.expiresAt);
  return {
    id: notice.id,
    title: notice.title,
    category: notice.category,
    status: notice.status,
    audience: toAudienceView(notice.audience),
    pinned: notice.pinned,
    mustAck: notice.mustAck,
    createdAt: notice.createdAt.toISOString(),
    ...(publishAt ? { publishAt: publishAt.value } : {}),
    ...(publishedAt ? { publishedAt: publishedAt.value } : {}),
    ...(expiresAt ? { expiresAt: expiresAt.value } : {}),
    updated: notice.editedAt !== undefined,
    ...(counts ?? {}),
  };
};

const toRevisionLine = (r: NoticeRevision): RevisionLine => ({
  revision: r.revision,
  at: r.at.toISOString(),
  editorName: r.editorName,
  previousTitle: r.previous.title,
});

export const toAdmin = (notice: Notice, revisions: readonly NoticeRevision[], counts?: RowCounts): NoticeAdmin => ({
  ...toRow(notice, counts),
  body: notice.body,
  images: [...notice.images],
  attachments: notice.attachments.map((a) => ({ ...a })),
  blocks: notice.blocks,
  revision: notice.revision,
  authorName: notice.authorName,
  ...(notice.withdrawnAt ? { withdrawnAt: notice.withdrawnAt.toISOString() } : {}),
  ...(notice.withdrawnReason ? { withdrawnReason: notice.withdrawnReason } : {}),
  revisions: revisions.map(toRevisionLine),
});
