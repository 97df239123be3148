// Bytes to article text, refusing what is not UTF-8 text: an empty file, UTF-16, binary data (NUL bytes)
// and invalid UTF-8, each with the line where it starts. Pure (TextDecoder is a web standard), so an
// importer in the browser can check dropped files the same way.

import { lineAtByte } from './problems';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number | null; readonly message: string; readonly fix: string };

const UTF16_LE_BOM = [0xff, 0xfe] as const;
const UTF16_BE_BOM = [0xfe, 0xff] as const;
const NUL = 0x00;
const LF = 0x0a;
const CR = 0x0d;

const SAVE_AS_UTF8 = 'Save the article as plain UTF-8 text, or remove it from the content folder.';

/**
 * A leading byte-order mark is dropped, as every UTF-8 decoder does: it marks the encoding and is not
 * part of the text, so an article reads the same with or without one. Everything else is kept exactly,
 * including U+FEFF further in.
 */
export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) {
    return { ok: false, line: null, message: 'is empty', fix: 'Write the article or remove the file.' };
  }
  if (startsWith(bytes, UTF16_LE_BOM) || startsWith(bytes, UTF16_BE_BOM)) {
    return { ok: false, line: 1, message: 'is encoded as UTF-16', fix: SAVE_AS_UTF8 };
  }
  const nul = bytes.indexOf(NUL);
  if (nul !== -1) {
    return {
      ok: false,
      line: lineAtByte(bytes, nul),
      message: 'contains a NUL byte, so it looks like a binary file rather than text',
      fix: SAVE_AS_UTF8,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      line: firstInvalidLine(bytes),
      message: 'is not valid UTF-8 (it may be in another encoding, such as Windows-1252 or Latin-1)',
      fix: 'Convert the file to UTF-8, for example with `iconv -f WINDOWS-1252 -t UTF-8`.',
    };
  }
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((byte, i) => bytes[i] === byte);

/**
 * The first line that does not decode. Line breaks are ASCII bytes, which never occur inside a UTF-8
 * sequence, so each line decodes on its own exactly when the whole file would.
 */
function firstInvalidLine(bytes: Uint8Array): number | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== LF && bytes[i] !== CR) continue;
    try {
      decoder.decode(bytes.subarray(start, i));
    } catch {
      return lineAtByte(bytes, start);
    }
    start = i + 1;
  }
  return null;
}
