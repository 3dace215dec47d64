/** The cloud functions linli deploys, one per domain (plus `jobs` for timers). */
export const FUNCTION_NAMES = ['users', 'announcements', 'tickets', 'fairs', 'market', 'canteen', 'jobs'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];
