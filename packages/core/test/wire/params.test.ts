// Typed parameters as the server sees them: wire names and formats of the API's command reference, and names that
// need encoding arriving exactly.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AccountType, DocumentType, HotSpotClient, wallClock } from "../../src/index.js";
import { type SeenRequest, startServer, SUCCESS, type TestServer } from "./support/http-server.js";

const PASS = "s3cr3t-PASS-xyz";
let server: TestServer;
let client: HotSpotClient;

const ACCOUNT = (name: string) =>
  `<Accounts><Account><Username>${name.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</Username></Account></Accounts>`;

beforeAll(async () => {
  server = await startServer((_req, res, seen) => {
    res.writeHead(200, { "content-type": "text/xml; charset=utf-8" });
    const account = seen.params.get("account") ?? "x";
    switch (seen.command) {
      case "generateaccounts":
      case "refillaccount":
      case "viewaccount":
      case "getaccountlist":
        return res.end(ACCOUNT(account));
      case "getpriceplans":
        return res.end("<PricePlans/>");
      case "getstatistics":
        return res.end("<Statistics/>");
      case "getaccountlog":
        return res.end("<Sessions/>");
      case "getaccountsummary":
        return res.end("<Summary/>");
      default:
        return res.end(SUCCESS);
    }
  });
  client = new HotSpotClient({ url: `${server.url}/`, passphrase: PASS });
});
afterAll(async () => {
  await client.close();
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
});

const last = (): SeenRequest => server.requests.at(-1)!;
/** The decoded parameters in order, pass excluded. */
const sent = (): Array<[string, string]> => [...last().params.entries()].filter(([k]) => k !== "pass");

