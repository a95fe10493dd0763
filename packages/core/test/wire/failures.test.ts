// Failure modes over real HTTP: each becomes a HotSpotError of the right kind, with a clear
// message, and reads are retried while writes are not.
import { afterEach, describe, expect, it } from "vitest";
import { HotSpotClient, HotSpotError, isAmbiguous, isNotFound } from "../../src/index.js";
import { DEFAULT_MAX_LIST_RESPONSE_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from "../../src/wire/body.js";
import {
  closedPortUrl,
  errorResult,
  type Handler,
  startServer,
  type TestServer,
  xml,
} from "./support/http-server.js";

const PASS = "s3cr3t-PASS-xyz";
let server: TestServer | undefined;
let client: HotSpotClient | undefined;
afterEach(async () => {
  await client?.close();
  await server?.close();
  client = server = undefined;
});

async function serve(handler: Handler, opts: Partial<ConstructorParameters<typeof HotSpotClient>[0]> = {}) {
  server = await startServer(handler);
  client = new HotSpotClient({ url: server.url, passphrase: PASS, retryDelayMs: 1, ...opts });
  return { server, client };
}

async function failure(p: Promise<unknown>): Promise<HotSpotError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HotSpotError);
  return err as HotSpotError;
}

const never: Handler = () => {
  // never answers
};

describe("timeouts", () => {
  it("a read that gets no answer times out, retried, then fails with kind timeout", async () => {
    const { server, client } = await serve(never, { timeoutMs: 1_500, retries: 1 });
    const err = await failure(client.getPricePlans());
    expect(err.kind).toBe("timeout");
    expect(err.command).toBe("getpriceplans");
    expect(err.message).toMatch(/getpriceplans: no answer in time \(after 1500 ms\)/);
    expect(err.mayHaveCommitted).toBe(false);
    expect(err.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it("a write that times out is sent once and may have committed", async () => {
    const { server, client } = await serve(never, { timeoutMs: 1_500, retries: 3 });
    const err = await failure(client.deleteAccount("alice"));
    expect(err.kind).toBe("timeout");
    expect(err.mayHaveCommitted).toBe(true);
    expect(isAmbiguous(err)).toBe(true);
    expect(err.message).toMatch(/may have been applied/);
    expect(server.requests).toHaveLength(1);
  });

  it("a body that stalls halfway times out too", async () => {
    const { client } = await serve(
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/xml" });
        res.write("<Accounts><Account><Username>a");
      },
      { timeoutMs: 1_500, retries: 0 },
    );
    const err = await failure(client.getAccountList());
    expect(err.kind).toBe("timeout");
    expect(err.status).toBe(200);
  });
});

describe("connection failures", () => {
  it("a refused connection names the cause and is not ambiguous, even for writes", async () => {
    client = new HotSpotClient({ url: await closedPortUrl(), passphrase: PASS, retries: 0 });
    const err = await failure(client.generateAccounts({ account: "x" }));
    expect(err.kind).toBe("refused");
    expect(err.message).toMatch(/connection refused: is the HotSpot server running/);
    expect(err.mayHaveCommitted).toBe(false);
    expect(err.status).toBeUndefined();
  });

  it("refused reads are retried", async () => {
    const events: string[] = [];
    client = new HotSpotClient({
      url: await closedPortUrl(),
      passphrase: PASS,
      retries: 2,
      retryDelayMs: 1,
      logger: (e) => events.push(e.type),
    });
    const err = await failure(client.viewAccount("x"));
    expect(err.kind).toBe("refused");
    expect(err.attempts).toBe(3);
    expect(events.filter((t) => t === "retry")).toHaveLength(2);
  });

  it("a connection dropped before any answer", async () => {
    const { server, client } = await serve((req) => req.socket.destroy(), { retries: 0 });
    const err = await failure(client.updateAccount("alice", { timeLeft: 60 }));
    expect(err.kind).toBe("dropped");
    expect(err.mayHaveCommitted).toBe(true);
    expect(err.message).toMatch(/connection dropped before the full answer arrived/);
    expect(server.requests).toHaveLength(1);
  });

  it("a connection dropped in the middle of the body", async () => {
    const { client } = await serve(
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/xml", "content-length": "500" });
        res.write("<Accounts><Account><Username>alice</Username>", () => res.socket?.destroy());
      },
      { retries: 0 },
    );
    const err = await failure(client.refillAccount("alice", 1));
    expect(err.kind).toBe("dropped");
    expect(err.mayHaveCommitted).toBe(true);
  });

  it("a chunked body cut off mid-way", async () => {
    const { client } = await serve(
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/xml" });
        res.write("<Accounts><Account><Username>alice</Username>", () => res.socket?.destroy());
      },
      { retries: 0 },
    );
    const err = await failure(client.getAccountList());
    expect(err.kind).toBe("dropped");
    expect(err.mayHaveCommitted).toBe(false); // a read commits nothing
  });
});

