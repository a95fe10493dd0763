// How commands find their server and passphrase, configuration files and colour: the rules of
// cli/context.ts, cli/config-files.ts and cli/terminal.ts, without a server.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Config, parseConfig } from "@hotspot-iac/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configPaths } from "../src/config-files.js";
import { planTargets } from "../src/context.js";
import { wantsColor } from "../src/terminal.js";
import { tempDir } from "./harness.js";

const YAML_PASS = "Yaml-Pass-1c9e";
const single = (url?: string): Config =>
  parseConfig(
    ["version: 1", "server:", ...(url ? [`  url: ${url}`] : []), `  passphrase: ${YAML_PASS}`, "accounts: []", ""].join("\n"),
    "hotspot.yaml",
  );
const twoSitesYaml = [
  "version: 1",
  "sites:",
  "  hq:",
  "    server: { url: http://10.0.0.1:82, passphrase: hq-pass }",
  "  annex:",
  "    server: { url: http://10.0.0.2:82, passphrase: annex-pass }",
  "",
].join("\n");
const twoSites = (): Config => parseConfig(twoSitesYaml, "hotspot.yaml");

let work: { dir: string; remove: () => void };
beforeAll(() => {
  work = tempDir();
});
afterAll(() => work.remove());

describe("server resolution", () => {
  it("takes the URL from --url, then HOTSPOT_URL, then the YAML", () => {
    const config = single("http://yaml.example:82");
    const env = { HOTSPOT_URL: "http://env.example:82" };
    expect(planTargets(config, { url: "http://flag.example:82" }, env, work.dir)[0]!.url).toBe("http://flag.example:82");
    expect(planTargets(config, {}, env, work.dir)[0]!.url).toBe("http://env.example:82");
    expect(planTargets(config, {}, {}, work.dir)[0]!.url).toBe("http://yaml.example:82");
  });

  it("takes the passphrase from --passphrase-file, then HOTSPOT_PASSPHRASE, then the YAML", () => {
    const config = single("http://yaml.example:82");
    const file = join(work.dir, "pass.txt");
    writeFileSync(file, "file-pass\n");
    const env = { HOTSPOT_PASSPHRASE: "env-pass" };
    expect(planTargets(config, { passphraseFile: file }, env, work.dir)[0]!.passphrase?.reveal()).toBe("file-pass");
    expect(planTargets(config, {}, env, work.dir)[0]!.passphrase?.reveal()).toBe("env-pass");
    expect(planTargets(config, {}, {}, work.dir)[0]!.passphrase?.reveal()).toBe(YAML_PASS);
  });

  it("refuses one passphrase for several sites that have their own: it would reach every other server", () => {
    const env = { HOTSPOT_PASSPHRASE: "env-pass" };
    expect(() => planTargets(twoSites(), {}, env, work.dir)).toThrow(
      "HOTSPOT_PASSPHRASE is one server's passphrase but 2 sites are selected and hq, annex have their own in the YAML: unset it, or add --site NAME",
    );
    expect(planTargets(twoSites(), { site: ["annex"] }, env, work.dir).map((t) => t.passphrase?.reveal())).toEqual(["env-pass"]);
    expect(planTargets(twoSites(), {}, {}, work.dir).map((t) => t.passphrase?.reveal())).toEqual(["hq-pass", "annex-pass"]);
    // Sites whose own passphrase is that same one (each says \${env:HOTSPOT_PASSPHRASE}): nothing reaches a server it is not for.
    const same = parseConfig(twoSitesYaml.replace(/(hq|annex)-pass/g, "env-pass"), "hotspot.yaml");
    expect(planTargets(same, {}, env, work.dir).map((t) => t.passphrase?.reveal())).toEqual(["env-pass", "env-pass"]);
  });

  it("uses the embedded emulator only with --emulator; no server named is an error naming the ways to name one", () => {
    expect(planTargets(single("http://yaml.example:82"), { emulator: true }, {}, work.dir)[0]).toMatchObject({ why: "--emulator" });
    expect(planTargets(undefined, { emulator: true }, {}, work.dir)[0]).toMatchObject({ site: "default", why: "--emulator" });
    const ways = /no HotSpot server: name one with --url URL, the HOTSPOT_URL environment variable, or server\.url in the YAML \(or pass --emulator/;
    expect(() => planTargets(single(), {}, {}, work.dir)).toThrow(ways);
    expect(() => planTargets(undefined, {}, { HOTSPOT_URL: "" }, work.dir)).toThrow(ways);
    expect(() => planTargets(twoSites(), {}, {}, work.dir)).not.toThrow();
  });

  it("plans every site, or the one named by --site; --url alone is ambiguous with several", () => {
    expect(planTargets(twoSites(), {}, {}, work.dir).map((t) => [t.site, t.url])).toEqual([
      ["hq", "http://10.0.0.1:82"],
      ["annex", "http://10.0.0.2:82"],
    ]);
    expect(planTargets(twoSites(), { site: ["annex"] }, {}, work.dir).map((t) => t.site)).toEqual(["annex"]);
    expect(() => planTargets(twoSites(), { url: "http://x:82" }, {}, work.dir)).toThrow(/add --site NAME/);
    // Globs, repeated, in configuration order whatever the order asked.
    expect(planTargets(twoSites(), { site: ["ann*", "h?"] }, {}, work.dir).map((t) => t.site)).toEqual(["hq", "annex"]);
    expect(() => planTargets(twoSites(), { site: ["nope"] }, {}, work.dir)).toThrow("--site nope: no such site in the configuration (sites: hq, annex)");
  });

  it("refuses a passphrase in the URL and a server without a passphrase, without echoing secrets", () => {
    expect(() => planTargets(undefined, { url: "http://h:82/?pass=Leaky-Secret-42" }, {}, work.dir)).toThrow(
      "--url: do not put the passphrase in the URL; use HOTSPOT_PASSPHRASE or --passphrase-file",
    );
    expect(() => planTargets(undefined, { url: "http://h:82" }, {}, work.dir)).toThrow(/no passphrase for http:\/\/h:82/);
    expect(() => planTargets(undefined, { url: "ftp://h" }, {}, work.dir)).toThrow(/http\(s\)/);
  });

  it("reads --passphrase-file without its trailing newline and rejects an empty one", () => {
    const empty = join(work.dir, "empty.txt");
    writeFileSync(empty, "\n");
    expect(() => planTargets(undefined, { url: "http://h:82", passphraseFile: empty }, {}, work.dir)).toThrow("the file is empty");
    expect(() => planTargets(undefined, { url: "http://h:82", passphraseFile: "missing.txt" }, {}, work.dir)).toThrow("ENOENT");
  });
});

describe("configuration files", () => {
  it("defaults to hotspot.yaml (or .yml) in the working folder, never every *.yaml", () => {
    const dir = join(work.dir, "cfg");
    mkdirSync(dir);
    writeFileSync(join(dir, "docker-compose.yaml"), "services: {}\n");
    expect(() => configPaths(undefined, dir)).toThrow(/no configuration found: pass -f FILE\|DIR, or create hotspot.yaml/);
    writeFileSync(join(dir, "hotspot.yml"), "version: 1\n");
    expect(configPaths(undefined, dir)).toEqual([join(dir, "hotspot.yml")]);
    expect(configPaths(["."], dir)).toEqual([dir]);
    expect(() => configPaths(["nope.yaml"], dir)).toThrow("nope.yaml: no such file or directory");
    // Upward like git: the nearest file wins, the working folder's first.
    const deep = join(dir, "a", "b");
    mkdirSync(deep, { recursive: true });
    expect(configPaths(undefined, deep)).toEqual([join(dir, "hotspot.yml")]);
    writeFileSync(join(dir, "a", "hotspot.yaml"), "version: 1\n");
    expect(configPaths(undefined, deep)).toEqual([join(dir, "a", "hotspot.yaml")]);
  });
});

describe("colour", () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it("is on for terminals only, off with NO_COLOR or --no-color, forced with FORCE_COLOR", () => {
    expect(wantsColor(tty, {})).toBe(true);
    expect(wantsColor(pipe, {})).toBe(false);
    expect(wantsColor(tty, { TERM: "dumb" })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: "1" })).toBe(false);
    expect(wantsColor(tty, { NO_COLOR: "" })).toBe(true); // no-color.org: only a non-empty value counts
    expect(wantsColor(tty, {}, false)).toBe(false);
    expect(wantsColor(pipe, { FORCE_COLOR: "1" })).toBe(true);
    expect(wantsColor(pipe, { FORCE_COLOR: "0" })).toBe(false);
    expect(wantsColor(pipe, { FORCE_COLOR: "1", NO_COLOR: "1" })).toBe(false);
  });
});
