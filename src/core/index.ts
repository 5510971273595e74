/** The pure core: text in, typed newspaper data out. No file, network or clock. */
export { parseFile, PAGE_STEPS, type FileInput, type ParsedFile, type ParsedPage } from './parse-file.ts';
export { assembleIssues, pairContinuations, articleUrl } from './issue.ts';
export { reporterNameVariants } from './reporters.ts';
export { YUZHONG_DAILY, type PaperProfile } from './profile.ts';
export * from './types.ts';
