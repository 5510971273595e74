/**
 * Assembling issues from parsed files: the issue's date and facts, page numbers, article
 * ids and URLs, full dateline dates, and the pairing of 下转/上接 halves across pages.
 */
import { addDays, compareYmd, dayOfWeek, isRealDate, lunarDate, nextPublicationDay, parseIso, toIso, weekdayName, type Ymd } from './dates.ts';
import type { PaperProfile } from './profile.ts';
import type { Article, FactSource, Issue, Message, Page, ParsedIssue } from './types.ts';
import { fileMessages, type ParsedFile, type ParsedPage } from './parse-file.ts';
import { rereadJumpHeadlines } from './jump-headlines.ts';
import type { PageArticle } from './steps/finish.ts';
import { bigramCount, sharedCount, type SortedBigrams } from './text.ts';
import { fileMessage } from './message.ts';
import { headlineEcho, pairingKey, repeatsHeadline, type PairingKey } from './pairing.ts';

interface DatedFile {
  file: ParsedFile;
  date: Ymd;
  source: FactSource;
}

/** The issue date of one file: masthead, front matter, or inferred from datelines (loudly). */
export function dateOfFile(file: ParsedFile, profile: PaperProfile, messages: Message[]): DatedFile | null {
  const mastheadIso = file.pages.find((p) => p.facts.date)?.facts.date;
  const masthead = mastheadIso ? parseIso(mastheadIso) : null;
  if (mastheadIso && !masthead) {
    messages.push(fileMessage(file.file, 'masthead-date-invalid', 'error', 0, `The masthead prints ${mastheadIso}, which is not a real date. Check the masthead lines, or give the date in front matter.`, `报头印的日期 ${mastheadIso} 不是有效日期。请检查报头各行，或在 front matter 中写明日期。`));
  }
  const given = file.meta.date ? parseIso(file.meta.date) : null;
  if (masthead && given && compareYmd(masthead, given) !== 0) {
    const at = file.metaAt.date ?? { file: file.file, line: 0 };
    const mastheadLine = file.pages.flatMap((p) => p.furniture).find((f) => f.kind === 'masthead')?.line ?? 0;
    messages.push(fileMessage(at.file, 'date-conflict', 'error', at.line, `The front matter says ${toIso(given)} but the masthead${mastheadLine ? ` (line ${mastheadLine} of ${file.file})` : ''} prints ${toIso(masthead)}. The masthead's date is used; correct "date:" here, or the masthead if it is the one that is wrong.`, `front matter 写的是 ${toIso(given)}，但报头${mastheadLine ? `（${file.file} 第${mastheadLine}行）` : ''}印的是 ${toIso(masthead)}。现采用报头的日期；请改正这里的“date:”，如果错的是报头，就改正报头。`));
  }
  if (masthead) return { file, date: masthead, source: 'masthead' };
  if (given) return { file, date: given, source: 'front-matter' };
  // A file without text (empty, binary, too large) already has its error; it has no date to look for.
  if (file.blank) return null;
  const datelines = file.pages.flatMap((p) => p.articles.map((a) => a.dateline)).filter((d): d is NonNullable<typeof d> => d !== null);
  const years = file.yearsMentioned;
  const year = years[0] ?? null;
  if (datelines.length === 0 || year === null) {
    messages.push(fileMessage(file.file, 'date-missing', 'error', 0, 'Nothing in this file gives a usable issue date: no masthead date, no valid "date:" in front matter, no datelines with a year mentioned. Add front matter with "date: YYYY-MM-DD" at the top of the file; until then the file is left out of the archive.', '此文件中没有可用的出版日期：没有报头日期，front matter 中没有有效的“date:”，也没有能确定年份的电头日期。请在文件开头加上 front matter“date: YYYY-MM-DD”；在此之前，此文件不收入档案。'));
    return null;
  }
  // December datelines in a file that also has January ones belong to the year before.
  const months = new Set(datelines.map((d) => d.month));
  const wraps = months.has(12) && months.has(1);
  const dates = datelines
    .map((d) => ({ year: wraps && d.month >= 11 ? year - 1 : year, month: d.month, day: d.day }))
    .filter(isRealDate)
    .sort(compareYmd);
  const latest = dates[dates.length - 1];
  if (!latest) {
    messages.push(fileMessage(file.file, 'date-missing', 'error', 0, 'The datelines in this file are not real dates, so the issue date cannot be inferred. Add front matter with "date: YYYY-MM-DD".', '此文件中的电头日期都不是有效日期，无法推断出版日期。请加上 front matter“date: YYYY-MM-DD”。'));
    return null;
  }
  const date = nextPublicationDay(latest, profile.publicationDays);
  messages.push(
    fileMessage(
      file.file,
      'date-inferred',
      'warning',
      0,
      `GUESSED DATE ${toIso(date)}: no masthead or front matter gives the date, so it was inferred from the latest dateline (${latest.month}月${latest.day}日), the year most mentioned (${year}; mentioned: ${years.join(', ')}) and the publication days. Confirm it with front matter "date: ${toIso(date)}".`,
      `【推测日期】${toIso(date)}：报头和 front matter 都没有给出日期，因此根据最晚的电头日期（${latest.month}月${latest.day}日）、文中提到最多的年份（${year}；提到的年份：${years.join('、')}）和出版日推断。请用 front matter“date: ${toIso(date)}”确认。`,
    ),
  );
  return { file, date, source: 'inferred' };
}

