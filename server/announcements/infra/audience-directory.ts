import type { Database } from '../../platform/cloudbase';
import type { User } from '../../users/domain/user';
import { USERS_COLLECTION } from '../../users/infra/user-repo';

/** What delivery needs to know of a person. */
export type Member = Pick<User, 'id' | 'openid' | 'name' | 'roles' | 'birthYear' | 'household'>;

/**
 * Reads the community's people for a publish, page by page in id order. Every person is tested
 * with the same rule the feed uses (audience.ts), so who is sent a notice and who can see it
 * never disagree. A community has thousands of people: a few pages per publish.
 */
export interface AudienceDirectory {
  forEachPage(visit: (members: Member[]) => Promise<void>): Promise<void>;
}

const PAGE = 1000;

type MemberDoc = Omit<Member, 'id'> & { _id: string };

export const cloudbaseAudienceDirectory = (db: Database): AudienceDirectory => {
  const collection = db.collection(USERS_COLLECTION);
  const _ = db.command;
  return {
    async forEachPage(visit) {
      let last = '';
      for (;;) {
        const res = await collection
          .where(last ? { _id: _.gt(last) } : {})
          .field({ openid: true, name: true, roles: true, birthYear: true, household: true })
          .orderBy('_id', 'asc')
          .limit(PAGE)
          .get();
        const docs = res.data as MemberDoc[];
        if (docs.length) await visit(docs.map(({ _id, ...rest }) => ({ id: _id, ...rest, roles: rest.roles ?? [] })));
        if (docs.length < PAGE) return;
        last = docs[docs.length - 1]?._id ?? last;
      }
    },
  };
};
