import { parseDeclarations } from '../../database/declarations';
import { createDatabaseModule } from '../../database/module';
import { Store } from '../../store/lmdb';

/**
 * The process the durability test kills: reports the state it finds at start, then writes
 * continuously (inserts, 3-document batches, multi-document transactions, increments) and
 * reports each write once it is acknowledged (i.e. its commit is durable).
 */
const BANK = ['b0', 'b1', 'b2', 'b3', 'b4'];

async function main(): Promise<void> {
  const [dir, cycleText] = process.argv.slice(2);
  const cycle = Number(cycleText);
  const store = new Store({ path: dir });
  const { service } = await createDatabaseModule({
    store,
    clock: () => new Date(),
    declarations: parseDeclarations({
      collections: { log: { indexes: [{ name: 'seq', keys: { seq: 1 }, unique: true }] }, bank: {}, counters: {} },
    }),
  });
  if (service.count('bank', {}) === 0) {
    await service.insert(
      'bank',
      BANK.map((id) => ({ _id: id, amount: 1000 })),
    );
    await service.insert('counters', [{ _id: 'c', n: 0 }]);
  }
  const log = service.find('log', {}, { sort: [], skip: 0, limit: Number.MAX_SAFE_INTEGER });
  const bank = service.find('bank', {}, { sort: [], skip: 0, limit: 100 });
  const counter = service.find('counters', { _id: 'c' }, { sort: [], skip: 0, limit: 1 })[0];
  process.send?.({
    t: 'state',
    ids: log.map((d) => d._id),
    batches: log.filter((d) => d.batch !== undefined).map((d) => d.batch),
    bank: bank.map((d) => d.amount),
    counter: counter?.n,
  });

  let n = 0;
  const writer = async (w: number): Promise<void> => {
    for (;;) {
      const k = n++;
      const kind = k % 4;
      const tag = `${cycle}-${w}-${k}`;
      if (kind === 0) {
        await service.insert('log', [{ _id: `i${tag}`, seq: `s${tag}` }]);
        process.send?.({ t: 'ins', id: `i${tag}` });
      } else if (kind === 1) {
        await service.insert(
          'log',
          [0, 1, 2].map((j) => ({ _id: `m${tag}-${j}`, seq: `s${tag}-${j}`, batch: tag })),
        );
        process.send?.({ t: 'batch', batch: tag });
      } else if (kind === 2) {
        const from = BANK[k % 5];
        const to = BANK[(k + 1 + (w % 4)) % 5];
        const txn = service.startTransaction();
        try {
          const a = service.txnGet(txn, 'bank', from);
          const b = service.txnGet(txn, 'bank', to);
          service.txnUpdate(txn, 'bank', from, { $set: { amount: (a?.amount as number) - 7 } });
          service.txnUpdate(txn, 'bank', to, { $set: { amount: (b?.amount as number) + 7 } });
          await service.commitTransaction(txn);
          process.send?.({ t: 'txn' });
        } catch {
          // conflicts between this process's own writers are expected; the total must hold anyway
        }
      } else {
        await service.update('counters', { _id: 'c' }, { $inc: { n: 1 } }, { multi: false, upsert: false, replace: false });
        process.send?.({ t: 'inc' });
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_v, w) => writer(w)));
}

void main();
