import { copyFileSync, cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { buildProject } from '../../test/helpers/project-build.ts';
import { ISSUE_12_CASES, type Issue12Case } from '../../test/helpers/issue12-fixtures.ts';
import { tempProject } from '../../test/helpers/temp-project.ts';

// `npm run build` with issue 12's stories in stories/: the good ones ship (a story whose scores
// were cut would fail the build), each broken one fails it with its file:line message.
const good = ISSUE_12_CASES.filter((c) => !('problem' in c));
type Broken = Extract<Issue12Case, { problem: unknown }>;
const broken = ISSUE_12_CASES.filter((c): c is Broken => 'problem' in c);
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function project(files: string[]): string {
  const { root, stories } = tempProject();
  for (const file of files)
    copyFileSync(path.join(FIXTURES, file), path.join(stories, path.basename(file)));
  cpSync(path.join(FIXTURES, 'inky', 'parts'), path.join(stories, 'parts'), { recursive: true });
  return root;
}

describe('npm run build with the stories issue 12 lists', () => {
  it('ships every story that has no error', async () => {
    const root = project(good.map((c) => c.file));
    await buildProject(root);
    const assets = path.join(root, 'dist', 'assets');
    const js = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
    // The minifier rewrites the story modules' JSON as object literals: look for the title text.
    for (const c of good) if (!('problem' in c)) expect(js, c.file).toContain(c.title);
  });

  it.each(broken)('fails on $file with its line and problem', async (c) => {
    const root = project(['inky/bom.ink', c.file]);
    await expect(buildProject(root)).rejects.toThrow(
      new RegExp(
        `stories/${path.basename(c.file)}:${c.problem.line}: error: .*${escaped(c.problem.says)}`,
      ),
    );
  });
});
