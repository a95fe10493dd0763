// Model values (the YAML after loading: seconds, bytes, wall-clock Dates, Secrets)
// → provider attribute values, which are the YAML's own text units (`2h30m`, `5GB`,
// `1Mbit`, `2026-12-31T18:00`). Driven by core's field catalogue and attribute names, the
// tables the sync engine and the provider read, so a field added there shows up here, and a
// field core nests (`customer = { email }`, `card_wo = { number }`) is nested here too.
import {
  ACCOUNT_FIELDS,
  attributeName,
  BATCH_FIELDS,
  batchAttributeName,
  type FieldSpec,
  fieldValue,
  formatValue,
  hasWriteOnlyAttribute,
  PLAN_ID_ATTRIBUTE,
  type PricePlanRef,
  Secret,
  snakeName,
  writeOnlyAttributeName,
  writeOnlyVersionName,
} from "@hotspot-iac/core";
import type { SecretStorage } from "./secret-storage.js";

/** How a field's value becomes an attribute value when it is not plain data. */
export interface AttributeContext {
  /** The `pricePlans` entry a `plan:` key names. */
  pricePlan(key: string): PricePlanRef;
  /** The value for a sensitive field: a variable reference, or the clear value. */
  secret(value: Secret, field: FieldSpec): string;
  /** Secrets with a write-only twin go there (with its version) unless kept in state. */
  storage: SecretStorage;
  /** The write-only values' version. */
  secretsVersion: number;
}

export type AttributeValue = string | number | boolean | string[] | { [child: string]: AttributeValue };
type Config = Record<string, AttributeValue>;

/** The generated bindings' config key of an attribute (`rates_download` → `ratesDownload`). */
export const configKey = (attribute: string): string => attribute.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Terraform reads `${` and `%{` in JSON strings as templates; YAML text is literal. */
export const escapeTemplate = (text: string): string => text.replace(/([$%])\{/g, "$1$1{");

/**
 * Whether the write-only attribute is a field's only form (card data: `card_wo.number`), as
 * opposed to a twin beside a stored one (`password_wo` beside `password`).
 */
const writeOnlyOnly = (f: FieldSpec): boolean => hasWriteOnlyAttribute(f) && writeOnlyAttributeName(f) === attributeName(f);

/** Sets an attribute (`customer.first_name` in its nested object) in the bindings' config. */
function put(config: Config, attribute: string, value: AttributeValue): void {
  const [parent, child] = attribute.split(/\.(.*)/s) as [string, string | undefined];
  if (child === undefined) {
    config[configKey(parent)] = value;
    return;
  }
  const nested = (config[configKey(parent)] ??= {}) as Config;
  nested[configKey(child)] = value;
}

/**
 * A `plan:` key as the provider's attributes: `plan` (the server's plan by its name, as the YAML
 * names it) when the `pricePlans` entry gives a description, `plan_id` when it gives an id.
 */
export function planAttribute(planAttributeName: string, ref: PricePlanRef): [string, AttributeValue] {
  if (ref.id !== undefined) return [PLAN_ID_ATTRIBUTE, ref.id];
  return [planAttributeName, escapeTemplate(ref.description ?? "")];
}

export function attributeValue(f: FieldSpec, value: unknown, ctx: AttributeContext): AttributeValue {
  if (value instanceof Secret) return ctx.secret(value, f);
  // Sensitive by classification even when not written as a secret (card type): never inline.
  if (f.sensitive) return ctx.secret(Secret.of(String(value)), f);
  if (f.kind === "string") return escapeTemplate(value as string);
  return formatValue(f.kind, value, "attribute");
}

type Enforcing = object & { enforce?: readonly string[] };

/** The bindings' config of an account: every catalogue field it sets, and `enforce` in snake_case. */
export function accountConfig(account: Enforcing, ctx: AttributeContext, owner: string): Config {
  const config: Config = {};
  for (const f of ACCOUNT_FIELDS) {
    const value = fieldValue(account, f.name);
    if (value === undefined) continue;
    if (f.kind === "planRef") {
      put(config, ...planAttribute(attributeName(f), ctx.pricePlan(value as string)));
      continue;
    }
    if (hasWriteOnlyAttribute(f) && (ctx.storage === "write-only" || writeOnlyOnly(f))) {
      if (ctx.storage !== "write-only") {
        // Card data has no stored form: with secretsInState it could only be left out, silently.
        throw new Error(
          `${owner}: ${f.name} can only be sent through the write-only attribute ${writeOnlyAttributeName(f)} (it is never kept in terraform state), ` +
            `which needs Terraform >= 1.11: drop secretsInState and declare the context targetVersions: { terraform: ">=1.11" }, or remove ${f.name} from the account`,
        );
      }
      // Kept out of state: terraform sends the value and stores only the version.
      put(config, writeOnlyAttributeName(f), attributeValue(f, value, ctx));
      put(config, writeOnlyVersionName(f), ctx.secretsVersion);
      continue;
    }
    put(config, attributeName(f), f.class === "identity" ? escapeTemplate(value as string) : attributeValue(f, value, ctx));
  }
  if (account.enforce?.length) config["enforce"] = account.enforce.map(snakeName);
  return config;
}

/** The bindings' config of a batch: member settings in the account fields' units, the rest as is. */
export function batchConfig(batch: Enforcing, ctx: AttributeContext): Config {
  const config: Config = {};
  for (const f of BATCH_FIELDS) {
    const value = fieldValue(batch, f.name);
    if (value === undefined) continue;
    const member = ACCOUNT_FIELDS.find((a) => a.name === f.name);
    if (member?.kind === "planRef") {
      put(config, ...planAttribute(batchAttributeName(f), ctx.pricePlan(value as string)));
      continue;
    }
    put(config, batchAttributeName(f), member ? attributeValue(member, value, ctx) : typeof value === "string" ? escapeTemplate(value) : (value as number));
  }
  if (batch.enforce?.length) config["enforce"] = batch.enforce.map(snakeName);
  return config;
}
