import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tanstackQuery from '@tanstack/eslint-plugin-query'
import prettier from 'eslint-config-prettier'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Which workspace may import which: web → bff/contract only; bff → db; db → nothing of ours. */
const boundary = (message, patterns) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
})

/**
 * One zone a pair of features: a feature reaches another only through that feature's `index.ts`,
 * the few things it offers the rest of the app, never its internals.
 */
function featureZones(root) {
  const features = readdirSync(new URL(root, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  return features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `${root}/${feature}`,
        from: `${root}/${other}`,
        except: ['./index.ts', './test'],
        message: `${feature} may use only what ${other} exports from its index.ts.`,
      })),
  )
}

const webBoundary = 'The web app reaches the BFF only through its contract (@asp/bff/contract).'
/** What the web app may not import: the BFF's and the database's code, but the contract. */
const webImports = {
  paths: [{ name: '@asp/bff', message: webBoundary }],
  patterns: [
    {
      group: [
        '@asp/bff/*',
        '!@asp/bff/contract',
        '@asp/db',
        '@asp/db/*',
        '**/bff/src/*',
        '**/db/src/*',
      ],
      message: webBoundary,
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      '.data/',
      'db/migrations/',
      'coverage/',
      'web/public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
      // ASVS 1.2.4: parameterised queries only. Drizzle's `sql` tag binds values; `sql.raw` and
      // query strings built with template expressions do not.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']",
          message: 'sql.raw builds SQL from strings (ASVS 1.2.4): use the sql tag or Drizzle.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(query|exec)$/] > TemplateLiteral[expressions.length>0]',
          message: 'No string-built SQL (ASVS 1.2.4): pass values as parameters.',
        },
      ],
    },
  },
  {
    files: ['{db,bff,web}/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Without a parser for TypeScript, no-cycle cannot read the files it follows.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...featureZones('./bff/src/features'),
            ...featureZones('./web/src/features'),
            {
              target: './bff/src/platform',
              from: './bff/src/features',
              message: 'platform/ is what every feature uses; it imports no feature.',
            },
            {
              target: './bff/src/contract',
              from: ['./bff/src/platform', './bff/src/features', './db'],
              message: 'The contract imports zod and nothing else of ours.',
            },
          ],
        },
      ],
    },
  },
  {
    // A feature's layers: routes speak HTTP and call a service; a service holds the rules and
    // transactions and runs no SQL; the repository holds every query, so no other file of a
    // feature (services, views, jobs) imports more than types from the database. Types may cross.
    files: ['bff/src/features/**/*.ts'],
    ignores: ['**/*.repository.ts', '**/*.test.ts', '**/testing.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@asp/db',
              allowTypeImports: true,
              message:
                'Queries belong in the repository; routes and services import only its types.',
            },
            {
              name: 'drizzle-orm',
              allowTypeImports: true,
              message: 'Queries belong in the repository.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bff/src/features/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['./*.repository.ts', '../*.repository.ts', '**/*.repository.ts'],
              message: 'Routes call a service; the service calls the repository.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '*.js'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, '@tanstack/query': tanstackQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...tanstackQuery.configs.recommended.rules,
      'no-restricted-imports': ['error', webImports],
    },
  },
  {
    // The pages' code names each domain's endpoints: the one `endpoints` map names every schema of
    // the contract, and would put them all in the start page's JavaScript (ADR 0019).
    files: ['web/src/**/*.{ts,tsx}'],
    ignores: ['web/src/**/*.test.{ts,tsx}', 'web/src/test/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...webImports,
          paths: [
            ...webImports.paths,
            {
              name: '@asp/bff/contract',
              importNames: ['endpoints'],
              message:
                "Import the domain's own endpoints (e.g. groupEndpoints) instead (ADR 0019).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['bff/**/*.ts'],
    rules: boundary('The BFF must not import the web app or the tests.', [
      '@asp/web',
      '@asp/web/*',
      '@asp/test',
      '**/web/src/*',
    ]),
  },
  {
    files: ['bff/src/contract/**/*.ts'],
    rules: boundary('The contract imports zod and nothing else of ours.', [
      '@asp/*',
      '../platform/*',
      '../features/*',
      'express',
      'drizzle-orm',
      'drizzle-orm/*',
    ]),
  },
  {
    files: ['db/**/*.ts'],
    rules: boundary('The db workspace depends on nothing of ours.', [
      '@asp/*',
      '**/bff/*',
      '**/web/*',
    ]),
  },
  prettier,
)
