import { builtinModules } from 'node:module';

/**
 * What each folder of src/ may import (docs/architecture.md draws the same map). Each folder
 * gets exactly one set of rules: ESLint replaces, not merges, a rule's options when two config
 * objects match one file, so the zones below never overlap. Tests (*.test.ts) run in Node under
 * vitest and are left out.
 */

const NODE_BUILTINS = ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))];
const NODE_BUILTIN_PATTERN = `^(node:.*|${builtinModules.map((m) => m.replace('/', '\\/')).join('|')})(\\/.*)?$`;

/** An import of `src/<folder>/…` from any depth inside src/. */
const folder = (...names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
/** An import of a file at the top of src/ (main.ts, catalog.ts, story-entry.ts) from src/<folder>/. */
const SRC_ROOT_FILE = '^\\.\\./[^/]+\\.ts$';

const BROWSER = ['app', 'render', 'studio', 'workshop', 'lms', 'adapters'];

/** DOM and Node globals that would tie pure code to one platform. */
const PLATFORM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'Element',
  'requestAnimationFrame',
  'matchMedia',
  'getComputedStyle',
  'process',
  'Buffer',
  'require',
  '__dirname',
  '__filename',
];

/** DOM and Node types: a signature that names one ties pure code to that platform as well. */
const PLATFORM_TYPES = [
  'HTMLElement',
  'Element',
  'Document',
  'Window',
  'Storage',
  'Event',
  'KeyboardEvent',
  'MouseEvent',
  'PointerEvent',
  'HTMLCanvasElement',
  'Buffer',
  'NodeJS.ProcessEnv',
];

function zone({ name, files, ignores = [], patterns, dynamic = [], globals }) {
  const rules = {
    'no-restricted-imports': ['error', { patterns }],
    // no-restricted-imports sees only static imports; `import('phaser')` is caught here.
    'no-restricted-syntax': [
      'error',
      ...dynamic.map(({ regex, message }) => ({
        selector: `ImportExpression > Literal[value=/${regex.replace(/\//g, '\\/')}/]`,
        message,
      })),
    ],
  };
  if (globals) {
    rules['no-restricted-globals'] = ['error', ...globals];
    rules['@typescript-eslint/no-restricted-types'] = [
      'error',
      {
        types: Object.fromEntries(
          PLATFORM_TYPES.map((t) => [
            t,
            `${name} must stay pure: no DOM or Node types; take plain values or a small interface.`,
          ]),
        ),
      },
    ];
  }
  return { name: `boundaries/${name}`, files, ignores: ['src/**/*.test.ts', ...ignores], rules };
}

const phaser = {
  regex: '^phaser(/|$)',
  message:
    'Phaser is only imported in src/render/stage: it throws on import in Node, and scenes only draw.',
};
const howler = { regex: '^howler$', message: 'howler is only imported by src/adapters/sound.ts.' };
const nodeBuiltins = (where) => ({
  regex: NODE_BUILTIN_PATTERN,
  message: `${where} runs in the browser: no Node built-ins.`,
});
const server = (where) => ({
  regex: folder('server', 'cli'),
  message: `${where} must not import the workshop server or the CLI (Node only); shared types live in src/protocol.`,
});

const pureRules = (where, allowed) => [
  { group: NODE_BUILTINS, message: `${where} must stay pure: no Node built-ins.` },
  {
    group: ['phaser', 'phaser/*', 'howler', 'inkjs/full'],
    message: `${where} must stay pure: no Phaser, howler or the ink compiler.`,
  },
  {
    // Values from inkjs/types pull fs and path into the browser build (STACK-NOTES).
    group: ['inkjs/types', 'inkjs/engine/*', 'inkjs/compiler/*'],
    allowTypeImports: true,
    message: 'Import values from "inkjs" only; inkjs/types is for types.',
  },
  {
    regex: folder(
      ...['core', 'protocol', 'build', 'cli', 'server', ...BROWSER].filter(
        (f) => !allowed.includes(f),
      ),
    ),
    message: `${where} may import only ${allowed.join(' and ')}: it is read by the browser, the CLI and the server alike.`,
  },
  { regex: SRC_ROOT_FILE, message: `${where} may not import the app's entry files.` },
];

export const boundaries = [
  zone({
    name: 'core',
    files: ['src/core/**/*.ts'],
    patterns: pureRules('src/core', ['core']),
    dynamic: [phaser, howler],
    globals: PLATFORM_GLOBALS,
  }),
  zone({
    name: 'protocol',
    files: ['src/protocol/**/*.ts'],
    patterns: pureRules('src/protocol', ['core', 'protocol']),
    dynamic: [phaser, howler],
    globals: PLATFORM_GLOBALS,
  }),
  zone({
    name: 'render-stage',
    files: ['src/render/stage/**/*.ts'],
    patterns: [
      nodeBuiltins('src/render'),
      howler,
      server('src/render'),
      {
        regex: folder('app', 'studio', 'workshop', 'lms', 'build'),
        message:
          'src/render reads core and draws; the app, Studio and workshop call it, never the other way.',
      },
    ],
    dynamic: [howler],
  }),
  zone({
    name: 'render-dom',
    files: ['src/render/dom/**/*.ts'],
    patterns: [
      nodeBuiltins('src/render'),
      phaser,
      howler,
      server('src/render'),
      {
        regex: folder('app', 'studio', 'workshop', 'lms', 'build'),
        message:
          'src/render reads core and draws; the app, Studio and workshop call it, never the other way.',
      },
    ],
    dynamic: [phaser, howler],
  }),
  zone({
    name: 'browser',
    files: [
      'src/*.ts',
      ...['app', 'studio', 'workshop', 'lms', 'adapters'].map((f) => `src/${f}/**/*.ts`),
    ],
    ignores: ['src/adapters/sound.ts'],
    patterns: [nodeBuiltins('Browser code'), phaser, howler, server('Browser code')],
    dynamic: [phaser, howler, server('Browser code')],
  }),
  zone({
    // The one file that wraps howler behind the Sound interface.
    name: 'browser-sound',
    files: ['src/adapters/sound.ts'],
    patterns: [nodeBuiltins('Browser code'), phaser, server('Browser code')],
    dynamic: [phaser],
  }),
  zone({
    name: 'node',
    files: ['src/server/**/*.ts', 'src/build/**/*.ts', 'src/cli/**/*.ts'],
    patterns: [
      phaser,
      howler,
      {
        regex: folder(...BROWSER),
        message:
          'The server, build and CLI run in Node: no browser code; shared types live in src/protocol.',
      },
    ],
    dynamic: [phaser, howler],
  }),
];
