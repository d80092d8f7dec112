/**
 * Edits of the XML parts ExcelJS writes (workbook, relationships, content types, worksheets), through a real
 * XML parser: text patterns over XML break on attribute order, quoting, entities and nesting, a parser does
 * not. @xmldom/xmldom is a small, maintained, dependency-free W3C DOM for Node.
 */
import { DOMParser, XMLSerializer, type Document, type Element } from "@xmldom/xmldom";

export const NS_OFFICE_RELATIONSHIPS =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function parseXml(xml: string, part: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning")
        throw new Error(`The written part ${part} is not well-formed XML: ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (!doc.documentElement) throw new Error(`The written part ${part} has no root element.`);
  return doc;
}

/** The part's text; the parser keeps the XML declaration as it was read, so it is written back as it was. */
export function serializeXml(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

/** The root's child elements, in document order. */
export function childElements(parent: Element): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** Elements anywhere below `root` with this local name, whatever their prefix. */
export function elementsNamed(root: Document | Element, localName: string): Element[] {
  return Array.from(root.getElementsByTagNameNS("*", localName));
}

/** Appends an element of the root's own namespace with these attributes, e.g. a <Relationship> or <Override>. */
export function appendToRoot(
  doc: Document,
  localName: string,
  attributes: Record<string, string>
): void {
  const root = doc.documentElement!;
  const element = doc.createElementNS(root.namespaceURI, localName);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  root.appendChild(element);
}
