import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statfsSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { FoiscopeError } from "../core/errors.js";

/** Who holds an output folder. */
interface Holder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export const LOCK_NAME = ".foiscope.lock";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<out>/.foiscope.lock` (created exclusively, holding who took it) so two runs cannot
 * write one output folder at once; returns the release function. A lock left by a process that
 * no longer runs on this host is taken over; one held by a live process, or by another host,
 * is refused with who holds it.
 */
export function lockOutput(out: string): () => void {
  mkdirSync(out, { recursive: true });
  const path = join(out, LOCK_NAME);
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command: process.argv.slice(1).join(" ") };
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let holder: Holder | null = null;
      try {
        holder = JSON.parse(readFileSync(path, "utf8")) as Holder;
      } catch {
        holder = null;
      }
      if (holder && (holder.host !== me.host || alive(holder.pid))) {
        throw new FoiscopeError(
          "FOISCOPE_LOCKED",
          `${out} is in use by another foiscope run (pid ${holder.pid} on ${holder.host}, since ${holder.started}: ${holder.command}); wait for it to finish, or delete ${path} if that run is gone`,
        );
      }
      // Left by a run that was killed (or unreadable, written half-way): take it over.
      rmSync(path, { force: true });
      continue;
    }
    try {
      writeSync(fd, JSON.stringify(me));
    } finally {
      closeSync(fd);
    }
    return () => rmSync(path, { force: true });
  }
  throw new FoiscopeError("FOISCOPE_LOCKED", `Could not take the lock ${path}; another run may be starting`);
}

/** Free bytes on the file system holding `path` (its nearest existing folder), or null when unknown. */
export function freeBytes(path: string): number | null {
  for (let p = path; ; p = dirname(p)) {
    try {
      const s = statfsSync(p);
      return s.bavail * s.bsize;
    } catch {
      if (dirname(p) === p) return null;
    }
  }
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * A disk-full error (SQLite's SQLITE_FULL, the OS's ENOSPC) as one line naming what was being
 * written and the space left; anything else unchanged.
 */
export function diskFullError(error: unknown, what: string, where: string): unknown {
  const code = (error as { code?: string }).code;
  if (code !== "SQLITE_FULL" && code !== "ENOSPC") return error;
  const free = freeBytes(where);
  return new FoiscopeError(
    "FOISCOPE_DISK_FULL",
    `The disk holding ${where} is full (${free === null ? "free space unknown" : `${mb(free)} free`}) while writing ${what}; free some space (a few times the size of the letters) and run again: what was stored before is intact`,
  );
}
