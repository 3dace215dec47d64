import { createDomainFunction } from '@server/app/domain-function';

/** No actions yet: every call answers UNKNOWN_ACTION until this service is built. */
export const main = createDomainFunction({ fn: 'tickets', actions: {}, handlers: {}, deps: () => ({}) });