/** Full ISO date of a dateline: the issue's year, or the year before for a date after the issue. */
export function datelineDate(dateline: { month: number; day: number } | null, issue: Ymd): string | null {
  if (!dateline) return null;
  // Made by one literal of every field, not by spreading the dateline: a date of another
  // shape made V8 throw away the optimised code of every date function it reached.
  let d: Ymd = { year: issue.year, month: dateline.month, day: dateline.day };
  if (compareYmd(d, addDays(issue, 31)) > 0) d = { year: issue.year - 1, month: d.month, day: d.day };
  return isRealDate(d) ? toIso(d) : null;
}

export function articleUrl(date: string, page: number, position: number): string {
  return `/${date.replaceAll('-', '/')}/${page}/${position}/`;
}

function cosine(a: SortedBigrams, b: SortedBigrams): number {
  const na = bigramCount(a);
  const nb = bigramCount(b);
  if (na === 0 || nb === 0) return 0;
  return sharedCount(a, b) / Math.sqrt(na * nb);
}

/**
 * Pair each 下转N版 part with an 上接 part on page N, best match first: shared words of the
 * whole text, and the continuation's headline repeating the front headline, which tells apart
 * two similar stories (two 常务会议 of one week). `keyOf`: each part's pairing key, when it was
 * worked out already. Returns the 上接 parts whose headline repeats the headline of the part
 * they were paired with: their jump headline is confirmed.
 */
