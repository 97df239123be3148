// The speaker files for the content build to emit: the index and one page per speaker, each validated
// before it is written, as every content file is.

import { SPEAKER_INDEX_PATH, speakerPath } from './paths';
import type { Article } from '../schema';

import { mergeSpeakers } from './merge';
import { SpeakerIndex, SpeakerPage } from './schema';

/** `[path under content/, value]`, the index first. */
export function buildSpeakerFiles(articles: readonly Article[]): (readonly [string, unknown])[] {
  const { index, pages } = mergeSpeakers(articles);
  return [
    [SPEAKER_INDEX_PATH, SpeakerIndex.parse(index)],
    ...pages.map((page) => [speakerPath(page.key), SpeakerPage.parse(page)] as const),
  ];
}
