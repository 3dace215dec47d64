import type { ParsedInput } from '@contracts/action';
import type { fairs, ResidentMatch } from '@contracts/fairs';
import { ok, type Result } from '../../../kernel/result';
import type { FairsDeps } from '../../deps';
import { homeOf, isElder, isOffline, nameOf } from '../../people';

/**
 * Staff and volunteers find a resident to book for (an elder without a phone): by name, and
 * room when given. Only name and home are shown, never a phone number.
 */
export const findResidents = async (
  command: ParsedInput<typeof fairs.findResidents>,
  deps: FairsDeps,
): Promise<Result<ResidentMatch[]>> => {
  const page = await deps.users.list({ role: 'resident', keyword: command.name }, 50);
  const now = deps.clock.now();
  return ok(
    page.items
      .filter((u) => u.household?.status === 'verified' && (!command.room || u.household.room === command.room))
      .slice(0, 20)
      .map((u) => ({ id: u.id, name: nameOf(u), home: homeOf(u.household), isElder: isElder(u, now), offline: isOffline(u) })),
  );
};

/** Volunteers staff can put on shifts. */
export const listVolunteers = async (deps: FairsDeps): Promise<Result<{ id: string; name: string }[]>> => {
  const out: { id: string; name: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.users.list({ role: 'volunteer' }, 200, cursor);
    out.push(...page.items.map((u) => ({ id: u.id, name: nameOf(u) })));
    cursor = page.nextCursor;
  } while (cursor && out.length < 1000);
  return ok(out);
};
