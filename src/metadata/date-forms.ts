/**
 * The few shapes in which letters write a full date, read without a general date parser
 * (chrono-node read them before, at about a tenth of the CPU a letter cost):
 *
 * - day month year: "13 October 2025", "13th of Oct. 2025", "5-May-2023", "the twenty-first
 *   of June 2022", "1st to 3rd May 2021" (a range: its first day), "Tuesday, 4 February 2020";
 * - month day year: "October 14, 2019", "Oct. 5th 2020";
 * - numbers, day first as in the UK: "03/07/2014", "3.7.14", "03-07-2014" (a month over 12
 *   with a day up to 12 is read the other way round, as "12/25/2020" can only be);
 * - year first: "2025-11-18", "2025/11/18", "2025-Nov-18";
 * - two dates joined by "to", "-", "until" are a range and give their earlier date.
 *
 * Only dates whose day, month and year are all written count; a day and month without a
 * year (or a month and year without a day) take part in finding ranges and overlaps and
 * are then dropped. Years of two digits are read as 1951–2050; only 1990–2100 is kept.
 * Nothing is counted from today ("within 20 days" is no date of the letter's).
 */

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
/** Ordinal words of a day: "first" … "thirty-first", the tens joined by a hyphen or a space. */
const ORDINAL_WORDS: Record<string, number> = {};
UNITS.forEach((w, i) => (ORDINAL_WORDS[w] = i + 1));
TEENS.forEach((w, i) => (ORDINAL_WORDS[w] = i + 10));
ORDINAL_WORDS.twentieth = 20;
ORDINAL_WORDS.thirtieth = 30;
UNITS.forEach((w, i) => {
  ORDINAL_WORDS[`twenty ${w}`] = ORDINAL_WORDS[`twenty-${w}`] = 21 + i;
});
ORDINAL_WORDS["thirty first"] = ORDINAL_WORDS["thirty-first"] = 31;

const alternatives = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.-]/g, "\\$&")).join("|");
const MONTH = `(?:${alternatives(Object.keys(MONTHS))})\\.?`;
const DAY = `(?:${alternatives(Object.keys(ORDINAL_WORDS))}|[0-9]{1,2}(?:st|nd|rd|th)?)`;
/** Four digits, or two not followed by a time, a month or more of a word. */
const YEAR = "(?:[1-9][0-9]{3}|[0-9]{2}(?!\\w|:\\d|\\s+(?:am|pm|o\\s*clock|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))";
const WEEKDAY = "(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|thurs|thur|tues|sun|mon|tue|wed|thu|fri|sat)\\.?";
const RANGE = "(?:to|-|–|until|through|till)";

interface Shape {
  /** What a line must hold for the shape to be looked for at all (a month's first letters, a separator between digits). */
  gate: RegExp;
  re: RegExp;
  read: (m: RegExpExecArray) => { day: number; month: number; year: number | null } | null;
}

const dayOf = (s: string): number => ORDINAL_WORDS[s.toLowerCase()] ?? parseInt(s, 10);
const monthOf = (s: string): number => MONTHS[s.toLowerCase().replace(/\.$/, "")]!;
/** A two-digit year is the nearest century's: 51–99 last century, 00–50 this one. */
const fullYear = (s: string): number => {
  const y = parseInt(s, 10);
  return y >= 100 ? y : y > 50 ? 1900 + y : 2000 + y;
};

/** Every month name and abbreviation starts with one of these. */
const MONTH_LETTERS = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

