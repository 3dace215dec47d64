import type { OpenApi } from '../platform/open-api';
import type { ContentCheck, ContentVerdict } from './content-check';

/** msgSecCheck takes at most 2,500 characters a call; longer text is checked in parts. */
const CHUNK = 2500;

const verdicts: readonly ContentVerdict[] = ['pass', 'review', 'risky'];
const worse = (a: ContentVerdict, b: ContentVerdict): ContentVerdict => (verdicts.indexOf(a) >= verdicts.indexOf(b) ? a : b);

export const wechatContentCheck = (openApi: OpenApi): ContentCheck => ({
  async checkText(text, { openid, scene }) {
    let verdict: ContentVerdict = 'pass';
    for (let i = 0; i < text.length; i += CHUNK) {
      const reply = await openApi('security.msgSecCheck', { content: text.slice(i, i + CHUNK), version: 2, scene, openid });
      if (Number(reply.errcode ?? 0) !== 0) throw new Error(`msgSecCheck failed: ${String(reply.errcode)} ${String(reply.errmsg ?? '')}`);
      const suggest = (reply.result as { suggest?: string } | undefined)?.suggest;
      verdict = worse(verdict, suggest === 'risky' || suggest === 'review' ? suggest : 'pass');
      if (verdict === 'risky') break;
    }
    return verdict;
  },
});
