import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';

import { articleQueryOptions } from '@/lib/api/article';
import { refreshLocalArticles } from '@/lib/api/local-articles';
import { navigate, routes } from '@/lib/router';

import { RETRY } from '../lib/import-and-save';
import type { ImportProblem, ImportRequest, Stage } from '../lib/import-source';
import { prepareImport, runImport, type ImportJob } from '../lib/run-import';

export type ImportState =
  | { readonly status: 'idle'; readonly cancelled: boolean }
  | { readonly status: 'running'; readonly stage: Stage; readonly what: string }
  | { readonly status: 'failed'; readonly problems: readonly ImportProblem[] };

export type ImportInput = Omit<ImportRequest, 'nonce'>;

const NONCE_LENGTH = 6;

/** Six base-36 characters: two imports of one title in the same second still get two ids. */
const nonce = (): string =>
  Array.from(crypto.getRandomValues(new Uint8Array(NONCE_LENGTH)), (b) => (b % 36).toString(36)).join('');

/**
 * An import from start to the reader: the worker's stages, saving in this browser among them, then the
 * article opened (from the query cache, so the reader does not read it back from storage). Leaving the
 * view cancels a running import. The worker for the first import starts with the view.
 */
export function useImport() {
  const client = useQueryClient();
  const [state, setState] = useState<ImportState>({ status: 'idle', cancelled: false });
  const job = useRef<ImportJob | null>(null);

  useEffect(() => () => job.current?.cancel(), []);
  useEffect(prepareImport, []);

  const start = useCallback(
    (input: ImportInput) => {
      job.current?.cancel();
      const what = 'file' in input.source ? input.source.file : 'your text';
      // Messages already on their way when the reader cancels must not bring the progress back.
      const current: ImportJob = runImport({ ...input, nonce: nonce() }, (stage) => {
        if (job.current === current) setState({ status: 'running', stage, what });
      });
      job.current = current;
      setState({ status: 'running', stage: 'read', what });
      const fail = (message: string, fix: string) => {
        job.current = null;
        setState({ status: 'failed', problems: [{ message, fix }] });
      };
      void (async () => {
        let outcome;
        try {
          outcome = await current.outcome;
        } catch (e) {
          if (job.current === current) {
            fail(`The analysis stopped unexpectedly (${e instanceof Error ? e.message : String(e)})`, RETRY);
          }
          return;
        }
        if (job.current !== current) return;
        if (!outcome.ok) {
          job.current = null;
          setState({ status: 'failed', problems: outcome.problems });
          return;
        }
        const { article } = outcome;
        job.current = null;
        client.setQueryData(articleQueryOptions(article.id).queryKey, article);
        void refreshLocalArticles(client);
        navigate(routes.article(article.id));
      })();
    },
    [client],
  );

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = null;
    setState({ status: 'idle', cancelled: true });
  }, []);

  return { state, start, cancel };
}
