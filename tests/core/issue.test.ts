/** Issue assembly: one file with form feeds, page numbers, continuation pairs, dates. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conservation } from '../../src/core/conservation.ts';
import { pairingKey } from '../../src/core/pairing.ts';
import { parseFile, YUZHONG_DAILY } from '../../src/core/index.ts';
import { fileMessages } from '../../src/core/parse-file.ts';
import { clip, page, parseIssues, ROOT } from '../helpers.ts';

const formfeed = readFileSync(join(ROOT, 'tests/fixtures/issue-2024-04-01.txt'), 'utf8');

test('a whole 4-page issue in one file with form feeds: pages, masthead facts, layouts', () => {
  const { issues } = parseIssues([{ file: 'issue.txt', text: formfeed }]);
  assert.equal(issues.length, 1);
  const { issue, pages } = issues[0]!;
  assert.deepEqual(issue, { id: '2024-04-01', paper: '渝中报', date: '2024-04-01', weekday: '星期一', lunarDate: '甲辰年二月廿三', number: 37, totalNumber: 2022, pageCount: 4, dateSource: 'masthead' });
  assert.deepEqual(pages.map((p) => [p.number, p.layout, p.articles.length]), [
    [1, 'paragraph', 3],
    [2, 'column', 2],
    [3, 'paragraph', 1],
    [4, 'column', 1],
  ]);
  for (const p of pages) assert.deepEqual(conservation(p.original, p), { missing: '', extra: '' });
});

test('下转 and 上接 halves pair by content, both ways, even when a page holds several', () => {
  const { issues } = parseIssues([{ file: 'issue.txt', text: formfeed }]);
  const { pages } = issues[0]!;
  const byHeadline = (n: number, h: string) => pages.find((p) => p.number === n)!.articles.find((a) => a.headline === h)!;
  const pairs = [
    [byHeadline(1, '加快打造城市更新渝中样板'), byHeadline(2, '城市更新要守住历史文脉')],
    [byHeadline(1, '区政府召开第80次常务会议'), byHeadline(2, '区政府召开常务会议研究安全生产')],
    [byHeadline(1, '渝中文旅再添“国字号”名片'), byHeadline(3, '渝中文旅再添名片')],
  ] as const;
  for (const [front, jump] of pairs) {
    assert.deepEqual(front.continuation, { direction: 'to', page: front.continuedTo!, articleId: jump.id, url: jump.url });
    assert.deepEqual(jump.continuation, { direction: 'from', page: 1, articleId: front.id, url: front.url });
  }
  assert.equal(issues[0]!.messages.filter((m) => m.code.startsWith('continuation')).length, 0);
});

test('what a continued part is paired by is worked out with its page, and stays out of the published article', () => {
  const { issues, files } = parseIssues([{ file: 'issue.txt', text: formfeed }]);
  const parsed = files[0]!.pages.flatMap((p) => p.articles);
  const continued = parsed.filter((a) => a.continuedTo !== null || a.continuedFrom !== null);
  assert.ok(continued.length >= 6);
  for (const a of parsed) assert.deepEqual(a.pairing, continued.includes(a) ? pairingKey(a) : null);
  const published = issues[0]!.pages.flatMap((p) => p.articles);
  assert.equal(published.length, parsed.length);
  for (const a of published) assert.ok(!('pairing' in a) && !('dateline' in a));
});

test('two similar stories continued to one page pair by the headline repeated over each continuation', () => {
  // Each continuation shares more words with the other story's front part (城市管理 / 经济工作);
  // only the repeated headline, 第61次 or 第70次, tells which is which.
  const front = page`
    区政府召开第61次常务会议

    本报讯(记者李一)9月12日，区长谢东主持召开区政府第61次常务会议，研究城市管理工作。

    (下转2版)

    区政府召开第70次常务会议

    本报讯(记者袁侨)9月13日，区长谢东主持召开区政府第70次常务会议，研究经济工作。

    (下转2版)
  `;
  const inside = page`
    区政府召开第61次常务会议

    (上接1版)会议指出，要抓好经济工作，研究部署经济发展、安全稳定等工作。

    区政府召开第70次常务会议

    (上接1版)会议指出，要做好城市管理工作，强化城市管理“首善”意识。
  `;
  const { issues } = parseIssues([
    { file: 'p1.txt', text: front, meta: 'date: 2023-09-15\npage: 1' },
    { file: 'p2.txt', text: inside, meta: 'date: 2023-09-15\npage: 2' },
  ]);
  const [p1, p2] = issues[0]!.pages;
  const headlines = (a: { continuation: { articleId: string | null } | null }) => [p1!, p2!].flatMap((p) => p.articles).find((b) => b.id === a.continuation?.articleId)?.headline;
  assert.deepEqual(p1!.articles.map((a) => [a.headline, headlines(a)]), [
    ['区政府召开第61次常务会议', '区政府召开第61次常务会议'],
    ['区政府召开第70次常务会议', '区政府召开第70次常务会议'],
  ]);
  assert.deepEqual(p2!.articles.map((a) => [a.headline, headlines(a)]), [
    ['区政府召开第61次常务会议', '区政府召开第61次常务会议'],
    ['区政府召开第70次常务会议', '区政府召开第70次常务会议'],
  ]);
});

test('a continuation’s headline printed after it is read with the front page known, in separate files and in one', () => {
  // Page 2 alone reads 深化合作共谋发展 as the crosshead of the story below (it shares 合作 and
  // 发展 with it); the front page's headline, which it repeats, shows it closes the continuation.
  const front = page`
    深化合作共谋发展 推动数字重庆建设在渝中取得更多标志性成果

    本报讯(记者李一)9月12日，区长谢东会见丰图科技有限公司总经理吴萌一行。

    (下转2版)
  `;
  const inside = readFileSync(join(ROOT, 'tests/fixtures/jump-headline-p2.txt'), 'utf8');
  const expected = [
    ['深化合作共谋发展', '谢东说，渝中正深入贯彻党的二…更多标志性成果。', '2023-09-15-1-1'],
    ['探索多元化投融资模式', '抓招商就是抓发展、谋项目就是…与社会企业合作。', null],
  ];
  const apart = parseIssues([
    { file: 'p1.txt', text: front, meta: 'date: 2023-09-15\npage: 1' },
    { file: 'p2.txt', text: inside, meta: 'date: 2023-09-15\npage: 2' },
  ]);
  const together = parseIssues([{ file: 'issue.txt', text: `${front}\f${inside}`, meta: 'date: 2023-09-15\npage: 1' }]);
  for (const { issues, files } of [apart, together]) {
    const p2 = issues[0]!.pages.find((p) => p.number === 2)!;
    assert.deepEqual(p2.articles.map((a) => [a.headline, clip(a.paragraphs.join('')), a.continuation?.articleId ?? null]), expected);
    assert.deepEqual(p2.articles.map((a) => a.crossheads), [[], []]);
    assert.ok(issues[0]!.messages.some((m) => m.code === 'jump-headline' && m.file === p2.source && m.line === (p2.source === 'p2.txt' ? 5 : 9)));
    // The parsed file is left as its page alone read it: a file is parsed once and cached, the issue it is read with may change.
    const alone = files.flatMap((f) => f.pages).find((p) => p.number === 2)!;
    assert.deepEqual(alone.articles.map((a) => a.crossheads.map((c) => c.text)), [['深化合作共谋发展']]);
  }
});

test('a continuation’s headline matched by position alone is confirmed by the front headline it repeats, else doubted', () => {
  // The continuation's text shares no words with its headline (the front part holds them), so
  // the page alone can match the two only by position.
  const inside = page`
    |（上接1版）谢东说，渝中正深入贯彻
    党的二十大精神，推动数字重庆建设在
    渝中取得更多标志性成果。

    深化合作共谋发展
  `;
  const front = (headline: string) => page`
    HEADLINE

    本报讯(记者李一)9月12日，区长会见丰图科技有限公司总经理吴萌一行，双方就深化合作进行交流。

    (下转2版)
  `.replace('HEADLINE', headline);
  const doubts = (headline: string) => {
    const { issues, files } = parseIssues([
      { file: 'p1.txt', text: front(headline), meta: 'date: 2023-09-15\npage: 1' },
      { file: 'p2.txt', text: inside, meta: 'date: 2023-09-15\npage: 2' },
    ]);
    const [p1, p2] = issues[0]!.pages;
    // Paired either way: it is the only continuation.
    assert.equal(p2!.articles[0]!.continuation?.articleId, p1!.articles[0]!.id);
    assert.equal(p2!.articles[0]!.headline, '深化合作共谋发展');
    // The file's own account keeps the doubt, for a file no issue takes.
    assert.ok(fileMessages(files[1]!).some((m) => m.code === 'headline-uncertain' && m.line === 5));
    return issues[0]!.messages.filter((m) => m.severity !== 'info').map((m) => `${m.file}:${m.line} ${m.code}`);
  };
  assert.deepEqual(doubts('深化合作共谋发展 推动数字重庆建设在渝中取得更多标志性成果'), []);
  assert.deepEqual(doubts('区长会见丰图科技客人'), ['p1.txt:1 continuation-uncertain', 'p2.txt:5 headline-uncertain']);
});

test('files of one issue, one page each, make one issue; a missing page leaves the link without target', () => {
  const [p1, p2] = formfeed.split('\f');
  const { issues } = parseIssues([
    { file: 'a.txt', text: p1! },
    { file: 'b.txt', text: p2!, meta: 'date: 2024-04-01\npage: 2' },
  ]);
  assert.equal(issues.length, 1);
  assert.deepEqual(issues[0]!.pages.map((p) => [p.number, p.source]), [
    [1, 'a.txt'],
    [2, 'b.txt'],
  ]);
  const culture = issues[0]!.pages[0]!.articles[2]!;
  assert.deepEqual(culture.continuation, { direction: 'to', page: 3, articleId: null, url: null });
  assert.ok(issues[0]!.messages.some((m) => m.code === 'continuation-page-missing' && m.file === 'a.txt'));
});

test('with nothing giving the date, it is inferred from the datelines and the schedule, loudly', () => {
  const { issues } = parseIssues([
    {
      file: 'undated.txt',
      text: page`
        |本报讯 （记者 李 一）9月12日，
        区委书记黄茂军主持召开会议，研究
        渝中区2023年重点项目推进工作。
        |本报讯 （记者 袁侨偲）9月13日，
        区委全面深化改革委员会召开会议。
      `,
    },
  ]);
  assert.equal(issues[0]!.issue.date, '2023-09-15');
  assert.equal(issues[0]!.issue.dateSource, 'inferred');
  const m = issues[0]!.messages.find((x) => x.code === 'date-inferred')!;
  assert.equal(m.severity, 'warning');
  assert.match(m.text, /GUESSED DATE 2023-09-15/u);
});

test('a file with no date at all is left out with an error naming what to add', () => {
  const { issues, files } = parseIssues([{ file: 'nodate.txt', text: '区委书记黄茂军主持召开会议，研究部署重点工作。' }]);
  assert.equal(issues.length, 0);
  assert.equal(files.length, 1);
});

test('two files claiming the same page, a page over the count, a masthead contradicting front matter', () => {
  const [p1, p2] = formfeed.split('\f');
  const { issues } = parseIssues([
    { file: 'a.txt', text: p1!, meta: 'date: 2024-04-03' },
    { file: 'b.txt', text: p2!, meta: 'date: 2024-04-01\npage: 2' },
    { file: 'c.txt', text: p2!, meta: 'date: 2024-04-01\npage: 2' },
    { file: 'd.txt', text: p2!, meta: 'date: 2024-04-01\npage: 5' },
  ]);
  const codes = issues[0]!.messages.filter((m) => m.severity === 'error').map((m) => `${m.file}:${m.line} ${m.code}`);
  // Each message names the line that gave the wrong fact: here the .meta file's own lines.
  assert.deepEqual(codes.sort(), ['a.meta:1 date-conflict', 'c.meta:2 page-duplicate', 'd.meta:2 page-over-count']);
  assert.deepEqual(issues[0]!.pages.map((p) => p.number), [1, 2, 3, 5]);
});

test("each page's original is its text exactly as extracted, between the front matter and form feeds", () => {
  const file = [
    '---',
    'date: 2024-04-01',
    '---',
    '区政府召开常务会议',
    '本报讯 3月29日，会议研究城市更新。\f渝中报',
    '第二版的文字',
    '\f',
    '第三版\f',
  ].join('\r\n');
  const pages = parseFile({ file: 'f.txt', bytes: new TextEncoder().encode(file) }, YUZHONG_DAILY).pages;
  assert.deepEqual(
    pages.map((p) => p.original),
    ['区政府召开常务会议\n本报讯 3月29日，会议研究城市更新。', '渝中报\n第二版的文字\n', '\n第三版'],
  );
  assert.deepEqual(pages.map((p) => p.firstLine), [4, 5, 8]);
});
