// What a real server may do differently, and hostile XML: the client stays tolerant where it can
// and never expands entities.
import { afterEach, describe, expect, it } from "vitest";
import { HotSpotClient, wallClock } from "../../src/index.js";
import { startServer, type TestServer, xml } from "./support/http-server.js";

let server: TestServer | undefined;
let client: HotSpotClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function answering(body: string, opts: { timeoutMs?: number } = {}) {
  server = await startServer(xml(body));
  client = new HotSpotClient({ url: server.url, passphrase: "s3cr3t-PASS-xyz", retries: 0, ...opts });
  return client;
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE Accounts [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Accounts><Account><Username>&lol9;</Username><Password>&lol;</Password></Account></Accounts>`;

describe("hostile XML", () => {
  it("billion laughs: entities stay unexpanded text, answered promptly", async () => {
    const c = await answering(BILLION_LAUGHS, { timeoutMs: 5_000 });
    const [account] = await c.getAccountList();
    expect(account?.username).toBe("&lol9;");
    expect(account?.password).toBe("&lol;");
  });

  it("an external entity is never fetched nor expanded", async () => {
    let fetched = false;
    const bait = await startServer((_req, res) => {
      fetched = true;
      res.end("INJECTED");
    });
    try {
      const c = await answering(
        `<?xml version="1.0"?><!DOCTYPE Accounts [<!ENTITY xxe SYSTEM "${bait.url}/x"><!ENTITY file SYSTEM "file:///etc/passwd">]>` +
          "<Accounts><Account><Username>&xxe;&file;</Username></Account></Accounts>",
      );
      // The DTD is skipped, never interpreted: the references stay the inert text they are
      const [account] = await c.getAccountList();
      expect(account?.username).toBe("&xxe;&file;");
      expect(JSON.stringify(account)).not.toContain("INJECTED");
      expect(JSON.stringify(account)).not.toContain("root:");
      expect(fetched).toBe(false);
    } finally {
      await bait.close();
    }
  });

  it("predefined entities, character references and CDATA are decoded once", async () => {
    const c = await answering(
      "<Accounts><Account><Username>a &amp; b &lt;c&gt; &#233;&#x141; &amp;amp;</Username>" +
        "<Password><![CDATA[x&amp;<y>]]></Password></Account></Accounts>",
    );
    const [account] = await c.getAccountList();
    expect(account?.username).toBe("a & b <c> éŁ &amp;");
    expect(account?.password).toBe("x&amp;<y>");
  });
});

describe("tolerance", () => {
  it("element names in any case, flags in any case, fields missing, unknown fields kept", async () => {
    const c = await answering(
      `<?xml version="1.0" encoding="UTF-8"?>
<ACCOUNTS>
  <account>
    <USERNAME>00123</USERNAME>
    <timeleft>60</timeleft>
    <unlimitedtime>TRUE</unlimitedtime>
    <UnlimitedQuota>false</UnlimitedQuota>
    <Loggedin>1</Loggedin>
    <groupplanid>4</groupplanid>
    <EnableMonthlyTime>True</EnableMonthlyTime>
    <MontlyTime>3600</MontlyTime>
    <EnableMonthyQuota>False</EnableMonthyQuota>
    <MonthlyQuota>42</MonthlyQuota>
    <Expire>2026-02-28 23:59:00</Expire>
    <NewField>something</NewField>
    <Quota>lots</Quota>
    <DailyTime></DailyTime>
  </account>
</ACCOUNTS>`,
    );
    const [account] = await c.getAccountList();
    expect(account).toEqual({
      username: "00123",
      timeLeft: 60,
      unlimitedTime: true,
      unlimitedQuota: false,
      loggedIn: true,
      pricePlanId: 4,
      enableMonthlyTime: true,
      monthlyTime: 3600,
      enableMonthlyQuota: false,
      monthlyQuota: 42,
      expire: wallClock(2026, 2, 28, 23, 59, 0),
      // unknown, and unreadable, values are kept verbatim rather than failing
      extra: { NewField: "something", Quota: "lots" },
    });
  });

  it("usernames keep their exact text: leading zeros, blanks", async () => {
    const c = await answering(
      "<Accounts><Account><Username>007</Username></Account><Account><Username> padded </Username></Account></Accounts>",
    );
    expect((await c.getAccountList()).map((a) => a.username)).toEqual(["007", " padded "]);
  });

  it("a UTF-8 byte order mark and non-ASCII names", async () => {
    const c = await answering("\uFEFF<Accounts><Account><Username>Zoë Łódź</Username></Account></Accounts>");
    expect(await c.getAccountList()).toEqual([{ username: "Zoë Łódź" }]);
  });

  it("an account answered without the <Accounts> wrapper, and records nested in another wrapper", async () => {
    expect(await (await answering("<Account><Username>solo</Username></Account>")).getAccountList()).toEqual([{ username: "solo" }]);
    await client?.close();
    await server?.close();
    const c = await answering(
      "<Response><Accounts><ACCOUNT><Username>a</Username></ACCOUNT><account><Username>b</Username></account></Accounts></Response>",
    );
    expect((await c.getAccountList()).map((a) => a.username)).toEqual(["a", "b"]);
  });

  it("elements named like Object.prototype members are unknown fields, kept verbatim", async () => {
    const c = await answering(
      "<Accounts><Account><Username>bob</Username><constructor>1</constructor><__proto__>2</__proto__><toString>3</toString><TimeLeft>60</TimeLeft></Account></Accounts>",
    );
    const [a] = await c.getAccountList();
    expect(a?.username).toBe("bob");
    expect(a?.timeLeft).toBe(60);
    expect(Object.entries(a?.extra ?? {})).toEqual([
      ["constructor", "1"],
      ["__proto__", "2"],
      ["toString", "3"],
    ]);
  });

  it("an empty account list", async () => {
    expect(await (await answering("<Accounts/>")).getAccountList()).toEqual([]);
  });

  it("price plans, with optional fields and a decimal price", async () => {
    const c = await answering(
      `<PricePlans>
  <PricePlan><ID>1</ID><Description>1 Hour</Description><Price>5</Price><Time>3600</Time><TimeHHMM>01:00</TimeHHMM><UnlimitedTime>False</UnlimitedTime><Enabled>True</Enabled></PricePlan>
  <PricePlan><ID>2</ID><Description>1 Day</Description><Price>12,50</Price><Quota>1073741824</Quota><UnlimitedQuota>False</UnlimitedQuota><Download>131072</Download><Upload>65536</Upload><Expire>1</Expire><Color>red</Color></PricePlan>
  <PricePlan><ID>3</ID></PricePlan>
</PricePlans>`,
    );
    expect(await c.getPricePlans()).toEqual([
      {
        id: 1,
        description: "1 Hour",
        price: 5,
        time: 3600,
        timeHHMM: "01:00",
        unlimitedTime: false,
        enabled: true,
      },
      {
        id: 2,
        description: "1 Day",
        price: 12.5,
        quota: 1073741824,
        unlimitedQuota: false,
        download: 131072,
        upload: 65536,
        expireDays: 1,
        extra: { Color: "red" },
      },
      { id: 3, description: "" },
    ]);
  });

  it("sessions of getaccountlog", async () => {
    const c = await answering(
      `<Sessions><Session><Username>bob</Username><IP>10.0.0.5</IP><MAC>AA:BB:CC:DD:EE:FF</MAC>
<Start>2026-01-02 10:00:00</Start><Stop>2026-01-02 11:30:00</Stop><Duration>5400</Duration>
<Download>1000</Download><Upload>200</Upload></Session>
<Session><Start>2026-01-03 09:00:00</Start><Stop></Stop></Session></Sessions>`,
    );
    expect(await c.getAccountLog("bob")).toEqual([
      {
        username: "bob",
        ip: "10.0.0.5",
        mac: "AA:BB:CC:DD:EE:FF",
        start: wallClock(2026, 1, 2, 10),
        stop: wallClock(2026, 1, 2, 11, 30),
        duration: 5400,
        download: 1000,
        upload: 200,
      },
      // a session still open, without its account name
      { username: "bob", start: wallClock(2026, 1, 3, 9) },
    ]);
  });

  it("the account summary, absent totals read as zero", async () => {
    const c = await answering(
      "<Summary><Username>bob</Username><Sessions>2</Sessions><TimeUsed>5400</TimeUsed><FirstUsed>2026-01-02 10:00:00</FirstUsed></Summary>",
    );
    expect(await c.getAccountSummary("bob")).toEqual({
      username: "bob",
      sessions: 2,
      timeUsed: 5400,
      download: 0,
      upload: 0,
      firstUsed: wallClock(2026, 1, 2, 10),
    });
  });

  it("daily statistics, dates normalised to YYYY-MM-DD", async () => {
    const c = await answering(
      `<Statistics><Day><Date>2026-01-01</Date><Sessions>3</Sessions><TimeUsed>60</TimeUsed><Download>1</Download><Upload>2</Upload><AccountsCreated>4</AccountsCreated><Sales>10.5</Sales></Day>
<Day><Date>20260102</Date></Day><Day><Date>2026-01-03 00:00:00</Date></Day></Statistics>`,
    );
    const days = await c.getStatistics(wallClock(2026, 1, 1), wallClock(2026, 1, 3));
    expect(days.map((d) => d.date)).toEqual(["2026-01-01", "2026-01-02", "2026-01-03"]);
    expect(days[0]).toEqual({
      date: "2026-01-01",
      sessions: 3,
      timeUsed: 60,
      download: 1,
      upload: 2,
      accountsCreated: 4,
      sales: 10.5,
    });
    expect(days[1]).toEqual({
      date: "2026-01-02",
      sessions: 0,
      timeUsed: 0,
      download: 0,
      upload: 0,
      accountsCreated: 0,
      sales: 0,
    });
  });

  it("refillaccount answered with a bare SUCCESS: the account is read back with viewaccount", async () => {
    server = await startServer((_req, res, seen) => {
      res.writeHead(200);
      res.end(
        seen.command === "refillaccount"
          ? "<Results><Result><Description>SUCCESS</Description></Result></Results>"
          : "<Accounts><Account><Username>bob</Username><TimeLeft>7200</TimeLeft></Account></Accounts>",
      );
    });
    client = new HotSpotClient({ url: server.url, passphrase: "p" });
    expect(await client.refillAccount("bob", 1)).toEqual({ username: "bob", timeLeft: 7200 });
    expect(server.requests.map((r) => r.command)).toEqual(["refillaccount", "viewaccount"]);
  });

  it("an invalid date is kept in extra rather than guessed", async () => {
    const c = await answering(
      "<Accounts><Account><Username>a</Username><Expire>2026-02-30 10:00:00</Expire></Account></Accounts>",
    );
    expect(await c.getAccountList()).toEqual([{ username: "a", extra: { Expire: "2026-02-30 10:00:00" } }]);
  });
});
