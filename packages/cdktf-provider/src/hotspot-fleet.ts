// A fleet (`fleet:` or `sites:` YAML, the file `hotspot plan` reads) as Terraform: one provider
// alias per venue (its server URL, its passphrase as a sensitive variable), and that venue's
// accounts, batches and price-plan references declared through HotspotAccounts on that alias.
// Plain Terraform cannot loop over provider blocks (terraform #19932); a construct can.
import { type Config, type LoadOptions, loadConfig, selectSites } from "@hotspot-iac/core";
import { Construct } from "constructs";
import { HotspotProvider } from "./bindings.js";
import { HotspotAccounts } from "./hotspot-accounts.js";
import { identifier, type SecretMode, SecretVariables } from "./secret-variables.js";

export interface HotspotFleetOptions {
  /** Venues to declare: names or globs (`porto-*`), as `hotspot --site`; default every venue. */
  sites?: string[];
  /** `variables` (default): passphrases and other secrets become sensitive input variables. */
  secrets?: SecretMode;
}

export interface HotspotFleetProps extends HotspotFleetOptions {
  config: Config;
}

export class HotspotFleet extends Construct {
  /** Loads the fleet's YAML with the model's loader (the sync engine's) and declares every venue. */
  static async fromYaml(scope: Construct, id: string, path: string | string[], options: HotspotFleetOptions & LoadOptions = {}): Promise<HotspotFleet> {
    const { env, cwd, ...props } = options;
    const config = await loadConfig(path, { ...(env ? { env } : {}), ...(cwd ? { cwd } : {}) });
    return new HotspotFleet(scope, id, { ...props, config });
  }

  /** One provider per venue, aliased by the venue's name (`hotspot.lisbon-baixa`). */
  readonly providers: Record<string, HotspotProvider> = {};
  /** Each venue's resources. */
  readonly venues: Record<string, HotspotAccounts> = {};
  readonly #secrets: SecretVariables;

  constructor(scope: Construct, id: string, props: HotspotFleetProps) {
    super(scope, id);
    const secrets = props.secrets ?? "variables";
    this.#secrets = new SecretVariables(this, secrets);
    for (const site of selectSites(props.config, props.sites, "sites")) {
      const { url, passphrase, timeout, concurrency } = site.server;
      const provider = new HotspotProvider(this, `provider-${site.name}`, {
        alias: identifier(site.name),
        ...(url !== undefined ? { url } : {}),
        ...(passphrase ? { passphrase: this.#secrets.token(passphrase, `${site.name}_passphrase`, `the server passphrase of venue ${site.name}`) } : {}),
        ...(timeout !== undefined ? { timeout } : {}),
        ...(concurrency !== undefined ? { concurrency } : {}),
      });
      this.providers[site.name] = provider;
      // Resource addresses carry the venue: hotspot_account.<venue>_<username>.
      this.venues[site.name] = new HotspotAccounts(this, site.name, { config: props.config, site: site.name, provider, secrets });
    }
  }

  /** TF_VAR_* values for every variable the fleet reads (passphrases included), resolved at load. Never write it to a file. */
  secretEnvironment(): Record<string, string> {
    return Object.assign({}, this.#secrets.environment(), ...Object.values(this.venues).map((v) => v.secretEnvironment()));
  }
}
