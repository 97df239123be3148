import { describe, expect, it } from 'vitest';

import { confidenceWords, mentionWords, sourceWords } from './card-facts';

describe('card facts', () => {
  it('says confidence in words and figures', () => {
    expect([0.92, 0.85, 0.8, 0.6, 0.3].map(confidenceWords)).toEqual([
      'high (0.92)',
      'high (0.85)',
      'medium (0.80)',
      'medium (0.60)',
      'low (0.30)',
    ]);
  });

  it('shows the mention a speaker rests on', () => {
    const speaker = { name: 'Zamir Kabulov' };
    const mention = (text: string) => ({
      span: [0, text.length] as const,
      text,
      kind: 'descriptor' as const,
    });
    expect(mentionWords(mention('the diplomat'), speaker)).toBe('the diplomat → Zamir Kabulov');
    expect(mentionWords(mention('Zamir Kabulov'), speaker)).toBe('Zamir Kabulov');
    expect(mentionWords(null, speaker)).toBeNull();
  });

  it('says how the speaker was found', () => {
    expect(sourceWords('continuation')).toBe('continues an earlier quotation');
    expect(sourceWords(null)).toBeNull();
  });
});
