// Shared flag parsing for the subcommands: --corpus DIR everywhere, plus each command's own flags.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { corpusPaths, type CorpusPaths } from '../lib/corpus.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(argv: string[], options: O) {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { corpus: { type: 'string', default: 'corpus' }, ...options },
    allowPositionals: true,
    strict: true,
  });
  const paths: CorpusPaths = corpusPaths((values as { corpus?: string }).corpus ?? 'corpus');
  return { values, positionals, paths };
}
