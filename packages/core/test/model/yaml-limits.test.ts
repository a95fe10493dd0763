// YAML limits, through loadConfig as the CLI calls it: each refused with a located error before
// the work it bounds grows: where it stops is asserted (the line and column of the first offence)
// and the memory it took, never the time (speed belongs to `pnpm bench`; CI is a busy machine).
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${file:…} references
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LoadError, loadConfig } from "../../src/model/index.js";
import { YAML_LIMITS } from "../../src/model/yaml-limits.js";
import { tempTree } from "./helpers.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tree(files: Record<string, string>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

async function refused(file: string, cwd: string): Promise<{ messages: string[] }> {
  const err = await loadConfig(file, { cwd, env: {} }).catch((e: unknown) => e);
  if (!(err instanceof LoadError)) throw new Error(`expected a LoadError, got ${String(err)}`);
  return { messages: err.message.split("\n").slice(1) };
}

const HEAD = 'version: 1\nownership:\n  prefixes: ["staff-"]\n';

describe("YAML limits", { timeout: 60_000 }, () => {
  it("a 9 MB file with a million aliases is refused at the first alias past the limit, in little memory", async () => {
    const aliases = Array(1_000_000).fill("*a").join(", ");
    let text = `${HEAD}x: &a [1]\nl: [${aliases}]\n`;
    text += `# ${"x".repeat(9_000_000 - text.length)}\n`;
    const dir = tree({ "big.yaml": text });
    const rss = process.memoryUsage().rss;
    const r = await refused("big.yaml", dir);
    // aliases are 4 characters apart on line 5, after `l: [`
    expect(r.messages).toEqual([`big.yaml:5:${5 + 4 * YAML_LIMITS.maxAliases}: more than 1000 aliases (*name) in one file`]);
    expect(process.memoryUsage().rss - rss).toBeLessThan(300 * 1024 * 1024);
  });

  it("aliases that expand past the limit (billion laughs) are refused at the alias that crosses it", async () => {
    let text = `${HEAD}a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n`;
    for (let i = 1; i < 9; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const dir = tree({ "laughs.yaml": text });
    const r = await refused("laughs.yaml", dir);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatch(/^laughs\.yaml:\d+:\d+: aliases expand the file to more than 100,000 values$/);
  });

  it("nesting deeper than the limit is refused where it passes the limit (flow and block)", async () => {
    const depth = 100_000;
    const dir = tree({
      "flow.yaml": `${HEAD}x: ${"[".repeat(depth)}${"]".repeat(depth)}\n`,
      "block.yaml": `${HEAD}x:\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i + 2)}k:\n`).join("")}`,
    });
    const flow = await refused("flow.yaml", dir);
    // the root mapping is the first level
    expect(flow.messages).toEqual([`flow.yaml:4:${3 + YAML_LIMITS.maxDepth}: mappings and lists nested more than 64 deep`]);
    const block = await refused("block.yaml", dir);
    expect(block.messages).toHaveLength(1);
    expect(block.messages[0]).toMatch(/^block\.yaml:\d+:\d+: mappings and lists nested more than 64 deep$/);
  });

  it("a file over the size limit is refused before it is read", async () => {
    const dir = tree({ "small.yaml": HEAD });
    writeFileSync(join(dir, "huge.yaml"), Buffer.alloc(YAML_LIMITS.maxFileBytes + 1, "#"));
    const r = await refused("huge.yaml", dir);
    expect(r.messages).toEqual(["huge.yaml:1:1: the file is 32.0 MiB; at most 32 MiB per file (split it into several files)"]);
  });

  it("anchors in a file too large for the complete parser are refused at the first one", async () => {
    const accounts = Array.from({ length: 110_000 }, (_, i) => `  - username: staff-${i}\n    plan: day\n`).join("");
    const text = `${HEAD}pricePlans:\n  day: &day { id: 2 }\naccounts:\n${accounts}`;
    expect(text.length).toBeGreaterThan(YAML_LIMITS.maxFeatureFileBytes);
    const dir = tree({ "anchored.yaml": text });
    const r = await refused("anchored.yaml", dir);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatch(/^anchored\.yaml:5:8: anchors, aliases, tags and merge keys are read in files up to 4 MiB; this one is 4\.\d MiB/);
  });

  it("${file:} reads regular files of at most 64 KiB: not a FIFO, a device or a folder", async () => {
    const yaml = (ref: string) => `${HEAD}accounts:\n  - username: staff-a\n    customer: { lastName: "\${file:${ref}}" }\n`;
    const dir = tree({ "big.txt": "x".repeat(YAML_LIMITS.maxReferencedFileBytes + 1), "ok.txt": "Smith\n" });
    mkdirSync(join(dir, "folder"));
    execFileSync("mkfifo", [join(dir, "fifo")]);
    const cases: Array<[string, string]> = [
      ["fifo", "is not a regular file"],
      ["/dev/zero", "is not a regular file"],
      ["folder", "is not a regular file"],
      ["big.txt", "is larger than 64 KiB"],
    ];
    for (const [ref, problem] of cases) {
      writeFileSync(join(dir, "a.yaml"), yaml(ref));
      const r = await refused("a.yaml", dir);
      expect(r.messages).toEqual([`a.yaml:6:27: accounts[0].customer.lastName: file ${ref} ${problem} (referenced as \${file:${ref}})`]);
    }
    writeFileSync(join(dir, "a.yaml"), yaml("ok.txt"));
    const config = await loadConfig("a.yaml", { cwd: dir, env: {} });
    expect(config.sites[0]?.accounts[0]?.customer?.lastName).toBe("Smith");
  });
});
