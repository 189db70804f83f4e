import { FoiscopeError } from "../core/errors.js";
import { openDocumentType } from "./odt.js";
import { isDocx, isZip } from "./sniff.js";
import type { Extractor } from "./types.js";
import { readZipDirectory } from "./zip-guard.js";

/**
 * Office files foiscope does not read, named in their error row ("an Excel
 * workbook (.xlsx)") rather than "unrecognised format", so a campaigner knows
 * what to do with them: OOXML workbooks and presentations, the other
 * OpenDocument kinds, Apple Pages, XPS.
 */

const OPEN_DOCUMENT: Record<string, string> = {
  "application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
  "application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
  "application/vnd.oasis.opendocument.graphics": "an OpenDocument drawing (.odg)",
  "application/vnd.oasis.opendocument.text-template": "an OpenDocument text template (.ott)",
};

/** What kind of office ZIP this is, by its entry names (from the central directory: nothing inflated). */
export function officeZipKind(bytes: Uint8Array, name: string): string {
  if (!isZip(bytes) || isDocx(bytes)) return "";
  const mime = openDocumentType(bytes);
  if (mime === "application/vnd.oasis.opendocument.text") return "";
  if (mime) return OPEN_DOCUMENT[mime] ?? `an OpenDocument file of another kind (${mime})`;
  let names: string[];
  try {
    names = readZipDirectory(bytes, name).map((e) => e.name);
  } catch {
    return "";
  }
  if (names.includes("xl/workbook.xml") || names.includes("xl/workbook.bin")) return "an Excel workbook (.xlsx)";
  if (names.includes("ppt/presentation.xml")) return "a PowerPoint presentation (.pptx)";
  if (names.some((n) => n.startsWith("visio/"))) return "a Visio drawing (.vsdx)";
  if (names.includes("FixedDocumentSequence.fdseq") || names.some((n) => n.endsWith(".fdseq"))) return "an XPS document";
  if (names.includes("index.xml") && names.some((n) => n.startsWith("Data/") || n === "buildVersionHistory.plist")) return "an Apple Pages document";
  if (names.includes("Index/Document.iwa")) return "an Apple Pages document";
  return "";
}

export const otherOfficeExtractor: Extractor = {
  format: "office",
  extensions: ["xlsx", "xlsm", "pptx", "ods", "odp", "odg", "pages", "xps", "vsdx"],
  sniff: (bytes, name) => officeZipKind(bytes, name) !== "",
  extract: async (input) => {
    const kind = officeZipKind(input.bytes, input.name) || "an office file of a kind foiscope does not know";
    throw new FoiscopeError("FOISCOPE_UNSUPPORTED_FORMAT", `${input.name} is ${kind}, which foiscope does not read; save the letter as PDF, DOCX, ODT or text`);
  },
};