describe("HTTP status", () => {
  it("non-200 is kind http with the status; 4xx is not retried nor ambiguous", async () => {
    const { server, client } = await serve((_req, res) => {
      res.writeHead(404);
      res.end("no such page");
    });
    const err = await failure(client.getPricePlans());
    expect(err.kind).toBe("http");
    expect(err.status).toBe(404);
    expect(err.message).toMatch(/HTTP status 404 instead of 200/);
    expect(server.requests).toHaveLength(1);
  });

  it("a 5xx read is retried and succeeds when the server recovers", async () => {
    let n = 0;
    const { server, client } = await serve((_req, res) => {
      if (n++ < 2) {
        res.writeHead(503);
        res.end();
      } else {
        res.writeHead(200);
        res.end("<PricePlans><PricePlan><ID>1</ID><Description>1 Hour</Description></PricePlan></PricePlans>");
      }
    });
    expect(await client.getPricePlans()).toEqual([{ id: 1, description: "1 Hour" }]);
    expect(server.requests).toHaveLength(3);
  });

  it("a 5xx write is sent once and may have committed", async () => {
    const { server, client } = await serve((_req, res) => {
      res.writeHead(500);
      res.end();
    });
    const err = await failure(client.loginAccount({ account: "alice" }));
    expect(err.kind).toBe("http");
    expect(err.status).toBe(500);
    expect(err.mayHaveCommitted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });
});

describe("unreadable bodies", () => {
  it("a body that is not XML is kind parse", async () => {
    const { client } = await serve(xml("Internal error, see log"), { retries: 0 });
    const err = await failure(client.getAccountList());
    expect(err.kind).toBe("parse");
    expect(err.status).toBe(200);
    expect(err.message).toMatch(/getaccountlist: the answer is not the XML expected/);
  });

  it("truncated XML is kind parse; for a write it may have committed and is not retried", async () => {
    const { server, client } = await serve(xml("<Accounts><Account><Username>alice</Username>"), { retries: 3 });
    const err = await failure(client.generateAccounts({ account: "alice" }));
    expect(err.kind).toBe("parse");
    expect(err.mayHaveCommitted).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("malformed XML is kind parse and the detail says where", async () => {
    for (const body of [
      "<Accounts><Account><Username>a</Username></Account>",
      "<Accounts><Account><Username>a</Password></Account></Accounts>",
      "<Accounts></Accounts><Accounts></Accounts>",
      "<Accounts>&#0;</Accounts>",
    ]) {
      const { client } = await serve(xml(body), { retries: 0 });
      const err = await failure(client.getAccountList());
      expect(err.kind).toBe("parse");
      expect(err.message).toMatch(/the answer is not the XML expected \(1:\d+: /);
    }
  });

  it("truncated XML on a read is retried", async () => {
    let n = 0;
    const { server, client } = await serve((_req, res) => {
      res.writeHead(200);
      res.end(n++ === 0 ? "<Accounts><Acc" : "<Accounts><Account><Username>a</Username></Account></Accounts>");
    });
    expect(await client.getAccountList()).toEqual([{ username: "a" }]);
    expect(server.requests).toHaveLength(2);
  });

  it("well-formed XML of the wrong shape is kind parse", async () => {
    const { client } = await serve(xml("<html><body>Login</body></html>"), { retries: 0 });
    expect((await failure(client.deleteAccount("a"))).kind).toBe("parse");
    expect((await failure(client.getAccountList())).kind).toBe("parse");
    expect((await failure(client.getAccountSummary("a"))).kind).toBe("parse");
  });

  it("an account without a username is kind parse", async () => {
    const { client } = await serve(xml("<Accounts><Account><TimeLeft>5</TimeLeft></Account></Accounts>"), {
      retries: 0,
    });
    expect((await failure(client.getAccountList())).kind).toBe("parse");
  });
});

describe("response size bound", () => {
  const big = `<Accounts>${"<Account><Username>u</Username></Account>".repeat(2000)}</Accounts>`;

  it("a declared content-length over the bound is refused before reading", async () => {
    const { client } = await serve(xml(big), { maxListResponseBytes: 10_000, retries: 0 });
    const err = await failure(client.getAccountList());
    expect(err.kind).toBe("too-large");
    expect(err.message).toMatch(/larger than allowed \(limit 10000 bytes/);
  });

  it("a chunked body is cut off once it passes the bound", async () => {
    let aborted = false;
    const { client } = await serve(
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/xml" });
        res.on("close", () => {
          aborted = !res.writableFinished;
        });
        // endless stream: only the client's bound ends it
        const chunk = "<Account><Username>u</Username></Account>".repeat(100);
        res.write("<Accounts>");
        const pump = () => {
          while (res.write(chunk)) {
            // keep writing until the socket pushes back
          }
        };
        res.on("drain", pump);
        pump();
      },
      { maxListResponseBytes: 100_000, retries: 0 },
    );
    const err = await failure(client.getAccountList());
    expect(err.kind).toBe("too-large");
    await expect.poll(() => aborted).toBe(true);
  });

  it("a body within the bound is read", async () => {
    const { client } = await serve(xml(big), { maxListResponseBytes: big.length });
    expect(await client.getAccountList()).toHaveLength(2000);
  });

  it("the account list has its own, larger bound: it grows with the server", async () => {
    const { client } = await serve(xml(big), { maxResponseBytes: 10_000, retries: 0 });
    expect(await client.getAccountList()).toHaveLength(2000);
    expect((await failure(client.viewAccount("u"))).kind).toBe("too-large");
    expect(DEFAULT_MAX_LIST_RESPONSE_BYTES).toBeGreaterThan(DEFAULT_MAX_RESPONSE_BYTES);
    // A list with every field is about 750 bytes an account: 100,000 accounts must fit.
    expect(DEFAULT_MAX_LIST_RESPONSE_BYTES).toBeGreaterThan(100_000 * 1_000);
  });
});

describe("server refusals", () => {
  it("an ERROR description is kind server, carries the text, and is never retried", async () => {
    const { server, client } = await serve(xml(errorResult("ERROR: account does not exist")));
    const err = await failure(client.viewAccount("ghost"));
    expect(err.kind).toBe("server");
    expect(err.description).toBe("ERROR: account does not exist");
    expect(err.message).toContain('the server refused: "ERROR: account does not exist"');
    expect(err.mayHaveCommitted).toBe(false);
    expect(isNotFound(err)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("any description other than SUCCESS fails, for every kind of command", async () => {
    const { client } = await serve(xml(errorResult("ERROR: invalid passphrase")));
    const calls: Array<() => Promise<unknown>> = [
      () => client.generateAccounts({ account: "a" }),
      () => client.updateAccount("a", { timeLeft: 1 }),
      () => client.refillAccount("a", 1),
      () => client.viewAccount("a"),
      () => client.deleteAccount("a"),
      () => client.getPricePlans(),
      () => client.getStatistics(new Date(0), new Date(0)),
      () => client.getAccountLog("a"),
      () => client.getAccountList(),
      () => client.loginAccount({ account: "a" }),
      () => client.logoutAccount({ account: "a" }),
      () => client.getAccountSummary("a"),
    ];
    for (const call of calls) {
      const err = await failure(call());
      expect(err.kind).toBe("server");
      expect(err.description).toBe("ERROR: invalid passphrase");
      expect(isNotFound(err)).toBe(false);
    }
  });

  it("a description that is neither SUCCESS nor ERROR is still a failure", async () => {
    const { client } = await serve(xml(errorResult("Account is logged in")));
    const err = await failure(client.deleteAccount("a"));
    expect(err.kind).toBe("server");
    expect(err.description).toBe("Account is logged in");
  });

  it("isNotFound matches the usual wordings, case-insensitively", async () => {
    for (const text of ["ERROR: Account Not Found", "error: no such account", "ERROR: ACCOUNT DOES NOT EXIST"]) {
      const { client } = await serve(xml(errorResult(text)));
      expect(isNotFound(await failure(client.deleteAccount("a")))).toBe(true);
      await client.close();
      await server?.close();
    }
    client = server = undefined;
  });

  it("an empty <Accounts/> for viewaccount means the account does not exist", async () => {
    const { client } = await serve(xml("<Accounts></Accounts>"));
    const err = await failure(client.viewAccount("ghost"));
    expect(err.kind).toBe("server");
    expect(isNotFound(err)).toBe(true);
  });

  it("SUCCESS is success, whatever its case or surrounding blanks", async () => {
    const { client } = await serve(xml("<results><result><description> Success </description></result></results>"));
    await expect(client.deleteAccount("a")).resolves.toBeUndefined();
  });
});

describe("answers about another account (the server compares usernames case-insensitively)", () => {
  const record = (name: string) => `<Accounts><Account><Username>${name}</Username><TimeLeft>60</TimeLeft></Account></Accounts>`;

  it("viewaccount answered with another username is a protocol error, not data", async () => {
    const { client } = await serve(xml(record("alice")));
    const err = await failure(client.viewAccount("bob"));
    expect(err.kind).toBe("protocol");
    expect(isNotFound(err)).toBe(false);
    expect(err.message).toContain('"alice" in answer to a request about "bob"');
  });

  it("viewaccount answered with the same name in another case is the account", async () => {
    const { client } = await serve(xml(record("BOB")));
    expect((await client.viewAccount("bob")).username).toBe("BOB");
  });

  it("refillaccount, getaccountlog and getaccountsummary check the name too", async () => {
    const { client } = await serve((req, res) => {
      const u = new URL(req.url ?? "/", "http://x");
      res.setHeader("content-type", "text/xml");
      if (u.pathname.endsWith("/getaccountlog")) res.end("<Sessions><Session><Username>alice</Username><Duration>5</Duration></Session></Sessions>");
      else if (u.pathname.endsWith("/getaccountsummary")) res.end("<Summary><Username>alice</Username><Sessions>1</Sessions></Summary>");
      else res.end(record("alice"));
    });
    expect((await failure(client.refillAccount("bob", 1))).kind).toBe("protocol");
    expect((await failure(client.getAccountLog("bob"))).kind).toBe("protocol");
    expect((await failure(client.getAccountSummary("bob"))).kind).toBe("protocol");
  });

  it("generateaccounts answered with accounts outside the name asked for is a protocol error (may have committed)", async () => {
    const { client } = await serve(xml(record("alice")));
    const err = await failure(client.generateAccounts({ account: "bob", count: 1 }));
    expect(err.kind).toBe("protocol");
    expect(err.mayHaveCommitted).toBe(true);
    await expect(client.generateAccounts({ account: "ALI", count: 1 })).resolves.toHaveLength(1);
  });
});
