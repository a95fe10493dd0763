// Which card settings apply: the configuration's `cards:` (the site's, then the batch's, per key;
// instructions and labels per string), then what the caller passes (the command line's flags),
// per key again. One merge, so `hotspot vouchers print --batch P` needs no other flag.
import { type CardSettings, type Config, selectSite } from "@hotspot-iac/core";

/** The settings a batch's cards get from the configuration (none when it declares none). */
export function configuredCards(config: Config, site: string | undefined, batch: string | undefined): CardSettings {
  let s: ReturnType<typeof selectSite>;
  try {
    s = selectSite(config, site);
  } catch {
    return {}; // the batch's reading names the problem
  }
  const own = s.batches.find((b) => b.prefix === batch)?.cards;
  return mergeCards(s.cards ?? {}, own ?? {});
}

/** `over`'s keys replace `base`'s; instructions and labels string by string. */
export function mergeCards(base: CardSettings, over: CardSettings): CardSettings {
  const out: CardSettings = { ...base };
  for (const [k, v] of Object.entries(over) as Array<[keyof CardSettings, unknown]>) {
    if (v === undefined) continue;
    if (k === "instructions" || k === "labels") (out as Record<string, unknown>)[k] = { ...base[k], ...(v as object) };
    else (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
