import type { ParsedInput } from '@contracts/action';
import type { UserRow, users } from '@contracts/users';
import { invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { displayName, type Household } from '../../domain/user';
import { toUserRow } from '../../views';

export type VerifyHouseholdCommand = ParsedInput<typeof users.verifyHousehold>;

export const verifyHousehold = async (command: VerifyHouseholdCommand, caller: Caller, deps: UsersDeps): Promise<Result<UserRow>> => {
  const target = await deps.users.byId(command.userId);
  if (!target) return notFound('找不到这个用户');
  if (!target.household) return invalidInput({ userId: '这位用户还没有绑定房屋' });
  if (!command.approve && !command.note) return invalidInput({ note: '不通过时请写明原因，方便居民修改' });
  const now = deps.clock.now();
  const { note: _previousNote, ...rest } = target.household;
  const household: Household = {
    ...rest,
    status: command.approve ? 'verified' : 'rejected',
    reviewedBy: caller.user.id,
    reviewedAt: now,
    ...(command.note ? { note: command.note } : {}),
  };
  await deps.users.update(target.id, { household }, now);
  const h = target.household;
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'verifyHousehold',
    targetType: 'user',
    targetId: target.id,
    targetName: displayName(target),
    detail: `${command.approve ? '核实通过' : '核实不通过'}：${h.buildingName}${h.unit}${h.room}${command.note ? `（${command.note}）` : ''}`,
  });
  return ok(toUserRow({ ...target, household, updatedAt: now }, now));
};
