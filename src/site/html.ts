/**
 * HTML that escapes by default: every value interpolated into `html\`…\`` is escaped unless
 * it is already `SafeHtml` (the result of another `html` template or of `raw()`), so a text
 * from an issue file can never become markup by someone forgetting to escape it.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/u;

export function escapeHtml(text: string): string {
  // Most texts (headlines, dates, Chinese prose) hold none: one test, no copy.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!) : text;
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Markup that is trusted as it is: only for strings the code itself builds. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** JSON inside `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value);
  // One test, and the three replacements only for the JSON that needs one (every article page has some JSON-LD).
  return new SafeHtml(/[<\u2028\u2029]/u.test(json) ? json.replace(/</gu, '\\u003c').replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029') : json);
}
