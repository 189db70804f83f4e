import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import iconv from "iconv-lite";
import { extract } from "../../src/extract/registry.js";
import { readBinary } from "../../src/extract/binary.js";
import { analyzeExtracted } from "../../src/engine/analyze.js";
import { readNotALetter } from "../../src/kind/not-a-letter.js";

/**
 * Junk in a scraped folder (random bytes, executables, compressed blobs under a text name) is never read
 * as a letter: a property over 200 buffers from a seeded generator, so every run tests the same buffers,
 * and the other side of it: letters, in any encoding a text file comes in, are still letters.
 */

/** xorshift32 from a fixed seed: the same 200 buffers on every run. */
function generator(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** 200 buffers of 48 bytes to 256 KB (sizes spread evenly on a log scale), under names a scraper leaves. */
function noise(): { name: string; bytes: Uint8Array }[] {
  const next = generator(0x5eed1e55);
  const names = ["txt", "md", "text", "html", "eml", "rtf", "", "bin"];
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (let i = 0; i < 200; i++) {
    const size = Math.round(Math.exp(Math.log(48) + (next() / 2 ** 32) * Math.log((256 * 1024) / 48)));
    const bytes = new Uint8Array(size);
    for (let j = 0; j < size; j++) bytes[j] = next() & 0xff;
    const ext = names[i % names.length]!;
    out.push({ name: ext ? `junk-${i}.${ext}` : `junk-${i}`, bytes });
  }
  return out;
}

/** What the file comes out as: a status, and the message that says why. */
async function read(name: string, bytes: Uint8Array): Promise<{ status: string; why: string; questions: number }> {
  try {
    const extracted = await extract({ bytes, name }, { ocr: false, maxBytes: 1 << 30 });
    const letter = analyzeExtracted(extracted, { file: name, path: name });
    return { status: letter.status, why: letter.messages.map((m) => `${m.code}: ${m.text}`).join(" | "), questions: letter.answers.length };
  } catch (e) {
    const err = e as { code?: string; message: string };
    return { status: "error", why: `${err.code}: ${err.message}`, questions: 0 };
  }
}

const letterText = (greeting: string): string =>
  `Westmere Borough Council\nOur ref: FOI/5120\n\n${greeting}\n\nThank you for your request for information under the Freedom of Information Act 2000.\n\n1. How many road gritters does the Council own?\nThe Council owns 14 gritters.\n\n2. What did the Council spend on road salt in 2023?\nWe do not hold this information.\n\nYours sincerely,\n\nInformation Governance Team\n`;

describe("random bytes and binaries are never letters", () => {
  it("200 seeded random buffers of 48 B to 256 KB, under text, HTML, email, RTF and other names: all not_a_letter or an error that says why", { timeout: 60_000 }, async () => {
    const outcomes = new Map<string, number>();
    const readAsLetters: string[] = [];
    for (const { name, bytes } of noise()) {
      const got = await read(name, bytes);
      if (got.status === "not_a_letter") expect(got.why, name).toContain("FOISCOPE_NOT_A_LETTER: Not correspondence: not text in words: binary data");
      else if (got.status === "error") expect(got.why, name).toMatch(/^FOISCOPE_(?:UNKNOWN_FORMAT: Unrecognised format|BINARY_FILE: Not text: by its first bytes|RTF_CORRUPT: )/);
      else readAsLetters.push(`${name} (${bytes.length} bytes): ${got.status}, ${got.questions} questions`);
      expect(got.questions, name).toBe(0);
      const key = `${name.split(".")[1] ?? "none"} ${got.status}`;
      outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    }
    expect(readAsLetters).toEqual([]);
    // Files with a text name are read and set aside, not refused: each of those 150 is a not_a_letter row.
    const setAside = [...outcomes].filter(([k]) => /^(?:txt|md|text|html|eml) /.test(k)).map(([k, n]) => `${k}: ${n}`).sort();
    expect(setAside).toEqual(["eml not_a_letter: 25", "html not_a_letter: 25", "md not_a_letter: 25", "text not_a_letter: 25", "txt not_a_letter: 25"]);
  });

  it("the same noise decoded as Windows-1252 by any other road is set aside by its characters before any letter evidence counts", () => {
    let judged = 0;
    for (const { name, bytes } of noise()) {
      if (bytes.length < 1024) continue;
      const text = iconv.decode(Buffer.from(bytes), "win1252");
      const reading = readNotALetter(text, name, "html");
      expect(reading.notALetter, name).toBe(true);
      expect(reading.letterScore, name).toBe(0);
      expect(reading.reasons[0], name).toMatch(/^not text in words: \d+% control or undecodable characters$/);
      judged++;
    }
    expect(judged).toBeGreaterThan(100);
  });

  it("printable noise with one letter cue in it by chance (a 'Hi' line, an 'FOI') is still not text in words; a letter of figures with one cue is a letter", () => {
    const next = generator(23);
    const printable = "!#$%&()*+-/0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~";
    const token = (): string => Array.from({ length: 4 + (next() % 12) }, () => printable[next() % printable.length]).join("");
    const lines = Array.from({ length: 60 }, () => Array.from({ length: 5 }, token).join(" "));
    lines.splice(20, 0, "Hi +=Zq9");
    const one = readNotALetter(lines.join("\n"), "dump.txt");
    expect([one.letterScore, one.notALetter]).toEqual([2, true]);
    expect(one.reasons).toContain("not text in words (a letter's cue found by chance among them)");
    lines.splice(41, 0, "~FOI/ 7Gv&");
    const two = readNotALetter(lines.join("\n"), "dump.txt");
    expect([two.letterScore, two.notALetter]).toEqual([4, true]);
    const figures = `Dear Mr Adeyemi,\n\n${Array.from({ length: 30 }, (_, i) => `Ward ${i + 1}   £${(i * 731) % 9000}   £${(i * 977) % 9000}   £${(i * 499) % 9000}   ${(i * 13) % 100}%`).join("\n")}\n`;
    expect(readNotALetter(figures, "figures.txt").notALetter).toBe(false);
  });

  it("an executable, a compressed letter, an image and a database under a .txt name: an error row naming what the bytes are", async () => {
    const next = generator(7);
    const tail = (n: number): number[] => Array.from({ length: n }, () => next() & 0xff);
    const cases: [file: string, bytes: number[], what: string][] = [
      ["program.txt", [0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...tail(4000)], "an ELF executable"],
      ["setup.txt", [0x4d, 0x5a, 0x90, 0x00, 3, 0, 0, 0, ...tail(4000)], "a Windows executable"],
      ["reply.txt", [...gzipSync(letterText("Dear Ms Osei,"))], "a gzip archive"],
      ["photo.md", [0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, ...tail(2000)], "a GIF image"],
      ["data.html", [...Buffer.from("SQLite format 3\u0000"), ...tail(4000)], "an SQLite database"],
    ];
    for (const [file, bytes, what] of cases) {
      const got = await read(file, Uint8Array.from(bytes));
      expect(got.status, file).toBe("error");
      expect(got.why, file).toContain(`FOISCOPE_BINARY_FILE: Not text: by its first bytes ${what}, not a format foiscope reads`);
    }
    // A name foiscope has no reader for: the unrecognised-format row says what the bytes are.
    expect((await read("archive.dat", Uint8Array.from(gzipSync("x".repeat(100))))).why).toContain("; by its first bytes a gzip archive: archive.dat");
  });

  it("letters in every encoding a text file comes in are still letters, their bytes text", async () => {
    const utf8 = Buffer.from(letterText("Annwyl Mr Llŷr Prydderch,"), "utf8");
    const win1252 = iconv.encode(letterText("Dear Ms O’Neill,").replace("14 gritters", "14 gritters at £92,000 each"), "win1252");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(letterText("Dear Mr Adeyemi,"), "utf16le")]);
    const dosEnd = Buffer.concat([Buffer.from(letterText("Dear Dr Hale,").replace(/\n/g, "\r\n"), "latin1"), Buffer.from([0x1a])]);
    // A letter that begins with letters that are also a signature ("MZ", "BM", "ID3") is text all the same.
    const initials = Buffer.from(`BM/FOI/5120\n${letterText("Dear Mr Banks,")}`, "utf8");
    for (const [file, bytes] of [["welsh.txt", utf8], ["cp1252.txt", win1252], ["utf16.txt", utf16], ["dos.txt", dosEnd], ["ref.md", initials]] as const) {
      expect(readBinary(Uint8Array.from(bytes)), file).toBe(null);
      const got = await read(file, Uint8Array.from(bytes));
      expect(`${file}: ${got.status} ${got.questions}`).toBe(`${file}: ok 2`);
    }
  });

  it("an email whose attachment is noise under a .txt name: the letter in its body is read, the attachment skipped with a reason", async () => {
    const next = generator(11);
    const junk = Buffer.from(Array.from({ length: 3000 }, () => next() & 0xff)).toString("base64").replace(/.{76}/g, "$&\r\n");
    const raw = [
      "From: Westmere Borough Council <foi@westmere.example.gov.uk>",
      "To: requester@example.org",
      "Subject: Your request FOI/5120",
      "Date: Tue, 14 May 2024 10:00:00 +0100",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/plain; charset=utf-8",
      "",
      letterText("Dear Ms Osei,").replace(/\n/g, "\r\n"),
      "--b1",
      'Content-Type: application/octet-stream; name="notes.txt"',
      'Content-Disposition: attachment; filename="notes.txt"',
      "Content-Transfer-Encoding: base64",
      "",
      junk,
      "--b1--",
      "",
    ].join("\r\n");
    const got = await read("reply.eml", new Uint8Array(Buffer.from(raw, "latin1")));
    expect(`${got.status} ${got.questions}`).toBe("ok 2");
    expect(got.why).toContain("FOISCOPE_ATTACHMENT_SKIPPED: Attachment notes.txt not read: not text, binary data (NUL bytes)");
  });

  const corpus = fileURLToPath(new URL("../../corpus", import.meta.url));
  const dev = fileURLToPath(new URL("../../../shared/gold/dev", import.meta.url));
  it("every letter of corpus/ (and of ../shared/gold/dev when beside this worktree) is text and not set aside", { timeout: 120_000 }, async () => {
    const dirs = [corpus, fileURLToPath(new URL("../fixtures/letters", import.meta.url)), ...(existsSync(dev) ? [dev] : [])];
    const setAside: string[] = [];
    let n = 0;
    for (const dir of dirs) {
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
        const bytes = new Uint8Array(readFileSync(join(dir, f)));
        n++;
        if (readBinary(bytes)) setAside.push(`${f}: bytes`);
        const got = await read(f, bytes);
        if (got.status === "not_a_letter" || got.status === "error") setAside.push(`${f}: ${got.why}`);
      }
    }
    expect(setAside).toEqual([]);
    expect(n).toBeGreaterThanOrEqual(50);
  });
});
