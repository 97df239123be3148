// npm run -s analyze -- FILE…      prints the analyses as one JSON array (one object per file)
// npm run -s analyze -- --jsonl    reads {"id","text"} lines on stdin, writes prediction lines (eval format)
// A bad file or line is reported on stderr with its name or line number; the others are still processed
// and the exit status is 1 at the end.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { analyze, toPrediction } from '@/analysis';

const USAGE = 'usage: npm run -s analyze -- FILE…   or   npm run -s analyze -- --jsonl < in.jsonl\n';

async function main(args: readonly string[]): Promise<number> {
  const flags = args.filter((a) => a.startsWith('--'));
  const files = args.filter((a) => !a.startsWith('--'));
  const unknown = flags.filter((f) => f !== '--jsonl');
  if (unknown.length > 0 || (flags.includes('--jsonl') && files.length > 0)) {
    process.stderr.write(
      `unknown arguments: ${[...unknown, ...(flags.includes('--jsonl') ? files : [])].join(' ')}\n${USAGE}`,
    );
    return 2;
  }
  if (flags.includes('--jsonl')) return jsonl();
  if (files.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  let status = 0;
  const results: unknown[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    try {
      results.push({ file, ...analyze(text) });
    } catch (e) {
      process.stderr.write(`${file}: analysis failed: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  // One file prints its analysis; several print an array; nothing readable prints nothing.
  if (results.length > 0) {
    process.stdout.write(`${JSON.stringify(files.length === 1 ? results[0] : results, null, 1)}\n`);
  }
  return status;
}

async function jsonl(): Promise<number> {
  let status = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNo++;
    // A byte-order mark may lead the first line of a file written on Windows.
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let input: unknown;
    try {
      input = JSON.parse(line);
    } catch (e) {
      process.stderr.write(`line ${lineNo}: not JSON: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    if (!isInput(input)) {
      process.stderr.write(`line ${lineNo}: expected an object with string fields "id" and "text"\n`);
      status = 1;
      continue;
    }
    try {
      process.stdout.write(`${JSON.stringify(toPrediction(input.id, analyze(input.text)))}\n`);
    } catch (e) {
      // The engine is meant never to throw; if it does, the other lines still get their answers.
      process.stderr.write(`line ${lineNo}: analysis failed: ${(e as Error).message}\n`);
      status = 1;
    }
  }
  return status;
}

function isInput(x: unknown): x is { id: string; text: string } {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as { id?: unknown }).id === 'string' &&
    typeof (x as { text?: unknown }).text === 'string'
  );
}

// A reader that closes the pipe early (`| head -1`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main(process.argv.slice(2));
