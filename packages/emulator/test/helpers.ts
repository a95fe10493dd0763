// Test helpers: start an emulator, GET raw URLs, read answers with a plain XML parser through the
// element paths public clients use (`Accounts/Account/Username`...).
import { XMLParser } from "fast-xml-parser";
import { type Emulator, type EmulatorOptions, startEmulator } from "../src/index.js";

export const PASS = "Pa$$ w0rd&Secret+42";
export const START = new Date("2026-11-29T08:00:00Z");

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false });

export type XmlDoc = Record<string, unknown>;

export function parseXml(text: string): XmlDoc {
  return parser.parse(text) as XmlDoc;
}

/** Every text value at `A/B/C` (arrays at any level are walked). */
export function select(doc: unknown, path: string): string[] {
  let nodes: unknown[] = [doc];
  for (const step of path.split("/").filter(Boolean)) {
    const next: unknown[] = [];
    for (const n of nodes) {
      if (n === null || typeof n !== "object") continue;
      const child = (n as Record<string, unknown>)[step];
      if (child === undefined) continue;
      if (Array.isArray(child)) next.push(...child);
      else next.push(child);
    }
    nodes = next;
  }
  return nodes.map((n) => (typeof n === "string" ? n : n === null || n === undefined ? "" : typeof n === "object" ? "" : String(n)));
}

export const one = (doc: unknown, path: string): string | undefined => select(doc, path)[0];

/** `//Results/Result/Description` of an answer. */
export const description = (doc: unknown): string | undefined => one(doc, "Results/Result/Description");

export interface Answer {
  status: number;
  text: string;
  doc: XmlDoc;
}

export interface TestServer {
  emu: Emulator;
  /** GET /command with params (pass added unless given). */
  call(command: string, params?: Record<string, string | number>): Promise<Answer>;
  get(pathAndQuery: string): Promise<Answer>;
}

export async function startTestServer(opts: Partial<EmulatorOptions> = {}): Promise<TestServer> {
  const emu = await startEmulator({ port: 0, passphrase: PASS, clock: START, ...opts });
  const get = async (pathAndQuery: string): Promise<Answer> => {
    const res = await fetch(emu.url + pathAndQuery);
    const text = await res.text();
    return { status: res.status, text, doc: res.status === 200 ? parseXml(text) : {} };
  };
  const call = (command: string, params: Record<string, string | number> = {}): Promise<Answer> => {
    const q = new URLSearchParams();
    if (!("pass" in params)) q.set("pass", PASS);
    for (const [k, v] of Object.entries(params)) q.set(k, String(v));
    return get(`/${command}?${q.toString().replace(/\+/g, "%20")}`);
  };
  return { emu, call, get };
}
