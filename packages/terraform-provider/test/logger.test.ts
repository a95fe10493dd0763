// The provider's log lines (stderr, copied into terraform's log under TF_LOG) never carry a URL's
// user-info or a secret wire parameter: the same list the wire client redacts with.
import { describe, expect, it } from "vitest";
import { createLogger } from "../src/plugin/logger.js";

describe("provider logger", () => {
  it("redacts user-info and secret parameters in every URL of a message", () => {
    const lines: string[] = [];
    const log = createLogger("trace", (l) => lines.push(l));
    log.error("updateaccount failed: GET http://op:Pw-Log-71@h:82/updateaccount?account=a&ccname=Holder-Log-3&cctype=2&pass=P-Log-9");
    expect(lines).toHaveLength(1);
    for (const secret of ["Pw-Log-71", "op:", "Holder-Log-3", "cctype=2", "P-Log-9"]) expect(lines[0]).not.toContain(secret);
    expect(lines[0]).toContain("http://REDACTED@h:82/updateaccount?account=a&ccname=REDACTED");
  });
});
