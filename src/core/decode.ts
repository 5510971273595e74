/**
 * Step 0, decode: bytes of an issue file to text.
 *
 * Editors save files from many tools: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * GB18030/GBK from older Windows software, CRLF line ends. A file that is not text at all
 * (an image renamed `.txt`), or far too large to be an issue, yields no text and an error
 * message instead of garbage.
 *
 * Characters a web page cannot carry (control characters; XML and HTML forbid them) are
 * taken out here, once, with a message naming each line; private-use characters (a glyph
 * the PDF's font did not map) are kept but reported, since readers see them as empty boxes.
 */
import { isUtf8, transcode } from 'node:buffer';
import type { Message } from './types.ts';
import { fileMessage } from './message.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary';

export interface Decoded {
  text: string;
  encoding: Encoding;
  messages: Message[];
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  if (label === 'utf-8') {
    if (isUtf8(bytes)) return utf8Text(bytes);
    // Not valid: a fatal decoder would only find so again.
    if (fatal) return null;
  }
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Valid UTF-8 as TextDecoder reads it (a leading BOM dropped), made by converting the bytes
 * to UTF-16 and taking those as the string: V8 builds a string from UTF-8 one character at a
 * time, which for Chinese text took 510-680 ms over the 2,000-issue archive's 103 MB (a tenth
 * of a thread's parse); checked and converted this way, 62-72 ms, the same strings.
 */
function utf8Text(bytes: Uint8Array): string {
  const text = transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What one pass over the decoded text tells, before anything else reads it. */
interface Survey {
  /** Share of characters that are control characters other than tab, LF, CR and form feed. */
  controlShare: number;
  /** A carriage return: line ends to make LF. */
  carriageReturn: boolean;
  /** Some character may be unshowable or private-use (cleanCharacters looks); false: none is, for sure. */
  suspect: boolean;
}

/** One loop instead of three scans (a regular expression each): every file of the archive is surveyed. */
function survey(text: string): Survey {
  let control = 0;
  let carriageReturn = false;
  let suspect = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
      if (c === 13) carriageReturn = true;
      else if (c !== 9 && c !== 10 && c !== 12) suspect = true;
    } else if (c >= 0xdb80) {
      // Private use (U+E000–U+F8FF; planes 15 and 16, whose high surrogates start at U+DB80), U+FFFE, U+FFFF.
      if (c <= 0xdbff || (c >= 0xe000 && c <= 0xf8ff) || c >= 0xfffe) suspect = true;
    }
  }
  return { controlShare: text.length === 0 ? 0 : control / text.length, carriageReturn, suspect };
}

/**
 * The largest file read as an issue. A whole 4-page issue in one file is about 60 KB; even a
 * 32-page issue stays under 1 MB. Anything larger is not one issue (a year's export joined
 * together, a log, a database dump) and parsing it would stall the build for nothing.
 */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Characters no web page, feed or JSON-LD may carry: C0 controls but tab, LF, CR and form feed; DEL; C1 controls; the noncharacters U+FFFE and U+FFFF. */
