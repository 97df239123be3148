// What the content build reports about bad input: the file, the line where it applies, what is wrong and
// what to do, printed the way compilers do so editors and terminals can jump to it:
//   src/content/articles/notes.txt:3: contains a NUL byte … Save the article as plain UTF-8 text.

export interface ContentProblem {
  /** The source file (or the folder, for problems with the folder itself), as the user named it. */
  readonly file: string;
  /** 1-based, where the problem sits on one line; null where it concerns the whole file. */
  readonly line: number | null;
  /** What is wrong, without a final full stop. */
  readonly message: string;
  /** What to do about it, as a sentence. */
  readonly fix: string;
}

export const formatProblem = ({ file, line, message, fix }: ContentProblem): string =>
  `${file}${line === null ? '' : `:${String(line)}`}: ${message}. ${fix}`;

/** Thrown by the build when any source is bad: every problem at once, and nothing written. */
export class ContentBuildError extends AggregateError {
  override readonly name = 'ContentBuildError';
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const lines = problems.map(formatProblem);
    const count = `${String(problems.length)} problem${problems.length === 1 ? '' : 's'}`;
    super(lines, `content build failed with ${count}:\n${lines.join('\n')}`);
    this.problems = problems;
  }
}

const LF = 0x0a;
const CR = 0x0d;

/** The 1-based line holding byte `index`, counting LF, CRLF and a lone CR as one break each. */
export function lineAtByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === LF || (byte === CR && bytes[i + 1] !== LF)) line++;
  }
  return line;
}

/** The 1-based line holding UTF-16 offset `index` of `text`, with the same line breaks. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}
