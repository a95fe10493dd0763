// The passphrase never appears in a log line, a request log entry, an error or an admin answer;
// account passwords and card data never appear in the request log.
import { afterEach, beforeEach, expect, it } from "vitest";
import { description, PASS, startTestServer, type TestServer } from "./helpers.js";

let t: TestServer;
let lines: string[];
beforeEach(async () => {
  lines = [];
  t = await startTestServer({ logger: (line) => lines.push(line) });
});
afterEach(async () => {
  await t.emu.stop();
});

const PASSWORD = "Acct-Pw-7788zz";
const CARD = "4929123456781234";
const CVV = "918";
const HOLDER = "Card-Holder-Ann-5d1";

it("keeps the passphrase, passwords and card data out of every log and error", async () => {
  const enc = encodeURIComponent(PASS);
  const errors: string[] = [];
  const note = async (p: Promise<{ doc: unknown; text: string }>): Promise<void> => {
    const r = await p;
    errors.push(r.text);
    const d = description(r.doc);
    if (d) errors.push(d);
  };
  await note(t.call("generateaccounts", { account: "alice", priceplan: 1, password: PASSWORD }));
  await note(t.call("updateaccount", { account: "alice", ccnumber: CARD, cccvv2: CVV, ccpassword: PASSWORD, ccname: HOLDER, cctype: 3 }));
  await note(t.call("updateaccount", { account: "alice", password: PASS }));
  await note(t.call("viewaccount", { account: PASS }));
  await note(t.call("generateaccounts", { account: "bad", number: PASS }));
  await note(t.call("getpriceplans", { pass: `${PASS}x` }));
  await note(t.call("getstatistics", { from: PASS }));
  await note(t.get(`/${enc}?pass=${enc}`));
  await note(t.get(`/${PASS}`));
  await note(t.get(`/getaccountlist?PASS=${enc}`));
  for (const path of ["log", "state", "nothing"]) {
    const res = await fetch(`${t.emu.url}/_emulator/${path}?pass=${enc}x`);
    errors.push(await res.text());
  }
  const faults = await fetch(`${t.emu.url}/_emulator/faults?pass=${enc}`, { method: "POST", body: `{"x":"${PASS}"}` });
  errors.push(await faults.text());
  const adminLog = await (await fetch(`${t.emu.url}/_emulator/log?pass=${enc}`)).text();

  const requestLog = JSON.stringify(t.emu.requestLog());
  expect(lines.length).toBe(10);
  for (const text of [...lines, requestLog, adminLog, ...errors]) {
    expect(text).not.toContain(PASS);
    expect(text).not.toContain(enc);
  }
  for (const text of [...lines, requestLog, adminLog]) {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(CARD);
    expect(text).not.toContain(CVV);
    expect(text).not.toContain(HOLDER);
    // the card type too: the field catalogue marks it sensitive, and the list comes from there
    expect(text).not.toMatch(/cctype=3|"cctype":"3"/);
  }
  // Redaction is visible, and the rest of the request is still there to debug with.
  expect(lines[0]).toMatch(/generateaccounts pass=\*\*\* account=alice priceplan=1 password=\*\*\* -> 1 account/);
});
