import {
  DEFAULT_RULE,
  parseCompleteWhen,
  parsePassWhen,
  type CompletionRule,
} from '../../src/lms/completion-rule.ts';

import type { PackageFormat } from './build-package.ts';

export interface BuildArgs {
  /** Story ids to package; undefined means every story in stories/. */
  stories?: string[];
  passMark: number;
  rule: CompletionRule;
  outDir: string;
  /** Which packages to write: SCORM 1.2 and 2004 by default. */
  formats: PackageFormat[];
}

const FORMATS: Record<string, PackageFormat> = {
  scorm12: '1.2',
  scorm2004: '2004',
  cmi5: 'cmi5',
  xapi: 'xapi',
};

const USAGE =
  'usage: npm run build:scorm -- [--stories id1,id2] [--pass-mark 0-100] [--complete-when all|any|N] [--pass-when overall|qualities] [--formats scorm12,scorm2004,cmi5,xapi] [--out dist-scorm]';

/** Parses the command line; throws with the usage line on anything it does not understand. */
export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  const args: BuildArgs = {
    passMark: 70,
    rule: { ...DEFAULT_RULE },
    outDir: 'dist-scorm',
    formats: ['1.2', '2004'],
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split('=', 2);
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    if (flag === '--stories') {
      args.stories = value()
        .split(',')
        .map((s) => s.trim().replace(/\.ink$/, ''))
        .filter(Boolean);
    } else if (flag === '--pass-mark') {
      const raw = value();
      const mark = Number(raw.replace(/%$/, ''));
      if (!Number.isFinite(mark) || mark < 0 || mark > 100)
        throw new Error(`--pass-mark must be a percentage from 0 to 100, not '${raw}'\n${USAGE}`);
      args.passMark = mark;
    } else if (flag === '--complete-when') {
      const raw = value();
      const when = parseCompleteWhen(raw);
      if (when === undefined)
        throw new Error(
          `--complete-when must be all, any or a number of scenarios, not '${raw}'\n${USAGE}`,
        );
      args.rule.completeWhen = when;
    } else if (flag === '--pass-when') {
      const raw = value();
      const when = parsePassWhen(raw);
      if (when === undefined)
        throw new Error(`--pass-when must be overall or qualities, not '${raw}'\n${USAGE}`);
      args.rule.passWhen = when;
    } else if (flag === '--formats') {
      const raw = value();
      args.formats = raw.split(',').map((name) => {
        const format = FORMATS[name.trim()];
        if (!format)
          throw new Error(
            `--formats takes scorm12, scorm2004, cmi5 and xapi, not '${name}'\n${USAGE}`,
          );
        return format;
      });
    } else if (flag === '--out') {
      args.outDir = value();
    } else {
      throw new Error(`unknown argument '${argv[i]}'\n${USAGE}`);
    }
  }
  return args;
}
