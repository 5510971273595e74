/** Step 0, decode: encodings, BOMs, line ends, and files that are not text. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, MAX_FILE_BYTES } from '../../src/core/decode.ts';
import { parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { encodeGb18030, encodeUtf16, ROOT, readSeed } from '../helpers.ts';

const text = '本报讯 （记者 李 一）9月12日，\n区委书记黄茂军主持召开会议。';

test('UTF-8 with and without a BOM', () => {
  const plain = new TextEncoder().encode(text);
  assert.deepEqual(decode(plain, 'f.txt'), { text, encoding: 'utf-8', messages: [] });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
  assert.equal(decode(bom, 'f.txt').text, text);
  assert.equal(decode(bom, 'f.txt').encoding, 'utf-8-bom');
});

test('UTF-8 reads exactly as TextDecoder reads it: astral characters, a BOM after the BOM, faults after a BOM', () => {
  const samples = [
    new TextEncoder().encode('𠀀中文 ASCII only\n渝中报 😀 end'),
    new TextEncoder().encode('ascii only\n'),
    new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x41]),
    new Uint8Array([0xef, 0xbb, 0xbf, 0xe4, 0xb8, 0x41, 0xed, 0xa0, 0x80, 0x42]),
  ];
  for (const bytes of samples) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const expected = new TextDecoder('utf-8', { fatal: !bom }).decode(bom ? bytes.subarray(3) : bytes);
    assert.equal(decode(bytes, 'f.txt').text, expected);
  }
});

test('UTF-16 little and big endian with a BOM', () => {
  for (const be of [false, true]) {
    const d = decode(encodeUtf16(text, be), 'f.txt');
    assert.equal(d.text, text);
    assert.equal(d.encoding, be ? 'utf-16be' : 'utf-16le');
    assert.equal(d.messages[0]?.code, 'encoding-utf16');
  }
});

test('GB18030: a seed saved as GB18030 parses exactly like the UTF-8 original', () => {
  const gb = readFileSync(join(ROOT, 'tests/fixtures/004-gb18030.txt'));
  assert.deepEqual(encodeGb18030(readSeed('004_1a975a26e425ac8f.txt').bytes.toString('utf8')), new Uint8Array(gb), 'the test encoder agrees with a file saved by iconv');
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

test('a NUL byte makes a file binary, whether the rest is valid UTF-8 or not', () => {
  // UTF-16 saved without its BOM: ASCII and many Han code units are valid UTF-8 bytes, with NULs between.
  const utf16 = new Uint8Array(Buffer.from('2024年3月1日', 'utf16le'));
  // One NUL in a long text: too few control characters to call it binary by their share.
  const line = new TextEncoder().encode('3月29日，区委书记黄茂军前往山城巷传统风貌区、枇杷山老街区调研城市更新工作。');
  const valid = new Uint8Array([...line, 0, ...line]);
  assert.notEqual(new TextDecoder('utf-8', { fatal: true }).decode(valid), null, 'the bytes are valid UTF-8');
  for (const bytes of [utf16, valid]) {
    const d = decode(bytes, 'f.txt');
    assert.deepEqual([d.text, d.encoding, d.messages[0]?.code], ['', 'binary', 'not-text']);
  }
});

test('an empty file and a whitespace-only file get a clear error', () => {
  for (const body of ['', '  \n\n \t\n']) {
    const parsed = parseFile({ file: 'empty.txt', bytes: new TextEncoder().encode(body) }, YUZHONG_DAILY);
    assert.equal(parsed.messages.find((m) => m.severity === 'error')?.code, 'file-empty');
  }
});

test('control characters are taken out, each line named; private-use characters are kept and named', () => {
  const body = '3月29日，区委书记黄茂军前往山城巷传统风貌区、枇杷山老街区调研城市更新工作。';
  const d = decode(new TextEncoder().encode(`${body}\n区委\u0007书记\u001b[31m黄茂军${body}\n城市\uE000更新${body}\n`), 'f.txt');
  assert.equal(d.text, `${body}\n区委书记[31m黄茂军${body}\n城市\uE000更新${body}\n`);
  assert.deepEqual(
    d.messages.map((m) => [m.code, m.line, m.severity]),
    [
      ['control-character', 2, 'warning'],
      ['private-use-character', 3, 'warning'],
    ],
  );
  assert.match(d.messages[0]!.text, /U\+0007, U\+001B.*Delete them/u);
  assert.match(d.messages[1]!.text, /U\+E000.*type the real character/u);
});

test('each kind of character worth a look is found, alone in a clean file: C0 and C1 controls, noncharacters, private use in every plane', () => {
  const body = '区委书记黄茂军前往山城巷传统风貌区调研城市更新工作。';
  const kinds: [string, string][] = [
    ['\u000b', 'control-character'],
    ['\u0085', 'control-character'],
    ['\u009f', 'control-character'],
    ['\ufffe', 'control-character'],
    ['\uffff', 'control-character'],
    ['\ue000', 'private-use-character'],
    ['\uf8ff', 'private-use-character'],
    ['\u{f0001}', 'private-use-character'],
    ['\u{10fffd}', 'private-use-character'],
  ];
  for (const [ch, code] of kinds) {
    const d = decode(new TextEncoder().encode(`${body}\n城市${ch}更新\r\n${body}`), 'f.txt');
    assert.deepEqual(d.messages.map((m) => [m.code, m.line]), [[code, 2]], `U+${ch.codePointAt(0)!.toString(16)}`);
  }
  for (const ch of ['\t', '\f', '\u00a0', '\u{20000}', '\uf900', '\ufffd']) assert.deepEqual(decode(new TextEncoder().encode(`${body}${ch}${body}`), 'f.txt').messages, [], `U+${ch.codePointAt(0)!.toString(16)} is fine`);
});

test('a file with control characters on many lines names the first ten and counts the rest', () => {
  const d = decode(new TextEncoder().encode(Array.from({ length: 25 }, (_, i) => `第${i + 1}行：区委书记黄茂军前往山城巷传统风貌区调研城市更新工作。\u0001`).join('\n')), 'f.txt');
  assert.deepEqual(d.messages.map((m) => m.line), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  assert.match(d.messages[10]!.text, /^15 more lines, from line 11 on/u);
});

test('a file far larger than any issue is not read, with an error that says what to check', () => {
  const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41);
  const d = decode(big, 'year.txt');
  assert.equal(d.text, '');
  assert.equal(d.messages[0]?.code, 'file-too-large');
  assert.match(d.messages[0]!.text, /^The file is 2\.0 MB;.*split it/u);
  assert.equal(decode(new Uint8Array(MAX_FILE_BYTES).fill(0x41), 'ok.txt').messages.length, 0);
});
