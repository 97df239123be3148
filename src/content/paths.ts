// Where content files sit, relative to the catalog. Apart from the schemas so that the page can name a
// file without downloading the validator, which loads with the file itself.

/** `articles/seed.json`. */
export const articlePath = (id: string): string => `articles/${id}.json`;
