import type { Article } from '@/content/schema';
import { DownloadButtons } from '@/lib/export/download-buttons';
import { articleRecords } from '@/lib/export/records';

/** The article's quotations as a file: a chunk of its own, so the reader's first download stays as it was. */
export function ArticleDownloads({ article }: { article: Article }) {
  return (
    <DownloadButtons
      label="Download this article’s quotations:"
      file={`verbatim-${article.id}`}
      of={`Quotations in “${article.meta.title}”`}
      records={() => articleRecords(article, window.location.href)}
    />
  );
}
