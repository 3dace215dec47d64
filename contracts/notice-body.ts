/**
 * A notice's body as staff type it and as every reader sees it. Staff write plain text with a
 * tiny markup; the server turns it into blocks, and the app draws blocks with its own components
 * (never HTML), so the same notice looks the same in WeChat and in a browser and nothing a
 * writer types can run as code.
 *
 * The markup, one rule a line:
 * - a blank line starts a new paragraph; a single line break stays a line break;
 * - `## 小标题` is a heading;
 * - `**重要**` is emphasis;
 * - `[报名点这里](/packages/fairs/index/index)` links to a page inside the app (only app paths);
 * - a line that is only `[图片2]` shows the second uploaded picture there.
 */

export interface Span {
  text: string;
  strong?: true;
  /** An app path such as `/packages/fairs/index/index?id=…`. */
  link?: string;
}

export type BodyBlock = { type: 'heading'; text: string } | { type: 'paragraph'; spans: Span[] } | { type: 'image'; fileID: string };

export type ParsedBody = { ok: true; blocks: BodyBlock[] } | { ok: false; message: string };

/** App pages only: `/pages/…/index` or `/packages/…/index`, with a simple query. */
export const APP_LINK = /^\/(?:pages|packages)(?:\/[a-z0-9-]+){1,3}\/index(?:\?[A-Za-z0-9_=&%-]{1,150})?$/;

const IMAGE_LINE = /^\[图片(\d{1,2})\]$/;
const HEADING_LINE = /^#{1,3}\s+(.+)$/;
const INLINE = /\*\*([^*\n]+?)\*\*|\[([^\]\n]{1,40})\]\(([^)\s]{1,200})\)/g;

const parseSpans = (text: string): { ok: true; spans: Span[] } | { ok: false; message: string } => {
  const spans: Span[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) spans.push({ text: text.slice(last, at) });
    const [, strong, label, link] = match;
    if (strong !== undefined) spans.push({ text: strong, strong: true });
    else if (label !== undefined && link !== undefined) {
      if (!APP_LINK.test(link)) return { ok: false, message: `链接“${label}”只能指向小程序里的页面` };
      spans.push({ text: label, link });
    }
    last = at + match[0].length;
  }
  if (last < text.length) spans.push({ text: text.slice(last) });
  return { ok: true, spans };
};

/** Turns the typed body into blocks; `images` are the notice's uploaded pictures in order. */
export const parseNoticeBody = (source: string, images: readonly string[]): ParsedBody => {
  const blocks: BodyBlock[] = [];
  const used = new Set<number>();
  let paragraph: string[] = [];

  const flush = (): string | undefined => {
    const text = paragraph.join('\n').trim();
    paragraph = [];
    if (!text) return undefined;
    const parsed = parseSpans(text);
    if (!parsed.ok) return parsed.message;
    blocks.push({ type: 'paragraph', spans: parsed.spans });
    return undefined;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    const image = IMAGE_LINE.exec(line);
    const heading = HEADING_LINE.exec(line);
    if (!line || image || heading) {
      const problem = flush();
      if (problem) return { ok: false, message: problem };
    }
    if (image) {
      const n = Number(image[1]);
      const fileID = images[n - 1];
      if (!fileID) return { ok: false, message: `正文里的[图片${n}]没有对应的图片，请先插入图片` };
      used.add(n);
      blocks.push({ type: 'image', fileID });
    } else if (heading?.[1]) {
      blocks.push({ type: 'heading', text: heading[1].trim() });
    } else if (line) {
      paragraph.push(raw.trimEnd());
    }
  }
  const problem = flush();
  if (problem) return { ok: false, message: problem };
  // Pictures uploaded but not placed in the text are shown at the end, in order.
  images.forEach((fileID, i) => {
    if (!used.has(i + 1)) blocks.push({ type: 'image', fileID });
  });
  if (!blocks.some((b) => b.type !== 'image')) return { ok: false, message: '请填写正文' };
  return { ok: true, blocks };
};

/** The words of a body, for the content check, excerpts and notifications. */
export const bodyText = (blocks: readonly BodyBlock[]): string =>
  blocks
    .map((b) => (b.type === 'heading' ? b.text : b.type === 'paragraph' ? b.spans.map((s) => s.text).join('') : ''))
    .filter(Boolean)
    .join('\n');

/** The first words of a body on one line, for lists and messages. */
export const excerptOf = (blocks: readonly BodyBlock[], max = 60): string => {
  const chars = Array.from(bodyText(blocks).replace(/\s+/g, ' ').trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
};
