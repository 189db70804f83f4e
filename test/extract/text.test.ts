import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { decodeText, normaliseText } from "../../src/extract/decode.js";
import { parseFrontMatter } from "../../src/extract/front-matter.js";
import { processBytes } from "../../src/engine/process.js";

const options = { ocr: false, maxBytes: 1_000_000 };

describe("plain text letters", () => {
  it("decodes Windows-1252 when the bytes are not UTF-8, and says so", async () => {
    const bytes = iconv.encode("Our ref: FOI/77\n\n1. What is the budget?\nIt is £4,500 – as “agreed”.\n", "win1252");
    expect(decodeText(bytes)).toEqual({ text: "Our ref: FOI/77\n\n1. What is the budget?\nIt is £4,500 – as “agreed”.\n", encoding: "windows-1252" });
    const letter = await processBytes({ path: "w.txt", file: "w.txt" }, bytes, options);
    expect(letter.messages.map((m) => m.code)).toContain("FOISCOPE_ENCODING_FALLBACK");
    expect(letter.answers.map((a) => [a.label, a.outcome])).toEqual([["1", "disclosed"]]);
  });
  it("honours a UTF-8 byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])).text).toBe("hi");
  });
  it("normalises line ends and odd spaces once, so offsets refer to one string", () => {
    expect(normaliseText("a\r\nb\u00a0c \n\u200bd")).toBe("a\nb c\nd");
  });
  it("front matter becomes metadata and is not letter text", () => {
    const text = "---\nauthority: Testshire Council\nsector: council\ndate: 2024-01-02\nreference: T/1\nsource: https://example.org/x\ncomplete: yes\n---\nBody";
    const fm = parseFrontMatter(text);
    expect(fm.meta).toEqual({ authority: "Testshire Council", sector: "council", date: "2024-01-02", reference: "T/1", source: "https://example.org/x" });
    expect(fm.extra).toEqual({ complete: "yes" });
    expect(text.slice(fm.bodyStart)).toBe("Body");
  });
  it("a letter that merely starts with a rule line has no front matter", () => {
    expect(parseFrontMatter("---\nDear Sir,\nThank you.\n---\n").bodyStart).toBe(0);
  });
  it("a Markdown letter is read like text", async () => {
    const letter = await processBytes({ path: "m.md", file: "m.md" }, new TextEncoder().encode("# Response\n\n1. Do you have cyber insurance?\n\nNo.\n"), options);
    expect(letter.format).toBe("text");
    expect(letter.answers.map((a) => [a.label, a.outcome])).toEqual([["1", "disclosed"]]);
  });
});
