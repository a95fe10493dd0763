// zod's z.record skips a `__proto__` key (assigning it into the plain object it builds would
// replace that object's prototype): the entry is neither validated nor kept. Here names are data
// (a site or a price plan may be called `__proto__`), so such entries are validated on their own
// and put back as own properties.
import type { z } from "zod";
import { pricePlanSchema, siteSchema } from "./schema.js";

const KEY = "__proto__";
type Issue = z.core.$ZodIssue;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Restores `__proto__` entries of `sites` and every `pricePlans` into `output`; returns their issues. */
export function restoreProtoKeys(input: unknown, output: unknown): Issue[] {
  const issues: Issue[] = [];
  const restore = (inRec: unknown, outRec: unknown, schema: z.ZodType, path: PropertyKey[]) => {
    if (!isRecord(inRec) || !isRecord(outRec) || !Object.hasOwn(inRec, KEY)) return;
    const r = schema.safeParse(inRec[KEY]);
    if (r.success) Object.defineProperty(outRec, KEY, { value: r.data, enumerable: true, writable: true, configurable: true });
    else issues.push(...r.error.issues.map((i) => ({ ...i, path: [...path, KEY, ...i.path] }) as Issue));
  };
  if (!isRecord(input) || !isRecord(output)) return issues;
  restore(input.pricePlans, output.pricePlans, pricePlanSchema, ["pricePlans"]);
  restore(input.sites, output.sites, siteSchema, ["sites"]);
  if (isRecord(input.sites) && isRecord(output.sites)) {
    for (const name of Object.keys(output.sites)) {
      const inSite = Object.hasOwn(input.sites, name) ? input.sites[name] : undefined;
      const outSite = output.sites[name];
      if (isRecord(inSite) && isRecord(outSite)) restore(inSite.pricePlans, outSite.pricePlans, pricePlanSchema, ["sites", name, "pricePlans"]);
    }
  }
  return issues;
}
