import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
    },
  },
  {
    // The core is pure: it works on text handed in, never on the editor or the disk.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vscode', message: 'src/core must not depend on VS Code; add an adapter outside src/core.' },
            { name: 'fs', message: 'src/core must not touch the disk; take text or bytes as arguments.' },
            { name: 'node:fs', message: 'src/core must not touch the disk; take text or bytes as arguments.' },
            { name: 'fs/promises', message: 'src/core must not touch the disk; take text or bytes as arguments.' },
            { name: 'node:fs/promises', message: 'src/core must not touch the disk; take text or bytes as arguments.' },
          ],
        },
      ],
    },
  },
);
