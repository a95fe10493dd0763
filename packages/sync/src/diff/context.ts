// What every diff of a site shares: the site, the server's price plans, the state's hash key and
// what to do with write-only fields it cannot compare. Its own module: the account, batch and
// implied-rates diffs all read it, and none of them should import another for it.
import type { Hasher } from "../state/hash.js";
import type { PlanRates } from "./price-plans.js";

export interface DiffContext {
  site: string;
  /** Price-plan reference key (`pricePlans:` in the YAML) → the server's price-plan id. */
  pricePlanIds: ReadonlyMap<string, number>;
  /** The server's price-plan id → its description (for display). */
  pricePlanNames: ReadonlyMap<number, string>;
  /** The server's price-plan id → the rates it gives, where the server reports them. */
  pricePlanRates?: ReadonlyMap<number, PlanRates>;
  hasher: Hasher;
  /** The state file exists and its hash key matches: write-only hashes can be compared. */
  stateKnown: boolean;
  /** What to do with write-only fields whose last applied value is unknown. */
  writeOnly: "assume" | "resend";
  /** The configuration's taint (config.tainted): values from references are shown as sensitive. */
  tainted?: ReadonlyMap<string, string>;
  /** How a forceable refusal names the way to force it: `--force` (the CLI), `force = true` (the provider). */
  forceName?: string;
}
