// Lint: typescript-eslint's recommended rules, strict about `any` in the backend core and contracts.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.linli-data/**', 'coverage/**', 'localcloud/test/fixtures/**', '**/*.cjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['server/**/*.ts', 'contracts/**/*.ts', 'cloudfunctions/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
);
