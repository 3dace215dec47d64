import type { ActionInput } from '@contracts/action';
import { shanghaiDate } from '@contracts/time';
import type { MapPoint, PlaceType, TicketKind, tickets, VisitSlot } from '@contracts/tickets';
import { newRequestId } from '../shared/request-id';

export const NO_BUILDING = 'none';

export interface TicketDraft {
  kind: TicketKind;
  categoryId: string;
  description: string;
  photos: string[];
  where: PlaceType;
  buildingId: string;
  spot: string;
  point?: MapPoint;
  visitDate: string;
  visitSlot?: VisitSlot;
  public: boolean;
}

export const emptyDraft = (hasHome: boolean): TicketDraft => ({
  kind: 'repair',
  categoryId: '',
  description: '',
  photos: [],
  where: hasHome ? 'household' : 'public',
  buildingId: NO_BUILDING,
  spot: '',
  visitDate: '',
  public: !hasHome,
});

/** A visit is only for repairs at home, and only when a day and a time of day are chosen. */
export const wantsVisit = (draft: TicketDraft): boolean => draft.kind === 'repair' && draft.where === 'household';

export const toSubmitInput = (draft: TicketDraft, requestId: string = newRequestId()): ActionInput<typeof tickets.submitTicket> => ({
  requestId,
  kind: draft.kind,
  categoryId: draft.categoryId,
  description: draft.description,
  photos: draft.photos,
  where: draft.where,
  ...(draft.where === 'public' && draft.buildingId !== NO_BUILDING ? { buildingId: draft.buildingId } : {}),
  spot: draft.spot,
  ...(draft.where === 'public' && draft.point ? { point: draft.point } : {}),
  ...(wantsVisit(draft) && draft.visitDate && draft.visitSlot ? { visit: { date: draft.visitDate, slot: draft.visitSlot } } : {}),
  public: draft.public,
});

const DAY = 24 * 3600 * 1000;
const NAMED = ['今天', '明天', '后天'];

/** The next seven days in Shanghai as choices: 今天, 明天, 后天, then 11月23日 … */
export const visitDays = (now: Date): { value: string; label: string }[] =>
  Array.from({ length: 7 }, (_v, i) => {
    const date = shanghaiDate(new Date(now.getTime() + i * DAY));
    const [, m, d] = date.split('-');
    return { value: date, label: NAMED[i] ?? `${Number(m)}月${Number(d)}日` };
  });
