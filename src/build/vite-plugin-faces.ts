import { statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { storyIdOf } from './compile-ink.ts';
import { faceSlug } from '../core/faces.ts';
import { MOODS, isMood } from '../core/moods.ts';
import type { Character } from '../core/characters.ts';
import { faceSvg } from './open-peeps-face.ts';
import { castOf, inkFilesUnder } from './story-cast.ts';

const FACE_URL = /^\/faces\/([a-z0-9-]+)\/([a-z]+)\.svg$/;

/**
 * Draws a face in every mood for everyone the stories name (customers and speakers), at build time
 * and on request in the dev server, so a trainer's new character has a face without a command.
 * Served and emitted as faces/<name>/<mood>.svg; the stage draws a face itself when one is missing.
 */
export function storyFaces(): Plugin {
  let storiesDir = path.resolve('stories');
  let only: Set<string> | undefined;
  let cached: { stamp: string; cast: Map<string, Character> } | undefined;

  const cast = (): Map<string, Character> => {
    const files = inkFilesUnder(storiesDir).filter(
      (f) => !only || path.dirname(f) !== storiesDir || only.has(storyIdOf(f)),
    );
    const stamp = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
    if (cached?.stamp !== stamp) cached = { stamp, cast: castOf(files) };
    return cached.cast;
  };

  return {
    name: 'serving-moments:faces',
    configResolved(config) {
      storiesDir = path.join(config.root, 'stories');
      const ids = process.env.SERVING_MOMENTS_STORIES?.split(',').filter(Boolean);
      only = ids?.length ? new Set(ids) : undefined;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = FACE_URL.exec((req.url ?? '').split('?')[0] ?? '');
        const character = match && cast().get(match[1] ?? '');
        const mood = match?.[2] ?? '';
        if (!character || !isMood(mood)) return next();
        res.setHeader('Content-Type', 'image/svg+xml');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(faceSvg(character, mood));
      });
    },
    generateBundle() {
      for (const character of cast().values()) {
        for (const mood of MOODS) {
          this.emitFile({
            type: 'asset',
            fileName: `faces/${faceSlug(character.name)}/${mood}.svg`,
            source: faceSvg(character, mood),
          });
        }
      }
    },
  };
}
