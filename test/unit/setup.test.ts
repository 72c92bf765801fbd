import * as assert from 'node:assert/strict';
import { chromiumTool, requireTools } from '../runner/installCodeServer';

// The demo and the tests check their tools before anything long, and name every missing Debian package.
describe('set-up checks', () => {
  const path = process.env.PATH;
  afterEach(() => (process.env.PATH = path));

  it('names each missing tool with its Debian package, for the demo or for the tests', () => {
    process.env.PATH = '/nonexistent';
    const krb5 = { command: 'krb5-config', aptPackage: 'libkrb5-dev', why: 'the kerberos module builds against it' };
    assert.throws(() => requireTools([krb5, chromiumTool], 'the demo'), (error: Error) => {
      assert.match(error.message, /^Missing tools needed to run VS Code for the demo:/);
      assert.match(error.message, /krb5-config \(Debian package libkrb5-dev\)/);
      assert.match(error.message, /chromium \(Debian package chromium\)/);
      assert.match(error.message, /bash \.ci\/debian-packages .*apt-get install -y libkrb5-dev chromium/);
      return true;
    });
    assert.throws(() => requireTools([chromiumTool], 'the tests'), /for the tests:/);
  });

  it('says nothing when every tool is there', () => {
    process.env.PATH = path;
    requireTools([{ command: 'node', aptPackage: 'nodejs', why: '' }], 'the tests');
  });
});
