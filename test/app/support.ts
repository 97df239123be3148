// Serving the real content build to the app under test: `fetch` answers from what compileContent makes
// of src/content/articles, and a test can break any file on the way.

import { configure } from '@testing-library/react';
import { vi } from 'vitest';

import { compileContent } from '@/content/build';

// The first render loads React, the schemas and the content in jsdom: seconds, not milliseconds, on a busy machine.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

let files: Map<string, string> | null = null;

/** `catalog.json`, `articles/seed.json`, … as the app would download them. */
export async function contentFiles(): Promise<Map<string, string>> {
  files ??= new Map(
    (await compileContent('src/content/articles')).files.map(([path, value]) => [
      path,
      JSON.stringify(value),
    ]),
  );
  return files;
}

/** Installs a fetch serving the content files; `override` may answer differently for some paths. */
export async function serveContent(
  override?: (path: string, body: string | undefined) => Response | undefined,
) {
  const served = await contentFiles();
  // A promise that rejects when `override` throws, as fetch does on a network failure.
  const fetchMock = vi.fn((input: RequestInfo | URL) =>
    Promise.resolve().then(() => {
      const url = new URL(input instanceof Request ? input.url : input.toString());
      const path = url.pathname.replace(/^\/content\//, '');
      const body = served.get(path);
      const answer = override?.(path, body);
      if (answer) return answer;
      return body === undefined ? new Response('', { status: 404 }) : new Response(body, { status: 200 });
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
