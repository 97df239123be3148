// Dates and links as the header shows them.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2024-05-06` → `6 May 2024`; anything else is shown as written. */
export function formatDate(date: string): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (Number.isNaN(d.getTime())) return date;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

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
