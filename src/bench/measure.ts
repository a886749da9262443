// Runs one benchmark phase as a child process and measures it: wall time, the peak RSS of the
// largest single process (GNU time %M, which covers waited-for descendants) and the peak of the
// whole process tree's summed RSS (sampled from /proc every 50 ms: Node + Pagefind + workers).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Measurement {
  cmd: string;
  wallS: number;
  /** Largest single process's max RSS (MB), from GNU time; null if /usr/bin/time is missing. */
  maxRssMB: number | null;
  /** Peak of the summed RSS of the child's process tree (MB), sampled. */
  treeRssMB: number;
  /** CPU seconds (user + system) of the child and its waited-for descendants, from GNU time; null without it. */
  cpuS: number | null;
  /** The system (kernel) part of cpuS: file creation on ext4 alone can be a third of an ingest. */
  sysS: number | null;
  load: number[];
  code: number;
  stdout: string;
  stderr: string;
}

export const NODE = process.execPath;
const HAVE_GNU_TIME = fs.existsSync('/usr/bin/time');

function children(): Map<number, number[]> {
  const kids = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!kids.has(ppid)) kids.set(ppid, []);
      kids.get(ppid)!.push(Number(d));
    } catch { /* gone */ }
  }
  return kids;
}

function treeRssKB(root: number): number {
  const kids = children();
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/);
      if (m) sum += Number(m[1]);
    } catch { /* gone */ }
    stack.push(...(kids.get(pid) ?? []));
  }
  return sum;
}

export async function measure(args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Measurement> {
  const load = os.loadavg().map((x) => Math.round(x * 100) / 100);
  const marker = `/tmp/arshif-bench-time-${process.pid}-${Date.now()}`;
  const [cmd, argv] = HAVE_GNU_TIME ? ['/usr/bin/time', ['-f', '%e %M %U %S', '-o', marker, ...args]] : [args[0], args.slice(1)];
  const t0 = performance.now();
  const child = spawn(cmd, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  let peak = 0;
  const timer = setInterval(() => { if (child.pid) peak = Math.max(peak, treeRssKB(child.pid)); }, 50);
  const code: number = await new Promise((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  const wallS = (performance.now() - t0) / 1000;
  let maxRssMB: number | null = null;
  let cpuS: number | null = null;
  let sysS: number | null = null;
  if (HAVE_GNU_TIME) {
    try {
      const m = fs.readFileSync(marker, 'utf8').trim().split('\n').pop()!.split(' ');
      maxRssMB = Math.round(Number(m[1]) / 1024);
      cpuS = Math.round((Number(m[2]) + Number(m[3])) * 100) / 100;
      sysS = Number(m[3]);
      fs.rmSync(marker, { force: true });
    } catch { /* killed before writing */ }
  }
  return { cmd: args.join(' '), wallS: Math.round(wallS * 100) / 100, maxRssMB, treeRssMB: Math.round(peak / 1024), cpuS, sysS, load, code, stdout, stderr };
}
