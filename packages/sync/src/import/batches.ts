// `hotspot import --batch PREFIX`: the accounts under PREFIX become one voucher batch (prefix +
// count) instead of a list of accounts, so a 300-voucher event can be grown or shrunk later. Only
// when the batch says exactly what its members have: the enforced settings (plan, rates, absolute
// expiry) must be the same for every member, or apply would change them; then import refuses and
// says which members differ. Initial settings (time left, quota) take the most common value: they
// only matter for members created later.
import { BATCH_FIELDS, setFieldValue } from "@hotspot-iac/core";
import type { Account } from "@hotspot-iac/core";
import type { Node, NodeMap } from "./node.js";
import { compareUsernames } from "./naming.js";

export interface AccountRow {
  account: Account;
  /** YAML values by model field name (`rates.download`). */
  values: Map<string, Node>;
}

export interface FoldedBatch {
  prefix: string;
  node: NodeMap;
  /** Member usernames, sorted. */
  members: string[];
}

export interface FoldResult {
  batches: FoldedBatch[];
  /** Rows not in any batch, in their original order. */
  rest: AccountRow[];
  errors: string[];
}

/** Member settings a batch declares, from the catalogue: enforced on members, or initial. */
const MEMBER_FIELDS = BATCH_FIELDS.filter((f) => f.member);
const ENFORCED = MEMBER_FIELDS.filter((f) => f.class === "enforced").map((f) => f.name);
const INITIAL = MEMBER_FIELDS.filter((f) => f.class === "initial").map((f) => f.name);

/** Top-level settings batches inherit from `defaults` when they leave them unset. */
export const BATCH_INHERITED = [
  ...new Set(
    BATCH_FIELDS.filter((f) => !["prefix", "count", "startNumber", "length", "passwordLength"].includes(f.name)).map(
      (f) => f.name.split(".")[0]!,
    ),
  ),
];

const text = (v: Node | undefined): string => (v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v));

/** The most common value (ties: smaller text), or undefined when no member has one. */
function mostCommon(values: readonly (Node | undefined)[]): Node | undefined {
  const counts = new Map<string, { v: Node; n: number }>();
  for (const v of values) {
    if (v === undefined) continue;
    const k = JSON.stringify(v);
    counts.set(k, { v, n: (counts.get(k)?.n ?? 0) + 1 });
  }
  let best: { k: string; v: Node; n: number } | undefined;
  for (const [k, c] of counts) if (!best || c.n > best.n || (c.n === best.n && k < best.k)) best = { k, ...c };
  return best?.v;
}

function foldOne(prefix: string, members: AccountRow[], errors: string[]): FoldedBatch {
  const node: NodeMap = { prefix, count: members.length };
  const names = members.map((m) => m.account.username);

  const numbers = names.map((n) => n.slice(prefix.length)).map((rest) => (/^\d{1,15}$/.test(rest) ? Number(rest) : undefined));
  if (numbers.every((n) => n !== undefined)) {
    const first = Math.min(...(numbers as number[]));
    if (first !== 1) node.startNumber = first;
  }

  const tickets = members.filter((m) => m.account.password === "").length;
  if (tickets === members.length) {
    node.type = "ticket";
    // Ticket codes are prefix + random characters up to `length` in total.
    const lengths = new Set(names.map((n) => n.length));
    if (lengths.size === 1) node.length = names[0]!.length;
  } else if (tickets > 0) {
    errors.push(`--batch ${prefix}: ${tickets} of ${members.length} members are tickets, the others are not: a batch has one type`);
  }

  for (const field of MEMBER_FIELDS.map((f) => f.name)) {
    if (!ENFORCED.includes(field) && !INITIAL.includes(field)) continue;
    const values = members.map((m) => m.values.get(field));
    if (ENFORCED.includes(field)) {
      const distinct = new Map<string, string[]>();
      values.forEach((v, i) => {
        const k = text(v);
        distinct.set(k, [...(distinct.get(k) ?? []), names[i]!]);
      });
      if (distinct.size > 1) {
        const detail = [...distinct]
          .map(([v, who]) => `${v}: ${who.slice(0, 3).join(", ")}${who.length > 3 ? ` and ${who.length - 3} more` : ""}`)
          .join("; ");
        errors.push(`--batch ${prefix}: members differ in ${field} (${detail}); import them as accounts, or align them first`);
        continue;
      }
    }
    const v = mostCommon(values);
    if (v !== undefined) setFieldValue(node, field, v);
  }
  return { prefix, node, members: names };
}

/** Splits rows into batches (one per prefix, members sorted) and the accounts left. */
export function foldBatches(rows: readonly AccountRow[], prefixes: readonly string[]): FoldResult {
  const errors: string[] = [];
  const sorted = [...new Set(prefixes)].sort();
  for (const a of sorted) {
    for (const b of sorted) {
      if (a !== b && b.startsWith(a)) errors.push(`--batch ${a} and --batch ${b} overlap: a member would belong to both`);
    }
  }
  const batches: FoldedBatch[] = [];
  const taken = new Set<AccountRow>();
  for (const prefix of sorted) {
    const members = rows
      .filter((r) => r.account.username.startsWith(prefix))
      .sort((x, y) => compareUsernames(x.account.username, y.account.username));
    if (members.length === 0) {
      errors.push(`--batch ${prefix}: no account on the server starts with ${prefix}`);
      continue;
    }
    for (const m of members) taken.add(m);
    batches.push(foldOne(prefix, members, errors));
  }
  return { batches, rest: rows.filter((r) => !taken.has(r)), errors };
}
