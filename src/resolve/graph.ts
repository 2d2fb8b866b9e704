/**
 * @file The claim dependency graph: strongly connected components (Tarjan,
 * iterative, linear time) give the cycles and an order in which every claim
 * comes after everything it uses.
 *
 * Pure: no I/O. No recursion, so a chain of 10,000 claims cannot overflow the stack.
 */

/**
 * Strongly connected components of a graph given as adjacency lists over
 * node indices 0..n−1. Components come out dependencies first: a component is
 * emitted after every component its nodes point to.
 */
export function stronglyConnected(edges: readonly (readonly number[])[]): number[][] {
  const n = edges.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  // The DFS call stack: node and the next edge to follow.
  const callNode: number[] = [];
  const callEdge: number[] = [];

  for (let start = 0; start < n; start++) {
    if (index[start] !== -1) continue;
    callNode.push(start);
    callEdge.push(0);
    index[start] = low[start] = counter++;
    stack.push(start);
    onStack[start] = 1;
    while (callNode.length > 0) {
      const top = callNode.length - 1;
      const v = callNode[top] as number;
      const out = edges[v] ?? [];
      const e = callEdge[top] as number;
      if (e < out.length) {
        callEdge[top] = e + 1;
        const w = out[e] as number;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callNode.push(w);
          callEdge.push(0);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v] as number, index[w] as number);
        }
        continue;
      }
      // All edges of v done.
      if (low[v] === index[v] && stack[stack.length - 1] === v) {
        // A component of one node (nearly every claim): a list of exactly one.
        stack.pop();
        onStack[v] = 0;
        components.push([v]);
      } else if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.reverse());
      }
      callNode.pop();
      callEdge.pop();
      const parent = callNode[callNode.length - 1];
      if (parent !== undefined) low[parent] = Math.min(low[parent] as number, low[v] as number);
    }
  }
  return components;
}

/**
 * One cycle through `start` inside its component (a shortest one, by
 * breadth-first search), as node indices ending back at `start`.
 */
export function cycleThrough(start: number, members: ReadonlySet<number>, edges: readonly (readonly number[])[]): number[] {
  const previous = new Map<number, number>();
  const queue: number[] = [start];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    for (const w of edges[v] ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let at = v; at !== start; at = previous.get(at) as number) path.push(at);
        path.push(start);
        // path is start, v, …, back to start reversed; put it in edge order.
        const inner = path.slice(1, -1).reverse();
        return [start, ...inner, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
