// Terraform attribute names of catalogue fields. The provider's schema and the constructs'
// generated bindings both name attributes through these, so a state written by one is read by
// the other.


/** A model path in snake_case, segments joined by `_` (`rates.download` → `rates_download`). */
export function snakeName(path: string): string {
  return path
    .split(".")
    .map((s) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`))
    .join("_");
}

/** The Terraform attribute of an account field: `plan` is `plan_id` (the numeric id), the rest snake_case. */
export const attributeName = (f: { name: string; snake: string }): string => (f.name === "plan" ? "plan_id" : f.snake);

/**
 * The Terraform attribute of a batch field: `plan` is `plan_id`; `count` is `member_count`,
 * because terraform reserves `count` as a meta-argument of every resource block.
 */
export const batchAttributeName = (f: { name: string; snake: string }): string =>
  f.name === "count" ? "member_count" : attributeName(f);
