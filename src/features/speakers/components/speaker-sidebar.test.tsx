// @vitest-environment jsdom
import { readFileSync } from 'node:fs';

import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { analyze } from '@/analysis';
import { toArticleInput } from '@/content/derive';
import { Article } from '@/content/schema';
import { useRoute } from '@/lib/router';

import { SpeakerSidebar } from './speaker-sidebar';

const SEED = Article.parse(
  toArticleInput(analyze(readFileSync('src/content/articles/seed.txt', 'utf8')), {
    id: 'seed',
    sourceFile: 'seed.txt',
  }),
);
const KABULOV = SEED.speakers.find((s) => s.name === 'Zamir Kabulov');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The sidebar beside stand-ins for the reader's quotation elements, following the real hash route. */
function Page({ article }: { article: Article }) {
  const route = useRoute();
  if (route.name !== 'article') return null;
  return (
    <>
      {article.quotes.map((q) => (
        <mark key={q.id} data-quote-id={q.id} data-speaker={q.speakerId ?? 'none'}>
          {q.id}
        </mark>
      ))}
      <SpeakerSidebar article={article} route={route} />
    </>
  );
}

let root: Root;
let host: HTMLElement;
const scrolled: string[] = [];
/** The layout the window is in: the sidebar as a column (wide screens), or a phone's bottom sheet. */
let column: boolean;

beforeEach(() => {
  window.location.hash = '#/a/seed';
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  scrolled.length = 0;
  // jsdom has no media queries; the sidebar's one asks for Tailwind's `lg`.
  column = true;
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: column && query === '(min-width: 64rem)',
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
  // jsdom lays nothing out, so it has no scrollIntoView; record which quotation was scrolled to.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this.getAttribute('data-quote-id') ?? '');
  });
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

const render = (article: Article = SEED) => act(() => root.render(<Page article={article} />));

