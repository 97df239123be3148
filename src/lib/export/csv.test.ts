import { describe, expect, it } from 'vitest';

import { csvCell, toCsv, UTF8_BOM } from './csv';

describe('csvCell', () => {
  it.each<[string | number | null, string]>([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [3, '3'],
    ['a, b', '"a, b"'],
    ['she said "no"', '"she said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['José “Álvarez”', 'José “Álvarez”'],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
  ])('neutralises a formula: %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves a formula sign inside a cell alone', () => {
    expect(csvCell('a = b')).toBe('a = b');
  });
});

describe('toCsv', () => {
  it('starts with the BOM and ends every record with CRLF', () => {
    const csv = toCsv(
      ['A', 'B'],
      [
        ['1', 'x,y'],
        [null, '=2'],
      ],
    );
    expect(csv).toBe(`${UTF8_BOM}A,B\r\n1,"x,y"\r\n,'=2\r\n`);
  });
});
