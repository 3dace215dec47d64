/**
 * The local stand-in for WeChat's content security check: a keyword list that really blocks.
 * "risky" words are refused; "review" words go to a person. Extend the lists as needed.
 */
export const RISKY_WORDS: readonly string[] = ['赌博', '博彩', '代开发票', '枪支', '毒品', '色情', '诈骗', '传销', '办证', '裸聊'];
export const REVIEW_WORDS: readonly string[] = ['投资理财', '高额回报', '加微信', '私聊', '兼职刷单', '贷款'];

export type LocalVerdict = { suggest: 'pass' | 'review' | 'risky'; label: number; keyword?: string };

/** Ignores spaces and punctuation put between characters to dodge the filter (赌 博, 赌-博). */
const normalise = (text: string) => text.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, '');

export const checkKeywords = (text: string): LocalVerdict => {
  const plain = normalise(text);
  const risky = RISKY_WORDS.find((w) => plain.includes(w));
  if (risky) return { suggest: 'risky', label: 20001, keyword: risky };
  const review = REVIEW_WORDS.find((w) => plain.includes(w));
  if (review) return { suggest: 'review', label: 21000, keyword: review };
  return { suggest: 'pass', label: 100 };
};
