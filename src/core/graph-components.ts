/**
 * Strongly connected components of a directed graph (Tarjan's algorithm without recursion, so deep
 * stories cannot overflow the stack). Components come out sinks first: every edge leaving a
 * component points at one listed earlier, which is the order a longest-path DP needs.
 */
export function stronglyConnected(
  size: number,
  successors: (node: number) => readonly number[],
): { components: number[][]; componentOf: Int32Array } {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const componentOf = new Int32Array(size).fill(-1);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work: { node: number; next: number }[] = [{ node: root, next: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = successors(frame.node);
      if (frame.next < out.length) {
        const to = out[frame.next++]!;
        if (index[to] === -1) {
          index[to] = low[to] = counter++;
          stack.push(to);
          onStack[to] = 1;
          work.push({ node: to, next: 0 });
        } else if (onStack[to]) {
          low[frame.node] = Math.min(low[frame.node]!, index[to]!);
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
      if (low[frame.node] === index[frame.node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          componentOf[member] = components.length;
          component.push(member);
        } while (member !== frame.node);
        components.push(component);
      }
    }
  }
  return { components, componentOf };
}
