import { describe, expect, it } from 'vitest';

import { foldName, keyOf, speakerKey } from '@/content/speakers/key';

describe('speakerKey', () => {
  it.each([
    ['José Álvarez', 'jose-alvarez'],
    ['Jose  Alvarez', 'jose-alvarez'],
    ['Mr. Jose Alvarez', 'jose-alvarez'],
    ['Dr Ruth Okafor', 'ruth-okafor'],
    ['the Taliban', 'taliban'],
    ['Taliban', 'taliban'],
    ['Zamir Kabulov', 'zamir-kabulov'],
    ['Łukasz Øvergård', 'lukasz-overgard'],
    ['Jean-Luc O’Neill', 'jean-luc-o-neill'],
    // A title alone is kept: it is all there is.
    ['Sir', 'sir'],
  ])('%s → %s', (name, key) => {
    expect(speakerKey(name)).toBe(key);
  });

  it('keeps names in other scripts apart with a hash', () => {
    const a = speakerKey('Сергей Лавров');
    const b = speakerKey('Сергей Шойгу');
    expect(a).toMatch(/^speaker-[0-9a-f]{8}$/);
    expect(a).not.toBe(b);
    expect(speakerKey('Сергей  ЛАВРОВ')).toBe(a);
  });

  it('folds case, accents and punctuation, not words', () => {
    expect(foldName('  MR.  José   Álvarez! ')).toBe('jose alvarez');
    expect(foldName('Mayor José Álvarez')).toBe('mayor jose alvarez');
  });

  it('scopes a speaker the engine could not name to its article', () => {
    expect(keyOf({ name: 'port office', named: false }, 'ferry-service')).toBe('port-office--ferry-service');
    expect(keyOf({ name: 'José Álvarez', named: true }, 'ferry-service')).toBe('jose-alvarez');
  });
});
