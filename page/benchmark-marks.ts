/**
 * Benchmark builds (`wxt build --mode bench`) record how long the content scripts took, as User Timing
 * measures the benchmark reads; production builds compile this away, so pages can't see it.
 */
export function markForBenchmark(name: string, since: number, alsoMs = 0): void {
  if (import.meta.env.MODE === 'bench')
    performance.measure(`source-context:${name}`, { start: since, duration: performance.now() - since + alsoMs });
}

/**
 * Stage timings of the page gate, held until its decision has been measured and written then: a
 * User Timing entry costs the page time too, and the decision's figure must not include our own
 * instruments.
 */
export function heldBenchmarkMarks(): { mark(name: string, since: number): void; flush(): void } {
  const held: [name: string, start: number, duration: number][] = [];
  return {
    mark(name, since) {
      if (import.meta.env.MODE === 'bench') held.push([name, since, performance.now() - since]);
    },
    flush() {
      if (import.meta.env.MODE === 'bench')
        for (const [name, start, duration] of held.splice(0)) performance.measure(`source-context:${name}`, { start, duration });
    },
  };
}
