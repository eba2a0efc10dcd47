import { describe, expect, it } from 'vitest';
import { latestOnly } from './latest';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe('latestOnly', () => {
  it('drops an answer that arrives after the answer to a later request', async () => {
    const latest = latestOnly();
    const refresh = deferred<string>();
    const command = deferred<string>();
    const first = latest(refresh.promise);
    const second = latest(command.promise);
    command.resolve('after the command');
    expect(await second).toBe('after the command');
    refresh.resolve('before the command');
    expect(await first).toBeNull();
  });

  it('hands on answers that arrive in the order of their requests', async () => {
    const latest = latestOnly();
    const a = deferred<number>();
    const b = deferred<number>();
    const first = latest(a.promise);
    const second = latest(b.promise);
    a.resolve(1);
    expect(await first).toBe(1);
    b.resolve(2);
    expect(await second).toBe(2);
  });

  it('a failed request leaves the order of the others unchanged and keeps its error', async () => {
    const latest = latestOnly();
    const failing = deferred<number>();
    const ok = deferred<number>();
    const first = latest(failing.promise);
    const second = latest(ok.promise);
    failing.reject(new Error('offline'));
    await expect(first).rejects.toThrow('offline');
    ok.resolve(3);
    expect(await second).toBe(3);
  });

  it('answers that are not snapshots pass unchanged and do not make an earlier snapshot stale', async () => {
    const latest = latestOnly((a) => typeof a === 'object' && a !== null && 'nodes' in a);
    const refresh = deferred<object>();
    const save = deferred<object>();
    const first = latest(refresh.promise);
    const second = latest(save.promise);
    save.resolve({ path: 'a.spikeflow.json' });
    expect(await second).toEqual({ path: 'a.spikeflow.json' });
    refresh.resolve({ nodes: [] });
    expect(await first).toEqual({ nodes: [] });
  });
});
