// HTML pages to the plain text the engine reads and the reader shows, without rendering anything: a small
// tokenizer reads the markup as a string, so no script runs, no image, style or frame is fetched and no
// event handler exists. Pure (no DOM, which a Web Worker does not have anyway), so the browser importer and
// the content build reduce a page the same way. Not a browser: it keeps what a reader came for.
//   1. tokens    tags (with attributes), text, comments and raw text (script, style…) in document order
//   2. tree      elements nested as written, closing what HTML closes implicitly (`<p>`, `<li>`)
//   3. root      the page's <article> with the most text, else <main>, else <body>
//   4. text      paragraphs from p, h1–h6, li, blockquote and other blocks, whitespace collapsed, entities
//                decoded; script, style, nav, header, footer, aside, forms and hidden elements dropped
//   5. meta      title, author, date, canonical address, site name and language from <head>

import { decodeEntities } from './html-entities';

export interface HtmlMeta {
  readonly title: string | null;
  readonly byline: string | null;
  /** `YYYY-MM-DD`, from the page's publication date when it gives one. */
  readonly date: string | null;
  readonly url: string | null;
  readonly source: string | null;
  readonly language: string | null;
}

export interface ReducedHtml {
  /** Paragraphs separated by a blank line. */
  readonly text: string;
  readonly meta: HtmlMeta;
}

// Elements whose content is not markup: read up to their end tag as they are.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);
// Never part of the article: code, styling, site furniture, controls and embedded media.
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'label',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'figure',
  'picture',
  'img',
  'head',
  'dialog',
  'menu',
  'xmp',
  'noembed',
  'noframes',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
// Case-insensitive, without lower-casing the page (that can change its length, and so every offset).
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi')]));
// Elements that start and end a paragraph of their own.
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
// A start tag of one of these closes an open <p>, as HTML parsers do (`<p>One<p>Two` is two paragraphs).
const CLOSES_P = new Set([...BLOCK].filter((name) => !['tr', 'caption', 'body', 'html'].includes(name)));
// Cells sit side by side: a space between them, a paragraph per row.
const INLINE_SEPARATED = new Set(['td', 'th']);

// Sticky: read at a position without cutting the page into pieces.
const TAG_NAME = /[a-zA-Z][^\s/>]*/y;
const HIDDEN_HINT = /hidden/i;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const WHITESPACE = /[\t\n\f\r ]+/g;
const ISO_DATE = /^(\d{4}-\d{2}-\d{2})/;

interface Element {
  readonly name: string;
  /** The attributes as written, parsed only when asked (`attribute`): most elements never are. */
  readonly rawAttrs: string;
  readonly children: Node[];
  parent: Element | null;
}
type Node = Element | string;

export function reduceHtml(html: string): ReducedHtml {
  const document = buildTree(html);
  const root = chooseRoot(document);
  const paragraphs: string[] = [];
  // Inside an article (or main), a <header> holds the headline and byline; elsewhere it is the site's.
  collectText(root, paragraphs, root.name === 'article' || root.name === 'main');
  return { text: paragraphs.join('\n\n'), meta: readMeta(document) };
}

