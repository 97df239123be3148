// Markdown articles to the plain text the engine reads and the reader shows: the words stay, the syntax
// goes. Not a Markdown renderer: articles are prose, so headings, emphasis, links, block quotes, lists and
// code fences are reduced to their text and nothing else is interpreted (inline HTML stays literal text,
// which the reader shows as text, never as markup). Pure, so the browser importer reduces dropped .md files
// the same way.
//
// Front matter (a first line `---` up to the next `---`) is kept exactly, so its line numbers still point
// at the source file. In the body, the lines of a paragraph are joined with spaces (Markdown wraps them
// for the editor, not the reader) and paragraphs are separated by a blank line.

const FENCE = /^\s{0,3}(```|~~~)/;
const ATX_HEADING = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const BLOCK_QUOTE = /^\s{0,3}>\s?/;
const LIST_ITEM = /^\s{0,3}(?:[-+*]|\d{1,9}[.)])\s+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+.*$/;

// Inline syntax, applied in this order.
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/g;
const LINK = /\[([^\]]+)\]\([^)]*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|mailto):[^>\s]+)>/g;
const CODE_SPAN = /`+([^`]+)`+/g;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
// `_` only around whole words, so snake_case and names like Nazir_Ahmad stay as written.
const EMPHASIS_STAR = /\*(?=\S)([^*]*?\S)\*/g;
const EMPHASIS_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const STRIKE = /~~(?=\S)([\s\S]*?\S)~~/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|"'])/g;
// An escaped character is parked in the Private Use Area while the inline syntax is removed, so `\*` never
// opens emphasis; skipped for the rare text that already uses that range.
const PARKING = 0xe000;
const PARKED = /[\ue000-\ue07f]/g;
const HAS_PARKED = /[\ue000-\ue07f]/;

const LINE_BREAK = /\r\n|\r|\n/;

export function reduceMarkdown(source: string): string {
  const lines = source.split(LINE_BREAK);
  const front = frontMatterLength(lines);
  const out: string[] = lines.slice(0, front);
  const paragraphs: string[] = [];
  let current: string[] = [];
  let inFence = false;

  const endParagraph = () => {
    if (current.length > 0) paragraphs.push(inline(current.join(' ')));
    current = [];
  };

  for (const line of lines.slice(front)) {
    if (FENCE.test(line)) {
      endParagraph();
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      // Code keeps its lines; each is a paragraph of its own.
      if (line.trim() !== '') paragraphs.push(line.trim());
      continue;
    }
    if (line.trim() === '' || THEMATIC_BREAK.test(line) || REFERENCE_DEFINITION.test(line)) {
      endParagraph();
      continue;
    }
    if (SETEXT_UNDERLINE.test(line) && current.length > 0) {
      endParagraph();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      endParagraph();
      paragraphs.push(inline(heading[1] ?? ''));
      continue;
    }
    let text = line;
    while (BLOCK_QUOTE.test(text)) text = text.replace(BLOCK_QUOTE, '');
    if (LIST_ITEM.test(text)) {
      // Each item is a paragraph: news lists are bullet points of separate statements.
      endParagraph();
      text = text.replace(LIST_ITEM, '');
    }
    if (text.trim() === '') {
      endParagraph();
      continue;
    }
    current.push(text.trim());
  }
  endParagraph();

  const body = paragraphs.filter((p) => p !== '').join('\n\n');
  return front > 0 ? `${out.join('\n')}\n${body}` : body;
}

/** Lines taken by front matter (with both fences), or 0. */
function frontMatterLength(lines: readonly string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  return close < 0 ? 0 : close + 1;
}

function inline(raw: string): string {
  const park = !HAS_PARKED.test(raw);
  const text = park
    ? raw.replace(ESCAPE, (_, c: string) => String.fromCharCode(PARKING + c.charCodeAt(0)))
    : raw.replace(ESCAPE, '$1');
  const reduced = text
    // Pictures are not the article's words.
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, '$1')
    .replace(CODE_SPAN, '$1')
    .replace(STRONG, '$2')
    .replace(STRIKE, '$1')
    .replace(EMPHASIS_STAR, '$1')
    .replace(EMPHASIS_UNDERSCORE, '$1$2');
  return park ? reduced.replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - PARKING)) : reduced;
}
