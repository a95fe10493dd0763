// Fault injection for tests of clients and of apply's recovery. Each kind fires at a rate (0..1)
// drawn from a PRNG seeded by `seed`: the same seed and the same sequence of requests give the same
// faults. Every request draws the same number of values whatever fires, so one kind's rate does not
// shift another kind's pattern.
import { z } from "zod";
import type { CommandClass } from "./commands/registry.js";
import { type Random, seededRandom } from "./prng.js";

export type FaultKind = "latency" | "http500" | "drop" | "truncated" | "malformed" | "commitThenFail";

export interface FaultRates {
  /** Delay the answer by latencyMs. */
  latency?: number;
  /** Answer HTTP 500 without running the command. */
  http500?: number;
  /** Destroy the connection without an answer, without running the command. */
  drop?: number;
  /** Run the command, answer 200 with the XML cut short. */
  truncated?: number;
  /** Run the command, answer 200 with XML that does not parse. */
  malformed?: number;
  /** Writes only: run and commit the command, then lose the answer (see commitThenFailMode). */
  commitThenFail?: number;
}

export interface FaultConfig extends FaultRates {
  /** PRNG seed (default 1). Setting faults restarts the sequence. */
  seed?: number;
  /** Added delay for `latency`: a fixed number of ms, or [min, max] drawn per request (default 200). */
  latencyMs?: number | [number, number];
  /** How a commit-then-fail answer is lost: the socket destroyed (default) or HTTP 500. */
  commitThenFailMode?: "drop" | "http500";
  /** Rates for read / write commands, overriding the top-level rates. */
  reads?: FaultRates;
  writes?: FaultRates;
  /** Rates per command (lowercase name), overriding the class rates. */
  commands?: Record<string, FaultRates>;
}

const rate = z.number().min(0).max(1).optional();
const ratesShape = {
  latency: rate,
  http500: rate,
  drop: rate,
  truncated: rate,
  malformed: rate,
  commitThenFail: rate,
};
const ratesSchema = z.object(ratesShape).strict();
export const faultConfigSchema = z
  .object({
    ...ratesShape,
    seed: z.number().int().optional(),
    latencyMs: z.union([z.number().nonnegative(), z.tuple([z.number().nonnegative(), z.number().nonnegative()])]).optional(),
    commitThenFailMode: z.enum(["drop", "http500"]).optional(),
    reads: ratesSchema.optional(),
    writes: ratesSchema.optional(),
    commands: z.record(z.string(), ratesSchema).optional(),
  })
  .strict();

/** What to do to one request. */
export interface FaultDecision {
  latencyMs: number;
  /** Before the command runs: nothing is committed. */
  before?: "http500" | "drop";
  /** After the command ran (and a write was committed). */
  after?: "commitThenFail" | "truncated" | "malformed";
  /** Where to cut a truncated answer, as a fraction of its length. */
  cut: number;
  commitThenFailMode: "drop" | "http500";
}

const NONE: FaultDecision = { latencyMs: 0, cut: 0, commitThenFailMode: "drop" };

export class FaultInjector {
  private config: FaultConfig | undefined;
  private random: Random = seededRandom(1);

  constructor(config?: FaultConfig) {
    this.set(config);
  }

  set(config: FaultConfig | undefined | null): void {
    this.config = config ? faultConfigSchema.parse(config) : undefined;
    this.random = seededRandom(this.config?.seed ?? 1);
  }

  get(): FaultConfig | undefined {
    return this.config ? structuredClone(this.config) : undefined;
  }

  decide(command: string, kind: CommandClass): FaultDecision {
    const c = this.config;
    if (!c) return NONE;
    const rates: FaultRates = {
      ...pickRates(c),
      ...(kind === "read" ? c.reads : c.writes),
      ...c.commands?.[command],
    };
    // Always 8 draws, in this order.
    const r = Array.from({ length: 8 }, () => this.random()) as [number, number, number, number, number, number, number, number];
    const hit = (rateValue: number | undefined, draw: number): boolean => (rateValue ?? 0) > draw;
    const d: FaultDecision = { latencyMs: 0, cut: r[5], commitThenFailMode: c.commitThenFailMode ?? "drop" };
    if (hit(rates.latency, r[0])) {
      const spec = c.latencyMs ?? 200;
      d.latencyMs = Array.isArray(spec) ? Math.round(spec[0] + (spec[1] - spec[0]) * r[1]) : spec;
    }
    if (hit(rates.drop, r[2])) d.before = "drop";
    else if (hit(rates.http500, r[3])) d.before = "http500";
    if (kind === "write" && hit(rates.commitThenFail, r[7])) d.after = "commitThenFail";
    else if (hit(rates.truncated, r[4])) d.after = "truncated";
    else if (hit(rates.malformed, r[6])) d.after = "malformed";
    return d;
  }
}

function pickRates(c: FaultConfig): FaultRates {
  const { latency, http500, drop, truncated, malformed, commitThenFail } = c;
  return { latency, http500, drop, truncated, malformed, commitThenFail };
}

/**
 * Cut the document somewhere inside its root element (after the root's first characters, before
 * its end), so the result is never complete nor a bare prolog that some parsers accept.
 */
export function truncate(body: string, fraction: number): string {
  const min = Math.max(1, body.search(/<[A-Za-z]/) + 2);
  const max = body.trimEnd().length - 1;
  return body.slice(0, min + Math.floor(fraction * Math.max(1, max - min)));
}

/** Break the document so no XML parser accepts it: the root's closing tag no longer matches. */
export function malform(body: string): string {
  return body.replace(/<\/(\w+)>(\s*)$/, "</$1_broken><$2");
}
