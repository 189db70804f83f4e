import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * foiscope as an npm package: `import { analyze } from "foiscope"` resolves through package.json's
 * exports to the compiled code (global-setup builds dist/), with types beside it, and every
 * dependency it declares is one its code loads.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  main: string;
  types: string;
  exports: Record<string, { types: string; default: string } | string>;
  dependencies: Record<string, string>;
  license: string;
};

/** Runs an ES module as a package user would: `import … from "foiscope"` (Node resolves a package's own name through its exports). */
function runAsUser(code: string): string {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

describe("foiscope as a package", () => {
  it("points main, types and exports at files the build writes", () => {
    const dot = manifest.exports["."] as { types: string; default: string };
    expect([manifest.main, manifest.types, dot.default, dot.types]).toEqual(["./dist/index.js", "./dist/index.d.ts", "./dist/index.js", "./dist/index.d.ts"]);
    for (const f of [manifest.main, manifest.types]) expect(existsSync(join(root, f)), f).toBe(true);
    const types = readFileSync(join(root, manifest.types), "utf8");
    for (const name of ["analyze", "analyzeText", "analyzeFiles", "buildReports", "evaluate"]) expect(types).toContain(`export declare function ${name}(`);
    expect(manifest.license).toBe("MIT");
    expect(readFileSync(join(root, "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
  });

  // One user process for both checks below (each node start loads the whole package).
  let user: string[] = [];
  beforeAll(() => {
    user = runAsUser(`
      import { analyze, analyzeText } from "foiscope";
      const letter = await analyze("corpus/central-q-numbered-partial-s40-s43.txt");
      console.log(JSON.stringify({ status: letter.status, authority: letter.meta.authority, answers: letter.answers.map((a) => [a.label, a.outcome, a.grounds]) }));
      const text = analyzeText("1. Do you hold a cyber security policy?\\n\\nWe do not hold this information.\\n", { name: "note.txt", meta: { authority: "Ashdown Council" } });
      const bytes = await analyze({ bytes: new TextEncoder().encode("%PDF-1.7 not really a PDF"), name: "broken.pdf" });
      const missing = await analyze("no/such/letter.pdf");
      console.log(JSON.stringify([
        [text.id, text.meta.authority, text.answers.map((a) => a.outcome)],
        [bytes.file, bytes.status, bytes.format],
        [missing.status, missing.messages[0].code],
      ]));
    `).trim().split("\n");
  });

  it("analyses a letter file through `import { analyze } from \"foiscope\"`", () => {
    expect(user).toHaveLength(2);
    expect(JSON.parse(user[0]!)).toEqual({
      status: "ok",
      authority: "Department for Rural Infrastructure",
      answers: [["1", "exempt", ["FOIA s43(2)"]], ["2", "exempt", ["FOIA s40(2)"]], ["3", "disclosed", []], ["4", "disclosed", []]],
    });
  });

  it("analyses text and bytes, and turns an unreadable input into an error letter rather than a throw", () => {
    expect(JSON.parse(user[1]!)).toEqual([
      ["note", "Ashdown Council", ["not_held"]],
      ["broken.pdf", "error", "pdf"],
      ["error", "FOISCOPE_READ_FAILED"],
    ]);
  });

  it("declares no dependency its code does not load", () => {
    const sources: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else if (e.name.endsWith(".ts")) sources.push(readFileSync(join(dir, e.name), "utf8"));
      }
    };
    walk(join(root, "src"));
    const code = sources.join("\n");
    // Imported, dynamically imported, resolved (traineddata, inlined chart scripts) or loaded by subpath.
    const unused = Object.keys(manifest.dependencies).filter((name) => !code.includes(`"${name}"`) && !code.includes(`"${name}/`));
    expect(unused).toEqual([]);
  });
});
