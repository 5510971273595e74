/**
 * On an article opened from the search page (…/?q=黄茂军): mark every occurrence of the query
 * in the headline block and the body, and scroll to the first. Bundled into assets/highlight.js.
 */
function highlight(): void {
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (!query) return;
  const marks: HTMLElement[] = [];
  for (const root of document.querySelectorAll('.article-head, .story-body, .continued')) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(query)) nodes.push(n as Text);
    for (const node of nodes) {
      let rest: Text = node;
      for (let at = rest.data.indexOf(query); at >= 0; at = rest.data.indexOf(query)) {
        const hit = rest.splitText(at);
        rest = hit.splitText(query.length);
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
