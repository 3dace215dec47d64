import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { shanghaiDateTime } from '@contracts/time';
import { conflict, invalidInput, notFound, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import type { Fair } from '../../domain/fair';
import type { FairsDeps } from '../../deps';
import { fairLink } from '../../notify';
import { recipientsOf } from '../../people';
import { fairDetail } from '../get-fair/fair-detail';

/** Every resident's inbox gets the new fair (once, however often this runs). */
export const announceFair = async (fair: Fair, deps: Pick<FairsDeps, 'users' | 'notifier'>): Promise<number> => {
  let cursor: string | undefined;
  let delivered = 0;
  do {
    const page = await deps.users.list({ role: 'resident' }, 200, cursor);
    const result = await deps.notifier.notify(recipientsOf(page.items), {
      kind: 'fair',
      title: `志愿服务大集：${fair.title}`,
      body: `${shanghaiDateTime(fair.opensAt)} 在${fair.place}，理发、磨刀、义诊等服务，可在线预约`,
      link: fairLink(fair.id),
      sourceKey: `fair:${fair.id}:published`,
      template: { key: 'bookingUpdate', values: { title: fair.title, status: '可预约', at: shanghaiDateTime(fair.opensAt) } },
    });
    delivered += result.delivered;
    cursor = page.nextCursor;
  } while (cursor);
  return delivered;
};

/**
 * Publishes a draft fair: residents see it in the fair list and get it in their inbox. A retry
 * after a failure half way re-sends only to those who did not get it.
 */
export const publishFair = async (
  command: ParsedInput<typeof fairs.publishFair>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const fair = await deps.fairs.byId(command.fairId);
  if (!fair) return notFound('找不到这次大集');
  if (fair.status === 'cancelled') return conflict('这次大集已取消');
  const now = deps.clock.now();
  if (fair.status === 'draft') {
    if (fair.stallCount === 0) return invalidInput({ fairId: '请先添加至少一个摊位' });
    if (fair.closesAt <= now) return invalidInput({ fairId: '这次大集的时间已经过去了' });
    if (await deps.fairs.transition(fair.id, 'draft', 'published', { publishedAt: now, updatedAt: now })) {
      await deps.audit.record({
        at: now,
        ...auditActor(caller),
        action: 'publishFair',
        targetType: 'fair',
        targetId: fair.id,
        targetName: fair.title,
        detail: `发布大集：${fair.date} ${fair.place}`,
      });
    }
  }
  const published = (await deps.fairs.byId(fair.id)) ?? fair;
  await announceFair(published, deps);
  return ok(await fairDetail(published, caller, deps));
};
