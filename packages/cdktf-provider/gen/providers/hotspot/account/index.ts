// https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccountConfig extends cdktf.TerraformMetaArguments {
  /**
  * Log the device in automatically. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#autologin Account#autologin}
  */
  readonly autologin?: boolean | cdktf.IResolvable;
  /**
  * Card CVV2. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_cvv2 Account#card_cvv2}
  */
  readonly cardCvv2?: string;
  /**
  * Card CVV2. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_cvv2`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_cvv2_wo Account#card_cvv2_wo}
  */
  readonly cardCvv2Wo?: string;
  /**
  * Card expiry month. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_exp_month Account#card_exp_month}
  */
  readonly cardExpMonth?: string;
  /**
  * Card expiry month. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_exp_month`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_exp_month_wo Account#card_exp_month_wo}
  */
  readonly cardExpMonthWo?: string;
  /**
  * Card expiry year. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_exp_year Account#card_exp_year}
  */
  readonly cardExpYear?: string;
  /**
  * Card expiry year. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_exp_year`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_exp_year_wo Account#card_exp_year_wo}
  */
  readonly cardExpYearWo?: string;
  /**
  * Name on the payment card. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_name Account#card_name}
  */
  readonly cardName?: string;
  /**
  * Name on the payment card. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_name`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_name_wo Account#card_name_wo}
  */
  readonly cardNameWo?: string;
  /**
  * Card number. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_number Account#card_number}
  */
  readonly cardNumber?: string;
  /**
  * Card number. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_number`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_number_wo Account#card_number_wo}
  */
  readonly cardNumberWo?: string;
  /**
  * Card password. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_password Account#card_password}
  */
  readonly cardPassword?: string;
  /**
  * Card password. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_password`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_password_wo Account#card_password_wo}
  */
  readonly cardPasswordWo?: string;
  /**
  * Card type: visa, mastercard, discover, amex, or the server's number for others. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_type Account#card_type}
  */
  readonly cardType?: string;
  /**
  * Card type: visa, mastercard, discover, amex, or the server's number for others. Write-only (Terraform ≥ 1.11): accepts ephemeral values, is sent to the server and never stored in plans or state. Needs `card_wo_version`; conflicts with `card_type`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_type_wo Account#card_type_wo}
  */
  readonly cardTypeWo?: string;
  /**
  * Version of the write-only values of the card fields (`card_name_wo`, `card_type_wo`, `card_number_wo`, `card_password_wo`, `card_exp_month_wo`, `card_exp_year_wo`, `card_cvv2_wo`): change it to send them again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#card_wo_version Account#card_wo_version}
  */
  readonly cardWoVersion?: number;
  /**
  * Customer address. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_address Account#customer_address}
  */
  readonly customerAddress?: string;
  /**
  * Customer business name. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_business_name Account#customer_business_name}
  */
  readonly customerBusinessName?: string;
  /**
  * Customer city. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_city Account#customer_city}
  */
  readonly customerCity?: string;
  /**
  * Customer company name. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_company_name Account#customer_company_name}
  */
  readonly customerCompanyName?: string;
  /**
  * Customer identity document number. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_doc_id Account#customer_doc_id}
  */
  readonly customerDocId?: string;
  /**
  * Identity document type: idCard, passport or driversLicense. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_doc_type Account#customer_doc_type}
  */
  readonly customerDocType?: string;
  /**
  * Customer e-mail. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_email Account#customer_email}
  */
  readonly customerEmail?: string;
  /**
  * Customer second e-mail. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_email2 Account#customer_email2}
  */
  readonly customerEmail2?: string;
  /**
  * Customer first name. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_first_name Account#customer_first_name}
  */
  readonly customerFirstName?: string;
  /**
  * Customer last name. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_last_name Account#customer_last_name}
  */
  readonly customerLastName?: string;
  /**
  * Customer mobile. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_mobile Account#customer_mobile}
  */
  readonly customerMobile?: string;
  /**
  * Customer phone. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_phone Account#customer_phone}
  */
  readonly customerPhone?: string;
  /**
  * Customer postal code. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_postal_code Account#customer_postal_code}
  */
  readonly customerPostalCode?: string;
  /**
  * Customer gender, M or F. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_sex Account#customer_sex}
  */
  readonly customerSex?: string;
  /**
  * Customer state. Write-only: the server never returns it; the value last applied is kept in state.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#customer_state Account#customer_state}
  */
  readonly customerState?: string;
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
  readonly inactivity?: boolean | cdktf.IResolvable;
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
  * Version of the write-only values of the password (`password_wo`): change it to send them again.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#password_wo_version Account#password_wo_version}
  */
  readonly passwordWoVersion?: number;
  /**
  * Numeric id of the price plan (see data source `hotspot_price_plan`). Enforced: refreshed from the server; drift is corrected.
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
  readonly sell?: boolean | cdktf.IResolvable;
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

/**
* Represents a {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account hotspot_account}
*/
export class Account extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "hotspot_account";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a Account resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the Account to import
  * @param importFromId The id of the existing Account that should be imported. Refer to the {@link https://registry.terraform.io/providers/hotspot-iac/hotspot/latest/docs/resources/account#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the Account to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "hotspot_account", importId: importFromId, provider });
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
        providerVersionConstraint: '~> 0.1.0'
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
    this._cardCvv2 = config.cardCvv2;
    this._cardCvv2Wo = config.cardCvv2Wo;
    this._cardExpMonth = config.cardExpMonth;
    this._cardExpMonthWo = config.cardExpMonthWo;
    this._cardExpYear = config.cardExpYear;
    this._cardExpYearWo = config.cardExpYearWo;
    this._cardName = config.cardName;
    this._cardNameWo = config.cardNameWo;
    this._cardNumber = config.cardNumber;
    this._cardNumberWo = config.cardNumberWo;
    this._cardPassword = config.cardPassword;
    this._cardPasswordWo = config.cardPasswordWo;
    this._cardType = config.cardType;
    this._cardTypeWo = config.cardTypeWo;
    this._cardWoVersion = config.cardWoVersion;
    this._customerAddress = config.customerAddress;
    this._customerBusinessName = config.customerBusinessName;
    this._customerCity = config.customerCity;
    this._customerCompanyName = config.customerCompanyName;
    this._customerDocId = config.customerDocId;
    this._customerDocType = config.customerDocType;
    this._customerEmail = config.customerEmail;
    this._customerEmail2 = config.customerEmail2;
    this._customerFirstName = config.customerFirstName;
    this._customerLastName = config.customerLastName;
    this._customerMobile = config.customerMobile;
    this._customerPhone = config.customerPhone;
    this._customerPostalCode = config.customerPostalCode;
    this._customerSex = config.customerSex;
    this._customerState = config.customerState;
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
  private _autologin?: boolean | cdktf.IResolvable; 
  public get autologin() {
    return this.getBooleanAttribute('autologin');
  }
  public set autologin(value: boolean | cdktf.IResolvable) {
    this._autologin = value;
  }
  public resetAutologin() {
    this._autologin = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get autologinInput() {
    return this._autologin;
  }

  // card_cvv2 - computed: false, optional: true, required: false
  private _cardCvv2?: string; 
  public get cardCvv2() {
    return this.getStringAttribute('card_cvv2');
  }
  public set cardCvv2(value: string) {
    this._cardCvv2 = value;
  }
  public resetCardCvv2() {
    this._cardCvv2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardCvv2Input() {
    return this._cardCvv2;
  }

  // card_cvv2_wo - computed: false, optional: true, required: false
  private _cardCvv2Wo?: string; 
  public get cardCvv2Wo() {
    return this.getStringAttribute('card_cvv2_wo');
  }
  public set cardCvv2Wo(value: string) {
    this._cardCvv2Wo = value;
  }
  public resetCardCvv2Wo() {
    this._cardCvv2Wo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardCvv2WoInput() {
    return this._cardCvv2Wo;
  }

  // card_exp_month - computed: false, optional: true, required: false
  private _cardExpMonth?: string; 
  public get cardExpMonth() {
    return this.getStringAttribute('card_exp_month');
  }
  public set cardExpMonth(value: string) {
    this._cardExpMonth = value;
  }
  public resetCardExpMonth() {
    this._cardExpMonth = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardExpMonthInput() {
    return this._cardExpMonth;
  }

  // card_exp_month_wo - computed: false, optional: true, required: false
  private _cardExpMonthWo?: string; 
  public get cardExpMonthWo() {
    return this.getStringAttribute('card_exp_month_wo');
  }
  public set cardExpMonthWo(value: string) {
    this._cardExpMonthWo = value;
  }
  public resetCardExpMonthWo() {
    this._cardExpMonthWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardExpMonthWoInput() {
    return this._cardExpMonthWo;
  }

  // card_exp_year - computed: false, optional: true, required: false
  private _cardExpYear?: string; 
  public get cardExpYear() {
    return this.getStringAttribute('card_exp_year');
  }
  public set cardExpYear(value: string) {
    this._cardExpYear = value;
  }
  public resetCardExpYear() {
    this._cardExpYear = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardExpYearInput() {
    return this._cardExpYear;
  }

  // card_exp_year_wo - computed: false, optional: true, required: false
  private _cardExpYearWo?: string; 
  public get cardExpYearWo() {
    return this.getStringAttribute('card_exp_year_wo');
  }
  public set cardExpYearWo(value: string) {
    this._cardExpYearWo = value;
  }
  public resetCardExpYearWo() {
    this._cardExpYearWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardExpYearWoInput() {
    return this._cardExpYearWo;
  }

  // card_name - computed: false, optional: true, required: false
  private _cardName?: string; 
  public get cardName() {
    return this.getStringAttribute('card_name');
  }
  public set cardName(value: string) {
    this._cardName = value;
  }
  public resetCardName() {
    this._cardName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardNameInput() {
    return this._cardName;
  }

  // card_name_wo - computed: false, optional: true, required: false
  private _cardNameWo?: string; 
  public get cardNameWo() {
    return this.getStringAttribute('card_name_wo');
  }
  public set cardNameWo(value: string) {
    this._cardNameWo = value;
  }
  public resetCardNameWo() {
    this._cardNameWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardNameWoInput() {
    return this._cardNameWo;
  }

  // card_number - computed: false, optional: true, required: false
  private _cardNumber?: string; 
  public get cardNumber() {
    return this.getStringAttribute('card_number');
  }
  public set cardNumber(value: string) {
    this._cardNumber = value;
  }
  public resetCardNumber() {
    this._cardNumber = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardNumberInput() {
    return this._cardNumber;
  }

  // card_number_wo - computed: false, optional: true, required: false
  private _cardNumberWo?: string; 
  public get cardNumberWo() {
    return this.getStringAttribute('card_number_wo');
  }
  public set cardNumberWo(value: string) {
    this._cardNumberWo = value;
  }
  public resetCardNumberWo() {
    this._cardNumberWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardNumberWoInput() {
    return this._cardNumberWo;
  }

  // card_password - computed: false, optional: true, required: false
  private _cardPassword?: string; 
  public get cardPassword() {
    return this.getStringAttribute('card_password');
  }
  public set cardPassword(value: string) {
    this._cardPassword = value;
  }
  public resetCardPassword() {
    this._cardPassword = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardPasswordInput() {
    return this._cardPassword;
  }

  // card_password_wo - computed: false, optional: true, required: false
  private _cardPasswordWo?: string; 
  public get cardPasswordWo() {
    return this.getStringAttribute('card_password_wo');
  }
  public set cardPasswordWo(value: string) {
    this._cardPasswordWo = value;
  }
  public resetCardPasswordWo() {
    this._cardPasswordWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardPasswordWoInput() {
    return this._cardPasswordWo;
  }

  // card_type - computed: false, optional: true, required: false
  private _cardType?: string; 
  public get cardType() {
    return this.getStringAttribute('card_type');
  }
  public set cardType(value: string) {
    this._cardType = value;
  }
  public resetCardType() {
    this._cardType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardTypeInput() {
    return this._cardType;
  }

  // card_type_wo - computed: false, optional: true, required: false
  private _cardTypeWo?: string; 
  public get cardTypeWo() {
    return this.getStringAttribute('card_type_wo');
  }
  public set cardTypeWo(value: string) {
    this._cardTypeWo = value;
  }
  public resetCardTypeWo() {
    this._cardTypeWo = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get cardTypeWoInput() {
    return this._cardTypeWo;
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

  // customer_address - computed: false, optional: true, required: false
  private _customerAddress?: string; 
  public get customerAddress() {
    return this.getStringAttribute('customer_address');
  }
  public set customerAddress(value: string) {
    this._customerAddress = value;
  }
  public resetCustomerAddress() {
    this._customerAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerAddressInput() {
    return this._customerAddress;
  }

  // customer_business_name - computed: false, optional: true, required: false
  private _customerBusinessName?: string; 
  public get customerBusinessName() {
    return this.getStringAttribute('customer_business_name');
  }
  public set customerBusinessName(value: string) {
    this._customerBusinessName = value;
  }
  public resetCustomerBusinessName() {
    this._customerBusinessName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerBusinessNameInput() {
    return this._customerBusinessName;
  }

  // customer_city - computed: false, optional: true, required: false
  private _customerCity?: string; 
  public get customerCity() {
    return this.getStringAttribute('customer_city');
  }
  public set customerCity(value: string) {
    this._customerCity = value;
  }
  public resetCustomerCity() {
    this._customerCity = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerCityInput() {
    return this._customerCity;
  }

  // customer_company_name - computed: false, optional: true, required: false
  private _customerCompanyName?: string; 
  public get customerCompanyName() {
    return this.getStringAttribute('customer_company_name');
  }
  public set customerCompanyName(value: string) {
    this._customerCompanyName = value;
  }
  public resetCustomerCompanyName() {
    this._customerCompanyName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerCompanyNameInput() {
    return this._customerCompanyName;
  }

  // customer_doc_id - computed: false, optional: true, required: false
  private _customerDocId?: string; 
  public get customerDocId() {
    return this.getStringAttribute('customer_doc_id');
  }
  public set customerDocId(value: string) {
    this._customerDocId = value;
  }
  public resetCustomerDocId() {
    this._customerDocId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerDocIdInput() {
    return this._customerDocId;
  }

  // customer_doc_type - computed: false, optional: true, required: false
  private _customerDocType?: string; 
  public get customerDocType() {
    return this.getStringAttribute('customer_doc_type');
  }
  public set customerDocType(value: string) {
    this._customerDocType = value;
  }
  public resetCustomerDocType() {
    this._customerDocType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerDocTypeInput() {
    return this._customerDocType;
  }

  // customer_email - computed: false, optional: true, required: false
  private _customerEmail?: string; 
  public get customerEmail() {
    return this.getStringAttribute('customer_email');
  }
  public set customerEmail(value: string) {
    this._customerEmail = value;
  }
  public resetCustomerEmail() {
    this._customerEmail = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerEmailInput() {
    return this._customerEmail;
  }

  // customer_email2 - computed: false, optional: true, required: false
  private _customerEmail2?: string; 
  public get customerEmail2() {
    return this.getStringAttribute('customer_email2');
  }
  public set customerEmail2(value: string) {
    this._customerEmail2 = value;
  }
  public resetCustomerEmail2() {
    this._customerEmail2 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerEmail2Input() {
    return this._customerEmail2;
  }

  // customer_first_name - computed: false, optional: true, required: false
  private _customerFirstName?: string; 
  public get customerFirstName() {
    return this.getStringAttribute('customer_first_name');
  }
  public set customerFirstName(value: string) {
    this._customerFirstName = value;
  }
  public resetCustomerFirstName() {
    this._customerFirstName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerFirstNameInput() {
    return this._customerFirstName;
  }

  // customer_last_name - computed: false, optional: true, required: false
  private _customerLastName?: string; 
  public get customerLastName() {
    return this.getStringAttribute('customer_last_name');
  }
  public set customerLastName(value: string) {
    this._customerLastName = value;
  }
  public resetCustomerLastName() {
    this._customerLastName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerLastNameInput() {
    return this._customerLastName;
  }

  // customer_mobile - computed: false, optional: true, required: false
  private _customerMobile?: string; 
  public get customerMobile() {
    return this.getStringAttribute('customer_mobile');
  }
  public set customerMobile(value: string) {
    this._customerMobile = value;
  }
  public resetCustomerMobile() {
    this._customerMobile = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerMobileInput() {
    return this._customerMobile;
  }

  // customer_phone - computed: false, optional: true, required: false
  private _customerPhone?: string; 
  public get customerPhone() {
    return this.getStringAttribute('customer_phone');
  }
  public set customerPhone(value: string) {
    this._customerPhone = value;
  }
  public resetCustomerPhone() {
    this._customerPhone = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerPhoneInput() {
    return this._customerPhone;
  }

  // customer_postal_code - computed: false, optional: true, required: false
  private _customerPostalCode?: string; 
  public get customerPostalCode() {
    return this.getStringAttribute('customer_postal_code');
  }
  public set customerPostalCode(value: string) {
    this._customerPostalCode = value;
  }
  public resetCustomerPostalCode() {
    this._customerPostalCode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerPostalCodeInput() {
    return this._customerPostalCode;
  }

  // customer_sex - computed: false, optional: true, required: false
  private _customerSex?: string; 
  public get customerSex() {
    return this.getStringAttribute('customer_sex');
  }
  public set customerSex(value: string) {
    this._customerSex = value;
  }
  public resetCustomerSex() {
    this._customerSex = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerSexInput() {
    return this._customerSex;
  }

  // customer_state - computed: false, optional: true, required: false
  private _customerState?: string; 
  public get customerState() {
    return this.getStringAttribute('customer_state');
  }
  public set customerState(value: string) {
    this._customerState = value;
  }
  public resetCustomerState() {
    this._customerState = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customerStateInput() {
    return this._customerState;
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
    return cdktf.Fn.tolist(this.getListAttribute('enforce'));
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
  private _inactivity?: boolean | cdktf.IResolvable; 
  public get inactivity() {
    return this.getBooleanAttribute('inactivity');
  }
  public set inactivity(value: boolean | cdktf.IResolvable) {
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
  private _sell?: boolean | cdktf.IResolvable; 
  public get sell() {
    return this.getBooleanAttribute('sell');
  }
  public set sell(value: boolean | cdktf.IResolvable) {
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
      autologin: cdktf.booleanToTerraform(this._autologin),
      card_cvv2: cdktf.stringToTerraform(this._cardCvv2),
      card_cvv2_wo: cdktf.stringToTerraform(this._cardCvv2Wo),
      card_exp_month: cdktf.stringToTerraform(this._cardExpMonth),
      card_exp_month_wo: cdktf.stringToTerraform(this._cardExpMonthWo),
      card_exp_year: cdktf.stringToTerraform(this._cardExpYear),
      card_exp_year_wo: cdktf.stringToTerraform(this._cardExpYearWo),
      card_name: cdktf.stringToTerraform(this._cardName),
      card_name_wo: cdktf.stringToTerraform(this._cardNameWo),
      card_number: cdktf.stringToTerraform(this._cardNumber),
      card_number_wo: cdktf.stringToTerraform(this._cardNumberWo),
      card_password: cdktf.stringToTerraform(this._cardPassword),
      card_password_wo: cdktf.stringToTerraform(this._cardPasswordWo),
      card_type: cdktf.stringToTerraform(this._cardType),
      card_type_wo: cdktf.stringToTerraform(this._cardTypeWo),
      card_wo_version: cdktf.numberToTerraform(this._cardWoVersion),
      customer_address: cdktf.stringToTerraform(this._customerAddress),
      customer_business_name: cdktf.stringToTerraform(this._customerBusinessName),
      customer_city: cdktf.stringToTerraform(this._customerCity),
      customer_company_name: cdktf.stringToTerraform(this._customerCompanyName),
      customer_doc_id: cdktf.stringToTerraform(this._customerDocId),
      customer_doc_type: cdktf.stringToTerraform(this._customerDocType),
      customer_email: cdktf.stringToTerraform(this._customerEmail),
      customer_email2: cdktf.stringToTerraform(this._customerEmail2),
      customer_first_name: cdktf.stringToTerraform(this._customerFirstName),
      customer_last_name: cdktf.stringToTerraform(this._customerLastName),
      customer_mobile: cdktf.stringToTerraform(this._customerMobile),
      customer_phone: cdktf.stringToTerraform(this._customerPhone),
      customer_postal_code: cdktf.stringToTerraform(this._customerPostalCode),
      customer_sex: cdktf.stringToTerraform(this._customerSex),
      customer_state: cdktf.stringToTerraform(this._customerState),
      daily_quota: cdktf.stringToTerraform(this._dailyQuota),
      daily_time: cdktf.stringToTerraform(this._dailyTime),
      enforce: cdktf.listMapper(cdktf.stringToTerraform, false)(this._enforce),
      expires: cdktf.stringToTerraform(this._expires),
      inactivity: cdktf.booleanToTerraform(this._inactivity),
      money: cdktf.numberToTerraform(this._money),
      multilogin: cdktf.numberToTerraform(this._multilogin),
      password: cdktf.stringToTerraform(this._password),
      password_wo: cdktf.stringToTerraform(this._passwordWo),
      password_wo_version: cdktf.numberToTerraform(this._passwordWoVersion),
      plan_id: cdktf.numberToTerraform(this._planId),
      printed_bw: cdktf.numberToTerraform(this._printedBw),
      printed_color: cdktf.numberToTerraform(this._printedColor),
      quota: cdktf.stringToTerraform(this._quota),
      rates_download: cdktf.stringToTerraform(this._ratesDownload),
      rates_upload: cdktf.stringToTerraform(this._ratesUpload),
      sell: cdktf.booleanToTerraform(this._sell),
      time_left: cdktf.stringToTerraform(this._timeLeft),
      time_used: cdktf.stringToTerraform(this._timeUsed),
      type: cdktf.stringToTerraform(this._type),
      username: cdktf.stringToTerraform(this._username),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      autologin: {
        value: cdktf.booleanToHclTerraform(this._autologin),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      card_cvv2: {
        value: cdktf.stringToHclTerraform(this._cardCvv2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_cvv2_wo: {
        value: cdktf.stringToHclTerraform(this._cardCvv2Wo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_exp_month: {
        value: cdktf.stringToHclTerraform(this._cardExpMonth),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_exp_month_wo: {
        value: cdktf.stringToHclTerraform(this._cardExpMonthWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_exp_year: {
        value: cdktf.stringToHclTerraform(this._cardExpYear),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_exp_year_wo: {
        value: cdktf.stringToHclTerraform(this._cardExpYearWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_name: {
        value: cdktf.stringToHclTerraform(this._cardName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_name_wo: {
        value: cdktf.stringToHclTerraform(this._cardNameWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_number: {
        value: cdktf.stringToHclTerraform(this._cardNumber),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_number_wo: {
        value: cdktf.stringToHclTerraform(this._cardNumberWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_password: {
        value: cdktf.stringToHclTerraform(this._cardPassword),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_password_wo: {
        value: cdktf.stringToHclTerraform(this._cardPasswordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_type: {
        value: cdktf.stringToHclTerraform(this._cardType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_type_wo: {
        value: cdktf.stringToHclTerraform(this._cardTypeWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      card_wo_version: {
        value: cdktf.numberToHclTerraform(this._cardWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      customer_address: {
        value: cdktf.stringToHclTerraform(this._customerAddress),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_business_name: {
        value: cdktf.stringToHclTerraform(this._customerBusinessName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_city: {
        value: cdktf.stringToHclTerraform(this._customerCity),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_company_name: {
        value: cdktf.stringToHclTerraform(this._customerCompanyName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_doc_id: {
        value: cdktf.stringToHclTerraform(this._customerDocId),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_doc_type: {
        value: cdktf.stringToHclTerraform(this._customerDocType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_email: {
        value: cdktf.stringToHclTerraform(this._customerEmail),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_email2: {
        value: cdktf.stringToHclTerraform(this._customerEmail2),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_first_name: {
        value: cdktf.stringToHclTerraform(this._customerFirstName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_last_name: {
        value: cdktf.stringToHclTerraform(this._customerLastName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_mobile: {
        value: cdktf.stringToHclTerraform(this._customerMobile),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_phone: {
        value: cdktf.stringToHclTerraform(this._customerPhone),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_postal_code: {
        value: cdktf.stringToHclTerraform(this._customerPostalCode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_sex: {
        value: cdktf.stringToHclTerraform(this._customerSex),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      customer_state: {
        value: cdktf.stringToHclTerraform(this._customerState),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      daily_quota: {
        value: cdktf.stringToHclTerraform(this._dailyQuota),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      daily_time: {
        value: cdktf.stringToHclTerraform(this._dailyTime),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      enforce: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._enforce),
        isBlock: false,
        type: "set",
        storageClassType: "stringList",
      },
      expires: {
        value: cdktf.stringToHclTerraform(this._expires),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      inactivity: {
        value: cdktf.booleanToHclTerraform(this._inactivity),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      money: {
        value: cdktf.numberToHclTerraform(this._money),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      multilogin: {
        value: cdktf.numberToHclTerraform(this._multilogin),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      password: {
        value: cdktf.stringToHclTerraform(this._password),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo: {
        value: cdktf.stringToHclTerraform(this._passwordWo),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      password_wo_version: {
        value: cdktf.numberToHclTerraform(this._passwordWoVersion),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      plan_id: {
        value: cdktf.numberToHclTerraform(this._planId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      printed_bw: {
        value: cdktf.numberToHclTerraform(this._printedBw),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      printed_color: {
        value: cdktf.numberToHclTerraform(this._printedColor),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      quota: {
        value: cdktf.stringToHclTerraform(this._quota),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rates_download: {
        value: cdktf.stringToHclTerraform(this._ratesDownload),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rates_upload: {
        value: cdktf.stringToHclTerraform(this._ratesUpload),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      sell: {
        value: cdktf.booleanToHclTerraform(this._sell),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      time_left: {
        value: cdktf.stringToHclTerraform(this._timeLeft),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      time_used: {
        value: cdktf.stringToHclTerraform(this._timeUsed),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      type: {
        value: cdktf.stringToHclTerraform(this._type),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
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
