// Issue 21 case 9: one owner for every limit. Core's catalogue (fields/limits.ts) is walked, and
// for each bounded field the YAML schema, the provider's attribute validators and the emulator's
// HTTP API are asked about the value at each bound (accepted by all three) and just past it
// (refused by all three). A limit changed in one place only fails here.
import {
  ACCOUNT_FIELDS,
  ACCOUNT_LIMITS,
  attributeLocation,
  BATCH_FIELDS,
  BATCH_LIMITS,
  batchAttributeName,
  documentSchema,
  type FieldLimit,
  fieldLimit,
  parseConfig,
  SAFETY_DEFAULTS,
  SERVER_LIMITS,
  setFieldValue,
} from "@hotspot-iac/core";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Diagnostics } from "../src/framework/diagnostics.js";
import { accountSchema } from "../src/hotspot/account-resource.js";
import { BATCH_CONFIG_ATTRIBUTES } from "../src/hotspot/batch-fields.js";
import { validateProviderConfig } from "../src/hotspot/provider-config.js";
import type { Attribute } from "../src/schema/schema.js";

type Probe = { value: number; ok: boolean };

/** The values at and just past each bound of a limit (numbers, or text lengths). */
function probes(l: FieldLimit): Probe[] {
  const out: Probe[] = [];
  const lo = l.min ?? l.minLength;
  const hi = l.max ?? l.maxLength;
  if (lo !== undefined) out.push({ value: lo, ok: true }, ...(lo > 0 ? [{ value: lo - 1, ok: false }] : []));
  if (hi !== undefined) out.push({ value: hi, ok: true }, { value: hi + 1, ok: false });
  return out;
}

const isText = (l: FieldLimit) => l.maxLength !== undefined || l.minLength !== undefined;
const kindOf = (resource: "account" | "batch", name: string) =>
  (resource === "account" ? ACCOUNT_FIELDS : BATCH_FIELDS).find((f) => f.name === name)?.kind;

/** A probe as the YAML writes it (a text of that length, a duration in seconds, a number). */
function yamlValue(resource: "account" | "batch", name: string, l: FieldLimit, n: number): unknown {
  if (isText(l)) return name.startsWith("customer.email") ? `${"a".repeat(Math.max(n - 12, 0))}@example.org` : "a".repeat(n);
  return kindOf(resource, name) === "seconds" ? `${n}s` : n;
}

const boundedAccountFields = ACCOUNT_FIELDS.map((f) => f.name).filter((n) => fieldLimit("account", n) !== undefined);
const boundedBatchFields = BATCH_FIELDS.map((f) => f.name).filter((n) => fieldLimit("batch", n) !== undefined);

function schemaAccepts(resource: "account" | "batch", name: string, value: unknown): boolean {
  const entry: Record<string, unknown> = resource === "account" ? { username: "lim-1" } : { prefix: "lim-", count: 1 };
  setFieldValue(entry, name, value);
  const doc = resource === "account" ? { version: 1, accounts: [entry] } : { version: 1, ownership: { prefixes: ["l"] }, batches: [entry] };
  if (resource === "batch" && name === "prefix") doc.ownership = { prefixes: [String(value).slice(0, 1) || "l"] };
  return documentSchema.safeParse(doc).success;
}

function providerAccepts(resource: "account" | "batch", name: string, value: unknown): boolean[] {
  const attrs: Attribute[] = [];
  if (resource === "account") {
    // The attribute where the schema puts the field (a nested attribute's child: `customer.email`, `card_wo.number`).
    const at = attributeLocation(ACCOUNT_FIELDS.find((f) => f.name === name)!);
    const top = accountSchema.attributes[at.attribute]!;
    attrs.push(at.child === undefined ? top : top.nested![at.child]!);
    // A write-only twin (`password_wo`) validates alike.
    const twin = accountSchema.attributes[`${at.attribute}_wo`];
    if (at.child === undefined && twin) attrs.push(twin);
  } else attrs.push(BATCH_CONFIG_ATTRIBUTES[batchAttributeName(BATCH_FIELDS.find((f) => f.name === name)!)]!);
  return attrs.map((attr) => {
    const diags = new Diagnostics();
    for (const v of attr.validators ?? []) v(value as never, [name], diags);
    return !diags.hasErrors;
  });
}

