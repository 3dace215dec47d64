import type { SubscribeTemplateKey } from './inbox';

/**
 * The WeChat template behind each key: its id (from the mini-program's admin console — these
 * are placeholders until the production account's templates are chosen) and its fields with
 * the platform's length limits (thing ≤ 20, phrase ≤ 5, …).
 */
export type TemplateFieldKind = 'thing' | 'phrase' | 'time' | 'character_string' | 'name';

export const TEMPLATE_FIELD_LIMITS: Record<TemplateFieldKind, number> = {
  thing: 20,
  phrase: 5,
  time: 32,
  character_string: 32,
  name: 10,
};

export interface SubscribeTemplate {
  id: string;
  /** Field name in the template (e.g. `thing1`) → what it carries. */
  fields: Record<string, { kind: TemplateFieldKind; meaning: string }>;
}

export const SUBSCRIBE_TEMPLATES: Record<SubscribeTemplateKey, SubscribeTemplate> = {
  noticePublished: {
    id: 'TEMPLATE_NOTICE_PUBLISHED',
    fields: {
      thing1: { kind: 'thing', meaning: 'title' },
      thing2: { kind: 'thing', meaning: 'category' },
      time3: { kind: 'time', meaning: 'at' },
    },
  },
  ticketUpdate: {
    id: 'TEMPLATE_TICKET_UPDATE',
    fields: {
      thing1: { kind: 'thing', meaning: 'title' },
      phrase2: { kind: 'phrase', meaning: 'status' },
      thing3: { kind: 'thing', meaning: 'note' },
      time4: { kind: 'time', meaning: 'at' },
    },
  },
  bookingUpdate: {
    id: 'TEMPLATE_BOOKING_UPDATE',
    fields: {
      thing1: { kind: 'thing', meaning: 'title' },
      phrase2: { kind: 'phrase', meaning: 'status' },
      time3: { kind: 'time', meaning: 'at' },
    },
  },
};

/** Cuts a value to its field's limit, marking the cut with an ellipsis. */
export const fitTemplateValue = (kind: TemplateFieldKind, value: string): string => {
  const limit = TEMPLATE_FIELD_LIMITS[kind];
  const chars = Array.from(value);
  return chars.length <= limit ? value : `${chars.slice(0, limit - 1).join('')}…`;
};
