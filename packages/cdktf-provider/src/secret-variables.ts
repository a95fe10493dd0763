// Sensitive values from the YAML model (account passwords, card data) become
// sensitive Terraform input variables, so cdk.tf.json never holds them in clear:
// a value written as `${env:NAME}` becomes `var.NAME` (terraform reads it from
// TF_VAR_NAME); any other secret (a `${file:…}`, a template, a literal) becomes a
// variable named after where it is used (`var.<id>_<username>_password`).
// `inline` mode writes resolved values into the JSON instead: simpler, and only
// acceptable where cdk.tf.json is treated like the secret it then contains.
import type { Secret } from "@hotspot-iac/core";
import { TerraformStack, TerraformVariable } from "cdktf";
import type { Construct } from "constructs";
import { escapeTemplate } from "./model-attributes.js";

export type SecretMode = "variables" | "inline";

const WHOLE_ENV_REF = /^\$\{env:([A-Za-z_][A-Za-z0-9_]*)(?::-(.*))?\}$/s;
const ENV_NAMES = /\$\{env:([A-Za-z_][A-Za-z0-9_]*)/g;

/** The environment variables a reference reads (`${env:A}-${env:B}` reads A and B). */
export const envNamesOf = (ref: string | undefined): string[] => (ref ? [...ref.matchAll(ENV_NAMES)].map((m) => m[1]!) : []);

/** A Terraform identifier from any text (letters, digits, `_`, `-`; not starting with a digit). */
export function identifier(text: string): string {
  const id = text.replace(/[^A-Za-z0-9_-]/g, "_");
  return /^[A-Za-z_]/.test(id) ? id : `_${id}`;
}

/** A variable name a shell can export as TF_VAR_<name>: no `-`. */
const variableName = (text: string): string => identifier(text).replace(/-/g, "_");

/** Where the value came from, for the variable's description (no `${`: terraform would read it as a template). */
function origin(ref: string | undefined): string {
  if (!ref) return "a value written in clear in the YAML";
  const env = WHOLE_ENV_REF.exec(ref);
  if (env) return `the environment variable ${env[1]}`;
  const file = /^\$\{file:([^}]*)\}$/.exec(ref);
  if (file) return `the file ${file[1]}`;
  return "a template of references";
}

export class SecretVariables {
  readonly variables: Record<string, TerraformVariable> = {};
  /** Environment variables the secrets' references read: these may be unset at synth. */
  readonly referenced = new Set<string>();
  readonly #values = new Map<string, string>();

  /** `unset`: variables the lenient load found unset; a secret reading one has no value at synth. */
  constructor(
    private readonly scope: Construct,
    readonly mode: SecretMode,
    private readonly unset: ReadonlySet<string> = new Set(),
  ) {}

  /** A value for a sensitive attribute: a variable reference, or the clear value in inline mode. */
  token(secret: Secret, usedAs: string, description: string): string {
    const names = envNamesOf(secret.ref);
    for (const n of names) this.referenced.add(n);
    const known = secret.resolved && !names.some((n) => this.unset.has(n));
    if (this.mode === "inline") {
      if (!known) throw new Error(`${description}: secrets: "inline" writes the value into cdk.tf.json, but ${names.filter((n) => this.unset.has(n)).join(", ")} is not set`);
      return escapeTemplate(secret.reveal());
    }
    const env = secret.ref ? WHOLE_ENV_REF.exec(secret.ref) : null;
    const name = env ? env[1]! : variableName(usedAs);
    if (known) {
      const seen = this.#values.get(name);
      // One variable per name; two different values under one name is a naming clash to report.
      if (seen !== undefined && seen !== secret.reveal()) {
        throw new Error(`variable ${name} would carry two different secrets (${description})`);
      }
    }
    // Variables live on the stack, so constructs reading the same ${env:NAME} share one.
    const stack = TerraformStack.of(this.scope);
    const constructId = `secret-${name}`;
    let variable = stack.node.tryFindChild(constructId) as TerraformVariable | undefined;
    if (!variable) {
      const fallback = env?.[2];
      variable = new TerraformVariable(stack, constructId, {
        type: "string",
        sensitive: true,
        nullable: false,
        // `${env:NAME:-fallback}`: the fallback was written in the YAML in clear already.
        ...(fallback !== undefined ? { default: fallback } : {}),
        description: `${description}, from ${origin(secret.ref)} (set TF_VAR_${name})`,
      });
      variable.overrideLogicalId(name);
    }
    this.variables[name] = variable;
    if (known) this.#values.set(name, secret.reveal());
    return variable.stringValue;
  }

  /**
   * The TF_VAR_* environment that gives terraform the values resolved at load, for
   * a program that runs terraform itself (pass it as the child's environment, never
   * write it to a file).
   */
  environment(): Record<string, string> {
    return Object.fromEntries([...this.#values].map(([name, value]) => [`TF_VAR_${name}`, value]));
  }
}
