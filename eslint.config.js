// Lint: typescript-eslint + eslint-plugin-vue, and the house's import zones (STYLE.md):
// only src-main/app imports electron (and the preload, which is Electron by nature);
// the renderer and the preload never import src-main; src-shared imports nothing but zod.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import vue from 'eslint-plugin-vue'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'

const electronOnlyInShell = {
  name: 'electron',
  message:
    'Only src-main/app (and the preload) may import electron: keep the rest testable in plain Node.',
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
    plugins: { 'import-x': importX },
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
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='BrowserWindow']",
          message: 'Windows are built only by src-main/app/window-factory.ts (secure defaults).',
        },
      ],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src-renderer',
              from: './src-main',
              message: 'The renderer talks to main only through the IPC contract.',
            },
            {
              target: './src-preload',
              from: './src-main',
              message: 'The preload exposes the contract, nothing of main.',
            },
            {
              target: './src-shared',
              from: ['./src-main', './src-renderer', './src-preload', './test'],
              message: 'src-shared imports nothing of the app.',
            },
            { target: './src-main', from: ['./src-renderer', './src-preload', './test'] },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src-main/app/**/*.ts',
      'src-preload/**/*.ts',
      'test/unit/app/**/*.ts',
      'test/e2e-electron/**/*.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-main/app/window-factory.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|\\.{1,2}/)',
              message: 'src-shared imports only zod and its own files.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}', 'test/support/host-bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
)
