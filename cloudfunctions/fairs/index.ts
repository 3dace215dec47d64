import { createDomainFunction } from '@server/app/domain-function';
import { fairsDeps } from '@server/fairs/deps';
import { fairsActions, fairsHandlers } from '@server/fairs/handlers';

export const main = createDomainFunction({ fn: 'fairs', actions: fairsActions, handlers: fairsHandlers, deps: fairsDeps });
