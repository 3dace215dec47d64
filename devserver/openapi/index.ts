import type { Clock } from '@server/kernel/clock';
import { checkKeywords } from './content-keywords';
import { wxacodeGetUnlimited } from './wxacode';
import type { Outbox } from './outbox';

export type LocalOpenApiAdapter = (requestData: Record<string, unknown>) => Promise<Record<string, unknown>>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * linli's local WeChat: the open APIs its functions call, answered the way WeChat answers them,
 * each doing real work — a keyword filter for content checks, an outbox for subscribe messages.
 */
export const linliOpenApi = (deps: { outbox: Outbox; clock: Clock }): Record<string, LocalOpenApiAdapter> => ({
  'security.msgSecCheck': async (data) => {
    const content = text(data.content);
    if (content.length > 2500) return { errcode: 87014, errmsg: 'content too long' };
    const verdict = checkKeywords(content);
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: verdict.suggest, label: verdict.label },
      detail: verdict.keyword
        ? [{ strategy: 'keyword', errcode: 0, suggest: verdict.suggest, label: verdict.label, keyword: verdict.keyword }]
        : [],
    };
  },
  'subscribeMessage.send': async (data) => {
    const touser = text(data.touser);
    const templateId = text(data.template_id);
    if (!touser || !templateId) return { errcode: 47003, errmsg: 'argument invalid' };
    deps.outbox.add({
      at: deps.clock.now().toISOString(),
      touser,
      templateId,
      ...(text(data.page) ? { page: text(data.page) } : {}),
      data: (data.data ?? {}) as Record<string, { value: string }>,
    });
    return { errcode: 0, errmsg: 'ok' };
  },
  'wxacode.getUnlimited': wxacodeGetUnlimited,
});
