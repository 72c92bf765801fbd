import { dirname, relative, resolve } from 'node:path';
import tseslint from 'typescript-eslint';

const src = resolve('src');
/** The core's stages in order: each may use only those before it. */
const stages = ['base', 'text', 'ner', 'actors', 'events', 'search', 'indexing', 'citations', 'review', 'cards', 'service'];

/**
 * Who may import whom in src/ (see ARCHITECTURE.md), for a relative import from `from` to `to`, both
 * paths under src/ without extension; the reason it is not allowed, or undefined.
 */
function forbidden(from, to) {
  const [fromTop, fromPart] = from.split('/');
  const [toTop, toPart] = to.split('/');
  const isFace = (path, folder) => path === folder || path === `${folder}/index`;
  if (toTop === 'tools' && fromTop !== 'tools') return 'src/tools depends on the product, never the reverse.';
  if (fromTop === 'core') {
    if (toTop !== 'core') return 'src/core must not import anything outside it; an adapter outside src/core hands it what it needs.';
    if (toPart === fromPart || from === 'core/index') return undefined;
    if (!isFace(to, `core/${toPart}`)) return `Use core/${toPart} through its public face (core/${toPart}/index.ts).`;
    if (stages.indexOf(toPart) > stages.indexOf(fromPart)) return `core/${fromPart} comes before core/${toPart} and must not use it (stages: ${stages.join(' → ')}).`;
    return undefined;
  }
  if (fromTop === 'tools' || fromTop === 'core') return undefined;
  if (toTop === 'core' && !isFace(to, 'core')) return 'Outside the core, use it through its public face (src/core/index.ts).';
  if (fromTop === 'features') {
    if (toTop === 'features' && from !== 'features/index') return 'A feature must not import another feature; share through src/editor.';
    if (!['features', 'editor', 'core'].includes(toTop)) return 'Features import only src/editor and the core\'s public face.';
  }
  if (fromTop === 'editor' && toTop === 'features') return 'src/editor is shared by the features and must not import them.';
  return undefined;
}

const layers = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const file = relative(src, context.filename).replace(/\.ts$/, '');
    if (file.startsWith('..')) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const reason = forbidden(file, relative(src, resolve(dirname(context.filename), spec)));
      if (reason) context.report({ node: node.source, message: reason });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    plugins: { dossier: { rules: { layers } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      curly: ['error', 'multi-line'],
      'dossier/layers': 'error',
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
            { name: 'fs/promises', message: 'src/core must not touch the disk; take text or bytes as arguments.' },
          ],
          patterns: [{ group: ['node:*'], message: 'src/core runs anywhere: no Node modules (an adapter outside src/core uses them).' }],
        },
      ],
    },
  },
);
