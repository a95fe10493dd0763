// Loading several files and folders, sites, references and secrets, through the public API.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${env:…} references
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type Config, LoadError, loadConfig, parseConfig, Secret, toYaml } from "../../src/model/index.js";
import { comparable, tempTree } from "./helpers.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tree(files: Record<string, string>): string {
  const t = tempTree(files);
  cleanups.push(t.cleanup);
  return t.dir;
}

async function messages(paths: string[] | string, cwd: string, env: Record<string, string> = {}): Promise<string[]> {
  const err = await loadConfig(paths, { cwd, env }).catch((e: unknown) => e);
  if (!(err instanceof LoadError)) throw new Error("expected a LoadError");
  return err.message.split("\n").slice(1);
}

const BASE = 'version: 1\nownership:\n  prefixes: ["staff-", "CONF-"]\npricePlans:\n  day: { id: 2 }\n';

describe("loading several files", () => {
  it("merges a folder, recursively and sorted, ignoring other files", async () => {
    const dir = tree({
      "main.yaml": BASE,
      "people/b.yml": "version: 1\naccounts:\n  - username: staff-bob\n",
      "people/a.yaml": "version: 1\naccounts:\n  - username: staff-alice\n    plan: day\n",
      "README.md": "not yaml",
      ".hidden/x.yaml": "garbage: [",
    });
    const config = await loadConfig(".", { cwd: dir, env: {} });
    expect(config.files).toEqual(["main.yaml", "people/a.yaml", "people/b.yml"]);
    expect(config.sites[0]?.accounts.map((a) => [a.username, a.source?.file])).toEqual([
      ["staff-alice", "people/a.yaml"],
      ["staff-bob", "people/b.yml"],
    ]);
  });

  it("names both places of a duplicate username, batch prefix and plan across files", async () => {
    const dir = tree({
      "a.yaml": `${BASE}accounts:\n  - username: staff-alice\nbatches:\n  - { prefix: CONF-, count: 3 }\n`,
      "b.yaml": "version: 1\npricePlans:\n  day: { id: 3 }\naccounts:\n  - username: staff-alice\nbatches:\n  - { prefix: CONF-, count: 4 }\n",
    });
    expect(await messages(["a.yaml", "b.yaml"], dir)).toEqual([
      'b.yaml:3:3: pricePlans.day: price plan "day" declared twice: also at a.yaml:5:3',
      'b.yaml:5:15: accounts[0].username: account "staff-alice" declared twice: also at a.yaml:7:15',
      'b.yaml:7:15: batches[0].prefix: batch prefix "CONF-" declared twice: also at a.yaml:9:15',
    ]);
    const dir2 = tree({
      "a.yaml": `${BASE}accounts:\n  - username: staff-alice\nbatches:\n  - { prefix: CONF-, count: 3 }\n`,
      "b.yaml": "version: 1\naccounts:\n  - username: staff-alice\nbatches:\n  - { prefix: CONF-, count: 4 }\n",
    });
    expect(await messages(["a.yaml", "b.yaml"], dir2)).toEqual([
      'b.yaml:3:15: accounts[0].username: account "staff-alice" declared twice: also at a.yaml:7:15',
      'b.yaml:5:15: batches[0].prefix: batch prefix "CONF-" declared twice: also at a.yaml:9:15',
    ]);
  });

  it("collects the errors of every file", async () => {
    const dir = tree({
      "a.yaml": "version: 1\naccounts:\n  - username: staff-alice\n    quota: lots\n",
      "b.yaml": "version: 1\nbatches:\n  - prefix: CONF-\n",
    });
    expect(await messages(["a.yaml", "b.yaml", "missing.yaml"], dir)).toEqual([
      "a.yaml:4:12: accounts[0].quota: expected a size like 500MB or 5GB, or unlimited, got \"lots\"",
      "b.yaml:3:5: batches[0].count: missing required key",
      "missing.yaml: no such file or folder",
    ]);
  });

  it("still checks across files when a file has errors of its own", async () => {
    const dir = tree({
      "a.yaml": `${BASE}accounts:\n  - username: staff-alice\n`,
      "b.yaml": "version: 1\naccounts:\n  - username: staff-bob\n    sell: maybe\n  - username: staff-alice\n",
    });
    expect(await messages(".", dir)).toEqual([
      'b.yaml:4:11: accounts[0].sell: expected true or false, got "maybe"',
      'b.yaml:5:15: accounts[1].username: account "staff-alice" declared twice: also at a.yaml:7:15',
    ]);
  });

  it("reports server or defaults declared in two files", async () => {
    const dir = tree({
      "a.yaml": "version: 1\nserver: { url: http://h:82 }\ndefaults: { type: prepaid }\n",
      "b.yaml": "version: 1\nserver: { url: http://h:83 }\ndefaults: { sell: true }\n",
    });
    expect(await messages(".", dir)).toEqual([
      "b.yaml:2:1: server: server declared twice: also at a.yaml:2:1",
      "b.yaml:3:1: defaults: defaults declared twice: also at a.yaml:3:1",
    ]);
  });
});

