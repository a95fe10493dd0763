// https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/data-sources/account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataHotspotAccountConfig extends cdktf.TerraformMetaArguments {
  /**
  * The account to read.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/data-sources/account#username DataHotspotAccount#username}
  */
  readonly username: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/data-sources/account hotspot_account}
*/
export class DataHotspotAccount extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hotspot_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataHotspotAccount resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataHotspotAccount to import
  * @param importFromId The id of the existing DataHotspotAccount that should be imported. Refer to the {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/data-sources/account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataHotspotAccount to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hotspot_account", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/data-sources/account hotspot_account} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataHotspotAccountConfig
  */
  public constructor(scope: Construct, id: string, config: DataHotspotAccountConfig) {
    super(scope, id, {
      terraformResourceType: 'hotspot_account',
      terraformGeneratorMetadata: {
        providerName: 'hotspot',
        providerVersionConstraint: '~> 0.2.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._username = config.username;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // daily_quota - computed: true, optional: false, required: false
  public get dailyQuota() {
    return this.getStringAttribute('daily_quota');
  }

  // daily_time - computed: true, optional: false, required: false
  public get dailyTime() {
    return this.getStringAttribute('daily_time');
  }

  // expires - computed: true, optional: false, required: false
  public get expires() {
    return this.getStringAttribute('expires');
  }

  // logged_in - computed: true, optional: false, required: false
  public get loggedIn() {
    return this.getBooleanAttribute('logged_in');
  }

  // password - computed: true, optional: false, required: false
  public get password() {
    return this.getStringAttribute('password');
  }

  // plan - computed: true, optional: false, required: false
  public get plan() {
    return this.getStringAttribute('plan');
  }

  // plan_id - computed: true, optional: false, required: false
  public get planId() {
    return this.getNumberAttribute('plan_id');
  }

  // quota - computed: true, optional: false, required: false
  public get quota() {
    return this.getStringAttribute('quota');
  }

  // rates_download - computed: true, optional: false, required: false
  public get ratesDownload() {
    return this.getStringAttribute('rates_download');
  }

  // rates_upload - computed: true, optional: false, required: false
  public get ratesUpload() {
    return this.getStringAttribute('rates_upload');
  }

  // time_left - computed: true, optional: false, required: false
  public get timeLeft() {
    return this.getStringAttribute('time_left');
  }

  // time_used - computed: true, optional: false, required: false
  public get timeUsed() {
    return this.getStringAttribute('time_used');
  }

  // username - computed: false, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      username: {
        value: cdktf.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
