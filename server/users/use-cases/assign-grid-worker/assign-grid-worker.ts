import type { ParsedInput } from '@contracts/action';
import type { BuildingView, users } from '@contracts/users';
import { invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../caller';
import type { UsersDeps } from '../../deps';
import { displayName } from '../../domain/user';
import { toBuildingView } from '../../views';

export type AssignGridWorkerCommand = ParsedInput<typeof users.assignGridWorker>;

export const assignGridWorker = async (
  command: AssignGridWorkerCommand,
  caller: Caller,
  deps: UsersDeps,
): Promise<Result<BuildingView>> => {
  const building = await deps.buildings.byId(command.buildingId);
  if (!building) return notFound('找不到这栋楼');
  const worker = await deps.users.byId(command.userId);
  if (!worker) return notFound('找不到这个用户');
  if (!worker.roles.includes('grid_worker')) return invalidInput({ userId: '请先给这位用户授予「网格员」身份' });
  await deps.buildings.setGridWorker(building.id, worker.id);
  await deps.audit.record({
    at: deps.clock.now(),
    ...auditActor(caller),
    action: 'assignGridWorker',
    targetType: 'building',
    targetId: building.id,
    targetName: building.name,
    detail: `网格员：${displayName(worker)}`,
  });
  return ok(toBuildingView({ ...building, gridWorkerId: worker.id }, { id: worker.id, name: displayName(worker) }));
};
