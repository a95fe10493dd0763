import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ACCOUNT_FIELDS, attributeName, hasWriteOnlyAttribute, loadConfig, writeOnlyAttributeName } from "@hotspot-iac/core";
import { AnnotationMetadataEntryType } from "cdktf";
import { describe, expect, it } from "vitest";
import { HotspotAccounts, HotspotProvider } from "../src/index.js";
import { synthStack } from "./support/synth.js";

const FIXTURE = new URL("./fixtures/conference", import.meta.url).pathname;
// Distinctive values, so a leak into cdk.tf.json cannot go unnoticed.
const ENV = {
  HOTSPOT_PASSPHRASE: "pass-Zq81-phrase",
  ALICE_PASSWORD: "alice-Kx93-secret",
  CAROL_CARD_NAME: "Carol Card-Wv27",
  CAROL_CARD_NUMBER: "4111-Jm55-1111",
};
const SECRETS = [...Object.values(ENV), "b0b-s3cret"];

describe("HotspotAccounts.fromYaml", () => {
  it("turns the YAML into accounts, batches and price-plan data sources (golden)", async () => {
    const { text } = await synthStack(async (stack) => {
      await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: ENV });
    });
    await expect(text).toMatchFileSnapshot("./golden/hotspot-accounts.json");
  });

  it("never writes a secret in clear: they become sensitive variables, fed through TF_VAR_*", async () => {
    let environment: Record<string, string> = {};
    const { text, json } = await synthStack(async (stack) => {
      const accounts = await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: ENV });
      environment = accounts.secretEnvironment();
    });
    for (const secret of SECRETS) expect(text).not.toContain(secret);
    const alice = json.resource?.["hotspot_account"]?.["conference_staff-alice"];
    const bob = json.resource?.["hotspot_account"]?.["conference_staff-bob"];
    // Terraform interpolations, as cdk.tf.json holds them.
    const ref = (expr: string) => `\${${expr}}`;
    // Write-only (the app targets Terraform >= 1.11): kept out of terraform state too.
    expect(alice?.["password"]).toBeUndefined();
    expect(alice?.["password_wo"]).toBe(ref("var.ALICE_PASSWORD"));
    expect(alice?.["password_wo_version"]).toBe(1);
    expect(bob?.["password_wo"]).toBe(ref("var.conference_staff_bob_password"));
    for (const variable of Object.values(json.variable ?? {})) expect(variable["sensitive"]).toBe(true);
    // The YAML's server is the provider's configuration; its passphrase a variable too.
    expect(json.provider?.["hotspot"]).toEqual([{ url: "http://127.0.0.1:82", passphrase: ref("var.HOTSPOT_PASSPHRASE") }]);
    expect(environment).toEqual({
      TF_VAR_HOTSPOT_PASSPHRASE: ENV.HOTSPOT_PASSPHRASE,
      TF_VAR_ALICE_PASSWORD: ENV.ALICE_PASSWORD,
      "TF_VAR_conference_staff_bob_password": "b0b-s3cret",
      TF_VAR_CAROL_CARD_NAME: ENV.CAROL_CARD_NAME,
      TF_VAR_CAROL_CARD_NUMBER: ENV.CAROL_CARD_NUMBER,
      "TF_VAR_conference_staff_carol_card_type": "visa",
    });
  });

  it("writes resolved secrets only when asked to (secrets: inline)", async () => {
    const { json } = await synthStack(async (stack) => {
      await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: ENV, secrets: "inline" });
    });
    expect(json.variable).toBeUndefined();
    expect(json.resource?.["hotspot_account"]?.["conference_staff-bob"]?.["password_wo"]).toBe("b0b-s3cret");
  });

  it("maps every field of the catalogue to the provider attribute of the same name", async () => {
    const config = await loadConfig(FIXTURE, { env: ENV });
    const { json } = await synthStack((stack) => {
      new HotspotAccounts(stack, "c", { config, secrets: "inline" });
    });
    const accounts = json.resource?.["hotspot_account"] ?? {};
    // Attributes as core names them: a nested one's children as `customer.first_name`.
    const written = new Set(
      Object.values(accounts).flatMap((a) =>
        Object.entries(a).flatMap(([k, v]) => (v !== null && typeof v === "object" && !Array.isArray(v) ? Object.keys(v).map((c) => `${k}.${c}`) : [k])),
      ),
    );
    const declared = config.sites[0]!.accounts;
    const present = (path: string) =>
      declared.some((a) => path.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], a) !== undefined);
    for (const f of ACCOUNT_FIELDS) {
      if (present(f.name) && f.name !== "plan") expect(written, f.name).toContain(hasWriteOnlyAttribute(f) ? writeOnlyAttributeName(f) : attributeName(f));
    }
    // The plan by the server's name where pricePlans gives a description, by id where it gives one.
    expect(accounts["c_staff-alice"]).toMatchObject({ plan: "1 Day", customer: { first_name: "Alice", last_name: "Liddell", email: "alice@example.org" } });
    expect(accounts["c_staff-alice"]).not.toHaveProperty("plan_id");
    expect(json.resource?.["hotspot_voucher_batch"]?.["c_CONF-"]).toMatchObject({ plan: "1 Day" });
    const bob = accounts["c_staff-bob"]!;
    expect(bob).toMatchObject({
      time_left: "2h30m",
      quota: "5GB",
      rates_download: "1Mbit",
      rates_upload: "512kbit",
      daily_time: "2h",
      daily_quota: "500MB",
      expires: "in 30d",
      money: 12.5,
      printed_color: 3,
      printed_bw: 10,
      enforce: ["time_left"],
      plan_id: 1,
    });
    expect(bob).not.toHaveProperty("plan");
    // Card data only ever write-only, one nested attribute and its version.
    expect(accounts["c_staff-carol"]).toMatchObject({ card_wo: { name: "Carol Card-Wv27", type: "visa", number: "4111-Jm55-1111" }, card_wo_version: 1 });
  });

  it.each(["event-wifi", "hotel"])("declares one resource per account and batch of examples/%s", async (name) => {
    const dir = new URL(`../../../examples/${name}`, import.meta.url).pathname;
    // The example's ${env:…} references, each given a value.
    const env: Record<string, string> = {};
    for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
      for (const m of readFileSync(join(dir, file), "utf8").matchAll(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)/g)) env[m[1]!] = `${m[1]}-value`;
    }
    const config = await loadConfig(dir, { env });
    const { json } = await synthStack((stack) => {
      new HotspotProvider(stack, "hotspot");
      new HotspotAccounts(stack, "example", { config });
    });
    const site = config.sites[0]!;
    expect(Object.keys(json.resource?.["hotspot_account"] ?? {})).toHaveLength(site.accounts.length);
    expect(Object.keys(json.resource?.["hotspot_voucher_batch"] ?? {})).toHaveLength(site.batches.length);
    expect(Object.keys(json.data?.["hotspot_price_plan"] ?? {})).toHaveLength(Object.keys(site.pricePlans).length);
    for (const value of Object.values(env)) expect(JSON.stringify(json)).not.toContain(value);
  });

  it("synthesizes with no secret set: every secret, the passphrase included, is a variable", async () => {
    let environment: Record<string, string> = {};
    const { text, json } = await synthStack(async (stack) => {
      const accounts = await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: {} });
      environment = accounts.secretEnvironment();
    });
    expect(text).not.toContain("unset-");
    expect(environment).toEqual({ "TF_VAR_conference_staff_bob_password": "b0b-s3cret", "TF_VAR_conference_staff_carol_card_type": "visa" });
    expect(Object.keys(json.variable ?? {}).sort()).toEqual(
      ["ALICE_PASSWORD", "CAROL_CARD_NAME", "CAROL_CARD_NUMBER", "HOTSPOT_PASSPHRASE", "conference_staff_bob_password", "conference_staff_carol_card_type"].sort(),
    );
  });

  it("exports each batch's members as a sensitive output that vouchers print --from reads", async () => {
    const { json } = await synthStack(async (stack) => {
      await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: {} });
    });
    const outputs = Object.entries(json.output ?? {}).filter(([name]) => name.endsWith("_vouchers"));
    expect(outputs.length).toBeGreaterThan(0);
    for (const [, o] of outputs) expect(o["sensitive"]).toBe(true);
    expect(outputs.map(([, o]) => o["value"])).toContain(`\${hotspot_voucher_batch.conference_CONF-.usernames}`);
  });

  it("refuses an unset variable read by a value that is not a secret", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hotspot-yaml-"));
    try {
      writeFileSync(join(dir, "hotspot.yaml"), ["version: 1", "accounts:", "  - username: desk", "    customer:", `      lastName: \${env:DESK_NAME}`, ""].join("\n"));
      await expect(synthStack((stack) => HotspotAccounts.fromYaml(stack, "c", dir, { env: {} }).then(() => undefined))).rejects.toThrow(
        "DESK_NAME: not set, and read by a value that is not a secret",
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("carries the YAML server's timeout, concurrency and time zone to the provider, in its units", async () => {
    const dir = mkdtempSync(join(tmpdir(), "hotspot-yaml-"));
    try {
      writeFileSync(join(dir, "hotspot.yaml"), ["version: 1", "server:", "  url: http://10.0.0.2:82", "  timeout: 1m30s", "  concurrency: 4", "  timeZone: Europe/Lisbon", ""].join("\n"));
      const { json } = await synthStack((stack) => HotspotAccounts.fromYaml(stack, "c", dir, { env: {} }).then(() => undefined));
      expect(json.provider?.["hotspot"]).toEqual([{ url: "http://10.0.0.2:82", timeout: "1m30s", concurrency: 4, time_zone: "Europe/Lisbon" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a YAML server beside a provider the stack configures itself", async () => {
    await expect(
      synthStack(async (stack) => {
        new HotspotProvider(stack, "hotspot");
        await HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: ENV });
      }),
    ).rejects.toThrow("the YAML sets server.url and server.passphrase, and the stack configures a hotspot provider (test/hotspot) too");
  });

  it("needs Terraform >= 1.11 declared for write-only passwords, or secretsInState with a warning", async () => {
    await expect(
      synthStack((stack) => HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: {} }).then(() => undefined), {}),
    ).rejects.toThrow('needs Terraform >= 1.11: declare it with the context targetVersions: { terraform: ">=1.11" }');
    // Without staff-carol: her card data has no attribute outside write-only ones (next test).
    const config = await loadConfig(FIXTURE, { env: ENV });
    const site = config.sites[0]!;
    const noCard = { ...config, sites: [{ ...site, accounts: site.accounts.filter((a) => a.card === undefined) }] };
    let warnings: string[] = [];
    const { json } = await synthStack((stack) => {
      const accounts = new HotspotAccounts(stack, "conference", { config: noCard, secretsInState: true });
      warnings = accounts.node.metadata.filter((m) => m.type === AnnotationMetadataEntryType.WARN).map((m) => String(m.data));
    }, {});
    const alice = json.resource?.["hotspot_account"]?.["conference_staff-alice"];
    expect(alice?.["password"]).toBe(`\${var.ALICE_PASSWORD}`);
    expect(alice?.["password_wo"]).toBeUndefined();
    expect(warnings.join("\n")).toContain("secretsInState stores passwords in clear in terraform state");
  });

  it("refuses card data with secretsInState: it has no form terraform would keep out of state", async () => {
    await expect(
      synthStack((stack) => HotspotAccounts.fromYaml(stack, "conference", FIXTURE, { env: {}, secretsInState: true }).then(() => undefined), {}),
    ).rejects.toThrow(
      "HotspotAccounts conference: account staff-carol: card.name can only be sent through the write-only attribute card_wo.name (it is never kept in terraform state), which needs Terraform >= 1.11",
    );
  });

  it("refuses two usernames that would share one Terraform address", async () => {
    const config = await loadConfig(FIXTURE, { env: ENV });
    const site = config.sites[0]!;
    const clash = { ...config, sites: [{ ...site, accounts: [{ username: "desk.1" }, { username: "desk_1" }] }] };
    await expect(
      synthStack((stack) => {
        new HotspotAccounts(stack, "c", { config: clash });
      }),
    ).rejects.toThrow('"desk.1" and "desk_1" would both be hotspot_account.c_desk_1');
  });

  it("refuses a multi-site configuration without a site, naming the sites", async () => {
    const config = await loadConfig(FIXTURE, { env: ENV });
    const twoSites = { ...config, sites: [config.sites[0]!, { ...config.sites[0]!, name: "annex" }] };
    await expect(
      synthStack((stack) => {
        new HotspotAccounts(stack, "c", { config: twoSites });
      }),
    ).rejects.toThrow("the configuration declares 2 sites (default, annex): pass the site option");
  });
});
