/**
 * The search page in the browser: the query from the URL (/search/?q=…), rewritten into the
 * same tokens the index holds, searched with Pagefind, checked against each result's real
 * text (so every result contains what was typed), and shown with a highlighted excerpt.
 * Bundled by the build into assets/search.js.
 */
import { queryTokens } from './tokens.ts';

interface PagefindResult {
  id: string;
  data(): Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Text with every occurrence of the query marked, as DOM nodes (never as HTML). */
export function marked(text: string, query: string): (Node | string)[] {
  if (!query) return [text];
  const out: (Node | string)[] = [];
  let at = 0;
  for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, at)) {
    out.push(text.slice(at, i), el('mark', {}, query));
    at = i + query.length;
  }
  out.push(text.slice(at));
  return out;
}

/** About 120 characters of the text around the first occurrence of the query. */
export function excerpt(text: string, query: string): string {
  const flat = text.replace(/\s+/gu, ' ');
  const at = Math.max(0, flat.indexOf(query));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${flat.slice(start, start + 120)}${start + 120 < flat.length ? '…' : ''}`;
}

/** `2024-03-29` → `2024年3月29日` */
function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** The record's text is the headline block, a newline, then the body: excerpts come from the body when it holds the query. */
function bodyOf(text: string, query: string): string {
  const body = text.slice(text.indexOf('\n') + 1);
  return body.includes(query) ? body : text;
}

async function run(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const prefix = root.dataset.prefix ?? '/';
  const params = new URLSearchParams(location.search);
  const query = (params.get('q') ?? '').trim();
  const form = root.querySelector('form')!;
  (form.elements.namedItem('q') as HTMLInputElement).value = query;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const pagefind = (await import(/* @vite-ignore */ `${prefix}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: prefix });
  // Filters: every value the index holds, with how many articles have it.
  const available = await pagefind.filters();
  for (const name of ['year', 'page', 'reporter']) {
    const select = form.elements.namedItem(name) as HTMLSelectElement | null;
    if (!select) continue;
    for (const [value, count] of Object.entries(available[name] ?? {}).sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh-CN')))) {
      select.append(el('option', { value }, `${value}（${count}）`));
    }
    select.value = params.get(name) ?? '';
  }
  const sort = form.elements.namedItem('sort') as HTMLSelectElement;
  sort.value = params.get('sort') ?? '';
  if (!query) {
    status.textContent = '输入人名、地名或词语，按回车搜索。';
    root.dataset.state = 'ready';
    return;
  }
  const tokens = queryTokens(query);
  const filters: Record<string, string> = {};
  for (const name of ['year', 'page', 'reporter']) if (params.get(name)) filters[name] = params.get(name)!;
  const search = await pagefind.search(tokens.join(' '), { filters, ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) });
  const needle = query.replace(/\s+/gu, '');
  let shown = 0;
  let next = 0;
  const page = async () => {
    // `data-state` tells scripts and tests when a batch has been shown.
    root.dataset.state = 'loading';
    more.hidden = true;
    const batch = search.results.slice(next, next + PAGE_SIZE);
    next += batch.length;
    for (const data of await Promise.all(batch.map((r) => r.data()))) {
      const text = data.meta.text ?? '';
      // The index matches the query's character pairs anywhere; the text must hold it whole.
      if (!text.replace(/\s+/gu, '').includes(needle) && !text.includes(query)) continue;
      shown++;
      const href = `${data.url}?q=${encodeURIComponent(query)}`;
      list.append(
        el(
          'li',
          { class: 'teaser' },
          ...(data.meta.kicker ? [el('span', { class: 'kicker' }, ...marked(data.meta.kicker, query))] : []),
          el('a', { class: 'headline', href }, ...marked(data.meta.title ?? '', query)),
          el('span', { class: 'meta' }, [chineseDate(data.meta.date ?? ''), `第${data.meta.page}版`, data.meta.reporters].filter(Boolean).join(' · ')),
          el('span', { class: 'lede' }, ...marked(excerpt(bodyOf(text, query), query), query)),
        ),
      );
    }
    more.hidden = next >= search.results.length;
    root.dataset.state = 'ready';
    const done = next >= search.results.length;
    status.textContent = shown
      ? done
        ? `找到 ${shown} 篇含有“${query}”的文章。`
        : `已显示 ${shown} 篇含有“${query}”的文章，还有更多。`
      : done
        ? `没有找到含有“${query}”的文章。`
        : `前 ${next} 篇候选中没有含有“${query}”的文章，还有更多。`;
  };
  more.addEventListener('click', () => void page());
  await page();
}

void run();