describe("sites", () => {
  it("keeps several servers apart, merged by name across files", async () => {
    const dir = tree({
      "paris.yaml":
        "version: 1\nsites:\n  paris:\n    server: { url: http://paris:82, passphrase: '${env:PARIS_PASS}' }\n    ownership: { prefixes: [p-] }\n    accounts: [{ username: p-1 }]\n",
      "lyon.yaml":
        "version: 1\nsites:\n  lyon:\n    ownership: { prefixes: [l-] }\n    accounts: [{ username: l-1 }]\n  paris:\n    accounts: [{ username: p-2 }]\n",
    });
    const config = await loadConfig(".", { cwd: dir, env: { PARIS_PASS: "Paris-Secret-1" } });
    expect(config.multiSite).toBe(true);
    expect(config.sites.map((s) => [s.name, s.accounts.map((a) => a.username)])).toEqual([
      ["lyon", ["l-1"]],
      ["paris", ["p-2", "p-1"]], // files in sorted order: lyon.yaml, then paris.yaml
    ]);
    const paris = config.sites.find((s) => s.name === "paris")!;
    expect(paris.server.passphrase?.reveal()).toBe("Paris-Secret-1");
    expect(paris.server.passphrase?.ref).toBe("${env:PARIS_PASS}");
    // Round trip keeps the shape and the reference.
    const yaml = toYaml(config);
    expect(yaml).toContain("sites:");
    expect(yaml).not.toContain("Paris-Secret-1");
    expect(comparable(parseConfig(yaml, "all.yaml", { env: { PARIS_PASS: "Paris-Secret-1" } }))).toEqual(comparable(config));
  });
});

