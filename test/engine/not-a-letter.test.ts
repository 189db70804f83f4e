import { describe, expect, it } from "vitest";
import { analyzeText } from "../../src/engine/analyze.js";
import { readNotALetter } from "../../src/kind/not-a-letter.js";

const run = (text: string, file: string) => analyzeText(text, { file, path: file });

describe("files that are not correspondence", () => {
  it("a manifest of sources (CSV with a file column) is not_a_letter, with the reason", () => {
    const l = run("file,authority,date,reference\nw-01.pdf,Westmere Borough Council,2024-01-05,FOI/1\nw-02.pdf,Northdale Police,2024-02-11,22/19\nw-03.docx,Eastbrook NHS Trust,2024-03-02,E-77\n", "manifest.csv");
    expect(l.status).toBe("not_a_letter");
    expect(l.answers).toEqual([]);
    expect(l.letterKind).toBe("");
    expect(l.messages.find((m) => m.code === "FOISCOPE_NOT_A_LETTER")?.text).toMatch(/delimited rows/);
  });
  it("a project README in Markdown, a JSON array, program code and a password file", () => {
    const readme = "# letterbox\n\nA tool that reads Freedom of Information replies.\n\n## Install\n\n```\nnpm install letterbox\n```\n\n## Usage\n\nRun it on a folder of your request replies.\n";
    expect(run(readme, "README.md").status).toBe("not_a_letter");
    expect(run('[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}]', "list.txt").status).toBe("not_a_letter");
    const code = "import { x } from './x.js';\nexport function f(a) {\n  const b = a + 1;\n  return b;\n}\nconst c = f(2);\n";
    expect(run(code, "tool.js").status).toBe("not_a_letter");
    const passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nbin:x:2:2:bin:/bin:/usr/sbin/nologin\nsys:x:3:3:sys:/dev:/usr/sbin/nologin\n";
    expect(run(passwd, "accounts.txt").status).toBe("not_a_letter");
  });
  it("printable noise is not_a_letter; a short reply with no greeting is still a letter", () => {
    const noise = Array.from({ length: 40 }, (_, i) => `Qm9${i}xZk+7/aP${i * 7}Lr0Wn2+Tt${i}Hh9kQ==`).join("\n");
    expect(readNotALetter(noise, "blob.txt").notALetter).toBe(true);
    const l = run("1. How many laptops were bought?\nThe Council bought 212 laptops in 2023.\n2. What was spent on cyber security?\nThis is exempt under section 31(1)(a).", "reply.txt");
    expect(l.status).toBe("ok");
    expect(l.answers.length).toBe(2);
  });
  it("a letter published as Markdown is a letter; a PDF's name is not evidence", () => {
    const md = "Dear Ms Osei,\n\nThank you for your request for information under the Freedom of Information Act 2000.\n\nWe do not hold the information you asked for.\n\nYours sincerely,\nWestmere Borough Council\n";
    expect(run(md, "README.md").status).toBe("ok");
    expect(readNotALetter("Some words in a sentence here. More words follow it. And again.", "sources.pdf", "pdf").notALetter).toBe(false);
  });
});
