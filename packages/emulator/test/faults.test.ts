// Fault injection: each kind does what it says on the wire and to the state, and the same seed over
// the same sequence of requests gives the same faults.
import { XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { FaultConfig } from "../src/index.js";
import { PASS, startTestServer, type TestServer } from "./helpers.js";
import { rawGet } from "./raw-http.js";

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.emu.stop();
});

type Seen = "ok" | "http500" | "dropped" | "bad-xml";

/** Generate account `name` and report what the client saw and whether the server committed it. */
async function generate(name: string): Promise<{ seen: Seen; committed: boolean }> {
  const q = new URLSearchParams({ pass: PASS, account: name, priceplan: "1" });
  const a = await rawGet(`${t.emu.url}/generateaccounts?${q}`);
  let seen: Seen;
  if (a.kind === "dropped") seen = "dropped";
  else if (a.status === 500) seen = "http500";
  else seen = XMLValidator.validate(a.body) === true ? "ok" : "bad-xml";
  return { seen, committed: t.emu.state.account(name) !== undefined };
}

async function run(config: FaultConfig, n = 40, tag = "x"): Promise<{ seen: Seen; committed: boolean }[]> {
  t.emu.setFaults(config);
  const out = [];
  for (let i = 0; i < n; i++) out.push(await generate(`${tag}${i}`));
  return out;
}

describe("fault kinds", () => {
  it("http500: HTTP 500 and nothing committed", async () => {
    const r = await run({ seed: 3, http500: 0.5 });
    const hit = r.filter((x) => x.seen === "http500");
    expect(hit.length).toBeGreaterThan(5);
    expect(hit.every((x) => !x.committed)).toBe(true);
    expect(r.filter((x) => x.seen === "ok").every((x) => x.committed)).toBe(true);
  });

  it("drop: connection closed without an answer and nothing committed", async () => {
    const r = await run({ seed: 3, drop: 0.5 });
    const hit = r.filter((x) => x.seen === "dropped");
    expect(hit.length).toBeGreaterThan(5);
    expect(hit.every((x) => !x.committed)).toBe(true);
  });

  it("truncated and malformed: HTTP 200 with XML that does not parse, the write committed", async () => {
    for (const kind of ["truncated", "malformed"] as const) {
      const r = await run({ seed: 5, [kind]: 0.5 }, 40, kind);
      const hit = r.filter((x) => x.seen === "bad-xml");
      expect(hit.length).toBeGreaterThan(5);
      expect(hit.every((x) => x.committed)).toBe(true);
      expect(t.emu.requestLog().filter((e) => e.fault === kind)).toHaveLength(hit.length);
    }
  });

  it("commitThenFail: the write happens, the answer is lost (dropped or HTTP 500)", async () => {
    const dropped = await run({ seed: 9, commitThenFail: 0.5 }, 40, "d");
    const hit = dropped.filter((x) => x.seen === "dropped");
    expect(hit.length).toBeGreaterThan(5);
    expect(hit.every((x) => x.committed)).toBe(true);
    const as500 = await run({ seed: 9, commitThenFail: 0.5, commitThenFailMode: "http500" }, 40, "h");
    expect(as500.filter((x) => x.seen === "http500").every((x) => x.committed)).toBe(true);
    expect(as500.filter((x) => x.seen === "http500").length).toBe(hit.length);
  });

  it("commitThenFail never hits reads", async () => {
    t.emu.setFaults({ seed: 1, commitThenFail: 1 });
    for (let i = 0; i < 10; i++) {
      const a = await rawGet(`${t.emu.url}/getpriceplans?pass=${encodeURIComponent(PASS)}`);
      expect(a.kind === "answer" && a.status).toBe(200);
    }
  });

  it("latency: delays the answer", async () => {
    t.emu.setFaults({ seed: 2, latency: 1, latencyMs: 120 });
    const started = performance.now();
    await generate("slow");
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(t.emu.requestLog().at(-1)?.latencyMs).toBe(120);
  });

  it("rates per command class: faults on writes only", async () => {
    t.emu.setFaults({ seed: 4, writes: { http500: 1 } });
    const read = await rawGet(`${t.emu.url}/getpriceplans?pass=${encodeURIComponent(PASS)}`);
    expect(read.kind === "answer" && read.status).toBe(200);
    expect((await generate("w")).seen).toBe("http500");
  });
});

describe("determinism", () => {
  const config: FaultConfig = {
    seed: 42,
    http500: 0.1,
    drop: 0.1,
    truncated: 0.1,
    malformed: 0.1,
    commitThenFail: 0.1,
    latency: 0.2,
    latencyMs: [1, 4],
  };

  it("the same seed gives the same faults; another seed gives others", async () => {
    const first = await run(config, 60, "a");
    const second = await run(config, 60, "b");
    expect(second).toEqual(first);
    expect(new Set(first.map((x) => x.seen)).size).toBeGreaterThanOrEqual(3);
    const other = await run({ ...config, seed: 43 }, 60, "c");
    expect(other.map((x) => x.seen)).not.toEqual(first.map((x) => x.seen));
    const logged = t.emu.requestLog().map((e) => `${e.fault ?? "none"}/${e.latencyMs ?? 0}`);
    expect(logged.slice(0, 60).filter((x) => !x.endsWith("/0")).length).toBeGreaterThan(3);
    expect(logged.slice(60, 120)).toEqual(logged.slice(0, 60));
  });

  it("is configurable through the admin API", async () => {
    const res = await fetch(`${t.emu.url}/_emulator/faults?pass=${encodeURIComponent(PASS)}`, {
      method: "POST",
      body: JSON.stringify({ seed: 1, http500: 1 }),
    });
    expect(res.status).toBe(200);
    expect((await generate("admin")).seen).toBe("http500");
    const bad = await fetch(`${t.emu.url}/_emulator/faults?pass=${encodeURIComponent(PASS)}`, {
      method: "POST",
      body: JSON.stringify({ http500: 5 }),
    });
    expect(bad.status).toBe(400);
    await fetch(`${t.emu.url}/_emulator/faults?pass=${encodeURIComponent(PASS)}`, { method: "POST", body: "" });
    expect((await generate("clean")).seen).toBe("ok");
  });
});
