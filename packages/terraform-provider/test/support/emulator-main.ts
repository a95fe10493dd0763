// The emulator in a process of its own (run with `node --import tsx`): prints
// its URL on stdout, stops on SIGTERM. For tests whose terraform must reach a
// server that is not the test process (test/support/emulator-process.ts).
import { startEmulator } from "@hotspot-iac/emulator";

const passphrase = process.env.EMULATOR_PASSPHRASE;
if (!passphrase) throw new Error("EMULATOR_PASSPHRASE is not set");
const emulator = await startEmulator({ port: 0, passphrase });
process.stdout.write(`${emulator.url}\n`);
process.on("SIGTERM", () => void emulator.stop().then(() => process.exit(0)));
