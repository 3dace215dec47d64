import type { ParsedInput } from '@contracts/action';
import type { MeView, users } from '@contracts/users';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { shanghaiParts } from '@contracts/time';
import type { Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { toMeView } from '../../views';

export type UpdateProfileCommand = ParsedInput<typeof users.updateProfile>;

export const birthYearProblem = (birthYear: number | undefined, now: Date): string | undefined =>
  birthYear !== undefined && birthYear > shanghaiParts(now).year ? '出生年份不能晚于今年' : undefined;

export const updateProfile = async (command: UpdateProfileCommand, caller: Caller, deps: UsersDeps): Promise<Result<MeView>> => {
  const now = deps.clock.now();
  const problem = birthYearProblem(command.birthYear, now);
  if (problem) return invalidInput({ birthYear: problem });
  const patch = {
    name: command.name,
    ...(command.birthYear !== undefined ? { birthYear: command.birthYear } : {}),
    ...(command.phone !== undefined ? { phone: command.phone || undefined } : {}),
  };
  await deps.users.update(caller.user.id, patch, now);
  return ok(toMeView({ ...caller.user, ...patch, updatedAt: now }, deps.config.communityName, now));
};
