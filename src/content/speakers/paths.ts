// Where the speaker files sit, relative to the catalog. Apart from ../paths.ts, which the reader's first
// download holds: these only the speaker page needs.

/** Every quoted speaker of the corpus, most quoted first. */
export const SPEAKER_INDEX_PATH = 'speakers/index.json';

/** `speakers/jose-alvarez.json`: one speaker's page. */
export const speakerPath = (key: string): string => `speakers/${key}.json`;
