// Reads a plan file named on the command line, with a Swedish message when it is not there.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PlanFile } from "../../services/plan";
import { CliExit, EXIT } from "../io";

export async function readPlanFile(file: string): Promise<PlanFile> {
  try {
    return { fileName: path.basename(file), content: await readFile(file) };
  } catch (error) {
    // Not `instanceof Error`: errors from Node's fs may come from another realm (as under Jest).
    const code =
      typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
    if (code === "ENOENT") throw new CliExit(EXIT.badInput, `Filen ${file} finns inte.`);
    if (code === "EISDIR") throw new CliExit(EXIT.badInput, `${file} är en mapp, inte en fil.`);
    throw error;
  }
}
