import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Act } from "../core/types.js";

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
  mentioned: string[];
  mentioned_provisions?: string[];
  not_held: string[];
  ncnd: string[];
  names: Record<string, string>;
}

export interface Statutes {
  acts: Record<Act, ActInfo>;
}

/** data/statutes.json, read once per process (immutable after load). */
function load(): Statutes {
  const path = fileURLToPath(new URL("../../data/statutes.json", import.meta.url));
  return JSON.parse(readFileSync(path, "utf8")) as Statutes;
}

export const statutes: Readonly<Statutes> = Object.freeze(load());

export function canonicalGround(act: Act, provision: string): string {
  return `${act} ${statutes.acts[act].prefix}${provision}`;
}

/** "31(1)(a)" → "31"; "22A(2)" → "22A". */
export function sectionOf(provision: string): string {
  return provision.replace(/\(.*$/, "");
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
  const m = /^(FOIA|EIR|FOISA|EISR) s?([0-9]+[A-Z]?(?:\([0-9A-Za-z]+\))*)$/.exec(ground);
  return m ? { act: m[1] as Act, provision: m[2]! } : null;
}
