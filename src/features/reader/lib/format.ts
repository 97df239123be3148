// Links as the header shows them.

/** The article's `url` as a link only when it is http(s): the field is untrusted (no `javascript:`). */
export function safeUrl(raw: string | null): URL | null {
  if (raw === null) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
