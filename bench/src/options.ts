// Command-line options of `pnpm bench`.
import { parseArgs } from "node:util";

export interface BenchOptions {
  sizes: number[];
  mode: "quick" | "full";
  repeat: number | undefined;
  terraform: boolean;
  terraformAccounts: number;
  /** Results file name without extension, under bench/results/. */
  out: string;
  /** Measure nothing: re-render the run in this results JSON (with --terraform-from, merged). */
  from: string | undefined;
  /** With --from: add the sizes of this results JSON that the first one lacks. */
  mergeSizes: string | undefined;
  /** Take the terraform row from this earlier results JSON instead of measuring it again. */
  terraformFrom: string | undefined;
  /** Also measure the no-change plan with the CLI's sources run through tsx. */
  tsx: boolean;
  /** Also write bench/results/reference.{md,json}. */
  reference: boolean;
  /** Measure the vouchers row (1,000 cards). */
  vouchers: boolean;
  /** Measure the fleet row (20 venues × 500 accounts at 100 ms, and 100 × 1,000 for RSS). */
  fleet: boolean;
  /** Take the fleet row from this earlier results JSON instead of measuring it again. */
  fleetFrom: string | undefined;
  /** With --from: the validate row of this results JSON. */
  validateFrom: string | undefined;
  /** Measure the validate row (200,000 pricePlans entries). */
  validate: boolean;
}

export const USAGE = `usage: pnpm bench [--quick] [--sizes 1000,10000] [--repeat N] [--no-terraform] [--out NAME] [--reference]
  --quick          1,000 accounts only (and the terraform row)
  --sizes LIST     account counts to measure (default 1000,10000,100000)
  --repeat N       runs of each repeated timing, median reported (default 3, 1 at 100,000)
  --no-terraform   skip the terraform row
  --no-vouchers    skip the vouchers row (1,000 cards to PDF, HTML and CSV)
  --vouchers-only  only the vouchers row
  --no-fleet       skip the fleet row (20 venues × 500 accounts, each an emulator answering after 100 ms; 100 × 1,000 for RSS)
  --fleet-only     only the fleet row
  --no-validate    skip the validate row (200,000 pricePlans entries, and 100,000)
  --validate-only  only the validate row
  --fleet-from FILE  reuse the fleet row of an earlier results JSON (it keeps its own date)
  --validate-from FILE  with --from: the validate row of an earlier results JSON (it keeps its own date)
  --terraform-only only the terraform row
  --terraform-from FILE  reuse the terraform row of an earlier results JSON (it keeps its own date)
  --from FILE      measure nothing: rewrite the tables of an earlier results JSON
  --merge-sizes FILE  with --from: add the sizes of FILE that the first run lacks
  --no-tsx         skip the no-change plan with the CLI's sources run through tsx
  --out NAME       write bench/results/NAME.{md,json} (default latest)
  --reference      also write bench/results/reference.{md,json} (the committed run)`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((a) => a !== "--"),
    options: {
      quick: { type: "boolean", default: false },
      sizes: { type: "string" },
      repeat: { type: "string" },
      "no-terraform": { type: "boolean", default: false },
      "no-vouchers": { type: "boolean", default: false },
      "vouchers-only": { type: "boolean", default: false },
      "terraform-only": { type: "boolean", default: false },
      "no-fleet": { type: "boolean", default: false },
      "fleet-only": { type: "boolean", default: false },
      "fleet-from": { type: "string" },
      "validate-from": { type: "string" },
      "no-validate": { type: "boolean", default: false },
      "validate-only": { type: "boolean", default: false },
      "no-tsx": { type: "boolean", default: false },
      "terraform-from": { type: "string" },
      from: { type: "string" },
      "merge-sizes": { type: "string" },
      out: { type: "string", default: "latest" },
      reference: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const only = values["terraform-only"] || values["vouchers-only"] || values["fleet-only"] || values["validate-only"];
  const sizes = only
    ? []
    : values.sizes
    ? values.sizes.split(",").map((v) => Number(v.replace(/_/g, "")))
    : values.quick
      ? [1_000]
      : [1_000, 10_000, 100_000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--sizes: whole numbers ≥ 100 expected, got ${values.sizes}`);
  const repeat = values.repeat === undefined ? undefined : Number(values.repeat);
  if (repeat !== undefined && (!Number.isInteger(repeat) || repeat < 1)) throw new Error("--repeat: a whole number ≥ 1 expected");
  if (!/^[\w.-]+$/.test(values.out)) throw new Error("--out: a plain file name expected");
  return {
    sizes,
    mode: values.quick ? "quick" : "full",
    repeat,
    terraform: !values["no-terraform"] && !values["vouchers-only"] && !values["fleet-only"] && !values["validate-only"],
    tsx: !values["no-tsx"],
    terraformFrom: values["terraform-from"],
    from: values.from,
    mergeSizes: values["merge-sizes"],
    terraformAccounts: 1_000,
    out: values.out,
    reference: values.reference,
    vouchers: !values["no-vouchers"] && !values["terraform-only"] && !values["fleet-only"] && !values["validate-only"],
    fleet: values["fleet-only"] || (!values["no-fleet"] && !values.quick && !values["terraform-only"] && !values["vouchers-only"] && !values["validate-only"]),
    validate: values["validate-only"] || (!values["no-validate"] && !values["terraform-only"] && !values["vouchers-only"] && !values["fleet-only"]),
    fleetFrom: values["fleet-from"],
    validateFrom: values["validate-from"],
  };
}
