import { mayCall } from '@contracts/action';
import { TICKET_STATUSES, tickets, type TicketAction } from '@contracts/tickets';
import { createDomainFunction } from '../app/domain-function';
import { contextFor, startTestCloud, type TestCloud } from '../../test/support/cloud';
import { HOSTILE_INPUTS, hostileFieldValues } from '../../test/support/hostile';
import { makeCaller, PERSONAS } from '../../test/support/personas';
import type { Caller } from '../users/caller';
import { ticketsDeps } from './deps';
import type { Actor } from './domain/state-machine';
import { ticketsHandlers } from './handlers';
import { EXPECTED, expectedNext } from './testing/expected-transitions';
import { SETUP_MS, rid, ticketInState, ticketWorld, type TicketWorld } from './testing/fixtures';

// The matrices make hundreds of calls each: seconds alone, more on a busy machine.
jest.setTimeout(60_000);

let t: TestCloud;
let w: TicketWorld;
let main: ReturnType<typeof createDomainFunction>;
beforeAll(async () => {
  t = await startTestCloud();
  w = await ticketWorld(t);
  main = createDomainFunction({
    fn: 'tickets',
    actions: tickets,
    handlers: ticketsHandlers,
    deps: ticketsDeps,
    platform: () => t.platform,
  });
}, SETUP_MS);
afterAll(() => t.close());

const names = Object.keys(tickets) as (keyof typeof tickets)[];
const call = (caller: Caller, action: string, input: unknown) => main({ action, input }, contextFor(caller.openid));

