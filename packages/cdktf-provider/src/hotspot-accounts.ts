// The YAML files the sync engine reads, as Terraform resources: accounts become
// hotspot_account, batches hotspot_voucher_batch, price-plan references
// hotspot_price_plan data sources. A team can move between `hotspot apply` and
// terraform without rewriting its configuration.
//
// `plan: day` becomes `plan = "1 Day"`, the server's plan by the name `pricePlans.day` gives it
// (`plan_id` where the entry gives an id); each `pricePlans` entry is also a data source, so an
// unknown plan fails the plan as the CLI's does even where no account uses it.
//
// `server.url` and `server.passphrase` become a hotspot provider's configuration (the
// passphrase a sensitive variable). What does not carry over: `ownership.prefixes`
// (terraform deletes only what its state holds, never an undeclared account), price-plan
// `expect` assertions, and `safety` thresholds.
//
// Synthesis never needs a secret: `fromYaml` loads leniently (an unset variable read by a
// secret stands in as a placeholder that never reaches cdk.tf.json; the secret becomes a
// variable), so a pull request's synth runs without them.
import { type Config, type FieldSpec, formatValue, type LoadOptions, type Site, selectSite } from "@hotspot-iac/core";
import { type ITerraformDependable, TerraformOutput, type TerraformProvider, TerraformStack, type TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { Account, type AccountConfig, DataHotspotPricePlan, HotspotProvider, VoucherBatch, type VoucherBatchConfig } from "./bindings.js";
import { type AttributeContext, accountConfig, batchConfig, escapeTemplate } from "./model-attributes.js";
import { type SecretStorage, type SecretStorageOptions, secretStorage } from "./secret-storage.js";
import { identifier, type SecretMode, SecretVariables } from "./secret-variables.js";
import { loadForSynth } from "./synth-load.js";

export interface HotspotAccountsOptions extends SecretStorageOptions {
  /** The site to provision when the configuration declares several (`sites:`). */
  site?: string;
  /** `variables` (default): secrets become sensitive input variables. `inline`: clear values in cdk.tf.json. */
  secrets?: SecretMode;
  provider?: TerraformProvider;
  /**
   * Make the YAML's `server` a provider with this alias (`hotspot.<alias>`) and declare every
   * resource on it: what HotspotFleet does for each venue. Without it, the server becomes the
   * stack's default hotspot provider.
   */
  providerAlias?: string;
  dependsOn?: ITerraformDependable[];
}

export interface HotspotAccountsProps extends HotspotAccountsOptions {
  config: Config;
  /** Environment variables the load found unset (fromYaml's lenient load): secrets may read them, nothing else. */
  unsetEnv?: ReadonlySet<string>;
}

export class HotspotAccounts extends Construct {
  /** Loads YAML files or a directory with the model's loader (the sync engine's) and declares them. */
  static async fromYaml(
    scope: Construct,
    id: string,
    path: string | string[],
    options: HotspotAccountsOptions & LoadOptions = {},
  ): Promise<HotspotAccounts> {
    const { env, cwd, unsetEnv: _, ...props } = options;
    const { config, unset } = await loadForSynth(path, { ...(env ? { env } : {}), ...(cwd ? { cwd } : {}) });
    return new HotspotAccounts(scope, id, { ...props, config, unsetEnv: unset });
  }

  readonly site: Site;
  readonly accounts: Record<string, Account> = {};
  readonly batches: Record<string, VoucherBatch> = {};
  readonly pricePlans: Record<string, DataHotspotPricePlan> = {};
  /** Per batch prefix, a sensitive output of its members: what `hotspot vouchers print --from` reads. */
  readonly batchOutputs: Record<string, TerraformOutput> = {};
  /** The provider made from the YAML's `server`, when it names one. */
  readonly provider: HotspotProvider | undefined;
  readonly #secrets: SecretVariables;
  readonly #storage: SecretStorage;
  readonly #secretsVersion: number;

  constructor(scope: Construct, id: string, props: HotspotAccountsProps) {
    super(scope, id);
    this.site = selectSite(props.config, props.site, "pass the site option");
    const unset = props.unsetEnv ?? new Set<string>();
    this.#secrets = new SecretVariables(this, props.secrets ?? "variables", unset);
    const hasSecrets = this.site.accounts.some((a) => a.password !== undefined || a.card !== undefined);
    this.#storage = hasSecrets ? secretStorage(this, `HotspotAccounts ${id}`, props) : "state";
    this.#secretsVersion = props.secretsVersion ?? 1;
    this.provider = this.#serverProvider(id, props.provider, props.providerAlias);
    const provider = props.provider ?? (props.providerAlias !== undefined ? this.provider : undefined);
    const meta = { provider, dependsOn: props.dependsOn };
    // Terraform addresses the operator sees and imports into: hotspot_account.<id>_<username>.
    // Two names that map to one address (`a.b`, `a_b`) would silently drop a resource.
    const taken = new Map<string, string>();
    const address = (kind: string, name: string) => {
      const a = identifier(`${id}_${name}`);
      const other = taken.get(`${kind} ${a}`);
      if (other !== undefined) throw new Error(`${JSON.stringify(other)} and ${JSON.stringify(name)} would both be ${kind}.${a}`);
      taken.set(`${kind} ${a}`, name);
      return a;
    };

    for (const plan of Object.values(this.site.pricePlans)) {
      const data = new DataHotspotPricePlan(this, `plan-${plan.key}`, {
        provider,
        ...(plan.id !== undefined ? { id: plan.id } : { description: escapeTemplate(plan.description ?? "") }),
      });
      data.overrideLogicalId(address("data.hotspot_price_plan", plan.key));
      this.pricePlans[plan.key] = data;
    }

    for (const account of this.site.accounts) {
      const config = { ...meta, ...accountConfig(account, this.#context(account.username), `HotspotAccounts ${id}: account ${account.username}`) } as AccountConfig;
      const resource = new Account(this, `account-${account.username}`, config);
      resource.overrideLogicalId(address("hotspot_account", account.username));
      this.accounts[account.username] = resource;
    }

    for (const batch of this.site.batches) {
      const config = { ...meta, ...batchConfig(batch, this.#context(batch.prefix)) } as VoucherBatchConfig;
      const resource = new VoucherBatch(this, `batch-${batch.prefix}`, config);
      const name = address("hotspot_voucher_batch", batch.prefix);
      resource.overrideLogicalId(name);
      this.batches[batch.prefix] = resource;
      // A ticket's code is its username; a prepaid voucher needs username → password.
      const tickets = batch.type === "ticket";
      const output = new TerraformOutput(this, `vouchers-${batch.prefix}`, {
        description: tickets ? `Ticket codes of the batch ${batch.prefix}` : `Vouchers of the batch ${batch.prefix}: username → password`,
        value: tickets ? resource.usernames : resource.passwords,
        sensitive: true,
      });
      output.overrideLogicalId(`${name.replace(/-+$/, "")}_vouchers`);
      this.batchOutputs[batch.prefix] = output;
    }

    // An unset variable that something other than a secret reads would be synthesized as a placeholder.
    const needed = [...unset].filter((n) => !this.#secrets.referenced.has(n));
    if (needed.length > 0) {
      throw new Error(`${needed.join(", ")}: not set, and read by a value that is not a secret (only secrets become terraform variables): set it to synthesize`);
    }
  }

  /** Sensitive input variables this construct reads, by name. */
  get variables(): Record<string, TerraformVariable> {
    return this.#secrets.variables;
  }

  /**
   * TF_VAR_* values for those variables, resolved when the YAML was loaded: the
   * environment for a program that runs terraform itself. Never write it to a file.
   */
  secretEnvironment(): Record<string, string> {
    return this.#secrets.environment();
  }

  /** A provider configured from the YAML's `server`, or none when it names no server. */
  #serverProvider(id: string, given: TerraformProvider | undefined, alias: string | undefined): HotspotProvider | undefined {
    const { url, passphrase, timeout, concurrency, timeZone } = this.site.server;
    if (url === undefined && passphrase === undefined) {
      if (alias !== undefined) throw new Error(`HotspotAccounts ${id}: providerAlias ${JSON.stringify(alias)} needs the YAML to name its server (server.url)`);
      return undefined;
    }
    const written = [url !== undefined ? "server.url" : "", passphrase !== undefined ? "server.passphrase" : ""].filter(Boolean).join(" and ");
    const stack = TerraformStack.of(this);
    // An aliased provider sits beside others (a fleet's venues); a default one must be the only one.
    const other = given ?? (alias === undefined ? stack.node.findAll().find((c) => c instanceof HotspotProvider && c.alias === undefined) : undefined);
    if (other) {
      throw new Error(
        `HotspotAccounts ${id}: the YAML sets ${written}, and the stack configures a hotspot provider (${other.node.path}) too: ` +
          "remove one (the YAML's server becomes a provider of its own when the stack has none)",
      );
    }
    return new HotspotProvider(this, "provider", {
      ...(alias !== undefined ? { alias } : {}),
      ...(url !== undefined ? { url } : {}),
      ...(passphrase !== undefined ? { passphrase: this.#secrets.token(passphrase, `${id}_server_passphrase`, "the server's passphrase") } : {}),
      // A duration as the YAML writes it (`1m30s`); concurrency is a count of requests in flight.
      ...(timeout !== undefined ? { timeout: String(formatValue("seconds", timeout, "attribute")) } : {}),
      ...(concurrency !== undefined ? { concurrency } : {}),
      ...(timeZone !== undefined ? { timeZone } : {}),
    });
  }

  #context(owner: string): AttributeContext {
    return {
      storage: this.#storage,
      secretsVersion: this.#secretsVersion,
      pricePlan: (key) => {
        const plan = this.site.pricePlans[key];
        if (!plan) throw new Error(`${owner}: price plan ${JSON.stringify(key)} is not declared under pricePlans`);
        return plan;
      },
      secret: (value, f: FieldSpec) => this.#secrets.token(value, `${this.node.id}_${owner}_${f.snake}`, `${f.name} of ${owner}`),
    };
  }
}

