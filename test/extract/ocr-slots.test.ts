import { describe, expect, it } from "vitest";
import { localOcrSlots, ocrSlotsLength, releaseAbandoned, sharedOcrSlots } from "../../src/extract/ocr-slots.js";

const sharedCounts = (tasks: number): Int32Array => new Int32Array(new SharedArrayBuffer(4 * ocrSlotsLength(tasks)));

describe("OCR slots shared by a pool's workers", () => {
  it("lets two tasks hold the two slots and makes a third wait until one is released", async () => {
    const counts = sharedCounts(3);
    const first = await sharedOcrSlots(counts, 2, 0).acquire();
    const second = await sharedOcrSlots(counts, 2, 1).acquire();
    expect(Array.from(counts)).toEqual([2, 1, 1, 0]);
    let third = false;
    const waiting = sharedOcrSlots(counts, 2, 2).acquire().then((release) => {
      third = true;
      return release;
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(third).toBe(false);
    first();
    const release = await waiting;
    expect(third).toBe(true);
    expect(Array.from(counts)).toEqual([2, 0, 1, 1]);
    release();
    second();
    expect(Array.from(counts)).toEqual([0, 0, 0, 0]);
  });

  it("lets one task take every free slot: a long scan's pages are read side by side", async () => {
    const counts = sharedCounts(2);
    const slots = sharedOcrSlots(counts, 2, 1);
    const a = await slots.acquire();
    const b = await slots.acquire();
    expect(Array.from(counts)).toEqual([2, 0, 2]);
    a();
    a(); // a second call gives nothing back twice
    expect(Array.from(counts)).toEqual([1, 0, 1]);
    b();
    expect(counts[0]).toBe(0);
  });

  it("gives back the slots of a task the pool abandoned before it released them", async () => {
    const counts = sharedCounts(2);
    await sharedOcrSlots(counts, 2, 0).acquire();
    await sharedOcrSlots(counts, 2, 0).acquire();
    expect(counts[0]).toBe(2);
    const waiting = sharedOcrSlots(counts, 2, 1).acquire();
    releaseAbandoned(counts, 0);
    const release = await waiting;
    expect(Array.from(counts)).toEqual([1, 0, 1]);
    release();
    releaseAbandoned(counts, 1);
    expect(Array.from(counts)).toEqual([0, 0, 0]);
  });

  it("runs one engine at a time without a pool", async () => {
    const slots = localOcrSlots(1);
    expect(slots.capacity).toBe(1);
    const release = await slots.acquire();
    let second = false;
    const next = slots.acquire().then((r) => {
      second = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second).toBe(false);
    release();
    (await next)();
    expect(second).toBe(true);
  });
});