describe('tickets function entry', () => {
  it.each(PERSONAS.map((p) => [p.key, p.roles] as const))('lets %s call exactly the actions their roles allow', async (_key, roles) => {
    const caller = await makeCaller(t.platform, roles);
    for (const name of names) {
      const result = await call(caller, name, {});
      const refused = !result.ok && result.error.code === 'FORBIDDEN';
      expect({ action: name, refused }).toEqual({ action: name, refused: !mayCall(tickets[name].access, caller.roles) });
    }
  });

  it('answers a call without a platform identity with UNAUTHENTICATED', async () => {
    expect(await main({ action: 'listCategories' }, {})).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('gives every action INVALID_INPUT with a Chinese message for hostile input, and writes nothing', async () => {
    const staff = await makeCaller(t.platform, ['staff']);
    const ticket = await ticketInState(w, t, 'accepted');
    const snapshot = async () => {
      const counts: Record<string, number> = {};
      for (const c of ['tickets', 'ticket_events', 'ticket_categories', 'inbox', 'audit_log'])
        counts[c] = (await t.platform.db.collection(c).count()).total;
      return { counts, ticket: (await t.platform.db.collection('tickets').where({ _id: ticket.id }).get()).data };
    };
    const before = await snapshot();
    for (const name of names) {
      for (const { label, input } of HOSTILE_INPUTS) {
        const result = await call(staff, name, input);
        expect({ name, label, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, label, code: 'INVALID_INPUT' });
        if (!result.ok) expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/);
      }
      const valid = { ...VALID_INPUTS[name], ...('ticketId' in (VALID_INPUTS[name] ?? {}) ? { ticketId: ticket.id } : {}) };
      for (const [field, good] of Object.entries(VALID_INPUTS[name] ?? {})) {
        for (const value of hostileFieldValues.filter((v) => !sameShape(good, v))) {
          const result = await call(staff, name, { ...valid, [field]: value });
          expect({ name, field, value, code: result.ok ? 'ok' : result.error.code }).toEqual({ name, field, value, code: 'INVALID_INPUT' });
          if (!result.ok) {
            const named = Object.entries(result.error.fields ?? {}).filter(([key]) => key === field || key.startsWith(`${field}.`));
            expect({ name, field, named: named.length > 0 && named.every(([, m]) => /[\u4e00-\u9fa5]/.test(m)) }).toEqual({
              name,
              field,
              named: true,
            });
          }
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

/** Person actions of the state machine and the contract action that does each, with a valid input. */
const PERSON_ACTIONS: Record<
  Exclude<TicketAction, 'autoConfirm' | 'markOverdue'>,
  { name: keyof typeof tickets; input: () => Record<string, unknown> }
> = {
  accept: { name: 'acceptTicket', input: () => ({}) },
  assign: { name: 'assignTicket', input: () => ({ assigneeId: w.staff.user.id, note: '转给社区' }) },
  reply: { name: 'replyTicket', input: () => ({ text: '收到，马上安排' }) },
  setExpected: { name: 'setExpectedTime', input: () => ({ expectedAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString() }) },
  start: { name: 'startTicket', input: () => ({}) },
  resolve: { name: 'resolveTicket', input: () => ({ note: '已清理干净' }) },
  reject: { name: 'rejectTicket', input: () => ({ reason: '这不归社区管' }) },
  cancel: { name: 'cancelTicket', input: () => ({}) },
  nudge: { name: 'nudgeTicket', input: () => ({}) },
  confirm: { name: 'confirmTicket', input: () => ({ stars: 5 }) },
  reopen: { name: 'reopenTicket', input: () => ({ reason: '还是满的' }) },
  rate: { name: 'rateTicket', input: () => ({ stars: 4 }) },
};

describe('state machine through the function: every state × action × person', () => {
  // The ticket is a listed complaint handled by the property company (assigned to 孙师傅 once accepted).
  const people = (): { key: string; caller: Caller; actors: Actor[] }[] => [
    { key: 'reporter', caller: w.reporter, actors: ['reporter'] },
    { key: 'neighbour', caller: w.neighbour, actors: [] },
    { key: 'staff', caller: w.staff, actors: ['staff'] },
    { key: 'property', caller: w.property, actors: ['handler'] },
    { key: 'grid_worker', caller: w.grid, actors: [] },
  ];
  const volunteer = async (): Promise<Caller> => makeCaller(t.platform, ['volunteer', 'resident'], '陈志远');

  it.each(TICKET_STATUSES)('from %s', async (status) => {
    const all = [...people(), { key: 'volunteer', caller: await volunteer(), actors: [] as Actor[] }];
    for (const [action, spec] of Object.entries(PERSON_ACTIONS) as [
      keyof typeof PERSON_ACTIONS,
      (typeof PERSON_ACTIONS)[keyof typeof PERSON_ACTIONS],
    ][]) {
      for (const person of all) {
        const ticket = await ticketInState(w, t, status);
        const result = await call(person.caller, spec.name, { ticketId: ticket.id, requestId: rid(), ...spec.input() });
        const next = person.actors.map((a) => expectedNext(status, action, a)).find(Boolean);
        const mayAct = person.actors.some((a) => EXPECTED[action].by.includes(a));
        const expected = !mayCall(tickets[spec.name].access, person.caller.roles)
          ? 'FORBIDDEN'
          : next
            ? 'ok'
            : mayAct
              ? 'CONFLICT'
              : 'FORBIDDEN';
        const got = result.ok ? 'ok' : result.error.code;
        expect({ status, action, person: person.key, got }).toEqual({ status, action, person: person.key, got: expected });
        const stored = await w.deps.tickets.byId(ticket.id);
        expect({ status, action, person: person.key, now: stored?.status }).toEqual({
          status,
          action,
          person: person.key,
          now: next ?? status,
        });
        const events = await w.deps.events.timeline(ticket.id);
        expect({ status, action, person: person.key, events: events.length }).toEqual({
          status,
          action,
          person: person.key,
          events: next ? 2 : 1,
        });
      }
    }
  });
});

/** `true` is a fine boolean and `['array']` a fine list: only values of another shape are hostile. */
const sameShape = (valid: unknown, value: unknown) =>
  (typeof valid === 'boolean' && typeof value === 'boolean') || (Array.isArray(valid) && Array.isArray(value));

const change = { ticketId: 'tk1', requestId: 'req-000001' };
const photo = 'cloud://local.6c6f-local-1250000000/uploads/ticket/20261119/abc.jpg';

/** A valid input per action that takes fields; each field is then replaced by hostile values. */
const VALID_INPUTS: Partial<Record<(typeof names)[number], Record<string, unknown>>> = {
  submitTicket: {
    requestId: 'req-000001',
    kind: 'repair',
    categoryId: 'water_power',
    description: '水管漏水',
    photos: [photo],
    where: 'public',
    buildingId: 'b1',
    spot: '1号楼门口',
    point: { latitude: 36.8, longitude: 118 },
    public: true,
  },
  findSimilar: { categoryId: 'water_power', buildingId: 'b1', spot: '1号楼门口', point: { latitude: 36.8, longitude: 118 } },
  followTicket: { ticketId: 'tk1' },
  listMyTickets: { scope: 'reported', limit: 10 },
  listPublicTickets: { limit: 10 },
  getTicket: { ticketId: 'tk1' },
  nudgeTicket: { ...change },
  cancelTicket: { ...change, reason: '不用修了' },
  confirmTicket: { ...change, stars: 5, comment: '很好' },
  reopenTicket: { ...change, reason: '还漏', photos: [photo] },
  rateTicket: { ...change, stars: 5, comment: '很好' },
  listQueue: { status: 'open', categoryId: 'water_power', buildingId: 'b1', assigned: 'me', limit: 10 },
  acceptTicket: { ...change, note: '好' },
  assignTicket: { ...change, assigneeId: 'u1', note: '转给物业' },
  replyTicket: { ...change, text: '收到', photos: [photo] },
  setExpectedTime: { ...change, expectedAt: '2026-11-20T10:00:00+08:00', note: '明天' },
  startTicket: { ...change, note: '出发' },
  resolveTicket: { ...change, note: '修好了', photos: [photo] },
  rejectTicket: { ...change, reason: '不归社区管' },
  revealContact: { ticketId: 'tk1' },
  saveCategory: {
    id: 'water_power',
    name: '水电',
    handler: 'property',
    firstResponseHours: 2,
    resolutionHours: 24,
    active: true,
    order: 10,
  },
  dashboard: { month: 'this' },
  exportDashboard: { month: 'last' },
};
