/**
 * Creates the collections and indexes declared in cloudbase.indexes.json in a real CloudBase
 * environment — the same file the local cloud reads, so both have the same indexes.
 * Needs LINLI_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY.
 * Usage: npm run deploy:indexes
 */
import CloudBase from '@cloudbase/manager-node';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface IndexDeclaration {
  name: string;
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

const root = resolve(__dirname, '..', '..');

const main = async () => {
  const { LINLI_CLOUD_ENV: envId, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env;
  if (!envId || !secretId || !secretKey) throw new Error('set LINLI_CLOUD_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY');
  const declared = JSON.parse(readFileSync(join(root, 'cloudbase.indexes.json'), 'utf8')) as {
    collections: Record<string, { indexes: IndexDeclaration[] }>;
  };
  const { database } = new CloudBase({ envId, secretId, secretKey });
  for (const [collection, { indexes }] of Object.entries(declared.collections)) {
    await database.createCollectionIfNotExists(collection);
    const missing: IndexDeclaration[] = [];
    for (const index of indexes) if (!(await database.checkIndexExists(collection, index.name)).Exists) missing.push(index);
    if (missing.length) {
      await database.updateCollection(collection, {
        CreateIndexes: missing.map((index) => ({
          IndexName: index.name,
          MgoKeySchema: {
            MgoIndexKeys: Object.entries(index.keys).map(([Name, direction]) => ({ Name, Direction: String(direction) })),
            MgoIsUnique: index.unique ?? false,
          },
        })),
      });
    }
    console.log(`${collection}: ${indexes.length} indexes declared, ${missing.length} created`);
  }
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
