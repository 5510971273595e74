/**
 * The search page in the browser. The query comes from the URL (/search/?q=…&year=…), is
 * rewritten into the tokens the index holds (codes of Han character pairs, filter tokens), and
 * searched in each year's Pagefind index: by relevance across all years at once, or newest
 * first one year after another, loading an older year only when the reader asks for more.
 * Every candidate is checked against its real text, so each result holds what was typed,
 * and is shown with a highlighted excerpt. Bundled by the build into assets/search.js.
 */
import { filterToken, holdsAll, queryTerms, queryTokens, type FilterKind } from './tokens.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindInstance {
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}
interface PagefindModule {
  createInstance(o: { basePath: string; noWorker?: boolean }): PagefindInstance;
}

/**
 * Results shown at first and per 显示更多. Ten, as the big search engines show: each result
 * costs its Pagefind fragment and its text file, and a reader's first screen holds about ten.
 */
const PAGE_SIZE = 10;
/** Candidates checked per click at most, when many in a row do not hold the query. */
const CHECK_LIMIT = 200;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Text with every occurrence of any term marked, as DOM nodes (never as HTML). */
export function marked(text: string, terms: readonly string[]): (Node | string)[] {
  const wanted = terms.filter(Boolean);
  if (!wanted.length) return [text];
  const out: (Node | string)[] = [];
  let at = 0;
  for (;;) {
    let best = -1;
    let term = '';
    for (const t of wanted) {
      const i = text.indexOf(t, at);
      if (i >= 0 && (best < 0 || i < best || (i === best && t.length > term.length))) [best, term] = [i, t];
    }
    if (best < 0) break;
    out.push(text.slice(at, best), el('mark', {}, term));
    at = best + term.length;
  }
  out.push(text.slice(at));
  return out;
}

