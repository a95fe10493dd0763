// Live server state → the configuration document (the shape loadConfig reads), as plain ordered data ready to
// serialise. Pure and deterministic: the same server state gives the same document.
//
// Decisions (see docs in the header comment that yaml.ts writes):
// - Only what viewaccount returns is imported: the field catalogue's readable fields. Write-only
//   fields (type, multilogin, customer...) cannot be read and are left out.
// - Accounts are imported one by one, in natural username order. Groups are folded into `batches`
//   only on request (`--batch PREFIX`, see batches.ts): members diverge with use (time left, expiry
//   after refills), and a batch re-imposes one setting on all of them.
// - Passwords become `${env:HOTSPOT_PW_<USERNAME>}` references; tickets (empty password) get none
//   and are the one case where the write-only `type` is known: `type: ticket`.
// - A value shared by most accounts moves to `defaults`, so a 300-account import stays readable;
//   accounts keep only what differs.
// - Price plans are referenced by description (ambiguous or empty descriptions: by id).
import {
  ACCOUNT_FIELDS,
  ACCOUNT_LIMITS,
  type Account,
  type Comparable,
  documentSchema,
  escapeReferences,
  type FieldSpec,
  fieldValue,
  formatValue,
  liveView,
  type PricePlan,
  setFieldValue,
} from "@hotspot-iac/core";
import { type AccountRow, BATCH_INHERITED, foldBatches } from "./batches.js";
import type { Node, NodeMap } from "./node.js";
import type { LiveServer } from "./read-server.js";
import { selected } from "./read-server.js";
import { compareUsernames, passwordEnvNames, pricePlanKey } from "./naming.js";

export type PasswordMode = "env" | "omit";

export interface ImportOptions {
  /** Import only accounts under these prefixes (every account when empty). */
  prefixes: readonly string[];
  /** `ownership.prefixes` to write: undeclared accounts under them will be deleted by apply. */
  ownedPrefixes: readonly string[];
  /** Written as `server.url`; omitted (the embedded emulator) when undefined. */
  serverUrl?: string;
  passwords: PasswordMode;
  /** Move values most accounts share into `defaults` (default true). */
  factorDefaults: boolean;
  /** Fold the accounts under each of these prefixes into one batch (`--batch`). */
  batchPrefixes?: readonly string[];
}


export interface ImportedDocument {
  document: NodeMap;
  /** Environment variables the document's password references need, in account order. */
  passwordVariables: { variable: string; username: string }[];
  /** Things the user should know (unknown plan ids...), one line each. */
  warnings: string[];
  /** Reasons the document would not describe the server (batches whose members differ). */
  errors: string[];
  /** Accounts imported, batch members included. */
  accountCount: number;
  /** Their usernames (the state file records them as known: deleting them is no takeover). */
  usernames: string[];
  batchCount: number;
}

/** Readable fields except identity and password, in catalogue order: what an account carries. */
const SETTING_FIELDS: readonly FieldSpec[] = ACCOUNT_FIELDS.filter(
  (f) => f.read !== undefined && f.class !== "identity" && f.name !== "password",
);

/** Fields that stay on each account even when shared (they are per-account by nature). */
const NEVER_DEFAULTED = new Set(["timeUsed"]);

/** A live comparable value as the YAML writes it (human units, exact: parsers read it back). */
function yamlValue(spec: FieldSpec, value: Comparable, planKeys: ReadonlyMap<number, string>): Node | undefined {
  if (spec.kind !== "planRef") return formatValue(spec.kind, value);
  return typeof value === "number" ? planKeys.get(value) : undefined;
}

interface PricePlanReference {
  key: string;
  ref: NodeMap;
}

/** Keys and references for the price plans accounts use: by description when it names one plan. */
function pricePlanReferences(pricePlans: readonly PricePlan[], usedIds: ReadonlySet<number>): Map<number, PricePlanReference> {
  const byDescription = new Map<string, number>();
  for (const p of pricePlans) byDescription.set(p.description, (byDescription.get(p.description) ?? 0) + 1);
  const out = new Map<number, PricePlanReference>();
  const taken = new Set<string>();
  const used = pricePlans.filter((p) => usedIds.has(p.id)).sort((a, b) => a.id - b.id);
  for (const p of used) {
    const unique = p.description.trim() !== "" && byDescription.get(p.description) === 1;
    let key = unique ? pricePlanKey(p.description, p.id) : `plan-${p.id}`;
    if (taken.has(key)) key = `${key}-${p.id}`;
    taken.add(key);
    out.set(p.id, { key, ref: unique ? { description: p.description } : { id: p.id } });
  }
  return out;
}

