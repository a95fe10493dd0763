// https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktn from 'cdktn';

// Configuration

export interface AccountConfig extends cdktn.TerraformMetaArguments {
  /**
  * Log the device in automatically. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#autologin Account#autologin}
  */
  readonly autologin?: boolean | cdktn.IResolvable;
  /**
  * The payment card (`number`, `cvv2`, `exp_month`, …). Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Card data has no stored form. Needs `card_wo_version`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_wo Account#card_wo}
  */
  readonly cardWo?: AccountCardWo;
  /**
  * Version of the write-only value of the card (`card_wo`): change it to send the value again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_wo_version Account#card_wo_version}
  */
  readonly cardWoVersion?: number;
  /**
  * The customer's details (`email`, `first_name`, …; each optional). Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer Account#customer}
  */
  readonly customer?: AccountCustomer;
  /**
  * Traffic allowed per day (`500MB`); `unlimited` turns the daily limit off. Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#daily_quota Account#daily_quota}
  */
  readonly dailyQuota?: string;
  /**
  * Time allowed per day (`2h`); `unlimited` turns the daily limit off. Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#daily_time Account#daily_time}
  */
  readonly dailyTime?: string;
  /**
  * Initial-only attributes to enforce like any other (reset when they drift): any of `time_left`, `quota`, `time_used`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#enforce Account#enforce}
  */
  readonly enforce?: string[];
  /**
  * Absolute (`2026-12-31T18:00`, or `2026-12-31`: until the end of that day, 23:59; server wall clock) and enforced, `never`, or relative (`in 30d`): resolved at creation, then initial-only. Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#expires Account#expires}
  */
  readonly expires?: string;
  /**
  * Log out after inactivity. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#inactivity Account#inactivity}
  */
  readonly inactivity?: boolean | cdktn.IResolvable;
  /**
  * Money balance (`12.50`). Set, not incremented (moneyinc/moneydec are actions). Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#money Account#money}
  */
  readonly money?: number;
  /**
  * Devices logged in at once; 1 turns multilogin off. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#multilogin Account#multilogin}
  */
  readonly multilogin?: number;
  /**
  * Login password. Tickets have none (viewaccount returns it empty). Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#password Account#password}
  */
  readonly password?: string;
  /**
  * Login password. Tickets have none (viewaccount returns it empty). Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `password_wo_version`; conflicts with `password`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#password_wo Account#password_wo}
  */
  readonly passwordWo?: string;
  /**
  * Version of the write-only value of the password (`password_wo`): change it to send the value again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#password_wo_version Account#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * The price plan by its description on the server (what the YAML's `plan:` names through `pricePlans`; exact, else ignoring case). Conflicts with `plan_id`. Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#plan Account#plan}
  */
  readonly plan?: string;
  /**
  * The price plan by its numeric id (see data source `hotspot_price_plans`). Conflicts with `plan`; both show in state. Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#plan_id Account#plan_id}
  */
  readonly planId?: number;
  /**
  * Black-and-white pages printed. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#printed_bw Account#printed_bw}
  */
  readonly printedBw?: number;
  /**
  * Colour pages printed. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#printed_color Account#printed_color}
  */
  readonly printedColor?: number;
  /**
  * Traffic quota left (`5GB`, `500MB`, `unlimited`). Consumed by use. Initial-only: set when the account is created, then consumed by use and never reported as drift (list it in `enforce` to reset it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#quota Account#quota}
  */
  readonly quota?: string;
  /**
  * Download rate limit (`1Mbit` = 131072 bytes/s, `unlimited`). Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#rates_download Account#rates_download}
  */
  readonly ratesDownload?: string;
  /**
  * Upload rate limit (`512kbit` = 65536 bytes/s, `unlimited`). Enforced: refreshed from the server; drift is corrected.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#rates_upload Account#rates_upload}
  */
  readonly ratesUpload?: string;
  /**
  * true: sold now (counted in sales); false: sold on first use or by the operator. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#sell Account#sell}
  */
  readonly sell?: boolean | cdktn.IResolvable;
  /**
  * Connection time left (`2h30m`, `30d`, `unlimited`). Consumed by use. Initial-only: set when the account is created, then consumed by use and never reported as drift (list it in `enforce` to reset it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#time_left Account#time_left}
  */
  readonly timeLeft?: string;
  /**
  * Connection time already used (a counter the server moves on). Initial-only: set when the account is created, then consumed by use and never reported as drift (list it in `enforce` to reset it).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#time_used Account#time_used}
  */
  readonly timeUsed?: string;
  /**
  * prepaid (user + password), postpaid (usage billed later) or ticket (random code, no password). Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#type Account#type}
  */
  readonly type?: string;
  /**
  * The account's name; its identity. Renames are never inferred. Changing it replaces the account.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#username Account#username}
  */
  readonly username: string;
}
export interface AccountCardWo {
  /**
  * Card CVV2.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#cvv2 Account#cvv2}
  */
  readonly cvv2?: string;
  /**
  * Card expiry month.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#exp_month Account#exp_month}
  */
  readonly expMonth?: string;
  /**
  * Card expiry year.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#exp_year Account#exp_year}
  */
  readonly expYear?: string;
  /**
  * Name on the payment card.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#name Account#name}
  */
  readonly name?: string;
  /**
  * Card number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#number Account#number}
  */
  readonly number?: string;
  /**
  * Card password.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#password Account#password}
  */
  readonly password?: string;
  /**
  * Card type: visa, mastercard, discover, amex, or the server's number for others.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#type Account#type}
  */
  readonly type?: string;
}