/** jsdom fires hashchange asynchronously; let it arrive and React re-render. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

const landmark = (): HTMLElement => {
  const aside = document.querySelector<HTMLElement>('aside[aria-label="Speakers"]');
  if (!aside) throw new Error('no complementary landmark named Speakers');
  return aside;
};
const speakerButtons = () => [...landmark().querySelectorAll<HTMLButtonElement>('button[aria-pressed]')];
const nameOf = (el: Element): string =>
  (el.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
const descriptionOf = (el: Element): string =>
  document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
const button = (text: string): HTMLButtonElement => {
  const found = [...landmark().querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
};
const click = (el: Element) => act(() => (el as HTMLElement).click());
const press = (key: string, target: EventTarget = document) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });

describe('SpeakerSidebar', () => {
  it('is a complementary landmark named Speakers, most quoted first', () => {
    render();
    expect(landmark().tagName).toBe('ASIDE');
    expect(speakerButtons().map(nameOf)).toEqual(['Zamir Kabulov', 'Ashraf Ghani', 'Taliban']);
  });

  it('shows Kabulov with his kind, roles, other names and counts by kind', () => {
    render();
    const [first] = speakerButtons();
    const details = descriptionOf(first ?? document.body);
    expect(details).toContain('Person');
    expect(details).toContain('Russia’s special envoy to Afghanistan; presidential envoy; diplomat');
    expect(details).toContain('also: Kabulov, the presidential envoy, the diplomat');
    expect(details).toContain('8 quotations: 4 direct, 4 indirect');
    expect(first?.querySelector('[data-speaker-color="0"]')?.textContent).toBe('ZK');
    expect(descriptionOf(speakerButtons()[2] ?? document.body)).toContain('Organisation');
  });

  it('focuses a speaker through the URL and lists their quotations, then clears the focus', async () => {
    render();
    const kabulov = speakerButtons()[0];
    expect(kabulov?.getAttribute('aria-pressed')).toBe('false');
    click(kabulov ?? document.body);
    await settle();
    expect(window.location.hash).toBe(`#/a/seed?speaker=${KABULOV?.id ?? ''}`);
    expect(speakerButtons()[0]?.getAttribute('aria-pressed')).toBe('true');

    const list = landmark().querySelector('ol[aria-label="Quotations by Zamir Kabulov"]');
    const links = [...(list?.querySelectorAll('a') ?? [])];
    expect(links).toHaveLength(8);
    expect(links[0]?.textContent).toContain('Russia could send troops to Afghanistan');
    expect(links[2]?.textContent).toMatch(/^Direct\s*said\s*“As regards the fight against terrorism/);
    expect(links.every((a) => [...(a.textContent ?? '')].length < 200)).toBe(true);

    click(speakerButtons()[0] ?? document.body);
    await settle();
    expect(window.location.hash).toBe('#/a/seed');
    expect(landmark().querySelector('ol')).toBeNull();
  });

  it('goes to a quotation: quote= in the URL, scrolled to and focused, again when chosen again', async () => {
    window.location.hash = `#/a/seed?speaker=${KABULOV?.id ?? ''}`;
    render();
    const link = landmark().querySelector<HTMLAnchorElement>('ol a:nth-child(1)');
    const third = [...landmark().querySelectorAll('ol a')][2];
    expect(link?.getAttribute('href')).toBe(`#/a/seed?quote=q1&speaker=${KABULOV?.id ?? ''}`);

    click(third ?? document.body);
    await settle();
    expect(window.location.hash).toBe(`#/a/seed?quote=q3&speaker=${KABULOV?.id ?? ''}`);
    expect(scrolled).toEqual(['q3']);
    expect(document.activeElement?.getAttribute('data-quote-id')).toBe('q3');
    expect(third?.getAttribute('aria-current')).toBe('true');

    click(third ?? document.body);
    expect(scrolled).toEqual(['q3', 'q3']);
  });

  it('clears the focus with Escape, but not while typing', async () => {
    window.location.hash = `#/a/seed?speaker=${KABULOV?.id ?? ''}`;
    render();
    const input = document.body.appendChild(document.createElement('input'));
    press('Escape', input);
    await settle();
    expect(window.location.hash).toContain('speaker=');
    input.remove();
    press('Escape');
    await settle();
    expect(window.location.hash).toBe('#/a/seed');
  });

  it('opens the sheet from the bar, its list drawn, focus inside, and closes it with Escape back to the bar', () => {
    column = false;
    render();
    const toggle = button('Speakers (3)');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel?.className).toContain('max-lg:hidden');
    // Closed, the sheet's list is not built at all (a phone would build it for nothing as the page loads).
    expect(speakerButtons()).toEqual([]);

    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.className).not.toContain('max-lg:hidden');
    expect(speakerButtons().map(nameOf)).toEqual(['Zamir Kabulov', 'Ashraf Ghani', 'Taliban']);
    expect(panel?.contains(document.activeElement)).toBe(true);

    press('Escape');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(speakerButtons()).toEqual([]);
    expect(document.activeElement).toBe(toggle);
  });

  it('names the focused speaker in the bar, with a button there to clear the focus', async () => {
    column = false;
    window.location.hash = `#/a/seed?speaker=${KABULOV?.id ?? ''}`;
    render();
    const toggle = landmark().querySelector('button[aria-expanded]');
    expect(toggle?.textContent).toContain('Zamir Kabulov');
    click(button('✕Clear focus on Zamir Kabulov'));
    await settle();
    expect(window.location.hash).toBe('#/a/seed');
  });

  it('lists quotations without a speaker apart, and speakers left without one last', () => {
    const quotes = SEED.quotes.map((q) => (q.speakerId === 's2' ? { ...q, speakerId: null } : q));
    render(Article.parse({ ...SEED, quotes }));
    expect(speakerButtons().map(nameOf)).toEqual(['Zamir Kabulov', 'Taliban']);
    const unattributed = landmark().querySelector('details');
    expect(unattributed?.textContent).toContain('Unattributed1 indirect quotation');
    expect(unattributed?.querySelector('ol a')?.textContent).toContain('he personally had no obligations');
    expect(landmark().textContent).toContain('Also named, without a quotation: Ashraf Ghani');
  });
});
