// A decoded document's pieces → the model: the schema already decoded the units (seconds, bytes,
// Dates, Secrets); here Secrets get the reference they were written as, and defaults are applied.

import type { z } from "zod";
import type { accountSchema, batchSchema, defaultsSchema, pricePlanSchema, serverSchema } from "./schema.js";
import { Secret } from "./secret.js";
import type { Batch, Defaults, DesiredAccount, PricePlanRef, Server, SourceLocation } from "./types.js";
import { SAFETY_DEFAULTS } from "./fields/limits.js";

/** The reference a sensitive value was written as, by its field path inside the piece. */
export type TemplateOf = (field: string) => string | undefined;

const noTemplates: TemplateOf = () => undefined;

/** Drops undefined members so models compare and serialize cleanly. */
export function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as T;
}

const isGroup = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype;

/**
 * A decoded piece, compacted, its nested groups copied, and each Secret given the reference it was
 * written as (`${env:NAME}`), so the serializer writes the reference back.
 */
function withReferences<T extends object>(piece: T, t: TemplateOf, base = "", out: Record<string, unknown> = {}): T {
  for (const k of Object.keys(piece)) {
    const v = (piece as Record<string, unknown>)[k];
    if (v === undefined) continue;
    const path = base === "" ? k : `${base}.${k}`;
    const template = v instanceof Secret ? t(path) : undefined;
    if (template !== undefined) out[k] = Secret.fromRef(template, (v as Secret).reveal());
    else if (Array.isArray(v)) out[k] = [...v];
    else out[k] = isGroup(v) ? withReferences(v, t, path) : v;
  }
  return out as T;
}

export function normalizeDefaults(i: z.output<typeof defaultsSchema>): Defaults {
  return withReferences(i, noTemplates);
}

/** An account as declared (defaults not yet applied), with where it was written. */
export function normalizeAccount(i: z.output<typeof accountSchema>, t: TemplateOf = noTemplates, source?: SourceLocation): DesiredAccount {
  const a: DesiredAccount = withReferences(i, t);
  if (source) a.source = source;
  return a;
}

export function normalizeBatch(i: z.output<typeof batchSchema>): Batch {
  return withReferences(i, noTemplates);
}

export function normalizePricePlan(key: string, i: z.output<typeof pricePlanSchema>, source?: SourceLocation): PricePlanRef {
  // Built in place, key first: 200,000 entries made three copies each through spreads.
  const plan = withReferences(i, noTemplates, "", { key }) as PricePlanRef;
  if (source) plan.source = source;
  return plan;
}

export function normalizeServer(i: z.output<typeof serverSchema> | undefined, t: TemplateOf = noTemplates): Server {
  const s = withReferences(i ?? {}, t);
  return { ...s, safety: { ...SAFETY_DEFAULTS, ...s.safety } };
}

const NESTED = ["rates", "customer", "printed"] as const;

/** Defaults under an account's own settings; nested groups merge per field, `enforce` replaces. */
export function applyDefaults<T extends object>(own: T, defaults: Defaults, keys?: readonly string[]): T {
  const out: Record<string, unknown> = { ...(own as Record<string, unknown>) };
  for (const [k, v] of Object.entries(defaults)) {
    if (keys && !keys.includes(k)) continue;
    const mine = out[k];
    if (mine === undefined) out[k] = v;
    else if ((NESTED as readonly string[]).includes(k)) out[k] = { ...(v as object), ...(mine as object) };
  }
  return out as T;
}

/** Defaults that apply to a batch: what generateaccounts accepts, and `enforce`. */
export const BATCH_DEFAULT_KEYS = [
  "plan",
  "type",
  "timeLeft",
  "quota",
  "rates",
  "expires",
  "sell",
  "autologin",
  "inactivity",
  "enforce",
] as const;
