import type { Article } from '@/content/schema';
import type { ArticleRoute } from '@/lib/router';

// TEMPORARY shell placeholder: replaced by the speakers work this session.
export function SpeakerSidebar({ article }: { article: Article; route: ArticleRoute }) {
  return (
    <aside aria-label="Speakers" className="py-8">
      <ul>
        {article.speakers.map((s) => (
          <li key={s.id}>{s.name}</li>
        ))}
      </ul>
    </aside>
  );
}
