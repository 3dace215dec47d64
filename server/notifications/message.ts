import type { InboxKind, SubscribeTemplateKey } from '@contracts/inbox';

/** One notification, as the domain says it; the notifier turns it into an inbox item and maybe a WeChat message. */
export interface Notification {
  kind: InboxKind;
  title: string;
  body: string;
  link?: string;
  /**
   * What makes this notification unique per recipient (e.g. `ticket:<id>:status:<n>`): a retry
   * of the same action delivers nothing twice.
   */
  sourceKey: string;
  /** The subscribe-message template and its values by field meaning (title, status, at, …). */
  template?: { key: SubscribeTemplateKey; values: Record<string, string> };
}
