// The speaker tests' corpus (test/speakers/corpus, four short articles written for these tests): the same
// town's mayor written three ways, two Okafors, and a bare "Okafor" that could be either.

import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { analyze } from '@/analysis';
import { toArticleInput } from '@/content/derive';
import { Article } from '@/content/schema';

export const CORPUS_DIR = 'test/speakers/corpus';

export const corpusArticles = (): Article[] =>
  readdirSync(CORPUS_DIR)
    .sort()
    .map((name) =>
      Article.parse(
        toArticleInput(analyze(readFileSync(join(CORPUS_DIR, name), 'utf8')), {
          id: basename(name, '.txt'),
          sourceFile: name,
        }),
      ),
    );