export function pairContinuations(issue: ParsedIssue, keyOf: (a: Article) => PairingKey = pairingKey): Set<Article> {
  const byNumber = new Map(issue.pages.map((p) => [p.number, p]));
  const pairs: { from: Article; to: Article; words: number; score: number; repeated: boolean; order: number }[] = [];
  let order = 0;
  for (const page of issue.pages) {
    for (const a of page.articles) {
      if (a.continuedTo === null) continue;
      const target = byNumber.get(a.continuedTo);
      for (const b of target?.articles ?? []) {
        if (b.continuedFrom !== page.number) continue;
        const from = keyOf(a);
        const to = keyOf(b);
        const words = cosine(from.words, to.words);
        pairs.push({ from: a, to: b, words, score: words + headlineEcho(from, to), repeated: repeatsHeadline(to.headline, from.heading), order: order++ });
      }
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.order - y.order);
  const paired = new Set<Article>();
  const confirmed = new Set<Article>();
  for (const p of pairs) {
    if (paired.has(p.from) || paired.has(p.to)) continue;
    paired.add(p.from);
    paired.add(p.to);
    p.from.continuation = { direction: 'to', page: p.from.continuedTo!, articleId: p.to.id, url: p.to.url };
    p.to.continuation = { direction: 'from', page: p.to.continuedFrom!, articleId: p.from.id, url: p.from.url };
    if (p.repeated) confirmed.add(p.to);
    // Few shared words are no doubt where the continuation repeats the front headline.
    if (p.words < 0.1 && !p.repeated) {
      issue.messages.push(fileMessage(issue.pages.find((pg) => pg.articles.includes(p.from))!.source, 'continuation-uncertain', 'warning', p.from.lines.from, `The 下转${p.from.continuedTo}版 part at line ${p.from.lines.from} was paired with the 上接 part ${p.to.id} although they share few words (${Math.round(p.words * 100)}%). Check the pairing.`, `第${p.from.lines.from}行的下转${p.from.continuedTo}版部分与上接部分 ${p.to.id} 配成了一对，但二者共有的词语很少（${Math.round(p.words * 100)}%）。请检查配对。`));
    }
  }
  for (const page of issue.pages) {
    for (const a of page.articles) {
      const other = a.continuedTo ?? a.continuedFrom;
      if (other === null || paired.has(a)) continue;
      const direction = a.continuedTo !== null ? 'to' : 'from';
      a.continuation = { direction, page: other, articleId: null, url: null };
      const present = byNumber.has(other);
      const marker = direction === 'to' ? `下转${other}版` : `上接${other}版`;
      issue.messages.push(
        fileMessage(
          page.source,
          present ? 'continuation-unpaired' : 'continuation-page-missing',
          present ? 'warning' : 'info',
          a.lines.from,
          present
            ? `The ${marker} part at line ${a.lines.from} found no matching part on page ${other}. Check the markers on both pages.`
            : `The ${marker} part at line ${a.lines.from} continues on page ${other}, which is not in the archive; the link has no target until that page is added.`,
          present
            ? `第${a.lines.from}行的${marker}部分在第${other}版找不到对应的部分。请检查两个版上的转版标记。`
            : `第${a.lines.from}行的${marker}部分在第${other}版接续，但档案中没有这一版；补入这一版之前，转版链接无处可去。`,
        ),
      );
    }
  }
  return confirmed;
}

export function assembleIssues(files: readonly ParsedFile[], profile: PaperProfile): { issues: ParsedIssue[]; messages: Message[] } {
  // Messages from dating a file belong to it, whichever file (issue file or sidecar) they name.
  const datingMessages = new Map<ParsedFile, Message[]>();
  const byDate = new Map<string, DatedFile[]>();
  for (const file of files) {
    const msgs: Message[] = [];
    const dated = dateOfFile(file, profile, msgs);
    datingMessages.set(file, msgs);
    if (!dated) continue;
    const iso = toIso(dated.date);
    byDate.set(iso, [...(byDate.get(iso) ?? []), dated]);
  }
  const issues: ParsedIssue[] = [];
  // Each continued part's pairing key, as its page's parse worked it out.
  const pairing = new Map<Article, PairingKey>();
  for (const [iso, dated] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) issues.push(assembleIssue(iso, dated, datingMessages, pairing, profile));
  return { issues, messages: unplacedMessages(files, issues, (f) => datingMessages.get(f)!) };
}

/**
 * One issue from the files dated to it: messages gathered, pages numbered, articles given
 * their ids, URLs and full dates, 下转/上接 parts paired. `pairing` holds each continued
 * part's pairing key as its page's parse worked it out, and is added to here.
 */
function assembleIssue(iso: string, dated: readonly DatedFile[], datingMessages: ReadonlyMap<ParsedFile, Message[]>, pairing: Map<Article, PairingKey>, profile: PaperProfile): ParsedIssue {
  const ymd = parseIso(iso)!;
  const messages: Message[] = [];
  const files = dated.map((d) => d.file);
  for (const f of files) messages.push(...f.messages, ...datingMessages.get(f)!);
  const allPages = rereadJumpHeadlines(files.flatMap((f) => f.pages), profile);
  for (const p of allPages) messages.push(...p.messages);
  const facts = Object.assign({}, ...allPages.map((p) => p.facts).reverse()) as ParsedPage['facts'];
  const meta = Object.assign({}, ...files.map((f) => f.meta).reverse()) as ParsedFile['meta'];
  // Page numbers: from the text or front matter, then by inference, then the lowest free.
  const numbered = allPages.map((p) => ({ page: p, number: p.number }));
  const used = new Map<number, ParsedPage>();
  const pages: Page[] = [];
  const unnumbered: typeof numbered = [];
  const duplicates: { n: (typeof numbered)[number]; claimed: number; holder: ParsedPage }[] = [];
  for (const n of numbered) {
    if (n.number === null) unnumbered.push(n);
    else if (used.has(n.number)) {
      duplicates.push({ n, claimed: n.number, holder: used.get(n.number)! });
      n.number = null;
    } else used.set(n.number, n.page);
  }
  const freeNumber = () => {
    let k = 2;
    while (used.has(k)) k++;
    return k;
  };
  for (const n of unnumbered) {
    const k = freeNumber();
    used.set(k, n.page);
    n.number = k;
    messages.push(fileMessage(n.page.file, 'page-number-guessed', 'warning', n.page.firstLine, `Nothing tells which page the text from line ${n.page.firstLine} holds; it was numbered 第${k}版. Give "page: N" in the file's front matter.`, `没有任何信息说明从第${n.page.firstLine}行起的文字是第几版；已编为第${k}版。请在文件的 front matter 中写明“page: N”。`));
  }
  // The later of two files claiming one page (in name order) moves to the next free number, so neither loses text.
  for (const { n, claimed, holder } of duplicates) {
    const k = freeNumber();
    used.set(k, n.page);
    n.number = k;
    const at = n.page.numberAt;
    messages.push(fileMessage(at.file, 'page-duplicate', 'error', at.line, `第${claimed}版 of ${iso} is also claimed by ${holder.file === n.page.file ? `line ${holder.firstLine} of this file` : holder.file}, which keeps it (files are taken in name order); this text is shown as 第${k}版 until one of the two is corrected. Fix the "page:" (or masthead) of the file that is wrong, or remove the file that is a copy.`, `${iso} 的第${claimed}版也由${holder.file === n.page.file ? `本文件第${holder.firstLine}行起的文字` : ` ${holder.file} `}占用，由它保留（文件按名称顺序处理）；在两者之一改正之前，这段文字显示为第${k}版。请改正出错文件的“page:”（或报头），或删去重复的文件。`));
  }
  // 上接 parts whose headline was matched mostly by position: the warning, unless pairing confirms it.
  const doubts = new Map<Article, Message>();
  for (const n of numbered) {
    const p = n.page;
    const number = n.number!;
    const articles: Article[] = p.articles.map((a: PageArticle, i) => {
      const { dateline } = a;
      const date = datelineDate(dateline, ymd);
      if (dateline && !date) messages.push(fileMessage(p.file, 'dateline-invalid', 'warning', a.lines.from, `The dateline ${dateline.month}月${dateline.day}日 at line ${a.lines.from} is not a real date; the article has no date.`, `第${a.lines.from}行的电头日期 ${dateline.month}月${dateline.day}日 不是有效日期；这篇文章没有日期。`));
      // Field by field, not by spreading the rest of `a` (60,000 articles: spreading copies each by a slow path).
      const article: Article = {
        id: `${iso}-${number}-${i + 1}`,
        url: articleUrl(iso, number, i + 1),
        kicker: a.kicker,
        headline: a.headline,
        subtitles: a.subtitles,
        byline: a.byline,
        reporters: a.reporters,
        paragraphs: a.paragraphs,
        crossheads: a.crossheads,
        captions: a.captions,
        continuedTo: a.continuedTo,
        continuedFrom: a.continuedFrom,
        lines: a.lines,
        date,
        continuation: null,
      };
      if (a.pairing) pairing.set(article, a.pairing);
      if (a.headlineDoubt) doubts.set(article, a.headlineDoubt);
      return article;
    });
    pages.push({ number, source: p.file, layout: p.layout, articles, furniture: p.furniture, original: p.original });
  }
  pages.sort((a, b) => a.number - b.number);
  const pageCount = facts.pageCount ?? meta.pageCount ?? null;
  const moved = new Set(duplicates.map((d) => d.n.page));
  for (const { page: p, number } of numbered) {
    if (pageCount !== null && number! > pageCount && !moved.has(p)) {
      const at = p.numberAt;
      messages.push(fileMessage(at.file, 'page-over-count', 'error', at.line, `第${number}版 is beyond the ${pageCount} pages this issue has (今日${pageCount}版); it is shown, but check which page this text really is and correct its "page:".`, `第${number}版超出了本期的 ${pageCount} 个版（今日${pageCount}版）；仍予显示，但请核对这段文字究竟是哪一版，并改正它的“page:”。`));
    }
  }
  const weekday = weekdayName(ymd);
  if (facts.weekday && facts.weekday !== weekday) {
    messages.push(fileMessage(files[0]!.file, 'weekday-conflict', 'warning', 0, `The masthead prints ${facts.weekday}, but ${iso} is a ${weekday}. Check the date.`, `报头印的是${facts.weekday}，但 ${iso} 是${weekday}。请检查日期。`));
  }
  if (!profile.publicationDays.includes(dayOfWeek(ymd))) {
    messages.push(fileMessage(files[0]!.file, 'not-publication-day', 'warning', 0, `${iso} is a ${weekday}, not a publication day of ${profile.name}. Check the date.`, `${iso} 是${weekday}，不是${profile.name}的出版日。请检查日期。`));
  }
  const source = dated.some((d) => d.source === 'masthead') ? 'masthead' : dated.some((d) => d.source === 'front-matter') ? 'front-matter' : 'inferred';
  const issue: Issue = {
    id: iso,
    paper: facts.paper ?? meta.paper ?? profile.name,
    date: iso,
    weekday,
    lunarDate: facts.lunarDate ?? lunarDate(ymd),
    number: facts.number ?? meta.number ?? null,
    totalNumber: facts.totalNumber ?? meta.totalNumber ?? null,
    pageCount,
    dateSource: source,
  };
  const parsed: ParsedIssue = { issue, pages, messages };
  const confirmed = pairContinuations(parsed, (a) => pairing.get(a) ?? pairingKey(a));
  // A headline over a continuation that repeats the headline of the story it was paired with is its jump headline.
  for (const [article, doubt] of doubts) if (!confirmed.has(article)) parsed.messages.push(doubt);
  parsed.messages.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return parsed;
}

/** The messages of files that are in no issue (no date, no text): their own and their dating's, by file and line. */
export function unplacedMessages(files: readonly ParsedFile[], issues: readonly ParsedIssue[], dating: (file: ParsedFile) => Message[]): Message[] {
  const placed = new Set(issues.flatMap((i) => i.pages.map((p) => p.source)));
  const unplaced = files.filter((f) => !placed.has(f.file)).flatMap((f) => [...fileMessages(f), ...dating(f)]);
  return unplaced.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