describe("references", () => {
  it("loads leniently with unsetEnv: an unset variable without a fallback stands in, a fallback still applies", async () => {
    const dir = tree({
      "hotspot.yaml": `${BASE}accounts:\n  - username: staff-a\n    password: \${env:A_PASSWORD}\n  - username: staff-b\n    password: \${env:B_PASSWORD:-fallback-b}\n`,
    });
    const unset: string[] = [];
    const unsetEnv = (name: string) => {
      unset.push(name);
      return `placeholder-${name}`;
    };
    const config = await loadConfig(dir, { cwd: dir, env: {}, unsetEnv });
    const [a, b] = config.sites[0]!.accounts;
    expect(unset).toEqual(["A_PASSWORD"]);
    expect((a!.password as Secret).reveal()).toBe("placeholder-A_PASSWORD");
    expect((b!.password as Secret).reveal()).toBe("fallback-b");
    // Without the option an unset variable is an error, as before.
    expect((await messages(dir, dir)).join("\n")).toContain("environment variable A_PASSWORD is not set");
  });

  it("resolves env (with fallback) and files relative to the YAML file; $${ is a literal", async () => {
    const dir = tree({
      "conf/hotspot.yaml": `${BASE}server:\n  url: http://\${env:HOST}:82\n  passphrase: \${file:../secrets/pass.txt}\naccounts:\n  - username: staff-alice\n    password: \${env:NOPE:-fallback-pw}\n    customer: { firstName: "$\${not a ref}", email: "\${env:MAIL}" }\n`,
      "secrets/pass.txt": "File-Pass-9\n",
    });
    const config = await loadConfig("conf", { cwd: dir, env: { HOST: "10.0.0.2", MAIL: "a@example.org" } });
    const site = config.sites[0]!;
    expect(site.server.url).toBe("http://10.0.0.2:82");
    expect(site.server.passphrase?.reveal()).toBe("File-Pass-9");
    expect(site.accounts[0]?.password?.reveal()).toBe("fallback-pw");
    expect(site.accounts[0]?.customer).toEqual({ firstName: "${not a ref}", email: "a@example.org" });
    expect(config.references).toEqual({
      "default/server/url": "http://${env:HOST}:82",
      "default/accounts/staff-alice/customer.email": "${env:MAIL}",
    });
    const yaml = toYaml(config);
    expect(yaml).toContain("url: http://${env:HOST}:82");
    expect(yaml).toContain("passphrase: ${file:../secrets/pass.txt}");
    expect(yaml).toContain("$${not a ref}");
    expect(yaml).toContain("email: ${env:MAIL}");
    const again = parseConfig(yaml, "conf/x.yaml", { cwd: dir, env: { HOST: "10.0.0.2", MAIL: "a@example.org" } });
    expect(comparable(again)).toEqual(comparable(config));
  });

  it("a reference under a key named __proto__ stays under that key: reported as unknown, no prototype set", async () => {
    const dir = tree({ "a.yaml": `${BASE}accounts:\n  - username: staff-alice\n    __proto__: { plan: "\${env:PLAN}" }\n` });
    const msgs = await messages("a.yaml", dir, { PLAN: "hour" });
    expect(msgs).toEqual(["a.yaml:8:5: accounts[0].__proto__: unknown key"]);
  });

  it("never shows a secret: not in errors, not in inspect or JSON of the model", async () => {
    const dir = tree({
      "a.yaml": `${BASE}server:\n  passphrase: \${env:PASS}\n  url: \${env:PASS}\naccounts:\n  - username: staff-alice\n    password: \${file:pw.txt}\n    money: \${file:pw.txt}\n    card: { number: "4111-Literal-Card", cvv2: 12 }\n`,
      "pw.txt": "File-Secret-Value-42",
    });
    const env = { PASS: "Env-Secret-Value-17" };
    const msgs = (await messages("a.yaml", dir, env)).join("\n");
    expect(msgs).toContain("a.yaml:8:8: server.url: expected a URL like http://127.0.0.1:82, got the value of ${env:PASS}");
    expect(msgs).toContain("a.yaml:12:12: accounts[0].money: expected an amount like 12.50, got the value of ${file:pw.txt}");
    expect(msgs).toContain("accounts[0].card.cvv2: expected text, got a sensitive value");
    for (const s of ["Env-Secret-Value-17", "File-Secret-Value-42", "4111-Literal-Card"]) expect(msgs).not.toContain(s);

    const ok = tree({
      "a.yaml": `${BASE}server:\n  passphrase: \${env:PASS}\naccounts:\n  - username: staff-alice\n    password: \${file:pw.txt}\n    card: { number: "4111-Literal-Card" }\n`,
      "pw.txt": "File-Secret-Value-42",
    });
    const config = await loadConfig("a.yaml", { cwd: ok, env });
    const shown = inspect(config, { depth: 10 }) + JSON.stringify(config) + String(config.sites[0]?.accounts[0]?.password);
    for (const s of ["Env-Secret-Value-17", "File-Secret-Value-42", "4111-Literal-Card"]) expect(shown).not.toContain(s);
  });
});

