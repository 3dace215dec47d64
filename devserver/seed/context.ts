import type { Platform } from '@server/app/platform';
import type { Building } from '@server/users/domain/building';
import type { User } from '@server/users/domain/user';
import type { UserRepo } from '@server/users/infra/user-repo';

/** What each seeder gets, and what earlier seeders leave for later ones (people, buildings). */
export interface SeedContext {
  platform: Platform;
  users: UserRepo;
  /** Seeded users by OPENID (demo people are `demo-elder`, `demo-staff`, …). */
  people: Map<string, User>;
  buildings: Building[];
}
