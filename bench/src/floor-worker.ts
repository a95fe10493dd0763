// The floor, in its own process: the fewest requests a plan needs, sent by a tight keep-alive
// loop and nothing else — getpriceplans and getaccountlist together, then viewaccount for every
// listed account under the prefix unless the list already carries the fields (`--list-fields
// full`), with the same number of connections as the CLI's client (DEFAULT_CONCURRENCY, 8).
// Bodies are read to the end but not parsed. Prints one JSON line.
//
//   node --import tsx bench/src/floor-worker.ts URL PREFIX CONCURRENCY VIEW(0|1)   (env FLOOR_PASS)
import { Pool } from "undici";

const [url, prefix, concurrencyText, viewText] = process.argv.slice(2);
const pass = process.env.FLOOR_PASS ?? "";
if (!url || !prefix || !concurrencyText || !viewText) {
  process.stderr.write("usage: floor-worker URL PREFIX CONCURRENCY VIEW(0|1)\n");
  process.exit(2);
}
const concurrency = Number(concurrencyText);
const pool = new Pool(url, { connections: concurrency, keepAliveTimeout: 4_000 });
const passParam = `pass=${encodeURIComponent(pass)}`;
let requests = 0;
let bytes = 0;

async function get(path: string): Promise<string> {
  const res = await pool.request({ method: "GET", path, headersTimeout: 60_000, bodyTimeout: 60_000 });
  const text = await res.body.text();
  requests++;
  bytes += text.length;
  if (res.statusCode !== 200) throw new Error(`${path.split("?")[0]}: HTTP ${res.statusCode}`);
  return text;
}

const started = performance.now();
const [, list] = await Promise.all([get(`/getpriceplans?${passParam}`), get(`/getaccountlist?${passParam}`)]);
const listedAt = performance.now();
const names: string[] = [];
for (const m of list.matchAll(/<Username>([^<]*)<\/Username>/g)) if (m[1]!.startsWith(prefix)) names.push(m[1]!);
if (viewText === "1") {
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      await get(`/viewaccount?account=${encodeURIComponent(name)}&${passParam}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
const ms = performance.now() - started;
const cpu = process.cpuUsage();
await pool.close();
process.stdout.write(
  `${JSON.stringify({ requests, accounts: names.length, ms, listMs: listedAt - started, bytes, cpuMs: (cpu.user + cpu.system) / 1000, rssMaxBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
