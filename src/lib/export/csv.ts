// CSV as RFC 4180 has it (CRLF between records; a field with a comma, quotation mark or line break in
// double quotes, its quotation marks doubled), safe to open in a spreadsheet: a cell that starts like a
// formula is prefixed with an apostrophe, so `=HYPERLINK(…)` in an article is shown, never run.

/** What Excel, LibreOffice and Sheets read as the start of a formula (tab and CR too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const QUOTE_MARK = /"/g;

/** Lets Excel know the file is UTF-8, so `José` does not open as `JosÃ©`. */
export const UTF8_BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE_MARK, '""')}"` : text;
}

/** The header and rows as one CSV text, with the BOM. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
