export interface BuildArgs {
  /** Story ids to package; undefined means every story in stories/. */
  stories?: string[];
  passMark: number;
  outDir: string;
}

const USAGE =
  'usage: npm run build:scorm -- [--stories id1,id2] [--pass-mark 0-100] [--out dist-scorm]';

/** Parses the command line; throws with the usage line on anything it does not understand. */
export function parseBuildArgs(argv: readonly string[]): BuildArgs {
  const args: BuildArgs = { passMark: 70, outDir: 'dist-scorm' };
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
    } else if (flag === '--out') {
      args.outDir = value();
    } else {
      throw new Error(`unknown argument '${argv[i]}'\n${USAGE}`);
    }
  }
  return args;
}
