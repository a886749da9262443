#!/usr/bin/env node
// arshif — command-line entry. Each subcommand lives in src/cli/<name>.ts and exports run(argv).
const commands: Record<string, string> = {
  ingest: 'ingest — corpus/raw → corpus/articles + ingest report',
  extract: 'extract [--explain] FILE — print the extracted record of one raw file (writes nothing)',
  eval: 'eval — score the extractor on the test fixtures against the gold',
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
const mod = await import(`../src/cli/${command}.ts`);
process.exitCode = (await mod.run(argv)) ?? 0;

export {};
