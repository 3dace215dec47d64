import type { NoticeAdmin, NoticeCard, NoticeDetail, NoticeStats } from '@contracts/announcements';

export const card = (over: Partial<NoticeCard> = {}): NoticeCard => ({
  id: 'n1',
  title: '3号楼停水通知',
  category: 'notice',
  publishedAt: '2026-11-19T02:00:00.000Z',
  excerpt: '明天上午9点到12点停水',
  pinned: false,
  mustAck: false,
  read: false,
  acked: false,
  updated: false,
  ...over,
});

export const detail = (over: Partial<NoticeDetail> = {}): NoticeDetail => ({
  id: 'n1',
  title: '3号楼停水通知',
  category: 'notice',
  publisher: '潘苑社区',
  publishedAt: '2026-11-19T02:00:00.000Z',
  blocks: [
    { type: 'heading', text: '停水时间' },
    {
      type: 'paragraph',
      spans: [
        { text: '明天 ' },
        { text: '9点到12点', strong: true },
        { text: '，报修请点' },
        { text: '这里', link: '/packages/tickets/index/index' },
      ],
    },
  ],
  attachments: [{ fileID: 'cloud://env.b/uploads/notice/x.pdf', name: '停水范围.pdf', kind: 'pdf' }],
  mustAck: true,
  readAt: '2026-11-19T03:00:00.000Z',
  ...over,
});

export const admin = (over: Partial<NoticeAdmin> = {}): NoticeAdmin => ({
  id: 'n1',
  title: '3号楼停水通知',
  category: 'notice',
  status: 'draft',
  audience: { kind: 'buildings', buildingIds: ['b1'], groups: [], label: '1号楼' },
  pinned: false,
  mustAck: true,
  createdAt: '2026-11-19T01:00:00.000Z',
  updated: false,
  body: '明天停水',
  images: [],
  attachments: [],
  blocks: [{ type: 'paragraph', spans: [{ text: '明天停水' }] }],
  revision: 0,
  authorName: '张丽',
  revisions: [],
  ...over,
});

export const stats = (over: Partial<NoticeStats> = {}): NoticeStats => ({
  id: 'n1',
  title: '3号楼停水通知',
  status: 'published',
  mustAck: true,
  audienceSize: 3,
  readCount: 1,
  ackCount: 1,
  lateReaders: 0,
  buildings: [
    {
      buildingId: 'b1',
      buildingName: '1号楼',
      audience: 3,
      read: 1,
      acked: 1,
      notRead: [
        { name: '李明', unit: '1单元', room: '502' },
        { name: '冯玉梅', unit: '2单元', room: '202' },
      ],
      notAcked: [
        { name: '李明', unit: '1单元', room: '502' },
        { name: '冯玉梅', unit: '2单元', room: '202' },
      ],
    },
  ],
  ...over,
});
