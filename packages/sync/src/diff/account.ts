// Diff of one account: desired (from the configuration) × live (from the server) × last applied
// (the state file) → one AccountChange. Pure: no I/O. Exported for the Terraform provider.
//
// - enforced fields: compared with the live record, a difference is corrected;
// - initial-only fields (time left, quota, time used, relative expiry): set on create, never
//   compared again unless the account opts in with `enforce: [...]`;
// - write-only fields: the server never returns them; write-only.ts decides from the state file's
//   keyed hashes (one rule with batches). A field an interrupted apply owes is sent regardless.
import {
  type Account,
  ACCOUNT_FIELDS,
  accountField,
  type Comparable,
  type DesiredAccount,
  diffEnforced,
  effectiveClass,
  type FieldDifference,
  type FieldSpec,
  fieldValue,
  formatMinute,
  sameValue,
  writeOnlyFields,
} from "@hotspot-iac/core";
import type { AccountChange, FieldChange } from "../plan/model.js";
import { Impact, sourceRef } from "../plan/model.js";
import type { AccountState } from "../state/state-file.js";
import { ABSENT, showDesired, showLive, taintOf, UNREPORTED } from "./display.js";
import { impliedByPlan, impliedNote } from "./implied-rates.js";
import type { Hasher } from "../state/hash.js";
import type { DiffContext } from "./context.js";
import type { PlanRates } from "./price-plans.js";
import { decideWriteOnly, type WriteOnlyDecision, writeOnlyImpact } from "./write-only.js";

export interface AccountDiff {
  change: AccountChange;
  /** Fields the one updateaccount sends (update only). */
  updateFields: string[];
  /** Write-only fields assumed in sync because their last value is unknown. */
  writeOnlyUnknown: string[];
  /** Keyed hashes of every declared write-only value. */
  writeOnly: Record<string, string>;
  /** The update only finishes what an interrupted apply left owed (not a new change). */
  resumesInterrupted?: boolean;
  /** Rates the new plan implies (not declared), sent with the plan change. */
  implied?: PlanRates;
}

/** The scope write-only hashes of an account are keyed under. */
export const accountScope = (username: string) => `account:${username}`;

export function writeOnlyHashesOf(account: DesiredAccount, hasher: Hasher, scope = accountScope(account.username)): Record<string, string> {
  return hashesOf(account, writeOnlyFields(account), hasher, scope);
}

function hashesOf(account: DesiredAccount, fields: readonly FieldSpec[], hasher: Hasher, scope: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fields) out[f.name] = hasher.hash(scope, f.name, revealed(fieldValue(account, f.name)));
  return out;
}

// Hash inputs are clear values (the hash is keyed; the value never leaves memory).
function revealed(v: unknown): unknown {
  if (v !== null && typeof v === "object" && typeof (v as { reveal?: unknown }).reveal === "function") {
    return (v as { reveal(): string }).reveal();
  }
  return v;
}

/** What a reviewer needs to see is lost when an account is deleted. */
const LOST_FIELDS = ["plan", "timeLeft", "timeUsed", "quota", "expires"] as const;

/** The live record's plan, usage and expiry (as read: no extra request), and whether someone is logged in now. */
function lostWith(live: Account, ctx: DiffContext): FieldChange[] {
  const out: FieldChange[] = [];
  for (const name of LOST_FIELDS) {
    const spec = accountField(name);
    if (!spec) continue;
    const before = showLive(spec, live, ctx.pricePlanNames);
    if (before.kind !== "absent") out.push({ field: name, before, after: ABSENT, fieldClass: spec.class });
  }
  if (live.loggedIn !== undefined) {
    out.push({
      field: "loggedIn",
      before: { kind: "value", value: live.loggedIn },
      after: ABSENT,
      fieldClass: "identity",
      ...(live.loggedIn ? { note: "logged in now: the delete ends the session" } : {}),
    });
  }
  return out;
}

