import { createHash } from 'node:crypto';
import type { ParsedInput } from '@contracts/action';
import type { relatives, RelativeLinkView, RelativeView } from '@contracts/relatives';
import type { AuditLog } from '../../audit/audit-log';
import type { Clock } from '../../kernel/clock';
import { invalidInput, notFound, ok, type Result } from '../../kernel/result';
import { auditActor, type Caller } from '../../users/caller';
import { displayName, type User } from '../../users/domain/user';
import type { BuildingRepo } from '../../users/infra/building-repo';
import type { UserRepo } from '../../users/infra/user-repo';
import type { RelativeLink, RelativeRepo } from '../relative-repo';

export interface RelativesDeps {
  users: UserRepo;
  buildings: BuildingRepo;
  relatives: RelativeRepo;
  audit: AuditLog;
  clock: Clock;
}

/** The OPENID of a person registered by staff: never one WeChat gives, so nobody can sign in as them. */
export const offlineOpenid = (staffId: string, requestId: string): string =>
  `offline:${createHash('sha256').update(`${staffId}|${requestId}`).digest('base64url').slice(0, 22)}`;

const home = (u: User) => (u.household ? `${u.household.buildingName}${u.household.unit}${u.household.room}` : '');
const view = (u: User): RelativeView => ({ id: u.id, name: displayName(u), home: home(u) });

const linkView = (link: RelativeLink, names: Map<string, string>): RelativeLinkView => ({
  elderId: link.elderId,
  elderName: names.get(link.elderId) ?? '',
  relativeId: link.relativeId,
  relativeName: names.get(link.relativeId) ?? '',
  linkedAt: link.linkedAt.toISOString(),
});

export const myRelatives = async (caller: Caller, deps: RelativesDeps): Promise<Result<RelativeView[]>> => {
  const links = await deps.relatives.eldersOf(caller.user.id);
  return ok((await deps.users.byIds(links.map((l) => l.elderId))).map(view));
};

export const linksOf = async (command: ParsedInput<typeof relatives.linksOf>, deps: RelativesDeps): Promise<Result<RelativeLinkView[]>> => {
  const links = [...(await deps.relatives.relativesOf(command.userId)), ...(await deps.relatives.eldersOf(command.userId))];
  const people = await deps.users.byIds([...new Set(links.flatMap((l) => [l.elderId, l.relativeId]))]);
  const names = new Map(people.map((u) => [u.id, displayName(u)]));
  return ok(links.map((l) => linkView(l, names)));
};

export const linkRelative = async (
  command: ParsedInput<typeof relatives.linkRelative>,
  caller: Caller,
  deps: RelativesDeps,
): Promise<Result<RelativeLinkView>> => {
  if (command.elderId === command.relativeId) return invalidInput({ relativeId: '不能关联本人' });
  const [elder, relative] = await Promise.all([deps.users.byId(command.elderId), deps.users.byId(command.relativeId)]);
  if (!elder) return notFound('找不到这位长者');
  if (!relative) return notFound('找不到这位家人');
  const now = deps.clock.now();
  const link = await deps.relatives.link(elder.id, relative.id, caller.user.id, now);
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'linkRelative',
    targetType: 'user',
    targetId: elder.id,
    targetName: displayName(elder),
    detail: `关联家人：${displayName(relative)}可代为预约`,
  });
  return ok(
    linkView(
      link,
      new Map([
        [elder.id, displayName(elder)],
        [relative.id, displayName(relative)],
      ]),
    ),
  );
};

export const unlinkRelative = async (
  command: ParsedInput<typeof relatives.unlinkRelative>,
  caller: Caller,
  deps: RelativesDeps,
): Promise<Result<{ unlinked: boolean }>> => {
  const now = deps.clock.now();
  const unlinked = await deps.relatives.unlink(command.elderId, command.relativeId, caller.user.id, now);
  if (unlinked) {
    const [elder, relative] = await Promise.all([deps.users.byId(command.elderId), deps.users.byId(command.relativeId)]);
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'unlinkRelative',
      targetType: 'user',
      targetId: command.elderId,
      targetName: elder ? displayName(elder) : '',
      detail: `解除关联：${relative ? displayName(relative) : ''}`,
    });
  }
  return ok({ unlinked });
};

/** Registers an elder without a phone, verified on the spot by the staff member; a retry registers once. */
export const registerOffline = async (
  command: ParsedInput<typeof relatives.registerOffline>,
  caller: Caller,
  deps: RelativesDeps,
): Promise<Result<RelativeView>> => {
  const building = await deps.buildings.byId(command.buildingId);
  if (!building) return invalidInput({ buildingId: '请选择小区里的楼栋' });
  if (!building.units.includes(command.unit)) return invalidInput({ unit: `${building.name}没有这个单元` });
  const now = deps.clock.now();
  const openid = offlineOpenid(caller.user.id, command.requestId);
  const created = await deps.users.create({
    openid,
    name: command.name,
    roles: ['resident'],
    birthYear: command.birthYear,
    household: {
      buildingId: building.id,
      buildingName: building.name,
      unit: command.unit,
      room: command.room,
      status: 'verified',
      reviewedBy: caller.user.id,
      reviewedAt: now,
    },
    createdAt: now,
    updatedAt: now,
  });
  const user = created ?? (await deps.users.byOpenid(openid));
  if (!user) throw new Error('offline resident vanished right after a duplicate-key insert');
  if (created) {
    await deps.audit.record({
      at: now,
      ...auditActor(caller),
      action: 'registerOffline',
      targetType: 'user',
      targetId: user.id,
      targetName: displayName(user),
      detail: `登记没有手机的居民：${home(user)}`,
    });
  }
  return ok(view(user));
};
