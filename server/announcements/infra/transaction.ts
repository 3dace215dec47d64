import type { Database } from '../../platform/cloudbase';

/**
 * The part of a CloudBase transaction linli uses: single-document reads and writes, which is
 * all CloudBase allows inside one. (The SDK types `runTransaction` loosely; this names it.)
 */
export interface TxDocument {
  get(): Promise<{ data: unknown }>;
  set(data: object): Promise<unknown>;
  update(data: object): Promise<unknown>;
}

export interface Transaction {
  collection(name: string): { doc(id: string): TxDocument };
}

/** Runs `work` in a transaction; throwing inside aborts it and rethrows. */
export const inTransaction = async (db: Database, work: (tx: Transaction) => Promise<void>): Promise<void> => {
  await db.runTransaction(work);
};
