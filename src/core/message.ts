/** Making a message about the input (see Message): the one place its fields are put together. */
import type { Message } from './types.ts';

/** A message about a line of `file` (0: the whole file): `text` in English, `zh` the same in Chinese. */
export function fileMessage(file: string, code: string, severity: Message['severity'], line: number, text: string, zh: string): Message {
  return { code, severity, file, line, text, zh };
}
