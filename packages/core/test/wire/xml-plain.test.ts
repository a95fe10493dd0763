// The plain-XML scanner against saxes: whatever text it accepts, saxes accepts too and reports the
// same elements and text; mutated answers (cut, spliced, characters swapped in) check the edges.
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { scanPlainXml } from "../../src/wire/xml-plain.js";

type Event = ["open", string] | ["close"] | ["text", string];

function viaSaxes(text: string, evenIfFailed = false): Event[] | "error" {
  const parser = new SaxesParser();
  const events: Event[] = [];
  let depth = 0;
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (t) => {
    depth++;
    events.push(["open", t.name]);
  });
  parser.on("closetag", () => {
    depth--;
    events.push(["close"]);
  });
  parser.on("text", (t) => {
    if (depth > 0) events.push(["text", t]);
  });
  parser.on("cdata", (t) => events.push(["text", t]));
  parser.write(text).close();
  return failed && !evenIfFailed ? "error" : merged(events);
}

/** The scanner's events, or undefined where it leaves the text to saxes. */
function viaPlain(text: string): Event[] | undefined {
  const events: Event[] = [];
  const plain = scanPlainXml(text, {
    open: (name) => events.push(["open", name]),
    close: () => events.push(["close"]),
    text: (t) => events.push(["text", t]),
  });
  return plain ? merged(events) : undefined;
}

/** The events the scanner sent before it stopped (a record's decoder may already have seen them). */
function plainPrefix(text: string): Event[] {
  const events: Event[] = [];
  scanPlainXml(text, {
    open: (name) => events.push(["open", name]),
    close: () => events.push(["close"]),
    text: (t) => events.push(["text", t]),
  });
  return merged(events).filter((e) => e[0] !== "text");
}

// Text may arrive in pieces; only the whole counts.
function merged(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text") last[1] += e[1];
    else if (!(e[0] === "text" && e[1] === "")) out.push([...e] as Event);
  }
  return out;
}

const ANSWER =
  '<?xml version="1.0" encoding="UTF-8"?><Accounts><Account><Username>a &amp; b</Username><Password>p&lt;w&gt;&quot;&apos;</Password>' +
  "<TimeLeft>3600</TimeLeft><Expire>2026-12-08 08:50:01</Expire><FirstUsed></FirstUsed><LastUsed/></Account>\n</Accounts>\n";

const PIECES = ["<", ">", "/", "&", ";", "amp", "#38", "]]>", "\r", "\u0001", "\ufffe", "\ud800", "é", " ", "\t", "<!-- c -->", "<![CDATA[x]]>", 'a="1"', "<?pi?>", "<!DOCTYPE a>", "x:y", "1", "-"];

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(text: string, random: () => number): string {
  let t = text;
  const n = 1 + Math.floor(random() * 3);
  for (let k = 0; k < n; k++) {
    const at = Math.floor(random() * (t.length + 1));
    const what = random();
    if (what < 0.3) t = t.slice(0, at);
    else if (what < 0.6) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(random() * 4));
    else t = t.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + t.slice(at);
  }
  return t;
}

describe("plain XML scanner", () => {
  it("reads a plain answer as saxes does", () => {
    expect(viaPlain(ANSWER)).toBeDefined();
    expect(viaPlain(ANSWER)).toEqual(viaSaxes(ANSWER));
  });

  it("leaves to saxes what is outside its subset", () => {
    for (const text of [
      '<a x="1"/>',
      "<a>&#38;</a>",
      "<a>&nbsp;</a>",
      "<a>x\r\ny</a>",
      "<a><!-- c --></a>",
      "<a><![CDATA[x]]></a>",
      "<!DOCTYPE a><a/>",
      "<a>]]></a>",
      "<a/><b/>",
      "<a>",
      "</a>",
      "x<a/>",
      "<a/>x",
      "<a></b>",
      "<a >x</a>",
      '<?xml version="1.1"?><a/>',
      " <?xml version=\"1.0\"?><a/>",
      "\ufeff<a/>",
      "<a>\u0000</a>",
      "<1a/>",
      "<a:b/>",
    ]) {
      expect(viaPlain(text), text).toBeUndefined();
    }
  });

  it("accepts only what saxes accepts, with the same events (mutated answers)", () => {
    const random = mulberry32(25);
    let plain = 0;
    for (let k = 0; k < 5_000; k++) {
      const text = mutate(ANSWER, random);
      const events = viaPlain(text);
      if (!events) {
        // Where it stops, what it sent is what saxes reports up to there.
        const sent = plainPrefix(text);
        const saxes = viaSaxes(text, true);
        expect(saxes !== "error" && saxes.filter((e) => e[0] !== "text").slice(0, sent.length), text).toEqual(sent);
        continue;
      }
      plain++;
      expect(viaSaxes(text), text).toEqual(events);
    }
    expect(plain).toBeGreaterThan(100);
  });
});
