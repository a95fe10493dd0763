// Model values (the YAML after loading: seconds, bytes, wall-clock Dates, Secrets)
// → provider attribute values, which are the YAML's own text units (`2h30m`, `5GB`,
// `1Mbit`, `2026-12-31T18:00`). Driven by core's field catalogue, the same table the
// sync engine and the provider read, so a field added there shows up here.
import {
  ACCOUNT_FIELDS,
  attributeName,
  BATCH_FIELDS,
  batchAttributeName,
  type FieldSpec,
  fieldValue,
  formatValue,
  hasWriteOnlyAttribute,
  Secret,
  snakeName,
  writeOnlyAttributeName,
  writeOnlyVersionName,
} from "@hotspot-iac/core";
import type { SecretStorage } from "./secret-storage.js";

/** How a field's value becomes an attribute value when it is not plain data. */
export interface AttributeContext {
  /** The `plan_id` value (a data source's id token) of a `pricePlans` key. */
  planId(key: string): number;
  /** The value for a sensitive field: a variable reference, or the clear value. */
  secret(value: Secret, field: FieldSpec): string;
  /** Secrets with a write-only twin go there (with its version) unless kept in state. */
  storage: SecretStorage;
  /** The write-only values' version. */
  secretsVersion: number;
}

export type AttributeValue = string | number | boolean | string[];

/** The generated bindings' config key of an attribute (`rates_download` → `ratesDownload`). */
export const configKey = (attribute: string): string => attribute.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** Terraform reads `${` and `%{` in JSON strings as templates; YAML text is literal. */
export const escapeTemplate = (text: string): string => text.replace(/([$%])\{/g, "$1$1{");

export function attributeValue(f: FieldSpec, value: unknown, ctx: AttributeContext): AttributeValue {
  if (value instanceof Secret) return ctx.secret(value, f);
  // Sensitive by classification even when not written as a secret (card type): never inline.
  if (f.sensitive) return ctx.secret(Secret.of(String(value)), f);
  if (f.kind === "planRef") return ctx.planId(value as string);
  if (f.kind === "string") return escapeTemplate(value as string);
  return formatValue(f.kind, value, "attribute");
}

type Enforcing = object & { enforce?: readonly string[] };

/** The bindings' config of an account: every catalogue field it sets, and `enforce` in snake_case. */
export function accountConfig(account: Enforcing, ctx: AttributeContext): Record<string, AttributeValue> {
  const config: Record<string, AttributeValue> = {};
  for (const f of ACCOUNT_FIELDS) {
    const value = fieldValue(account, f.name);
    if (value === undefined) continue;
    if (ctx.storage === "write-only" && hasWriteOnlyAttribute(f)) {
      // Kept out of state: terraform sends the value and stores only the version.
      config[configKey(writeOnlyAttributeName(f))] = attributeValue(f, value, ctx);
      config[configKey(writeOnlyVersionName(f))] = ctx.secretsVersion;
      continue;
    }
    config[configKey(attributeName(f))] = f.class === "identity" ? escapeTemplate(value as string) : attributeValue(f, value, ctx);
  }
  if (account.enforce?.length) config["enforce"] = account.enforce.map(snakeName);
  return config;
}

/** The bindings' config of a batch: member settings in the account fields' units, the rest as is. */
export function batchConfig(batch: Enforcing, ctx: AttributeContext): Record<string, AttributeValue> {
  const config: Record<string, AttributeValue> = {};
  for (const f of BATCH_FIELDS) {
    const value = fieldValue(batch, f.name);
    if (value === undefined) continue;
    const member = ACCOUNT_FIELDS.find((a) => a.name === f.name);
    config[configKey(batchAttributeName(f))] = member
      ? attributeValue(member, value, ctx)
      : typeof value === "string"
        ? escapeTemplate(value)
        : (value as number);
  }
  if (batch.enforce?.length) config["enforce"] = batch.enforce.map(snakeName);
  return config;
}
