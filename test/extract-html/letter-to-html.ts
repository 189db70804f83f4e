/**
 * Render a plain-text letter as a web page, the way councils' disclosure logs
 * and saved e-mails present them: paragraphs as <p>, line breaks as <br>,
 * runs of "N. …" lines as an ordered list, inside site furniture (navigation,
 * script, cookie banner, footer) that the HTML extractor must drop.
 */
const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const NUMBERED = /^(\d{1,2})\.\s+(\S.*)$/;

function paragraphHtml(paragraph: string, lists: boolean): string {
  const lines = paragraph.split("\n");
  if (!lists || !lines.some((l) => NUMBERED.test(l))) return `<p>${lines.map(escape).join("<br>\n")}</p>`;
  // Lines before the first numbered one stay a paragraph; each numbered line opens a list item that
  // keeps the lines under it (sub-items), as a word processor's list would.
  const out: string[] = [];
  const lead: string[] = [];
  const items: { n: number; lines: string[] }[] = [];
  for (const line of lines) {
    const m = NUMBERED.exec(line);
    if (m) items.push({ n: Number(m[1]), lines: [m[2]!] });
    else if (items.length) items[items.length - 1]!.lines.push(line);
    else lead.push(line);
  }
  if (lead.length) out.push(`<p>${lead.map(escape).join("<br>\n")}</p>`);
  out.push(`<ol start="${items[0]!.n}">${items.map((i) => `<li value="${i.n}">${i.lines.map(escape).join("<br>\n")}</li>`).join("\n")}</ol>`);
  return out.join("\n");
}

export interface PageMeta {
  title?: string;
  authority?: string;
  date?: string;
}

export function letterToHtml(body: string, meta: PageMeta = {}, options: { lists?: boolean } = {}): string {
  const paragraphs = body.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/).map((p) => p.replace(/^\n+|\n+$/g, "")).filter((p) => p.trim());
  const head = [
    `<title>${escape(meta.title ?? "Freedom of Information response")}</title>`,
    meta.authority ? `<meta name="dcterms.publisher" content="${escape(meta.authority)}">` : "",
    meta.date ? `<meta name="dcterms.date" content="${escape(meta.date)}">` : "",
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
${head}
<script>var tracker = "page view";</script>
<style>main { max-width: 40em; }</style>
</head><body>
<div class="cookie-banner">This site uses cookies. <button>OK</button></div>
<nav aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/foi">Disclosure log</a></li></ul></nav>
<main>
${paragraphs.map((p) => paragraphHtml(p, options.lists ?? false)).join("\n")}
</main>
<footer><p>Copyright notice and privacy policy</p></footer>
</body></html>`;
}
