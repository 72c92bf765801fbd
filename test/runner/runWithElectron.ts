// `npm run test:electron`: the same extension-host suites as `npm run test:integration`, in desktop
// VS Code 1.100.3 downloaded by @vscode/test-electron (needs update.code.visualstudio.com and, on
// Linux without a display, `xvfb-run -a npm run test:electron`). Suites under
// test/integration/untrusted/ do not run here: test-electron always disables workspace trust.
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import * as path from 'node:path';
import { cleanup } from './cleanup';
import { copyNewsroom } from './codeServer';
import { repoRoot } from './paths';

const vscodeVersion = '1.100.3';

async function main(): Promise<number> {
  const workspace = copyNewsroom();
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.log('note: no DISPLAY is set; desktop VS Code needs one (run under `xvfb-run -a`).');
  }
  try {
    return await runTests({
      version: vscodeVersion,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions'],
    });
  } catch (error) {
    if (error instanceof TestRunFailedError) {
      console.error(`\nThe suites failed in VS Code ${vscodeVersion} (${error.message}).`);
      return error.code || 1;
    }
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `\nCould not start VS Code ${vscodeVersion} with @vscode/test-electron: ${reason}\n` +
        'It downloads VS Code from update.code.visualstudio.com into .vscode-test/ on first use. ' +
        'Where that site is unreachable, run the same suites with `npm run test:integration` ' +
        '(VS Code 1.100.3 as code-server from the npm registry).',
    );
    return 1;
  }
}

main().then(async (code) => {
  await cleanup();
  process.exit(code);
});
