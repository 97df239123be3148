// npm run content [-- --source DIR] [-- --out DIR] [-- --overrides FILE]
// Builds the articles of DIR (default: $VERBATIM_CONTENT, else src/content/articles) into catalog.json and
// articles/<id>.json under the output folder, one line per article and a summary on stdout. Corrections
// come from FILE (default: $VERBATIM_OVERRIDES, else DIR/overrides.json if there is one); those that match
// nothing are warnings on stderr. Any bad article
// prints one line per problem on stderr, writes nothing and exits with 1; bad arguments exit with 2.

import { parseArgs } from 'node:util';

import { buildContent } from './build';
import { ContentBuildError, formatProblem } from './problems';

const DEFAULT_SOURCE = 'src/content/articles';
// Inside src/ rather than public/ or a dist-content/ beside it: the app will reach these files through
// Vite (`import.meta.glob('@/content/.generated/articles/*.json', { query: '?url' })`), so they are
// hashed, served with relative paths that work from any subfolder, and watched by the dev server, which
// reloads when `npm run content` rewrites them. public/ is copied unhashed and never watched, and a folder
// outside src/ is neither served nor bundled. It is generated, so .gitignore leaves it out.
const DEFAULT_OUT = 'src/content/.generated';

const USAGE = 'usage: npm run content -- [--source DIR] [--out DIR] [--overrides FILE]\n';

async function main(args: string[]): Promise<number> {
  let values: { source?: string; out?: string; overrides?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        source: { type: 'string' },
        out: { type: 'string' },
        overrides: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const sourceDir = values.source ?? (process.env['VERBATIM_CONTENT'] || DEFAULT_SOURCE);
  const outDir = values.out ?? DEFAULT_OUT;
  const overridesFile = values.overrides ?? (process.env['VERBATIM_OVERRIDES'] || undefined);

  try {
    const { articles, warnings } = await buildContent({ sourceDir, outDir, overridesFile });
    for (const problem of warnings) process.stderr.write(`warning: ${formatProblem(problem)}\n`);
    let quotes = 0;
    for (const { file, article } of articles) {
      const { stats } = article;
      quotes += stats.quotes.total;
      process.stdout.write(
        `${file} → ${article.id}: ${count(stats.quotes.total, 'quotation')}, ` +
          `${count(article.speakers.length, 'speaker')}, ${count(stats.words, 'word')}\n`,
      );
    }
    process.stdout.write(
      `built ${count(articles.length, 'article')} (${count(quotes, 'quotation')}) into ${outDir}\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof ContentBuildError)) throw e;
    for (const problem of e.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    process.stderr.write(
      `content build failed: ${count(e.problems.length, 'problem')}; nothing was written and ${outDir} ` +
        'is as it was\n',
    );
    return 1;
  }
}

const count = (n: number, noun: string): string => `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;

process.exitCode = await main(process.argv.slice(2));
