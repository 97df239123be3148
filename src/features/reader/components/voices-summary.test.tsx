// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import type { Speaker } from '@/content/schema';

import { VoicesSummary } from './voices-summary';

afterEach(cleanup);

const speaker = (id: string, name: string) => ({ id, name }) as Speaker;

describe('VoicesSummary', () => {
  it('names the shared voice of the smaller speakers by how many they are, without a colour', () => {
    render(
      <VoicesSummary
        voices={{
          totalWords: 100,
          others: 14,
          voices: [
            { speakerId: 's1', words: 60, percent: 60 },
            { speakerId: '', words: 30, percent: 30 },
            { speakerId: null, words: 10, percent: 10 },
          ],
        }}
        speakers={new Map([['s1', speaker('s1', 'Mara Velde')]])}
        colors={new Map([['s1', 3]])}
      />,
    );
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Mara Velde60%, 60 words',
      '14 others30%, 30 words',
      'Unattributed10%, 10 words',
    ]);
    expect(rows.map((r) => r.dataset['speakerColor'])).toEqual(['3', 'none', 'none']);
  });
});
