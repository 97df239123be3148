import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';

import { SPEAKER_INDEX_PATH, speakerPath } from '@/content/speakers/paths';
import type { SpeakerIndex, SpeakerPage } from '@/content/speakers/schema';

import { ContentLoadError, fetchJson } from './fetch-json';

// The schemas load with the files, not with the page (as for articles).
const schemas = () => import('@/content/speakers/schema');

export const getSpeakerIndex = (signal?: AbortSignal): Promise<SpeakerIndex> =>
  fetchJson(SPEAKER_INDEX_PATH, () => schemas().then((m) => m.SpeakerIndex), 'the list of speakers', signal);

export const getSpeakerPage = (key: string, signal?: AbortSignal): Promise<SpeakerPage> =>
  fetchJson(speakerPath(key), () => schemas().then((m) => m.SpeakerPage), 'this speaker', signal).then(
    (page) => {
      // A file renamed by hand would otherwise show someone else under this URL.
      if (page.key !== key) {
        throw new ContentLoadError(
          'This speaker file holds another speaker.',
          `${speakerPath(key)} holds ${page.key}`,
          false,
        );
      }
      return page;
    },
  );

export const speakerIndexQueryOptions = () =>
  queryOptions({ queryKey: ['speakers'], queryFn: ({ signal }) => getSpeakerIndex(signal) });

export const speakerPageQueryOptions = (key: string) =>
  queryOptions({ queryKey: ['speakers', key], queryFn: ({ signal }) => getSpeakerPage(key, signal) });

export const useSpeakerIndex = () => useSuspenseQuery(speakerIndexQueryOptions()).data;

export const useSpeakerPage = (key: string) => useSuspenseQuery(speakerPageQueryOptions(key)).data;
