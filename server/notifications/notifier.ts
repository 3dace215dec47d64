import { fitTemplateValue, SUBSCRIBE_TEMPLATES } from '@contracts/subscribe-templates';
import type { Clock } from '../kernel/clock';
import type { InboxRepo } from './inbox-repo';
import type { Notification } from './message';
import type { SubscribeSender } from './subscribe-sender';
import type { SubscriptionRepo } from './subscription-repo';

export interface Recipient {
  userId: string;
  openid: string;
}

export interface Notifier {
  /**
   * Puts the notification in every recipient's inbox (once, however often it is retried), then
   * sends a WeChat subscribe message to those who granted one. Sending never fails the caller.
   */
  notify(recipients: readonly Recipient[], notification: Notification): Promise<{ delivered: number; pushed: number }>;
}

export interface NotifierDeps {
  inbox: InboxRepo;
  subscriptions: SubscriptionRepo;
  sender: SubscribeSender;
  clock: Clock;
  log?: (line: Record<string, unknown>) => void;
}

const templateData = (notification: Notification) => {
  if (!notification.template) return undefined;
  const template = SUBSCRIBE_TEMPLATES[notification.template.key];
  const data: Record<string, { value: string }> = {};
  for (const [field, spec] of Object.entries(template.fields)) {
    const value = notification.template.values[spec.meaning] ?? '';
    data[field] = { value: fitTemplateValue(spec.kind, value) };
  }
  return { templateId: template.id, data };
};

export const createNotifier = (deps: NotifierDeps): Notifier => {
  const log = deps.log ?? ((line) => console.log(JSON.stringify(line)));
  return {
    async notify(recipients, notification) {
      const now = deps.clock.now();
      const unique = [...new Map(recipients.map((r) => [r.userId, r])).values()];
      const reached = await deps.inbox.deliver(
        unique.map((r) => ({
          userId: r.userId,
          kind: notification.kind,
          title: notification.title,
          body: notification.body,
          ...(notification.link ? { link: notification.link } : {}),
          deliveryKey: `${notification.sourceKey}#${r.userId}`,
          createdAt: now,
          read: false,
        })),
      );
      const push = templateData(notification);
      let pushed = 0;
      // Only a first delivery pushes: a retry must not spend a person's grant twice.
      const fresh = new Set(reached);
      if (push && notification.template) {
        for (const r of unique.filter((u) => fresh.has(u.userId))) {
          try {
            if (!(await deps.subscriptions.takeGrant(r.userId, notification.template.key, now))) continue;
            const outcome = await deps.sender.send({
              openid: r.openid,
              templateId: push.templateId,
              data: push.data,
              ...(notification.link ? { page: notification.link } : {}),
            });
            if (outcome.sent) pushed += 1;
            else log({ level: 'warn', msg: 'subscribe message not sent', reason: outcome.reason, sourceKey: notification.sourceKey });
          } catch (error) {
            log({ level: 'warn', msg: 'subscribe message failed', error: String(error), sourceKey: notification.sourceKey });
          }
        }
      }
      return { delivered: reached.length, pushed };
    },
  };
};