// 1–2. Tokens straight into a tree, one pass over the string.
function buildTree(html: string): Element {
  const document: Element = { name: '#document', rawAttrs: '', children: [], parent: null };
  let open = document;
  const append = (node: Node) => {
    open.children.push(node);
  };
  const close = (name: string) => {
    for (let e: Element | null = open; e && e !== document; e = e.parent) {
      if (e.name === name) {
        open = e.parent ?? document;
        return;
      }
    }
  };
  let pos = 0;
  while (pos < html.length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      append(decodeEntities(html.slice(pos)));
      break;
    }
    if (lt > pos) append(decodeEntities(html.slice(pos, lt)));
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end < 0 ? html.length : end + 3;
    } else if (next === '!' || next === '?') {
      // <!DOCTYPE …>, <![CDATA[…]]>, <?xml …?>: nothing a reader reads.
      const end = html.indexOf('>', lt + 2);
      pos = end < 0 ? html.length : end + 1;
    } else if (next === '/') {
      const name = tagNameAt(html, lt + 2);
      const end = html.indexOf('>', lt + 2);
      pos = end < 0 ? html.length : end + 1;
      if (name) close(name);
    } else if (tagNameAt(html, lt + 1) !== null) {
      const tag = readTag(html, lt + 1);
      pos = tag.end;
      if (open.name === 'p' && CLOSES_P.has(tag.name)) close('p');
      if (tag.name === 'li') closeSibling(open, 'li', (e) => (open = e));
      if (tag.name === 'dt' || tag.name === 'dd') {
        closeSibling(open, 'dt', (e) => (open = e));
        closeSibling(open, 'dd', (e) => (open = e));
      }
      const element: Element = { name: tag.name, rawAttrs: tag.rawAttrs, children: [], parent: open };
      append(element);
      if (RAW_TEXT.has(tag.name)) {
        // Everything up to the matching end tag is text, markup or not (`<script>if (a<b) …</script>`).
        const endAt = indexOfEndTag(html, tag.name, pos);
        element.children.push(decodeEntities(html.slice(pos, endAt)));
        const gt = html.indexOf('>', endAt);
        pos = endAt >= html.length || gt < 0 ? html.length : gt + 1;
      } else if (!VOID.has(tag.name) && !tag.selfClosing) {
        open = element;
      }
    } else {
      // A `<` that starts no tag (`a < b`) is text.
      append('<');
      pos = lt + 1;
    }
  }
  return document;
}

/** A `<li>` closes the previous `<li>` of the same list, and anything left open inside it. */
function closeSibling(open: Element, name: string, reopen: (e: Element) => void): void {
  for (let e: Element | null = open; e; e = e.parent) {
    if (e.name === name) {
      reopen(e.parent ?? e);
      return;
    }
    // A nested list starts a new scope: its items do not close the outer item.
    if (e.name === 'ul' || e.name === 'ol' || e.name === 'dl') return;
  }
}

function indexOfEndTag(html: string, name: string, from: number): number {
  const end = RAW_TEXT_END.get(name);
  if (!end) return html.length;
  end.lastIndex = from;
  return end.exec(html)?.index ?? html.length;
}

function tagNameAt(html: string, at: number): string | null {
  TAG_NAME.lastIndex = at;
  return TAG_NAME.exec(html)?.[0].toLowerCase() ?? null;
}

const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const GREATER_THAN = 0x3e;

/** A start tag from just after its `<`: name, attributes as written and where it ends. */
function readTag(
  html: string,
  from: number,
): { name: string; rawAttrs: string; selfClosing: boolean; end: number } {
  const name = tagNameAt(html, from) ?? '';
  // The tag ends at the first `>` outside a quoted attribute value.
  let i = from + name.length;
  let quote = 0;
  for (; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === QUOTE || c === APOSTROPHE) {
      quote = c;
    } else if (c === GREATER_THAN) {
      break;
    }
  }
  const rawAttrs = html.slice(from + name.length, i);
  return { name, rawAttrs, selfClosing: rawAttrs.trimEnd().endsWith('/'), end: Math.min(i + 1, html.length) };
}

const parsedAttrs = new WeakMap<Element, Map<string, string>>();

/** An attribute's value, entities decoded; the first of a repeated name wins, as in browsers. */
function attribute(e: Element, key: string): string | undefined {
  if (e.rawAttrs === '') return undefined;
  let attrs = parsedAttrs.get(e);
  if (!attrs) {
    attrs = new Map();
    for (const m of e.rawAttrs.matchAll(ATTRIBUTE)) {
      const name = (m[1] ?? '').toLowerCase();
      if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
    }
    parsedAttrs.set(e, attrs);
  }
  return attrs.get(key);
}

// 3. The part of the page that is the article.
function chooseRoot(document: Element): Element {
  const articles = findAll(document, 'article');
  if (articles.length > 0) {
    return articles.reduce((best, a) => (textLength(a) > textLength(best) ? a : best));
  }
  return findAll(document, 'main')[0] ?? findAll(document, 'body')[0] ?? document;
}

