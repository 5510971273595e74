/**
 * Step: empty articles. A 上接 marker standing alone begins an article (the text after it
 * carries a story on), but text may not follow it: the page ends, or a headline block or
 * another marker comes first (the extraction lost or moved the text). No other step puts
 * anything in such an article, so it is taken off the page, with a warning at the marker's
 * line, rather than shown as a story without a word. The marker itself is the only text it
 * held, which no article keeps (see continuation-markers.ts), so nothing is lost.
 */
import { message, type ArticleDraft, type PageStep } from '../draft.ts';

function isEmpty(article: ArticleDraft): boolean {
  return article.parts.length === 0 && article.heading === null && article.captions.length === 0 && article.bylineLines.length === 0;
}

export const emptyArticles: PageStep = {
  name: 'empty-articles',
  run(page) {
    if (!page.elements.some((e) => e.type === 'article' && isEmpty(e.article))) return;
    page.elements = page.elements.filter((e) => {
      if (e.type !== 'article' || !isEmpty(e.article)) return true;
      const { markerLine, continuedFrom } = e.article;
      const line = markerLine ?? 0;
      message(
        page,
        'marker-unattached',
        'warning',
        line,
        `上接${continuedFrom}版 at line ${line} is followed by no text of its own on this page, so no article was made for it. If the continued text was lost in extraction, add it below the marker; otherwise check the order of the text around it.`,
        `第${line}行的“上接${continuedFrom}版”后面在本版没有正文，因此没有为它建立文章。如果转来的正文在提取时丢失了，请在标记下方补上；否则请检查它前后文字的顺序。`,
      );
      return false;
    });
  },
};
