// The executable's launch contract, checked on the built bundle.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "../src/plugin/handshake.js";

const BUNDLE = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "terraform-provider-hotspot");

async function launch(env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string; child: ReturnType<typeof spawn> }> {
  const child = spawn(BUNDLE, [], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  if (env[MAGIC_COOKIE_KEY] === MAGIC_COOKIE_VALUE && env.PLUGIN_PROTOCOL_VERSIONS?.includes("6")) {
    while (!stdout.includes("\n")) await once(child.stdout, "data");
    return { code: null, stdout, stderr, child };
  }
  const [code] = (await once(child, "close")) as [number];
  return { code, stdout, stderr, child };
}

describe("terraform-provider-hotspot executable", () => {
  it("run by hand, says it is a plugin and exits 1 with nothing on stdout", async () => {
    const res = await launch({});
    expect(res.code).toBe(1);
    expect(res.stdout).toBe("");
    expect(res.stderr).toMatch(/This binary is a plugin/);
  });

  it("refuses a terraform that offers only protocol 5", async () => {
    const res = await launch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5" });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/speaks only version 6/);
  });

  it("prints the handshake line first: core 1, protocol 6, a unix socket, grpc", async () => {
    const res = await launch({ [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "5,6" });
    res.child.kill("SIGTERM");
    await once(res.child, "close");
    expect(res.stdout).toMatch(/^1\|6\|unix\|\/[^|]+\/plugin\.sock\|grpc\|\n$/);
  });
});
