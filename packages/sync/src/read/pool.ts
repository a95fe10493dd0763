// A fixed number of workers pulling from a list: bounded concurrency without queueing one
// promise per item (100,000 accounts stay cheap). Stops starting new items after the first
// failure when `stopOnError` (reads: a partial read must abort the plan).
export async function forEachPooled<T>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<void>,
  opts: { stopOnError?: boolean; signal?: AbortSignal } = {},
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < items.length && !(opts.stopOnError && failure) && !opts.signal?.aborted) {
      const i = next++;
      try {
        await fn(items[i]!, i);
      } catch (error) {
        if (opts.stopOnError) failure ??= { error };
        else throw error;
      }
    }
  };
  const n = Math.max(1, Math.min(concurrency, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  if (failure) throw failure.error;
}
