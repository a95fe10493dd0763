// https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface HotspotProviderConfig {
  /**
  * Most API requests in flight at once, across all resources. Default 8.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#concurrency HotspotProvider#concurrency}
  */
  readonly concurrency?: number;
  /**
  * The API's secret passphrase. Defaults to the `HOTSPOT_PASSPHRASE` environment variable; prefer the variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#passphrase HotspotProvider#passphrase}
  */
  readonly passphrase?: string;
  /**
  * The server's time zone, an IANA name (`Europe/Lisbon`), as the YAML's `server.timeZone`: its wall clock is what relative expiries count from and what the expired-on-arrival check compares with. Default: this machine's zone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#time_zone HotspotProvider#time_zone}
  */
  readonly timeZone?: string;
  /**
  * How long to wait for one API request before failing it, a duration as in the YAML's `server.timeout` (`30s`, `2m`). Default `30s`. A bare number (`timeout = 30`, the 0.1.0 form) is still read as seconds.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#timeout HotspotProvider#timeout}
  */
  readonly timeout?: string;
  /**
  * Base URL of the HotSpot API, e.g. `http://hotspot.example:82`. Defaults to the `HOTSPOT_URL` environment variable.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#url HotspotProvider#url}
  */
  readonly url?: string;
  /**
  * Alias name
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#alias HotspotProvider#alias}
  */
  readonly alias?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs hotspot}
*/
export class HotspotProvider extends cdktn.TerraformProvider {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hotspot";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a HotspotProvider resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the HotspotProvider to import
  * @param importFromId The id of the existing HotspotProvider that should be imported. Refer to the {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the HotspotProvider to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "hotspot", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs hotspot} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options HotspotProviderConfig = {}
  */
  public constructor(scope: Construct, id: string, config: HotspotProviderConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'hotspot',
      terraformGeneratorMetadata: {
        providerName: 'hotspot',
        providerVersionConstraint: '~> 0.2.0'
      },
      terraformProviderSource: 'hotspot-iac/hotspot'
    });
    this._concurrency = config.concurrency;
    this._passphrase = config.passphrase;
    this._timeZone = config.timeZone;
    this._timeout = config.timeout;
    this._url = config.url;
    this._alias = config.alias;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // concurrency - computed: false, optional: true, required: false
  private _concurrency?: number; 
  public get concurrency() {
    return this._concurrency;
  }
  public set concurrency(value: number | undefined) {
    this._concurrency = value;
  }
  public resetConcurrency() {
    this._concurrency = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get concurrencyInput() {
    return this._concurrency;
  }

  // passphrase - computed: false, optional: true, required: false
  private _passphrase?: string; 
  public get passphrase() {
    return this._passphrase;
  }
  public set passphrase(value: string | undefined) {
    this._passphrase = value;
  }
  public resetPassphrase() {
    this._passphrase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passphraseInput() {
    return this._passphrase;
  }

  // time_zone - computed: false, optional: true, required: false
  private _timeZone?: string; 
  public get timeZone() {
    return this._timeZone;
  }
  public set timeZone(value: string | undefined) {
    this._timeZone = value;
  }
  public resetTimeZone() {
    this._timeZone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeZoneInput() {
    return this._timeZone;
  }

  // timeout - computed: false, optional: true, required: false
  private _timeout?: string; 
  public get timeout() {
    return this._timeout;
  }
  public set timeout(value: string | undefined) {
    this._timeout = value;
  }
  public resetTimeout() {
    this._timeout = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutInput() {
    return this._timeout;
  }

  // url - computed: false, optional: true, required: false
  private _url?: string; 
  public get url() {
    return this._url;
  }
  public set url(value: string | undefined) {
    this._url = value;
  }
  public resetUrl() {
    this._url = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get urlInput() {
    return this._url;
  }

  // alias - computed: false, optional: true, required: false
  private _alias?: string; 
  public get alias() {
    return this._alias;
  }
  public set alias(value: string | undefined) {
    this._alias = value;
  }
  public resetAlias() {
    this._alias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aliasInput() {
    return this._alias;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      concurrency: cdktn.numberToTerraform(this._concurrency),
      passphrase: cdktn.stringToTerraform(this._passphrase),
      time_zone: cdktn.stringToTerraform(this._timeZone),
      timeout: cdktn.stringToTerraform(this._timeout),
      url: cdktn.stringToTerraform(this._url),
      alias: cdktn.stringToTerraform(this._alias),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      concurrency: {
        value: cdktn.numberToHclTerraform(this._concurrency),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      passphrase: {
        value: cdktn.stringToHclTerraform(this._passphrase),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      time_zone: {
        value: cdktn.stringToHclTerraform(this._timeZone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      timeout: {
        value: cdktn.stringToHclTerraform(this._timeout),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      url: {
        value: cdktn.stringToHclTerraform(this._url),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      alias: {
        value: cdktn.stringToHclTerraform(this._alias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
