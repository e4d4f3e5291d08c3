import {
  DEFAULT_RULE,
  parseCompleteWhen,
  parsePassWhen,
  type CompletionRule,
} from '../../src/lms/completion-rule.ts';

export interface BuildArgs {
  /** Story ids to package; undefined means every story in stories/. */
  stories?: string[];
  passMark: number;
  rule: CompletionRule;
  outDir: string;
}

const USAGE =
  'usage: npm run build:scorm -- [--stories id1,id2] [--pass-mark 0-100] [--complete-when all|any|N] [--pass-when overall|qualities] [--out dist-scorm]';

/** Parses the command line; throws with the usage line on anything it does not understand. */
export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  const args: BuildArgs = { passMark: 70, rule: { ...DEFAULT_RULE }, outDir: 'dist-scorm' };
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
    } else if (flag === '--out') {
      args.outDir = value();
    } else {
      throw new Error(`unknown argument '${argv[i]}'\n${USAGE}`);
    }
  }
  return args;
}
