/**
 * The en culture's string order (`a.localeCompare(b, 'en')`, which pwsh's CompareInfo matches for these
 * strings) without ICU for strings of ASCII letters and digits. The first `localeCompare` of a process builds
 * ICU's collator, which costs about 10 ms; sorting a handful of parameter positions ("0", "1", "Named") at
 * start-up must not pay that.
 */

const alphanumeric = /^[0-9A-Za-z]*$/;

/**
 * Compares as `a.localeCompare(b, 'en')` does, with the same sign: first without case (digits before letters,
 * a shorter prefix first), then at the first difference of case, lower case first. Other strings go to ICU.
 */
export function cultureCompare(a: string, b: string): number {
  if (a === b) return 0;
  if (!alphanumeric.test(a) || !alphanumeric.test(b)) return Math.sign(a.localeCompare(b, 'en'));
  const lowerA = a.toLowerCase();
  const lowerB = b.toLowerCase();
  if (lowerA !== lowerB) return lowerA < lowerB ? -1 : 1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] === lowerA[i] ? -1 : 1;
  }
  return 0;
}
