// Terraform's approval prompt. Asked on stderr so stdout stays the plan; only "yes" approves.
import { createInterface } from "node:readline/promises";

export const APPROVAL_PROMPT = [
  "Do you want to perform these actions?",
  "  HotSpot will perform the actions described above.",
  "  Only 'yes' will be accepted to approve.",
  "",
  "  Enter a value: ",
].join("\n");

export async function confirmApply(
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stderr,
): Promise<boolean> {
  const rl = createInterface({ input, output, terminal: false });
  try {
    output.write(`\n${APPROVAL_PROMPT}`);
    const answer = await new Promise<string | undefined>((resolve) => {
      rl.once("line", resolve);
      rl.once("close", () => resolve(undefined));
    });
    output.write("\n");
    return answer?.trim() === "yes";
  } finally {
    rl.close();
  }
}
