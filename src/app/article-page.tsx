import { ReaderView } from '@/features/reader/components/reader-view';
import { useArticle } from '@/lib/api/article';
import { lazyModule, useLazyModule } from '@/lib/lazy-module';
import type { ArticleRoute } from '@/lib/router';

// The speakers' list is not needed to draw the article (its highlights and their speakers' colours come
// with the reader): it is a chunk of its own, fetched once the article has painted. On wide screens its
// column is part of the grid from the start, on phones its bar is fixed and its spacer ends the page, so
// its arrival moves nothing already on screen.
const sidebarModule = lazyModule(() => import('@/features/speakers/components/speaker-sidebar'), {
  firstScreen: true,
});

/** The reader column and, beside it (below it on phones, as a sheet), the speakers it quotes. */
export function ArticlePage({ route }: { route: ArticleRoute }) {
  const article = useArticle(route.id);
  const sidebar = useLazyModule(sidebarModule);
  return (
    <div className="mx-auto grid max-w-6xl gap-8 px-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <ReaderView article={article} route={route} />
      {sidebar && <sidebar.SpeakerSidebar article={article} route={route} />}
    </div>
  );
}
