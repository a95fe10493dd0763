// Stage three of loading: the checks across one site (plan references, duplicate and overlapping
// prefixes and names, ownership, ticket rules), then the site with defaults applied.

import type { Diagnostic } from "../diagnostics.js";
import { applyDefaults, BATCH_DEFAULT_KEYS } from "../normalize.js";
import { closest } from "../suggest.js";
import type { Batch, Site } from "../types.js";
import { SAFETY_DEFAULTS } from "../fields/limits.js";
import type { SiteParts } from "./collect.js";
import { at, diag, type Located, type Origin, sourceOf } from "./origin.js";

/** Whole-site checks, then the site with defaults applied. */
/** Null prototype: a plan named `toString` must not find Object.prototype's. Filled in place (no pair per plan). */
function pricePlansOf(p: SiteParts): Site["pricePlans"] {
  const out: Site["pricePlans"] = Object.create(null);
  for (const [key, plan] of p.plans) out[key] = plan.value;
  return out;
}

export function buildSite(name: string, p: SiteParts, diagnostics: Diagnostic[]): Site {
  const defaults = p.defaults?.value ?? {};
  const planKeys = [...p.plans.keys()];
  const checkPlan = (plan: string | undefined, o: Origin) => {
    if (plan === undefined || p.plans.has(plan)) return;
    const hint = closest(plan, planKeys);
    const declared = planKeys.length ? `declared: ${planKeys.join(", ")}` : "no pricePlans declared";
    diagnostics.push(
      diag(o, ["plan"], `price plan "${plan}" is not declared under pricePlans (${hint ? `did you mean "${hint}"? ` : ""}${declared})`),
    );
  };
  if (p.defaults) checkPlan(p.defaults.value.plan, p.defaults.origin);

  const prefixSeen = new Map<string, Origin>();
  for (const { value, origin } of p.prefixes) {
    const prev = prefixSeen.get(value);
    if (prev) diagnostics.push(diag(origin, [], `ownership prefix "${value}" declared twice: also at ${at(sourceOf(prev))}`));
    else prefixSeen.set(value, origin);
  }
  const owned = [...prefixSeen.keys()];

  const batchSeen: Located<Batch>[] = [];
  for (const b of p.batches) {
    const { prefix } = b.value;
    checkPlan(b.value.plan, b.origin);
    const clash = batchSeen.find((o) => o.value.prefix.startsWith(prefix) || prefix.startsWith(o.value.prefix));
    if (clash) {
      const what = clash.value.prefix === prefix ? `batch prefix "${prefix}" declared twice` : `batch prefix "${prefix}" overlaps batch "${clash.value.prefix}"`;
      diagnostics.push(diag(b.origin, ["prefix"], `${what}: also at ${at(sourceOf(clash.origin, ["prefix"]))}`));
    } else {
      batchSeen.push(b);
    }
    if (!owned.some((o) => prefix.startsWith(o))) {
      diagnostics.push(
        diag(
          b.origin,
          ["prefix"],
          `batch prefix "${prefix}" is not under an ownership prefix (${owned.length ? `ownership.prefixes: ${owned.join(", ")}` : "ownership.prefixes is empty"})`,
        ),
      );
    }
    const type = b.value.type ?? defaults.type;
    if (type === "ticket" && b.value.length !== undefined && b.value.length <= prefix.length) {
      diagnostics.push(
        diag(b.origin, ["length"], `a ticket length of ${b.value.length} leaves no room for a code after "${prefix}" (${prefix.length} characters)`),
      );
    }
  }

  const userSeen = new Map<string, Origin>();
  for (const a of p.accounts) {
    const { username } = a.value;
    checkPlan(a.value.plan, a.origin);
    const key = username.toLowerCase();
    const prev = userSeen.get(key);
    if (prev) {
      diagnostics.push(diag(a.origin, ["username"], `account "${username}" declared twice: also at ${at(sourceOf(prev, ["username"]))}`));
    } else {
      userSeen.set(key, a.origin);
    }
    const batch = p.batches.find((b) => username.startsWith(b.value.prefix));
    if (batch) {
      diagnostics.push(
        diag(a.origin, ["username"], `account "${username}" is named like a member of batch "${batch.value.prefix}" (${at(sourceOf(batch.origin, ["prefix"]))})`),
      );
    }
    if ((a.value.type ?? defaults.type) === "ticket" && a.value.password !== undefined) {
      diagnostics.push(diag(a.origin, ["password"], "a ticket has no password: remove it or use type prepaid"));
    }
  }

  return {
    name,
    server: p.server?.value ?? { safety: { ...SAFETY_DEFAULTS } },
    ownership: p.allowTakeover ? { prefixes: owned, allowTakeover: true } : { prefixes: owned },
    pricePlans: pricePlansOf(p),
    defaults,
    accounts: p.accounts.map((a) => applyDefaults(a.value, defaults)),
    batches: p.batches.map((b) => applyDefaults(b.value, defaults, BATCH_DEFAULT_KEYS)),
    ...(p.cards ? { cards: p.cards.value } : {}),
  };
}
