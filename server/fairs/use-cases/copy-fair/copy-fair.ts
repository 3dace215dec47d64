import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { atClock } from '../../domain/fair';
import type { FairsDeps } from '../../deps';
import { fairDetail } from '../get-fair/fair-detail';
import { copyInto, templateOf } from './copy-into';

/** "Copy from the last fair": the given fair (or the latest one) again on a new day, as a draft. */
export const copyFair = async (
  command: ParsedInput<typeof fairs.copyFair>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const createKey = `req:${caller.user.id}:${command.requestId}`;
  // A retry continues from the same source, even if "the latest fair" is now the copy itself.
  const earlier = await deps.fairs.byCreateKey(createKey);
  const sourceId = earlier?.copiedFrom ?? command.fromFairId;
  const source = sourceId ? await deps.fairs.byId(sourceId) : await deps.fairs.latest();
  if (!source) return notFound('还没有可以复制的大集');
  const template = templateOf(source);
  if (atClock(command.date, template.closesAt) <= deps.clock.now()) return invalidInput({ date: '这个日期已经过去了' });
  const fair = await copyInto(template, { date: command.date, createKey, createdBy: caller.user.id }, deps);
  await deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action: 'copyFair',
    targetType: 'fair',
    targetId: fair.id,
    targetName: fair.title,
    detail: `复制大集：${source.date} → ${fair.date}，${fair.stallCount}个摊位`,
  });
  return ok(await fairDetail(fair, caller, deps));
};
