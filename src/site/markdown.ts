/**
 * Body text goes through markdown-it's `zero` preset with raw HTML disabled: printed text is
 * never read as markup (a paragraph starting `1.` stays text), and every character is escaped.
 */
import MarkdownIt from 'markdown-it';
import { raw, type SafeHtml } from './html.ts';

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false });

export function inlineText(text: string): SafeHtml {
  return raw(md.renderInline(text));
}
