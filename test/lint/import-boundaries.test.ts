import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const eslint = new ESLint({ cwd: PROJECT });

/**
 * Lints `code` as if it were the file `file` of the project, with the project's own config; the
 * file is never written, so a failing run leaves nothing behind in src/.
 */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(PROJECT, file) });
  if (!result) throw new Error(`ESLint returned nothing for ${file}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${file} did not parse: ${fatal[0]!.message}`);
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the import boundaries of src/, as lint enforces them', () => {
  it('fails a Phaser import in src/app, static or dynamic, and allows it in src/render/stage', async () => {
    const code = "import Phaser from 'phaser';\nexport const game = Phaser.AUTO;\n";
    expect(await boundaryErrors('src/app/new-screen.ts', code)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*only imported in src\/render\/stage/),
    ]);
    expect(
      await boundaryErrors(
        'src/app/new-screen.ts',
        "export const load = () => import('phaser');\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-syntax: .*src\/render\/stage/)]);
    expect(await boundaryErrors('src/render/stage/new-scene.ts', code)).toEqual([]);
  });

  it('fails DOM and Node use in src/core, and passes the same logic without them', async () => {
    expect(
      await boundaryErrors('src/core/title.ts', 'export const title = () => document.title;\n'),
    ).toEqual([expect.stringMatching(/^no-restricted-globals: .*document/)]);
    expect(
      await boundaryErrors(
        'src/core/saved.ts',
        "export const saved = () => localStorage.getItem('x');\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-globals: .*localStorage/)]);
    for (const mod of ['node:fs', 'fs', 'path', 'node:crypto']) {
      expect(
        await boundaryErrors('src/core/reader.ts', `import * as m from '${mod}';\nexport { m };\n`),
        mod,
      ).toEqual([expect.stringMatching(/^no-restricted-imports: .*no Node built-ins/)]);
    }
    expect(
      await boundaryErrors(
        'src/core/focus.ts',
        'export const focus = (el: HTMLElement) => el.tabIndex;\n',
      ),
    ).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-types: .*no DOM or Node types/),
    ]);
    expect(
      await boundaryErrors('src/core/title.ts', 'export const title = (t: string) => t.trim();\n'),
    ).toEqual([]);
  });

  it('keeps src/core from importing the layers above it', async () => {
    for (const from of [
      '../render/dom/h.ts',
      '../app/app.ts',
      '../server/store.ts',
      '../main.ts',
    ]) {
      expect(
        await boundaryErrors('src/core/x.ts', `import { a } from '${from}';\nexport { a };\n`),
        from,
      ).toEqual([expect.stringMatching(/^no-restricted-imports: .*src\/core may/)]);
    }
    expect(
      await boundaryErrors('src/core/x.ts', "import { a } from './beat.ts';\nexport { a };\n"),
    ).toEqual([]);
  });

  it('fails a src/server import from src/workshop or src/render, and browser code in the server', async () => {
    const fromServer =
      "import { sqliteStore } from '../server/sqlite-store.ts';\nexport { sqliteStore };\n";
    expect(await boundaryErrors('src/workshop/new-view.ts', fromServer)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*workshop server/),
    ]);
    expect(
      await boundaryErrors('src/render/dom/new-view.ts', fromServer.replace('../', '../../')),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*workshop server/)]);
    expect(
      await boundaryErrors(
        'src/server/new-route.ts',
        "import { h } from '../render/dom/h.ts';\nexport { h };\n",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*no browser code/)]);
    // What both sides share is allowed to both.
    const shared = "import { LIMITS } from '../protocol/limits.ts';\nexport { LIMITS };\n";
    expect(await boundaryErrors('src/workshop/new-view.ts', shared)).toEqual([]);
    expect(await boundaryErrors('src/server/new-route.ts', shared)).toEqual([]);
  });
});
