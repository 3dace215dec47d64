/**
 * The port to WeChat's subscribe messages. Production sends through the open API; locally the
 * same call reaches the local cloud, whose adapter records what would have been sent.
 */
export interface SubscribeMessage {
  openid: string;
  templateId: string;
  /** The mini-program page the message opens. */
  page?: string;
  data: Record<string, { value: string }>;
}

export type SendOutcome = { sent: true } | { sent: false; reason: string };

export interface SubscribeSender {
  send(message: SubscribeMessage): Promise<SendOutcome>;
}
