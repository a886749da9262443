// Provenance: every raw file an article came from is copied into the site as plain text.
// Non-.txt raws (saved HTML) get a .txt suffix so no static host ever serves them as live pages.
import fs from 'node:fs';
import path from 'node:path';
import { allArticles } from '../../site/collection.ts';
import { rawFiles } from '../../site/raw.ts';

export async function getStaticPaths() {
  const corpus = path.resolve(process.env.ARSHIF_CORPUS ?? 'corpus');
  return rawFiles(await allArticles(), corpus).map(({ output, file }) => ({ params: { path: output }, props: { file } }));
}

export function GET({ props }: { props: { file: string } }) {
  return new Response(fs.readFileSync(props.file), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
