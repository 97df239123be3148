import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { articleQueryOptions } from '@/lib/api/article';
import { loadLocalArticles, refreshLocalArticles } from '@/lib/api/local-articles';
import type { LocalRecord } from '@/lib/local-articles';

export interface Deleted {
  readonly title: string;
  /** What Undo puts back; null if the record could not be read before it went. */
  readonly record: LocalRecord | null;
}

/**
 * Deleting an imported article at once, with Undo rather than a confirmation: the record stays in memory
 * until the next delete or until the reader leaves the library.
 */
export function useLocalDelete() {
  const client = useQueryClient();
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const fail = (e: unknown) => setProblem(e instanceof Error ? e.message : String(e));

  const remove = async (id: string, title: string) => {
    setProblem(null);
    try {
      const record = await (await loadLocalArticles()).remove(id);
      client.removeQueries({ queryKey: articleQueryOptions(id).queryKey });
      await refreshLocalArticles(client);
      setDeleted({ title, record });
    } catch (e) {
      fail(e);
    }
  };

  const undo = async () => {
    const record = deleted?.record;
    if (!record) return;
    try {
      await (await loadLocalArticles()).restore(record);
      await refreshLocalArticles(client);
      setDeleted(null);
      // Back to the article the reader brought back, as the Undo button is gone.
      document.querySelector<HTMLElement>(`[data-article-id="${record.entry.id}"] a`)?.focus();
    } catch (e) {
      fail(e);
    }
  };

  return { deleted, problem, remove, undo, dismiss: () => setDeleted(null) };
}
