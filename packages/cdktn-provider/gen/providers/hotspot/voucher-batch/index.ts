// https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface VoucherBatchConfig extends cdktn.TerraformMetaArguments {
  /**
  * Members log in automatically. Set when members are generated (the server never returns it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#autologin VoucherBatch#autologin}
  */
  readonly autologin?: boolean | cdktn.IResolvable;
  /**
  * Initial-only member attributes to enforce on every member: any of `time_left`, `quota`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#enforce VoucherBatch#enforce}
  */
  readonly enforce?: string[];
  /**
  * Absolute: enforced on members (one updateaccount each); relative: initial. Enforced on every member: refreshed and corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#expires VoucherBatch#expires}
  */
  readonly expires?: string;
  /**
  * Allow a shrink to delete members that are in use (logged in or already used). Default false: such a plan fails.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#force VoucherBatch#force}
  */
  readonly force?: boolean | cdktn.IResolvable;
  /**
  * Members are logged out after inactivity. Set when members are generated (the server never returns it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#inactivity VoucherBatch#inactivity}
  */
  readonly inactivity?: boolean | cdktn.IResolvable;
  /**
  * Ticket code length, prefix included. Initial-only: used when members are generated; later changes apply to members generated afterwards.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#length VoucherBatch#length}
  */
  readonly length?: number;
  /**
  * Members wanted: grown with one generateaccounts, shrunk by deleting unused members first.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#member_count VoucherBatch#member_count}
  */
  readonly memberCount: number;
  /**
  * Length of generated passwords. Initial-only: used when members are generated; later changes apply to members generated afterwards.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#password_length VoucherBatch#password_length}
  */
  readonly passwordLength?: number;
  /**
  * Every member's price plan. The price plan by its description on the server (what the YAML's `plan:` names through `pricePlans`; exact, else ignoring case). Conflicts with `plan_id`. Enforced on every member: refreshed and corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#plan VoucherBatch#plan}
  */
  readonly plan?: string;
  /**
  * Every member's price plan. The price plan by its numeric id (see data source `hotspot_price_plans`). Conflicts with `plan`; both show in state. Enforced on every member: refreshed and corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#plan_id VoucherBatch#plan_id}
  */
  readonly planId?: number;
  /**
  * Members' name prefix; the batch's identity. Must lie under an ownership prefix.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#prefix VoucherBatch#prefix}
  */
  readonly prefix: string;
  /**
  * Each member's initial quota. Initial-only: used when members are generated; later changes apply to members generated afterwards.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#quota VoucherBatch#quota}
  */
  readonly quota?: string;
  /**
  * Members' download rate. Enforced on every member: refreshed and corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#rates_download VoucherBatch#rates_download}
  */
  readonly ratesDownload?: string;
  /**
  * Members' upload rate. Enforced on every member: refreshed and corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#rates_upload VoucherBatch#rates_upload}
  */
  readonly ratesUpload?: string;
  /**
  * Sold now. Set when members are generated (the server never returns it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#sell VoucherBatch#sell}
  */
  readonly sell?: boolean | cdktn.IResolvable;
  /**
  * First member number (prefix + number, no padding); growth continues after the highest. Initial-only: used when members are generated; later changes apply to members generated afterwards.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#start_number VoucherBatch#start_number}
  */
  readonly startNumber?: number;
  /**
  * Each member's initial time. Initial-only: used when members are generated; later changes apply to members generated afterwards.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#time_left VoucherBatch#time_left}
  */
  readonly timeLeft?: string;
  /**
  * Members' type; usually ticket. Set when members are generated (the server never returns it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#type VoucherBatch#type}
  */
  readonly type?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch hotspot_voucher_batch}
