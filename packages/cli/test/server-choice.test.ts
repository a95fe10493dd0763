// Which server a command talks to, as a user meets it: no server named is an error (never a
// throwaway emulator that "succeeds"), --emulator asks for the embedded one, every plan format names
// the server it was made against, and two spellings of one server are one server (one lock, one
// state-file section), while one state file is never written by two applies at once.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, type EmulatorProcess, hotspot, startEmulatorProcess, tempDir } from "./harness.js";
import { gate, type HostileProxy, startHostileProxy } from "./hostile-proxy.js";

const PASSPHRASE = "Choice-Pass-5e0c7a";
let emu: EmulatorProcess;
let port: string;

function configIn(dir: string, prefix: string, names: string[]): void {
  const lines = ["version: 1", "ownership:", `  prefixes: ["${prefix}"]`, "pricePlans:", '  hour: { description: "1 Hour" }', "accounts:"];
  for (const n of names) lines.push(`  - username: ${n}`, "    plan: hour", "    expires: 2099-01-31T18:00");
  writeFileSync(join(dir, "hotspot.yaml"), `${lines.join("\n")}\n`);
}

function stateOf(path: string): { servers: Record<string, { url: string; accounts: Record<string, unknown> }> } {
  return JSON.parse(readFileSync(path, "utf8"));
}

beforeAll(async () => {
  emu = await startEmulatorProcess(PASSPHRASE);
  port = new URL(emu.url).port;
}, 60_000);

afterAll(async () => {
  await emu?.stop();
});

