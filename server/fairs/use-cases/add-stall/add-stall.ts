import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { conflict, invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import type { FairsDeps } from '../../deps';
import { fairDetail } from '../get-fair/fair-detail';
import { createStall } from './create-stall';

export const addStall = async (
  command: ParsedInput<typeof fairs.addStall>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair) return notFound('找不到这次大集');
  if (fair.status === 'cancelled') return conflict('这次大集已取消');
  const now = deps.clock.now();
  if (fair.closesAt <= now) return conflict('这次大集已经结束');
  if (command.mode === 'slots' && (fair.closesAt.getTime() - fair.opensAt.getTime()) / 60_000 < command.slotMinutes) {
    return invalidInput({ slotMinutes: '每个时段不能比大集开放时间还长' });
  }
  if (command.audience === 'building' && command.buildingIds.length === 0) return invalidInput({ buildingIds: '请选择可以预约的楼栋' });
  const opensAt = command.bookingOpensAt ? new Date(command.bookingOpensAt) : undefined;
  if (opensAt && opensAt >= fair.closesAt) return invalidInput({ bookingOpensAt: '开放预约时间应在大集结束之前' });
  const stall = await createStall(
    fair,
    {
      service: command.service,
      serviceType: command.serviceType,
      team: command.team,
      location: command.location,
      mode: command.mode,
      slotMinutes: command.slotMinutes,
      capacity: command.capacity,
      audience: command.audience,
      buildingIds: command.buildingIds,
      ...(opensAt ? { bookingOpensAt: opensAt } : {}),
    },
    `req:${caller.user.id}:${command.requestId}`,
    deps,
  );
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'addFairStall',
    targetType: 'fair',
    targetId: fair.id,
    targetName: fair.title,
    detail: `添加摊位：${stall.service}`,
  });
  const fresh = (await deps.fairs.byId(fair.id)) ?? fair;
  return ok(await fairDetail(fresh, caller, deps));
};
