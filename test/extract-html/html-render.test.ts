import { describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import { Document, Element, Text } from "domhandler";
import { renderText, splitPages } from "../../src/extract/html-render.js";
import { extractHtmlText, flattenDeepNesting, looksLikeHtml } from "../../src/extract/html.js";
import { extract } from "../../src/extract/registry.js";

const render = (html: string): string => splitPages(renderText(parseDocument(html))).text;

describe("renderText keeps the letter's structure", () => {
  it("puts paragraphs apart by a blank line and <br> lines on their own lines", () => {
    expect(render("<p>Dear Ms Lee,</p><p>First line<br>second line</p>")).toBe("Dear Ms Lee,\n\nFirst line\nsecond line");
  });

  it("numbers ordered list items, honouring start and value", () => {
    expect(render('<ol start="3"><li>Third question</li><li>Fourth question</li></ol>')).toBe("3. Third question\n4. Fourth question");
    expect(render('<ol><li value="7">Seventh</li><li>Eighth</li></ol>')).toBe("7. Seventh\n8. Eighth");
  });

  it("letters and roman numerals for typed lists, bullets for unordered ones, indented when nested", () => {
    expect(render('<ol type="a"><li>first</li><li>second</li></ol>')).toBe("a. first\nb. second");
    expect(render('<ol type="i"><li>one</li><li>two</li><li>three</li><li>four</li></ol>')).toBe("i. one\nii. two\niii. three\niv. four");
    expect(render("<ul><li>Outer<ul><li>Inner</li></ul></li></ul>")).toBe("• Outer\n  • Inner");
  });

  it("labels a list nested in an item with a closing bracket, as a sub-list reads (not as new question numbers)", () => {
    expect(render('<ol start="3"><li>Which suppliers hold the contract?<ol><li>Brightwater Ltd</li><li>Kestrel plc</li></ol></li><li>When does it end?</li></ol>')).toBe(
      "3. Which suppliers hold the contract?\n  1) Brightwater Ltd\n  2) Kestrel plc\n4. When does it end?",
    );
    expect(render('<ol><li>Spend on:<ol type="a"><li>toner</li><li>paper</li></ol></li></ol>')).toBe("1. Spend on:\n  a) toner\n  b) paper");
  });

  it("keeps Word's list paragraphs set tight under a paragraph (margin-bottom:0) in that paragraph's block", () => {
    const item = (label: string, text: string, tight: boolean) =>
      `<p class=MsoListParagraphCxSpMiddle style='${tight ? "margin-bottom:0cm;" : ""}margin-left:36.0pt;mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>${label}&nbsp;&nbsp;</span>${text}</p>`;
    const html =
      "<p class=MsoNormal style='margin-bottom:0cm'>Q2) What did you spend on:</p>" +
      item("a)", "toner", true) +
      item("b)", "paper", false) +
      "<p class=MsoNormal>We spent £900 on both.</p>";
    expect(render(html)).toBe("Q2) What did you spend on:\na) toner\nb) paper\n\nWe spent £900 on both.");
    // A paragraph that is not a list item stays a block of its own, tight or not: letters set answers tight under questions.
    expect(render("<p style='margin:0cm'>Q3) How many vans?</p><p class=MsoNormal>Twelve.</p>")).toBe("Q3) How many vans?\n\nTwelve.");
    // Space below (Word's default 8 pt): the items are blocks of their own.
    expect(render("<p class=MsoNormal>Q2) What did you spend on:</p>" + item("a)", "toner", false))).toBe("Q2) What did you spend on:\n\na) toner");
  });

  it("renders table rows as lines with cells joined by a bar", () => {
    expect(render("<table><tr><th>Year</th><th>Spend</th></tr><tr><td>2024</td><td>£1,200</td></tr></table>")).toBe("Year | Spend\n2024 | £1,200");
  });

  it("keeps a row on one line when its cells hold paragraphs (as Word's HTML writes them), but not a page laid out in a cell", () => {
    expect(render('<table><tr><td><p class=MsoNormal>Year</p></td><td><p class=MsoNormal>Cases</p><p>(recorded)</p></td></tr><tr><td><p>2023</p></td><td><p>9<br>of which 2 closed</p></td></tr></table>')).toBe(
      "Year | Cases (recorded)\n2023 | 9 of which 2 closed",
    );
    const page = ["Dear Mr Holt,", "Thank you.", "1. How many?", "Four.", "Yours sincerely,"].map((p) => `<p>${p}</p>`).join("");
    expect(render(`<table><tr><td>${page}</td></tr></table>`)).toBe("Dear Mr Holt,\n\nThank you.\n\n1. How many?\n\nFour.\n\nYours sincerely,");
  });

  it("collapses source whitespace and non-breaking spaces, but keeps <pre> as written", () => {
    expect(render("<p>  The   Council\n   holds&nbsp;&nbsp;no   records. </p>")).toBe("The Council holds no records.");
    expect(render("<pre>Q1   yes\nQ2   no</pre>")).toBe("Q1   yes\nQ2   no");
  });

  it("drops scripts, styles, forms and hidden elements", () => {
    const text = render('<p>Visible</p><script>var x = "secret";</script><style>p{}</style><p hidden>gone</p><p style="display:none">gone too</p><p aria-hidden="true">also gone</p><form><input value="x"><label>Search</label></form>');
    expect(text).toBe("Visible");
  });

  it("renders a 200,000-level element tree without recursion", () => {
    // Built directly, not parsed: this exercises the renderer's own walk.
    let node = new Element("div", {}, [new Text("deep answer")]);
    for (let i = 0; i < 200000; i++) node = new Element(i % 2 ? "div" : "span", {}, [node]);
    const root = new Document([node, new Element("p", {}, [new Text("after")])]);
    expect(splitPages(renderText(root)).text).toBe("deep answer\n\nafter");
  });

  it("extracts deeply nested HTML without crashing, with a warning", () => {
    const depth = 100000;
    const extracted = extractHtmlText(`<html><body>${"<div>".repeat(depth)}deep answer${"</div>".repeat(depth)}<p>after</p></body></html>`);
    expect(extracted.text).toBe("deep answer\n\nafter");
    expect(extracted.messages.map((m) => m.code)).toContain("FOISCOPE_HTML_TOO_DEEP");
    const lists = extractHtmlText(`${"<ul><li>".repeat(20000)}leaf${"</li></ul>".repeat(20000)}`);
    expect(lists.text.trim().endsWith("leaf")).toBe(true);
    const inline = extractHtmlText(`<html><body>${"<span><b>".repeat(50000)}text${"</b></span>".repeat(50000)}</body></html>`);
    expect(inline.text).toBe("text");
  });

  it("scans text full of unclosed '<' and '<!--' in linear time (no timing asserted: the test would hang)", () => {
    const text = `<html><body>${"a<b ".repeat(200000)}${"<!-- x ".repeat(50000)}</body></html>`;
    expect(flattenDeepNesting(text).maxDepth).toBe(2);
  });

  it("leaves ordinary pages untouched by the depth guard", () => {
    const html = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div></body></html>";
    expect(flattenDeepNesting(html).html).toBe(html);
    expect(flattenDeepNesting(html).maxDepth).toBe(4);
  });

  it("reads Word's 'Save as Web Page' lists, whose numbers sit in conditional comments", () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>clerk</o:Author></o:DocumentProperties></xml><![endif]--><style><!-- p.MsoNormal {margin:0cm} --></style></head><body lang=EN-GB><div class=WordSection1><p class=MsoNormal>Dear Ms Shah,<o:p></o:p></p><p class=MsoListParagraph style="mso-list:l0 level1 lfo1"><![if !supportLists]><span>1.<span style="font:7.0pt">&nbsp;&nbsp;&nbsp; </span></span><![endif]>How many laptops were lost?<o:p></o:p></p><p class=MsoListParagraph><![if !supportLists]><span>2.<span>&nbsp;&nbsp; </span></span><![endif]>Were any encrypted?<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Yours sincerely<o:p></o:p></p></div></body></html>`;
    expect(extractHtmlText(html).text).toBe("Dear Ms Shah,\n\n1. How many laptops were lost?\n\n2. Were any encrypted?\n\nYours sincerely");
  });

  it("records page starts at pdftohtml page anchors", () => {
    const extracted = extractHtmlText('<html><body><a name=1></a>Page one text<br/><hr/><a name=2></a>Page two text<br/></body></html>');
    expect(extracted.text).toBe("Page one text\n\nPage two text");
    expect(extracted.pageStarts).toEqual([0, 15]);
    // pdftohtml's complex layout: an anchor and a page div per page; one page start each.
    const complex = extractHtmlText('<html><body><a name=1></a><div id="page1-div"><p>First</p></div><a name=2></a><div id="page2-div"><p>Second</p></div></body></html>');
    expect(complex.text).toBe("First\n\nSecond");
    expect(complex.pageStarts).toEqual([0, 7]);
  });
});

describe("HTML sniffing by content", () => {
  const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
  it("recognises doctype, html and common opening tags, after a BOM or comment", () => {
    expect(looksLikeHtml(bytes("<!DOCTYPE html><html><body>x</body></html>"))).toBe(true);
    expect(looksLikeHtml(bytes("\ufeff<!-- saved page --><html><head></head></html>"))).toBe(true);
    expect(looksLikeHtml(bytes("<p>Dear Sir,</p><p>Answer</p>"))).toBe(true);
  });
  it("recognises a UTF-16 page with a byte-order mark and reads it", async () => {
    const page = "<html><body><p>Dear Sir,</p><p>1. Yes.</p></body></html>";
    const utf16 = new Uint8Array(2 + page.length * 2);
    utf16[0] = 0xff;
    utf16[1] = 0xfe;
    for (let i = 0; i < page.length; i++) utf16[2 + 2 * i] = page.charCodeAt(i);
    expect(looksLikeHtml(utf16)).toBe(true);
    const r = await extract({ bytes: utf16, name: "saved" });
    expect(r.text).toBe("Dear Sir,\n\n1. Yes.");
  });
  it("leaves plain text and JSON alone", () => {
    expect(looksLikeHtml(bytes("Dear Sir,\nWe do not hold <any> records.\n"))).toBe(false);
    expect(looksLikeHtml(bytes('{"events": [], "title": "<p>x</p>"}'))).toBe(false);
  });
});
