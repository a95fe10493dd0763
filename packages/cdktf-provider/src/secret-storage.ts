// Where the constructs put passwords and card data: in the provider's write-only attributes
// (`password_wo` with `password_wo_version`), which Terraform ≥ 1.11 sends to the server and
// never stores in plans or state. The app says it targets such a Terraform with the context
// `targetVersions` (cdktn reads the same key and refuses write-only attributes without it);
// `secretsInState: true` keeps the plain `password` for older Terraform, with a warning; card data
// has no plain attribute (the provider never stores it), so the constructs refuse it then.
import { Annotations } from "cdktf";
import type { Construct } from "constructs";

export type SecretStorage = "write-only" | "state";

export interface SecretStorageOptions {
  /**
   * Store passwords in the plain attributes, hence in terraform state (for Terraform < 1.11);
   * card data, write-only only, is then refused. Default false: write-only attributes, which
   * need the app context `targetVersions: { terraform: ">=1.11" }`.
   */
  secretsInState?: boolean;
  /**
   * The version of the write-only values (`password_wo_version`, `card_wo_version`): terraform
   * stores nothing to compare, so raise it to send changed passwords again. Default 1.
   */
  secretsVersion?: number;
}

/** The context key cdktn reads (cdktf.json `"targetVersions"`, or the App's `context`). */
export const TARGET_VERSIONS = "targetVersions";
const MINIMUM: [number, number] = [1, 11];

/** True when every alternative of an npm semver range starts at 1.11 or later (`>=1.11`, `^1.11.0`, `~1.12`). */
export function rangeFrom111(range: string): boolean {
  return range.split("||").every((alternative) => {
    const m = /^\s*(?:>=|>|\^|~|=)?\s*v?(\d+)\.(\d+)/.exec(alternative);
    if (!m) return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
  });
}

/** Whether the app declares Terraform ≥ 1.11 (and OpenTofu ≥ 1.11 when it targets OpenTofu too). */
export function targetsWriteOnly(scope: Construct): boolean {
  const declared = scope.node.tryGetContext(TARGET_VERSIONS) as Record<string, unknown> | undefined;
  if (typeof declared !== "object" || declared === null) return false;
  const ranges = Object.values(declared);
  return ranges.length > 0 && ranges.every((r) => typeof r === "string" && rangeFrom111(r));
}

/** The storage a construct uses, decided once per construct; throws when neither is possible as asked. */
export function secretStorage(scope: Construct, who: string, options: SecretStorageOptions): SecretStorage {
  if (options.secretsInState) {
    Annotations.of(scope).addWarning(
      `${who}: secretsInState stores passwords in clear in terraform state (for Terraform < 1.11); protect the state like the secrets, or target Terraform >= 1.11 and drop the option`,
    );
    return "state";
  }
  if (!targetsWriteOnly(scope)) {
    throw new Error(
      `${who}: passwords and card data go into write-only attributes, kept out of terraform state, which needs Terraform >= 1.11: ` +
        `declare it with the context targetVersions: { terraform: ">=1.11" } (cdktf.json "context", or new App({ context })), ` +
        `or pass secretsInState: true for an older Terraform (passwords are then stored in state; card data is refused)`,
    );
  }
  const version = options.secretsVersion ?? 1;
  if (!Number.isInteger(version) || version < 1) throw new Error(`${who}: secretsVersion: expected a whole number of at least 1, got ${version}`);
  return "write-only";
}