describe("no server named", { timeout: 120_000 }, () => {
  const NAMES_THE_WAYS =
    /Error: no HotSpot server: name one with --url URL, the HOTSPOT_URL environment variable, or server\.url in the YAML \(or pass --emulator to use the embedded HotSpot emulator, which is not a real server\)/;

  it("plan, apply --auto-approve, import and account refill --create exit 1 naming --url, HOTSPOT_URL, server.url and --emulator; also with HOTSPOT_URL set but empty", async () => {
    const work = tempDir();
    try {
      configIn(work.dir, "lab-", ["lab-one"]);
      const commands = [
        ["plan"],
        ["apply", "--auto-approve"],
        ["import", "--prefix", "lab-"],
        ["account", "refill", "lab-one", "--plan", "1", "--create"],
      ];
      const envs: Record<string, string | undefined>[] = [{ HOTSPOT_PASSPHRASE: PASSPHRASE }, { HOTSPOT_URL: "", HOTSPOT_PASSPHRASE: PASSPHRASE }];
      const runs: Promise<CliResult>[] = [];
      for (const env of envs) for (const args of commands) runs.push(hotspot(args, { cwd: work.dir, env }));
      const results = await Promise.all(runs);
      for (const r of results) {
        expect(r.code, r.stdout + r.stderr).toBe(1);
        expect(r.stderr).toMatch(NAMES_THE_WAYS);
        expect(r.stdout).not.toMatch(/Apply complete|Plan:|Refilled/);
      }
      // Nothing was started or written on the side.
      expect(existsSync(join(work.dir, ".hotspot"))).toBe(false);
      expect(await emu.log()).toEqual([]);
    } finally {
      work.remove();
    }
  });

  it("validate stays offline and passes", async () => {
    const work = tempDir();
    try {
      configIn(work.dir, "lab-", ["lab-one"]);
      const r = await hotspot(["validate"], { cwd: work.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain("The configuration is valid");
    } finally {
      work.remove();
    }
  });
});

describe("the plan names its server", { timeout: 120_000 }, () => {
  it("--emulator: text, Markdown and JSON say it is the embedded emulator, not a real server", async () => {
    const work = tempDir();
    try {
      configIn(work.dir, "lab-", ["lab-one"]);
      const text = await hotspot(["plan", "--emulator"], { cwd: work.dir });
      expect(text.code, text.stderr).toBe(0);
      const m = /^Server: (http:\/\/127\.0\.0\.1:\d+) \(the embedded HotSpot emulator, not a real server\)\nSite: default\n/.exec(text.stdout);
      expect(m, text.stdout).not.toBeNull();
      const url = m![1]!;
      expect(text.stdout).toContain("Plan: 1 to create, 0 to update, 0 to delete.");
      expect(text.stderr).toContain(`Using the embedded HotSpot emulator at ${url} (--emulator), not a real server`);

      // One at a time: each run serves the emulator on the port it remembers (.hotspot/emulator.json).
      const json = await hotspot(["plan", "--emulator", "--json"], { cwd: work.dir });
      const md = await hotspot(["plan", "--emulator", "--markdown"], { cwd: work.dir });
      expect(JSON.parse(json.stdout).servers).toEqual([{ site: "default", url, emulator: true }]);
      expect(md.stdout).toContain(`\nServer: \`${url}\` (the embedded HotSpot emulator, not a real server)  \n`);

      const applied = await hotspot(["apply", "--emulator", "--auto-approve"], { cwd: work.dir });
      expect(applied.code, applied.stderr).toBe(0);
      expect(applied.stdout).toMatch(/^Server: http:\/\/127\.0\.0\.1:\d+ \(the embedded HotSpot emulator, not a real server\)$/m);
      expect(applied.stdout).toContain("Apply complete! Accounts: 1 created, 0 updated, 0 deleted.");
      const again = await hotspot(["plan", "--emulator", "--detailed-exitcode"], { cwd: work.dir });
      expect(again.code, again.stdout + again.stderr).toBe(0);
      // The separate emulator process was never asked anything.
      expect((await emu.log()).filter((e) => JSON.stringify(e).includes("lab-"))).toEqual([]);
    } finally {
      work.remove();
    }
  });

  it("a real server: its URL without user-info in text, Markdown, JSON, a saved plan and show", async () => {
    const work = tempDir();
    try {
      configIn(work.dir, "real-", ["real-one"]);
      // User-info in the URL as a user may type it (the client refuses a query): never shown.
      const typed = `http://someone:Userinfo-Secret-91@127.0.0.1:${port}/`;
      const env = { HOTSPOT_URL: typed, HOTSPOT_PASSPHRASE: PASSPHRASE };
      const [text, md, json, saved] = await Promise.all([
        hotspot(["plan"], { cwd: work.dir, env }),
        hotspot(["plan", "--markdown"], { cwd: work.dir, env }),
        hotspot(["plan", "--json"], { cwd: work.dir, env }),
        hotspot(["plan", "--out", "plan.bin"], { cwd: work.dir, env }),
      ]);
      const url = `http://127.0.0.1:${port}`;
      for (const r of [text, md, json, saved]) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout + r.stderr).not.toMatch(/Userinfo-Secret|someone/);
      }
      // The header: server, site, configuration files and state file; never the credentials.
      expect(text.stdout.startsWith(`Server: ${url}\nSite: default\nConfiguration: hotspot.yaml\nState file: .hotspot/state.json\n\n`), text.stdout).toBe(true);
      expect(md.stdout).toContain(`\nServer: \`${url}\`  \nSite: default  \nConfiguration: \`hotspot.yaml\`  \nState file: \`.hotspot/state.json\`\n`);
      const doc = JSON.parse(json.stdout);
      expect(doc.server).toBe(url);
      expect(doc.servers).toEqual([{ site: "default", url, emulator: false }]);
      expect(doc.configuration).toEqual({ files: ["hotspot.yaml"], stateFile: ".hotspot/state.json" });
      expect(readFileSync(join(work.dir, "plan.bin"), "utf8")).not.toMatch(/Userinfo-Secret|someone/);

      const [show, showJson] = await Promise.all([
        hotspot(["show", "plan.bin"], { cwd: work.dir }),
        hotspot(["show", "plan.bin", "--json"], { cwd: work.dir }),
      ]);
      expect(show.code, show.stderr).toBe(0);
      expect(show.stdout.startsWith(`Server: ${url}\nSite: default\nConfiguration: hotspot.yaml\nState file: .hotspot/state.json\n\n`), show.stdout).toBe(true);
      expect(JSON.parse(showJson.stdout).servers).toEqual([{ site: "default", url, emulator: false }]);
    } finally {
      work.remove();
    }
  });
});

