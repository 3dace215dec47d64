import type { OpenApi } from '../../platform/open-api';
import type { SubscribeSender } from '../subscribe-sender';

/** `subscribeMessage.send`; errcode 43101 means the person gave no grant. */
export const wechatSubscribeSender = (openApi: OpenApi): SubscribeSender => ({
  async send(message) {
    const reply = await openApi('subscribeMessage.send', {
      touser: message.openid,
      template_id: message.templateId,
      ...(message.page ? { page: message.page } : {}),
      data: message.data,
      miniprogram_state: process.env.LINLI_MINIPROGRAM_STATE ?? 'formal',
      lang: 'zh_CN',
    });
    const code = Number(reply.errcode ?? 0);
    return code === 0 ? { sent: true } : { sent: false, reason: `${code} ${String(reply.errmsg ?? '')}`.trim() };
  },
});
