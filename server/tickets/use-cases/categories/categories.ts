import type { ParsedInput } from '@contracts/action';
import { HANDLER_ORG_LABELS, type CategoryView, type tickets } from '@contracts/tickets';
import { newId } from '../../../kernel/ids';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import type { TicketsDeps } from '../../deps';
import { toCategoryView } from '../../views';

type Deps = Pick<TicketsDeps, 'categories' | 'audit' | 'clock'>;

/** What residents choose from: the active categories. */
export const listCategories = async (deps: Deps): Promise<Result<CategoryView[]>> =>
  ok((await deps.categories.all()).filter((c) => c.active).map(toCategoryView));

export const listAllCategories = async (deps: Deps): Promise<Result<CategoryView[]>> =>
  ok((await deps.categories.all()).map(toCategoryView));

/**
 * Staff add or change a category: its handler and deadlines apply to tickets filed from now on.
 * A category is switched off, never deleted, so old tickets keep their name.
 */
export const saveCategory = async (
  command: ParsedInput<typeof tickets.saveCategory>,
  caller: Caller,
  deps: Deps,
): Promise<Result<CategoryView>> => {
  if (command.resolutionHours < command.firstResponseHours) return invalidInput({ resolutionHours: '办结时限不能短于受理时限' });
  const all = await deps.categories.all();
  const existing = command.id ? all.find((c) => c.id === command.id) : undefined;
  if (command.id && !existing) return invalidInput({ id: '分类不存在' });
  if (all.some((c) => c.name === command.name && c.id !== command.id)) return invalidInput({ name: '已有同名分类' });
  const now = deps.clock.now();
  const category = {
    id: existing?.id ?? `c_${newId(9)}`,
    name: command.name,
    handler: command.handler,
    firstResponseHours: command.firstResponseHours,
    resolutionHours: command.resolutionHours,
    active: command.active,
    order: command.order ?? existing?.order ?? Math.max(0, ...all.map((c) => c.order)) + 10,
  };
  await deps.categories.save(category, now);
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'saveCategory',
    targetType: 'ticketCategory',
    targetId: category.id,
    targetName: category.name,
    detail: `${existing ? '修改' : '新增'}：${HANDLER_ORG_LABELS[category.handler]}处理，${category.firstResponseHours}小时内受理，${category.resolutionHours}小时内办结${category.active ? '' : '（已停用）'}`,
  });
  return ok(toCategoryView(category));
};
