// Starts test/support/emulator-main.ts as a separate process and waits for its URL.
// It is bundled first (esbuild, ~0.1 s) and run by plain node: under tsx a loaded
// machine took over 30 s to start it.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export interface EmulatorProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startEmulatorProcess(passphrase: string): Promise<EmulatorProcess> {
  const dir = mkdtempSync(join(tmpdir(), "hotspot-emulator-"));
  const main = join(dir, "emulator.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("./emulator-main.ts", import.meta.url))],
    outfile: main,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
    banner: { js: "import { createRequire as __emulatorRequire } from 'node:module'; const require = __emulatorRequire(import.meta.url);" },
  });
  const child = spawn(process.execPath, [main], { env: { ...process.env, EMULATOR_PASSPHRASE: passphrase }, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`emulator did not start: ${err}`)), 60_000);
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.on("exit", (code) => reject(new Error(`emulator exited (${code}): ${err}`)));
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /(http:\/\/\S+)/.exec(out);
      if (!m) return;
      clearTimeout(timer);
      resolve({
        url: m[1]!.replace(/\/+$/, ""),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners("exit");
            const finish = () => {
              rmSync(dir, { recursive: true, force: true });
              done();
            };
            if (child.exitCode !== null) return finish();
            child.once("exit", finish);
            child.kill("SIGTERM");
          }),
      });
    });
  });
}