const SHAPES: Shape[] = [
  {
    // Day (or day range) then month, then the year: "13th of October, 2025", "1 to 3 May 2021".
    gate: MONTH_LETTERS,
    re: new RegExp(`(?<!\\w)(?:on\\s{0,3})?(${DAY})(?:\\s{0,3}${RANGE}\\s{0,3}${DAY})?(?:-|/|\\s{0,3}(?:of)?\\s{0,3})(${MONTH})(?:(?:-|/|,?\\s{0,3})(${YEAR})(?!\\w))?(?=\\W|$)`, "gi"),
    read: (m) => ({ day: dayOf(m[1]!), month: monthOf(m[2]!), year: m[3] ? fullYear(m[3]) : null }),
  },
  {
    // Month then day, then the year: "October 14, 2019", "Oct. 5th 2020".
    gate: MONTH_LETTERS,
    re: new RegExp(`(?<!\\w)(${MONTH})(?:-|/|\\s*,?\\s*)(${DAY})(?!\\s*(?:am|pm))\\s*(?:(?:to|-)\\s*${DAY}\\s*)?(?:(?:-|/|\\s*,\\s*|\\s+)(${YEAR}))?(?=\\W|$)(?!:\\d)`, "gi"),
    read: (m) => ({ day: dayOf(m[2]!), month: monthOf(m[1]!), year: m[3] ? fullYear(m[3]) : null }),
  },
  {
    // Numbers, day first: "03/07/2014", "3.7.14"; a day and month alone only with a slash.
    gate: /\d[/.-]\d/,
    re: /(?<![\d])(?<!\d\/)([0-3]?[0-9])[/.-]([0-3]?[0-9])(?:[/.-]([0-9]{4}|[0-9]{2}))?(?=\W|$)(?!\/?\d)/g,
    read: (m) => {
      const text = m[0];
      // "1.2" and "1.2.3" are section numbers, not dates.
      if (/^\d\.\d$/.test(text) || /^\d\.\d{1,2}\.\d{1,2}$/.test(text)) return null;
      if (!m[3] && !text.includes("/")) return null;
      let day = parseInt(m[1]!, 10);
      let month = parseInt(m[2]!, 10);
      if (month > 12) {
        if (day < 1 || day > 12 || month > 31) return null;
        [day, month] = [month, day];
      }
      return { day, month, year: m[3] ? fullYear(m[3]) : null };
    },
  },
  {
    // Year first: "2025-11-18", "2025/Nov/18".
    gate: /\d[-./\s](?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i,
    re: new RegExp(`(?<!\\w)([0-9]{4})[-./\\s](?:(${MONTH})|([0-9]{1,2}))[-./\\s]([0-9]{1,2})(?=\\W|$)`, "gi"),
    read: (m) => {
      // "FOI-2231 03/07/2014": a reference number is no year, and does not hide the date after it.
      const year = parseInt(m[1]!, 10);
      if (year < 1990 || year > 2100) return null;
      let month = m[3] ? parseInt(m[3], 10) : monthOf(m[2]!);
      let day = parseInt(m[4]!, 10);
      if ((month < 1 || month > 12) && day >= 1 && day <= 12) [month, day] = [day, month];
      return { day, month, year };
    },
  },
];

const WEEKDAY_BEFORE = new RegExp(`(?<!\\w)${WEEKDAY},?\\s*$`, "i");
const YEAR_AFTER = /^\s*([1-9][0-9]{3})/;
const RANGE_BETWEEN = new RegExp(`^\\s*${RANGE}\\s*$`, "i");
/** A time of day right after a date belongs to its text: "03 July 2018 11:08", "4 May 2020 at 10am". */
// One run of spaces around the joining word, not two runs that could share the same spaces (quadratic on a long gap).
const TIME_AFTER = /^\s*(?:(?:T|at|after|before|on|of|,|-|\.|:)\s*)?(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?![\w:])/i;

interface Candidate {
  index: number;
  length: number;
  day: number;
  month: number;
  year: number | null;
}

function valid(c: Candidate): boolean {
  if (c.day < 1 || c.day > 31 || c.month < 1 || c.month > 12) return false;
  if (c.year === null) return true;
  const d = new Date(Date.UTC(c.year, c.month - 1, c.day));
  return d.getUTCMonth() === c.month - 1 && d.getUTCDate() === c.day;
}

const at = (c: Candidate): number => (c.year ?? 0) * 10_000 + c.month * 100 + c.day;
const pad = (n: number): string => String(n).padStart(2, "0");

/** Every full date written in `line` (one line of a letter), in order. */
export function writtenDates(line: string): FoundDate[] {
  // A year has two digits at least.
  if (!/\d\d/.test(line)) return [];
  const found: Candidate[] = [];
  for (const shape of SHAPES) {
    if (!shape.gate.test(line)) continue;
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(line); m; m = shape.re.exec(line)) {
      const date = shape.read(m);
      if (date) {
        const c = { index: m.index, length: m[0].length, ...date };
        if (valid(c)) found.push(c);
        // The next date is looked for after this one, as a reader would.
        shape.re.lastIndex = m.index + m[0].length;
      } else shape.re.lastIndex = m.index + 1;
    }
  }
  found.sort((a, b) => a.index - b.index);
  // Overlapping readings: the longer wins.
  const kept: Candidate[] = [];
  for (const c of found) {
    const prev = kept[kept.length - 1];
    if (prev && c.index < prev.index + prev.length) {
      if (c.length > prev.length) kept[kept.length - 1] = c;
    } else kept.push(c);
  }
  // A day and month whose year follows, even run into the next word ("18 May 2011Under the Act").
  for (const c of kept) {
    if (c.year !== null) continue;
    const suffix = YEAR_AFTER.exec(line.slice(c.index + c.length));
    if (suffix) {
      c.year = fullYear(suffix[1]!);
      c.length += suffix[0].length;
    }
  }
  // A range ("1 April 2019 to 31 March 2020") is one reading, from its earlier date; the year one side gives stays uncertain on the other.
  const merged: Candidate[] = [];
  for (const c of kept) {
    const prev = merged[merged.length - 1];
    if (prev && RANGE_BETWEEN.test(line.slice(prev.index + prev.length, c.index))) {
      const first = prev.year !== null && c.year !== null && at(c) < at(prev) ? c : prev;
      merged[merged.length - 1] = { ...first, index: prev.index, length: c.index + c.length - prev.index };
    } else merged.push(c);
  }
  const out: FoundDate[] = [];
  for (const c of merged) {
    if (c.year === null || c.year < 1990 || c.year > 2100) continue;
    let index = c.index;
    let end = c.index + c.length;
    const weekday = WEEKDAY_BEFORE.exec(line.slice(Math.max(0, index - 12), index));
    if (weekday) index -= weekday[0].length;
    const time = TIME_AFTER.exec(line.slice(end));
    if (time) end += time[0].length;
    // Numbers run together by spaces only ("2009 4 2" in a table) are not a written date.
    if (!/[A-Za-z]|\d[/.-]\d/.test(line.slice(index, end))) continue;
    out.push({ iso: `${c.year}-${pad(c.month)}-${pad(c.day)}`, index, length: end - index });
  }
  return out;
}
