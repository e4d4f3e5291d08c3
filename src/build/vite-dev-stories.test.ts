import { copyFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkStories } from './vite-plugin-ink.ts';
import type { StoryEntry } from '../story-entry.ts';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { ISSUE_12_CASES } from '../../test/helpers/issue12-fixtures.ts';
import { tempProject } from '../../test/helpers/temp-project.ts';

// `npm start` with all of issue 12's stories dropped into stories/ at once, and one more that
// hangs ink: one dev server answers for each what the build would say, and keeps serving the rest.
let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  const { root, stories } = tempProject();
  for (const c of ISSUE_12_CASES)
    copyFileSync(path.join(FIXTURES, c.file), path.join(stories, path.basename(c.file)));
  cpSync(path.join(FIXTURES, 'inky', 'parts'), path.join(stories, 'parts'), { recursive: true });
  copyFileSync(path.join(FIXTURES, 'loops', 'glue-loop.ink'), path.join(stories, 'on-hold.ink'));
  server = await createServer({
    root,
    configFile: false,
    logLevel: 'silent',
    // Each story's budget: ample for a good one while the hanging one holds a core on a loaded
    // 2-core machine (a good story cut off would read approximate), short for the test's wait.
    plugins: [inkStories({ budget: { timeMs: 15_000, memoryMb: 1024 } })],
    server: { host: '127.0.0.1', port: 0, strictPort: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  base = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});

afterAll(async () => {
  await server?.close();
});

/** The story module the menu and the game import, as the browser gets it. */
async function entryOf(name: string): Promise<StoryEntry> {
  const response = await fetch(`${base}/stories/${name}?import`);
  expect(response.status).toBe(200);
  const code = await response.text();
  const json = /export default (\{.*\});/s.exec(code)?.[1];
  return JSON.parse(json ?? 'null') as StoryEntry;
}

describe('the dev server with every story issue 12 lists in stories/', () => {
  it('answers each with its problem at its line, or the story with its exact scores', async () => {
    // All at once, the hanging one first: it must not hold up the others.
    const names = ['on-hold.ink', ...ISSUE_12_CASES.map((c) => path.basename(c.file))];
    const entries = await Promise.all(names.map(entryOf));
    const hanging = entries[0]!;
    expect('errors' in hanging && hanging.errors).toEqual([
      expect.stringContaining(
        'stories/on-hold.ink:1: error: the checker stopped this story after 15 s',
      ),
    ]);
    ISSUE_12_CASES.forEach((c, i) => {
      const entry = entries[i + 1]!;
      const name = path.basename(c.file);
      if ('problem' in c) {
        expect('errors' in entry, name).toBe(true);
        const errors = 'errors' in entry ? entry.errors : [];
        expect(
          errors.find((e) => e.startsWith(`stories/${name}:${c.problem.line}: error: `)),
          name,
        ).toContain(c.problem.says);
        return;
      }
      expect('errors' in entry ? entry.errors : [], name).toEqual([]);
      if (!('meta' in entry)) throw new Error(`${name} served no story`);
      expect(entry.meta.title).toBe(c.title);
      expect(entry.ranges.exact, name).toBe(true);
      expect(entry.ranges.maxTotal, name).toBe(c.maxTotal);
      expect(entry.ranges.max, name).toMatchObject(c.max);
    });
  });
});
