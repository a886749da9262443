#!/usr/bin/env node
// arshif — command-line entry. Each subcommand lives in src/cli/<name>.ts and exports run(argv).
const commands: Record<string, string> = {
  ingest: 'ingest — corpus/raw → corpus/articles + ingest report',
  extract: 'extract [--explain] FILE — print the extracted record of one raw file (writes nothing)',
  eval: 'eval [--fixtures DIR --gold DIR --floor FILE --group NAME --json --write-records DIR] — score the extractor on fixture pages against their gold records',
  date: 'date [--ref ISO] TEXT — print the dates found in TEXT as JSON',
  build: 'build [--skip-ingest] [--out DIR] — ingest, render the site and build the search index',
  compile: 'compile — compile the site templates (Astro) once for this version of the site (part of build)',
  pages: 'pages [--out DIR] — render the pages whose data changed and publish them (part of build)',
  serve: 'serve [--out DIR] [--port N] — serve the built site locally',
  watch: 'watch — re-ingest and rebuild when raw files or overrides change',
};

const [command, ...argv] = process.argv.slice(2);
if (!command || !(command in commands) || command === '--help') {
  console.log('usage: arshif <command> [--corpus DIR] …\n\n' + Object.values(commands).map((c) => '  ' + c).join('\n'));
  process.exit(command && command !== '--help' ? 2 : 0);
}
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: arshif ' + commands[command] + '\n  (every command also takes --corpus DIR, default: corpus)');
  process.exit(0);
}
const mod = await import(`../src/cli/${command}.ts`);
try {
  process.exitCode = (await mod.run(argv)) ?? 0;
} catch (e) {
  // A mistyped flag is the user's, not a crash: one line naming it, no stack.
  const code = (e as { code?: string }).code;
  if (!code?.startsWith('ERR_PARSE_ARGS')) throw e;
  console.error(`arshif ${command}: ${(e as Error).message.split('. ')[0]}\nusage: arshif ${commands[command]}`);
  process.exitCode = 2;
}

export {};
