import type { Article } from '@/content/schema';
import type { ArticleRoute } from '@/lib/router';

// TEMPORARY shell placeholder: replaced by the reader work this session.
export function ReaderView({ article }: { article: Article; route: ArticleRoute }) {
  return (
    <article className="py-8 font-serif">
      <h1 className="text-3xl font-semibold">{article.meta.title}</h1>
      <p className="mt-4 whitespace-pre-wrap">{article.text}</p>
    </article>
  );
}
