import type { ActionInput, ParsedInput } from '@contracts/action';
import { announcements } from '@contracts/announcements';
import { validateInput } from '@contracts/validate';
import type { Role } from '@contracts/roles';
import type { Platform } from '../../app/platform';
import { prepareUploads } from '../../files/uploads';
import { cloudbaseUploadRepo } from '../../files/upload-repo';
import { newId } from '../../kernel/ids';
import type { Caller } from '../../users/caller';
import { usersDeps } from '../../users/deps';
import type { HouseholdStatus } from '@contracts/users';
import { makeCaller } from '../../../test/support/personas';

/**
 * A small community for the announcements tests, written through the real SDK: buildings, and
 * people with homes, ages and roles, as the users domain stores them.
 */
export const BUILDINGS = [
  { _id: 'b1', name: '1号楼', units: ['1单元', '2单元'], order: 1 },
  { _id: 'b2', name: '2号楼', units: ['1单元'], order: 2 },
  { _id: 'b3', name: '3号楼', units: ['1单元', '2单元'], order: 3 },
];

export const addBuildings = async (platform: Platform): Promise<void> => {
  await platform.db.collection('buildings').add(BUILDINGS.map((b) => ({ ...b })));
};

export interface PersonSpec {
  name?: string;
  roles?: Role[];
  building?: string;
  unit?: string;
  room?: string;
  status?: HouseholdStatus;
  birthYear?: number;
}

/** A person with a home (verified unless said otherwise) and the resident role. */
export const person = async (platform: Platform, spec: PersonSpec = {}): Promise<Caller> => {
  const caller = await makeCaller(platform, spec.roles ?? (spec.building ? ['resident'] : []), spec.name ?? '测试居民');
  const deps = usersDeps(platform);
  const now = platform.clock.now();
  const building = BUILDINGS.find((b) => b._id === spec.building);
  await deps.users.update(
    caller.user.id,
    {
      ...(spec.birthYear !== undefined ? { birthYear: spec.birthYear } : {}),
      ...(building
        ? {
            household: {
              buildingId: building._id,
              buildingName: building.name,
              unit: spec.unit ?? '1单元',
              room: spec.room ?? '101',
              status: spec.status ?? 'verified',
            },
          }
        : {}),
    },
    now,
  );
  const user = await deps.users.byId(caller.user.id);
  if (!user) throw new Error('person vanished');
  return { ...caller, user, roles: user.roles };
};

/** A file id this person reserved for a notice, as the app would send after uploading. */
export const uploadedFile = async (platform: Platform, owner: Caller, ext: 'jpg' | 'pdf' = 'jpg'): Promise<string> => {
  const res = await prepareUploads({ purpose: 'notice', files: [{ ext }] }, owner.user.id, {
    uploads: cloudbaseUploadRepo(platform.db),
    clock: platform.clock,
  });
  if (!res.ok) throw new Error(res.error.message);
  return `cloud://linli-local.bucket/${res.data.uploads[0]?.cloudPath ?? ''}`;
};

/** A valid create command through the action's own schema (so defaults apply as in production). */
export const draftCommand = (
  over: Partial<ActionInput<typeof announcements.createNotice>> = {},
): ParsedInput<typeof announcements.createNotice> => {
  const checked = validateInput(announcements.createNotice.input, {
    requestId: newId(),
    title: '停水通知',
    category: 'notice',
    body: '明天上午9点到12点停水，请提前储水。',
    audience: 'all',
    ...over,
  });
  if (!checked.ok) throw new Error(`invalid test command: ${JSON.stringify(checked.fields)}`);
  return checked.value;
};
