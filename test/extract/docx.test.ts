import { describe, expect, it } from "vitest";
import { docxText } from "../../src/extract/docx.js";
import { formatNumber } from "../../src/extract/docx-numbering.js";
import { processBytes } from "../../src/engine/process.js";
import { zipParts } from "./office-zip.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';

const run = (text: string, props = ""): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (body: string, pPr = ""): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${body}</w:p>`;
const item = (numId: number, ilvl: number, text: string): string => para(run(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const level = (ilvl: number, format: string, text: string, start = 1, extra = ""): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

function docx(body: string, numbering = "", more: Record<string, string> = {}): Uint8Array {
  return zipParts({
    "[Content_Types].xml": "<Types/>",
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ...(numbering ? { "word/numbering.xml": `<w:numbering ${W}>${numbering}</w:numbering>` } : {}),
    ...more,
  });
}

describe("Word list numbers as the reader sees them", () => {
  it("numbers questions separated by answers, as Word draws them from numbering.xml", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, "decimal", "%1.")}</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [item(5, 0, "How many staff?"), para(run("We employ 40 staff.")), item(5, 0, "How many vans?"), para(run("We hold no record of vans.")), item(5, 0, "What did they cost?"), para(run("The figure is exempt."))].join("");
    expect(docxText(docx(body, numbering), "q.docx")).toBe("1. How many staff?\n\nWe employ 40 staff.\n\n2. How many vans?\n\nWe hold no record of vans.\n\n3. What did they cost?\n\nThe figure is exempt.");
  });

  it("writes letters, roman numerals, bullets and multi-level numbers, resetting the lower levels", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="1">${level(0, "decimal", "%1.")}${level(1, "lowerLetter", "%2)")}${level(2, "lowerRoman", "(%3)")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${level(0, "decimal", "%1.")}${level(1, "decimal", "%1.%2")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="3">${level(0, "bullet", "\uF0B7")}${level(1, "bullet", "o")}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="4">${level(0, "upperLetter", "%1.")}${level(1, "upperRoman", "%2.")}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num><w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>';
    const body = [
      item(1, 0, "Contracts"), item(1, 1, "supplier"), item(1, 1, "value"), item(1, 2, "first year"), item(1, 2, "second year"), item(1, 0, "Staff"), item(1, 1, "grades"),
      item(2, 0, "Scope"), item(2, 1, "Fleet"), item(2, 1, "Estate"), item(2, 0, "Costs"), item(2, 1, "Fuel"),
      item(3, 0, "Policy"), item(3, 1, "Annex"),
      item(4, 0, "First"), item(4, 0, "Second"), item(4, 1, "detail"), item(4, 1, "more"), item(4, 1, "again"), item(4, 1, "fourth"),
    ].join("");
    expect(docxText(docx(body, numbering), "levels.docx").split("\n\n")).toEqual([
      "1. Contracts", "a) supplier", "b) value", "(i) first year", "(ii) second year", "2. Staff", "a) grades",
      "1. Scope", "1.1 Fleet", "1.2 Estate", "2. Costs", "2.1 Fuel",
      "• Policy", "◦ Annex",
      "A. First", "B. Second", "I. detail", "II. more", "III. again", "IV. fourth",
    ]);
  });

  it("restarts where Word restarts (a startOverride), starts at w:start, and continues an instance of the same list", () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${level(0, "decimal", "%1)", 4)}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const body = [item(1, 0, "four"), item(1, 0, "five"), para(run("Answer.")), item(2, 0, "six"), item(3, 0, "one again"), item(3, 0, "two again")].join("");
    expect(docxText(docx(body, numbering), "restart.docx")).toBe("4) four\n\n5) five\n\nAnswer.\n\n6) six\n\n1) one again\n\n2) two again");
  });

  it("takes the list from a paragraph's style, through basedOn, and formats numbers as Word does", () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, "decimal", "Q%1:")}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="0"/></w:num>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="QBase"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Question"><w:basedOn w:val="QBase"/></w:style></w:styles>`;
    const body = [para(run("Budget?"), '<w:pStyle w:val="Question"/>'), para(run("Staff?"), '<w:pStyle w:val="Question"/>'), para(run("Not numbered"), '<w:pStyle w:val="Question"/><w:numPr><w:numId w:val="0"/></w:numPr>')].join("");
    expect(docxText(docx(body, numbering, { "word/styles.xml": styles }), "styled.docx")).toBe("Q1: Budget?\n\nQ2: Staff?\n\nNot numbered");
    expect([formatNumber(28, "lowerLetter"), formatNumber(14, "upperRoman"), formatNumber(3, "decimalZero"), formatNumber(2, "ordinal")]).toEqual(["bb", "XIV", "03", "2nd"]);
  });
});

