import type { Story } from 'inkjs';
import { assignedGlobals } from './tape-effects.ts';

/**
 * A value ink computed from the story's variables while a stretch ran: a global as the stretch
 * found it, or a native operation (`+`, `>=`, `&&`, `?` …) over such values and constants.
 */
export type TapeNode =
  | { kind: 'input'; name: string }
  | { kind: 'op'; fn: InkOperation; args: (TapeNode | { kind: 'const'; value: InkValue })[] };

/** What the stretch did with a computed value: branched on it, or printed it. */
export interface TapeCheck {
  node: TapeNode;
  kind: 'truthy' | 'text';
  expect: boolean | string;
}

/**
 * How one stretch of ink depended on the story's variables: every branch it took on a value
 * computed from them and every such value it printed, in the order ink met them. Another state at
 * the same place whose values give the same outcome at every check runs the same instructions and
 * shows the same lines (`holds`), so it need not be run.
 */
export interface ConditionTape {
  checks: TapeCheck[];
  /** Globals whose values the tape cannot follow (lists, divert targets): they must be equal. */
  opaque: Set<string>;
  /** Each global's default, for a state that leaves it out (ink saves only changed values). */
  defaults: Map<string, InkValue>;
  create: ValueFactory;
  /**
   * For a stretch that stopped at a decision: each global it changed, with the value it left as a
   * tape node (undefined for a value made from constants alone). Absent when values derived from
   * the variables are left elsewhere in the state (temporaries, the evaluation stack), where a
   * replay could not recompute them.
   */
  assigned?: Map<string, TapeNode | undefined>;
}

/** The few inkjs runtime shapes the tape reads (the classes are not exported by the package). */
export interface InkValue {
  valueType: number;
  value: unknown;
  isTruthy: boolean;
  toString(): string;
}
interface InkOperation {
  /** ink's name for it (`+`, `&&`, `MIN` …): one name, one operation. */
  name: string;
  Call(params: InkValue[]): InkValue;
  numberOfParameters: number;
}
export type ValueFactory = (value: unknown, numberType?: number) => InkValue | null;
interface InkVariables {
  _globalVariables?: Map<string, InkValue>;
  _defaultGlobalVariables?: Map<string, InkValue>;
}

/** ink's ValueType: the types a tape follows through operations (lists and targets it does not). */
export const TRACKED_TYPES = new Set([-1, 0, 1, 3]);
/**
 * ControlCommand types (inkjs ControlCommand.CommandType) that never read a value off the
 * evaluation stack other than as the tape sees it: any other command (random draws, list
 * ranges, tunnel returns, read counts by target) met while a traced value is on the stack makes
 * the stretch untraceable.
 */
const EVAL_OUTPUT = 1;
const SAFE_COMMANDS = new Set([0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 16, 18, 19, 20, 24, 25]);

interface Recording {
  nodes: WeakMap<object, TapeNode>;
  checks: TapeCheck[];
  broken: boolean;
}

let recording: Recording | undefined;
const hooked = new WeakSet<object>();

type Method = (this: unknown, ...args: never[]) => unknown;

/**
 * Watches, on Story's prototype, the two places ink's control flow and output depend on values:
 * `IsTruthy` (conditional diverts and choice conditions) and `PerformLogicAndFlowControl`
 * (native operations, printing a value with EvalOutput, every other command). Outside a
 * recording the wrappers only test one variable.
 */
function hook(story: Story): void {
  const proto = Object.getPrototypeOf(story) as Record<string, Method>;
  if (hooked.has(proto)) return;
  hooked.add(proto);
  const isTruthy = proto.IsTruthy!;
  proto.IsTruthy = function (this: unknown, ...args: never[]) {
    const result = isTruthy.apply(this, args);
    const r = recording;
    const node = r && args[0] ? r.nodes.get(args[0] as object) : undefined;
    if (node) r!.checks.push({ node, kind: 'truthy', expect: result as boolean });
    return result;
  };
  const perform = proto.PerformLogicAndFlowControl!;
  proto.PerformLogicAndFlowControl = function (this: unknown, ...args: never[]) {
    const r = recording;
    const content = args[0] as unknown as Record<string, unknown> | null;
    if (!r || r.broken || !content) return perform.apply(this, args);
    const stack = (this as { state: { evaluationStack: InkValue[] } }).state.evaluationStack;
    if (typeof content.Call === 'function' && typeof content.numberOfParameters === 'number') {
      const params = stack.slice(stack.length - content.numberOfParameters);
      const result = perform.apply(this, args);
      if (params.some((p) => r.nodes.has(p))) {
        const top = stack[stack.length - 1];
        if (top && !r.nodes.has(top))
          r.nodes.set(top, {
            kind: 'op',
            fn: content as unknown as InkOperation,
            args: params.map((p) => r.nodes.get(p) ?? { kind: 'const', value: p }),
          });
        else r.broken = true;
      }
      return result;
    }
    if (typeof content.commandType === 'number') {
      const top = stack[stack.length - 1];
      const node = top ? r.nodes.get(top) : undefined;
      if (content.commandType === EVAL_OUTPUT && node)
        r.checks.push({ node, kind: 'text', expect: top!.toString() });
      else if (!SAFE_COMMANDS.has(content.commandType) && stack.some((v) => r.nodes.has(v)))
        r.broken = true;
    }
    return perform.apply(this, args);
  };
}

/**
 * Runs `stretch` on `story` (its state just loaded) and returns what it gave with the tape of how
 * it depended on the story's variables; no tape when the stretch did something the tape cannot
 * follow. Each global's value as loaded is an input: a value ink derives from it keeps its
 * identity on the evaluation stack and in temporaries, so a value the tape does not know is one
 * the stretch made from constants.
 */
export function traceConditions<T>(
  story: Story,
  stretch: () => T,
): { value: T; tape?: ConditionTape } {
  hook(story);
  const variables = story.state.variablesState as unknown as InkVariables;
  const globals = variables._globalVariables;
  const defaults = variables._defaultGlobalVariables;
  if (!globals || !defaults || recording) return { value: stretch() };
  const r: Recording = { nodes: new WeakMap(), checks: [], broken: false };
  const loaded = new Map(globals);
  const opaque = new Set<string>();
  let create: ValueFactory | undefined;
  for (const [name, value] of globals) {
    if (!TRACKED_TYPES.has(value.valueType)) opaque.add(name);
    else if (r.nodes.has(value)) r.broken = true;
    else r.nodes.set(value, { kind: 'input', name });
    create ??= (value.constructor as unknown as { Create?: ValueFactory }).Create;
  }
  recording = r;
  let value: T;
  try {
    value = stretch();
  } finally {
    recording = undefined;
  }
  if (r.broken || !create) return { value };
  const assigned = assignedGlobals(story, r.nodes, loaded);
  const tape = { checks: r.checks, opaque, defaults: new Map(defaults), create };
  return { value, tape: assigned ? { ...tape, assigned } : tape };
}
