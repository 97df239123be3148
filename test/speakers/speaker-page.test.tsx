// @vitest-environment jsdom
// The speaker page in the whole app, with its real QueryClient, over the real content build of the
// speaker corpus (test/speakers/corpus): links by name settle on the key, the page shows what it merged,
// every quotation links into the reader, and citations and files come out right.

import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { App } from '@/app/app';
import { createQueryClient } from '@/lib/query-client';
import { compileContent } from '@/content/build';

import '../app/support';
import { CORPUS_DIR } from './corpus';

let files = new Map<string, string>();
beforeAll(async () => {
  files = new Map((await compileContent(CORPUS_DIR)).files.map(([p, v]) => [p, JSON.stringify(v)]));
});

beforeEach(() => {
  window.location.hash = '#/';
  vi.stubGlobal(
    'fetch',
    vi.fn((input: RequestInfo | URL) => {
      const path = new URL(input instanceof Request ? input.url : input.toString()).pathname.replace(
        /^\/content\//,
        '',
      );
      const body = files.get(path);
      return Promise.resolve(new Response(body ?? '', { status: body === undefined ? 404 : 200 }));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const go = async (hash: string) => {
  await act(async () => {
    window.location.hash = hash;
    await Promise.resolve();
  });
};

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name });

describe('the speaker page', () => {
  it('settles a link by surname on the merged speaker, and shows what was merged', async () => {
    render(<App client={createQueryClient()} />);
    await go('#/speakers/Alvarez');
    await heading('José Álvarez');
    await waitFor(() => expect(window.location.hash).toBe('#/speakers/jose-alvarez'));
    const names = screen.getByRole('region', { name: 'Names and roles over time' });
    const items = within(names).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/5 March 2024.*Council agrees.*Mayor.*2 quotations.*Named “José Álvarez”\./),
      expect.stringMatching(/12 April 2024.*No role given.*Named “Jose Alvarez”, the same name written/),
      expect.stringMatching(/20 May 2024.*Named only “Alvarez”: the one full name in the library ending so/),
    ]);
    expect(screen.getByText(/4 quotations in 3 articles/)).toBeTruthy();
  });

  it('links every quotation to its place in the reader, and the speakers quoted alongside to theirs', async () => {
    render(<App client={createQueryClient()} />);
    await go('#/speakers/jose-alvarez');
    await heading('José Álvarez');
    const quotes = screen.getByRole('region', { name: 'Quotations' });
    const links = within(quotes)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '#/a/harbour-bridge',
      '#/a/harbour-bridge?quote=q1',
      '#/a/harbour-bridge?quote=q4',
      '#/a/ferry-service',
      '#/a/ferry-service?quote=q2',
      '#/a/market-square',
      '#/a/market-square?quote=q2',
    ]);
    expect(within(quotes).getByText(/told reporters/)).toBeTruthy();
    const alongside = screen.getByRole('region', { name: 'Quoted alongside' });
    const ruth = within(alongside).getByRole('link', { name: /Ruth Okafor/ });
    expect(ruth.getAttribute('href')).toBe('#/speakers/ruth-okafor');
    expect(ruth.textContent).toContain('2 articles');
  });

  it('says who was kept apart, and a name nobody has', async () => {
    render(<App client={createQueryClient()} />);
    await go('#/speakers/okafor');
    await heading('Okafor');
    const kept = screen.getByText(/Kept apart/).closest('p');
    expect(kept?.textContent).toMatch(/Ruth Okafor.*Maria Okafor|Maria Okafor.*Ruth Okafor/);
    await go('#/speakers/Nobody%20Atall');
    await heading('No such speaker');
  });

  it('copies a citation and says so, or shows it to copy by hand', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App client={createQueryClient()} />);
    await go('#/speakers/jose-alvarez');
    await heading('José Álvarez');
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation of quotation 2' }));
    await screen.findByText('Copied');
    expect(writeText).toHaveBeenCalledWith(
      [
        '“The bridge is safe for now, but the bill grows every month”',
        '— José Álvarez, Mayor. “Council agrees to mend the harbour bridge”, Harbour Gazette, 5 March 2024.',
        'http://localhost:3000/#/a/harbour-bridge?quote=q4',
      ].join('\n'),
    );

    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation of quotation 1' }));
    const field = await screen.findByRole<HTMLTextAreaElement>('textbox', { name: 'Citation to copy' });
    expect(field.value).toContain('“We cannot ask people to wait through another winter”');
    expect(screen.getByText(/copy it by hand/)).toBeTruthy();
  });

  it('downloads the speaker’s quotations as CSV and JSON, made in the page', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    render(<App client={createQueryClient()} />);
    await go('#/speakers/ruth-okafor');
    await heading('Ruth Okafor');
    const group = screen.getByRole('group', { name: 'Download these quotations:' });
    fireEvent.click(within(group).getByRole('button', { name: /CSV/ }));
    fireEvent.click(within(group).getByRole('button', { name: 'JSON' }));
    expect(clicks).toEqual(['verbatim-ruth-okafor.csv', 'verbatim-ruth-okafor.json']);
    const csv = await blobs[0]?.text();
    const lines = csv?.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines?.[0]).toBe('Speaker,Role,Kind,Quotation,Cue,Article,Source,Date,Article URL,Link');
    expect(lines?.[1]).toBe(
      'Ruth Okafor,Councillor,indirect,the budget left almost nothing for the schools,said,' +
        'Council agrees to mend the harbour bridge,Harbour Gazette,2024-03-05,https://example.org/harbour-bridge,' +
        'http://localhost:3000/#/a/harbour-bridge?quote=q2',
    );
    expect(lines).toHaveLength(6);
    const json = JSON.parse((await blobs[1]?.text()) ?? '') as { quotations: unknown[] };
    expect(json.quotations).toHaveLength(4);
  });
});

describe('the way there', () => {
  it('draws the sidebar at once where it is a column, and as a sheet again when the window narrows', async () => {
    // A window that can cross Tailwind's `lg`, the sidebar's breakpoint.
    let wide = true;
    const changes = new Set<() => void>();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(min-width: 64rem)' && wide;
      },
      addEventListener: (_: string, change: () => void) => changes.add(change),
      removeEventListener: (_: string, change: () => void) => changes.delete(change),
    }));
    render(<App client={createQueryClient()} />);
    await go('#/a/ferry-service?speaker=s2');
    const speakers = await screen.findByRole('complementary', { name: 'Speakers' });
    expect(
      await within(speakers).findByRole('link', { name: 'All quotations by Jose Alvarez' }),
    ).toBeTruthy();
    act(() => {
      wide = false;
      changes.forEach((change) => change());
    });
    expect(within(speakers).queryByRole('link', { name: 'All quotations by Jose Alvarez' })).toBeNull();
  });

  it('links from the focused speaker in the sidebar to their page', async () => {
    render(<App client={createQueryClient()} />);
    await go('#/a/ferry-service?speaker=s2');
    // jsdom has no media queries: the sidebar is a phone's sheet, drawn once it is opened.
    const speakers = await screen.findByRole('complementary', { name: 'Speakers' });
    expect(within(speakers).queryByRole('link', { name: 'All quotations by Jose Alvarez' })).toBeNull();
    fireEvent.click(within(speakers).getByRole('button', { expanded: false }));
    const link = await within(speakers).findByRole('link', { name: 'All quotations by Jose Alvarez' });
    await go(link.getAttribute('href') ?? '');
    await heading('José Álvarez');
  });
});