describe("every limit has one owner: core's catalogue", () => {
  it("names bounded fields of both resources", () => {
    expect(boundedAccountFields).toEqual(expect.arrayContaining(Object.keys(ACCOUNT_LIMITS)));
    expect(boundedBatchFields).toEqual(expect.arrayContaining(Object.keys(BATCH_LIMITS)));
  });

  const cases = [
    ...boundedAccountFields.flatMap((name) => probes(fieldLimit("account", name)!).map((p) => ["account", name, p] as const)),
    ...boundedBatchFields.flatMap((name) => probes(fieldLimit("batch", name)!).map((p) => ["batch", name, p] as const)),
  ];
  it.each(cases)("%s %s = %o: the YAML schema and the provider agree", (resource, name, p) => {
    const l = fieldLimit(resource, name)!;
    const value = yamlValue(resource, name, l, p.value);
    expect({ schema: schemaAccepts(resource, name, value) }).toEqual({ schema: p.ok });
    for (const ok of providerAccepts(resource, name, typeof value === "number" ? value : value)) expect({ provider: ok }).toEqual({ provider: p.ok });
  });

  it("server concurrency: the YAML and the provider block take the same range", () => {
    const { min, max } = SERVER_LIMITS.concurrency;
    for (const [n, ok] of [[min, true], [min - 1, false], [max, true], [max + 1, false]] as const) {
      expect({ n, yaml: documentSchema.safeParse({ version: 1, server: { concurrency: n } }).success }).toEqual({ n, yaml: ok });
      const diags = new Diagnostics();
      validateProviderConfig({ concurrency: n }, diags);
      expect({ n, provider: !diags.hasErrors }).toEqual({ n, provider: ok });
    }
  });

  it("provider timeout: a duration as the YAML's server.timeout writes it, or 0.1.0's bare seconds", () => {
    for (const [timeout, ok] of [["30s", true], ["2m", true], ["30", true], [30, true], ["0s", false], ["soon", false], ["-5", false]] as const) {
      // The unit forms are the YAML's own.
      if (ok && typeof timeout === "string" && /[a-z]$/.test(timeout)) expect(documentSchema.safeParse({ version: 1, server: { timeout } }).success).toBe(true);
      const diags = new Diagnostics();
      validateProviderConfig({ timeout }, diags);
      expect({ timeout, provider: !diags.hasErrors }).toEqual({ timeout, provider: ok });
    }
  });

  // The engine has no defaults of its own: it reads them from the loaded configuration.
  it("the safety defaults a configuration gets are core's", () => {
    expect(parseConfig("version: 1\n", "hotspot.yaml").sites[0]!.server.safety).toEqual(SAFETY_DEFAULTS);
  });
});

// The emulator over HTTP: what the wire carries for each bounded field it checks.
describe("the emulator takes its limits from the catalogue", () => {
  let emu: Emulator;
  const PASS = "limits-pass";
  beforeAll(async () => {
    emu = await startEmulator({ port: 0, passphrase: PASS });
  });
  afterAll(async () => emu?.stop());
  const call = async (command: string, params: Record<string, string>) => {
    const text = await (await fetch(`${emu.url}/${command}?${new URLSearchParams({ ...params, pass: PASS })}`)).text();
    return !/ERROR/.test(text);
  };
  let n = 0;
  const fresh = async () => {
    const account = `lim-${++n}`;
    expect(await call("generateaccounts", { account, number: "1" })).toBe(true);
    return account;
  };

  /** Wire parameter and command of a bounded field, and the value it carries for a probe. */
  const WIRE: Record<string, { command: "updateaccount" | "generateaccounts"; param: string; value?: (n: number) => string }> = {
    password: { command: "updateaccount", param: "password", value: (k) => "p".repeat(k) },
    multilogin: { command: "updateaccount", param: "multilogins" },
    dailyTime: { command: "updateaccount", param: "dailytime" },
    "customer.firstName": { command: "updateaccount", param: "firstname", value: (k) => "f".repeat(k) },
    "card.number": { command: "updateaccount", param: "ccnumber", value: (k) => "4".repeat(k) },
    length: { command: "generateaccounts", param: "length" },
    passwordLength: { command: "generateaccounts", param: "passlength" },
    startNumber: { command: "generateaccounts", param: "startnumber" },
  };
  const limitOf = (name: string) => fieldLimit("account", name) ?? fieldLimit("batch", name)!;
  const wireCases = Object.keys(WIRE).flatMap((name) => probes(limitOf(name)).filter((p) => !(isText(limitOf(name)) && p.value === 0)).map((p) => [name, p] as const));

  it.each(wireCases)("%s = %o", async (name, p) => {
    const w = WIRE[name]!;
    const value = w.value ? w.value(p.value) : String(p.value);
    if (w.command === "updateaccount") {
      expect(await call("updateaccount", { account: await fresh(), [w.param]: value })).toBe(p.ok);
    } else {
      const params: Record<string, string> = { account: `g${++n}-`, number: "2", [w.param]: value };
      // A ticket's code is its prefix plus random characters up to `length`: a one-letter prefix.
      if (name === "length") Object.assign(params, { type: "2", account: "T" });
      expect(await call("generateaccounts", params)).toBe(p.ok);
    }
  });
});
