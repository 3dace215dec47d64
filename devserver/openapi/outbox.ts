import { appendFileSync, existsSync, readFileSync } from 'node:fs';

/** What WeChat would have delivered: every subscribe message sent locally, newest last. */
export interface OutboxMessage {
  at: string;
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
}

export interface Outbox {
  add(message: OutboxMessage): void;
  all(): OutboxMessage[];
}

/** Kept as JSON lines in the data directory, so it survives restarts like the rest of the data. */
export const fileOutbox = (path: string): Outbox => {
  const messages: OutboxMessage[] = existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as OutboxMessage)
    : [];
  return {
    add(message) {
      messages.push(message);
      appendFileSync(path, `${JSON.stringify(message)}\n`);
    },
    all: () => [...messages],
  };
};
