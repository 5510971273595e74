/**
 * What the parser knows about one paper: its name, schedule and the furniture it prints
 * again and again. Everything else in the parser is general rules about Chinese newspapers.
 */
export interface PaperProfile {
  /** Paper name as printed in the masthead (报头). */
  name: string;
  /** Publication weekdays, 0 = Sunday: 渝中报 is out Mon/Wed/Fri. */
  publicationDays: readonly number[];
  /** Pages in a regular issue. */
  pagesPerIssue: number;
  /**
   * Recurring furniture, matched after white space is removed: slogans (标语) and series
   * banners (通栏) this paper prints on many pages. Grow this list as the archive grows.
   */
  slogans: readonly string[];
  banners: readonly RegExp[];
}

export const YUZHONG_DAILY: PaperProfile = {
  name: '渝中报',
  publicationDays: [1, 3, 5],
  pagesPerIssue: 4,
  slogans: ['敢闯敢干唯实争先', '创先争优看渝中', '全面推动党的二十大精神在重庆落地生根开花结果'],
  // Series banners end in 在行动 / 进行时 after a dash: `拉高标杆比赶超 进位争先促发展——…在行动`.
  banners: [/——.*(在行动|进行时|系列报道)$/u],
};
