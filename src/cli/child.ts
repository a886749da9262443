// Run another arshif command in a child process: its memory is returned to the system when it exits.
import path from 'node:path';
import { spawn } from 'node:child_process';

const ARSHIF = path.resolve(import.meta.dirname, '../../scripts/arshif.ts');

/** `arshif <args…>` with inherited stdio; resolves to its exit code. */
export function runArshif(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    spawn(process.execPath, [ARSHIF, ...args], { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 1));
  });
}
