// arshif serve: serve the built site on 127.0.0.1 until interrupted.
import path from 'node:path';
import { parseCommand } from './args.ts';
import { serveStatic } from '../lib/static-server.ts';

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { out: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4321' } });
  const server = await serveStatic(path.resolve(values.out as string), Number(values.port));
  console.log(`الأرشيف متاح على ${server.url}/  (Ctrl+C للإيقاف)`);
  await new Promise(() => {});
  return 0;
}
