// At most `concurrency` calls in flight, the rest queued in order. Our own (a dozen lines) rather
// than p-limit, which is ESM-only: core is also built as CommonJS, which must load on Node 20.18.
export type LimitFunction = <T>(fn: () => Promise<T>) => Promise<T>;

export function limitConcurrency(concurrency: number): LimitFunction {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    active--;
    queue.shift()?.();
  };
  return <T>(fn: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        active++;
        // Through a promise: a function that throws at once still frees its place.
        Promise.resolve().then(fn).then(resolve, reject).finally(next);
      };
      if (active < concurrency) start();
      else queue.push(start);
    });
}
