// Every journey runs under a guard that fails the test on what a reader would never see but must never
// happen: a request leaving the page's origin (the app makes none: no fonts, scripts or analytics from
// elsewhere), a console error, an uncaught page error, a Content-Security-Policy violation, or a dialog.
// Journeys import `test` and `expect` from here, never from @playwright/test.

import { test as base, expect, type BrowserContext, type Page, type Request } from '@playwright/test';

export { expect };

interface CspViolation {
  readonly directive: string;
  readonly blocked: string;
  readonly source: string;
}

declare global {
  interface Window {
    /** Every violation so far, recorded by the guard's init script. */
    __cspViolations?: CspViolation[];
    /** The guard's binding: reports a violation as it happens, even if the page navigates away after. */
    __reportCspViolation?: (violation: CspViolation) => void;
  }
}

// Runs in every page before its own scripts (init scripts and bindings are not subject to the page's CSP).
function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    const violation = {
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${String(event.lineNumber)}`,
    };
    window.__cspViolations?.push(violation);
    window.__reportCspViolation?.(violation);
  });
}

// URLs that never reach the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

/** What went wrong in one browser context, in the order it happened. */
export class Guard {
  readonly problems: string[] = [];
  private readonly pages = new Set<Page>();
  /** Violations reported through the binding, taken or not. */
  private cspReported = 0;
  /** Seen by the route and by the request event alike; reported once. */
  private readonly outside = new WeakSet<Request>();

  constructor(readonly origin: string) {}

  /** Watches a context and every page it opens; call before opening any page. */
  async watch(context: BrowserContext): Promise<void> {
    await context.exposeBinding('__reportCspViolation', (_source, v: CspViolation) => {
      this.cspReported += 1;
      this.problems.push(`CSP violation: ${v.directive} blocked ${v.blocked || '(inline)'} at ${v.source}`);
    });
    await context.addInitScript(recordCspViolations);
    await context.route('**/*', async (route) => {
      if (this.isOutside(route.request().url())) {
        this.recordOutside(route.request());
        await route.abort('blockedbyclient');
      } else {
        await route.fallback();
      }
    });
    // Requests a route may not see (a service worker's own, for one) still show up here.
    context.on('request', (request) => {
      if (this.isOutside(request.url())) this.recordOutside(request);
    });
    context.on('page', (page) => this.watchPage(page));
    for (const page of context.pages()) this.watchPage(page);
  }

  /**
   * Takes the problems matching `pattern` off the list and returns them: for a test that provokes one on
   * purpose (and must then see it).
   */
  take(pattern: RegExp): string[] {
    const taken = this.problems.filter((p) => pattern.test(p));
    const kept = this.problems.filter((p) => !pattern.test(p));
    this.problems.splice(0, this.problems.length, ...kept);
    return taken;
  }

  /** Fails the test if anything went wrong in the context. */
  async check(): Promise<void> {
    // Violations travel through the binding as they happen; a page still open also keeps its own record,
    // which must agree (a binding that failed to install would otherwise hide them).
    let recorded = 0;
    for (const page of this.pages) {
      if (page.isClosed()) continue;
      recorded += await page.evaluate(() => window.__cspViolations?.length ?? 0).catch(() => 0);
    }
    if (recorded > this.cspReported) {
      this.problems.push(`${String(recorded - this.cspReported)} CSP violations recorded but not reported`);
    }
    expect(this.problems, 'requests, console errors, page errors, CSP violations, dialogs').toEqual([]);
  }

  private watchPage(page: Page): void {
    if (this.pages.has(page)) return;
    this.pages.add(page);
    page.on('console', (message) => {
      if (message.type() === 'error') this.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.problems.push(`page error: ${error.message}`));
    page.on('dialog', (dialog) => {
      this.problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('websocket', (socket) => {
      if (this.isOutside(socket.url())) this.problems.push(`websocket outside the origin: ${socket.url()}`);
    });
  }

  private recordOutside(request: Request): void {
    if (this.outside.has(request)) return;
    this.outside.add(request);
    this.problems.push(`request outside the origin: ${request.method()} ${request.url()}`);
  }

  private isOutside(url: string): boolean {
    const parsed = new URL(url);
    return !LOCAL_SCHEMES.has(parsed.protocol) && parsed.origin !== this.origin;
  }
}

interface Fixtures {
  /** The guard of the test's own context. */
  guard: Guard;
  /** A fresh context (no storage, no history), guarded the same way: a link opened somewhere else. */
  newGuardedPage: () => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  guard: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('playwright.config.ts sets no baseURL');
    await use(new Guard(new URL(baseURL).origin));
  },

  context: async ({ context, guard }, use) => {
    await guard.watch(context);
    await use(context);
    await guard.check();
  },

  newGuardedPage: async ({ browser, guard }, use) => {
    const opened: { context: BrowserContext; guard: Guard }[] = [];
    await use(async () => {
      // In a test, a new context takes the project's options (device, baseURL) unless told otherwise.
      const context = await browser.newContext();
      const own = new Guard(guard.origin);
      opened.push({ context, guard: own });
      await own.watch(context);
      return context.newPage();
    });
    try {
      for (const { guard: own } of opened) await own.check();
    } finally {
      for (const { context } of opened) await context.close();
    }
  },
});
