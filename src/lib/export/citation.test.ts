import { describe, expect, it } from 'vitest';

import { formatCitation } from './citation';
import { quoteLink, type QuoteRecord } from './records';

const record = (over: Partial<QuoteRecord> = {}): QuoteRecord => ({
  speaker: 'José Álvarez',
  role: 'Mayor',
  kind: 'direct',
  quotation: 'The bridge is safe for now, but the bill grows every month,',
  cue: 'told reporters',
  article: 'Council agrees to mend the harbour bridge',
  source: 'Harbour Gazette',
  date: '2024-03-05',
  articleUrl: null,
  link: 'https://example.org/verbatim/#/a/harbour-bridge?quote=q4',
  ...over,
});

describe('formatCitation', () => {
  it('gives the words, who and where, and the link', () => {
    expect(formatCitation(record())).toBe(
      [
        '“The bridge is safe for now, but the bill grows every month”',
        '— José Álvarez, Mayor. “Council agrees to mend the harbour bridge”, Harbour Gazette, 5 March 2024.',
        'https://example.org/verbatim/#/a/harbour-bridge?quote=q4',
      ].join('\n'),
    );
  });

  it('marks reported speech as such, without quotation marks', () => {
    const text = formatCitation(record({ kind: 'indirect', quotation: 'the budget  was\ntight' }));
    expect(text.split('\n')[0]).toBe('the budget was tight (reported)');
  });

  it('leaves out what the article does not give', () => {
    const text = formatCitation(record({ speaker: null, role: null, source: null, date: null }));
    expect(text.split('\n')[1]).toBe('— Unattributed. “Council agrees to mend the harbour bridge”.');
  });
});

describe('quoteLink', () => {
  it('is this page’s address with the reader’s hash, whatever hash it had', () => {
    expect(quoteLink('seed', 'q3', 'https://example.org/sub/#/speakers/zamir-kabulov')).toBe(
      'https://example.org/sub/#/a/seed?quote=q3',
    );
  });
});
