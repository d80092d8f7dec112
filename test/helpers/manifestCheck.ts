import { DOMParser, Element } from "@xmldom/xmldom";

/**
 * An offline structural check of manifest.xml (office-addin-manifest validate needs the internet). It
 * returns the problems found, so a test can also prove that a broken manifest is caught.
 */

const NS_APP = "http://schemas.microsoft.com/office/appforoffice/1.1";
const NS_BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

// The order the OfficeApp schema requires for the elements this manifest uses.
const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const HOST_ORDER = ["Runtimes", "AllFormFactors", "DesktopFormFactor"];
const RESOURCES_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];

function childNames(el: Element): string[] {
  const names: string[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) names.push((n as Element).localName ?? "");
  }
  return names;
}

function orderProblems(where: string, actual: string[], expected: string[]): string[] {
  const known = actual.filter((n) => expected.includes(n));
  const unknown = actual.filter((n) => !expected.includes(n));
  const sorted = [...known].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
  const problems = unknown.map((n) => `${where}: unexpected element <${n}>`);
  if (known.join() !== sorted.join())
    problems.push(`${where}: elements out of order: ${known.join(", ")}`);
  return problems;
}

export interface ManifestFacts {
  version: string;
  urls: string[];
  namespace: string | null;
}

export function checkManifest(
  xml: string,
  packageVersion: string
): { problems: string[]; facts: ManifestFacts } {
  const problems: string[] = [];
  const facts: ManifestFacts = { version: "", urls: [], namespace: null };
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") throw new Error(msg);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    problems.push(`not well-formed XML: ${(e as Error).message}`);
    return { problems, facts };
  }
  const root = doc.documentElement;
  if (!root || root.localName !== "OfficeApp" || root.namespaceURI !== NS_APP) {
    problems.push("the root element must be <OfficeApp> in the appforoffice 1.1 namespace");
    return { problems, facts };
  }
  problems.push(...orderProblems("OfficeApp", childNames(root), OFFICE_APP_ORDER));

  const text = (name: string) =>
    root.getElementsByTagNameNS(NS_APP, name)[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) {
    problems.push(`<Id> must be a GUID, found "${text("Id")}"`);
  }
  facts.version = text("Version");
  if (facts.version !== `${packageVersion}.0`) {
    problems.push(
      `<Version> ${facts.version} must equal package.json's version ${packageVersion} (as ${packageVersion}.0)`
    );
  }

  for (const host of Array.from(root.getElementsByTagName("Host"))) {
    if (host.getAttribute("xsi:type") === "Workbook") {
      problems.push(...orderProblems("VersionOverrides Host", childNames(host), HOST_ORDER));
    }
  }
  const resources = root.getElementsByTagName("Resources")[0];
  if (!resources) problems.push("no <Resources> in <VersionOverrides>");
  else problems.push(...orderProblems("Resources", childNames(resources), RESOURCES_ORDER));

  // Every resid must name a resource, and every resource should be used.
  const ids = new Map<string, Element>();
  for (const tag of ["Image", "Url", "String"]) {
    for (const el of Array.from(root.getElementsByTagNameNS(NS_BT, tag))) {
      const id = el.getAttribute("id");
      if (id) {
        if (ids.has(id)) problems.push(`resource id "${id}" is defined twice`);
        ids.set(id, el);
      }
    }
  }
  const used = new Set<string>();
  for (const el of Array.from(root.getElementsByTagName("*"))) {
    const resid = el.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    if (!ids.has(resid))
      problems.push(`resid "${resid}" on <${el.localName}> resolves to no resource`);
  }
  for (const id of ids.keys()) if (!used.has(id)) problems.push(`resource "${id}" is never used`);

  // Every URL is https and on one origin (the add-in's host).
  for (const el of Array.from(root.getElementsByTagName("*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v)) facts.urls.push(v);
    }
    if (el.localName === "AppDomain" && el.textContent) facts.urls.push(el.textContent.trim());
  }
  const origins = new Set(facts.urls.map((u) => new URL(u).origin));
  for (const u of facts.urls)
    if (!u.startsWith("https://")) problems.push(`URL is not https: ${u}`);
  if (origins.size !== 1) problems.push(`URLs span several origins: ${[...origins].join(", ")}`);

  const nsEl = root.getElementsByTagName("Namespace")[0];
  const nsId = nsEl?.getAttribute("resid") ?? "";
  facts.namespace = ids.get(nsId)?.getAttribute("DefaultValue") ?? null;
  if (facts.namespace !== "WFM")
    problems.push(`the custom functions namespace must be WFM, found ${facts.namespace}`);

  const runtime = root.getElementsByTagName("Runtime")[0];
  if (!runtime || runtime.getAttribute("lifetime") !== "long")
    problems.push("the shared runtime must have lifetime long");

  return { problems, facts };
}
