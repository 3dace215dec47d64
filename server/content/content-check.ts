/**
 * The port every piece of text other people will read goes through before it is shown.
 * `review` means a person must decide (the moderation queue); `risky` is refused outright.
 */
export type ContentVerdict = 'pass' | 'review' | 'risky';

export interface ContentCheck {
  checkText(text: string, context: { openid: string; scene: ContentScene }): Promise<ContentVerdict>;
}

/** WeChat's msgSecCheck v2 scenes: 1 profile, 2 comment, 3 forum post, 4 social log. */
export type ContentScene = 1 | 2 | 3 | 4;
