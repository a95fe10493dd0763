// `hotspot plan --json`: the plan mapped field by field onto the versioned document of
// json-format.ts. Explicit mapping (not JSON.stringify(plan)) so internal additions to the plan
// model never leak into, or silently change, the public format.
import { type Change, type FieldChange, Impact, type Plan, type PlanValue } from "../plan/model.js";
import { accountCounts, batchCounts } from "./describe.js";
import { PLAN_JSON_FORMAT_VERSION, type PlanJson } from "./json-format.js";

type JsonImpact = PlanJson["severity"];
type JsonChange = PlanJson["changes"][number];
type JsonField = JsonChange["fields"][number];

const IMPACT_NAMES: Record<Impact, JsonImpact> = {
  [Impact.NoChange]: "no-change",
  [Impact.Safe]: "safe",
  [Impact.MayDisrupt]: "may-disrupt",
  [Impact.Destructive]: "destructive",
};

function value(v: PlanValue): JsonField["before"] {
  if (v.kind === "value") return { kind: "value", value: v.value };
  // Rebuilt from the tag (and the reference's name) alone: a sensitive value is null, always.
  if (v.kind === "sensitive") return { kind: "sensitive", value: null, ...(v.from !== undefined ? { from: v.from } : {}) };
  return { kind: v.kind };
}

function field(f: FieldChange): JsonField {
  const out: JsonField = { field: f.field, class: f.fieldClass, before: value(f.before), after: value(f.after) };
  if (f.note !== undefined) out.note = f.note;
  return out;
}

/** Terraform's `after_sensitive`, as a list: the fields of a change whose values are withheld. */
function sensitiveFields(fields: FieldChange[]): { sensitive?: string[] } {
  const names = fields.filter((f) => f.before.kind === "sensitive" || f.after.kind === "sensitive").map((f) => f.field);
  return names.length > 0 ? { sensitive: names } : {};
}

function change(c: Change): JsonChange {
  const source = c.source ? { file: c.source.file, line: c.source.line, col: c.source.col } : undefined;
  if (c.resource === "account") {
    return {
      resource: "account",
      action: c.action,
      site: c.site,
      username: c.username,
      impact: IMPACT_NAMES[c.impact],
      ...(c.owner !== undefined ? { owner: c.owner } : {}),
      ...(c.reason !== undefined ? { reason: c.reason } : {}),
      ...(c.takeover ? { takeover: true } : {}),
      ...(c.rename ? { rename: { ...c.rename } } : {}),
      ...(source ? { source } : {}),
      fields: c.fields.map(field),
      ...sensitiveFields(c.fields),
      ...(c.had ? { had: c.had.map(field) } : {}),
    };
  }
  const g = c.generate;
  return {
    resource: "batch",
    action: c.action,
    site: c.site,
    prefix: c.prefix,
    impact: IMPACT_NAMES[c.impact],
    countBefore: c.countBefore,
    countAfter: c.countAfter,
    ...(c.ticket !== undefined ? { ticket: c.ticket } : {}),
    ...(g
      ? {
          generate: {
            count: g.count,
            ...(g.startNumber !== undefined ? { startNumber: g.startNumber } : {}),
            calls: g.calls,
            perMemberUpdate: g.perMemberUpdate,
            perMemberFields: [...g.perMemberFields],
          },
        }
      : {}),
    ...(c.updateMembers ? { updateMembers: [...c.updateMembers] } : {}),
    removeMembers: [...c.removeMembers],
    inUseBlocked: [...c.inUseBlocked],
    ...(c.online && c.online.length > 0 ? { online: [...c.online] } : {}),
    ...(c.takeoverMembers ? { takeoverMembers: c.takeoverMembers } : {}),
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
    ...(source ? { source } : {}),
    fields: c.fields.map(field),
    ...sensitiveFields(c.fields),
  };
}

export function toPlanJson(plan: Plan): PlanJson {
  return {
    formatVersion: PLAN_JSON_FORMAT_VERSION,
    createdAt: plan.createdAt,
    severity: IMPACT_NAMES[plan.severity],
    ...(plan.site !== undefined ? { site: plan.site } : {}),
    ...(plan.server !== undefined ? { server: plan.server } : {}),
    ...(plan.servers ? { servers: plan.servers.map((s) => ({ site: s.site, url: s.url, emulator: s.emulator })) } : {}),
    ...(plan.configuration ? { configuration: { files: [...plan.configuration.files], stateFile: plan.configuration.stateFile } } : {}),
    ...(plan.ownedCount !== undefined ? { ownedCount: plan.ownedCount } : {}),
    accounts: accountCounts(plan),
    batches: batchCounts(plan),
    summary: { ...plan.summary },
    changes: plan.changes.map(change),
    diagnostics: plan.diagnostics.map((d) => ({
      severity: d.severity,
      message: d.message,
      ...(d.code !== undefined ? { code: d.code } : {}),
      ...(d.forceable !== undefined ? { forceable: d.forceable } : {}),
      ...(d.site !== undefined ? { site: d.site } : {}),
      ...(d.source ? { source: { file: d.source.file, line: d.source.line, col: d.source.col } } : {}),
    })),
  };
}

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(toPlanJson(plan), null, 2)}\n`;
}
