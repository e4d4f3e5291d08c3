import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBranding } from '../src/build/branding-file.ts';
import { describeRule } from '../src/lms/completion-rule.ts';
import { parseBuildArgs } from './scorm/args.ts';
import { buildPackage, zipNameOf } from './scorm/build-package.ts';
import { availableStories, packageStories } from './scorm/package-stories.ts';
import { packageIdentifier, packageTitle } from './scorm/package-title.ts';

// npm run build:scorm -- [--stories id1,id2] [--pass-mark N] [--complete-when all|any|N]
//   [--pass-when overall|qualities] [--out dist-scorm]
// Writes SCORM 1.2 and SCORM 2004 4th Edition packages of the game (and, with --formats, cmi5 and
// xAPI ones): see docs/lms.md.

const LABELS = { '1.2': 'SCORM 1.2', '2004': 'SCORM 2004', cmi5: 'cmi5', xapi: 'xAPI' } as const;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main(): Promise<void> {
  const args = parseBuildArgs(process.argv.slice(2));
  // The product name from branding.json (or BRANDING=path); a branding problem stops it here.
  const brand = loadBranding(root);
  if (!brand.ok) throw new Error(`Branding: ${brand.error}`);
  const { productName } = brand.value.branding;
  const storiesDir = path.join(root, 'stories');
  const { stories, practised } = packageStories(storiesDir, args.stories);
  const ids = stories.map((s) => s.id);
  const allStories = availableStories(storiesDir).every((id) => ids.includes(id));
  const title = packageTitle(productName, stories, allStories);
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    version: string;
  };
  const identifier = packageIdentifier(productName, ids, allStories);
  const scenarios = stories.map((s) => ({ id: s.id, title: s.meta.title }));
  for (const edition of args.formats) {
    const zipFile = path.resolve(root, args.outDir, zipNameOf(edition));
    const { files } = await buildPackage({
      root,
      edition,
      storyIds: ids,
      allStories,
      passMark: args.passMark,
      rule: args.rule,
      scenarios,
      manifest: { identifier, version, title, objectives: practised },
      zipFile,
    });
    console.log(
      `${path.relative(process.cwd(), zipFile)}: ${LABELS[edition]}, ${files.length} files`,
    );
  }
  console.log(
    `${stories.length} scenarios (${ids.join(', ')}): ${describeRule(args.rule, args.passMark)}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
