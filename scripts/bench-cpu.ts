/**
 * The CPU check `npm run bench` prints beside its table: a fixed workload, none of the
 * project's code, timed on one core alone and on both at once, before and after the runs.
 * This machine's CPU speed varies by the hour (the same parse took 10.8 s of CPU in one run
 * and 15.0 s half an hour later): the check tells a slow hour from slower code.
 *
 * Run as a script, it does the workload once and prints its seconds.
 */
import { runProcess } from './run-process.ts';

/**
 * A parser's kind of work, fixed: a text of 800,000 Han characters from a fixed
 * generator, read character by character into counts of adjacent pairs (a Map), three times.
 * Returns how many distinct pairs it found, so that nothing is optimised away.
 */
export function workload(): number {
  let seed = 1;
  const chars: string[] = [];
  for (let i = 0; i < 800_000; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    chars.push(String.fromCharCode(0x4e00 + ((seed >>> 16) % 2500)));
  }
  const text = chars.join('');
  const counts = new Map<number, number>();
  for (let pass = 0; pass < 3; pass++) {
    for (let i = 1; i < text.length; i++) {
      const pair = text.charCodeAt(i - 1) * 0x10000 + text.charCodeAt(i);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
  }
  return counts.size;
}

/** One run of the workload in a process of its own: its seconds, the process's start not counted. */
async function timedRun(): Promise<number> {
  const { status, stdout, stderr } = await runProcess(process.execPath, ['--import', 'tsx', import.meta.filename]);
  const seconds = Number.parseFloat(stdout);
  if (status !== 0 || !Number.isFinite(seconds)) throw new Error(`the CPU check stopped (exit ${status}) without its seconds: ${JSON.stringify(stdout.trim())} ${stderr.trim()}`);
  return seconds;
}

export interface CpuCheck {
  /** Seconds of each of three runs on one core, one after another, nothing else running. */
  alone: number[];
  /** Seconds of each copy in two rounds of two copies run at once, one per core. */
  together: number[];
}

/** Three runs alone, then two rounds of two at once: one run varies by a fifth from the next. */
export async function cpuCheck(): Promise<CpuCheck> {
  const alone: number[] = [];
  for (let k = 0; k < 3; k++) alone.push(await timedRun());
  const together: number[] = [];
  for (let k = 0; k < 2; k++) together.push(...(await Promise.all([timedRun(), timedRun()])));
  return { alone, together };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `1.02 s alone (0.98-1.10), 1.31 s each on both cores (1.25-1.40)`. */
export function describeCpuCheck({ alone, together }: CpuCheck): string {
  const range = (v: readonly number[]) => `${Math.min(...v).toFixed(2)}-${Math.max(...v).toFixed(2)}`;
  return `${median(alone).toFixed(2)} s alone (${range(alone)}), ${median(together).toFixed(2)} s each on both cores (${range(together)})`;
}

if (process.argv[1] === import.meta.filename) {
  const start = performance.now();
  workload();
  console.log(((performance.now() - start) / 1000).toFixed(3));
}
