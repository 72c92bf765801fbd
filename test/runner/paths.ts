import * as path from 'node:path';

/** The repository root (this file runs from out/test/runner/). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** Ignored cache folder for the installed server, temp workspaces and run data. */
export const cacheRoot = path.join(repoRoot, '.vscode-test');

/** The sample workspace; tests only ever see copies of it. */
export const newsroomFixture = path.join(repoRoot, 'test', 'fixtures', 'newsroom');

/** Where UI tests and the demo write screenshots. */
export const screenshotsDir = path.join(repoRoot, 'media', 'screenshots');
