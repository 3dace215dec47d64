import { bodyText, excerptOf, parseNoticeBody } from './notice-body';

const img = (n: number) => `cloud://env.bucket/uploads/notice/20261119/p${n}.jpg`;

describe('notice body markup', () => {
  it('makes paragraphs, headings, emphasis, app links and pictures', () => {
    const parsed = parseNoticeBody(
      '## 停水时间\n11月20日 **9:00—12:00**\n请提前储水。\n\n[图片1]\n\n报修请点[这里](/packages/tickets/index/index?from=notice)',
      [img(1)],
    );
    expect(parsed).toEqual({
      ok: true,
      blocks: [
        { type: 'heading', text: '停水时间' },
        { type: 'paragraph', spans: [{ text: '11月20日 ' }, { text: '9:00—12:00', strong: true }, { text: '\n请提前储水。' }] },
        { type: 'image', fileID: img(1) },
        { type: 'paragraph', spans: [{ text: '报修请点' }, { text: '这里', link: '/packages/tickets/index/index?from=notice' }] },
      ],
    });
  });

  it('keeps anything that looks like HTML or script as plain words', () => {
    const parsed = parseNoticeBody('<img src=x onerror=alert(1)> <script>alert(1)</script>', []);
    expect(parsed).toEqual({
      ok: true,
      blocks: [{ type: 'paragraph', spans: [{ text: '<img src=x onerror=alert(1)> <script>alert(1)</script>' }] }],
    });
  });

  it('refuses links out of the app, and pictures that were not uploaded', () => {
    for (const link of ['https://evil.example/x', 'javascript:alert(1)', '/packages/../../etc/index', '//evil.example/pages/a/index']) {
      expect(parseNoticeBody(`[看看](${link})`, [])).toEqual({ ok: false, message: '链接“看看”只能指向小程序里的页面' });
    }
    expect(parseNoticeBody('[图片2]', [img(1)])).toEqual({ ok: false, message: '正文里的[图片2]没有对应的图片，请先插入图片' });
  });

  it('shows uploaded pictures that the text does not place at the end, and needs some words', () => {
    expect(parseNoticeBody('文字', [img(1), img(2)])).toEqual({
      ok: true,
      blocks: [
        { type: 'paragraph', spans: [{ text: '文字' }] },
        { type: 'image', fileID: img(1) },
        { type: 'image', fileID: img(2) },
      ],
    });
    expect(parseNoticeBody('[图片1]', [img(1)])).toEqual({ ok: false, message: '请填写正文' });
  });

  it('gives the words for checks and short excerpts', () => {
    const parsed = parseNoticeBody('## 标题\n第一段**重点**\n\n第二段', []);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(bodyText(parsed.blocks)).toBe('标题\n第一段重点\n第二段');
    expect(excerptOf(parsed.blocks, 8)).toBe('标题 第一段重…');
  });
});
