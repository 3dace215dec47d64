import type { ParsedInput } from '@contracts/action';
import type { Page } from '@contracts/fields';
import type { BookingView, fairs } from '@contracts/fairs';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { Caller } from '../../../users/caller';
import { placeInQueue } from '../../domain/booking';
import type { FairsDeps } from '../../deps';
import { toBookingView } from '../../views';

/** The caller's bookings and those they made for others (a relative, an elder without a phone). */
export const myBookings = async (
  command: ParsedInput<typeof fairs.myBookings>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<Page<BookingView>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const now = deps.clock.now();
  const page = await deps.bookings.ofPerson(caller.user.id, command.past, now, command.limit, command.cursor);
  const visible = page.items.filter((b) => b.status !== 'failed' && b.status !== 'pending');
  const fairIds = [...new Set(visible.map((b) => b.fairId))];
  const [fairList, stallList] = await Promise.all([deps.fairs.byIds(fairIds), deps.stalls.byFairs(fairIds)]);
  const fairsById = new Map(fairList.map((f) => [f.id, f]));
  const stalls = new Map(stallList.map((s) => [s.id, s]));
  const items: BookingView[] = [];
  for (const b of visible) {
    let waitPosition: number | undefined;
    if (b.status === 'waiting') {
      const slot = await deps.slots.withQueue(b.slotId);
      waitPosition = slot ? placeInQueue(slot.queue, slot.capacity, b.id)?.waitPosition : undefined;
    }
    items.push(
      toBookingView(b, { fair: fairsById.get(b.fairId), stall: stalls.get(b.stallId), waitPosition, viewerId: caller.user.id, now }),
    );
  }
  return ok({ items, ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};
