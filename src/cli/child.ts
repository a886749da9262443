// Run another arshif command in a child process: its memory is returned to the system when it exits.
import path from 'node:path';
import os from 'node:os';
import { spawn } from 'node:child_process';

const ARSHIF = path.resolve(import.meta.dirname, '../../scripts/arshif.ts');

/** `arshif <args…>` with inherited stdio; resolves to its exit code. `nice` > 0 runs it at a lower CPU priority. */
export function runArshif(args: string[], nice = 0): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ARSHIF, ...args], { stdio: 'inherit' });
    if (nice && child.pid) {
      try { os.setPriority(child.pid, nice); } catch { /* not permitted here: normal priority */ }
    }
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
