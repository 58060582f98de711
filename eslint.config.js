// Lint: typescript-eslint + eslint-plugin-vue, and the house's import zones (STYLE.md), written
// as `no-restricted-imports` per folder: only src-main/app imports electron (and the preload,
// which is Electron by nature); the renderer and the preload never import src-main; src-main
// never imports the renderer, the preload or tests; src-shared imports nothing but zod.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import boundaries from 'eslint-plugin-boundaries'
import globals from 'globals'

const electronOnlyInShell = {
  // `electron` and every subpath (`electron/main`, `electron/common`...).
  regex: '^electron(/.*)?$',
  message:
    'Only src-main/app (and the preload) may import electron: keep the rest testable in plain Node.',
}

/** `no-restricted-imports` options: electron (unless allowed) plus path patterns. */
const zone = ({ allowElectron = false, patterns = [] } = {}) => [
  'error',
  { patterns: allowElectron ? patterns : [electronOnlyInShell, ...patterns] },
]

// The modules of src-main (STYLE.md "Modules, not folders"), for eslint-plugin-boundaries: a
// feature is a folder whose index.ts is its public surface.
const mainElements = [
  { type: 'app', pattern: 'src-main/app' },
  { type: 'worker', pattern: 'src-main/worker' },
  { type: 'ipc', pattern: 'src-main/ipc' },
  { type: 'counter', pattern: 'src-main/counter' },
  { type: 'feature', pattern: 'src-main/features/*', capture: ['feature'] },
  { type: 'infra', pattern: 'src-main/infra/*', capture: ['infra'] },
  { type: 'shared', pattern: 'src-shared' },
]
const to = (type, extra = {}) => ({ to: { element: { type, ...extra } } })
/** Another feature only through its index.ts. */
const featureIndex = to('feature', { fileInternalPath: 'index.ts' })
const mainBoundaries = [
  'error',
  {
    default: 'disallow',
    message:
      '{{from.type}} may not import {{to.type}} ({{to.internalPath}}): see docs/architecture.md, "The modules".',
    policies: [
      { from: { element: { type: 'shared' } }, allow: [to('shared')] },
      { from: { element: { type: 'infra' } }, allow: [to('infra'), to('shared')] },
      {
        from: { element: { type: 'feature' } },
        allow: [featureIndex, to('infra'), to('ipc'), to('shared')],
      },
      { from: { element: { type: 'ipc' } }, allow: [featureIndex, to('infra'), to('shared')] },
      {
        from: { element: { type: 'counter' } },
        allow: [featureIndex, to('infra'), to('ipc'), to('shared')],
      },
      {
        from: { element: { type: 'worker' } },
        allow: [to('counter'), featureIndex, to('infra'), to('ipc'), to('shared')],
      },
      {
        from: { element: { type: 'app' } },
        allow: [to('worker'), to('counter'), to('infra'), to('ipc'), to('shared')],
      },
    ],
  },
]
const mainForbidden = {
  group: ['**/src-main/**', '**/src-main'],
  message: 'Talk to main only through the IPC contract (src-shared/ipc).',
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.cache/**',
      '.toolchain/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'no-restricted-imports': zone(),
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='BrowserWindow']",
          message: 'Windows are built only by src-main/app/window-factory.ts (secure defaults).',
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts', 'src-shared/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': mainElements,
      'import/resolver': { node: { extensions: ['.ts', '.js', '.mjs'] } },
    },
    rules: { 'boundaries/dependencies': mainBoundaries },
  },
  {
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': zone({
        patterns: [
          {
            group: ['**/src-renderer/**', '**/src-preload/**', '**/test/**', '**/bench/**'],
            message: 'Main never imports the renderer, the preload, tests or benchmarks.',
          },
        ],
      }),
    },
  },
  {
    files: ['src-main/app/**/*.ts'],
    rules: {
      'no-restricted-imports': zone({
        allowElectron: true,
        patterns: [{ group: ['**/src-renderer/**', '**/src-preload/**', '**/test/**'] }],
      }),
    },
  },
  {
    files: ['src-preload/**/*.ts'],
    rules: { 'no-restricted-imports': zone({ allowElectron: true, patterns: [mainForbidden] }) },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': zone({ patterns: [mainForbidden] }) },
  },
  {
    files: ['test/unit/app/**/*.ts', 'test/e2e-electron/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/app/window-factory.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': zone({
        patterns: [
          {
            // Pure libraries that run alike in main and in the renderer, and nothing else.
            regex: '^(?!zod$|libphonenumber-js/max$|\\.{1,2}/)',
            message: 'src-shared imports only zod, libphonenumber-js/max and its own files.',
          },
          {
            group: ['**/src-main/**', '**/src-renderer/**', '**/src-preload/**', '**/test/**'],
            message: 'src-shared imports nothing of the app.',
          },
        ],
      }),
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}', 'test/support/host-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
