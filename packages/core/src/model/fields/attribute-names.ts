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

/** The nested attribute holding every `customer.*` field (`customer = { email = … }`). */
export const CUSTOMER_ATTRIBUTE = "customer";
/**
 * The write-only nested attribute holding every `card.*` field: card data has no stored form
 * (a card number or CVV2 in state is what nobody should keep).
 */
export const CARD_ATTRIBUTE = "card_wo";
/** The price plan by its numeric id; `plan` names it by description, as the YAML's `plan:` does. */
export const PLAN_ID_ATTRIBUTE = "plan_id";

/** Where an account field sits among the attributes: a top-level attribute, or a child of a nested one. */
export interface AttributeLocation {
  readonly attribute: string;
  /** The child of a nested attribute (`email` in `customer`). */
  readonly child?: string;
}

// By field name: the provider asks for every field of every resource on every call.
const locations = new Map<string, AttributeLocation>();

export function attributeLocation(f: { name: string; snake: string }): AttributeLocation {
  const known = locations.get(f.name);
  if (known !== undefined && (known.child !== undefined || known.attribute === f.snake)) return known;
  const [group, rest] = f.name.split(/\.(.*)/s);
  const at: AttributeLocation =
    group === "customer" && rest
      ? { attribute: CUSTOMER_ATTRIBUTE, child: snakeName(rest) }
      : group === "card" && rest
        ? { attribute: CARD_ATTRIBUTE, child: snakeName(rest) }
        : { attribute: f.snake };
  locations.set(f.name, at);
  return at;
}

/** The Terraform attribute of an account field as written in HCL: `rates_download`, `customer.first_name`, `card_wo.number`, `plan`. */
export const attributeName = (f: { name: string; snake: string }): string => {
  const at = attributeLocation(f);
  return at.child === undefined ? at.attribute : `${at.attribute}.${at.child}`;
};

/**
 * The Terraform attribute of a batch field: `count` is `member_count`, because terraform reserves
 * `count` as a meta-argument of every resource block.
 */
export const batchAttributeName = (f: { name: string; snake: string }): string => (f.name === "count" ? "member_count" : f.snake);

/**
 * The write-only attribute of a secret account field (Terraform ≥ 1.11: never stored in plans or
 * state): `password_wo` (twin of `password`), `card_wo.number` (the card's only form).
 */
export const writeOnlyAttributeName = (f: { name: string; snake: string }): string => (f.name.startsWith("card.") ? attributeName(f) : `${f.snake}_wo`);

/**
 * The number attribute that versions a write-only value (nothing is stored to compare, so a new
 * version is what sends it again): `password_wo_version`, and one `card_wo_version` for the card.
 */
export const writeOnlyVersionName = (f: { name: string }): string => (f.name.startsWith("card.") ? `${CARD_ATTRIBUTE}_version` : `${snakeName(f.name)}_wo_version`);

/** Whether an account field has a write-only attribute: the password (beside its plain one) and the card fields (their only one). */
export const hasWriteOnlyAttribute = (f: { name: string }): boolean => f.name === "password" || f.name.startsWith("card.");
