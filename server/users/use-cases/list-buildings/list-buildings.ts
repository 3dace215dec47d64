import type { BuildingView } from '@contracts/users';
import { ok, type Result } from '../../../kernel/result';
import type { UsersDeps } from '../../deps';
import { displayName } from '../../domain/user';
import { toBuildingView } from '../../views';

export const listBuildings = async (deps: UsersDeps): Promise<Result<BuildingView[]>> => {
  const buildings = await deps.buildings.all();
  const workerIds = [...new Set(buildings.flatMap((b) => (b.gridWorkerId ? [b.gridWorkerId] : [])))];
  const workers = new Map((await deps.users.byIds(workerIds)).map((u) => [u.id, u]));
  return ok(
    buildings.map((b) => {
      const worker = b.gridWorkerId ? workers.get(b.gridWorkerId) : undefined;
      return toBuildingView(b, worker ? { id: worker.id, name: displayName(worker) } : undefined);
    }),
  );
};
