import type { ParsedInput } from '@contracts/action';
import type { Page } from '@contracts/fields';
import type { FairSummary, fairs } from '@contracts/fairs';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { decodeCursor } from '../../../platform/paging';
import type { FairsDeps } from '../../deps';
import { toFairSummary } from '../../views';

/** Published fairs that are not over, soonest first: what residents see. */
export const listFairs = async (command: ParsedInput<typeof fairs.listFairs>, deps: FairsDeps): Promise<Result<Page<FairSummary>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const page = await deps.fairs.upcoming(deps.clock.now(), command.limit, command.cursor);
  return ok({ items: page.items.map(toFairSummary), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};

/** Every fair, newest first, for staff. */
export const listAllFairs = async (
  command: ParsedInput<typeof fairs.listAllFairs>,
  deps: FairsDeps,
): Promise<Result<Page<FairSummary>>> => {
  if (command.cursor && !decodeCursor(command.cursor)) return invalidInput({ cursor: '分页参数不对' });
  const page = await deps.fairs.list(command.status, command.limit, command.cursor);
  return ok({ items: page.items.map(toFairSummary), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) });
};
