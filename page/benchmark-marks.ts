/**
 * Benchmark builds (`wxt build --mode bench`) record how long the content scripts took, as User Timing
 * measures the benchmark reads; production builds compile this away, so pages can't see it.
 */
export function markForBenchmark(name: string, since: number, alsoMs = 0): void {
  if (import.meta.env.MODE === 'bench')
    performance.measure(`source-context:${name}`, { start: since, duration: performance.now() - since + alsoMs });
}
