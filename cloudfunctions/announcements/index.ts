import { createDomainFunction } from '@server/app/domain-function';
import { announcementsDeps } from '@server/announcements/deps';
import { announcementsActions, announcementsHandlers } from '@server/announcements/handlers';

export const main = createDomainFunction({
  fn: 'announcements',
  actions: announcementsActions,
  handlers: announcementsHandlers,
  deps: announcementsDeps,
});
