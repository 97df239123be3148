// The content build inside Vite's dev server: articles are served from memory, and an edit to the
// content folder shows on the next request, with no restart.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { createServer, type ViteDevServer } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';

import { verbatimContent } from '@/content/vite-plugin';

import { sourceDir } from './helpers';

const FERRY = '---\ntitle: Harbour ferry returns\n---\n“The ferry runs again,” said Ada Quint.\n';

let server: ViteDevServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function serve(dir: string): Promise<string> {
  server = await createServer({
    configFile: false,
    logLevel: 'silent',
    plugins: [verbatimContent({ sourceDir: dir })],
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${String(address.port)}/content/`;
}

const titles = async (base: string): Promise<string[]> => {
  const catalog = (await (await fetch(`${base}catalog.json`)).json()) as { articles: { title: string }[] };
  return catalog.articles.map((a) => a.title);
};

/** Polls until `check` holds: the watcher reports a change some milliseconds after the write. */
async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  for (let i = 0; ; i++) {
    const value = await read();
    if (check(value) || i > 100) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the content plugin in the dev server', { timeout: 30_000 }, () => {
  it('serves the catalog and each article from the folder', async () => {
    const base = await serve(await sourceDir({ 'ferry.txt': FERRY }));
    expect(await titles(base)).toEqual(['Harbour ferry returns']);
    const article = (await (await fetch(`${base}articles/ferry.json`)).json()) as { quotes: unknown[] };
    expect(article.quotes).toHaveLength(1);
    expect((await fetch(`${base}articles/nothing.json`)).status).toBe(404);
  });

  it('picks up an added, an edited and a broken article without a restart', async () => {
    const dir = await sourceDir({ 'ferry.txt': FERRY });
    const base = await serve(dir);
    expect(await titles(base)).toEqual(['Harbour ferry returns']);

    await writeFile(join(dir, 'bridge.txt'), '---\ntitle: Bridge reopens\n---\nThe bridge reopened.\n');
    expect(
      await eventually(
        () => titles(base),
        (t) => t.length === 2,
      ),
    ).toEqual(['Bridge reopens', 'Harbour ferry returns']);

    await writeFile(join(dir, 'bridge.txt'), '---\ntitle: Bridge stays shut\n---\nThe bridge stayed shut.\n');
    expect(
      await eventually(
        () => titles(base),
        (t) => t.includes('Bridge stays shut'),
      ),
    ).toContain('Bridge stays shut');

    await writeFile(join(dir, 'empty.txt'), '');
    const failed = await eventually(
      () => fetch(`${base}catalog.json`).then(async (r) => ({ status: r.status, body: await r.text() })),
      (r) => r.status === 500,
    );
    expect(failed.status).toBe(500);
    expect(failed.body).toContain('empty.txt: is empty');
  });
});
