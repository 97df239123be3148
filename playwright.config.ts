// End-to-end journeys against the production build, served the way a reader's host would serve it: a plain
// static server (test/e2e/static-server.ts), from a subfolder, with no rewrite rules.

import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts on one machine run their journeys at once (the hostile build takes the next port).
const PORT = Number(process.env.E2E_PORT ?? 4510);
const SUBFOLDER = '/sub/verbatim/';
// A second build, of a hostile article only (test/e2e/hostile/), for test/e2e/hostile.spec.ts.
const HOSTILE_PORT = PORT + 1;
const HOSTILE_SUBFOLDER = '/sub/hostile/';
const HOSTILE_OUT = 'node_modules/.cache/verbatim-hostile';
const HOSTILE = /hostile\.spec\.ts$/;
// Phone journeys (test/e2e/phone.spec.ts) run on both phone profiles and not on the desktop; the service
// worker update journey once, on the desktop (it does not depend on the screen).
const PHONE_ONLY = /phone\.spec\.ts$/;
const ONCE = /update\.spec\.ts$/;

// The system Chromium: browsers cannot be downloaded here (`.ci/run` installs this one).
const launchOptions = { executablePath: '/usr/bin/chromium' };

export default defineConfig({
  testDir: 'test/e2e',
  // For the `@/` alias: journeys read the content schema to check pages against their data.
  tsconfig: './tsconfig.node.json',
  // Every journey runs on both profiles; two workers match the two cores CI has.
  workers: 2,
  fullyParallel: true,
  // A journey that fails once is a defect to fix, not to retry away.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous for a shared two-core machine; a journey on an idle one takes a second or two.
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${String(PORT)}${SUBFOLDER}`,
    // Tracing costs a third of the run on two cores; `npx playwright test --trace on` when a journey fails.
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: [HOSTILE, PHONE_ONLY],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions },
    },
    {
      name: 'phone',
      testIgnore: [HOSTILE, ONCE],
      use: { ...devices['Pixel 7'], browserName: 'chromium', launchOptions },
    },
    {
      // An iPhone's size, touch and pixel ratio, drawn by Chromium (WebKit cannot be installed here).
      name: 'iphone',
      testMatch: PHONE_ONLY,
      use: { ...devices['iPhone 13'], browserName: 'chromium', launchOptions },
    },
    {
      name: 'hostile',
      testMatch: HOSTILE,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://localhost:${String(HOSTILE_PORT)}${HOSTILE_SUBFOLDER}`,
        launchOptions,
      },
    },
  ],
  webServer: [
    {
      // `vite build` only: the test command has typechecked already (`npm run build` would do it again).
      command: `vite build --logLevel warn && tsx test/e2e/static-server.ts dist ${String(PORT)} ${SUBFOLDER}`,
      url: `http://localhost:${String(PORT)}${SUBFOLDER}`,
      reuseExistingServer: false,
      // Vite's notice about its future config loader says nothing about this build; `npm run build` shows it.
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command:
        `vite build --logLevel warn --outDir ${HOSTILE_OUT} --emptyOutDir && ` +
        `tsx test/e2e/static-server.ts ${HOSTILE_OUT} ${String(HOSTILE_PORT)} ${HOSTILE_SUBFOLDER}`,
      url: `http://localhost:${String(HOSTILE_PORT)}${HOSTILE_SUBFOLDER}`,
      reuseExistingServer: false,
      env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', VERBATIM_CONTENT: 'test/e2e/hostile' },
      timeout: 120_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
