import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Act } from "../core/types.js";
import { beforeBracket, buildSection, resolveProvision, splitProvision, type ProvisionNode, type ResolvedProvision } from "./tree.js";

export interface GroundInfo {
  name: string;
  qualified: boolean;
  procedural?: boolean;
}

export interface ActInfo {
  title: string;
  unit: "section" | "regulation";
  prefix: string;
  jurisdiction: "uk" | "scotland";
  aliases: string[];
  grounds: Record<string, GroundInfo>;
  procedural_provisions?: string[];
  /** Provisions of a section listed as "mentioned" that nonetheless withhold (EIR 5(3)). */
  ground_provisions?: string[];
  mentioned: string[];
  mentioned_provisions?: string[];
  not_held: string[];
  ncnd: string[];
  names: Record<string, string>;
  /** Each section's subsections and paragraphs, compactly: "31": ["(1)(a-i)", "(2)(a-j)", "(3)"]. */
  tree: Record<string, string[]>;
}

export interface Statutes {
  /** Names that say a refusal by themselves ("the cost limit", "vexatious"). */
  strong_names: string[];
  acts: Record<Act, ActInfo>;
}

/** data/statutes.json, read once per process (immutable after load). */
function load(): Statutes {
  const path = fileURLToPath(new URL("../../data/statutes.json", import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as Statutes;
}

export const statutes: Readonly<Statutes> = Object.freeze(load());

const trees: Record<Act, Map<string, ProvisionNode>> = (() => {
  const out = {} as Record<Act, Map<string, ProvisionNode>>;
  for (const [act, info] of Object.entries(statutes.acts) as [Act, ActInfo][]) {
    out[act] = new Map(Object.entries(info.tree ?? {}).map(([section, paths]) => [section, buildSection(paths)]));
  }
  return out;
})();

/** True when the act's tree knows the section (its structure can be checked). */
export function hasTree(act: Act, section: string): boolean {
  return trees[act].has(section);
}

/**
 * The real provision a citation means (see tree.ts): as written when it exists, else its one
 * reading, else cut back. A section whose structure the data does not give is taken as written.
 */
export function realProvision(act: Act, provision: string): ResolvedProvision {
  const { section, parts } = splitProvision(provision);
  const node = trees[act].get(section);
  if (!node) return { provision, reading: "as-written" };
  return resolveProvision(node, section, parts);
}

export function canonicalGround(act: Act, provision: string): string {
  // Schedules are written as such: "FOIA Sch1", never "FOIA sSch1".
  if (/^Sch/.test(provision)) return `${act} ${provision}`;
  return `${act} ${statutes.acts[act].prefix}${provision}`;
}

/** "31(1)(a)" → "31"; "22A(2)" → "22A". */
export function sectionOf(provision: string): string {
  return beforeBracket(provision);
}

/** Provision or any ancestor listed (e.g. "31(3)" matches "31(3)(a)"). */
function listedAtOrAbove(list: readonly string[], provision: string): boolean {
  return list.some((p) => provision === p || provision.startsWith(`${p}(`));
}

export type ProvisionKind = "ground" | "mentioned" | "not_held" | "unknown";

export function provisionKind(act: Act, provision: string): ProvisionKind {
  const info = statutes.acts[act];
  if (listedAtOrAbove(info.not_held, provision)) return "not_held";
  if (listedAtOrAbove(info.mentioned_provisions ?? [], provision)) return "mentioned";
  if (listedAtOrAbove(info.ground_provisions ?? [], provision)) return "ground";
  const section = sectionOf(provision);
  if (info.grounds[section]) return "ground";
  if (info.mentioned.includes(section)) return "mentioned";
  return "unknown";
}

export function isNcndProvision(act: Act, provision: string): boolean {
  return listedAtOrAbove(statutes.acts[act].ncnd, provision);
}

export function isQualified(act: Act, provision: string): boolean {
  return statutes.acts[act].grounds[sectionOf(provision)]?.qualified ?? false;
}

export function isProcedural(act: Act, provision: string): boolean {
  const info = statutes.acts[act];
  return Boolean(info.grounds[sectionOf(provision)]?.procedural) || listedAtOrAbove(info.procedural_provisions ?? [], provision);
}

/** Parse a canonical ground back: "FOIA s31(1)(a)" → { act, provision }. */
export function parseGround(ground: string): { act: Act; provision: string } | null {
  const m = /^(FOIA|EIR|FOISA|EISR) s?((?:Sch)?[0-9]+[A-Z]?(?:\([0-9A-Za-z]+\))*)$/.exec(ground);
  return m ? { act: m[1] as Act, provision: m[2]! } : null;
}
