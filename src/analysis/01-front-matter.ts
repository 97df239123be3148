// Stage 1: split optional front matter from the body.
//   ---
//   title: Russia offers troops
//   date: 2020-05-20
//   ---
// Only `key: value` lines are read; the body is returned unchanged so offsets stay true to the file.

import type { FrontMatterProblem } from './types';

export const KNOWN_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'date',
  'source',
  'url',
  'byline',
  'author',
  'language',
  'lang',
  'slug',
]);

const FENCE = /^---[ \t]*$/;
const FIELD = /^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/;
/** Front matter longer than this is not front matter but a document that starts with a rule. */
const MAX_FRONT_MATTER_LINES = 64;

export interface FrontMatter {
  readonly fields: Readonly<Record<string, string>>;
  readonly bodyOffset: number;
  readonly problems: readonly FrontMatterProblem[];
}

export function splitFrontMatter(input: string): FrontMatter {
  const bom = input.startsWith('\uFEFF') ? 1 : 0;
  const none: FrontMatter = { fields: {}, bodyOffset: 0, problems: [] };
  const keyLines = new Map<string, number>();
  let pos = bom;
  // Walk line by line, remembering where each ends, without splitting the whole (possibly huge) input.
  const lineAt = (from: number): { text: string; next: number } | null => {
    if (from > input.length) return null;
    // Up to the next line break, however far: a long title is one line.
    const n = input.indexOf('\n', from);
    const r = input.indexOf('\r', from);
    const stop = [n, r].filter((x) => x >= 0).reduce((a, b) => Math.min(a, b), input.length);
    const width = input[stop] === '\r' && input[stop + 1] === '\n' ? 2 : 1;
    return { text: input.slice(from, stop), next: stop + width };
  };
  const first = lineAt(pos);
  if (!first || !FENCE.test(first.text)) return none;
  pos = first.next;
  // A null-prototype object, so "constructor" or "toString" are fields like any other.
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  const problems: FrontMatterProblem[] = [];
  for (let n = 0; n < MAX_FRONT_MATTER_LINES; n++) {
    const line = lineAt(pos);
    if (!line || pos >= input.length) break;
    const lineNo = n + 2;
    if (FENCE.test(line.text)) {
      for (const [key, line] of keyLines) {
        if (!KNOWN_FIELDS.has(key)) problems.push({ line, message: `unknown front matter field "${key}"` });
      }
      return { fields: { ...fields }, bodyOffset: Math.min(line.next, input.length), problems };
    }
    if (line.text.trim() === '') {
      pos = line.next;
      continue;
    }
    const m = FIELD.exec(line.text);
    if (!m || m[1] === undefined || m[2] === undefined) {
      problems.push({ line: lineNo, message: 'front matter line is not "key: value"' });
    } else {
      const key = m[1].toLowerCase();
      if (keyLines.has(key))
        problems.push({ line: lineNo, message: `front matter field "${key}" appears twice` });
      fields[key] = unquote(m[2]);
      keyLines.set(key, lineNo);
    }
    pos = line.next;
  }
  return {
    fields: {},
    bodyOffset: 0,
    problems: [{ line: 1, message: 'front matter opened with "---" is never closed by a "---" line' }],
  };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m?.[2] ?? value;
}