describe("one server, one identity", { timeout: 180_000 }, () => {
  /**
   * Two applies at once, whatever the machine's speed: the first is paused at its first write (it
   * holds its lock then) by a proxy in front of `emu`, the second runs to its end meanwhile, then the
   * first is let go.
   */
  async function overlapping(first: () => Promise<CliResult>, second: () => Promise<CliResult>, proxy: HostileProxy): Promise<[CliResult, CliResult]> {
    const release = gate();
    const writing = gate();
    proxy.distort = (req) => {
      if (req.command !== "generateaccounts") return undefined;
      writing.open();
      return { hold: release.promise };
    };
    const a = first();
    try {
      await Promise.race([writing.promise, a]);
      const b = await second();
      release.open();
      return [await a, b];
    } finally {
      release.open();
    }
  }

  it("two applies at once with http://127.0.0.1:P and http://localhost:P: one is refused, one state section holds everything", async () => {
    const work = tempDir();
    const proxy = await startHostileProxy(emu.url);
    const proxyPort = new URL(proxy.url).port;
    try {
      configIn(work.dir, "same-", ["same-one", "same-two"]);
      const run = (host: string) => () =>
        hotspot(["apply", "--auto-approve", "--url", `http://${host}:${proxyPort}`], { cwd: work.dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE } });
      const [done, refused] = await overlapping(run("127.0.0.1"), run("localhost"), proxy);
      expect(refused.code, refused.stdout + refused.stderr).toBe(1);
      expect(done.code, done.stdout + done.stderr).toBe(0);
      expect(refused.stderr).toMatch(new RegExp(`Error: another apply against http://localhost:${proxyPort} is running \\(pid \\d+`));
      expect(done.stdout).toContain("Apply complete! Accounts: 2 created, 0 updated, 0 deleted.");

      const state = stateOf(join(work.dir, ".hotspot/state.json"));
      expect(Object.keys(state.servers)).toEqual([`http://localhost:${proxyPort}`]);
      expect(Object.keys(state.servers[`http://localhost:${proxyPort}`]!.accounts).sort()).toEqual(["same-one", "same-two"]);
      // Either spelling now finds that section: nothing left to do.
      for (const host of ["127.0.0.1", "localhost", "LOCALHOST"]) {
        const again = await hotspot(["plan", "--detailed-exitcode", "--url", `http://${host}:${proxyPort}/`], {
          cwd: work.dir,
          env: { HOTSPOT_PASSPHRASE: PASSPHRASE },
        });
        expect(again.code, again.stdout + again.stderr).toBe(0);
      }
    } finally {
      await proxy.close();
      work.remove();
    }
  });

  it("two applies at once on two servers with one state file: one is refused, and no section is lost", async () => {
    const other = await startEmulatorProcess(PASSPHRASE);
    const proxy = await startHostileProxy(emu.url);
    const work = tempDir();
    try {
      configIn(work.dir, "two-", ["two-one"]);
      const run = (url: string) => hotspot(["apply", "--auto-approve", "--url", url], { cwd: work.dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE } });
      const [done, refused] = await overlapping(
        () => run(proxy.url),
        () => run(other.url),
        proxy,
      );
      expect([done.code, refused.code], [done, refused].map((r) => r.stdout + r.stderr).join("\n---\n")).toEqual([0, 1]);
      expect(refused.stderr).toMatch(/Error: another apply against http:\/\/\S+ is running .*state\.json\.lock/);
      // Run the refused one again: both servers' sections are in the file.
      const rerun = await run(other.url);
      expect(rerun.code, rerun.stderr).toBe(0);
      const state = stateOf(join(work.dir, ".hotspot/state.json"));
      expect(Object.keys(state.servers).sort()).toEqual([`http://localhost:${new URL(proxy.url).port}`, `http://localhost:${new URL(other.url).port}`].sort());
      for (const s of Object.values(state.servers)) expect(Object.keys(s.accounts)).toEqual(["two-one"]);
    } finally {
      await proxy.close();
      await other.stop();
      work.remove();
    }
  });

  it("one apply of two sites writes both sites' sections and one salt", async () => {
    const other = await startEmulatorProcess(PASSPHRASE);
    const work = tempDir();
    try {
      const site = (name: string, url: string) => [
        `  ${name}:`,
        `    server: { url: "${url}", passphrase: "\${env:HOTSPOT_PASSPHRASE}" }`,
        `    ownership: { prefixes: ["${name}-"] }`,
        '    pricePlans: { hour: { description: "1 Hour" } }',
        `    accounts: [{ username: ${name}-one, plan: hour, multilogin: 2 }]`,
      ];
      writeFileSync(join(work.dir, "hotspot.yaml"), ["version: 1", "sites:", ...site("hq", emu.url), ...site("annex", other.url), ""].join("\n"));
      const env = { HOTSPOT_PASSPHRASE: PASSPHRASE };
      const applied = await hotspot(["apply", "--auto-approve"], { cwd: work.dir, env });
      expect(applied.code, applied.stdout + applied.stderr).toBe(0);
      // Each site's plan whole, under its heading, in configuration order.
      const hq = applied.stdout.indexOf("── hq ");
      const annex = applied.stdout.indexOf("── annex ");
      expect(hq).toBeGreaterThanOrEqual(0);
      expect(annex).toBeGreaterThan(hq);
      expect(applied.stdout.slice(hq, annex)).toContain(`Server: ${emu.url}\n`);
      expect(applied.stdout.slice(annex)).toContain(`Server: ${other.url}\n`);
      const state = stateOf(join(work.dir, ".hotspot/state.json"));
      expect(Object.keys(state.servers)).toHaveLength(2);
      expect(Object.values(state.servers).flatMap((s) => Object.keys(s.accounts)).sort()).toEqual(["annex-one", "hq-one"]);
      // The write-only multilogin was recorded with the file's one salt: nothing to re-send.
      const again = await hotspot(["plan", "--detailed-exitcode"], { cwd: work.dir, env });
      expect(again.code, again.stdout + again.stderr).toBe(0);
    } finally {
      await other.stop();
      work.remove();
    }
  });

  it("a state file whose section is keyed by the old text of the URL is found under the canonical key", async () => {
    const work = tempDir();
    try {
      configIn(work.dir, "old-", ["old-one"]);
      // Written by an older version: keyed by the URL's text. It says this checkout created old-one,
      // which the (empty) server does not list: the empty-read guard must stop the plan, which it
      // can only do if it finds this section under http://localhost:P.
      const statePath = join(work.dir, "state.json");
      writeFileSync(
        statePath,
        JSON.stringify({
          version: 1,
          salt: "c2FsdC1mb3ItdGVzdHM",
          servers: { [`http://127.0.0.1:${port}`]: { url: `http://127.0.0.1:${port}`, accounts: { "old-one": { created: true, writeOnly: {} } }, batches: {} } },
        }),
      );
      const r = await hotspot(["plan", "--state", statePath, "--url", `http://localhost:${port}`], { cwd: work.dir, env: { HOTSPOT_PASSPHRASE: PASSPHRASE } });
      expect(r.code, r.stdout + r.stderr).toBe(1);
      expect(r.stderr).toContain("Error: planning stopped");
    } finally {
      work.remove();
    }
  });
});
