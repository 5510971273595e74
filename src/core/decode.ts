/**
 * Step 0, decode: bytes of an issue file to text.
 *
 * Editors save files from many tools: UTF-8 with or without a BOM, UTF-16 with a BOM,
 * GB18030/GBK from older Windows software, CRLF line ends. A file that is not text at all
 * (an image renamed `.txt`) yields no text and an error message instead of garbage.
 */
import type { Message } from './types.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'binary';

export interface Decoded {
  text: string;
  encoding: Encoding;
  messages: Message[];
}

function decodeWith(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters other than tab, LF, CR and form feed. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0x7f) control++;
  }
  return control / text.length;
}

export function decode(bytes: Uint8Array, file: string): Decoded {
  const messages: Message[] = [];
  const note = (code: string, severity: Message['severity'], text: string) =>
    messages.push({ code, severity, file, line: 0, text });

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
  } else if (bytes.includes(0)) {
    encoding = 'binary';
  } else {
    text = decodeWith('utf-8', bytes, true);
    encoding = 'utf-8';
    if (text === null) {
      text = decodeWith('gb18030', bytes, true);
      encoding = 'gb18030';
      if (text !== null) {
        note('encoding-gb18030', 'info', 'The file is not UTF-8; it was read as GB18030 (GBK). Save it as UTF-8 to be sure.');
      } else {
        encoding = 'binary';
      }
    }
  }

  if (encoding === 'binary' || text === null || controlShare(text) > 0.05) {
    note(
      'not-text',
      'error',
      'This file is not text (it looks binary, for example an image renamed .txt). Replace it with the page text extracted from the PDF, saved as UTF-8.',
    );
    return { text: '', encoding: 'binary', messages };
  }
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    note('encoding-utf16', 'info', `The file is ${encoding.toUpperCase()}; it was read correctly, but UTF-8 is preferred.`);
  }
  // One line-end convention from here on; form feeds (page breaks) are kept.
  text = text.replace(/\r\n?/gu, '\n');
  return { text, encoding, messages };
}
