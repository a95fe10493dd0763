// Price plans. A real server's plans are made in its UI; the API can only list them. The emulator
// starts with a realistic default set, or loads plans from a JSON/YAML file.
import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

/** A price plan as the emulator applies it. Units: seconds, bytes, bytes per second, days. */
export interface PlanSpec {
  id: number;
  description: string;
  /** Price in the server's currency (2 decimals). */
  price: number;
  /** Time granted, seconds. */
  time: number;
  unlimitedTime: boolean;
  /** Quota granted, bytes. */
  quota: number;
  unlimitedQuota: boolean;
  /** Rate limits in bytes per second (0 = none). */
  download: number;
  upload: number;
  /** Days from generation/refill until the account expires (0 = never). */
  expireDays: number;
  enabled: boolean;
  /** Daily limits (0 = disabled). */
  dailyTime: number;
  dailyQuota: number;
  dailyLogins: number;
}

const nonNegInt = z.number().int().nonnegative();
const planSchema = z
  .object({
    id: z.number().int().positive(),
    description: z.string().min(1),
    price: z.number().nonnegative().default(0),
    time: nonNegInt.default(0),
    unlimitedTime: z.boolean().default(false),
    quota: nonNegInt.optional(),
    unlimitedQuota: z.boolean().optional(),
    download: nonNegInt.default(0),
    upload: nonNegInt.default(0),
    expireDays: nonNegInt.default(0),
    enabled: z.boolean().default(true),
    dailyTime: nonNegInt.default(0),
    dailyQuota: nonNegInt.default(0),
    dailyLogins: nonNegInt.default(0),
  })
  .strict();
const plansFileSchema = z.union([z.array(planSchema), z.object({ plans: z.array(planSchema) }).strict()]);

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

export const DEFAULT_PLANS: readonly PlanSpec[] = [
  plan({ id: 1, description: "1 Hour", price: 2, time: 3600, download: 131072, upload: 65536, expireDays: 1 }),
  plan({
    id: 2,
    description: "1 Day",
    price: 5,
    time: 86_400,
    quota: 2 * GIB,
    unlimitedQuota: false,
    download: 262_144,
    upload: 131_072,
    expireDays: 2,
  }),
  plan({
    id: 3,
    description: "1 Week",
    price: 20,
    time: 604_800,
    quota: 10 * GIB,
    unlimitedQuota: false,
    download: 524_288,
    upload: 262_144,
    expireDays: 7,
  }),
  plan({
    id: 4,
    description: "30 Days Unlimited",
    price: 49.9,
    unlimitedTime: true,
    download: 1_048_576,
    upload: 524_288,
    expireDays: 30,
  }),
  plan({
    id: 5,
    description: "Daily 2 Hours (monthly)",
    price: 15,
    time: 30 * 7200,
    download: 262_144,
    upload: 131_072,
    expireDays: 30,
    dailyTime: 7200,
  }),
];

export type PlanInput = z.input<typeof planSchema>;

/** Fill defaults: a plan without a quota has unlimited quota. */
export function plan(input: PlanInput): PlanSpec {
  const p = planSchema.parse(input);
  return {
    ...p,
    quota: p.quota ?? 0,
    unlimitedQuota: p.unlimitedQuota ?? p.quota === undefined,
  };
}

export function normalizePlans(inputs: readonly PlanInput[]): PlanSpec[] {
  const plans = inputs.map(plan);
  const seen = new Set<number>();
  for (const p of plans) {
    if (seen.has(p.id)) throw new Error(`price plan id ${p.id} is defined twice`);
    seen.add(p.id);
  }
  return plans.sort((a, b) => a.id - b.id);
}

/** Load plans from a .json, .yaml or .yml file: an array of plans or `{ plans: [...] }`. */
export function loadPlansFile(path: string): PlanSpec[] {
  const text = readFileSync(path, "utf8");
  let data: unknown;
  try {
    data = path.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new Error(`${path}: not valid ${path.endsWith(".json") ? "JSON" : "YAML"}: ${(err as Error).message}`);
  }
  const parsed = plansFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: invalid price plans at ${issue?.path.join(".") || "(root)"}: ${issue?.message}`);
  }
  return normalizePlans(Array.isArray(parsed.data) ? parsed.data : parsed.data.plans);
}

/** `TimeHHMM` as the server displays a plan's time: hours (unbounded) and minutes. */
export function timeHHMM(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
