/**
 * Body text goes through markdown-it's `zero` preset with raw HTML disabled: printed text is
 * never read as markup (a paragraph starting `1.` stays text), and every character is escaped.
 */
import MarkdownIt from 'markdown-it';
import { raw, type SafeHtml } from './html.ts';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false });

/**
 * What markdown-it's `zero` preset changes in a text: the characters it escapes (& < > "), and
 * carriage returns and NUL, which it normalizes. A text holding none of them it returns as it
 * is (a test checks this over every seed paragraph); most paragraphs hold none, and the site's
 * 500,000 paragraphs at 2,000 issues are not parsed for nothing.
 */
const CHANGED = /[&<>"\r\0]/u;

export function inlineText(text: string): SafeHtml {
  return raw(CHANGED.test(text) ? md.renderInline(text) : text);
}

/** markdown-it's own rendering, for the test that inlineText's shortcut changes nothing. */
export function renderInline(text: string): string {
  return md.renderInline(text);
}
