// The passphrase (and account passwords, card data) never leave the client in clear: not in an
// error's message, stack, url, cause or JSON, and not in what the logger sees.
import { afterEach, describe, expect, it } from "vitest";
import { ACCOUNT_FIELDS, HotSpotClient, HotSpotError, type HotSpotLogEvent, redactUrl, redactUrlsIn } from "../../src/index.js";
import { SECRET_PARAMS } from "../../src/wire/redact.js";
import { closedPortUrl, errorResult, type Handler, startServer, type TestServer, xml } from "./support/http-server.js";

const PASS = "s3cr3t-PASS-xyz";
const USER_PASSWORD = "pw-Secret-987";
const CARD = "4111111111111111";

let server: TestServer | undefined;
let client: HotSpotClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

function assertClean(err: unknown, ...secrets: string[]) {
  expect(err).toBeInstanceOf(HotSpotError);
  const e = err as HotSpotError;
  const surfaces = [
    e.message,
    e.stack ?? "",
    e.url,
    JSON.stringify(e),
    JSON.stringify(e.cause ?? null),
    String(e),
    e.description ?? "",
  ];
  for (const secret of secrets) {
    for (const s of surfaces) {
      expect(s).not.toContain(secret);
      expect(s).not.toContain(encodeURIComponent(secret));
    }
  }
  expect(e.url).toContain("pass=REDACTED");
}

const cases: Array<[string, Handler, Partial<ConstructorParameters<typeof HotSpotClient>[0]>]> = [
  // 2 s: the client and the server share this process, and a timer due when a busy machine lets the
  // process run again fires before the server reads the request it would have timed.
  ["timeout", () => {}, { timeoutMs: 2_000 }],
  [
    "dropped",
    (req) => {
      req.socket.destroy();
    },
    {},
  ],
  [
    "http",
    (_req, res) => {
      res.writeHead(500);
      res.end(PASS);
    },
    {},
  ],
  ["parse", xml(`<oops>${PASS}`), {}],
  ["too-large", xml(`<Results>${"x".repeat(5000)}${PASS}</Results>`), { maxResponseBytes: 1000 }],
  // a server that echoes the passphrase in its refusal: scrubbed too
  ["server", xml(errorResult(`ERROR: invalid passphrase ${PASS}`)), {}],
];

describe("secrets", () => {
  for (const [kind, handler, opts] of cases) {
    it(`a ${kind} error shows no passphrase, account password or card number`, async () => {
      server = await startServer(handler);
      const logged: HotSpotLogEvent[] = [];
      client = new HotSpotClient({
        url: server.url,
        passphrase: PASS,
        retries: 0,
        logger: (e) => logged.push(e),
        ...opts,
      });
      const err = await client
        .updateAccount("alice", { password: USER_PASSWORD, ccNumber: CARD, timeLeft: 5 })
        .catch((e: unknown) => e);
      expect((err as HotSpotError).kind).toBe(kind);
      assertClean(err, PASS, USER_PASSWORD, CARD);
      // the server did receive them
      expect(server.requests[0]?.params.get("pass")).toBe(PASS);
      expect(server.requests[0]?.params.get("password")).toBe(USER_PASSWORD);
      const log = JSON.stringify(logged.map((e) => ({ ...e, error: "error" in e ? e.error.toJSON() : undefined })));
      expect(log).not.toContain(PASS);
      expect(log).not.toContain(USER_PASSWORD);
      expect(log).not.toContain(CARD);
      expect(log).toContain("pass=REDACTED");
    });
  }

  it("a refused connection shows no passphrase", async () => {
    client = new HotSpotClient({ url: await closedPortUrl(), passphrase: PASS, retries: 0 });
    assertClean(await client.getPricePlans().catch((e: unknown) => e), PASS);
  });

  it("a passphrase with characters that need encoding is still redacted", async () => {
    const odd = "p&ss=w rd+#%ü";
    server = await startServer(xml("nope"));
    const logged: string[] = [];
    client = new HotSpotClient({ url: server.url, passphrase: odd, retries: 0, logger: (e) => logged.push(e.url) });
    const err = await client.getPricePlans().catch((e: unknown) => e);
    assertClean(err, odd);
    expect(server.requests[0]?.params.get("pass")).toBe(odd);
    for (const url of logged) expect(url).toMatch(/\?pass=REDACTED$/);
  });

  it("redactUrl hides every secret parameter and keeps the rest", () => {
    expect(redactUrl("http://h:82/updateaccount?account=a%20b&password=x&ccnumber=4&cccvv2=1&pass=y")).toBe(
      "http://h:82/updateaccount?account=a%20b&password=REDACTED&ccnumber=REDACTED&cccvv2=REDACTED&pass=REDACTED",
    );
  });

  it("every wire parameter of a field the catalogue marks sensitive is redacted (card holder and type too)", () => {
    const sensitive = ACCOUNT_FIELDS.filter((f) => f.sensitive);
    expect(sensitive.map((f) => f.name)).toEqual(expect.arrayContaining(["password", "card.name", "card.type", "card.number"]));
    for (const f of sensitive) for (const p of [...f.generate, ...f.update]) expect(SECRET_PARAMS.has(p.toLowerCase()), p).toBe(true);
    const url = redactUrl("http://h:82/updateaccount?account=alice&ccname=Holder-Name-Q1&cctype=1&ccnumber=4111&firstname=Visible");
    expect(url).not.toContain("Holder-Name-Q1");
    expect(url).toContain("ccname=REDACTED");
    expect(url).toContain("cctype=REDACTED");
    expect(url).toContain("account=alice&");
    expect(url).toContain("firstname=Visible");
  });

  it("user-info in a URL is redacted, alone or inside a text", () => {
    expect(redactUrl("http://admin:Pw-UserInfo-7@h:82/x?pass=y")).toBe("http://REDACTED@h:82/x?pass=REDACTED");
    expect(redactUrl("https://only-user@h/")).toBe("https://REDACTED@h/");
    expect(redactUrlsIn('connect ECONNREFUSED for "http://u:Pw-UserInfo-7@10.0.0.1:82/getpriceplans?pass=z"')).toBe(
      'connect ECONNREFUSED for "http://REDACTED@10.0.0.1:82/getpriceplans?pass=REDACTED"',
    );
  });

  it("a refused connection to a URL with user-info names neither the user nor the password", async () => {
    const url = (await closedPortUrl()).replace("http://", "http://op-User-Q9:Pw-UserInfo-7@");
    client = new HotSpotClient({ url, passphrase: PASS, retries: 0 });
    const err = await client.getPricePlans().catch((e: unknown) => e);
    assertClean(err, PASS, "op-User-Q9", "Pw-UserInfo-7");
  });
});
