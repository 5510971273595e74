/**
 * On an article opened from the search page (…/?q=黄茂军): mark every occurrence of each
 * query term in the headline block and the body, and scroll to the first. Bundled into
 * assets/highlight.js.
 */
import { queryTerms } from './tokens.ts';

function highlight(): void {
  const terms = queryTerms(new URLSearchParams(location.search).get('q') ?? '').sort((a, b) => b.length - a.length);
  if (!terms.length) return;
  const marks: HTMLElement[] = [];
  for (const root of document.querySelectorAll('.article-head, .story-body, .continued')) {
    // A headline's break opportunities (<wbr>) split its text: a term across one would be missed.
    root.querySelectorAll('wbr').forEach((w) => w.remove());
    root.normalize();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (terms.some((t) => (n as Text).data.includes(t))) nodes.push(n as Text);
    for (const node of nodes) {
      let rest: Text = node;
      for (;;) {
        // The earliest occurrence of any term (the longest where two start together).
        let at = -1;
        let term = '';
        for (const t of terms) {
          const i = rest.data.indexOf(t);
          if (i >= 0 && (at < 0 || i < at)) [at, term] = [i, t];
        }
        if (at < 0) break;
        const hit = rest.splitText(at);
        rest = hit.splitText(term.length);
        const mark = document.createElement('mark');
        hit.replaceWith(mark);
        mark.append(hit);
        marks.push(mark);
      }
    }
  }
  marks[0]?.scrollIntoView({ block: 'center' });
}

highlight();
