// acquireLock's bounded wait: by default a held lock is refused at once (an apply must not queue
// silently behind another); with waitMs the caller takes it as soon as the holder lets go.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { acquireLock, LockHeldError } from "../../src/lock/lock.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const statePath = () => {
  const d = mkdtempSync(join(tmpdir(), "hotspot-lock-"));
  dirs.push(d);
  return join(d, "state.json");
};

describe("acquireLock", () => {
  it("refuses a held lock at once, or waits for it with waitMs", async () => {
    const path = statePath();
    const held = await acquireLock({ statePath: path, serverUrl: "http://127.0.0.1:8082" });
    await expect(acquireLock({ statePath: path, serverUrl: "http://localhost:8082" })).rejects.toBeInstanceOf(LockHeldError);

    const waiting = acquireLock({ statePath: path, serverUrl: "http://localhost:8082", waitMs: 10_000 });
    setTimeout(() => void held.release(), 300);
    const taken = await waiting;
    await expect(acquireLock({ statePath: path, serverUrl: "http://127.0.0.1:8082", waitMs: 200 })).rejects.toBeInstanceOf(LockHeldError);
    await taken.release();
  });
});
