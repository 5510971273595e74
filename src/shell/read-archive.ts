/**
 * The shell around the core: reads issue files (and sidecar `.meta` files) from a folder and
 * hands their bytes to the pure parser. One unreadable file never stops the others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { byCodePoint } from '../core/text.ts';
import { assembleIssues, parseFile, type Message, type PaperProfile, type ParsedFile, type ParsedIssue } from '../core/index.ts';

export interface Archive {
  issues: ParsedIssue[];
  /** Messages about files that could not be placed in any issue. */
  messages: Message[];
  files: ParsedFile[];
}

/** Issue files: `*.txt` in the folder and below, in name order. */
export function listIssueFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    // The entries' types come with the listing: only a symbolic link costs a stat (thousands of files are listed).
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory() || (entry.isSymbolicLink() && statSync(path).isDirectory())) walk(path);
      else if (entry.name.endsWith('.txt')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

export function readIssueFile(path: string, root: string, profile: PaperProfile): ParsedFile {
  const file = relative(root, path);
  const metaPath = path.replace(/\.txt$/u, '.meta');
  const meta = existsSync(metaPath) ? readFileSync(metaPath, 'utf8') : undefined;
  return parseFile({ file, bytes: readFileSync(path), ...(meta !== undefined ? { meta } : {}) }, profile);
}

export function readArchive(dir: string, profile: PaperProfile, root = dir): Archive {
  return archiveOf(listIssueFiles(dir).map((p) => readIssueFile(p, root, profile)), profile);
}

/** The archive the parsed files make, in file order. */
export function archiveOf(files: ParsedFile[], profile: PaperProfile): Archive {
  const { issues, messages } = assembleIssues(files, profile);
  return { issues, messages, files };
}