describe("parameters on the wire", () => {
  it("generateaccounts maps every parameter, and sends priceplan rather than groupplan", async () => {
    await client.generateAccounts({
      account: "NEW",
      count: 5,
      pricePlanId: 3,
      type: AccountType.Ticket,
      autoLogin: true,
      inactivity: false,
      sell: true,
      expireDays: 30,
      timeLeft: 3600,
      unlimitedTime: false,
      quota: 1_073_741_824,
      unlimitedQuota: true,
      download: 131072,
      upload: 65536,
      print: false,
      preview: false,
      length: 15,
      passwordLength: 8,
      password: "pw",
      startNumber: 21,
    });
    expect(last().command).toBe("generateaccounts");
    expect(last().method).toBe("GET");
    expect(sent()).toEqual([
      ["account", "NEW"],
      ["number", "5"],
      ["priceplan", "3"],
      ["type", "2"],
      ["autologin", "1"],
      ["inactivity", "0"],
      ["sell", "1"],
      ["expire", "30"],
      ["timeleft", "3600"],
      ["unltime", "0"],
      ["quota", "1073741824"],
      ["unlquota", "1"],
      ["download", "131072"],
      ["upload", "65536"],
      ["print", "0"],
      ["preview", "0"],
      ["length", "15"],
      ["passlength", "8"],
      ["password", "pw"],
      ["startnumber", "21"],
    ]);
    expect(last().params.get("pass")).toBe(PASS);
    expect(last().params.has("groupplan")).toBe(false);
  });

  it("generateaccounts defaults number to 1 and sends nothing it was not given", async () => {
    await client.generateAccounts({ account: "solo" });
    expect(sent()).toEqual([
      ["account", "solo"],
      ["number", "1"],
    ]);
  });

  it("updateaccount maps every parameter: money 0.00, dates YYYYMMDD / YYYYMMDDHHMM, enums", async () => {
    await client.updateAccount("alice", {
      password: "pw",
      pricePlanId: 2,
      type: AccountType.Postpaid,
      printedColor: 1,
      printedBw: 2,
      software: "2|",
      money: 12.5,
      moneyInc: 1,
      moneyDec: 0.25,
      timeLeft: 7200,
      timeUsed: 60,
      unlimitedTime: true,
      unlimitedQuota: false,
      quota: 500,
      download: 1000,
      upload: 2000,
      autoLogin: false,
      inactivity: true,
      sell: false,
      enableExpire: true,
      expireDate: wallClock(2026, 3, 7),
      expireDateTime: wallClock(2026, 12, 31, 23, 5, 59),
      multiLogins: 3,
      multiLogin: true,
      enableDailyTime: true,
      dailyTime: 1800,
      dailyTimeLeft: 900,
      enableDailyQuota: true,
      dailyQuota: 100,
      dailyQuotaLeft: 50,
      firstName: "Zoë",
      lastName: "Łódź",
      address: "1 Main St",
      city: "Town",
      postalCode: "00123",
      state: "ST",
      sex: "F",
      phone: "+1 555",
      mobile: "+1 666",
      email: "a@b.c",
      email2: "d@e.f",
      docId: "X1",
      docType: DocumentType.Passport,
      companyName: "Co",
      businessName: "Biz",
      ccName: "Z L",
      ccType: 1,
      ccNumber: "4111",
      ccPassword: "cp",
      ccExpMonth: "01",
      ccExpYear: "2030",
      ccCvv2: "123",
    });
    expect(sent()).toEqual([
      ["account", "alice"],
      ["password", "pw"],
      ["priceplan", "2"],
      ["type", "1"],
      ["printedcolor", "1"],
      ["printedbw", "2"],
      ["software", "2|"],
      ["money", "12.50"],
      ["moneyinc", "1.00"],
      ["moneydec", "0.25"],
      ["timeleft", "7200"],
      ["timeused", "60"],
      ["unltime", "1"],
      ["unlquota", "0"],
      ["quota", "500"],
      ["download", "1000"],
      ["upload", "2000"],
      ["autologin", "0"],
      ["inactivity", "1"],
      ["sell", "0"],
      ["enableexpire", "1"],
      ["expiredate", "20260307"],
      ["expiredatetime", "202612312305"],
      ["multilogins", "3"],
      ["multilogin", "1"],
      ["enabledailytime", "1"],
      ["dailytime", "1800"],
      ["dailytimeleft", "900"],
      ["enabledailyquota", "1"],
      ["dailyquota", "100"],
      ["dailyquotaleft", "50"],
      ["firstname", "Zoë"],
      ["lastname", "Łódź"],
      ["address", "1 Main St"],
      ["city", "Town"],
      ["postalcode", "00123"],
      ["state", "ST"],
      ["sex", "F"],
      ["phone", "+1 555"],
      ["mobile", "+1 666"],
      ["email", "a@b.c"],
      ["email2", "d@e.f"],
      ["docid", "X1"],
      ["doctype", "1"],
      ["companyname", "Co"],
      ["businessname", "Biz"],
      ["ccname", "Z L"],
      ["cctype", "1"],
      ["ccnumber", "4111"],
      ["ccpassword", "cp"],
      ["ccexpmonth", "01"],
      ["ccexpyear", "2030"],
      ["cccvv2", "123"],
    ]);
  });

  it("the other commands", async () => {
    await client.refillAccount("bob", 3);
    expect([last().command, sent()]).toEqual(["refillaccount", [["account", "bob"], ["priceplan", "3"]]]);
    await client.viewAccount("bob");
    expect([last().command, sent()]).toEqual(["viewaccount", [["account", "bob"]]]);
    await client.deleteAccount("bob");
    expect([last().command, sent()]).toEqual(["deleteaccount", [["account", "bob"]]]);
    await client.getPricePlans();
    expect([last().command, sent()]).toEqual(["getpriceplans", []]);
    await client.getStatistics(wallClock(2026, 1, 1), wallClock(2026, 1, 31, 23, 59, 59));
    expect([last().command, sent()]).toEqual(["getstatistics", [["from", "20260101"], ["to", "20260131"]]]);
    await client.getAccountLog("bob");
    expect([last().command, sent()]).toEqual(["getaccountlog", [["account", "bob"]]]);
    await client.getAccountLog("bob", { from: wallClock(2026, 2, 3) });
    expect(sent()).toEqual([["account", "bob"], ["from", "20260203"]]);
    await client.getAccountList();
    expect([last().command, sent()]).toEqual(["getaccountlist", []]);
    await client.loginAccount({
      account: "bob",
      ip: "10.0.0.5",
      mac: "AA:BB:CC:DD:EE:FF",
      time: 60,
      unlimitedTime: false,
      quota: 10,
      unlimitedQuota: true,
      download: 1,
      upload: 2,
      inactivity: true,
      expireDays: 7,
    });
    expect([last().command, sent()]).toEqual([
      "loginaccount",
      [
        ["account", "bob"],
        ["ip", "10.0.0.5"],
        ["mac", "AA:BB:CC:DD:EE:FF"],
        ["time", "60"],
        ["unltime", "0"],
        ["quota", "10"],
        ["unlquota", "1"],
        ["download", "1"],
        ["upload", "2"],
        ["inactivity", "1"],
        ["expire", "7"],
      ],
    ]);
    await client.logoutAccount({ mac: "AA:BB:CC:DD:EE:FF" });
    expect([last().command, sent()]).toEqual(["logoutaccount", [["mac", "AA:BB:CC:DD:EE:FF"]]]);
    await client.getAccountSummary("bob", { from: wallClock(2026, 1, 1), to: wallClock(2026, 1, 2) });
    expect([last().command, sent()]).toEqual([
      "getaccountsummary",
      [["account", "bob"], ["from", "20260101"], ["to", "20260102"]],
    ]);
  });

  it("bad values are refused before anything is sent", async () => {
    const bad: Array<() => Promise<unknown>> = [
      () => client.generateAccounts({ account: "a", count: 0 }),
      () => client.generateAccounts({ account: "a", timeLeft: -1 }),
      () => client.generateAccounts({ account: "a", quota: 1.5 }),
      () => client.updateAccount("a", { expireDate: new Date(Number.NaN) }),
      () => client.updateAccount("a", { money: Number.POSITIVE_INFINITY }),
      () => client.updateAccount("", { timeLeft: 1 }),
      () => client.logoutAccount({}),
      () => client.refillAccount("a", -3),
    ];
    for (const call of bad) await expect(call()).rejects.toBeInstanceOf(RangeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe("awkward account names round-trip exactly", () => {
  const names = ["a b", "a&b=c", "plus+sign", "hash#tag", "100%", "Zoë Łódź", "  padded  ", "?x=/y", "00123", "é&=+#% ü"];

  for (const name of names) {
    it(JSON.stringify(name), async () => {
      const account = await client.viewAccount(name);
      expect(last().params.get("account")).toBe(name);
      expect(last().rawQuery).not.toMatch(/\+/.test(name) ? /account=[^&]*\+/ : /^$/);
      expect(last().rawQuery.startsWith(`account=${encodeURIComponent(name)}&`)).toBe(true);
      // and back: the server echoes it in XML
      expect(account.username).toBe(name);
    });
  }

  it("a space travels as %20, never +", async () => {
    await client.deleteAccount("a b+c");
    expect(last().rawQuery).toBe(`account=a%20b%2Bc&pass=${PASS}`);
  });

  it("an apostrophe travels as %27, as a parsed URL sends it", async () => {
    await client.deleteAccount("o'brien");
    expect(last().rawQuery).toBe(`account=o%27brien&pass=${PASS}`);
    expect(last().params.get("account")).toBe("o'brien");
  });

  it("a base URL with a path keeps that path before the command", async () => {
    const prefixed = new HotSpotClient({ url: `${server.url}/hot%20spot/api//`, passphrase: PASS });
    try {
      await prefixed.deleteAccount("a");
    } finally {
      await prefixed.close();
    }
    expect(last().command).toBe("hot%20spot/api/deleteaccount");
    expect(last().rawQuery).toBe(`account=a&pass=${PASS}`);
  });
});
