import { ReaderView } from '@/features/reader/components/reader-view';
import { SpeakerSidebar } from '@/features/speakers/components/speaker-sidebar';
import { useArticle } from '@/lib/api/article';
import type { ArticleRoute } from '@/lib/router';

/** The reader column and, beside it (below it on phones, as a sheet), the speakers it quotes. */
export function ArticlePage({ route }: { route: ArticleRoute }) {
  const article = useArticle(route.id);
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <ReaderView article={article} route={route} />
      <SpeakerSidebar article={article} route={route} />
    </div>
  );
}
