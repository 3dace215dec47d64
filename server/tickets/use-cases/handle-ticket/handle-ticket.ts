import type { ParsedInput } from '@contracts/action';
import type { HandlerView, TicketDetail, tickets } from '@contracts/tickets';
import { checkOwnedUploads } from '../../../files/uploads';
import { DAY } from '../../../kernel/clock';
import { invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { displayName } from '../../../users/domain/user';
import { act, NOT_FOUND_MESSAGE } from '../../act';
import type { TicketsDeps } from '../../deps';

const withNote = (note: string) => (note ? { note } : {});

/** How far ahead an expected completion time may be set. */
const EXPECTED_MAX_DAYS = 90;

export const acceptTicket = (
  command: ParsedInput<typeof tickets.acceptTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'accept', ...withNote(command.note) }, caller, deps);

export const startTicket = (
  command: ParsedInput<typeof tickets.startTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'start', ...withNote(command.note) }, caller, deps);

/** A complaint or suggestion that will not be acted on gets its written reason. */
export const rejectTicket = (
  command: ParsedInput<typeof tickets.rejectTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => act(command, { action: 'reject', note: command.reason }, caller, deps);

/** To a community staff member or a property person (the property company), with a note. */
export const assignTicket = async (
  command: ParsedInput<typeof tickets.assignTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const target = await deps.users.byId(command.assigneeId);
  const role = target?.roles.includes('staff') ? 'staff' : target?.roles.includes('property') ? 'property' : undefined;
  if (!target || !role) return invalidInput({ assigneeId: '请选择社区工作人员或物业人员' });
  return act(
    command,
    { action: 'assign', to: { id: target.id, name: displayName(target), role }, ...withNote(command.note) },
    caller,
    deps,
  );
};

export const replyTicket = async (
  command: ParsedInput<typeof tickets.replyTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const photos = await checkOwnedUploads(command.photos, { ownerId: caller.user.id, purpose: 'ticket', field: 'photos' }, deps);
  if (!photos.ok) return photos;
  return act(command, { action: 'reply', note: command.text, photos: photos.data }, caller, deps);
};

export const setExpectedTime = (
  command: ParsedInput<typeof tickets.setExpectedTime>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const now = deps.clock.now();
  const expectedAt = new Date(command.expectedAt);
  if (expectedAt <= now) return Promise.resolve(invalidInput({ expectedAt: '预计完成时间要晚于现在' }));
  if (expectedAt.getTime() > now.getTime() + EXPECTED_MAX_DAYS * DAY)
    return Promise.resolve(invalidInput({ expectedAt: `预计完成时间请设在${EXPECTED_MAX_DAYS}天以内` }));
  return act(command, { action: 'setExpected', expectedAt, ...withNote(command.note) }, caller, deps);
};

/** Resolving a repair needs a photo of the fix: "marked fixed when it is not" is what residents complain of. */
export const resolveTicket = async (
  command: ParsedInput<typeof tickets.resolveTicket>,
  caller: Caller,
  deps: TicketsDeps,
): Promise<Result<TicketDetail>> => {
  const ticket = await deps.tickets.byId(command.ticketId);
  if (!ticket) return notFound(NOT_FOUND_MESSAGE);
  if (ticket.kind === 'repair' && command.photos.length === 0) return invalidInput({ photos: '请上传处理后的照片' });
  const photos = await checkOwnedUploads(command.photos, { ownerId: caller.user.id, purpose: 'ticket', field: 'photos' }, deps);
  if (!photos.ok) return photos;
  return act(command, { action: 'resolve', note: command.note, photos: photos.data }, caller, deps);
};

/** Whom a ticket can be given to: community staff and property people. */
export const listHandlers = async (deps: Pick<TicketsDeps, 'users'>): Promise<Result<HandlerView[]>> => {
  const [staff, property] = await Promise.all([deps.users.list({ role: 'staff' }, 50), deps.users.list({ role: 'property' }, 50)]);
  const seen = new Set<string>();
  const out: HandlerView[] = [];
  for (const [users, role] of [
    [staff.items, 'staff'],
    [property.items, 'property'],
  ] as const) {
    for (const u of users) {
      if (seen.has(u.id)) continue;
      seen.add(u.id);
      out.push({ id: u.id, name: displayName(u), role });
    }
  }
  return ok(out);
};
