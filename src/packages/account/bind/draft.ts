import type { ActionInput } from '@contracts/action';
import type { MeView } from '@contracts/users';
import { users } from '@contracts/users';

/** What the form holds: text exactly as typed; converted to the action's input on submit. */
export interface BindDraft {
  buildingId: string;
  unit: string;
  room: string;
  name: string;
  phone: string;
  birthYear: string;
}

export const draftFrom = (me: MeView | undefined): BindDraft => ({
  buildingId: me?.household?.buildingId ?? '',
  unit: me?.household?.unit ?? '',
  room: me?.household?.room ?? '',
  name: me?.name ?? '',
  // The stored number is only shown masked; the person types it again to change it.
  phone: '',
  birthYear: me?.birthYear !== undefined ? String(me.birthYear) : '',
});

export const toBindInput = (draft: BindDraft): ActionInput<typeof users.bindHousehold> => {
  const year = draft.birthYear.trim();
  return {
    buildingId: draft.buildingId,
    unit: draft.unit,
    room: draft.room,
    name: draft.name,
    ...(draft.phone.trim() ? { phone: draft.phone } : {}),
    ...(year ? { birthYear: Number(year) } : {}),
  };
};
