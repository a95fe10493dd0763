// The two responses captured from a real HotSpot server, served byte for byte over HTTP and read
// by the client.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { HotSpotClient, wallClock } from "../../src/index.js";
import { startServer, type TestServer, xml } from "./support/http-server.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = resolve(here, "../fixtures/captured");
// CI checks shared/ out beside the clone; the committed copies are what the tests use.
const shared = resolve(here, "../../../../../shared/hotspot-api/captured");
const NAMES = ["generateaccounts-ticket.xml", "viewaccount-ticket.xml"];

let server: TestServer | undefined;
let client: HotSpotClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function serve(name: string): Promise<HotSpotClient> {
  server = await startServer(xml(readFileSync(resolve(fixtures, name))));
  client = new HotSpotClient({ url: server.url, passphrase: "s3cr3t-PASS-xyz" });
  return client;
}

describe("captured responses", () => {
  it.skipIf(!existsSync(shared))("the committed copies equal shared/hotspot-api/captured", () => {
    for (const name of NAMES) {
      expect(readFileSync(resolve(fixtures, name))).toEqual(readFileSync(resolve(shared, name)));
    }
  });

  it("reads generateaccounts with its inline DTD", async () => {
    const c = await serve("generateaccounts-ticket.xml");
    const accounts = await c.generateAccounts({ account: "AFD7005023-", count: 1, pricePlanId: 2, type: 2 });
    expect(accounts).toEqual([
      {
        username: "AFD7005023-E",
        password: "",
        timeUsed: 0,
        timeLeft: 3600,
        unlimitedTime: false,
        quota: 0,
        unlimitedQuota: true,
        pricePlanId: 2,
        accessFromTo: false,
        accessId: 0,
        expire: wallClock(2013, 6, 22, 17, 45, 47),
        expireIn: 1,
        expireAfter: 1,
        enableDailyTime: false,
        dailyTime: 0,
        enableDailyQuota: false,
        dailyQuota: 0,
        enableDailyLogins: false,
        dailyLogins: 0,
        download: 131072,
        upload: 65536,
        generateId: 12,
      },
    ]);
    // wall-clock: the UTC fields are the server's local fields
    expect(accounts[0]?.expire?.toISOString()).toBe("2013-06-22T17:45:47.000Z");
  });

  it("reads viewaccount with its extra fields", async () => {
    const c = await serve("viewaccount-ticket.xml");
    const account = await c.viewAccount("AFD75023-6YN8DN");
    expect(account).toEqual({
      username: "AFD75023-6YN8DN",
      password: "",
      timeUsed: 0,
      timeLeft: 1169,
      unlimitedTime: false,
      quota: 1,
      unlimitedQuota: true,
      pricePlanId: 2,
      accessFromTo: false,
      accessId: 0,
      enableExpire: true,
      expire: wallClock(2013, 6, 30, 8, 53, 0),
      expireIn: 0,
      expireAfter: 0,
      enableDailyTime: false,
      dailyTime: 0,
      enableDailyQuota: false,
      dailyQuota: 0,
      enableDailyLogins: false,
      dailyLogins: 0,
      download: 0,
      upload: 0,
      generateId: 3,
      loggedIn: false,
      dailyQuotaLeft: 0,
      firstUsed: wallClock(2013, 6, 30, 8, 53, 4),
      lastUsed: wallClock(2013, 6, 30, 8, 53, 4),
    });
    expect(server?.requests[0]?.command).toBe("viewaccount");
    expect(server?.requests[0]?.params.get("account")).toBe("AFD75023-6YN8DN");
  });
});
