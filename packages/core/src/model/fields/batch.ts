// Voucher batch fields: a batch's own settings (prefix, count, numbering) and the account settings
// it gives every member, which travel like the account fields of the same name.

import type { GenerateAccountsParams } from "../../wire/params.js";
import type { Batch, DesiredAccount } from "../types.js";
import { snakeName } from "./attribute-names.js";
import type { FieldClass, ValueKind } from "./definitions.js";
import { fillGenerate } from "./params.js";
import type { WireContext } from "./wire-encoding.js";

export interface BatchFieldSpec {
  name: string;
  snake: string;
  /** enforced here means: converged on the batch (count) or on every member (plan, rates, expires). */
  class: FieldClass;
  /** Whether members' live values are read and corrected (true) or only set at generation. */
  member: boolean;
  kind: ValueKind;
  generate: readonly string[];
  description: string;
}

const batchField = (s: Omit<BatchFieldSpec, "snake">): BatchFieldSpec => ({ ...s, snake: snakeName(s.name) });

/** A member setting that generateaccounts carries, set once at generation. */
const generated = (name: string, kind: ValueKind, param: string, description: string): BatchFieldSpec =>
  batchField({ name, class: "writeOnly", member: false, kind, generate: [param], description });

export const BATCH_FIELDS: readonly BatchFieldSpec[] = [
  batchField({
    name: "prefix",
    class: "identity",
    member: false,
    kind: "string",
    generate: ["account"],
    description: "Members' name prefix; the batch's identity. Must lie under an ownership prefix.",
  }),
  batchField({
    name: "count",
    class: "enforced",
    member: false,
    kind: "integer",
    generate: ["number"],
    description: "Members wanted: grown with one generateaccounts, shrunk by deleting unused members first.",
  }),
  batchField({
    name: "startNumber",
    class: "initial",
    member: false,
    kind: "integer",
    generate: ["startnumber"],
    description: "First member number (prefix + number, no padding); growth continues after the highest.",
  }),
  batchField({ name: "plan", class: "enforced", member: true, kind: "planRef", generate: ["priceplan"], description: "Price plan of every member." }),
  generated("type", "enum", "type", "Members' type; usually ticket."),
  batchField({ name: "length", class: "initial", member: false, kind: "integer", generate: ["length"], description: "Ticket code length, prefix included." }),
  batchField({
    name: "passwordLength",
    class: "initial",
    member: false,
    kind: "integer",
    generate: ["passlength"],
    description: "Length of generated passwords.",
  }),
  batchField({
    name: "timeLeft",
    class: "initial",
    member: true,
    kind: "seconds",
    generate: ["timeleft", "unltime"],
    description: "Each member's initial time.",
  }),
  batchField({ name: "quota", class: "initial", member: true, kind: "bytes", generate: ["quota", "unlquota"], description: "Each member's initial quota." }),
  batchField({ name: "rates.download", class: "enforced", member: true, kind: "rate", generate: ["download"], description: "Members' download rate." }),
  batchField({ name: "rates.upload", class: "enforced", member: true, kind: "rate", generate: ["upload"], description: "Members' upload rate." }),
  batchField({
    name: "expires",
    class: "enforced",
    member: true,
    kind: "expiry",
    generate: ["expire"],
    description: "Absolute: enforced on members (one updateaccount each); relative: initial.",
  }),
  generated("sell", "boolean", "sell", "Sold now."),
  generated("autologin", "boolean", "autologin", "Members log in automatically."),
  generated("inactivity", "boolean", "inactivity", "Members are logged out after inactivity."),
];

/** The desired state of one member: the batch's account settings under the member's name. */
export function memberAccount(batch: Batch, username: string): DesiredAccount {
  const { prefix: _p, count: _c, startNumber: _s, length: _l, passwordLength: _pl, source, ...settings } = batch;
  return { ...settings, username, ...(source ? { source } : {}) };
}

/**
 * One generateaccounts growing a batch by `number` members from `startNumber`. With number 1
 * the server reads `account` as the full username, so prefix + startNumber is sent then.
 * Settings generateaccounts cannot carry (an absolute expiry) need updateParams per member.
 */
export function batchGenerateParams(
  batch: Batch,
  ctx: WireContext & { number: number; startNumber: number },
): { generate: GenerateAccountsParams; memberUpdateFields: string[] } {
  const generate: GenerateAccountsParams = {
    account: ctx.number === 1 && batch.type !== "ticket" ? `${batch.prefix}${ctx.startNumber}` : batch.prefix,
    count: ctx.number,
    startNumber: ctx.startNumber,
  };
  if (batch.length !== undefined) generate.length = batch.length;
  if (batch.passwordLength !== undefined) generate.passwordLength = batch.passwordLength;
  const memberUpdateFields = fillGenerate(memberAccount(batch, batch.prefix), generate, ctx);
  return { generate, memberUpdateFields };
}