/** About 120 characters of the text around the first occurrence of a term. */
export function excerpt(text: string, terms: readonly string[]): string {
  const flat = text.replace(/\s+/gu, ' ');
  const hits = terms.map((t) => flat.indexOf(t)).filter((i) => i >= 0);
  const at = hits.length ? Math.min(...hits) : 0;
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + 120)}${start + 120 < flat.length ? '…' : ''}`;
}

/**
 * Every year's index ships the same WebAssembly (one Pagefind version writes them all; a test
 * checks they are identical). Each Pagefind instance fetches it from its own folder, so a
 * search over thirteen years downloaded it thirteen times; fetched from one URL, the browser
 * downloads it once and serves the other years from its cache.
 */
function shareWasm(prefix: string, year: string): void {
  const fetchOriginal = window.fetch.bind(window);
  const wasm = /\/pagefind\/\d{4}\/(wasm\.[\w-]+\.pagefind)$/u;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    const m = url.origin === location.origin ? wasm.exec(url.pathname) : null;
    return fetchOriginal(m ? `${prefix}pagefind/${year}/${m[1]}` : input, init);
  };
}

/** An article's text: a gzip file beside the index (see records.ts); empty if it cannot be had. */
async function articleText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) return '';
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}

/** `2024-03-29` → `2024年3月29日` */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The record's text is the headline block, a newline, then the body: excerpts come from the body when it holds a term. */
function bodyOf(text: string, terms: readonly string[]): string {
  const body = text.slice(text.indexOf('\n') + 1);
  return terms.some((t) => body.includes(t)) ? body : text;
}

/**
 * Candidates in the order the reader asked for. By relevance: every year searched and
 * merged by score. By date: each year sorted newest first, the next (older) year searched
 * only when the ones before are used up.
 *
 * Pagefind drops a query word its index does not hold instead of finding nothing, so a
 * year is first asked for each token alone (cheap: the same index chunks), and skipped
 * when any token is missing from it. Years are searched one after another: Pagefind's
 * WebAssembly failed ("memory access out of bounds") when two indexes searched at once.
 */
class Candidates {
  #queue: PagefindResult[] = [];
  #years: string[];
  #started = false;
  constructor(
    private readonly instance: (year: string) => PagefindInstance,
    years: string[],
    private readonly tokens: string[],
    private readonly byDate: boolean,
  ) {
    this.#years = [...years];
  }

  get exhausted(): boolean {
    return this.#started && this.#queue.length === 0 && this.#years.length === 0;
  }

  async #searchYear(year: string): Promise<PagefindResult[]> {
    const index = this.instance(year);
    for (const token of this.tokens) if (!(await index.search(token)).results.length) return [];
    return (await index.search(this.tokens.join(' '), this.byDate ? { sort: { date: 'desc' } } : {})).results;
  }

  async take(n: number): Promise<PagefindResult[]> {
    this.#started = true;
    if (!this.byDate && this.#years.length) {
      const all: PagefindResult[] = [];
      for (const y of this.#years) all.push(...(await this.#searchYear(y)));
      this.#years = [];
      this.#queue = all.sort((a, b) => b.score - a.score);
    }
    while (this.byDate && this.#queue.length < n && this.#years.length) this.#queue.push(...(await this.#searchYear(this.#years.shift()!)));
    return this.#queue.splice(0, n);
  }
}

async function run(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const prefix = root.dataset.prefix ?? '/';
  const allYears = (root.dataset.years ?? '').split(' ').filter(Boolean);
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const form = root.querySelector('form')!;
  (form.elements.namedItem('q') as HTMLInputElement).value = query;
  for (const name of ['year', 'month', 'page', 'reporter', 'sort']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (select && [...select.options].some((o) => o.value === params.get(name))) select.value = params.get(name)!;
  }
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const terms = queryTerms(query);
  const tokens = queryTokens(query);
  if (!tokens.length || !allYears.length) {
    status.textContent = terms.length ? `“${query}”里没有可以搜索的文字。` : '输入人名、地名或词语，按回车搜索。';
    root.dataset.state = 'ready';
    return;
  }
  const value = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
  const year = value('year');
  const chosen: Record<FilterKind, string> = { month: value('month'), page: value('page'), reporter: value('reporter') };
  const filterTokens = (Object.keys(chosen) as FilterKind[]).filter((k) => chosen[k]).map((k) => filterToken(k, chosen[k]));
  status.textContent = `正在搜索“${query}”…`;
  shareWasm(prefix, allYears[0]!);
  const pagefind = (await import(/* @vite-ignore */ `${prefix}pagefind/${allYears[0]}/pagefind.js`)) as PagefindModule;
  const instances = new Map<string, PagefindInstance>();
  const instance = (y: string) => {
    if (!instances.has(y)) instances.set(y, pagefind.createInstance({ basePath: `${prefix}pagefind/${y}/`, noWorker: true }));
    return instances.get(y)!;
  };
  const candidates = new Candidates(instance, year ? allYears.filter((y) => y === year) : allYears, [...tokens, ...filterTokens], value('sort') === 'date');
  let shown = 0;
  const page = async () => {
    // `data-state` tells scripts and tests when a batch has been shown.
    root.dataset.state = 'loading';
    more.hidden = true;
    let checked = 0;
    const before = shown;
    while (shown - before < PAGE_SIZE && checked < CHECK_LIMIT && !candidates.exhausted) {
      const batch = await candidates.take(PAGE_SIZE);
      checked += batch.length;
      const found = await Promise.all(
        batch.map(async (r) => {
          const data = await r.data();
          return { data, text: await articleText(data.meta.text ?? '') };
        }),
      );
      for (const { data, text } of found) {
        // The index matches the query's character pairs anywhere; the text must hold each term whole.
        if (!holdsAll(text, terms)) continue;
        // Filters hold by construction; checked again, as a reporter's token is a hash.
        if (chosen.reporter && !(data.meta.reporters ?? '').split('、').includes(chosen.reporter)) continue;
        if (chosen.month && (data.meta.date ?? '').slice(5, 7) !== chosen.month) continue;
        if (chosen.page && data.meta.page !== chosen.page) continue;
        shown++;
        const href = `${data.url}?q=${encodeURIComponent(query)}`;
        list.append(
          el(
            'li',
            { class: 'teaser' },
            ...(data.meta.kicker ? [el('span', { class: 'kicker' }, ...marked(data.meta.kicker, terms))] : []),
            el('a', { class: 'headline', href }, ...marked(data.meta.title ?? '', terms)),
            el('span', { class: 'meta' }, [chineseDate(data.meta.date ?? ''), `第${data.meta.page}版`, data.meta.reporters].filter(Boolean).join(' · ')),
            el('span', { class: 'lede' }, ...marked(excerpt(bodyOf(text, terms), terms), terms)),
          ),
        );
      }
    }
    const done = candidates.exhausted;
    more.hidden = done;
    status.textContent = shown
      ? done
        ? `找到 ${shown} 篇含有“${query}”的文章。`
        : `已显示 ${shown} 篇含有“${query}”的文章，还有更多。`
      : done
        ? `没有找到含有“${query}”的文章。`
        : `已查看的文章中没有含有“${query}”的，还有更多可查看。`;
    root.dataset.state = 'ready';
  };
  more.addEventListener('click', () => void page());
  await page();
}

void run();
