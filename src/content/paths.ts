// Where content files sit, relative to the catalog. Apart from the schemas so that the page can name a
// file without downloading the validator, which loads with the file itself.

/** `articles/seed.json`. */
export const articlePath = (id: string): string => `articles/${id}.json`;

/**
 * Articles a reader imports live in the browser (IndexedDB) under ids with this prefix, so the content
 * build refuses it for bundled articles: `local-notes` names an imported article, never a file.
 */
export const LOCAL_ID_PREFIX = 'local-';

export const isLocalId = (id: string): boolean => id.startsWith(LOCAL_ID_PREFIX);
