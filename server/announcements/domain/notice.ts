import type { Attachment, AudienceGroup, AudienceKind, NoticeCategory, NoticeStatus } from '@contracts/announcements';
import type { BodyBlock } from '@contracts/notice-body';

export interface Audience {
  kind: AudienceKind;
  buildingIds: string[];
  /** Names at the time of writing, for labels; ids are what count. */
  buildingNames: string[];
  groups: AudienceGroup[];
}

/** The parts of a notice its writer chooses; everything else is lifecycle. */
export interface NoticeContent {
  title: string;
  category: NoticeCategory;
  /** The text as typed (kept for editing); `blocks` is what readers get. */
  body: string;
  blocks: BodyBlock[];
  images: string[];
  attachments: Attachment[];
  mustAck: boolean;
  expiresAt?: Date;
}

export interface Notice extends NoticeContent {
  id: string;
  /** `<authorId>:<requestId>`, unique: a retried create makes one notice. */
  requestKey: string;
  audience: Audience;
  /** Who may read it, as keys a reader's profile also yields (see audience.ts). */
  audienceKeys: string[];
  status: NoticeStatus;
  pinned: boolean;
  pinnedAt?: Date;
  publishAt?: Date;
  publishedAt?: Date;
  withdrawnAt?: Date;
  withdrawnReason?: string;
  /** Counts every saved change; an edit must name the revision it started from. */
  revision: number;
  /** Last change after publishing (已更新). */
  editedAt?: Date;
  /** Set while the audience snapshot and inbox delivery of a publish are not finished. */
  fanoutPending?: boolean;
  fanoutLeaseUntil?: Date;
  /** People the notice was sent to, fixed when delivery finished. */
  audienceSize?: number;
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One change to a published notice: what it said before, who changed it, when. Append-only. */
export interface NoticeRevision {
  noticeId: string;
  revision: number;
  at: Date;
  editorId: string;
  editorName: string;
  previous: Pick<NoticeContent, 'title' | 'body' | 'images' | 'attachments' | 'category' | 'mustAck'> & { expiresAt?: Date };
}

export const isExpired = (notice: Pick<Notice, 'status' | 'expiresAt'>, now: Date): boolean =>
  notice.status === 'expired' || (notice.expiresAt !== undefined && notice.expiresAt.getTime() <= now.getTime());

/** What readers may see: published and not past its end. */
export const isLive = (notice: Pick<Notice, 'status' | 'expiresAt'>, now: Date): boolean =>
  notice.status === 'published' && !isExpired(notice, now);

/** A publish hands delivery to whoever holds this lease; if it dies, the timer job takes over after it. */
export const FANOUT_LEASE_MS = 2 * 60 * 1000;

/** How long ahead a notice may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
