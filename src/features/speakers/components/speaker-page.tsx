import { useEffect } from 'react';

import { useSpeakerIndex, useSpeakerPage } from '@/lib/api/speakers';
import { href, navigate, routes } from '@/lib/router';

import { resolveSpeaker } from '../lib/resolve';
import { CoQuotedList } from './co-quoted-list';
import { MergedNames } from './merged-names';
import { SpeakerHeader } from './speaker-header';
import { SpeakerQuotes } from './speaker-quotes';

/**
 * A speaker across the whole library: every quotation, the names merged into the page, the roles over
 * time and who else is quoted in the same articles. The URL may name them by key or by name; a name
 * settles on the key (the address bar shows it), or on a choice when several speakers share it.
 */
export function SpeakerPageView({ speaker }: { speaker: string }) {
  const index = useSpeakerIndex();
  const found = resolveSpeaker(index, speaker);
  const key = found.kind === 'found' ? found.entry.key : null;

  useEffect(() => {
    if (key !== null && key !== speaker) navigate(routes.speaker(key), { replace: true });
  }, [key, speaker]);

  if (found.kind === 'none') {
    return (
      <Shell>
        <h1 className="font-serif text-2xl font-semibold">No such speaker</h1>
        <p className="mt-3 text-muted">Nobody called “{speaker}” is quoted in this library.</p>
        <a href={href(routes.library())} className="mt-6 inline-flex min-h-11 items-center underline">
          Back to the library
        </a>
      </Shell>
    );
  }
  if (found.kind === 'choose') {
    return (
      <Shell>
        <h1 className="font-serif text-2xl font-semibold">Which “{speaker}”?</h1>
        <p className="mt-3 text-muted">
          Several speakers go by this name, and nothing says they are the same.
        </p>
        <ul className="mt-4 space-y-1">
          {found.entries.map((e) => (
            <li key={e.key}>
              <a href={href(routes.speaker(e.key))} className="inline-flex min-h-11 items-center underline">
                {e.name}, in {e.articles.length === 1 ? '1 article' : `${String(e.articles.length)} articles`}
              </a>
            </li>
          ))}
        </ul>
      </Shell>
    );
  }
  return <Profile speakerKey={found.entry.key} />;
}

function Profile({ speakerKey }: { speakerKey: string }) {
  const page = useSpeakerPage(speakerKey);
  return (
    <Shell>
      <SpeakerHeader page={page} />
      <MergedNames page={page} />
      <SpeakerQuotes page={page} />
      <CoQuotedList page={page} />
    </Shell>
  );
}

const Shell = ({ children }: { children: React.ReactNode }) => (
  <div className="mx-auto max-w-3xl px-4 py-8">{children}</div>
);
