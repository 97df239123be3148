import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

const TS_FILES = ['**/*.{ts,tsx}'];

// Deepest folder nesting the generated relative-import rules cover (src/analysis/a/b/c/d/e/file.ts).
const MAX_DEPTH = 6;

// A relative import that climbs more than `depth` folders leaves the folder the file sits `depth` below.
// e.g. at depth 1, '../../lib/x' and '../..' leave; '../types' does not.
const climbsOut = (depth) => `^(\\.\\./){${String(depth)}}\\.\\.(/|$)`;

// `src/x/*.ts` at depth 0, `src/x/*/*.ts` at depth 1, …
const filesAtDepth = (root, depth) => [`${root}/${'*/'.repeat(depth)}*.{ts,tsx}`];

const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));

// The engine runs in the browser, a Web Worker, the CLI and the tests alike: no React, DOM or Node.
const ANALYSIS_IMPORT_PATTERNS = [
  { group: ['node:*'], message: 'src/analysis is pure TypeScript: no Node modules.' },
  {
    group: NODE_BUILTINS.flatMap((name) => [name, `${name}/*`]),
    message: 'src/analysis is pure TypeScript: no Node modules.',
  },
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-*', '@tanstack/*'],
    message: 'src/analysis is pure TypeScript: no React.',
  },
  {
    group: ['@/*', '!@/analysis', '!@/analysis/*'],
    message: 'src/analysis imports nothing from the rest of the app.',
  },
];

const ANALYSIS_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'fetch',
  'XMLHttpRequest',
  'self',
  'process',
  'Buffer',
  'require',
  'module',
  'global',
  '__dirname',
  '__filename',
].map((name) => ({ name, message: `src/analysis is pure TypeScript: no \`${name}\`.` }));

const analysisConfigs = Array.from({ length: MAX_DEPTH }, (_, depth) => ({
  name: `verbatim/analysis-purity/depth-${String(depth)}`,
  files: filesAtDepth('src/analysis', depth),
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...ANALYSIS_IMPORT_PATTERNS,
          { regex: climbsOut(depth), message: 'src/analysis imports nothing from outside src/analysis.' },
        ],
      },
    ],
    'no-restricted-globals': ['error', ...ANALYSIS_GLOBALS],
  },
}));

// Code flows one way: shared (lib, analysis) → features → app. Features never import one another.
const KNOWN_FEATURES = ['library', 'reader', 'speakers', 'search'];
const listFeatures = () => {
  try {
    return readdirSync('src/features', { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
};
const features = [...new Set([...KNOWN_FEATURES, ...listFeatures()])];

const featureConfigs = features.flatMap((feature) =>
  Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    name: `verbatim/feature-boundaries/${feature}/depth-${String(depth)}`,
    files: filesAtDepth(`src/features/${feature}`, depth),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', `!@/features/${feature}`, `!@/features/${feature}/*`],
              message: 'Features do not import one another; they meet in src/app.',
            },
            { group: ['@/app', '@/app/*'], message: 'Features do not import src/app; src/app imports them.' },
            {
              regex: climbsOut(depth),
              message: `Leave src/features/${feature} through the @/ alias, never a relative path.`,
            },
          ],
        },
      ],
    },
  })),
);

const sharedConfig = {
  name: 'verbatim/shared-boundaries',
  files: ['src/lib/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features', '@/features/*', '@/app', '@/app/*', '../features/*', '../app/*'],
            message: 'Shared code in src/lib does not import features or the app.',
          },
        ],
      },
    ],
  },
};

// The content format and what derives it are read by the browser app too; only the build step and its CLI
// in src/content run in Node.
const CONTENT_NODE_FILES = [
  'src/content/build.ts',
  'src/content/cli.ts',
  'src/content/first-paint.ts',
  'src/content/vite-plugin.ts',
  'src/content/pwa.ts',
  'src/content/write-atomically.ts',
];
const CONTENT_PURITY_MESSAGE = `Only ${CONTENT_NODE_FILES.join(' and ')} run in Node; the app imports the rest.`;
const contentPurityConfig = {
  name: 'verbatim/content-purity',
  files: ['src/content/**/*.{ts,tsx}'],
  ignores: CONTENT_NODE_FILES,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['node:*', ...NODE_BUILTINS.flatMap((name) => [name, `${name}/*`])],
            message: CONTENT_PURITY_MESSAGE,
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...['process', 'Buffer', 'require', 'module', 'global', '__dirname', '__filename'].map((name) => ({
        name,
        message: CONTENT_PURITY_MESSAGE,
      })),
    ],
  },
};

export default defineConfig(
  {
    name: 'verbatim/ignores',
    ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  {
    name: 'verbatim/javascript',
    files: ['**/*.js'],
    ignores: ['src/app/theme-init.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The classic script index.html carries inline (src/content/first-paint.ts).
    name: 'verbatim/page-scripts',
    files: ['src/app/theme-init.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/consistent-type-exports': 'error',
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    name: 'verbatim/react',
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    name: 'verbatim/query',
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    extends: [pluginQuery.configs['flat/recommended-strict']],
  },
  ...analysisConfigs,
  ...featureConfigs,
  sharedConfig,
  contentPurityConfig,
);