function findAll(root: Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (e: Element) => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      else if (!DROPPED.has(child.name)) walk(child);
    }
  };
  walk(root);
  return found;
}

function textLength(e: Element): number {
  let n = 0;
  for (const child of e.children) {
    if (typeof child === 'string') n += child.trim().length;
    else if (!isDropped(child, true)) n += textLength(child);
  }
  return n;
}

function isDropped(e: Element, inArticle: boolean): boolean {
  if (DROPPED.has(e.name)) return true;
  if (HIDDEN_HINT.test(e.rawAttrs)) {
    if (attribute(e, 'hidden') !== undefined || attribute(e, 'aria-hidden') === 'true') return true;
  }
  // A page's own header is site furniture; an article's header holds its headline and byline.
  return e.name === 'header' && !inArticle;
}

// 4. Paragraphs of collapsed text.
function collectText(root: Element, paragraphs: string[], inArticle: boolean): void {
  let line: string[] = [];
  const flush = () => {
    const text = line.join('').replace(WHITESPACE, ' ').trim();
    if (text !== '') paragraphs.push(text);
    line = [];
  };
  const walk = (e: Element, preformatted: boolean) => {
    for (const child of e.children) {
      if (typeof child === 'string') {
        if (preformatted) {
          // Code and poems keep their lines: each is a paragraph.
          const lines = child.split('\n');
          lines.forEach((l, i) => {
            if (i > 0) flush();
            line.push(l);
          });
        } else {
          line.push(child);
        }
        continue;
      }
      if (isDropped(child, inArticle)) continue;
      if (child.name === 'br') {
        flush();
      } else if (BLOCK.has(child.name)) {
        flush();
        walk(child, preformatted || child.name === 'pre');
        flush();
      } else {
        walk(child, preformatted);
        if (INLINE_SEPARATED.has(child.name)) line.push(' ');
      }
    }
  };
  walk(root, false);
  flush();
}

// 5. What the page says about itself.
function readMeta(document: Element): HtmlMeta {
  const metas = new Map<string, string>();
  let title: string | null = null;
  let canonical: string | null = null;
  let language: string | null = null;
  const walk = (e: Element) => {
    for (const child of e.children) {
      if (typeof child === 'string') continue;
      if (child.name === 'html') language ??= oneLine(attribute(child, 'lang') ?? '');
      if (child.name === 'title' && title === null)
        title = oneLine(child.children.filter((c) => typeof c === 'string').join(''));
      if (child.name === 'meta') {
        const key = (attribute(child, 'property') ?? attribute(child, 'name') ?? '').toLowerCase();
        const content = oneLine(attribute(child, 'content') ?? '');
        if (key && content && !metas.has(key)) metas.set(key, content);
      }
      if (child.name === 'link' && (attribute(child, 'rel') ?? '').toLowerCase() === 'canonical') {
        canonical ??= oneLine(attribute(child, 'href') ?? '');
      }
      walk(child);
    }
  };
  walk(document);
  const date = ISO_DATE.exec(metas.get('article:published_time') ?? metas.get('date') ?? '')?.[1] ?? null;
  const url = canonical ?? metas.get('og:url') ?? null;
  return {
    title: metas.get('og:title') ?? title ?? (firstHeading(document) || null),
    byline: metas.get('author') ?? null,
    date,
    // Only web addresses: a `javascript:` or `data:` URL is nobody's source.
    url: url !== null && /^https?:\/\//i.test(url) ? url : null,
    source: metas.get('og:site_name') ?? null,
    language: language || null,
  };
}

function firstHeading(document: Element): string {
  const h1 = findAll(document, 'h1')[0];
  if (!h1) return '';
  const parts: string[] = [];
  collectText(h1, parts, true);
  return oneLine(parts.join(' '));
}

const oneLine = (s: string): string => s.replace(WHITESPACE, ' ').trim();