describe("Word paragraph spacing", () => {
  // Normal has 8 pt after (docDefaults); the list style none between its own paragraphs (contextual spacing).
  const styles =
    `<w:styles ${W}><w:docDefaults><w:pPrDefault><w:pPr><w:spacing w:after="160"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/><w:style w:type="paragraph" w:styleId="ListParagraph"><w:basedOn w:val="Normal"/><w:pPr><w:contextualSpacing/></w:pPr></w:style></w:styles>`;
  const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, "lowerLetter", "%1)")}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num>`;
  const listItem = (text: string): string => para(run(text), '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr>');

  it("sets list items tight under their lead-in as lines of its block, as the page shows them; spaced paragraphs stay blocks", () => {
    const body = [
      para(run("Q2) How much did the Council spend in 2023 on:"), '<w:spacing w:after="0"/>'),
      listItem("road salt"),
      listItem("gritting vehicles"),
      para(run("The Council spent £81,000 on salt and holds no separate figure for vehicles.")),
      para(run("Q3) How many vehicles do you own?"), '<w:spacing w:after="0"/>'),
      para(run("We own six vehicles.")),
    ].join("");
    expect(docxText(docx(body, numbering, { "word/styles.xml": styles }), "tight.docx")).toBe(
      "Q2) How much did the Council spend in 2023 on:\na) road salt\nb) gritting vehicles\n\nThe Council spent £81,000 on salt and holds no separate figure for vehicles.\n\nQ3) How many vehicles do you own?\n\nWe own six vehicles.",
    );
  });

  it("keeps list items apart where the lead-in has space after it, or where the file says nothing of spacing", () => {
    const body = [para(run("You asked for figures on:")), listItem("road salt"), listItem("gritting vehicles")].join("");
    expect(docxText(docx(body, numbering, { "word/styles.xml": styles }), "spaced.docx")).toBe("You asked for figures on:\n\na) road salt\nb) gritting vehicles");
    expect(docxText(docx(body.replaceAll('<w:pStyle w:val="ListParagraph"/>', ""), numbering), "bare.docx")).toBe("You asked for figures on:\n\na) road salt\n\nb) gritting vehicles");
  });
});

describe("Word documents as the reader sees them", () => {
  it("keeps a table of values as 'cell | cell' rows under its heading row, and a one-column layout table as paragraphs", () => {
    const cell = (t: string): string => `<w:tc>${para(run(t))}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell("Incidents by year")}</w:tr><w:tr>${cell("Year")}${cell("Incidents")}</w:tr><w:tr>${cell("2022")}${cell("14")}</w:tr><w:tr>${cell("2023")}<w:tc><w:p/></w:tc></w:tr></w:tbl>`;
    const layout = `<w:tbl><w:tr>${cell("Request:")}</w:tr><w:tr><w:tc>${para(run("Please send the policy."))}${para(run("And its annex."))}</w:tc></w:tr></w:tbl>`;
    expect(docxText(docx(para(run("Figures:")) + table + layout), "t.docx")).toBe("Figures:\n\nIncidents by year\n\nYear | Incidents\n2022 | 14\n2023\n\nRequest:\n\nPlease send the policy.\n\nAnd its annex.");
  });

  it("leaves out deletions, hidden text, field codes and footnote marks; keeps insertions, field results, breaks, tabs and text boxes", () => {
    const body =
      para(`${run("Kept")}<w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:ins>${run(" inserted")}</w:ins>${run(" hidden", "<w:vanish/>")}`) +
      para(`${run("limit")}${run("1", '<w:vertAlign w:val="superscript"/>')}${run(" of £450")}<w:r><w:footnoteReference w:id="2"/></w:r>`) +
      para(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run("our website")}<w:r><w:fldChar w:fldCharType="end"/></w:r>`) +
      para(`${run("Line one")}<w:r><w:br/></w:r>${run("Line two")}<w:r><w:tab/></w:r>${run("tabbed")}`) +
      para(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>${para(run("In a box"))}</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>${para(run("In a box"))}</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`) +
      para(`${run("m")}${run("2", '<w:vertAlign w:val="subscript"/>')}`);
    expect(docxText(docx(body), "bits.docx")).toBe("Kept inserted\n\nlimit of £450\n\nour website\n\nLine one\nLine two\ttabbed\n\nIn a box\n\nm2");
  });

  it("puts the page header first and the footnotes and footer last", () => {
    const rels = '<Relationships><Relationship Id="rId8" Target="header1.xml"/><Relationship Id="rId9" Target="footer1.xml"/></Relationships>';
    const document = `<?xml version="1.0"?><w:document ${W}><w:body>${para(run("Dear Mr Holt,"))}<w:sectPr><w:headerReference w:type="default" r:id="rId8"/><w:footerReference w:type="default" r:id="rId9"/></w:sectPr></w:body></w:document>`;
    const bytes = zipParts({
      "word/document.xml": document,
      "word/_rels/document.xml.rels": rels,
      "word/header1.xml": `<w:hdr ${W}>${para(run("Eastmoor District Council"))}</w:hdr>`,
      "word/footer1.xml": `<w:ftr ${W}>${para(run("Town Hall, Eastmoor"))}</w:ftr>`,
      "word/footnotes.xml": `<w:footnotes ${W}><w:footnote w:type="separator" w:id="0">${para("<w:r><w:separator/></w:r>")}</w:footnote><w:footnote w:id="2">${para(run("Section 12 of the Act."))}</w:footnote></w:footnotes>`,
    });
    expect(docxText(bytes, "h.docx")).toBe("Eastmoor District Council\n\nDear Mr Holt,\n\nSection 12 of the Act.\n\nTown Hall, Eastmoor");
  });

  it("refuses a document nested deeper than any real one, in a message that says so, instead of parsing for minutes", () => {
    const deep = `${"<w:sdt><w:sdtContent>".repeat(500)}${para(run("deep"))}${"</w:sdtContent></w:sdt>".repeat(500)}`;
    expect(() => docxText(docx(deep), "deep.docx")).toThrowError("Office file part word/document.xml nests elements 1005 deep, over the 400 any real document needs; not read: deep.docx");
  });

  it("reads an imported chunk (w:altChunk) where it stands: HTML with its list numbers, RTF", () => {
    const rels = '<Relationships><Relationship Id="c1" Target="/word/afchunk.htm"/><Relationship Id="c2" Target="afchunk2.rtf"/></Relationships>';
    const document = `<w:document ${W}><w:body>${para(run("Dear Ms Ray,"))}<w:altChunk r:id="c1"/><w:altChunk r:id="c2"/>${para(run("Yours sincerely,"))}</w:body></w:document>`;
    const bytes = zipParts({
      "word/document.xml": document,
      "word/_rels/document.xml.rels": rels,
      "word/afchunk.htm": '<html><body><ol start="2"><li>How many vans?</li><li>What did they cost?</li></ol></body></html>',
      "word/afchunk2.rtf": "{\\rtf1\\ansi The cost is exempt.\\par}",
    });
    expect(docxText(bytes, "chunk.docx")).toBe("Dear Ms Ray,\n\n2. How many vans?\n3. What did they cost?\n\nThe cost is exempt.\n\nYours sincerely,");
  });

  it("makes a ZIP without a Word body an error row that says so", async () => {
    const letter = await processBytes({ path: "/x/a.docx", file: "a.docx" }, zipParts({ "word/document.xml": `<w:document ${W}/>` }), { ocr: false, maxBytes: 1e7 });
    expect(letter.status).toBe("error");
    expect(letter.messages[0]?.code).toBe("FOISCOPE_DOCX_CORRUPT");
  });
});
