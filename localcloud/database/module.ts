import type { LocalCloudModule } from '../core/module';
import type { Store } from '../store/lmdb';
import { databaseActions } from './actions';
import { Catalog } from './catalog';
import type { Declarations } from './declarations';
import { DatabaseService } from './service';

/** The database module: LMDB-backed collections behind the SDK's `database.*` actions. */
export interface DatabaseModule extends LocalCloudModule {
  service: DatabaseService;
}

export async function createDatabaseModule(options: {
  store: Store;
  declarations?: Declarations;
  clock: () => Date;
  transactionLifetimeMs?: number;
}): Promise<DatabaseModule> {
  const catalog = new Catalog(options.store);
  if (options.declarations) await catalog.applyDeclarations(options.declarations);
  const service = new DatabaseService(options.store, catalog, options.clock, options.transactionLifetimeMs);
  return {
    name: 'database',
    service,
    actions: databaseActions(service),
    close: async () => service.transactions.closeAll(),
  };
}
