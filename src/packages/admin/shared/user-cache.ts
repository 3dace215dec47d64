import type { UserRow } from '@contracts/users';

/**
 * The rows the user list has shown, so the detail page opens without another call (there is no
 * single-user action). Changes confirmed by the server are written back here.
 */
const rows = new Map<string, UserRow>();

export const rememberUsers = (list: readonly UserRow[]): void => {
  list.forEach((row) => rows.set(row.id, row));
};

export const rememberUser = (row: UserRow): void => {
  rows.set(row.id, row);
};

export const cachedUser = (id: string): UserRow | undefined => rows.get(id);
