// npm run -s analyze -- FILE…      prints each file's analysis as JSON
// npm run -s analyze -- --jsonl    reads {"id","text"} lines on stdin, writes prediction lines (eval format)

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

import { analyze, toPrediction } from '@/analysis';

async function main(args: readonly string[]): Promise<number> {
  if (args.includes('--jsonl')) return jsonl();
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    process.stderr.write(
      'usage: npm run -s analyze -- FILE…   or   npm run -s analyze -- --jsonl < in.jsonl\n',
    );
    return 2;
  }
  let status = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      process.stderr.write(`${file}: cannot read: ${(e as Error).message}\n`);
      status = 1;
      continue;
    }
    process.stdout.write(`${JSON.stringify({ file, ...analyze(text) }, null, 1)}\n`);
  }
  return status;
}

async function jsonl(): Promise<number> {
  let status = 0;
  let lineNo = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNo++;
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
    process.stdout.write(`${JSON.stringify(toPrediction(input.id, analyze(input.text)))}\n`);
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

process.exitCode = await main(process.argv.slice(2));
