// @vitest-environment jsdom
// The add view inside the whole app, with its real QueryClient and the real content build: paste, see the
// progress, land in the reader, find the article in the library marked Local, delete it and undo. The
// worker is replaced by the same pipeline run in the page (jsdom has no Worker), saving included, and
// IndexedDB by the store's in-memory backend (jsdom has none; the journeys in test/e2e use the real one).

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';
import { importAndSave } from '@/features/import/lib/import-and-save';
import type { ImportRequest, Stage } from '@/features/import/lib/import-source';
import type * as localArticlesModule from '@/lib/local-articles';
import { localArticles, memoryBackend, type LocalArticles } from '@/lib/local-articles';

type LocalArticlesModule = typeof localArticlesModule;

import { serveContent } from '../app/support';

const control = vi.hoisted(() => ({
  /** Holds the import at its first stage, as a long one would be. */
  hold: false,
  cancelled: 0,
  requests: [] as unknown[],
  store: null as LocalArticles | null,
}));

vi.mock('@/features/import/lib/run-import', () => ({
  prepareImport: () => () => undefined,
  runImport: (request: ImportRequest, onStage: (stage: Stage) => void) => {
    control.requests.push(request);
    const outcome = new Promise((resolve) => {
      if (!control.hold && control.store) {
        const store = control.store;
        setTimeout(
          () => resolve(importAndSave(request, onStage, store).then((json) => JSON.parse(json) as unknown)),
          0,
        );
      }
    });
    return { outcome, cancel: () => (control.cancelled += 1) };
  },
}));

vi.mock('@/lib/local-articles', async (original) => ({
  ...(await original<LocalArticlesModule>()),
  getLocalArticles: () => control.store,
}));

const ARTICLE = [
  'Lighthouse keepers vote to stay',
  '',
  'The last three keepers of the Skerry light voted on Friday to stay at their posts through the winter.',
  '',
  '“Somebody has to watch the rocks,” said Ines Harrow, the senior keeper. “The machines miss things.”',
].join('\n');

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    await Promise.resolve();
  });
};

const paste = async (text: string) => {
  const field = await screen.findByLabelText('Article text');
  fireEvent.change(field, { target: { value: text } });
  return field;
};

beforeEach(async () => {
  control.hold = false;
  control.cancelled = 0;
  control.requests = [];
  const backend = memoryBackend();
  control.store = localArticles(() => Promise.resolve(backend));
  window.location.hash = '#/add';
  await serveContent();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the add view', () => {
  it('asks for text before importing nothing', async () => {
    render(<App client={createQueryClient()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Add an article' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse and save' }));
    expect(await screen.findByText(/Paste the article’s text first/)).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('Article text'));
    expect(control.requests).toEqual([]);
  });

  it('imports pasted text into the reader, lists it as Local, deletes it and undoes that', async () => {
    render(<App client={createQueryClient()} />);
    await paste(ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse and save' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Lighthouse keepers vote to stay' });
    expect(window.location.hash).toMatch(/^#\/a\/local-lighthouse-keepers-vote-to-stay-[a-z0-9]{6}$/);
    const main = heading.closest('main') ?? document.body;
    const quotes = main.querySelectorAll('[data-quote-kind]');
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes[0]?.textContent).toContain('Somebody has to watch the rocks');

    await go('#/');
    const link = await screen.findByRole('link', { name: 'Lighthouse keepers vote to stay' });
    const card = link.closest('article');
    if (!card) throw new Error('no card');
    expect(within(card).getByText('Local')).toBeTruthy();
    expect(screen.getByText(/\(1 imported\)/)).toBeTruthy();

    fireEvent.click(
      within(card).getByRole('button', {
        name: 'Delete “Lighthouse keepers vote to stay” from this browser',
      }),
    );
    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.queryByRole('link', { name: 'Lighthouse keepers vote to stay' })).toBeNull();
    // Focus moves to Undo once it is drawn (an effect after the commit that drew it).
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    expect(await screen.findByRole('link', { name: 'Lighthouse keepers vote to stay' })).toBeTruthy();
    expect((await control.store?.list())?.entries).toHaveLength(1);
  });

  it('shows the stages and lets the reader cancel', async () => {
    control.hold = true;
    render(<App client={createQueryClient()} />);
    await paste(ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse and save' }));
    expect(await screen.findByText(/Step 1 of 5: Reading/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Import progress' })).toBeTruthy();
    // The form makes way for the progress, and comes back with the text after a cancel.
    expect(screen.getByLabelText('Article text').closest('[hidden]')).not.toBeNull();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(control.cancelled).toBe(1);
    expect(await screen.findByText(/Import cancelled\. Nothing was saved\./)).toBeTruthy();
    expect(screen.getByLabelText<HTMLTextAreaElement>('Article text').value).toBe(ARTICLE);
    expect(screen.getByLabelText('Article text').closest('[hidden]')).toBeNull();
    expect((await control.store?.list())?.entries).toEqual([]);
  });

  it('says why when the text is not an article, and keeps it', async () => {
    render(<App client={createQueryClient()} />);
    await paste('“” «» ...');
    fireEvent.click(screen.getByRole('button', { name: 'Analyse and save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/has no words/);
    expect(window.location.hash).toBe('#/add');
  });

  it('says so when the browser cannot store articles', async () => {
    control.store = localArticles(() => Promise.reject(new DOMException('no', 'SecurityError')));
    render(<App client={createQueryClient()} />);
    await paste(ARTICLE);
    fireEvent.click(screen.getByRole('button', { name: 'Analyse and save' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/does not let Verbatim store articles/);
    expect(alert.textContent).toMatch(/your text is still here/);
    expect(window.location.hash).toBe('#/add');
  });

  it('imports a chosen file straight away', async () => {
    render(<App client={createQueryClient()} />);
    const input = await screen.findByLabelText<HTMLInputElement>('Choose a file…');
    const file = new File(
      [`<h1>Keepers stay</h1><script>alert(1)</script><p>${ARTICLE.split('\n\n')[2] ?? ''}</p>`],
      'keepers.html',
      {
        type: 'text/html',
      },
    );
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Keepers stay' })).toBeTruthy();
    expect(document.body.textContent).not.toContain('alert(1)');
  });

  it('is prefilled by a share, and says a link alone cannot be fetched', async () => {
    window.location.hash = '#/add?title=Keepers&text=They%20stay.&url=https%3A%2F%2Fnews.example%2Fk';
    render(<App client={createQueryClient()} />);
    expect((await screen.findByLabelText<HTMLInputElement>(/Title/)).value).toBe('Keepers');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Article text').value).toBe('They stay.');
    expect(screen.getByText('https://news.example/k')).toBeTruthy();
    expect(screen.getByText(/does not fetch pages/)).toBeTruthy();
  });
});
