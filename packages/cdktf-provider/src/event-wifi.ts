// Wi-Fi for one event: a voucher batch sized for the expected attendees plus a
// margin, expiring when the event ends, and accounts for the staff. Thin on
// purpose (CDKTF is deprecated upstream): everything here is one HCL resource or
// output away, so a team can drop the construct and keep the configuration.
import { type ITerraformDependable, TerraformOutput, type TerraformProvider } from "cdktf";
import { Construct } from "constructs";
import { Account, type DataHotspotPricePlan, VoucherBatch } from "./bindings.js";
import { expiresText, type WallClock, wallClock } from "./event-time.js";
import { escapeTemplate } from "./model-attributes.js";
import { type SecretStorageOptions, secretStorage } from "./secret-storage.js";

export interface StaffMember {
  username: string;
  /** A literal, or better a token (a sensitive TerraformVariable, a random_password result). */
  password?: string;
}

export interface EventWifiProps extends SecretStorageOptions {
  /** The event's name: the default voucher prefix is derived from it. */
  name: string;
  /** Server wall-clock time (`2026-12-05T09:00` or a Date whose UTC fields are the server's). */
  start: WallClock;
  /** Server wall-clock time; vouchers and staff accounts expire then. */
  end: WallClock;
  expectedAttendees: number;
  /**
   * The price plan vouchers and staff accounts use: its name on the server (`"1 Day"`, the
   * provider's `plan`), its numeric id (`plan_id`), or a `hotspot_price_plan` data source (its id).
   */
  plan: PlanChoice;
  /** The staff accounts' price plan. Default: `plan`. */
  staffPlan?: PlanChoice;
  /** Extra vouchers, in percent of the expected attendees, rounded up. Default 10. */
  marginPercent?: number;
  /** Voucher username prefix. Default: the name in capitals, non-alphanumerics dropped, then `-`. */
  prefix?: string;
  /** `ticket` (a code, no password) or `prepaid` (username and password). Default `ticket`. */
  voucherType?: "ticket" | "prepaid";
  staff?: StaffMember[];
  /** A hotspot provider other than the stack's default one. */
  provider?: TerraformProvider;
  dependsOn?: ITerraformDependable[];
}

/** A price plan by its name on the server, its numeric id, or a `hotspot_price_plan` data source. */
export type PlanChoice = string | number | DataHotspotPricePlan;

/** The provider attribute naming a plan: `plan` for a name, `plan_id` for an id. */
export function planAttributes(plan: PlanChoice): { plan: string } | { planId: number } {
  if (typeof plan === "string") return { plan: escapeTemplate(plan) };
  return { planId: typeof plan === "number" ? plan : plan.id };
}

export const DEFAULT_MARGIN_PERCENT = 10;

/** attendees plus margin percent, rounded up: 250 and 10 % make 275. */
export function voucherCount(expectedAttendees: number, marginPercent = DEFAULT_MARGIN_PERCENT): number {
  if (!Number.isInteger(expectedAttendees) || expectedAttendees < 1) {
    throw new Error(`expectedAttendees: expected a whole number of at least 1, got ${expectedAttendees}`);
  }
  if (!Number.isFinite(marginPercent) || marginPercent < 0) {
    throw new Error(`marginPercent: expected a number of at least 0, got ${marginPercent}`);
  }
  // Integer arithmetic in hundredths: 250 * 1.1 is 275.00000000000006 in floating point.
  return Math.ceil((expectedAttendees * Math.round(marginPercent * 100 + 10_000)) / 10_000);
}

export function defaultPrefix(name: string): string {
  const letters = name.toUpperCase().replace(/[^A-Z0-9]/g, "");
  if (!letters) throw new Error(`name: ${JSON.stringify(name)} has no letters or digits to make a voucher prefix from; pass prefix`);
  return `${letters}-`;
}

export class EventWifi extends Construct {
  readonly vouchers: VoucherBatch;
  readonly staff: Record<string, Account>;
  /** Sensitive output: the ticket codes, or for prepaid vouchers username → password. */
  readonly voucherOutput: TerraformOutput;
  readonly voucherCount: number;

  constructor(scope: Construct, id: string, props: EventWifiProps) {
    super(scope, id);
    const start = wallClock(props.start, "start");
    const end = wallClock(props.end, "end");
    if (end.getTime() <= start.getTime()) {
      throw new Error(`end: the event must end after it starts (${expiresText(start)} → ${expiresText(end)})`);
    }
    const expires = expiresText(end);
    const meta = { provider: props.provider, dependsOn: props.dependsOn };

    this.voucherCount = voucherCount(props.expectedAttendees, props.marginPercent);
    this.vouchers = new VoucherBatch(this, "vouchers", {
      ...meta,
      prefix: props.prefix ?? defaultPrefix(props.name),
      memberCount: this.voucherCount,
      ...planAttributes(props.plan),
      type: props.voucherType ?? "ticket",
      expires,
    });

    this.staff = {};
    // Staff passwords go write-only (out of state) unless the app asks to keep them in state.
    const storage = (props.staff ?? []).some((m) => m.password !== undefined) ? secretStorage(this, `EventWifi ${id}`, props) : "state";
    const seen = new Set<string>();
    for (const member of props.staff ?? []) {
      if (seen.has(member.username)) throw new Error(`staff: ${member.username} is listed twice`);
      seen.add(member.username);
      this.staff[member.username] = new Account(this, member.username, {
        ...meta,
        username: member.username,
        ...(member.password === undefined
          ? {}
          : storage === "write-only"
            ? { passwordWo: member.password, passwordWoVersion: props.secretsVersion ?? 1 }
            : { password: member.password }),
        ...planAttributes(props.staffPlan ?? props.plan),
        type: "prepaid",
        expires,
      });
    }

    // A ticket's code is its username (no password); a prepaid voucher needs both.
    const tickets = (props.voucherType ?? "ticket") === "ticket";
    this.voucherOutput = new TerraformOutput(this, "voucher-list", {
      description: tickets ? `Ticket codes for ${props.name}` : `Vouchers for ${props.name}: username → password`,
      value: tickets ? this.vouchers.usernames : this.vouchers.passwords,
      sensitive: true,
    });
    // A name the operator can type: `terraform output -json <id>_vouchers`.
    this.voucherOutput.overrideLogicalId(`${id.replace(/[^A-Za-z0-9_-]/g, "_")}_vouchers`);
  }
}
