import type { SubscribeTemplateKey } from '@contracts/inbox';
import type { Database } from '../platform/cloudbase';

export const SUBSCRIPTIONS_COLLECTION = 'subscriptions';

/**
 * Counts the one-time grants a person gave per template, so linli only asks WeChat to send
 * what it may send, and spends each grant once.
 */
export interface SubscriptionRepo {
  addGrants(userId: string, keys: readonly SubscribeTemplateKey[], now: Date): Promise<void>;
  /** Atomically takes one grant; false when there was none left. */
  takeGrant(userId: string, key: SubscribeTemplateKey, now: Date): Promise<boolean>;
}

const docId = (userId: string, key: SubscribeTemplateKey) => `${userId}_${key}`;

export const cloudbaseSubscriptionRepo = (db: Database): SubscriptionRepo => {
  const collection = db.collection(SUBSCRIPTIONS_COLLECTION);
  const _ = db.command;
  return {
    async addGrants(userId, keys, now) {
      for (const key of new Set(keys)) {
        const res = await collection.doc(docId(userId, key)).update({ grants: _.inc(1), updatedAt: now });
        if (Number(res.updated ?? 0) === 0) {
          try {
            await collection.add({ _id: docId(userId, key), userId, key, grants: 1, updatedAt: now });
          } catch {
            // Created by a concurrent call in between: count this grant on the existing record.
            await collection.doc(docId(userId, key)).update({ grants: _.inc(1), updatedAt: now });
          }
        }
      }
    },
    async takeGrant(userId, key, now) {
      const res = await collection.where({ _id: docId(userId, key), grants: _.gt(0) }).update({ grants: _.inc(-1), updatedAt: now });
      return Number(res.updated ?? 0) === 1;
    },
  };
};
