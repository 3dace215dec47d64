import type { MeView } from '@contracts/users';
import { ok, type Result } from '../../../kernel/result';
import type { Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { toMeView } from '../../views';

export const me = async (caller: Caller, deps: UsersDeps): Promise<Result<MeView>> =>
  ok(toMeView(caller.user, deps.config.communityName, deps.clock.now()));
