import { shanghaiDateTime } from '@contracts/time';
import type { Booking } from './domain/booking';
import type { FairsDeps } from './deps';
import { recipientsOf } from './people';

export const BOOKINGS_LINK = '/packages/fairs/bookings/index';
export const fairLink = (fairId: string) => `/packages/fairs/detail/index?id=${fairId}`;

/** Tells the person (and whoever booked for them) what happened to a booking; once per `event`. */
export const notifyBooking = async (
  booking: Booking,
  event: { key: string; title: string; status: string; service: string },
  deps: Pick<FairsDeps, 'users' | 'notifier'>,
): Promise<void> => {
  const ids = [...new Set([booking.userId, booking.bookedBy])];
  const people = await deps.users.byIds(ids);
  const at = shanghaiDateTime(booking.startsAt);
  await deps.notifier.notify(recipientsOf(people), {
    kind: 'fair',
    title: event.title,
    body: `${booking.personName} · ${event.service} · ${at}`,
    link: BOOKINGS_LINK,
    sourceKey: `fair-booking:${booking.id}:${event.key}`,
    template: { key: 'bookingUpdate', values: { title: event.service, status: event.status, at } },
  });
};
