// The YAML files the sync engine reads, as Terraform resources: accounts become
// hotspot_account, batches hotspot_voucher_batch, price-plan references
// hotspot_price_plan data sources. A team can move between `hotspot apply` and
// terraform without rewriting its configuration.
//
// What does not carry over: `ownership.prefixes` (terraform deletes only what its
// state holds, never an undeclared account), `server` (configure the provider; url and
// passphrase default to HOTSPOT_URL / HOTSPOT_PASSPHRASE), price-plan `expect`
// assertions, and `safety` thresholds.
import { type Config, type FieldSpec, type LoadOptions, loadConfig, type Site, selectSite } from "@hotspot-iac/core";
import type { ITerraformDependable, TerraformProvider, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { Account, type AccountConfig, DataHotspotPricePlan, VoucherBatch, type VoucherBatchConfig } from "./bindings.js";
import { type AttributeContext, accountConfig, batchConfig, escapeTemplate } from "./model-attributes.js";
import { identifier, type SecretMode, SecretVariables } from "./secret-variables.js";

export interface HotspotAccountsOptions {
  /** The site to provision when the configuration declares several (`sites:`). */
  site?: string;
  /** `variables` (default): secrets become sensitive input variables. `inline`: clear values in cdk.tf.json. */
  secrets?: SecretMode;
  provider?: TerraformProvider;
  dependsOn?: ITerraformDependable[];
}

export interface HotspotAccountsProps extends HotspotAccountsOptions {
  config: Config;
}

export class HotspotAccounts extends Construct {
  /** Loads YAML files or a directory with the model's loader (the sync engine's) and declares them. */
  static async fromYaml(
    scope: Construct,
    id: string,
    path: string | string[],
    options: HotspotAccountsOptions & LoadOptions = {},
  ): Promise<HotspotAccounts> {
    const { env, cwd, ...props } = options;
    const config = await loadConfig(path, { ...(env ? { env } : {}), ...(cwd ? { cwd } : {}) });
    return new HotspotAccounts(scope, id, { ...props, config });
  }

  readonly site: Site;
  readonly accounts: Record<string, Account> = {};
  readonly batches: Record<string, VoucherBatch> = {};
  readonly pricePlans: Record<string, DataHotspotPricePlan> = {};
  readonly #secrets: SecretVariables;

  constructor(scope: Construct, id: string, props: HotspotAccountsProps) {
    super(scope, id);
    this.site = selectSite(props.config, props.site, "pass the site option");
    this.#secrets = new SecretVariables(this, props.secrets ?? "variables");
    const meta = { provider: props.provider, dependsOn: props.dependsOn };
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
        provider: props.provider,
        ...(plan.id !== undefined ? { id: plan.id } : { description: escapeTemplate(plan.description ?? "") }),
      });
      data.overrideLogicalId(address("data.hotspot_price_plan", plan.key));
      this.pricePlans[plan.key] = data;
    }

    for (const account of this.site.accounts) {
      const config = { ...meta, ...accountConfig(account, this.#context(account.username)) } as AccountConfig;
      const resource = new Account(this, `account-${account.username}`, config);
      resource.overrideLogicalId(address("hotspot_account", account.username));
      this.accounts[account.username] = resource;
    }

    for (const batch of this.site.batches) {
      const config = { ...meta, ...batchConfig(batch, this.#context(batch.prefix)) } as VoucherBatchConfig;
      const resource = new VoucherBatch(this, `batch-${batch.prefix}`, config);
      resource.overrideLogicalId(address("hotspot_voucher_batch", batch.prefix));
      this.batches[batch.prefix] = resource;
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

  #context(owner: string): AttributeContext {
    return {
      planId: (key) => {
        const plan = this.pricePlans[key];
        if (!plan) throw new Error(`${owner}: price plan ${JSON.stringify(key)} is not declared under pricePlans`);
        return plan.id;
      },
      secret: (value, f: FieldSpec) => this.#secrets.token(value, `${this.node.id}_${owner}_${f.snake}`, `${f.name} of ${owner}`),
    };
  }
}

