// Hand-written plans covering every shape a renderer must draw. Renderer input, not a mock: the
// renderers are pure functions of this model.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${env:…} / ${file:…} references are text here
import { type AccountChange, type BatchChange, Impact, type Plan, type PlanValue } from "../../src/plan/model.js";

export const v = (value: string | number | boolean | null): PlanValue => ({ kind: "value", value });
export const secret: PlanValue = { kind: "sensitive" };
export const absent: PlanValue = { kind: "absent" };

export function account(partial: Partial<AccountChange> & Pick<AccountChange, "username" | "action">): AccountChange {
  return { resource: "account", site: "default", impact: Impact.Safe, fields: [], ...partial };
}

export function batch(partial: Partial<BatchChange> & Pick<BatchChange, "prefix" | "action">): BatchChange {
  return {
    resource: "batch",
    site: "default",
    impact: Impact.Safe,
    countBefore: 0,
    countAfter: 0,
    removeMembers: [],
    inUseBlocked: [],
    fields: [],
    ...partial,
  };
}

export function plan(partial: Partial<Plan>): Plan {
  const changes = partial.changes ?? [];
  const count = (a: string) => changes.filter((c) => c.action === a).length;
  return {
    formatVersion: 1,
    createdAt: "2026-11-29T08:00:00.000Z",
    changes,
    diagnostics: [],
    summary: { create: count("create"), update: count("update"), delete: count("delete"), noop: count("no-op") },
    severity: changes.reduce((worst, c) => Math.max(worst, c.impact), Impact.NoChange) as Impact,
    ...partial,
  };
}

/** Three creates (two accounts and a batch), one update, one delete (that looks renamed to a create), a no-op, and a warning. */
export const mixedPlan: Plan = plan({
  site: "default",
  server: "http://10.0.0.2:82",
  servers: [{ site: "default", url: "http://10.0.0.2:82", emulator: false }],
  changes: [
    account({
      username: "staff-alice",
      action: "create",
      source: { file: "event.yaml", line: 12, col: 5 },
      fields: [
        { field: "password", before: absent, after: secret, fieldClass: "writeOnly" },
        { field: "plan", before: absent, after: v("1 Day"), fieldClass: "enforced" },
        { field: "expires", before: absent, after: v("2026-12-31 18:00"), fieldClass: "enforced" },
        { field: "multilogin", before: absent, after: v(2), fieldClass: "writeOnly" },
        { field: "customer.email", before: absent, after: v("alice@example.org"), fieldClass: "writeOnly" },
        { field: "customer.firstName", before: absent, after: { kind: "sensitive", from: "${env:GUEST_NAME}" }, fieldClass: "writeOnly" },
      ],
    }),
    account({
      username: "staff-bob",
      action: "create",
      fields: [{ field: "password", before: absent, after: secret, fieldClass: "writeOnly" }],
      rename: { from: "staff-dave", to: "staff-bob", same: "password" },
    }),
    account({
      username: "staff-carol",
      action: "update",
      fields: [
        { field: "expires", before: v("2026-12-31 18:00"), after: v("2027-01-31 18:00"), fieldClass: "enforced" },
        {
          field: "password",
          before: secret,
          after: secret,
          fieldClass: "writeOnly",
          note: "changed since last apply",
        },
      ],
    }),
    account({
      username: "staff-dave",
      action: "delete",
      impact: Impact.Destructive,
      reason: "owned by prefix staff- and not declared",
      fields: [{ field: "plan", before: v("1 Day"), after: absent, fieldClass: "enforced" }],
      rename: { from: "staff-dave", to: "staff-bob", same: "password" },
    }),
    account({ username: "staff-erin", action: "no-op", impact: Impact.NoChange }),
    batch({
      prefix: "CONF-",
      action: "create",
      countAfter: 300,
      fields: [
        { field: "type", before: absent, after: v("ticket"), fieldClass: "writeOnly" },
        { field: "plan", before: absent, after: v("1 Day"), fieldClass: "enforced" },
      ],
    }),
  ],
  diagnostics: [
    {
      severity: "warning",
      code: "price-plan-differs",
      message: 'price plan "day" asserts price 5 but the server says 6',
      source: { file: "event.yaml", line: 7, col: 8 },
    },
  ],
  summary: { create: 3, update: 1, delete: 1, noop: 1 },
  accounts: { create: 302, update: 1, delete: 1 },
});

export const batchResizePlan: Plan = plan({
  servers: [{ site: "default", url: "http://127.0.0.1:8082", emulator: true }],
  changes: [
    batch({
      prefix: "CONF-",
      action: "update",
      countBefore: 300,
      countAfter: 350,
      ticket: true,
      generate: { count: 50, calls: 1, perMemberUpdate: true, perMemberFields: ["expires"] },
    }),
    batch({
      prefix: "EXPO-",
      action: "update",
      impact: Impact.Destructive,
      countBefore: 5,
      countAfter: 2,
      removeMembers: ["EXPO-4", "EXPO-5"],
      inUseBlocked: ["EXPO-3"],
      online: ["EXPO-3"],
      updateMembers: ["EXPO-1", "EXPO-2"],
      fields: [{ field: "expires", before: v("2026-12-05 23:00"), after: v("2026-12-06 23:00"), fieldClass: "enforced" }],
    }),
  ],
  summary: { create: 0, update: 2, delete: 0, noop: 0 },
  accounts: { create: 50, update: 2, delete: 2 },
});

export const emptyPlan: Plan = plan({ changes: [account({ username: "staff-alice", action: "no-op", impact: Impact.NoChange })] });

/** A plan of `n` updates, each long enough to push Markdown past one comment. */
export function hugePlan(n: number): Plan {
  const changes = Array.from({ length: n }, (_, i) =>
    account({
      username: `guest-${String(i).padStart(4, "0")}`,
      action: i % 10 === 0 ? "delete" : "update",
      impact: i % 10 === 0 ? Impact.Destructive : Impact.Safe,
      fields: [
        { field: "expires", before: v("2026-12-31 18:00"), after: v("2027-01-31 18:00"), fieldClass: "enforced" },
        { field: "customer.company", before: v("Old Company Ltd."), after: v("New Company Ltd."), fieldClass: "writeOnly" },
      ],
    }),
  );
  return plan({ changes });
}
