import type { Platform } from '@server/app/platform';
import { cloudbaseUserRepo } from '@server/users/infra/user-repo';
import { seedAnnouncements } from './announcements';
import { seedCommunity } from './community';
import type { SeedContext } from './context';
import { seedFairs } from './fairs';
import { seedTickets } from './tickets';

export type Seeder = (ctx: SeedContext) => Promise<void>;

/** In order: the community and its people first, then each service's demo content. */
const SEEDERS: readonly Seeder[] = [seedCommunity, seedAnnouncements, seedTickets, seedFairs];

const META = 'meta';
const SEED_DOC = 'seed';

export const isSeeded = async (platform: Platform): Promise<boolean> => {
  const res = await platform.db.collection(META).where({ _id: SEED_DOC }).limit(1).get();
  return res.data.length > 0;
};

/** Loads the demo community into an empty database. */
export const seed = async (platform: Platform): Promise<SeedContext> => {
  const ctx: SeedContext = { platform, users: cloudbaseUserRepo(platform.db), people: new Map(), buildings: [] };
  for (const seeder of SEEDERS) await seeder(ctx);
  await platform.db.collection(META).add({ _id: SEED_DOC, at: platform.clock.now() });
  return ctx;
};
