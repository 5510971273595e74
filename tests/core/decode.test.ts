/** Step 0, decode: encodings, BOMs, line ends, and files that are not text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/core/decode.ts';
import { parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { ROOT, readSeed } from '../helpers.ts';

const text = '本报讯 （记者 李 一）9月12日，\n区委书记黄茂军主持召开会议。';

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

test('UTF-8 with and without a BOM', () => {
  const plain = new TextEncoder().encode(text);
  assert.deepEqual(decode(plain, 'f.txt'), { text, encoding: 'utf-8', messages: [] });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
  assert.equal(decode(bom, 'f.txt').text, text);
  assert.equal(decode(bom, 'f.txt').encoding, 'utf-8-bom');
});

test('UTF-16 little and big endian with a BOM', () => {
  for (const be of [false, true]) {
    const d = decode(utf16(text, be), 'f.txt');
    assert.equal(d.text, text);
    assert.equal(d.encoding, be ? 'utf-16be' : 'utf-16le');
    assert.equal(d.messages[0]?.code, 'encoding-utf16');
  }
});

test('GB18030: a seed saved as GB18030 parses exactly like the UTF-8 original', () => {
  const gb = readFileSync(join(ROOT, 'tests/fixtures/004-gb18030.txt'));
  const d = decode(gb, 'gb.txt');
  assert.equal(d.encoding, 'gb18030');
  assert.equal(d.text, readSeed('004_1a975a26e425ac8f.txt').bytes.toString('utf8'));
  const a = parseFile({ file: 'x.txt', bytes: gb }, YUZHONG_DAILY);
  const b = parseFile({ file: 'x.txt', bytes: readSeed('004_1a975a26e425ac8f.txt').bytes }, YUZHONG_DAILY);
  assert.deepEqual(a.pages, b.pages);
  assert.equal(a.messages.find((m) => m.code === 'encoding-gb18030')?.severity, 'info');
});

test('CRLF and lone CR line ends become LF', () => {
  assert.equal(decode(new TextEncoder().encode('一\r\n二\r三'), 'f.txt').text, '一\n二\n三');
});

test('CRLF does not change what a seed parses into', () => {
  const seed = readSeed('000_2837924d874845ac.txt');
  const crlf = Buffer.from(seed.bytes.toString('utf8').replace(/\n/gu, '\r\n'));
  const a = parseFile({ file: 'x.txt', bytes: crlf }, YUZHONG_DAILY);
  const b = parseFile({ file: 'x.txt', bytes: seed.bytes }, YUZHONG_DAILY);
  assert.deepEqual(a.pages.map((p) => p.articles), b.pages.map((p) => p.articles));
});

test('a binary file (an image renamed .txt) yields no text and an error', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const d = decode(png, 'photo.txt');
  assert.equal(d.text, '');
  assert.equal(d.messages[0]?.code, 'not-text');
  assert.equal(d.messages[0]?.severity, 'error');
  const parsed = parseFile({ file: 'photo.txt', bytes: png }, YUZHONG_DAILY);
  assert.equal(parsed.pages.flatMap((p) => p.articles).length, 0);
});

test('an empty file and a whitespace-only file get a clear error', () => {
  for (const body of ['', '  \n\n \t\n']) {
    const parsed = parseFile({ file: 'empty.txt', bytes: new TextEncoder().encode(body) }, YUZHONG_DAILY);
    assert.equal(parsed.messages.find((m) => m.severity === 'error')?.code, 'file-empty');
  }
});
