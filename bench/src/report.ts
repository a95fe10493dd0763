// Tables and target verdicts from a run: the same Markdown goes to the terminal and to
// bench/results/*.md; the JSON is the run itself.
import { type BenchRun, type FloorStep, type SizeResult, type StepResult, type TerraformResult, VIA_TSX } from "./results.js";

const s = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? "–" : `${(ms / 1000).toFixed(2)} s`);
const mb = (b: number | undefined) => (b === undefined ? "–" : `${Math.round(b / 2 ** 20)} MB`);
const x = (r: number | undefined) => (r === undefined || !Number.isFinite(r) ? "–" : `${r.toFixed(2)}×`);
const num = (n: number) => n.toLocaleString("en-US");

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const find = (z: SizeResult, name: string, list: "username" | "full" = "username", viaTsx = false): StepResult | undefined =>
  z.steps.find((st) => st.name.startsWith(name) && st.listFields === list && st.name.includes(VIA_TSX) === viaTsx);
const floorOf = (z: SizeResult, list: "username" | "full"): FloorStep | undefined => z.floors.find((f) => f.listFields === list);
const cell = (st: StepResult | undefined, body: (st: StepResult) => string) => (!st ? "–" : st.ok ? body(st) : `FAILED (${st.exitCode})`);

export interface Verdict {
  target: string;
  met: boolean | undefined;
  evidence: string;
}

export function verdicts(run: BenchRun): Verdict[] {
  const out: Verdict[] = [];
  const by = (n: number) => run.sizes.find((z) => z.accounts === n);
  const z10 = by(10_000);
  {
    const plan = z10 && find(z10, "plan, no changes");
    const floor = z10 && floorOf(z10, "username");
    if (plan?.ok && floor) {
      const ratio = plan.wallMs / floor.ms;
      const net = plan.requests ? plan.requests.serverSpanMs / floor.serverSpanMs : undefined;
      const b = find(z10, "plan, no changes", "username", true);
      out.push({
        target: "plan of 10k within 1.5× the floor",
        met: ratio <= 1.5,
        evidence:
          `plan ${s(plan.wallMs)} (the whole CLI process as \`pnpm hotspot\` runs it, start-up ${s(run.cliStartupMs)} included) vs floor ${s(floor.ms)}: ${x(ratio)}` +
          (b?.ok ? `; sources through tsx ${s(b.wallMs)}: ${x(b.wallMs / floor.ms)}` : "") +
          `; request phase as the server saw it ${s(plan.requests?.serverSpanMs)} vs the floor's ${s(floor.serverSpanMs)}: ${x(net)}`,
      });
    } else out.push({ target: "plan of 10k within 1.5× the floor", met: undefined, evidence: z10 ? "plan failed or not measured" : "10k not run (--quick)" });
  }
  {
    const rows = run.sizes.map((z) => ({ n: z.accounts, u: find(z, "plan, no changes"), f: find(z, "plan, no changes", "full") }));
    const measured = rows.filter((r) => r.u || r.f);
    const perAcct = (st: StepResult | undefined) => (!st ? "–" : st.ok ? (st.requestsPerAccount ?? 0).toFixed(3) : `plan FAILED (${st.error ?? `exit ${st.exitCode}`})`);
    const ok = measured.every((r) => r.u?.ok && (r.u.requestsPerAccount ?? 99) <= 1 && r.f?.ok && (r.f.requestsPerAccount ?? 99) === 0);
    out.push({
      target: "≤ 1 request per unchanged account; 0 where the list carries the fields",
      met: measured.length > 0 ? ok : undefined,
      evidence:
        measured.length > 0
          ? `requests per account, usernames-only list / full list: ${measured.map((r) => `${num(r.n)}: ${perAcct(r.u)} / ${perAcct(r.f)}`).join("; ")}`
          : "plan not measured",
    });
  }
  {
    const rows = run.sizes.map((z) => ({ n: z.accounts, b: find(z, "apply, new") })).filter((r) => r.b?.ok);
    const writes = rows.map((r) => r.b!.writeRequests ?? 0);
    out.push({
      target: "a new batch in O(1) requests",
      met: rows.length > 0 ? writes.every((w) => w <= 3) && new Set(writes).size === 1 : undefined,
      evidence: rows.length > 0 ? rows.map((r) => `${num(r.n)} accounts: ${r.b!.writeRequests} write request(s) (${Object.entries(r.b!.requests?.byCommand ?? {}).filter(([c]) => !c.startsWith("get") && c !== "viewaccount").map(([c, v]) => `${v} ${c}`).join(", ")})`).join("; ") : "apply not measured",
    });
  }
  {
    const z100 = by(100_000);
    const plan = z100 && find(z100, "plan, no changes");
    out.push({
      target: "plan of 100k under 512 MB RSS",
      met: plan?.ok && plan.peakRssBytes !== undefined ? plan.peakRssBytes < 512 * 2 ** 20 : undefined,
      evidence: plan
        ? `peak RSS ${mb(plan.peakRssBytes)} (usernames-only list); ${mb(find(z100!, "plan, no changes", "username", true)?.peakRssBytes)} through tsx; ` +
          `${mb(find(z100!, "plan, no changes", "full")?.peakRssBytes)} with the full list${find(z100!, "plan, no changes", "full")?.ok === false ? " (before it failed)" : ""}`
        : "100k not run (--quick)",
    });
  }
  {
    const t = run.terraform;
    const plan = t?.plan?.ok && t.dataPlan?.ok ? t.plan.wallMs / t.dataPlan.wallMs : undefined;
    const apply = t?.apply?.ok && t.dataApply?.ok ? t.apply.wallMs / t.dataApply.wallMs : undefined;
    const shaped = t?.plan?.ok && t.shapePlan?.ok ? t.plan.wallMs / t.shapePlan.wallMs : undefined;
    out.push({
      target: "terraform at 1k: plan ≤ 3×, apply ≤ 3× terraform_data; plan ≤ 1.0× terraform_data shaped like hotspot_account (same run)",
      met: plan !== undefined && apply !== undefined && shaped !== undefined ? plan <= 3 && apply <= 3 && shaped <= 1 : undefined,
      evidence:
        plan !== undefined && apply !== undefined
          ? `no-change plan ${s(t!.plan!.wallMs)} vs ${s(t!.dataPlan!.wallMs)}: ${x(plan)}; creating apply ${s(t!.apply!.wallMs)} vs ${s(t!.dataApply!.wallMs)}: ${x(apply)}` +
            (shaped !== undefined && t!.shape
              ? `; terraform_data with hotspot_account's ${shapeText(t!.shape)} plans in ${s(t!.shapePlan!.wallMs)}: the plan is ${x(shaped)} that`
              : "") +
            (t!.planSplit ? `; CPU of a no-change plan: terraform ${s(t!.planSplit.terraformCpuMs)}, provider ${s(t!.planSplit.providerCpuMs)}` : "")
          : "terraform row not measured (or without terraform_data)",
    });
  }
  return out;
}

