import type { CategoryView, QueueItem, TicketDetail, TicketSummary } from '@contracts/tickets';

export const categories: CategoryView[] = [
  { id: 'water_power', name: '水电', handler: 'property', firstResponseHours: 2, resolutionHours: 24, active: true, order: 10 },
  { id: 'facilities', name: '公共设施', handler: 'property', firstResponseHours: 4, resolutionHours: 72, active: true, order: 30 },
];

export const summary = (over: Partial<TicketSummary> = {}): TicketSummary => ({
  id: 't1',
  kind: 'repair',
  categoryId: 'water_power',
  categoryName: '水电',
  status: 'submitted',
  excerpt: '水龙头滴水',
  placeLabel: '1号楼 1单元 302',
  createdAt: '2026-11-19T02:00:00.000Z',
  updatedAt: '2026-11-19T02:00:00.000Z',
  overdue: false,
  followers: 0,
  ...over,
});

export const queueItem = (over: Partial<QueueItem> = {}): QueueItem => ({
  ...summary(),
  handler: 'property',
  resolutionDueAt: '2026-11-20T02:00:00.000Z',
  responseDueAt: '2026-11-19T04:00:00.000Z',
  ...over,
});

export const detail = (over: Partial<TicketDetail> = {}): TicketDetail => ({
  id: 't1',
  kind: 'repair',
  categoryId: 'water_power',
  categoryName: '水电',
  handler: 'property',
  status: 'submitted',
  description: '卫生间水龙头一直滴水',
  photos: [],
  place: { type: 'household', buildingId: 'b1', buildingName: '1号楼', unit: '1单元', room: '302', label: '1号楼 1单元 302' },
  public: false,
  listed: false,
  createdAt: '2026-11-19T02:00:00.000Z',
  updatedAt: '2026-11-19T02:00:00.000Z',
  overdue: false,
  followers: 0,
  following: false,
  relation: 'reporter',
  actions: ['cancel', 'nudge'],
  timeline: [{ id: 'e1', seq: 1, at: '2026-11-19T02:00:00.000Z', action: 'submit', actor: '我', status: 'submitted', photos: [] }],
  version: 1,
  ...over,
});
