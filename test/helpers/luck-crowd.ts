import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileInkSource } from '../../src/build/compile-ink.ts';
import { readLuck } from '../../src/core/luck.ts';
import type { WorkshopStory } from '../../src/server/workshop-story.ts';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lets this process's luck cache drop every seed of `story`, as a busy server's other random
 * stories would: the cache keeps a few stories' seeds, so four small random stories read after
 * it do it.
 */
export async function crowdOut(story: WorkshopStory): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'luck-crowd-'));
  const source = readFileSync('test/fixtures/loops/random-branch.ink', 'utf8');
  for (let i = 0; i < 4; i++) {
    const file = path.join(dir, `crowd-${i}.ink`);
    writeFileSync(file, source.replace('# title: Who answers the phone', `# title: Crowd ${i}`));
    const { json } = compileInkSource(file, dir);
    if (!json) throw new Error('the crowd story did not compile');
    await readLuck({ json, ranges: story.ranges }, 0, { pause: nextTurn });
  }
}
