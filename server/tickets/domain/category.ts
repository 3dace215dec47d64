import type { HandlerOrg } from '@contracts/tickets';

/** A ticket category: who handles it and its deadlines (wall-clock hours). */
export interface Category {
  id: string;
  name: string;
  handler: HandlerOrg;
  firstResponseHours: number;
  resolutionHours: number;
  active: boolean;
  order: number;
}

/**
 * The categories every community starts with. Staff edit them in the admin area; a stored
 * category with the same id replaces the default, so nothing needs seeding in production.
 * Complaints about the property company go to community staff, who supervise it.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'water_power', name: '水电', handler: 'property', firstResponseHours: 2, resolutionHours: 24, active: true, order: 10 },
  { id: 'doors_windows', name: '门窗', handler: 'property', firstResponseHours: 4, resolutionHours: 72, active: true, order: 20 },
  { id: 'facilities', name: '公共设施', handler: 'property', firstResponseHours: 4, resolutionHours: 72, active: true, order: 30 },
  { id: 'sanitation', name: '环境卫生', handler: 'property', firstResponseHours: 4, resolutionHours: 24, active: true, order: 40 },
  { id: 'noise', name: '噪音扰民', handler: 'community', firstResponseHours: 2, resolutionHours: 48, active: true, order: 50 },
  { id: 'safety', name: '安全隐患', handler: 'community', firstResponseHours: 1, resolutionHours: 24, active: true, order: 60 },
  { id: 'property_service', name: '物业服务', handler: 'community', firstResponseHours: 4, resolutionHours: 72, active: true, order: 70 },
  { id: 'other', name: '其他', handler: 'community', firstResponseHours: 8, resolutionHours: 120, active: true, order: 80 },
];

/** Defaults overlaid with what staff stored, in display order. */
export const mergeCategories = (stored: readonly Category[]): Category[] => {
  const byId = new Map(DEFAULT_CATEGORIES.map((c) => [c.id, c]));
  for (const c of stored) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
};