describe("toYaml for import", () => {
  it("writes unresolved password references, which load once the variables are set", () => {
    const config: Config = {
      version: 1,
      multiSite: false,
      files: [],
      references: {},
      sites: [
        {
          name: "default",
          server: { safety: { maxDeletePercent: 30, maxUpdatePercent: 30, maxDeletes: 500, maxUpdates: 5000, minOwned: 10 } },
          ownership: { prefixes: ["staff-"] },
          pricePlans: { p2: { key: "p2", id: 2 } },
          defaults: {},
          accounts: [
            {
              username: "staff-alice",
              password: Secret.fromRef("${env:HOTSPOT_PASSWORD_STAFF_ALICE}"),
              plan: "p2",
              timeLeft: 9000,
              quota: "unlimited",
              rates: { download: 131072, upload: 65536 },
              dailyQuota: 500 * 1024 * 1024,
            },
          ],
          batches: [],
        },
      ],
    };
    const yaml = toYaml(config, { schema: "hotspot.schema.json", header: "Imported." });
    expect(yaml).toBe(
      [
        "# yaml-language-server: $schema=hotspot.schema.json",
        "# Imported.",
        "version: 1",
        "ownership:",
        "  prefixes:",
        "    - staff-",
        "pricePlans:",
        "  p2:",
        "    id: 2",
        "accounts:",
        "  - username: staff-alice",
        "    password: ${env:HOTSPOT_PASSWORD_STAFF_ALICE}",
        "    plan: p2",
        "    timeLeft: 2h30m",
        "    quota: unlimited",
        "    rates:",
        "      download: 1Mbit",
        "      upload: 512kbit",
        "    dailyQuota: 500MB",
        "",
      ].join("\n"),
    );
    const loaded = parseConfig(yaml, "imported.yaml", { env: { HOTSPOT_PASSWORD_STAFF_ALICE: "pw" } });
    expect(loaded.sites[0]?.accounts[0]).toMatchObject({ timeLeft: 9000, rates: { download: 131072, upload: 65536 } });
  });

  it("taints every referenced value, sensitive or not, and what inherits one from defaults; never a :-default", async () => {
    const dir = tree({
      "a.yaml": `${BASE}defaults:\n  customer: { city: "\${env:CITY}" }\n  expires: "\${env:EXP:-2026-12-31}"\naccounts:\n  - username: staff-alice\n    password: \${env:PW:-Default-Pw-Secret}\n    customer: { firstName: "\${env:PASS}", lastName: "\${file:last.txt}" }\n  - username: staff-bob\n    customer: { city: Lyon }\nbatches:\n  - { prefix: CONF-, count: 2 }\n`,
      "last.txt": "File-Last-Name-31",
    });
    const config = await loadConfig("a.yaml", { cwd: dir, env: { CITY: "Env-City-5", PASS: "Env-Pass-17" } });
    expect(Object.fromEntries(config.tainted ?? [])).toEqual({
      "default/defaults/customer.city": "${env:CITY}",
      "default/defaults/expires": "${env:EXP}",
      "default/accounts/staff-alice/password": "${env:PW}",
      "default/accounts/staff-alice/customer.firstName": "${env:PASS}",
      "default/accounts/staff-alice/customer.lastName": "${file:last.txt}",
      "default/accounts/staff-alice/customer.city": "${env:CITY}",
      "default/accounts/staff-alice/expires": "${env:EXP}",
      // bob writes his own city: only the expiry is inherited
      "default/accounts/staff-bob/expires": "${env:EXP}",
      "default/batches/CONF-/expires": "${env:EXP}",
    });
    expect(JSON.stringify([...(config.tainted ?? [])])).not.toContain("Default-Pw-Secret");
  });

  it("refuses a reference where a name or a count is expected (shown in every plan)", async () => {
    const dir = tree({
      "a.yaml": `${BASE}accounts:\n  - username: "\${env:NAME}"\n    plan: "\${env:PLAN}"\n`,
      "b.yaml": 'version: 1\npricePlans:\n  week: { description: "${env:DESC}" }\n',
    });
    expect(await messages("b.yaml", dir, { DESC: "Env-Desc-4" })).toEqual([
      "b.yaml:3:24: pricePlans.week.description: cannot come from a reference: every plan shows it, and a referenced value is sensitive (write it in the YAML)",
    ]);
    const msgs = await messages("a.yaml", dir, { NAME: "staff-Env-Name-9", PLAN: "day" });
    expect(msgs).toEqual([
      "a.yaml:7:15: accounts[0].username: cannot come from a reference: every plan shows it, and a referenced value is sensitive (write it in the YAML)",
      "a.yaml:8:11: accounts[0].plan: cannot come from a reference: every plan shows it, and a referenced value is sensitive (write it in the YAML)",
    ]);
  });
});

describe("names that are JavaScript prototype names", () => {
  const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

  it("keeps sites and price plans so named, validated like any other, and writes them back", async () => {
    const site = (n: string) => `  ${n}:\n    server: { url: "http://h-${n.replace(/_/g, "x").toLowerCase()}:82" }\n    pricePlans:\n${NAMES.map((p, i) => `      ${p}: { id: ${i + 1} }`).join("\n")}\n    accounts:\n      - username: ${n}\n        plan: ${n}\n`;
    const dir = tree({ "hotspot.yaml": `version: 1\nsites:\n${NAMES.map(site).join("")}` });
    const config = await loadConfig("hotspot.yaml", { cwd: dir, env: {} });
    expect(config.sites.map((s) => s.name).sort()).toEqual([...NAMES].sort());
    for (const s of config.sites) {
      expect(Object.keys(s.pricePlans).sort()).toEqual([...NAMES].sort());
      expect(s.pricePlans[s.name]?.id).toBe(NAMES.indexOf(s.name) + 1);
      expect(s.accounts.map((a) => a.username)).toEqual([s.name]);
    }
    expect(config.sites[0]!.pricePlans.valueOf).toBeUndefined(); // nothing inherited
    const again = await loadConfig("again.yaml", { cwd: tree({ "again.yaml": toYaml(config) }), env: {} });
    expect(comparable(again)).toEqual(comparable(config));
    expect(JSON.stringify(comparable(again))).toContain('"__proto__":{"key":"__proto__","id":1}');
  });

  it("checks a __proto__ price plan like any other", async () => {
    const dir = tree({ "hotspot.yaml": "version: 1\npricePlans:\n  __proto__: { id: -3 }\n" });
    expect((await messages("hotspot.yaml", dir)).join("\n")).toMatch(/hotspot\.yaml:3:\d+: pricePlans\.__proto__\.id: /);
  });
});
