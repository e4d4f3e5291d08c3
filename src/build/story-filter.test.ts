import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../test/helpers/fixtures.ts';
import { buildProject } from '../../test/helpers/project-build.ts';
import { tempProject } from '../../test/helpers/temp-project.ts';

afterEach(() => {
  delete process.env.SERVING_MOMENTS_STORIES;
});

describe('packaging only some stories (build:scorm --stories)', () => {
  it('builds the listed stories and leaves the others out', async () => {
    const { root, stories } = tempProject();
    for (const f of ['small-desk.ink', 'flat-decision.ink'])
      copyFileSync(path.join(FIXTURES, f), path.join(stories, f));
    process.env.SERVING_MOMENTS_STORIES = 'small-desk';
    await buildProject(root);
    const assets = path.join(root, 'dist', 'assets');
    const js = readdirSync(assets)
      .map((f) => readFileSync(path.join(assets, f), 'utf8'))
      .join('\n');
    expect(js).toContain('The small front desk');
    expect(js).not.toContain('A decision that teaches nothing');
  });
});
