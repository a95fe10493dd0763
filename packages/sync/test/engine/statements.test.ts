// Statements are pure tagged data: names, counts, field names, ids and keyed hashes. The values
// they make apply send (a password, a card number, a value from ${env:}) are read from the
// configuration only when apply builds the request, so a statement list can be logged or kept
// without holding a secret; and apply still sends the declared values.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: YAML texts hold ${env:…} references
import { describe, expect, it } from "vitest";
import { type Harness, OWNERSHIP, startHarness } from "./harness.js";

const body = `${OWNERSHIP}accounts:
  - username: staff-ann
    password: "\${env:PW}"
    plan: day
    customer: { email: "\${env:MAIL}" }
    card: { number: "4111111111111111" }
batches:
  - { prefix: CONF-, count: 2, plan: day, timeLeft: "\${env:TL}", expires: "\${env:EXP}" }
`;

// 3429h = 12344400 s: what generateaccounts would carry as the members' time left.
const env = { PW: "Pw-Statement-93", MAIL: "ann-Stmt-Mail@example.org", EXP: "2027-03-04T05:06", TL: "3429h" };

/** Every text a statement list holds (its JSON, Maps and Sets spelt out). */
const textOf = (value: unknown): string =>
  JSON.stringify(value, (_k, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v instanceof Date ? v.toISOString() : v));

describe("statements", () => {
  it("carry no declared value, and apply still sends them", async () => {
    const h: Harness = await startHarness();
    try {
      const created = await h.plan(await h.config(body, env));
      expect(created.statements.map((s) => s.kind).sort()).toEqual(["batch", "create-account"]);
      const text = textOf(created.statements);
      for (const secret of [env.PW, env.MAIL, "4111111111111111", "2027-03-04", "12344400"]) expect(text).not.toContain(secret);
      await h.apply(created);
      expect(h.emu.state.account("staff-ann")?.password).toBe(env.PW);
      expect(h.emu.state.account("staff-ann")?.customer.email).toBe(env.MAIL);
      expect(h.emu.state.account("CONF-1")?.expire).not.toBeNull();
      expect(h.emu.state.account("CONF-1")?.timeLeftMs).toBe(12_344_400_000);

      const rotated = await h.plan(await h.config(body, { ...env, PW: "Pw-Rotated-94" }));
      expect(rotated.statements.map((s) => s.kind)).toEqual(["update-account"]);
      expect(textOf(rotated.statements)).not.toContain("Pw-Rotated-94");
      await h.apply(rotated);
      expect(h.emu.state.account("staff-ann")?.password).toBe("Pw-Rotated-94");
    } finally {
      await h.close();
    }
  });
});