export function diffAccount(
  desired: DesiredAccount | undefined,
  live: Account | undefined,
  lastApplied: AccountState | undefined,
  ctx: DiffContext,
  reason?: string,
): AccountDiff {
  const username = desired?.username ?? live?.username ?? "";
  // Changes are written out field by field (same key order as before): spreading a shared base
  // into each one was most of diffAccount's time at 10,000 accounts.
  const site = ctx.site;

  if (!desired) {
    const had = live ? lostWith(live, ctx) : [];
    return {
      change: { resource: "account", username, site, action: "delete", impact: Impact.Destructive, fields: [], reason, owner: "prefix", ...(had.length > 0 ? { had } : {}) },
      updateFields: [],
      writeOnlyUnknown: [],
      writeOnly: {},
    };
  }
  // Listed once: the hashes and the comparison below both walk them.
  const writeOnlyList = writeOnlyFields(desired);
  const writeOnly = hashesOf(desired, writeOnlyList, ctx.hasher, accountScope(desired.username));
  if (!live) {
    const source = sourceRef(desired.source);
    const fields: FieldChange[] = [];
    for (const f of ACCOUNT_FIELDS) {
      if (f.class === "identity") continue;
      const value = fieldValue(desired, f.name);
      if (value === undefined) continue;
      const from = taintOf(ctx, "accounts", username, f.name);
      fields.push({ field: f.name, before: ABSENT, after: showDesired(f, value, ctx.pricePlanNames, ctx.pricePlanIds, from), fieldClass: effectiveClass(desired, f.name) });
    }
    return {
      change: { resource: "account", username, site, action: "create", impact: Impact.Safe, fields, source, owner: "declared" },
      updateFields: [],
      writeOnlyUnknown: [],
      writeOnly,
    };
  }

  const fields: FieldChange[] = [];
  const updateFields: string[] = [];
  let impact = Impact.NoChange;
  const pricePlanId = desired.plan !== undefined ? ctx.pricePlanIds.get(desired.plan) : undefined;
  for (const d of enforcedDrift(desired, live, pricePlanId)) {
    const initial = d.field.class === "initial";
    const from = taintOf(ctx, "accounts", username, d.field.name);
    fields.push({
      field: d.field.name,
      before: showLive(d.field, live, ctx.pricePlanNames, from !== undefined),
      after: showDesired(d.field, fieldValue(desired, d.field.name), ctx.pricePlanNames, ctx.pricePlanIds, from),
      fieldClass: initial ? "initial" : "enforced",
      note: initial ? "enforced by `enforce:` (resets what was consumed)" : d.field.name === "expires" ? dayStartNote(desired, d.live) : undefined,
    });
    updateFields.push(d.field.name);
    impact = Math.max(impact, initial ? Impact.MayDisrupt : Impact.Safe);
  }

  const implied = updateFields.includes("plan") && pricePlanId !== undefined ? impliedRates(desired, live, pricePlanId, ctx, fields, updateFields) : undefined;
  if (implied) impact = Math.max(impact, Impact.Safe);

  // Fields an interrupted apply left unconfirmed (state file `owed`): sent whatever else is known.
  const owed = lastApplied?.owed ?? [];
  const writeOnlyUnknown: string[] = [];
  const known = ctx.stateKnown && lastApplied !== undefined;
  for (const f of writeOnlyList) {
    const decision: WriteOnlyDecision = owed.includes(f.name)
      ? { kind: "send", note: OWED_NOTE }
      : decideWriteOnly({ known, recorded: lastApplied?.writeOnly[f.name], declared: writeOnly[f.name], mode: ctx.writeOnly });
    if (decision.kind === "assumed") writeOnlyUnknown.push(f.name);
    if (decision.kind !== "send") continue;
    fields.push(writeOnlyChange(f, desired, ctx, decision.note));
    updateFields.push(f.name);
    impact = Math.max(impact, writeOnlyImpact(known));
  }

  // Owed initial-only fields (a relative expiry, time used): never compared, so only the mark sends them.
  for (const name of owed) {
    if (updateFields.includes(name) || fieldValue(desired, name) === undefined || effectiveClass(desired, name) !== "initial") continue;
    const spec = accountField(name);
    fields.push({ field: name, before: showLive(spec, live, ctx.pricePlanNames), after: showDesired(spec, fieldValue(desired, name), ctx.pricePlanNames, ctx.pricePlanIds), fieldClass: "initial", note: OWED_NOTE });
    updateFields.push(name);
    impact = Math.max(impact, Impact.Safe);
  }

  const declared = desired.source;
  return {
    change:
      updateFields.length > 0
        ? { resource: "account", username, site, action: "update", impact, fields, source: sourceRef(declared), owner: "declared" }
        : // Read when shown (JSON, a saved plan): a no-change plan of 10,000 accounts shows none,
          // and reading a line makes loading build the file's position tree.
          {
            resource: "account",
            username,
            site,
            action: "no-op",
            impact,
            fields,
            get source() {
              return sourceRef(declared);
            },
            owner: "declared",
          },
    updateFields,
    writeOnlyUnknown,
    writeOnly,
    resumesInterrupted: updateFields.length > 0 && updateFields.every((f) => owed.includes(f)),
    ...(implied ? { implied } : {}),
  };
}

