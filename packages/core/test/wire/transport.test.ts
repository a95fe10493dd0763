// Transport behaviour seen from a real server: bounded concurrency, kept-alive connections, and a
// logger that sees every request with a redacted URL.
import { afterEach, describe, expect, it } from "vitest";
import { COMMANDS, HotSpotClient, type HotSpotLogEvent } from "../../src/index.js";
import { isReadCommand } from "../../src/wire/commands.js";
import { startServer, type TestServer } from "./support/http-server.js";

let server: TestServer | undefined;
let client: HotSpotClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

describe("transport", () => {
  it("never has more requests in flight than the concurrency bound", async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startServer((_req, res) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200);
        res.end("<Accounts/>");
      }, 20);
    });
    client = new HotSpotClient({ url: server.url, passphrase: "p", concurrency: 3 });
    await Promise.all(Array.from({ length: 20 }, () => client!.getAccountList()));
    expect(server.requests).toHaveLength(20);
    expect(peak).toBe(3);
  });

  it("keeps connections alive between requests", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200);
      res.end("<Accounts/>");
    });
    client = new HotSpotClient({ url: server.url, passphrase: "p", concurrency: 2 });
    for (let i = 0; i < 10; i++) await client.getAccountList();
    expect(server.requests).toHaveLength(10);
    // undici may spread sequential requests over its pool, but never opens one per request
    expect(server.connections).toBeLessThanOrEqual(2);
  });

  it("the logger sees request and response, with the passphrase redacted", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200);
      res.end("<Accounts/>");
    });
    const events: HotSpotLogEvent[] = [];
    client = new HotSpotClient({ url: server.url, passphrase: "s3cr3t-PASS-xyz", logger: (e) => events.push(e) });
    await client.getAccountList();
    expect(events.map((e) => e.type)).toEqual(["request", "response"]);
    expect(events[0]?.url).toBe(`${server.url}/getaccountlist?pass=REDACTED`);
    expect(events[1]).toMatchObject({ status: 200, bytes: "<Accounts/>".length, command: "getaccountlist" });
  });

  it("an http URL without a port goes to HotSpot's port 82, not 80; an explicit port is kept", async () => {
    const events: HotSpotLogEvent[] = [];
    client = new HotSpotClient({ url: "http://127.0.0.1/", passphrase: "p", retries: 0, timeoutMs: 2_000, logger: (e) => events.push(e) });
    await client.getAccountList().catch(() => undefined);
    expect(events[0]?.url).toBe("http://127.0.0.1:82/getaccountlist?pass=REDACTED");
    await client.close();
    events.length = 0;
    server = await startServer((_req, res) => res.end("<Accounts/>"));
    client = new HotSpotClient({ url: server.url, passphrase: "p", logger: (e) => events.push(e) });
    await client.getAccountList();
    expect(events[0]?.url).toBe(`${server.url}/getaccountlist?pass=REDACTED`);
  });

  it("a throwing logger changes nothing", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200);
      res.end("<Accounts/>");
    });
    client = new HotSpotClient({
      url: server.url,
      passphrase: "p",
      logger: () => {
        throw new Error("logger broke");
      },
    });
    await expect(client.getAccountList()).resolves.toEqual([]);
  });

  it("a closed client refuses to send", async () => {
    server = await startServer((_req, res) => res.end("<Accounts/>"));
    client = new HotSpotClient({ url: server.url, passphrase: "p" });
    await client.close();
    await expect(client.getAccountList()).rejects.toThrow(/closed/);
    expect(server.requests).toHaveLength(0);
  });

  it("a base URL with a query string is refused at construction (the passphrase goes apart)", () => {
    expect(() => new HotSpotClient({ url: "http://h:82/?pass=x", passphrase: "p" })).toThrow(/query/);
    expect(() => new HotSpotClient({ url: "ftp://h", passphrase: "p" })).toThrow(/http/);
  });

  it("lists the 12 commands, six of which only read", () => {
    expect(COMMANDS).toHaveLength(12);
    expect(COMMANDS.filter(isReadCommand)).toEqual([
      "viewaccount",
      "getpriceplans",
      "getstatistics",
      "getaccountlog",
      "getaccountlist",
      "getaccountsummary",
    ]);
  });
});
