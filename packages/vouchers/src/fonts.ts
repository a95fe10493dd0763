// The typefaces every card is set in, embedded in each PDF (pdfkit subsets them) and, for the
// code, in each HTML file: JetBrains Mono keeps 0/O, 1/l/I and 5/S apart; IBM Plex Sans for the
// rest. Both come from npm packages, read from node_modules here; the CLI's bundler swaps this
// module for one that carries the same files inline (packages/cli/scripts/bundle.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** Each face's file, as a module specifier a bundler or `require.resolve` understands. */
export const FONT_FILES = {
  mono: "@expo-google-fonts/jetbrains-mono/600SemiBold/JetBrainsMono_600SemiBold.ttf",
  sans: "@expo-google-fonts/ibm-plex-sans/400Regular/IBMPlexSans_400Regular.ttf",
  sansBold: "@expo-google-fonts/ibm-plex-sans/600SemiBold/IBMPlexSans_600SemiBold.ttf",
} as const;

export type Face = keyof typeof FONT_FILES;

const require = createRequire(import.meta.url);
const loaded = new Map<Face, Uint8Array>();

/** The bytes of a face's TrueType file (read once per process). */
export function fontBytes(face: Face): Uint8Array {
  let bytes = loaded.get(face);
  if (!bytes) {
    bytes = readFileSync(require.resolve(FONT_FILES[face]));
    loaded.set(face, bytes);
  }
  return bytes;
}
