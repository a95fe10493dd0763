// Turning apply events into progress, and the end report: what was done, what failed.
import type { ApplyEvent, ApplyResult, Change, Palette } from "@hotspot-iac/sync";
import type { Progress } from "./progress.js";

export function label(change: Change): string {
  const name = change.resource === "account" ? change.username : change.prefix;
  return `${change.resource} ${JSON.stringify(name)}`;
}

const DONE_VERB = { create: "created", update: "updated", delete: "deleted", "no-op": "unchanged" } as const;

/** Terraform's `Still creating…` verb; a resized batch creates or deletes members. */
function runningVerb(change: Change): string {
  if (change.resource === "batch" && change.action === "update" && change.countAfter !== change.countBefore) {
    return change.countAfter > change.countBefore ? "creating" : "deleting";
  }
  return { create: "creating", update: "updating", delete: "deleting", "no-op": "checking" }[change.action];
}

export function progressListener(progress: Progress): (e: ApplyEvent) => void {
  return (e) => {
    switch (e.type) {
      case "start":
        progress.start(e.changes);
        break;
      case "change-start":
        progress.begin(label(e.change), runningVerb(e.change));
        break;
      case "progress":
        progress.advance(label(e.change), e.done, e.total);
        break;
      case "ambiguous":
        progress.log(
          `${label(e.change)}: the answer to ${e.command} was lost; reading back showed it ${e.outcome === "committed" ? "had" : "had not"} happened`,
        );
        break;
      case "change-done":
        for (const u of e.outcome.alreadyGone ?? []) progress.log(`warning: account ${JSON.stringify(u)} was already gone (the server said it does not exist): not counted as deleted`);
        if (e.outcome.change.resource === "account" && e.outcome.alreadyGone) progress.done(label(e.outcome.change), "already gone");
        else progress.done(label(e.outcome.change), DONE_VERB[e.outcome.change.action]);
        break;
      case "change-failed":
        progress.done(label(e.outcome.change), "failed", e.outcome.error ?? "failed");
        break;
      case "lock-lost":
        progress.log(`warning: ${e.message}; no other change starts`);
        break;
      case "finish":
        progress.stop();
        break;
      default:
        break;
    }
  };
}

export interface Totals {
  created: number;
  updated: number;
  deleted: number;
  /** Deletes answered "does not exist". */
  gone: number;
}

export function totals(results: ApplyResult[]): Totals {
  const t: Totals = { created: 0, updated: 0, deleted: 0, gone: 0 };
  for (const r of results) {
    for (const o of [...r.done, ...r.failed]) {
      t.created += o.created.length;
      t.updated += o.updated;
      t.deleted += o.deleted.length;
      t.gone += o.alreadyGone?.length ?? 0;
    }
  }
  return t;
}

/** Terraform's closing lines, with accounts as the unit; failures listed one per line. */
export function applyReport(results: ApplyResult[], p: Palette): { text: string; ok: boolean } {
  const t = totals(results);
  const counts = `Accounts: ${t.created} created, ${t.updated} updated, ${t.deleted} deleted${t.gone ? `, ${t.gone} already gone` : ""}.`;
  const gone = results.flatMap((r) => [...r.done, ...r.failed].flatMap((o) => o.alreadyGone ?? []));
  const warning = gone.length
    ? `${p.warn("Warning:")} ${gone.length} account(s) to delete were already gone (deleted outside this tool?): ${gone.slice(0, 5).map((u) => JSON.stringify(u)).join(", ")}${gone.length > 5 ? ", ..." : ""}\n`
    : "";
  const failed = results.flatMap((r) => r.failed);
  const skipped = results.flatMap((r) => r.skipped);
  const done = results.reduce((n, r) => n + r.done.length, 0);
  const lockLost = results.find((r) => r.lockLost)?.lockLost;
  if (failed.length === 0 && skipped.length === 0) {
    return { text: `\n${p.create(p.bold("Apply complete!"))} ${counts}\n${warning}`, ok: true };
  }
  const lines = [
    "",
    `${p.error("Apply incomplete:")} ${done} change${done === 1 ? "" : "s"} done, ${failed.length} failed${skipped.length ? `, ${skipped.length} not started (${lockLost ? "the apply lock was lost" : "interrupted"})` : ""}. ${counts}`,
  ];
  if (lockLost) lines.push(`  ${lockLost}: another apply may have started.`);
  for (const o of failed) lines.push(`  ${p.delete("✗")} ${label(o.change)}: ${o.error ?? "failed"}`);
  for (const c of skipped) lines.push(`  ${p.dim("-")} ${label(c)}: not started`);
  lines.push("Nothing else was touched. Run apply again to retry: it converges.");
  return { text: `${lines.join("\n")}\n${warning}`, ok: false };
}
