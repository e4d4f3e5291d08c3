import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A throwaway copy of the game with its own stories/ folder, as a trainer's checkout would be:
 * the real index.html, source and dependencies, so adding a story there exercises the real build.
 */
export function tempProject(): { root: string; stories: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'serving-moments-'));
  cpSync(path.join(PROJECT, 'index.html'), path.join(root, 'index.html'));
  symlinkSync(path.join(PROJECT, 'src'), path.join(root, 'src'));
  symlinkSync(path.join(PROJECT, 'assets'), path.join(root, 'assets'));
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(root, 'node_modules'));
  const stories = path.join(root, 'stories');
  mkdirSync(stories);
  return { root, stories };
}