/**
 * The enforced fields whose live value differs from the declared one: what diffAccount updates,
 * and what the provider's refresh shows as drift (one rule). An unresolved plan reference is not
 * compared (the plan reports it as a diagnostic).
 */
export function enforcedDrift(desired: DesiredAccount, live: Account, pricePlanId: number | undefined): FieldDifference[] {
  return diffEnforced(desired, live, { planId: pricePlanId }).filter((d) => !(d.field.name === "plan" && pricePlanId === undefined));
}

/** A plan change re-applies the rates the new plan gives where the YAML declares none (implied-rates.ts). */
function impliedRates(desired: DesiredAccount, live: Account, planId: number, ctx: DiffContext, fields: FieldChange[], updateFields: string[]): PlanRates | undefined {
  const implied = impliedByPlan(desired, planId, ctx);
  if (!implied) return undefined;
  if (implied.unknownNote !== undefined) {
    const planField = fields.find((f) => f.field === "plan");
    if (planField) planField.note = implied.unknownNote;
  }
  const out: PlanRates = {};
  for (const { name, key, value, spec, compared } of implied.given) {
    if (compared === undefined || sameValue(name, compared, spec.read?.(live))) continue;
    fields.push({ field: name, before: showLive(spec, live, ctx.pricePlanNames), after: showDesired(spec, value, ctx.pricePlanNames, ctx.pricePlanIds), fieldClass: "enforced", note: impliedNote(implied.planName) });
    updateFields.push(name);
    out[key] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The declared account with the rates its plan implies filled in (what apply sends). */
export function withImplied(desired: DesiredAccount, implied: PlanRates | undefined): DesiredAccount {
  if (!implied) return desired;
  return { ...desired, rates: { ...desired.rates, ...implied } };
}

/**
 * A date alone used to be sent as that day's start (expiredate, 00:00); it means its end now. An
 * account the earlier meaning set is moved to 23:59 the same day: the plan says why.
 */
function dayStartNote(desired: DesiredAccount, live: Comparable | undefined): string | undefined {
  const e = desired.expires;
  if (e?.kind !== "date" || typeof live !== "string") return undefined;
  return live === `${formatMinute(e.at).slice(0, 10)}T00:00` ? "a date alone means until the end of that day (23:59), not its start" : undefined;
}

/** Why an owed field is sent (plan note). */
export const OWED_NOTE = "an earlier apply was interrupted before the server confirmed it: sent again";

function writeOnlyChange(f: FieldSpec, desired: DesiredAccount, ctx: DiffContext, note: string): FieldChange {
  return {
    field: f.name,
    before: f.sensitive ? { kind: "sensitive" } : UNREPORTED,
    after: showDesired(f, fieldValue(desired, f.name), ctx.pricePlanNames, ctx.pricePlanIds, taintOf(ctx, "accounts", desired.username, f.name)),
    fieldClass: "writeOnly",
    note,
  };
}

export { accountField };
