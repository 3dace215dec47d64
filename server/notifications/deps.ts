import type { Platform } from '../app/platform';
import { cloudbaseInboxRepo, type InboxRepo } from './inbox-repo';
import { createNotifier, type Notifier } from './notifier';
import { cloudbaseSubscriptionRepo, type SubscriptionRepo } from './subscription-repo';
import { wechatSubscribeSender } from './wechat/subscribe-sender';

export interface NotificationDeps {
  inbox: InboxRepo;
  subscriptions: SubscriptionRepo;
  notifier: Notifier;
}

export const notificationDeps = (platform: Platform): NotificationDeps => {
  const inbox = cloudbaseInboxRepo(platform.db);
  const subscriptions = cloudbaseSubscriptionRepo(platform.db);
  const notifier = createNotifier({ inbox, subscriptions, sender: wechatSubscribeSender(platform.openApi), clock: platform.clock });
  return { inbox, subscriptions, notifier };
};