*/
export class VoucherBatch extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hotspot_voucher_batch";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a VoucherBatch resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the VoucherBatch to import
  * @param importFromId The id of the existing VoucherBatch that should be imported. Refer to the {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the VoucherBatch to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "hotspot_voucher_batch", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/voucher_batch hotspot_voucher_batch} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options VoucherBatchConfig
  */
  public constructor(scope: Construct, id: string, config: VoucherBatchConfig) {
    super(scope, id, {
      terraformResourceType: 'hotspot_voucher_batch',
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
    this._autologin = config.autologin;
    this._enforce = config.enforce;
    this._expires = config.expires;
    this._force = config.force;
    this._inactivity = config.inactivity;
    this._length = config.length;
    this._memberCount = config.memberCount;
    this._passwordLength = config.passwordLength;
    this._plan = config.plan;
    this._planId = config.planId;
    this._prefix = config.prefix;
    this._quota = config.quota;
    this._ratesDownload = config.ratesDownload;
    this._ratesUpload = config.ratesUpload;
    this._sell = config.sell;
    this._startNumber = config.startNumber;
    this._timeLeft = config.timeLeft;
    this._type = config.type;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // autologin - computed: false, optional: true, required: false
  private _autologin?: boolean | cdktn.IResolvable; 
  public get autologin() {
    return this.getBooleanAttribute('autologin');
  }
  public set autologin(value: boolean | cdktn.IResolvable) {
    this._autologin = value;
  }
  public resetAutologin() {
    this._autologin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autologinInput() {
    return this._autologin;
  }

  // enforce - computed: false, optional: true, required: false
  private _enforce?: string[]; 
  public get enforce() {
    return cdktn.Fn.tolist(this.getListAttribute('enforce'));
  }
  public set enforce(value: string[]) {
    this._enforce = value;
  }
  public resetEnforce() {
    this._enforce = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforceInput() {
    return this._enforce;
  }

  // expires - computed: true, optional: true, required: false
  private _expires?: string; 
  public get expires() {
    return this.getStringAttribute('expires');
  }
  public set expires(value: string) {
    this._expires = value;
  }
  public resetExpires() {
    this._expires = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expiresInput() {
    return this._expires;
  }

  // force - computed: false, optional: true, required: false
  private _force?: boolean | cdktn.IResolvable; 
  public get force() {
    return this.getBooleanAttribute('force');
  }
  public set force(value: boolean | cdktn.IResolvable) {
    this._force = value;
  }
  public resetForce() {
    this._force = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get forceInput() {
    return this._force;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // inactivity - computed: false, optional: true, required: false
  private _inactivity?: boolean | cdktn.IResolvable; 
  public get inactivity() {
    return this.getBooleanAttribute('inactivity');
  }
  public set inactivity(value: boolean | cdktn.IResolvable) {
    this._inactivity = value;
  }
  public resetInactivity() {
    this._inactivity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get inactivityInput() {
    return this._inactivity;
  }

  // length - computed: false, optional: true, required: false
  private _length?: number; 
  public get length() {
    return this.getNumberAttribute('length');
  }
  public set length(value: number) {
    this._length = value;
  }
  public resetLength() {
    this._length = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lengthInput() {
    return this._length;
  }

  // member_count - computed: false, optional: false, required: true
  private _memberCount?: number; 
  public get memberCount() {
    return this.getNumberAttribute('member_count');
  }
  public set memberCount(value: number) {
    this._memberCount = value;
  }
  // Temporarily expose input value. Use with caution.
  public get memberCountInput() {
    return this._memberCount;
  }

  // password_length - computed: false, optional: true, required: false
  private _passwordLength?: number; 
  public get passwordLength() {
    return this.getNumberAttribute('password_length');
  }
  public set passwordLength(value: number) {
    this._passwordLength = value;
  }
  public resetPasswordLength() {
    this._passwordLength = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordLengthInput() {
    return this._passwordLength;
  }

  // passwords - computed: true, optional: false, required: false
  private _passwords = new cdktn.StringMap(this, "passwords");
  public get passwords() {
    return this._passwords;
  }

  // plan - computed: true, optional: true, required: false
  private _plan?: string; 
  public get plan() {
    return this.getStringAttribute('plan');
  }
  public set plan(value: string) {
    this._plan = value;
  }
  public resetPlan() {
    this._plan = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get planInput() {
    return this._plan;
  }

  // plan_id - computed: true, optional: true, required: false
  private _planId?: number; 
  public get planId() {
    return this.getNumberAttribute('plan_id');
  }
  public set planId(value: number) {
    this._planId = value;
  }
  public resetPlanId() {
    this._planId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get planIdInput() {
    return this._planId;
  }

  // prefix - computed: false, optional: false, required: true
  private _prefix?: string; 
  public get prefix() {
    return this.getStringAttribute('prefix');
  }
  public set prefix(value: string) {
    this._prefix = value;
  }
  // Temporarily expose input value. Use with caution.
  public get prefixInput() {
    return this._prefix;
  }

  // quota - computed: false, optional: true, required: false
  private _quota?: string; 
  public get quota() {
    return this.getStringAttribute('quota');
  }
  public set quota(value: string) {
    this._quota = value;
  }
  public resetQuota() {
    this._quota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get quotaInput() {
    return this._quota;
  }

  // rates_download - computed: true, optional: true, required: false
  private _ratesDownload?: string; 
  public get ratesDownload() {
    return this.getStringAttribute('rates_download');
  }
  public set ratesDownload(value: string) {
    this._ratesDownload = value;
  }
  public resetRatesDownload() {
    this._ratesDownload = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratesDownloadInput() {
    return this._ratesDownload;
  }

  // rates_upload - computed: true, optional: true, required: false
  private _ratesUpload?: string; 
  public get ratesUpload() {
    return this.getStringAttribute('rates_upload');
  }
  public set ratesUpload(value: string) {
    this._ratesUpload = value;
  }
  public resetRatesUpload() {
    this._ratesUpload = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ratesUploadInput() {
    return this._ratesUpload;
  }

  // sell - computed: false, optional: true, required: false
  private _sell?: boolean | cdktn.IResolvable; 
  public get sell() {
    return this.getBooleanAttribute('sell');
  }
  public set sell(value: boolean | cdktn.IResolvable) {
    this._sell = value;
  }
  public resetSell() {
    this._sell = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sellInput() {
    return this._sell;
  }

  // start_number - computed: false, optional: true, required: false
  private _startNumber?: number; 
  public get startNumber() {
    return this.getNumberAttribute('start_number');
  }
  public set startNumber(value: number) {
    this._startNumber = value;
  }
  public resetStartNumber() {
    this._startNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get startNumberInput() {
    return this._startNumber;
  }

  // time_left - computed: false, optional: true, required: false
  private _timeLeft?: string; 
  public get timeLeft() {
    return this.getStringAttribute('time_left');
  }
  public set timeLeft(value: string) {
    this._timeLeft = value;
  }
  public resetTimeLeft() {
    this._timeLeft = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeLeftInput() {
    return this._timeLeft;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }

  // usernames - computed: true, optional: false, required: false
  public get usernames() {
    return this.getListAttribute('usernames');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      autologin: cdktn.booleanToTerraform(this._autologin),
      enforce: cdktn.listMapper(cdktn.stringToTerraform, false)(this._enforce),
      expires: cdktn.stringToTerraform(this._expires),
      force: cdktn.booleanToTerraform(this._force),
      inactivity: cdktn.booleanToTerraform(this._inactivity),
      length: cdktn.numberToTerraform(this._length),
      member_count: cdktn.numberToTerraform(this._memberCount),
      password_length: cdktn.numberToTerraform(this._passwordLength),
      plan: cdktn.stringToTerraform(this._plan),
      plan_id: cdktn.numberToTerraform(this._planId),
      prefix: cdktn.stringToTerraform(this._prefix),
      quota: cdktn.stringToTerraform(this._quota),
      rates_download: cdktn.stringToTerraform(this._ratesDownload),
      rates_upload: cdktn.stringToTerraform(this._ratesUpload),
      sell: cdktn.booleanToTerraform(this._sell),
      start_number: cdktn.numberToTerraform(this._startNumber),
      time_left: cdktn.stringToTerraform(this._timeLeft),
      type: cdktn.stringToTerraform(this._type),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autologin: {
        value: cdktn.booleanToHclTerraform(this._autologin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      enforce: {
        value: cdktn.listMapperHcl(cdktn.stringToHclTerraform, false)(this._enforce),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      expires: {
        value: cdktn.stringToHclTerraform(this._expires),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      force: {
        value: cdktn.booleanToHclTerraform(this._force),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      inactivity: {
        value: cdktn.booleanToHclTerraform(this._inactivity),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      length: {
        value: cdktn.numberToHclTerraform(this._length),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      member_count: {
        value: cdktn.numberToHclTerraform(this._memberCount),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password_length: {
        value: cdktn.numberToHclTerraform(this._passwordLength),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      plan: {
        value: cdktn.stringToHclTerraform(this._plan),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      plan_id: {
        value: cdktn.numberToHclTerraform(this._planId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      prefix: {
        value: cdktn.stringToHclTerraform(this._prefix),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      quota: {
        value: cdktn.stringToHclTerraform(this._quota),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rates_download: {
        value: cdktn.stringToHclTerraform(this._ratesDownload),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rates_upload: {
        value: cdktn.stringToHclTerraform(this._ratesUpload),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sell: {
        value: cdktn.booleanToHclTerraform(this._sell),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      start_number: {
        value: cdktn.numberToHclTerraform(this._startNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      time_left: {
        value: cdktn.stringToHclTerraform(this._timeLeft),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktn.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