const UNSHOWABLE_CLASS = '[\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f\\ufffe\\uffff]';
const UNSHOWABLE = new RegExp(UNSHOWABLE_CLASS, 'gu');
/** Private-use characters (Unicode general category Co). */
const PRIVATE_USE = /\p{Co}/u;
/** At most this many lines are named for each kind of character; one more message counts the rest. */
const LINES_NAMED = 10;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Take out unshowable characters and report them, and report private-use ones, line by line (asked only of a text the survey found suspect). */
function cleanCharacters(text: string, file: string, messages: Message[]): string {
  const lines = text.split('\n');
  const found = { removed: [] as number[], privateUse: [] as number[] };
  const cleaned = lines.map((line, i) => {
    const no = i + 1;
    let out = line;
    const bad = line.match(UNSHOWABLE);
    if (bad) {
      if (found.removed.length < LINES_NAMED) {
        const chars = [...new Set(bad)].map(codePoint).join(', ');
        messages.push(fileMessage(file, 'control-character', 'warning', no, `Line ${no} holds ${bad.length === 1 ? 'an invisible control character' : `${bad.length} invisible control characters`} (${chars}) that no web page can show; ${bad.length === 1 ? 'it was' : 'they were'} left out. Delete ${bad.length === 1 ? 'it' : 'them'} from the file (they usually come from copying out of another program).`, `第${no}行有${bad.length === 1 ? '一个' : `${bad.length}个`}不可见的控制字符（${chars}），网页无法显示，已删去。请把${bad.length === 1 ? '它' : '它们'}从文件中删除（这类字符通常是从别的程序复制时带进来的）。`));
      }
      found.removed.push(no);
      out = line.replace(UNSHOWABLE, '');
    }
    const pua = [...out].filter((ch) => PRIVATE_USE.test(ch));
    if (pua.length > 0) {
      if (found.privateUse.length < LINES_NAMED) {
        const chars = [...new Set(pua)].map(codePoint).join(', ');
        messages.push(fileMessage(file, 'private-use-character', 'warning', no, `Line ${no} holds ${pua.length === 1 ? 'a private-use character' : `${pua.length} private-use characters`} (${chars}), which readers see as an empty box; ${pua.length === 1 ? 'it is' : 'they are'} kept. It probably stands for a character the PDF's font did not map: look at the printed page and type the real character in its place.`, `第${no}行有${pua.length === 1 ? '一个' : `${pua.length}个`}私用区字符（${chars}），读者看到的是空框；已保留。它多半代表 PDF 字体没有映射的字：请对照印刷版面，换成正确的字。`));
      }
      found.privateUse.push(no);
    }
    return out;
  });
  const more = (lines: number[], code: string, what: string, whatZh: string) => {
    if (lines.length > LINES_NAMED) {
      const from = lines[LINES_NAMED]!;
      const rest = lines.length - LINES_NAMED;
      messages.push(fileMessage(file, code, 'warning', from, `${rest} more lines, from line ${from} on, hold ${what} (${lines.length} lines in all).`, `从第${from}行起，另有${rest}行含${whatZh}（共${lines.length}行）。`));
    }
  };
  more(found.removed, 'control-character', 'control characters, left out as above', '控制字符，已照上文删去');
  more(found.privateUse, 'private-use-character', 'private-use characters, kept as above', '私用区字符，已照上文保留');
  return found.removed.length > 0 ? cleaned.join('\n') : text;
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  const messages: Message[] = [];
  const note = (code: string, severity: Message['severity'], text: string, zh: string) => messages.push(fileMessage(file, code, severity, 0, text, zh));

  if (bytes.length > MAX_FILE_BYTES) {
    note(
      'file-too-large',
      'error',
      `The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; an issue file is normally under 100 KB (a whole 4-page issue is about 60 KB), and files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not read. Check that it is the text of one issue and not several files joined together; split it into one file per issue or page.`,
      `文件大小为 ${(bytes.length / 1024 / 1024).toFixed(1)} MB；一个报纸文件通常不到 100 KB（一整期 4 个版约 60 KB），超过 ${MAX_FILE_BYTES / 1024 / 1024} MB 的文件不予读取。请确认它是一期报纸的文字，而不是几个文件拼在一起；请拆成每期或每版一个文件。`,
    );
    return { text: '', encoding: 'binary', messages };
  }

  let text: string | null = null;
  let encoding: Encoding;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = decodeWith('utf-8', bytes.subarray(3), false);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeWith('utf-16le', bytes.subarray(2), false);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeWith('utf-16be', bytes.subarray(2), false);
  } else {
    // A NUL byte says binary (an image, UTF-16 without its BOM). NUL is valid UTF-8, so it is
    // looked for in the decoded text, where that costs next to nothing, not in every file's
    // bytes (measured: 70-100 ms over the files of 2,000 issues).
    text = decodeWith('utf-8', bytes, true);
    encoding = 'utf-8';
    if (text === null ? bytes.includes(0) : text.includes('\0')) {
      text = null;
      encoding = 'binary';
    } else if (text === null) {
      text = decodeWith('gb18030', bytes, true);
      encoding = 'gb18030';
      if (text !== null) {
        note('encoding-gb18030', 'info', 'The file is not UTF-8; it was read as GB18030 (GBK). Save it as UTF-8 to be sure.', '文件不是 UTF-8 编码，已按 GB18030（GBK）读取。稳妥起见，请另存为 UTF-8。');
      } else {
        encoding = 'binary';
      }
    }
  }

  const surveyed = text === null ? null : survey(text);
  if (encoding === 'binary' || text === null || surveyed === null || surveyed.controlShare > 0.05) {
    note(
      'not-text',
      'error',
      'This file is not text (it looks binary, for example an image renamed .txt). Replace it with the page text extracted from the PDF, saved as UTF-8.',
      '此文件不是文本（看来是二进制文件，例如改名为 .txt 的图片）。请换成从 PDF 提取的版面文字，存为 UTF-8。',
    );
    return { text: '', encoding: 'binary', messages };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    note('encoding-utf16', 'info', `The file is ${encoding.toUpperCase()}; it was read correctly, but UTF-8 is preferred.`, `文件是 ${encoding.toUpperCase()} 编码，已正确读取；不过最好存为 UTF-8。`);
  }
  // One line-end convention from here on; form feeds (page breaks) are kept.
  if (surveyed.carriageReturn) text = text.replace(/\r\n?/gu, '\n');
  if (surveyed.suspect) text = cleanCharacters(text, file, messages);
  return { text, encoding, messages };
}
