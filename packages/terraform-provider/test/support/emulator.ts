// An emulated HotSpot server in the test process, and a real wire client to
// act on it "by hand" (what an operator or a logged-in user does outside
// terraform).
import { HotSpotClient } from "@hotspot-iac/core";
import { type Emulator, startEmulator } from "@hotspot-iac/emulator";

export const PASSPHRASE = "tf-test-passphrase-7Q";

export interface TestServer {
  emulator: Emulator;
  client: HotSpotClient;
  /** Commands the emulator received since the last mark (names only). */
  commandsSince(seq: number): string[];
  lastSeq(): number;
  stop(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  const emulator = await startEmulator({ port: 0, passphrase: PASSPHRASE });
  const client = new HotSpotClient({ url: emulator.url, passphrase: PASSPHRASE });
  return {
    emulator,
    client,
    commandsSince: (seq) => emulator.requestLog(seq).map((e) => e.command),
    lastSeq: () => emulator.requestLog().at(-1)?.seq ?? 0,
    async stop() {
      await client.close();
      await emulator.stop();
    },
  };
}
