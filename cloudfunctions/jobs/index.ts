import { createPlatform } from '@server/app/platform';
import { createJobsFunction } from '@server/jobs/entry';
import { JOBS_BY_TRIGGER } from '@server/jobs/registry';

export const main = createJobsFunction({ jobs: JOBS_BY_TRIGGER, platform: createPlatform });
