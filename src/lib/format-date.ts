// Dates as every view shows them: the library, the reader's header and search results.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2020-07-02` → `2 July 2020`; anything else (`summer 2020`, `2020-13-45`) is shown as written. */
export function formatDate(date: string): string {
  const m = ISO_DATE.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls `2020-13-45` over into 2021; such a date is shown as written, not as another one.
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return date;
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
