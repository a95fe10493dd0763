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

/**
 * The write-only twin of a secret account field's attribute (Terraform ≥ 1.11: never stored in
 * plans or state): `password_wo`, `card_number_wo`.
 */
export const writeOnlyAttributeName = (f: { name: string; snake: string }): string => `${attributeName(f)}_wo`;

/**
 * The number attribute that versions a write-only value (nothing is stored to compare, so a new
 * version is what sends it again): `password_wo_version`, and one `card_wo_version` for the card.
 */
export const writeOnlyVersionName = (f: { name: string }): string => (f.name.startsWith("card.") ? "card_wo_version" : `${snakeName(f.name)}_wo_version`);

/** Whether an account field has a write-only twin: the password and the card fields. */
export const hasWriteOnlyAttribute = (f: { name: string }): boolean => f.name === "password" || f.name.startsWith("card.");
