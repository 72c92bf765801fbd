import * as assert from 'node:assert/strict';
import { decodeText } from '../../src/core/text/decode';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    assert.deepEqual(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Zhao Lijian’s remarks'))), { text: 'Zhao Lijian’s remarks' });
  });

  it('reads UTF-16 with a byte order mark', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x54, 0, 0x69, 0, 0x6b, 0)), { text: 'Tik' });
    assert.deepEqual(decodeText(bytes(0xfe, 0xff, 0, 0x54, 0, 0x69)), { text: 'Ti' });
  });

  it('skips empty, blank, binary and invalid files with a reason', () => {
    assert.deepEqual(decodeText(bytes()), { skipped: 'empty file' });
    assert.deepEqual(decodeText(utf8(' \n\t\n')), { skipped: 'file has no text' });
    assert.match((decodeText(bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 1)) as { skipped: string }).skipped, /binary/);
    assert.match((decodeText(bytes(0x41, 0xc3, 0x28, 0x41)) as { skipped: string }).skipped, /not valid UTF-8/);
    const controls = utf8('text' + '\u0001\u0002\u0003'.repeat(10));
    assert.match((decodeText(controls) as { skipped: string }).skipped, /binary/);
  });
});
