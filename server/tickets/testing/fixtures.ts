import { randomBytes } from 'node:crypto';
import type { ActionDef, ActionInput, ParsedInput } from '@contracts/action';
import type { Role } from '@contracts/roles';
import { tickets, type TicketDetail, type TicketStatus } from '@contracts/tickets';
import { validateInput } from '@contracts/validate';
import type { TestCloud } from '../../../test/support/cloud';
import { dataOf } from '../../../test/support/envelope';
import { makeCaller } from '../../../test/support/personas';
import { cloudbaseUploadRepo } from '../../files/upload-repo';
import { prepareUploads } from '../../files/uploads';
import { resolveCaller, type Caller } from '../../users/caller';
import { usersDeps } from '../../users/deps';
import { ticketsDeps, type TicketsDeps } from '../deps';
import type { Ticket } from '../domain/ticket';
import { submitTicket } from '../use-cases/submit-ticket/submit-ticket';

/** A fresh local cloud and its people take about a second alone, far more while other suites share the cores. */
export const SETUP_MS = 60_000;

/** A fresh client request id, as the app makes one per change. */
export const rid = (): string => randomBytes(9).toString('base64url');

/** Parses input with the action's schema, as the function entry does before the use case runs. */
export const parsed = <A extends ActionDef>(def: A, input: ActionInput<A>): ParsedInput<A> => {
  const result = validateInput(def.input, input);
  if (!result.ok) throw new Error(`test input invalid for ${def.name}: ${JSON.stringify(result.fields)}`);
  return result.value as ParsedInput<A>;
};

export interface TicketWorld {
  deps: TicketsDeps;
  staff: Caller;
  property: Caller;
  grid: Caller;
  reporter: Caller;
  neighbour: Caller;
}

/** Three buildings (b1, b2 with a grid worker; b3 without), and one person per part people play. */
export const ticketWorld = async (t: TestCloud): Promise<TicketWorld> => {
  const deps = ticketsDeps(t.platform);
  const grid = await makeCaller(t.platform, ['grid_worker', 'resident'], '刘建国');
  const buildings = t.platform.db.collection('buildings');
  await buildings.add({ _id: 'b1', name: '1号楼', units: ['1单元', '2单元'], order: 1, gridWorkerId: grid.user.id });
  await buildings.add({ _id: 'b2', name: '2号楼', units: ['1单元'], order: 2, gridWorkerId: grid.user.id });
  await buildings.add({ _id: 'b3', name: '3号楼', units: ['1单元'], order: 3 });
  const [staff, property, reporter, neighbour] = await Promise.all([
    makeCaller(t.platform, ['staff'], '张丽'),
    makeCaller(t.platform, ['property'], '孙师傅'),
    householder(t, '王秀英', { buildingId: 'b1', unit: '1单元', room: '301' }),
    householder(t, '李明', { buildingId: 'b2', unit: '1单元', room: '502' }),
  ]);
  return { deps, grid, staff, property, reporter, neighbour };
};

/** A resident with a verified household and a phone number. */
export const householder = async (
  t: TestCloud,
  name: string,
  home: { buildingId: string; unit: string; room: string },
  roles: Role[] = ['resident'],
): Promise<Caller> => {
  const caller = await makeCaller(t.platform, roles, name);
  const deps = usersDeps(t.platform);
  const buildingName = `${home.buildingId.slice(1)}号楼`;
  await deps.users.update(
    caller.user.id,
    { phone: '13800001111', household: { ...home, buildingName, status: 'verified' } },
    t.clock.now(),
  );
  return resolveCaller(caller.openid, deps);
};

/** Uploads `count` small photos as this person, the way the app does (reserve, then store). */
export const photosOf = async (t: TestCloud, caller: Caller, count: number): Promise<string[]> => {
  if (count === 0) return [];
  const deps = { uploads: cloudbaseUploadRepo(t.platform.db), clock: t.clock };
  const { uploads } = dataOf(
    await prepareUploads(
      { purpose: 'ticket', files: Array.from({ length: count }, () => ({ ext: 'jpg' as const })) },
      caller.user.id,
      deps,
    ),
  );
  return Promise.all(uploads.map((u) => t.linli.cloud.storage.put(u.cloudPath, Buffer.from(`photo ${u.cloudPath}`))));
};

export type SubmitInput = ActionInput<typeof tickets.submitTicket>;

export const householdRepair = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  requestId: rid(),
  kind: 'repair',
  categoryId: 'water_power',
  description: '厨房水管漏水，地上都是水',
  where: 'household',
  public: false,
  ...over,
});

export const publicSpot = (over: Partial<SubmitInput> = {}): SubmitInput => ({
  requestId: rid(),
  kind: 'repair',
  categoryId: 'facilities',
  description: '路灯不亮，晚上很黑',
  where: 'public',
  buildingId: 'b1',
  spot: '1号楼东侧路灯',
  public: true,
  ...over,
});

export const submit = async (w: TicketWorld, caller: Caller, input: SubmitInput): Promise<TicketDetail> =>
  dataOf(await submitTicket(parsed(tickets.submitTicket, input), caller, w.deps));

let made = 0;

/**
 * A ticket put straight into a state (with the fields that state implies), for tests that need
 * many tickets in given states: a complaint about the property company's work, listed publicly.
 */
export const ticketInState = async (w: TicketWorld, t: TestCloud, status: TicketStatus, over: Partial<Ticket> = {}): Promise<Ticket> => {
  made += 1;
  const now = t.clock.now();
  const id = `tk${process.pid}x${made}`;
  const started = status !== 'submitted';
  const ticket: Ticket = {
    id,
    version: 1,
    kind: 'complaint',
    categoryId: 'sanitation',
    categoryName: '环境卫生',
    handlerOrg: 'property',
    firstResponseHours: 4,
    resolutionHours: 24,
    status,
    description: '垃圾桶满了没人清',
    photos: [],
    place: { type: 'public', buildingId: 'b1', buildingName: '1号楼', spot: '1号楼门口', spotKey: '1号楼门口' },
    buildingId: 'b1',
    public: true,
    listed: true,
    held: false,
    reporterId: w.reporter.user.id,
    assigneeId: started ? w.property.user.id : '',
    ...(started ? { assigneeName: '孙师傅', assigneeRole: 'property' as const, firstResponseAt: now } : {}),
    followerIds: [],
    createdAt: now,
    updatedAt: now,
    responseDueAt: new Date(now.getTime() + 4 * 3600_000),
    resolutionDueAt: new Date(now.getTime() + 24 * 3600_000),
    overdue: false,
    wasOverdue: false,
    reopenCount: 0,
    ...(status === 'resolved' || status === 'closed' ? { resolvedAt: now } : {}),
    ...(['closed', 'rejected', 'cancelled'].includes(status) ? { closedAt: now } : {}),
    ...over,
  };
  const { id: _id, ...fields } = ticket;
  await t.platform.db.collection('tickets').doc(id).set(fields);
  await t.platform.db.collection('ticket_events').add({
    ticketId: id,
    seq: 1,
    action: 'submit',
    actor: { kind: 'reporter', userId: ticket.reporterId, name: '王秀英' },
    at: now,
    status: 'submitted',
    photos: [],
  });
  return ticket;
};
