import type { ParsedInput } from '@contracts/action';
import type { MeView, users } from '@contracts/users';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { hasUnit } from '../../domain/building';
import { withRole, type Household, type User } from '../../domain/user';
import { toMeView } from '../../views';
import { birthYearProblem } from '../update-profile/update-profile';

export type BindHouseholdCommand = ParsedInput<typeof users.bindHousehold>;

const sameAddress = (a: Household | undefined, b: Pick<Household, 'buildingId' | 'unit' | 'room'>) =>
  a !== undefined && a.buildingId === b.buildingId && a.unit === b.unit && a.room === b.room;

/**
 * A resident says where they live. Staff verify it later; until then it is "pending". Binding
 * the same address again keeps an earlier verification; a new address needs a new one.
 */
export const bindHousehold = async (command: BindHouseholdCommand, caller: Caller, deps: UsersDeps): Promise<Result<MeView>> => {
  const now = deps.clock.now();
  const building = await deps.buildings.byId(command.buildingId);
  if (!building) return invalidInput({ buildingId: '请选择小区里的楼栋' });
  if (!hasUnit(building, command.unit)) return invalidInput({ unit: `${building.name}没有这个单元` });
  const problem = birthYearProblem(command.birthYear, now);
  if (problem) return invalidInput({ birthYear: problem });

  const previous = caller.user.household;
  const address = { buildingId: building.id, unit: command.unit, room: command.room };
  const household: Household =
    sameAddress(previous, address) && previous
      ? { ...previous, buildingName: building.name }
      : { ...address, buildingName: building.name, status: 'pending' };

  const patch = {
    name: command.name,
    household,
    ...(command.birthYear !== undefined ? { birthYear: command.birthYear } : {}),
    ...(command.phone !== undefined ? { phone: command.phone || undefined } : {}),
  };
  await deps.users.update(caller.user.id, patch, now);
  if (!caller.user.roles.includes('resident')) await deps.users.addRole(caller.user.id, 'resident', now);

  const updated: User = { ...caller.user, ...patch, roles: withRole(caller.user.roles, 'resident'), updatedAt: now };
  return ok(toMeView(updated, deps.config.communityName, now));
};
