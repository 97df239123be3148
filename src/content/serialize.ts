// A content file's text from its value: one function, so the files `npm run content` writes, the ones
// `vite build` emits and the dev server sends, and the bytes the search benchmark counts are the same.

export const serializeContent = (value: unknown): string => `${JSON.stringify(value)}\n`;
