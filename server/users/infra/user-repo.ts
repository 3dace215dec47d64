import type { HouseholdStatus } from '@contracts/users';
import type { Role } from '@contracts/roles';
import type { Database } from '../../platform/cloudbase';
import { isDuplicateKeyError } from '../../platform/db-errors';
import { newestFirstPage } from '../../platform/paging';
import type { User } from '../domain/user';

export const USERS_COLLECTION = 'users';

export interface UserFilter {
  role?: Role;
  buildingId?: string;
  householdStatus?: HouseholdStatus;
  keyword?: string;
}

export type UserPatch = Partial<Pick<User, 'name' | 'birthYear' | 'phone' | 'household'>>;

export interface UserRepo {
  byOpenid(openid: string): Promise<User | undefined>;
  byId(id: string): Promise<User | undefined>;
  byIds(ids: readonly string[]): Promise<User[]>;
  /** Creates the user, or returns undefined when a user with this OPENID already exists. */
  create(user: Omit<User, 'id'>): Promise<User | undefined>;
  update(id: string, patch: UserPatch, now: Date): Promise<void>;
  /** Atomic, so two staff granting at once both count and neither is lost. */
  addRole(id: string, role: Role, now: Date): Promise<void>;
  removeRole(id: string, role: Role, now: Date): Promise<void>;
  list(filter: UserFilter, limit: number, cursor?: string): Promise<{ items: User[]; nextCursor?: string }>;
  countWithRole(role: Role): Promise<number>;
}

type UserDoc = Omit<User, 'id'> & { _id: string };

const toUser = ({ _id, ...rest }: UserDoc): User => ({ id: _id, ...rest });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const cloudbaseUserRepo = (db: Database): UserRepo => {
  const collection = db.collection(USERS_COLLECTION);
  const _ = db.command;

  const one = async (where: Record<string, unknown>) => {
    const res = await collection.where(where).limit(1).get();
    const doc = (res.data as UserDoc[])[0];
    return doc ? toUser(doc) : undefined;
  };

  return {
    byOpenid: (openid) => one({ openid }),
    byId: (id) => one({ _id: id }),
    async byIds(ids) {
      if (ids.length === 0) return [];
      const res = await collection
        .where({ _id: _.in([...ids]) })
        .limit(ids.length)
        .get();
      return (res.data as UserDoc[]).map(toUser);
    },
    async create(user) {
      try {
        const res = await collection.add(user);
        return { id: String(res.id), ...user };
      } catch (error) {
        if (isDuplicateKeyError(error)) return undefined;
        throw error;
      }
    },
    async update(id, patch, now) {
      const set: Record<string, unknown> = { updatedAt: now };
      for (const [key, value] of Object.entries(patch)) set[key] = value === undefined ? _.remove() : value;
      await collection.doc(id).update(set);
    },
    async addRole(id, role, now) {
      await collection.doc(id).update({ roles: _.addToSet(role), updatedAt: now });
    },
    async removeRole(id, role, now) {
      await collection.doc(id).update({ roles: _.pull(role), updatedAt: now });
    },
    async list(filter, limit, cursor) {
      const where: Record<string, unknown> = {};
      if (filter.role) where.roles = filter.role;
      if (filter.buildingId) where['household.buildingId'] = filter.buildingId;
      if (filter.householdStatus) where['household.status'] = filter.householdStatus;
      if (filter.keyword) where.name = db.RegExp({ regexp: escapeRegExp(filter.keyword), options: 'i' });
      const page = await newestFirstPage<UserDoc>(collection, _, where, 'createdAt', limit, cursor, (d) => d.createdAt);
      return { items: page.docs.map(toUser), nextCursor: page.nextCursor };
    },
    async countWithRole(role) {
      const res = await collection.where({ roles: role }).count();
      return Number(res.total);
    },
  };
};
