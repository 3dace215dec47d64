import type { ParsedInput } from '@contracts/action';
import type { FairDetail, fairs } from '@contracts/fairs';
import { checkOwnedUploads } from '../../../files/uploads';
import { newId } from '../../../kernel/ids';
import { invalidInput, ok, type Result } from '../../../kernel/result';
import { auditActor, type Caller } from '../../../users/caller';
import { fairHours } from '../../domain/fair';
import type { FairsDeps } from '../../deps';
import { fairDetail } from '../get-fair/fair-detail';

type FairForm = Pick<ParsedInput<typeof fairs.createFair>, 'date' | 'opensAt' | 'closesAt' | 'coverFileIds'>;

/** Checks a fair form's times and photo; the hours as instants when all is well. */
export const checkFairForm = async (
  form: FairForm,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<{ opensAt: Date; closesAt: Date; cover?: string }>> => {
  const hours = fairHours(form.date, form.opensAt, form.closesAt);
  if (typeof hours === 'string') return invalidInput({ closesAt: hours });
  if (hours.closesAt <= deps.clock.now()) return invalidInput({ date: '这个日期已经过去了' });
  const cover = await checkOwnedUploads(form.coverFileIds, { ownerId: caller.user.id, purpose: 'fair', field: 'coverFileIds' }, deps);
  if (!cover.ok) return cover;
  return ok({ ...hours, ...(cover.data[0] ? { cover: cover.data[0] } : {}) });
};

/** A new fair, as a draft (not yet visible to residents); a retried request creates it once. */
export const createFair = async (
  command: ParsedInput<typeof fairs.createFair>,
  caller: Caller,
  deps: FairsDeps,
): Promise<Result<FairDetail>> => {
  const checked = await checkFairForm(command, caller, deps);
  if (!checked.ok) return checked;
  const now = deps.clock.now();
  const fair = await deps.fairs.create({
    id: newId(),
    title: command.title,
    date: command.date,
    opensAt: checked.data.opensAt,
    closesAt: checked.data.closesAt,
    place: command.place,
    description: command.description,
    ...(checked.data.cover ? { coverFileId: checked.data.cover } : {}),
    bookingCap: command.bookingCap,
    status: 'draft',
    stallCount: 0,
    createKey: `req:${caller.user.id}:${command.requestId}`,
    createdBy: caller.user.id,
    createdAt: now,
    updatedAt: now,
  });
  await deps.audit.record({
    at: now,
    ...auditActor(caller),
    action: 'createFair',
    targetType: 'fair',
    targetId: fair.id,
    targetName: fair.title,
    detail: `新建大集：${fair.date} ${command.opensAt}-${command.closesAt} ${fair.place}`,
  });
  return ok(await fairDetail(fair, caller, deps));
};
