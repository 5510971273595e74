/**
 * The shell around the core: reads issue files (and sidecar `.meta` files) from a folder and
 * hands their bytes to the pure parser. One unreadable file never stops the others.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
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
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) out.push(path);
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
