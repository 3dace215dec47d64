import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { conflict, invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import type { FairsDeps } from '../../deps';
import { checkFairForm } from '../create-fair/create-fair';
import { fairDetail } from '../get-fair/fair-detail';

/** Edits a fair. Its day and hours can only change while it has no stalls (slots follow the hours). */
export const updateFair = async (
  command: ParsedInput<typeof fairs.updateFair>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair) return notFound('找不到这次大集');
  if (fair.status === 'cancelled') return conflict('这次大集已取消，不能修改');
  const keepCover = fair.coverFileId && command.coverFileIds[0] === fair.coverFileId;
  const checked = await checkFairForm({ ...command, coverFileIds: keepCover ? [] : command.coverFileIds }, caller, deps);
  if (!checked.ok) return checked;
  const moved = checked.data.opensAt.getTime() !== fair.opensAt.getTime() || checked.data.closesAt.getTime() !== fair.closesAt.getTime();
  if (moved && fair.stallCount > 0) return invalidInput({ date: '已有摊位的大集不能修改日期和时间' });
  const now = deps.clock.now();
  await deps.fairs.update(
    fair.id,
    {
      title: command.title,
      date: command.date,
      opensAt: checked.data.opensAt,
      closesAt: checked.data.closesAt,
      place: command.place,
      description: command.description,
      coverFileId: keepCover ? fair.coverFileId : checked.data.cover,
      bookingCap: command.bookingCap,
    },
    now,
  );
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'updateFair',
    targetType: 'fair',
    targetId: fair.id,
    targetName: command.title,
    detail: `修改大集：${command.date} ${command.opensAt}-${command.closesAt} ${command.place}，每人可预约${command.bookingCap}个`,
  });
  return ok(await fairDetail((await deps.fairs.byId(fair.id)) ?? fair, caller, deps));
};