function shapeText(shape: NonNullable<TerraformResult["shape"]>): string {
  const extra = [shape.writeOnly ? `${shape.writeOnly} write-only (null)` : "", shape.nested ? `${shape.nested} nested` : ""].filter(Boolean);
  return `${shape.attributes} attributes, ${shape.sensitive} sensitive${extra.length > 0 ? `, ${extra.join(", ")}` : ""}`;
}

export function markdown(run: BenchRun): string {
  const m = run.machine;
  const parts: string[] = [];
  parts.push(`# hotspot-iac benchmark (${run.mode})`);
  parts.push(
    `${run.startedAt} → ${run.finishedAt}. Machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os}${m.terraform ? `, terraform ${m.terraform}` : ""}; load average at start ${m.loadAverage?.join(" / ") ?? "unknown"}. ` +
      `Client concurrency ${run.concurrency} (the CLI's default; the floor loop uses the same). CLI start-up (\`hotspot --version\`): ${s(run.cliStartupMs)} as \`pnpm hotspot\` runs it (the esbuild bundle, \`node scripts/hotspot.mjs\`)` +
      (run.tsxStartupMs !== undefined ? `, ${s(run.tsxStartupMs)} with the sources through tsx. ` : ". ") +
      `Emulator in its own process; every CLI timing is the whole process, start-up included.`,
  );

  const merged = run.sizes.filter((z) => z.measuredAt && (z.measuredAt < run.startedAt || z.measuredAt > run.finishedAt));
  if (merged.length > 0) {
    parts.push(
      `Merged from an earlier run: ${merged.map((z) => `${num(z.accounts)} accounts (measured ${z.measuredAt}${z.steps.some((st) => st.cpuMs !== undefined) ? "" : "; that run did not record CPU time or load average"})`).join("; ")}.`,
    );
  }
  parts.push("## Plan against the floor");
  parts.push(
    table(
      ["accounts", "floor (list + view)", "plan, no changes", "plan / floor", "through tsx: plan / floor", "request phase / floor's", "CPU s: plan / floor", "requests / account", "peak RSS"],
      run.sizes.map((z) => {
        const f = floorOf(z, "username");
        const p = find(z, "plan, no changes");
        const b = find(z, "plan, no changes", "username", true);
        return [
          num(z.accounts),
          f ? `${s(f.ms)} (${num(f.requests)} req)` : "–",
          cell(p, (st) => `${s(st.wallMs)} (${num(st.requests?.total ?? 0)} req)`),
          p?.ok && f ? x(p.wallMs / f.ms) : "–",
          b?.ok && f ? `${s(b.wallMs)}: ${x(b.wallMs / f.ms)}` : "–",
          p?.ok && f && p.requests ? x(p.requests.serverSpanMs / f.serverSpanMs) : "–",
          p?.ok && p.cpuMs !== undefined && f?.cpuMs !== undefined ? `${s(p.cpuMs)} / ${s(f.cpuMs)}` : "–",
          cell(p, (st) => (st.requestsPerAccount ?? 0).toFixed(3)),
          cell(p, (st) => mb(st.peakRssBytes)),
        ];
      }),
    ),
  );
  parts.push("## Where a no-change plan's time goes");
  parts.push(
    "Placed by the server's request log: from process start to the first request (Node + CLI start-up, YAML loading and " +
      "validation), the requests, and from the last request to exit (diff, render, state, exit).",
  );
  parts.push(
    table(
      ["accounts", "list", "CLI", "whole process", "start-up + load", "requests", "diff + render + exit", "floor's requests", "CPU", "peak RSS", "load avg"],
      run.sizes.flatMap((z) =>
        (["username", "full"] as const).flatMap((list) =>
          [false, true].map((viaTsx) => {
            const p = find(z, "plan, no changes", list, viaTsx);
            const f = floorOf(z, list);
            const ph = p?.ok ? p.phases : undefined;
            return [
              num(z.accounts),
              list,
              viaTsx ? "tsx" : "bundle",
              p?.ok ? s(p.wallMs) : "–",
              s(ph?.beforeFirstRequestMs),
              s(ph?.requestsMs),
              s(ph?.afterLastRequestMs),
              s(f?.serverSpanMs),
              p?.ok ? s(p.cpuMs) : "–",
              p?.ok ? mb(p.peakRssBytes) : "–",
              p?.loadAverage !== undefined ? p.loadAverage.toFixed(1) : "–",
            ];
          }),
        ),
      ),
    ),
  );
  parts.push("## Where the list carries the fields (`--list-fields full`)");
  parts.push(
    table(
      ["accounts", "floor (list only)", "plan, no changes", "plan / floor", "requests / account", "peak RSS"],
      run.sizes.map((z) => {
        const f = floorOf(z, "full");
        const p = find(z, "plan, no changes", "full");
        return [
          num(z.accounts),
          f ? `${s(f.ms)} (${num(f.requests)} req)` : "–",
          cell(p, (st) => `${s(st.wallMs)} (${num(st.requests?.total ?? 0)} req)`),
          p?.ok && f ? x(p.wallMs / f.ms) : "–",
          cell(p, (st) => (st.requestsPerAccount ?? 0).toFixed(3)),
          cell(p, (st) => mb(st.peakRssBytes)),
        ];
      }),
    ),
  );
  parts.push("## Changes");
  parts.push(
    table(
      ["accounts", "plan, 1% changed", "apply, 1% changed", "plan after apply", "apply, new 1,000-voucher batch", "peak RSS (apply)"],
      run.sizes.map((z) => {
        const p1 = find(z, "plan, 1%");
        const a1 = find(z, "apply, 1%");
        const again = find(z, "plan after apply");
        const b = find(z, "apply, new");
        return [
          num(z.accounts),
          cell(p1, (st) => `${s(st.wallMs)} — ${st.summary}`),
          cell(a1, (st) => `${s(st.wallMs)}, ${st.writeRequests} writes`),
          cell(again, (st) => `${s(st.wallMs)} — ${st.summary}`),
          cell(b, (st) => `${s(st.wallMs)}, ${st.writeRequests} write request(s), ${num(st.requests?.total ?? 0)} in all`),
          cell(a1, (st) => mb(st.peakRssBytes)),
        ];
      }),
    ),
  );
  const t = run.terraform;
  parts.push("## Terraform");
  if (!t) parts.push("Not run.");
  else if (t.skipped && !t.plan) parts.push(`Skipped at ${num(t.accounts)} accounts: ${t.skipped}`);
  else {
    if (t.measuredAt && (t.measuredAt < run.startedAt || t.measuredAt > run.finishedAt)) parts.push(`Measured separately, ${t.measuredAt}.`);
    const ratio = (a: StepResult | undefined, b: StepResult | undefined) => (a?.ok && b?.ok ? x(a.wallMs / b.wallMs) : "–");
    parts.push(
      "Both sides are `count = N` resources run with terraform's defaults (-parallelism=10), planned alternately in the same run; " +
        "terraform_data is terraform's own per-resource cost, without a provider or a server; " +
        "the shaped terraform_data carries one attribute per hotspot_account attribute (the same ones sensitive, nested ones as objects, write-only ones null as terraform stores them): terraform's own cost for objects that size. " +
        "The provider is the release's single executable, installed by terraform init from a packed mirror.",
    );
    parts.push(
      table(
        ["accounts", "", "apply (create)", "plan, no changes", "CPU (plan)", "requests (apply / plan)", "peak RSS (plan, largest process)"],
        [
          [num(t.accounts), "hotspot_account", cell(t.apply, (st) => s(st.wallMs)), cell(t.plan, (st) => `${s(st.wallMs)} (runs ${st.runsMs.map((r) => s(r)).join(", ")})`), cell(t.plan, (st) => s(st.cpuMs)), `${t.apply?.requests?.total ?? "–"} / ${t.plan?.requests?.total ?? "–"}`, mb(t.plan?.peakRssBytes)],
          [num(t.accounts), "terraform_data", cell(t.dataApply, (st) => s(st.wallMs)), cell(t.dataPlan, (st) => `${s(st.wallMs)} (runs ${st.runsMs.map((r) => s(r)).join(", ")})`), cell(t.dataPlan, (st) => s(st.cpuMs)), "– / –", mb(t.dataPlan?.peakRssBytes)],
          [num(t.accounts), "hotspot_account / terraform_data", ratio(t.apply, t.dataApply), ratio(t.plan, t.dataPlan), t.plan?.cpuMs && t.dataPlan?.cpuMs ? x(t.plan.cpuMs / t.dataPlan.cpuMs) : "–", "", ""],
          [num(t.accounts), `terraform_data shaped like hotspot_account (${t.shape ? shapeText(t.shape) : "–"})`, cell(t.shapeApply, (st) => s(st.wallMs)), cell(t.shapePlan, (st) => `${s(st.wallMs)} (runs ${st.runsMs.map((r) => s(r)).join(", ")})`), cell(t.shapePlan, (st) => s(st.cpuMs)), "– / –", mb(t.shapePlan?.peakRssBytes)],
          [num(t.accounts), "hotspot_account / shaped terraform_data", ratio(t.apply, t.shapeApply), ratio(t.plan, t.shapePlan), t.plan?.cpuMs && t.shapePlan?.cpuMs ? x(t.plan.cpuMs / t.shapePlan.cpuMs) : "–", "", ""],
          [num(t.accounts), "hotspot plan, same accounts", "–", cell(t.hotspotPlan, (st) => s(st.wallMs)), cell(t.hotspotPlan, (st) => s(st.cpuMs)), `– / ${t.hotspotPlan?.requests?.total ?? "–"}`, mb(t.hotspotPlan?.peakRssBytes)],
          [num(t.accounts), "terraform plan / hotspot plan", "", ratio(t.plan, t.hotspotPlan), "", "", ""],
        ],
      ),
    );
    if (t.planSplit) {
      const p = t.planSplit;
      parts.push(
        `CPU of one more no-change plan of hotspot_account, its provider launches under GNU time: ${s(p.totalCpuMs)} in all = terraform ${s(p.terraformCpuMs)} + the provider ${s(p.providerCpuMs)} (${p.launchesCpuMs.length} launches: ${p.launchesCpuMs.map((l) => s(l)).join(", ")}).`,
      );
    }
    for (const st of [t.dataApply, t.dataPlan, t.shapeApply, t.shapePlan, t.apply, t.plan, t.hotspotPlan]) if (st?.error) parts.push(`- ${st.name}: ${st.error}`);
  }
  parts.push("## Targets");
  parts.push(table(["target", "met", "evidence"], verdicts(run).map((v) => [v.target, v.met === undefined ? "not measured" : v.met ? "yes" : "**no**", v.evidence])));
  const errors = run.sizes.flatMap((z) => z.errors);
  if (errors.length > 0) parts.push("## Failures", ...errors.map((e) => `- ${e}`));
  return `${parts.join("\n\n")}\n`;
}
