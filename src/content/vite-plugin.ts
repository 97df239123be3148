// Puts the content build inside Vite: `vite build` runs the engine over the content folder and emits
// content/catalog.json and content/articles/<id>.json beside index.html; `vite` serves the same files from
// memory and reloads the page when an article changes, with no restart.
//
// The folder is $VERBATIM_CONTENT when set, else src/content/articles. The app fetches the files relative
// to the page (`content/catalog.json`), so a build works from any subfolder of any static host.
//
// Corrections: the folder's overrides.json, or the file $VERBATIM_OVERRIDES names, is applied to the
// articles; a correction that matches nothing is printed as a warning and the build goes on.
//
// What the service worker precaches of the content depends on the library's size against
// $VERBATIM_OFFLINE_LIMIT (src/content/offline.ts); the plugin's `api.precacheEntries` tells
// src/content/pwa.ts, with each file's revision.

import { createHash } from 'node:crypto';
import { resolve, sep } from 'node:path';

import type { Plugin, ViteDevServer } from 'vite';

import { compileContent, type CompiledContent } from './build';
import { parseOfflineLimit } from './offline';
import type { ContentEntry } from './pwa';
import { ContentBuildError, formatProblem } from './problems';
import { serializeContent } from './serialize';

export const DEFAULT_CONTENT_DIR = 'src/content/articles';
/** Where the files sit in the built site and on the dev server, relative to index.html. */
export const CONTENT_BASE = 'content';

export interface ContentPluginOptions {
  /** Overrides $VERBATIM_CONTENT and the default folder. */
  readonly sourceDir?: string;
  /** Overrides $VERBATIM_OFFLINE_LIMIT. */
  readonly offlineLimit?: number;
  /** Overrides $VERBATIM_OVERRIDES and the content folder's overrides.json. */
  readonly overridesFile?: string;
}

export interface ContentPluginApi {
  /** The content files the service worker precaches, with revisions: none until a build has emitted them. */
  precacheEntries(): readonly ContentEntry[];
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function verbatimContent(options: ContentPluginOptions = {}): Plugin<ContentPluginApi> {
  let sourceDir = '';
  let building = false;
  let offlineLimit = 0;
  let overridesFile: string | undefined;
  let warn: (message: string) => void = () => undefined;
  let compiled: Promise<CompiledContent> | null = null;
  let offline: ReadonlySet<string> | null = null;
  let entries: ContentEntry[] = [];
  const compile = () =>
    compileContent(sourceDir, { offlineLimit, overridesFile }).then((result) => {
      for (const problem of result.warnings) warn(`warning: ${formatProblem(problem)}`);
      return result;
    });

  const describe = (e: unknown): string =>
    e instanceof ContentBuildError
      ? `content build failed (${sourceDir}):\n${e.problems.map(formatProblem).join('\n')}`
      : String(e);

  return {
    name: 'verbatim-content',

    api: {
      precacheEntries: () => entries,
    },

    configResolved(config) {
      const dir = options.sourceDir ?? (process.env['VERBATIM_CONTENT'] || DEFAULT_CONTENT_DIR);
      sourceDir = resolve(config.root, dir);
      building = config.command === 'build';
      const parsed = parseOfflineLimit(process.env['VERBATIM_OFFLINE_LIMIT']);
      if (parsed.problem) config.logger.warn(parsed.problem);
      offlineLimit = options.offlineLimit ?? parsed.limit;
      const overrides = options.overridesFile ?? (process.env['VERBATIM_OVERRIDES'] || undefined);
      overridesFile = overrides === undefined ? undefined : resolve(config.root, overrides);
      warn = (message) => config.logger.warn(message);
    },

    async buildStart() {
      // Only `vite build` compiles here; the dev server compiles on first request and on every change.
      if (!building || compiled !== null) return;
      compiled = compile();
      try {
        offline = (await compiled).offline;
      } catch (e) {
        // Fails before anything is written, so the previous dist/ stays as it was.
        this.error(describe(e));
      }
    },

    async generateBundle() {
      if (compiled === null) return;
      const { files } = await compiled;
      entries = [];
      for (const [path, value] of files) {
        const source = serializeContent(value);
        this.emitFile({ type: 'asset', fileName: `${CONTENT_BASE}/${path}`, source });
        if (offline?.has(path)) {
          const bytes = Buffer.from(source);
          entries.push({ path, revision: createHash('md5').update(bytes).digest('hex'), size: bytes.length });
        }
      }
    },

    configureServer(server) {
      const recompile = () => {
        compiled = compile();
        compiled.catch((e: unknown) => {
          server.config.logger.error(describe(e));
        });
        return compiled;
      };
      server.watcher.add(sourceDir);
      const onChange = (file: string) => {
        if (!isInside(file, sourceDir)) return;
        void recompile()
          .then(() => server.ws.send({ type: 'full-reload' }))
          .catch((e: unknown) => sendError(server, describe(e)));
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);

      const prefix = `/${CONTENT_BASE}/`;
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        const path = decodeURIComponent(url.slice(prefix.length));
        (compiled ?? recompile())
          .then(({ files }) => {
            const file = files.find(([name]) => name === path);
            if (!file) {
              res.statusCode = 404;
              res.end();
              return;
            }
            res.setHeader('Content-Type', JSON_TYPE);
            res.setHeader('Cache-Control', 'no-store');
            res.end(serializeContent(file[1]));
          })
          .catch((e: unknown) => {
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(describe(e));
          });
      });
    },
  };
}

const isInside = (file: string, dir: string): boolean => resolve(file).startsWith(dir + sep);

function sendError(server: ViteDevServer, message: string): void {
  server.ws.send({ type: 'error', err: { message, stack: '' } });
}
