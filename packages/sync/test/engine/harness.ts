// Engine tests run the real thing: the emulator over real HTTP, the real wire client, YAML loaded
// by the real loader from a temp folder. Nothing of ours is mocked.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Config, HotSpotClient, loadConfig, wallClock } from "@hotspot-iac/core";
import { type Emulator, manualClock, type RequestLogEntry, startEmulator } from "@hotspot-iac/emulator";
import { apply, type ApplyOptions, plan, type PlanOptions, type PlanResult } from "../../src/index.js";

export const PASSPHRASE = "pass-Zq8#engine-test";

export interface Harness {
  emu: Emulator;
  client: HotSpotClient;
  dir: string;
  statePath: string;
  /** Write the YAML (after the standard header) and load it. */
  config(body: string, env?: Record<string, string>): Promise<Config>;
  plan(config: Config, extra?: Partial<PlanOptions>): Promise<PlanResult>;
  apply(planned: PlanResult, extra?: Partial<ApplyOptions>): ReturnType<typeof apply>;
  /** plan then apply. */
  converge(config: Config, extra?: Partial<PlanOptions & ApplyOptions>): Promise<{ planned: PlanResult; result: Awaited<ReturnType<typeof apply>> }>;
  /** Requests after `since` (a sequence number), reads included. */
  log(since?: number): RequestLogEntry[];
  seq(): number;
  close(): Promise<void>;
}

export async function startHarness(opts: { retries?: number; listFields?: "username" | "full" } = {}): Promise<Harness> {
  const emu = await startEmulator({ port: 0, passphrase: PASSPHRASE, clock: manualClock(wallClock(2026, 11, 29, 9, 0, 0)), listFields: opts.listFields });
  const client = new HotSpotClient({ url: emu.url, passphrase: PASSPHRASE, retries: opts.retries ?? 2, retryDelayMs: 5 });
  const dir = await mkdtemp(join(tmpdir(), "hotspot-engine-"));
  const statePath = join(dir, ".hotspot", "state.json");
  const now = () => emu.clock.now();
  const target = (config: Config) => ({ config, client, serverUrl: emu.url, passphrase: PASSPHRASE, statePath, now });
  const h: Harness = {
    emu,
    client,
    dir,
    statePath,
    async config(body, env = {}) {
      const file = join(dir, "hotspot.yaml");
      await writeFile(file, `version: 1\nserver:\n  url: ${emu.url}\n  passphrase: \${env:HOTSPOT_PASSPHRASE}\n${body}`);
      return loadConfig(file, { cwd: dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE, ...env } });
    },
    plan: (config, extra = {}) => plan({ ...target(config), ...extra }),
    apply: (planned, extra = {}) => apply({ planned, client, now, policy: { retryDelayMs: 1 }, ...extra }),
    async converge(config, extra = {}) {
      const planned = await h.plan(config, extra);
      const result = await h.apply(planned, extra);
      return { planned, result };
    },
    log: (since = 0) => emu.requestLog(since),
    seq: () => {
      const all = emu.requestLog();
      return all.length === 0 ? 0 : all[all.length - 1]!.seq;
    },
    async close() {
      await client.close();
      await emu.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** Writes only (what apply sent), by command. */
export function writes(entries: RequestLogEntry[]): RequestLogEntry[] {
  return entries.filter((e) => ["generateaccounts", "updateaccount", "deleteaccount", "refillaccount"].includes(e.command));
}

export function count(entries: RequestLogEntry[], command: string): number {
  return entries.filter((e) => e.command === command).length;
}

export const OWNERSHIP = `ownership:\n  prefixes: ["staff-", "CONF-"]\npricePlans:\n  day: { description: "1 Day" }\n  hour: { id: 1 }\n`;