export function accountCardWoToTerraform(struct?: AccountCardWo | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    cvv2: cdktn.stringToTerraform(struct!.cvv2),
    exp_month: cdktn.stringToTerraform(struct!.expMonth),
    exp_year: cdktn.stringToTerraform(struct!.expYear),
    name: cdktn.stringToTerraform(struct!.name),
    number: cdktn.stringToTerraform(struct!.number),
    password: cdktn.stringToTerraform(struct!.password),
    type: cdktn.stringToTerraform(struct!.type),
  }
}


export function accountCardWoToHclTerraform(struct?: AccountCardWo | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    cvv2: {
      value: cdktn.stringToHclTerraform(struct!.cvv2),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    exp_month: {
      value: cdktn.stringToHclTerraform(struct!.expMonth),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    exp_year: {
      value: cdktn.stringToHclTerraform(struct!.expYear),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktn.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    number: {
      value: cdktn.stringToHclTerraform(struct!.number),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    password: {
      value: cdktn.stringToHclTerraform(struct!.password),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktn.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountCardWoOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AccountCardWo | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._cvv2 !== undefined) {
      hasAnyValues = true;
      internalValueResult.cvv2 = this._cvv2;
    }
    if (this._expMonth !== undefined) {
      hasAnyValues = true;
      internalValueResult.expMonth = this._expMonth;
    }
    if (this._expYear !== undefined) {
      hasAnyValues = true;
      internalValueResult.expYear = this._expYear;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._number !== undefined) {
      hasAnyValues = true;
      internalValueResult.number = this._number;
    }
    if (this._password !== undefined) {
      hasAnyValues = true;
      internalValueResult.password = this._password;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountCardWo | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._cvv2 = undefined;
      this._expMonth = undefined;
      this._expYear = undefined;
      this._name = undefined;
      this._number = undefined;
      this._password = undefined;
      this._type = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._cvv2 = value.cvv2;
      this._expMonth = value.expMonth;
      this._expYear = value.expYear;
      this._name = value.name;
      this._number = value.number;
      this._password = value.password;
      this._type = value.type;
    }
  }

  // cvv2 - computed: false, optional: true, required: false
  private _cvv2?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get cvv2() {
    return this.getStringAttribute('cvv2');
  }
  public set cvv2(value: string) {
    this._cvv2 = value;
  }
  public resetCvv2() {
    this._cvv2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cvv2Input() {
    return this._cvv2;
  }

  // exp_month - computed: false, optional: true, required: false
  private _expMonth?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get expMonth() {
    return this.getStringAttribute('exp_month');
  }
  public set expMonth(value: string) {
    this._expMonth = value;
  }
  public resetExpMonth() {
    this._expMonth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expMonthInput() {
    return this._expMonth;
  }

  // exp_year - computed: false, optional: true, required: false
  private _expYear?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get expYear() {
    return this.getStringAttribute('exp_year');
  }
  public set expYear(value: string) {
    this._expYear = value;
  }
  public resetExpYear() {
    this._expYear = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expYearInput() {
    return this._expYear;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // number - computed: false, optional: true, required: false
  private _number?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get number() {
    return this.getStringAttribute('number');
  }
  public set number(value: string) {
    this._number = value;
  }
  public resetNumber() {
    this._number = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get numberInput() {
    return this._number;
  }

  // password - computed: false, optional: true, required: false
  private _password?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
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
}
export interface AccountCustomer {
  /**
  * Customer address.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#address Account#address}
  */
  readonly address?: string;
  /**
  * Customer business name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#business_name Account#business_name}
  */
  readonly businessName?: string;
  /**
  * Customer city.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#city Account#city}
  */
  readonly city?: string;
  /**
  * Customer company name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#company_name Account#company_name}
  */
  readonly companyName?: string;
  /**
  * Customer identity document number.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#doc_id Account#doc_id}
  */
  readonly docId?: string;
  /**
  * Identity document type: idCard, passport or driversLicense.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#doc_type Account#doc_type}
  */
  readonly docType?: string;
  /**
  * Customer e-mail.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#email Account#email}
  */
  readonly email?: string;
  /**
  * Customer second e-mail.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#email2 Account#email2}
  */
  readonly email2?: string;
  /**
  * Customer first name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#first_name Account#first_name}
  */
  readonly firstName?: string;
  /**
  * Customer last name.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#last_name Account#last_name}
  */
  readonly lastName?: string;
  /**
  * Customer mobile.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#mobile Account#mobile}
  */
  readonly mobile?: string;
  /**
  * Customer phone.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#phone Account#phone}
  */
  readonly phone?: string;
  /**
  * Customer postal code.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#postal_code Account#postal_code}
  */
  readonly postalCode?: string;
  /**
  * Customer gender, M or F.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#sex Account#sex}
  */
  readonly sex?: string;
  /**
  * Customer state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#state Account#state}
  */
  readonly state?: string;
}

export function accountCustomerToTerraform(struct?: AccountCustomer | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  return {
    address: cdktn.stringToTerraform(struct!.address),
    business_name: cdktn.stringToTerraform(struct!.businessName),
    city: cdktn.stringToTerraform(struct!.city),
    company_name: cdktn.stringToTerraform(struct!.companyName),
    doc_id: cdktn.stringToTerraform(struct!.docId),
    doc_type: cdktn.stringToTerraform(struct!.docType),
    email: cdktn.stringToTerraform(struct!.email),
    email2: cdktn.stringToTerraform(struct!.email2),
    first_name: cdktn.stringToTerraform(struct!.firstName),
    last_name: cdktn.stringToTerraform(struct!.lastName),
    mobile: cdktn.stringToTerraform(struct!.mobile),
    phone: cdktn.stringToTerraform(struct!.phone),
    postal_code: cdktn.stringToTerraform(struct!.postalCode),
    sex: cdktn.stringToTerraform(struct!.sex),
    state: cdktn.stringToTerraform(struct!.state),
  }
}


export function accountCustomerToHclTerraform(struct?: AccountCustomer | cdktn.IResolvable): any {
  if (!cdktn.canInspect(struct) || cdktn.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktn.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdktn.io/docs/concepts/resources#references");
  }
  const attrs = {
    address: {
      value: cdktn.stringToHclTerraform(struct!.address),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    business_name: {
      value: cdktn.stringToHclTerraform(struct!.businessName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    city: {
      value: cdktn.stringToHclTerraform(struct!.city),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    company_name: {
      value: cdktn.stringToHclTerraform(struct!.companyName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    doc_id: {
      value: cdktn.stringToHclTerraform(struct!.docId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    doc_type: {
      value: cdktn.stringToHclTerraform(struct!.docType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    email: {
      value: cdktn.stringToHclTerraform(struct!.email),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    email2: {
      value: cdktn.stringToHclTerraform(struct!.email2),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    first_name: {
      value: cdktn.stringToHclTerraform(struct!.firstName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    last_name: {
      value: cdktn.stringToHclTerraform(struct!.lastName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    mobile: {
      value: cdktn.stringToHclTerraform(struct!.mobile),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    phone: {
      value: cdktn.stringToHclTerraform(struct!.phone),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    postal_code: {
      value: cdktn.stringToHclTerraform(struct!.postalCode),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    sex: {
      value: cdktn.stringToHclTerraform(struct!.sex),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    state: {
      value: cdktn.stringToHclTerraform(struct!.state),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccountCustomerOutputReference extends cdktn.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktn.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktn.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AccountCustomer | cdktn.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._address !== undefined) {
      hasAnyValues = true;
      internalValueResult.address = this._address;
    }
    if (this._businessName !== undefined) {
      hasAnyValues = true;
      internalValueResult.businessName = this._businessName;
    }
    if (this._city !== undefined) {
      hasAnyValues = true;
      internalValueResult.city = this._city;
    }
    if (this._companyName !== undefined) {
      hasAnyValues = true;
      internalValueResult.companyName = this._companyName;
    }
    if (this._docId !== undefined) {
      hasAnyValues = true;
      internalValueResult.docId = this._docId;
    }
    if (this._docType !== undefined) {
      hasAnyValues = true;
      internalValueResult.docType = this._docType;
    }
    if (this._email !== undefined) {
      hasAnyValues = true;
      internalValueResult.email = this._email;
    }
    if (this._email2 !== undefined) {
      hasAnyValues = true;
      internalValueResult.email2 = this._email2;
    }
    if (this._firstName !== undefined) {
      hasAnyValues = true;
      internalValueResult.firstName = this._firstName;
    }
    if (this._lastName !== undefined) {
      hasAnyValues = true;
      internalValueResult.lastName = this._lastName;
    }
    if (this._mobile !== undefined) {
      hasAnyValues = true;
      internalValueResult.mobile = this._mobile;
    }
    if (this._phone !== undefined) {
      hasAnyValues = true;
      internalValueResult.phone = this._phone;
    }
    if (this._postalCode !== undefined) {
      hasAnyValues = true;
      internalValueResult.postalCode = this._postalCode;
    }
    if (this._sex !== undefined) {
      hasAnyValues = true;
      internalValueResult.sex = this._sex;
    }
    if (this._state !== undefined) {
      hasAnyValues = true;
      internalValueResult.state = this._state;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccountCustomer | cdktn.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._address = undefined;
      this._businessName = undefined;
      this._city = undefined;
      this._companyName = undefined;
      this._docId = undefined;
      this._docType = undefined;
      this._email = undefined;
      this._email2 = undefined;
      this._firstName = undefined;
      this._lastName = undefined;
      this._mobile = undefined;
      this._phone = undefined;
      this._postalCode = undefined;
      this._sex = undefined;
      this._state = undefined;
    }
    else if (cdktn.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._address = value.address;
      this._businessName = value.businessName;
      this._city = value.city;
      this._companyName = value.companyName;
      this._docId = value.docId;
      this._docType = value.docType;
      this._email = value.email;
      this._email2 = value.email2;
      this._firstName = value.firstName;
      this._lastName = value.lastName;
      this._mobile = value.mobile;
      this._phone = value.phone;
      this._postalCode = value.postalCode;
      this._sex = value.sex;
      this._state = value.state;
    }
  }

  // address - computed: false, optional: true, required: false
  private _address?: string; 
  public get address() {
    return this.getStringAttribute('address');
  }
  public set address(value: string) {
    this._address = value;
  }
  public resetAddress() {
    this._address = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get addressInput() {
    return this._address;
  }

  // business_name - computed: false, optional: true, required: false
  private _businessName?: string; 
  public get businessName() {
    return this.getStringAttribute('business_name');
  }
  public set businessName(value: string) {
    this._businessName = value;
  }
  public resetBusinessName() {
    this._businessName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get businessNameInput() {
    return this._businessName;
  }

  // city - computed: false, optional: true, required: false
  private _city?: string; 
  public get city() {
    return this.getStringAttribute('city');
  }
  public set city(value: string) {
    this._city = value;
  }
  public resetCity() {
    this._city = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cityInput() {
    return this._city;
  }

  // company_name - computed: false, optional: true, required: false
  private _companyName?: string; 
  public get companyName() {
    return this.getStringAttribute('company_name');
  }
  public set companyName(value: string) {
    this._companyName = value;
  }
  public resetCompanyName() {
    this._companyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get companyNameInput() {
    return this._companyName;
  }

  // doc_id - computed: false, optional: true, required: false
  private _docId?: string; 
  public get docId() {
    return this.getStringAttribute('doc_id');
  }
  public set docId(value: string) {
    this._docId = value;
  }
  public resetDocId() {
    this._docId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get docIdInput() {
    return this._docId;
  }

  // doc_type - computed: false, optional: true, required: false
  private _docType?: string; 
  public get docType() {
    return this.getStringAttribute('doc_type');
  }
  public set docType(value: string) {
    this._docType = value;
  }
  public resetDocType() {
    this._docType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get docTypeInput() {
    return this._docType;
  }

  // email - computed: false, optional: true, required: false
  private _email?: string; 
  public get email() {
    return this.getStringAttribute('email');
  }
  public set email(value: string) {
    this._email = value;
  }
  public resetEmail() {
    this._email = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailInput() {
    return this._email;
  }

  // email2 - computed: false, optional: true, required: false
  private _email2?: string; 
  public get email2() {
    return this.getStringAttribute('email2');
  }
  public set email2(value: string) {
    this._email2 = value;
  }
  public resetEmail2() {
    this._email2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get email2Input() {
    return this._email2;
  }

  // first_name - computed: false, optional: true, required: false
  private _firstName?: string; 
  public get firstName() {
    return this.getStringAttribute('first_name');
  }
  public set firstName(value: string) {
    this._firstName = value;
  }
  public resetFirstName() {
    this._firstName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firstNameInput() {
    return this._firstName;
  }

  // last_name - computed: false, optional: true, required: false
  private _lastName?: string; 
  public get lastName() {
    return this.getStringAttribute('last_name');
  }
  public set lastName(value: string) {
    this._lastName = value;
  }
  public resetLastName() {
    this._lastName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get lastNameInput() {
    return this._lastName;
  }

  // mobile - computed: false, optional: true, required: false
  private _mobile?: string; 
  public get mobile() {
    return this.getStringAttribute('mobile');
  }
  public set mobile(value: string) {
    this._mobile = value;
  }
  public resetMobile() {
    this._mobile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get mobileInput() {
    return this._mobile;
  }

  // phone - computed: false, optional: true, required: false
  private _phone?: string; 
  public get phone() {
    return this.getStringAttribute('phone');
  }
  public set phone(value: string) {
    this._phone = value;
  }
  public resetPhone() {
    this._phone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get phoneInput() {
    return this._phone;
  }

  // postal_code - computed: false, optional: true, required: false
  private _postalCode?: string; 
  public get postalCode() {
    return this.getStringAttribute('postal_code');
  }
  public set postalCode(value: string) {
    this._postalCode = value;
  }
  public resetPostalCode() {
    this._postalCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get postalCodeInput() {
    return this._postalCode;
  }

  // sex - computed: false, optional: true, required: false
  private _sex?: string; 
  public get sex() {
    return this.getStringAttribute('sex');
  }
  public set sex(value: string) {
    this._sex = value;
  }
  public resetSex() {
    this._sex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sexInput() {
    return this._sex;
  }

  // state - computed: false, optional: true, required: false
  private _state?: string; 
  public get state() {
    return this.getStringAttribute('state');
  }
  public set state(value: string) {
    this._state = value;
  }
  public resetState() {
    this._state = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stateInput() {
    return this._state;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account hotspot_account}
*/
export class Account extends cdktn.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hotspot_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTN code for importing a Account resource upon running "cdktn plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Account to import
  * @param importFromId The id of the existing Account that should be imported. Refer to the {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Account to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktn.TerraformProvider) {
        return new cdktn.ImportableResource(scope, importToId, { terraformResourceType: "hotspot_account", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account hotspot_account} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccountConfig
  */
  public constructor(scope: Construct, id: string, config: AccountConfig) {
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
    this._autologin = config.autologin;
    this._cardWo.internalValue = config.cardWo;
    this._cardWoVersion = config.cardWoVersion;
    this._customer.internalValue = config.customer;
    this._dailyQuota = config.dailyQuota;
    this._dailyTime = config.dailyTime;
    this._enforce = config.enforce;
    this._expires = config.expires;
    this._inactivity = config.inactivity;
    this._money = config.money;
    this._multilogin = config.multilogin;
    this._password = config.password;
    this._passwordWo = config.passwordWo;
    this._passwordWoVersion = config.passwordWoVersion;
    this._plan = config.plan;
    this._planId = config.planId;
    this._printedBw = config.printedBw;
    this._printedColor = config.printedColor;
    this._quota = config.quota;
    this._ratesDownload = config.ratesDownload;
    this._ratesUpload = config.ratesUpload;
    this._sell = config.sell;
    this._timeLeft = config.timeLeft;
    this._timeUsed = config.timeUsed;
    this._type = config.type;
    this._username = config.username;
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

  // card_wo - computed: false, optional: true, required: false
  private _cardWo = new AccountCardWoOutputReference(this, "card_wo");
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get cardWo() {
    return this._cardWo;
  }
  public putCardWo(value: AccountCardWo) {
    this._cardWo.internalValue = value;
  }
  public resetCardWo() {
    this._cardWo.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardWoInput() {
    return this._cardWo.internalValue;
  }

  // card_wo_version - computed: false, optional: true, required: false
  private _cardWoVersion?: number; 
  public get cardWoVersion() {
    return this.getNumberAttribute('card_wo_version');
  }
  public set cardWoVersion(value: number) {
    this._cardWoVersion = value;
  }
  public resetCardWoVersion() {
    this._cardWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardWoVersionInput() {
    return this._cardWoVersion;
  }

  // customer - computed: false, optional: true, required: false
  private _customer = new AccountCustomerOutputReference(this, "customer");
  public get customer() {
    return this._customer;
  }
  public putCustomer(value: AccountCustomer) {
    this._customer.internalValue = value;
  }
  public resetCustomer() {
    this._customer.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerInput() {
    return this._customer.internalValue;
  }

  // daily_quota - computed: true, optional: true, required: false
  private _dailyQuota?: string; 
  public get dailyQuota() {
    return this.getStringAttribute('daily_quota');
  }
  public set dailyQuota(value: string) {
    this._dailyQuota = value;
  }
  public resetDailyQuota() {
    this._dailyQuota = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dailyQuotaInput() {
    return this._dailyQuota;
  }

  // daily_time - computed: true, optional: true, required: false
  private _dailyTime?: string; 
  public get dailyTime() {
    return this.getStringAttribute('daily_time');
  }
  public set dailyTime(value: string) {
    this._dailyTime = value;
  }
  public resetDailyTime() {
    this._dailyTime = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dailyTimeInput() {
    return this._dailyTime;
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

  // money - computed: false, optional: true, required: false
  private _money?: number; 
  public get money() {
    return this.getNumberAttribute('money');
  }
  public set money(value: number) {
    this._money = value;
  }
  public resetMoney() {
    this._money = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get moneyInput() {
    return this._money;
  }

  // multilogin - computed: false, optional: true, required: false
  private _multilogin?: number; 
  public get multilogin() {
    return this.getNumberAttribute('multilogin');
  }
  public set multilogin(value: number) {
    this._multilogin = value;
  }
  public resetMultilogin() {
    this._multilogin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get multiloginInput() {
    return this._multilogin;
  }

  // password - computed: true, optional: true, required: false
  private _password?: string; 
  public get password() {
    return this.getStringAttribute('password');
  }
  public set password(value: string) {
    this._password = value;
  }
  public resetPassword() {
    this._password = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordInput() {
    return this._password;
  }

  // password_wo - computed: false, optional: true, required: false
  private _passwordWo?: string; 
  /**
  * @deprecated Write-only: the provider never returns this value; reading it always yields null by protocol contract. The getter remains for compatibility and will be removed in a future prebuilt-provider major.
  */
  public get passwordWo() {
    return this.getStringAttribute('password_wo');
  }
  public set passwordWo(value: string) {
    this._passwordWo = value;
  }
  public resetPasswordWo() {
    this._passwordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoInput() {
    return this._passwordWo;
  }

  // password_wo_version - computed: false, optional: true, required: false
  private _passwordWoVersion?: number; 
  public get passwordWoVersion() {
    return this.getNumberAttribute('password_wo_version');
  }
  public set passwordWoVersion(value: number) {
    this._passwordWoVersion = value;
  }
  public resetPasswordWoVersion() {
    this._passwordWoVersion = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get passwordWoVersionInput() {
    return this._passwordWoVersion;
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

  // printed_bw - computed: false, optional: true, required: false
  private _printedBw?: number; 
  public get printedBw() {
    return this.getNumberAttribute('printed_bw');
  }
  public set printedBw(value: number) {
    this._printedBw = value;
  }
  public resetPrintedBw() {
    this._printedBw = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get printedBwInput() {
    return this._printedBw;
  }

  // printed_color - computed: false, optional: true, required: false
  private _printedColor?: number; 
  public get printedColor() {
    return this.getNumberAttribute('printed_color');
  }
  public set printedColor(value: number) {
    this._printedColor = value;
  }
  public resetPrintedColor() {
    this._printedColor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get printedColorInput() {
    return this._printedColor;
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

  // time_used - computed: false, optional: true, required: false
  private _timeUsed?: string; 
  public get timeUsed() {
    return this.getStringAttribute('time_used');
  }
  public set timeUsed(value: string) {
    this._timeUsed = value;
  }
  public resetTimeUsed() {
    this._timeUsed = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeUsedInput() {
    return this._timeUsed;
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
      autologin: cdktn.booleanToTerraform(this._autologin),
      card_wo: this.markWriteOnlyAttribute(accountCardWoToTerraform(this._cardWo.internalValue)),
      card_wo_version: cdktn.numberToTerraform(this._cardWoVersion),
      customer: accountCustomerToTerraform(this._customer.internalValue),
      daily_quota: cdktn.stringToTerraform(this._dailyQuota),
      daily_time: cdktn.stringToTerraform(this._dailyTime),
      enforce: cdktn.listMapper(cdktn.stringToTerraform, false)(this._enforce),
      expires: cdktn.stringToTerraform(this._expires),
      inactivity: cdktn.booleanToTerraform(this._inactivity),
      money: cdktn.numberToTerraform(this._money),
      multilogin: cdktn.numberToTerraform(this._multilogin),
      password: cdktn.stringToTerraform(this._password),
      password_wo: this.markWriteOnlyAttribute(cdktn.stringToTerraform(this._passwordWo)),
      password_wo_version: cdktn.numberToTerraform(this._passwordWoVersion),
      plan: cdktn.stringToTerraform(this._plan),
      plan_id: cdktn.numberToTerraform(this._planId),
      printed_bw: cdktn.numberToTerraform(this._printedBw),
      printed_color: cdktn.numberToTerraform(this._printedColor),
      quota: cdktn.stringToTerraform(this._quota),
      rates_download: cdktn.stringToTerraform(this._ratesDownload),
      rates_upload: cdktn.stringToTerraform(this._ratesUpload),
      sell: cdktn.booleanToTerraform(this._sell),
      time_left: cdktn.stringToTerraform(this._timeLeft),
      time_used: cdktn.stringToTerraform(this._timeUsed),
      type: cdktn.stringToTerraform(this._type),
      username: cdktn.stringToTerraform(this._username),
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
      card_wo: {
        value: this.markWriteOnlyAttribute(accountCardWoToHclTerraform(this._cardWo.internalValue)),
        isBlock: true,
        type: "struct",
        storageClassType: "AccountCardWo",
      },
      card_wo_version: {
        value: cdktn.numberToHclTerraform(this._cardWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      customer: {
        value: accountCustomerToHclTerraform(this._customer.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AccountCustomer",
      },
      daily_quota: {
        value: cdktn.stringToHclTerraform(this._dailyQuota),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      daily_time: {
        value: cdktn.stringToHclTerraform(this._dailyTime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
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
      inactivity: {
        value: cdktn.booleanToHclTerraform(this._inactivity),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      money: {
        value: cdktn.numberToHclTerraform(this._money),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      multilogin: {
        value: cdktn.numberToHclTerraform(this._multilogin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktn.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo: {
        value: this.markWriteOnlyAttribute(cdktn.stringToHclTerraform(this._passwordWo)),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo_version: {
        value: cdktn.numberToHclTerraform(this._passwordWoVersion),
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
      printed_bw: {
        value: cdktn.numberToHclTerraform(this._printedBw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      printed_color: {
        value: cdktn.numberToHclTerraform(this._printedColor),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
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
      time_left: {
        value: cdktn.stringToHclTerraform(this._timeLeft),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      time_used: {
        value: cdktn.stringToHclTerraform(this._timeUsed),
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
      username: {
        value: cdktn.stringToHclTerraform(this._username),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