/** The most common value of a field, when most accounts (more than half, two at least) share it. */
function sharedValue(values: readonly (Node | undefined)[]): Node | undefined {
  const counts = new Map<string, { value: Node; n: number }>();
  for (const v of values) {
    if (v === undefined) continue;
    const k = JSON.stringify(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { value: v, n: 1 });
  }
  let best: { key: string; value: Node; n: number } | undefined;
  for (const [key, c] of counts) {
    // Ties go to the smaller JSON text, so the choice never depends on account order.
    if (!best || c.n > best.n || (c.n === best.n && key < best.key)) best = { key, ...c };
  }
  if (!best || best.n < 2 || best.n * 2 <= values.length) return undefined;
  // Every account must carry the field, or an account without it would inherit the default.
  if (values.some((v) => v === undefined)) return undefined;
  return best.value;
}

export function toImportedDocument(live: LiveServer, options: ImportOptions): ImportedDocument {
  const warnings: string[] = [];
  // Accounts under an owned prefix are always imported: leaving one out would make apply delete it.
  const batchPrefixes = options.batchPrefixes ?? [];
  const wanted = options.prefixes.length === 0 ? [] : [...options.prefixes, ...options.ownedPrefixes, ...batchPrefixes];
  const accounts = live.accounts
    .filter((a) => selected(a.username, wanted))
    .sort((a, b) => compareUsernames(a.username, b.username));

  const knownPricePlans = new Set(live.pricePlans.map((p) => p.id));
  const usedIds = new Set<number>();
  for (const a of accounts) {
    const id = a.pricePlanId;
    if (id === undefined || id === 0) continue;
    if (knownPricePlans.has(id)) usedIds.add(id);
    else warnings.push(`${a.username}: price plan ${id} is not among the server's plans; its plan is left out`);
  }
  const references = pricePlanReferences(live.pricePlans, usedIds);
  const pricePlanKeys = new Map([...references].map(([id, r]) => [id, r.key]));

  // Each account's settings as YAML values, field by field.
  const allRows: AccountRow[] = accounts.map((a) => {
    const view = liveView(a);
    const values = new Map<string, Node>();
    for (const spec of SETTING_FIELDS) {
      const v = view[spec.name];
      if (v === undefined) continue;
      // A counter at zero is what every new account has: saying so adds only noise.
      if (spec.name === "timeUsed" && v === 0) continue;
      const y = yamlValue(spec, v, pricePlanKeys);
      if (y !== undefined) values.set(spec.name, y);
    }
    return { account: a, values };
  });
  const { batches, rest: foldedRest, errors } = foldBatches(allRows, batchPrefixes);
  // A name the model cannot declare (spaces, too long) stays unmanaged, unless an owned
  // prefix covers it: then apply would delete it, so the import refuses.
  const rows = foldedRest.filter(({ account: a }) => {
    if (declarable(a.username)) return true;
    const owner = options.ownedPrefixes.find((p) => a.username.startsWith(p));
    if (owner !== undefined) {
      errors.push(
        `${JSON.stringify(a.username)} cannot be declared (${USERNAME_RULE}) but is under the owned prefix ${owner}: apply would delete it; own a narrower prefix or rename the account`,
      );
    } else {
      warnings.push(`${JSON.stringify(a.username)} left out: it cannot be declared (${USERNAME_RULE}); it stays unmanaged`);
    }
    return false;
  });

  const defaults: NodeMap = {};
  const defaulted = new Map<string, Node>();
  if (options.factorDefaults && rows.length > 1) {
    for (const spec of SETTING_FIELDS) {
      if (NEVER_DEFAULTED.has(spec.name)) continue;
      const shared = sharedValue(rows.map((r) => r.values.get(spec.name)));
      if (shared === undefined) continue;
      // Batches inherit defaults too: only a value every batch declares itself may be a default.
      if (BATCH_INHERITED.includes(spec.name.split(".")[0]!) && batches.some((b) => fieldValue(b.node, spec.name) === undefined)) {
        continue;
      }
      defaulted.set(spec.name, shared);
      setFieldValue(defaults, spec.name, shared);
    }
  }

  const envNames = passwordEnvNames(rows.map((r) => r.account).filter(hasPassword).map((a) => a.username));
  const passwordVariables: ImportedDocument["passwordVariables"] = [];
  const accountNodes: NodeMap[] = rows.map(({ account, values }) => {
    const node: NodeMap = { username: account.username };
    // Type is write-only, but the server returns tickets with an empty password: taken for a ticket.
    if (account.password === "") node.type = "ticket";
    for (const spec of SETTING_FIELDS) {
      const v = values.get(spec.name);
      if (v === undefined) continue;
      const d = defaulted.get(spec.name);
      if (d !== undefined && JSON.stringify(d) === JSON.stringify(v)) continue;
      setFieldValue(node, spec.name, v);
    }
    return node;
  });

  // Every value is the server's literal text (names, descriptions, prefixes): one that holds `${`
  // must not load as a reference. Only the password references are ours, added after.
  for (const node of accountNodes) literal(node);
  for (const b of batches) literal(b.node);
  for (const [i, { account }] of rows.entries()) {
    const variable = envNames.get(account.username);
    if (options.passwords === "env" && variable) {
      accountNodes[i] = { username: accountNodes[i]!.username!, password: `\${env:${variable}}`, ...withoutUsername(accountNodes[i]!) };
      passwordVariables.push({ variable, username: account.username });
    }
  }

  const document: NodeMap = { version: 1 };
  if (options.serverUrl !== undefined) document.server = { url: options.serverUrl };
  // A batch's prefix must be owned (its members are created and deleted by count).
  const owned = [...new Set(options.ownedPrefixes)];
  for (const p of batchPrefixes) if (!owned.some((o) => p.startsWith(o))) owned.push(p);
  document.ownership = { prefixes: [...new Set(owned)].sort().map(escapeReferences) };
  // Null prototype: a plan key `__proto__` is a key, not the object's prototype.
  const pricePlans: NodeMap = Object.create(null);
  for (const r of [...references.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0))) {
    pricePlans[r.key] = literal(r.ref);
  }
  document.pricePlans = pricePlans;
  if (Object.keys(defaults).length > 0) document.defaults = defaults;
  document.accounts = accountNodes;
  if (batches.length > 0) document.batches = batches.map((b) => b.node);
  const accountCount = rows.length + batches.reduce((n, b) => n + (b.node.count as number), 0);
  const usernames = [...rows.map((r) => r.account.username), ...batches.flatMap((b) => b.members)];
  return { document, passwordVariables, warnings, errors, accountCount, usernames, batchCount: batches.length };
}

/** Escapes, in place, every string value under `node` (keys are never resolved: left alone). */
function literal<T extends Node>(node: T): T {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) node[i] = typeof node[i] === "string" ? escapeReferences(node[i] as string) : literal(node[i]!);
  } else if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      // defineProperty: a key named __proto__ stays a key
      Object.defineProperty(node, k, { value: typeof v === "string" ? escapeReferences(v) : literal(v), enumerable: true, writable: true, configurable: true });
    }
  }
  return node;
}

function withoutUsername(node: NodeMap): NodeMap {
  const { username: _, ...rest } = node;
  return rest;
}

const USERNAME_RULE = `a username has ${ACCOUNT_LIMITS.username.minLength} to ${ACCOUNT_LIMITS.username.maxLength} characters, no spaces or control characters`;

/** Whether the model accepts this username (asked of the schema itself, so the rule lives there). */
function declarable(username: string): boolean {
  return documentSchema.safeParse({ version: 1, accounts: [{ username }] }).success;
}

/** Tickets come back with an empty password: there is nothing to reference. */
function hasPassword(a: Account): boolean {
  return a.password !== undefined && a.password !== "";
}
