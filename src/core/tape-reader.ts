import {
  TRACKED_TYPES,
  type ConditionTape,
  type InkValue,
  type TapeNode,
  type ValueFactory,
} from './condition-trace.ts';

const FLOAT = 1;

/** The value a saved state's variable token loads as, as inkjs's JTokenToRuntimeObject reads it. */
function valueOfToken(token: unknown, create: ValueFactory): InkValue | null {
  if (typeof token === 'number' || typeof token === 'boolean') return create(token);
  if (typeof token !== 'string') return null;
  if (/^([0-9]+.[0-9]+f)$/.test(token)) return create(parseFloat(token), FLOAT);
  if (token.startsWith('^')) return create(token.slice(1));
  if (token === '\n') return create('\n');
  return null;
}

/**
 * Numbers each distinct shape of value on the tapes of one story: the same global, or the same
 * operation over values of the same shapes and equal constants. Two tapes recorded from one place
 * hold separate nodes for what is one expression of the story (`trust + 1 > 3`); given the same
 * variables they give the same value, so a state's values are worked out once per shape, not once
 * per tape.
 */
export class TapeShapes {
  private readonly ids = new WeakMap<object, number>();
  private readonly byText = new Map<string, number>();

  private intern(text: string): number {
    let id = this.byText.get(text);
    if (id === undefined) this.byText.set(text, (id = this.byText.size));
    return id;
  }

  /** A constant's text: its type and value, or its identity for a value that is an object. */
  private constant(v: InkValue): string {
    const x = v.value;
    if (typeof x !== 'object' || x === null) return `c${v.valueType}:${JSON.stringify(x)}`;
    let id = this.ids.get(v);
    if (id === undefined) this.ids.set(v, (id = this.intern(`object ${this.byText.size}`)));
    return `o${id}`;
  }

  idOf(node: TapeNode): number {
    let id = this.ids.get(node);
    if (id !== undefined) return id;
    const text =
      node.kind === 'input'
        ? `i${node.name}`
        : `${node.fn.name}(${node.args.map((a) => (a.kind === 'const' ? this.constant(a.value) : this.idOf(a))).join(',')})`;
    id = this.intern(text);
    this.ids.set(node, id);
    return id;
  }
}

/**
 * Evaluates a tape's values for one saved state: does it take every branch, and print every
 * value, the way the traced stretch did (`holds`)? Then playing the stretch from it shows the same
 * lines and ends the same way, and each global the stretch assigned takes `value(node)`. `values`
 * holds what was worked out for this state's variables already, by shape.
 */
export class TapeReader {
  constructor(
    private readonly tape: ConditionTape,
    private readonly variables: Record<string, unknown>,
    private readonly shapes = new TapeShapes(),
    private readonly values = new Map<number, InkValue | null>(),
  ) {}

  /** The value `node` takes in this state; null when ink could not compute it. */
  value(node: TapeNode): InkValue | null {
    const id = this.shapes.idOf(node);
    let v = this.values.get(id);
    if (v !== undefined) return v;
    v = node.kind === 'input' ? this.input(node.name) : this.operation(node);
    this.values.set(id, v);
    return v;
  }

  private input(name: string): InkValue | null {
    const token = this.variables[name];
    if (token === undefined) return this.tape.defaults.get(name) ?? null;
    return valueOfToken(token, this.tape.create);
  }

  private operation(node: Extract<TapeNode, { kind: 'op' }>): InkValue | null {
    const params: InkValue[] = [];
    for (const a of node.args) {
      const p = a.kind === 'const' ? a.value : this.value(a);
      if (!p) return null;
      params.push(p);
    }
    try {
      return node.fn.Call(params);
    } catch {
      return null;
    }
  }

  holds(): boolean {
    for (const check of this.tape.checks) {
      const v = this.value(check.node);
      if (!v || !TRACKED_TYPES.has(v.valueType)) return false;
      const got = check.kind === 'truthy' ? v.isTruthy : v.toString();
      if (got !== check.expect) return false;
    }
    return true;
  }
}
