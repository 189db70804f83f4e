import { describe, expect, it } from "vitest";
import { odtText } from "../../src/extract/odt.js";
import { rtfText } from "../../src/extract/rtf.js";
import { processBytes } from "../../src/engine/process.js";
import { detectFormat } from "../../src/extract/registry.js";
import { zipParts } from "./office-zip.js";

const options = { ocr: false, maxBytes: 50 * 1024 * 1024 };
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:xml="http://www.w3.org/XML/1998/namespace"';

function odt(styles: string, body: string, mimetype = "application/vnd.oasis.opendocument.text"): Uint8Array {
  return zipParts({
    mimetype,
    "content.xml": `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  });
}

const numbered = (name: string, levels: string): string => `<text:list-style style:name="${name}">${levels}</text:list-style>`;
const lvl = (level: number, format: string, suffix: string, extra = ""): string => `<text:list-level-style-number text:level="${level}" style:num-format="${format}" style:num-suffix="${suffix}" ${extra}/>`;
const li = (text: string, inner = ""): string => `<text:list-item><text:p>${text}</text:p>${inner}</text:list-item>`;

describe("OpenDocument text", () => {
  it("numbers list items from their list style, continues a list, honours start values and shows nested levels", () => {
    const styles =
      numbered("L1", lvl(1, "1", ".") + lvl(2, "a", ")") + lvl(3, "1", "", 'text:display-levels="3"')) +
      numbered("L2", lvl(1, "i", ")", 'text:start-value="3"')) +
      '<text:list-style style:name="L3"><text:list-level-style-bullet text:level="1" text:bullet-char="●"/></text:list-style>';
    const body =
      `<text:list text:style-name="L1" xml:id="q">${li("Staff?", `<text:list>${li("grades")}${li("posts", `<text:list>${li("deep")}</text:list>`)}</text:list>`)}</text:list>` +
      "<text:p>We employ 40 staff.</text:p>" +
      `<text:list text:style-name="L1" text:continue-list="q">${li("Vans?")}</text:list>` +
      `<text:list text:style-name="L2">${li("third")}<text:list-item text:start-value="7"><text:p>seventh</text:p></text:list-item></text:list>` +
      `<text:list text:style-name="L3">${li("a bullet")}</text:list>`;
    expect(odtText(odt(styles, body), "l.odt").split("\n\n")).toEqual([
      "1. Staff?", "a) grades", "b) posts", "1.b.1 deep", "We employ 40 staff.", "2. Vans?", "iii) third", "vii) seventh", "• a bullet",
    ]);
  });

  it("keeps list items set tight under a paragraph (fo:margin-bottom 0, through the parent style) in its block", () => {
    const styles =
      numbered("L1", lvl(1, "a", ")")) +
      '<style:style style:name="Tight" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0in"/></style:style>' +
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Tight"/>' +
      '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.111in"/></style:style>';
    const item = (style: string, text: string): string => `<text:list-item><text:p text:style-name="${style}">${text}</text:p></text:list-item>`;
    const body =
      '<text:p text:style-name="P1">Q2) What did you spend on:</text:p>' +
      `<text:list text:style-name="L1">${item("P1", "toner")}${item("P2", "paper")}</text:list>` +
      '<text:p text:style-name="P1">We spent £900 on both.</text:p>' +
      '<text:p text:style-name="P2">Q3) And on vans?</text:p>' +
      `<text:list text:style-name="L1">${item("P2", "leased")}</text:list>`;
    expect(odtText(odt(styles, body), "t.odt")).toBe("Q2) What did you spend on:\na) toner\nb) paper\n\nWe spent £900 on both.\n\nQ3) And on vans?\n\na) leased");
  });

  it("keeps tables as rows, spaces and breaks; drops raised footnote marks and puts the note text last", () => {
    const styles = '<style:style style:name="T1" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>';
    const body =
      '<text:p>Act 2000<text:span text:style-name="T1">1</text:span><text:note><text:note-citation>2</text:note-citation><text:note-body><text:p>Section 12 applies.</text:p></text:note-body></text:note> and<text:s text:c="2"/>more<text:line-break/>next</text:p>' +
      "<table:table><table:table-row><table:table-cell><text:p>Year</text:p></table:table-cell><table:table-cell><text:p>Cases</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>2023</text:p></table:table-cell><table:table-cell><text:p>9</text:p></table:table-cell></table:table-row></table:table>";
    expect(odtText(odt(styles, body), "t.odt")).toBe("Act 2000 and  more\nnext\n\nYear | Cases\n2023 | 9\n\nSection 12 applies.");
  });

  it("names a spreadsheet, a presentation and an Excel workbook in their error rows", async () => {
    const ods = odt("", "", "application/vnd.oasis.opendocument.spreadsheet");
    const xlsx = zipParts({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    const pptx = zipParts({ "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p/>" });
    const rows = await Promise.all([
      processBytes({ path: "/x/a.ods", file: "a.ods" }, ods, options),
      processBytes({ path: "/x/b.bin", file: "b.bin" }, xlsx, options),
      processBytes({ path: "/x/c.pptx", file: "c.pptx" }, pptx, options),
    ]);
    expect(rows.map((r) => [r.status, r.messages[0]?.code, r.messages[0]?.text])).toEqual([
      ["error", "FOISCOPE_UNSUPPORTED_FORMAT", "a.ods is an OpenDocument spreadsheet (.ods), which foiscope does not read; save the letter as PDF, DOCX, ODT or text"],
      ["error", "FOISCOPE_UNSUPPORTED_FORMAT", "b.bin is an Excel workbook (.xlsx), which foiscope does not read; save the letter as PDF, DOCX, ODT or text"],
      ["error", "FOISCOPE_UNSUPPORTED_FORMAT", "c.pptx is a PowerPoint presentation (.pptx), which foiscope does not read; save the letter as PDF, DOCX, ODT or text"],
    ]);
  });
});

describe("Rich Text Format", () => {
  const rtf = (body: string): Uint8Array =>
    new TextEncoder().encode(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}{\\f1\\fcharset2 Symbol;}}{\\info{\\title Draft}{\\author J Bloggs}}\n${body}}`);

  it("keeps Word's list numbers, paragraphs, line breaks and escapes; drops document properties", () => {
    const text = rtfText(rtf("\\pard Dear Mr Holt,\\par\n\\pard\\ls1{\\listtext 1.\\tab}How many vans\\u8217?s? caf\\'e9\\par\n{\\listtext 2.\\tab}Cost\\line in 2023\\par\n"), "a.rtf");
    expect(text).toBe("Dear Mr Holt,\n\n1.\tHow many vans’s? café\n\n2.\tCost\nin 2023");
  });

  it("keeps a list item set tight under a paragraph (an explicit \\sa0) in its block; one that says nothing is not tight", () => {
    const text = rtfText(
      rtf("\\pard\\sa0 Q2) What did you spend on:\\par\n\\pard\\sa0\\ls1{\\listtext a)\\tab}toner\\par\n\\pard\\sa160\\ls1{\\listtext b)\\tab}paper\\par\n\\pard\\sa0 We spent \\'a3900.\\par\n\\pard\\sa160 Q3) Vans?\\par\n\\pard\\sa160\\ls1{\\listtext a)\\tab}leased\\par\n"),
      "t.rtf",
    );
    expect(text).toBe("Q2) What did you spend on:\na)\ttoner\nb)\tpaper\n\nWe spent £900.\n\nQ3) Vans?\n\na)\tleased");
  });

  it("writes table rows as 'cell | cell' lines, drops raised footnote marks and puts the footnote last", () => {
    const text = rtfText(rtf("Act 2000{\\super 1}{\\footnote {\\super 1} Section 12 applies.} applies.\\par\n\\trowd Year\\cell Cases\\cell\\row\n\\trowd 2023\\cell 9\\cell\\row\n"), "t.rtf");
    expect(text).toBe("Act 2000 applies.\n\nYear | Cases\n2023 | 9\n\nSection 12 applies.");
  });

  it("takes a symbol font's private-use bullet for a bullet, as LibreOffice writes list bullets", () => {
    expect(rtfText(rtf("{\\listtext\\pard\\plain  \\u61623\\'3f\\tab}First point\\par\n"), "b.rtf")).toBe("•\tFirst point");
  });

  it("is told by its first bytes, whatever the name", () => {
    expect(detectFormat(rtf("Hello\\par"), "letter.txt")?.format).toBe("rtf");
  });
});
