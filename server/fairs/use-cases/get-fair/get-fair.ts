import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { notFound, ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../../users/caller';
import { isStaff } from '../../access';
import type { FairsDeps } from '../../deps';
import { fairDetail } from './fair-detail';

/** Residents see published (and cancelled) fairs; drafts only staff. */
export const getFair = async (command: ParsedInput<typeof fairs.getFair>, caller: Caller, deps: FairsDeps): Promise<Result<FairDetail>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair || (fair.status === 'draft' && !isStaff(caller))) return notFound('找不到这次大集');
  return ok(await fairDetail(fair, caller, deps));
};
