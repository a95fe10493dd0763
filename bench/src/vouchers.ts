// The vouchers row: a batch of N members (1,000) printed as cards by `hotspot vouchers print`, as
// a user runs it, against an emulator in its own process. The baseline, measured in the same run
// on the same batch, is the same command writing CSV: the same start-up and the same read of the
// batch (getaccountlist, then one viewaccount per member), no drawing; the ratios say what
// drawing the PDF and the HTML costs on top of reading and writing the codes.
import { join } from "node:path";
import { BATCH_PREFIX, SEED_PLAN_ID, writeConfig } from "./config.js";
import { EmulatorProcess } from "./emulator.js";
import { type CliRun, runHotspot } from "./hotspot-cli.js";
import { TMP_DIR } from "./paths.js";
import { perAccount, type StepResult, writeRequestsOf } from "./results.js";
import { PASSPHRASE, stepOf } from "./scenario.js";
import { seedAccounts } from "./seed.js";

export interface VouchersResult {
  cards: number;
  /** When the row was measured. */
  measuredAt?: string;
  csv?: StepResult;
  pdf?: StepResult;
  html?: StepResult;
  error?: string;
}

/** The issue's "a few seconds" for 1,000 cards to PDF, start-up and the server read included. */
export const PDF_TARGET_MS = 5_000;

export async function runVouchers(opts: { cards: number; repeat: number; log: (line: string) => void }): Promise<VouchersResult> {
  const { cards, repeat, log } = opts;
  const emu = await EmulatorProcess.start({ passphrase: PASSPHRASE, listFields: "username" });
  try {
    // Server-generated passwords, so every card carries one (and a QR code holding it).
    await seedAccounts({ url: emu.url, passphrase: PASSPHRASE, prefix: BATCH_PREFIX, count: cards, planId: SEED_PLAN_ID });
    const dir = join(TMP_DIR, `vouchers-${cards}`);
    const configFile = writeConfig(join(dir, "hotspot.yaml"), { accounts: 0, declareAccounts: false, batch: cards });
    const target = { url: emu.url, passphrase: PASSPHRASE, configFile, statePath: join(dir, "state.json"), env: {}, timeoutMs: 120_000 + cards * 60 };
    const measure = async (name: string, out: string, extra: string[] = []): Promise<StepResult> => {
      const runs: CliRun[] = [];
      for (let i = 0; i < repeat; i++) {
        await emu.clearLog();
        const args = ["vouchers", "print", "-f", configFile, "--url", emu.url, "--batch", BATCH_PREFIX, "--out", join(dir, out), ...extra];
        runs.push(await runHotspot(args, target));
      }
      const requests = await emu.counts();
      const st: StepResult = { ...stepOf(name, "username", runs, 0), requests, requestsPerAccount: perAccount(requests, cards), writeRequests: writeRequestsOf(requests) };
      log(`    ${name}: ${(st.wallMs / 1000).toFixed(2)} s${st.ok ? "" : ` FAILED ${st.error}`}`);
      return st;
    };
    const cardOptions = ["--ssid", "Bench Guest", "--title", "Bench 2027", "--login-url", "http://portal.example/login?u={username}&p={password}"];
    log(`  vouchers, ${cards} cards`);
    return {
      cards,
      csv: await measure("vouchers print, CSV (baseline: read + write the codes)", "cards.csv"),
      pdf: await measure("vouchers print, PDF", "cards.pdf", cardOptions),
      html: await measure("vouchers print, HTML", "cards.html", cardOptions),
    };
  } finally {
    await emu.stop();
  }
}

const sec = (ms: number | undefined) => (ms === undefined ? "–" : `${(ms / 1000).toFixed(2)} s`);
const ratio = (a: StepResult | undefined, b: StepResult | undefined) => (a?.ok && b?.ok ? `${(a.wallMs / b.wallMs).toFixed(2)}×` : "–");

/** The row's Markdown section (after the main report's tables). */
export function vouchersMarkdown(v: VouchersResult | undefined): string {
  if (!v) return "## Vouchers\n\nNot run.\n";
  if (v.error) return `## Vouchers\n\nFailed at ${v.cards} cards: ${v.error}\n`;
  const cell = (st: StepResult | undefined) =>
    !st ? "–" : st.ok ? `${sec(st.wallMs)} (CPU ${sec(st.cpuMs)}, ${Math.round((st.peakRssBytes ?? 0) / 2 ** 20)} MB)` : `FAILED (${st.exitCode})`;
  const met = v.pdf?.ok ? (v.pdf.wallMs <= PDF_TARGET_MS ? "yes" : "**no**") : "not measured";
  const table = [
    "| cards | CSV (baseline) | PDF | HTML | PDF / CSV | HTML / CSV | viewaccount per card | PDF within 5 s |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    `| ${v.cards.toLocaleString("en-US")} | ${cell(v.csv)} | ${cell(v.pdf)} | ${cell(v.html)} | ${ratio(v.pdf, v.csv)} | ${ratio(v.html, v.csv)} | ${v.pdf?.requestsPerAccount?.toFixed(2) ?? "–"} | ${met} |`,
  ].join("\n");
  const errors = [v.csv, v.pdf, v.html].flatMap((st) => (st?.error ? [`- ${st.name}: ${st.error}`] : []));
  return `${[
    "## Vouchers",
    `\`hotspot vouchers print\` of a ${v.cards.toLocaleString("en-US")}-member batch (server-generated passwords, login-URL QR codes), the whole CLI process; median wall time (CPU, peak RSS). Baseline: the same command writing CSV.`,
    table,
    ...errors,
  ].join("\n\n")}\n`;
}
