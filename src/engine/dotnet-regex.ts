/**
 * .NET regular expressions on top of JavaScript's: the pattern is translated (anchors `\A \z \Z`, .NET's
 * `$` and `.`, Unicode `\d \w`, inline options `(?i)`, `(?<name>)` and `(?'name')` groups, comments), and
 * group numbers follow .NET's rule (unnamed groups first, then named ones), so `$Matches`, `$1` and
 * `${name}` mean what they mean in pwsh. `Regex.Replace` and `Regex.Split` are implemented here.
 */
// .NET: System.Text.RegularExpressions RegexParser (group numbering, ScanReplacement), Regex.Split.
import { PSException } from './errors.js';

/** RegexOptions pcsh honours. */
export interface DotNetRegexOptions {
  readonly ignoreCase?: boolean;
  readonly multiline?: boolean;
  readonly singleline?: boolean;
  readonly explicitCapture?: boolean;
  readonly ignorePatternWhitespace?: boolean;
  /** Split/Replace from the right (pcsh takes the left-to-right matches in reverse order). */
  readonly rightToLeft?: boolean;
}

/** A compiled .NET pattern: the JavaScript RegExp and the .NET group table. */
export interface DotNetRegex {
  readonly pattern: string;
  readonly regex: RegExp;
  readonly rightToLeft: boolean;
  /** .NET's `GetGroupNames()` order: `0`, the unnamed group numbers, then the names. */
  readonly groupNames: readonly string[];
  /** The JavaScript capture index of each .NET group name or number (`'0'` is the whole match). */
  readonly jsIndex: ReadonlyMap<string, number>;
}

/** One capture group of a match, .NET-named. */
export interface GroupMatch {
  readonly name: string;
  readonly value: string | undefined;
}

const WORD = '\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}';
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));

function parseError(pattern: string, offset: number, reason: string): PSException {
  return new PSException(`Invalid pattern '${pattern}' at offset ${offset}. ${reason}`, 'System.Text.RegularExpressions.RegexParseException');
}

function literal(ch: string): string {
  return SYNTAX.has(ch) ? `\\${ch}` : ch;
}

function classLiteral(ch: string): string {
  return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}

interface Capture {
  readonly name: string | undefined;
}

interface Translation {
  source: string;
  ignoreCase: boolean;
  captures: Capture[];
}

/** Translates one escape sequence (after the backslash at `i`); returns the JS text and the next index. */
function translateEscape(pattern: string, i: number, inClass: boolean, backrefs: string[]): [string, number] {
  const ch = pattern[i + 1];
  if (ch === undefined) throw parseError(pattern, pattern.length, 'Illegal \\ at end of pattern.');
  const simple: Record<string, string> = { t: '\\t', n: '\\n', r: '\\r', f: '\\f', v: '\\v', e: '\\x1b', a: '\\x07', s: '\\s', S: '\\S' };
  if (simple[ch] !== undefined) return [simple[ch] as string, i + 2];
  switch (ch) {
    case 'd':
      return ['\\p{Nd}', i + 2];
    case 'D':
      return ['\\P{Nd}', i + 2];
    case 'w':
      return [inClass ? WORD : `[${WORD}]`, i + 2];
    case 'W':
      return [inClass ? '\\W' : `[^${WORD}]`, i + 2];
    case 'b':
      return [inClass ? '\\x08' : '\\b', i + 2];
    case 'B':
      return ['\\B', i + 2];
    case 'A':
      return ['(?<![\\s\\S])', i + 2];
    case 'z':
      return ['(?![\\s\\S])', i + 2];
    case 'Z':
      return ['(?=\\n?(?![\\s\\S]))', i + 2];
    case 'G':
      return ['', i + 2];
    case 'p':
    case 'P': {
      const m = /^\{[A-Za-z]+\}/.exec(pattern.slice(i + 2));
      if (m === null) throw parseError(pattern, i + 2, 'Incomplete \\p{X} character escape.');
      return [`\\${ch}${m[0]}`, i + 2 + m[0].length];
    }
    case 'x': {
      const m = /^[0-9a-fA-F]{2}/.exec(pattern.slice(i + 2));
      if (m === null) throw parseError(pattern, i + 2, 'Insufficient hexadecimal digits.');
      return [`\\x${m[0]}`, i + 4];
    }
    case 'u': {
      const m = /^[0-9a-fA-F]{4}/.exec(pattern.slice(i + 2));
      if (m === null) throw parseError(pattern, i + 2, 'Insufficient hexadecimal digits.');
      return [`\\u${m[0]}`, i + 6];
    }
    case 'c': {
      const letter = pattern[i + 2];
      if (letter === undefined) throw parseError(pattern, i + 2, 'Missing control character.');
      return [`\\c${letter.toUpperCase()}`, i + 3];
    }
    case 'k': {
      const m = /^(?:<([^>]+)>|'([^']+)')/.exec(pattern.slice(i + 2));
      if (m === null) return [literal('k'), i + 2];
      backrefs.push(m[1] ?? m[2] ?? '');
      return [`\u0000${backrefs.length - 1}\u0000`, i + 2 + m[0].length];
    }
    default:
      break;
  }
  if (/[1-9]/.test(ch) && !inClass) {
    const m = /^\d+/.exec(pattern.slice(i + 1)) as RegExpExecArray;
    backrefs.push(m[0]);
    return [`\u0000${backrefs.length - 1}\u0000`, i + 1 + m[0].length];
  }
  if (ch === '0' || (inClass && /[0-7]/.test(ch))) {
    const m = /^[0-7]{1,3}/.exec(pattern.slice(i + 1)) as RegExpExecArray;
    return [classLiteral(String.fromCharCode(parseInt(m[0], 8))), i + 1 + m[0].length];
  }
  return [inClass ? classLiteral(ch) : /[A-Za-z0-9]/.test(ch) ? ch : literal(ch), i + 2];
}

function translate(pattern: string, options: DotNetRegexOptions): Translation {
  let ignoreCase = options.ignoreCase === true;
  let multiline = options.multiline === true;
  let singleline = options.singleline === true;
  let explicitCapture = options.explicitCapture === true;
  let extended = options.ignorePatternWhitespace === true;
  const captures: Capture[] = [];
  const backrefs: string[] = [];
  const stack: (() => void)[] = [];
  let out = '';
  let atomAvailable = false;
  let i = 0;
  /** Appends `text` for the one pattern character at `i`; `atom` says whether a quantifier may follow. */
  const emit = (text: string, atom: boolean): void => {
    out += text;
    atomAvailable = atom;
    i++;
  };
  const setOptions = (flags: string): void => {
    let on = true;
    for (const f of flags) {
      if (f === '-') on = false;
      else if (f === 'i') ignoreCase = ignoreCase || on;
      else if (f === 'm') multiline = on;
      else if (f === 's') singleline = on;
      else if (f === 'n') explicitCapture = on;
      else if (f === 'x') extended = on;
    }
  };
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (extended && /\s/.test(ch)) {
      i++;
      continue;
    }
    if (extended && ch === '#') {
      const end = pattern.indexOf('\n', i);
      i = end < 0 ? pattern.length : end + 1;
      continue;
    }
    switch (ch) {
      case '\\': {
        const [text, next] = translateEscape(pattern, i, false, backrefs);
        out += text;
        i = next;
        atomAvailable = text !== '' && !text.startsWith('(?');
        continue;
      }
      case '.':
        emit(singleline ? '[\\s\\S]' : '[^\\n]', true);
        continue;
      case '^':
        emit(multiline ? '(?:(?<![\\s\\S])|(?<=\\n))' : '(?<![\\s\\S])', false);
        continue;
      case '$':
        emit(multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', false);
        continue;
      case '[': {
        let j = i + 1;
        let cls = '[';
        if (pattern[j] === '^') {
          cls += '^';
          j++;
        }
        let first = true;
        for (;;) {
          const c = pattern[j];
          if (c === undefined) throw parseError(pattern, pattern.length, 'Unterminated [] set.');
          if (c === ']' && !first) break;
          if (c === '\\') {
            const [text, next] = translateEscape(pattern, j, true, backrefs);
            cls += text;
            j = next;
          } else {
            cls += c === '-' && !first && pattern[j + 1] !== ']' ? '-' : classLiteral(c);
            j++;
          }
          first = false;
        }
        out += `${cls}]`;
        i = j + 1;
        atomAvailable = true;
        continue;
      }
      case '(': {
        const rest = pattern.slice(i);
        const saved = { ignoreCase, multiline, singleline, explicitCapture, extended };
        const restore = (): void => {
          ({ multiline, singleline, explicitCapture, extended } = saved);
        };
        let m: RegExpExecArray | null;
        if (rest.startsWith('(?#')) {
          const end = pattern.indexOf(')', i);
          i = end < 0 ? pattern.length : end + 1;
          continue;
        }
        if ((m = /^\(\?([imnsx-]+)\)/.exec(rest)) !== null) {
          setOptions(m[1] as string);
          i += m[0].length;
          continue;
        }
        if ((m = /^\(\?([imnsx-]+):/.exec(rest)) !== null) {
          setOptions(m[1] as string);
          out += '(?:';
          stack.push(restore);
        } else if ((m = /^\(\?(?:<([A-Za-z_][\w]*|\d+)>|'([A-Za-z_][\w]*|\d+)')/.exec(rest)) !== null) {
          captures.push({ name: m[1] ?? m[2] });
          out += '(';
          stack.push(() => undefined);
        } else if ((m = /^\(\?(?::|=|!|<=|<!)/.exec(rest)) !== null) {
          out += m[0];
          stack.push(() => undefined);
        } else if ((m = /^\(\?>/.exec(rest)) !== null) {
          out += '(?:';
          stack.push(() => undefined);
        } else if (rest.startsWith('(?')) {
          throw parseError(pattern, i + 2, 'Unrecognized grouping construct.');
        } else {
          m = /^\(/.exec(rest) as RegExpExecArray;
          if (explicitCapture) out += '(?:';
          else {
            captures.push({ name: undefined });
            out += '(';
          }
          stack.push(() => undefined);
        }
        i += m[0].length;
        atomAvailable = false;
        continue;
      }
      case ')': {
        const pop = stack.pop();
        if (pop === undefined) throw parseError(pattern, i + 1, "Too many )'s.");
        pop();
        out += ')';
        i++;
        atomAvailable = true;
        continue;
      }
      case '*':
      case '+':
      case '?':
      case '{': {
        const m = ch === '{' ? /^\{\d+(?:,\d*)?\}/.exec(pattern.slice(i)) : ([ch] as unknown as RegExpExecArray);
        if (m === null) {
          out += '\\{';
          i++;
          atomAvailable = true;
          continue;
        }
        if (!atomAvailable) throw parseError(pattern, i + m[0].length, `Quantifier '${m[0]}' following nothing.`);
        out += m[0];
        i += m[0].length;
        if (pattern[i] === '?') {
          out += '?';
          i++;
        }
        atomAvailable = false;
        continue;
      }
      case '|':
        emit('|', false);
        continue;
      default:
        emit(literal(ch), true);
    }
  }
  if (stack.length > 0) throw parseError(pattern, pattern.length, "Not enough )'s.");
  const table = groupTable(captures);
  out = out.replace(/\u0000(\d+)\u0000/g, (_, n: string) => {
    const reference = backrefs[Number(n)] as string;
    const index = table.jsIndex.get(reference);
    if (index === undefined) {
      throw parseError(pattern, pattern.length, /^\d+$/.test(reference) ? `Reference to undefined group number ${reference}.` : `Reference to undefined group name '${reference}'.`);
    }
    return `\\${index}`;
  });
  return { source: out, ignoreCase, captures };
}

function groupTable(captures: readonly Capture[]): { groupNames: string[]; jsIndex: Map<string, number> } {
  const jsIndex = new Map<string, number>([['0', 0]]);
  const groupNames = ['0'];
  let number = 0;
  captures.forEach((capture, i) => {
    if (capture.name === undefined) {
      number++;
      jsIndex.set(String(number), i + 1);
      groupNames.push(String(number));
    }
  });
  captures.forEach((capture, i) => {
    if (capture.name === undefined || jsIndex.has(capture.name)) return;
    jsIndex.set(capture.name, i + 1);
    if (!/^\d+$/.test(capture.name)) jsIndex.set(String(++number), i + 1);
    groupNames.push(capture.name);
  });
  return { groupNames, jsIndex };
}

const cache = new Map<string, DotNetRegex>();

/**
 * Compiles a .NET pattern. Throws a PSException of type `System.Text.RegularExpressions.RegexParseException`
 * with .NET's `Invalid pattern '…' at offset N. …` text when the pattern is not valid.
 */
export function dotNetRegex(pattern: string, options: DotNetRegexOptions = {}): DotNetRegex {
  const key = `${JSON.stringify(options)}\u0001${pattern}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const translation = translate(pattern, options);
  let regex: RegExp;
  try {
    regex = new RegExp(translation.source, `gu${translation.ignoreCase ? 'i' : ''}`);
  } catch {
    throw parseError(pattern, pattern.length, 'The pattern is not supported by pcsh.');
  }
  const { groupNames, jsIndex } = groupTable(translation.captures);
  const compiled: DotNetRegex = { pattern, regex, rightToLeft: options.rightToLeft === true, groupNames, jsIndex };
  if (cache.size > 1000) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** All matches left to right, advancing past empty matches as .NET does. */
export function matchAll(re: DotNetRegex, input: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  re.regex.lastIndex = 0;
  for (;;) {
    const m = re.regex.exec(input);
    if (m === null) break;
    matches.push(m);
    if (m[0].length === 0) re.regex.lastIndex = m.index + 1;
    if (re.regex.lastIndex > input.length) break;
  }
  return matches;
}

/** The first match, or null. */
export function firstMatch(re: DotNetRegex, input: string): RegExpExecArray | null {
  re.regex.lastIndex = 0;
  const m = re.regex.exec(input);
  re.regex.lastIndex = 0;
  return m;
}

/** The groups of a match in `GetGroupNames()` order, with undefined for groups that did not take part. */
export function matchGroups(re: DotNetRegex, match: RegExpExecArray): GroupMatch[] {
  return re.groupNames.map((name) => ({ name, value: match[re.jsIndex.get(name) ?? -1] }));
}

/** Expands a .NET replacement string (`$1`, `${name}`, `$0`, `$&`, `` $` ``, `$'`, `$+`, `$_`, `$$`). */
function expandReplacement(re: DotNetRegex, replacement: string, match: RegExpExecArray, input: string): string {
  return replacement.replace(/\$(?:\{([^}]*)\}|(\d+)|([$&`'+_]))/g, (whole, braced: string | undefined, digits: string | undefined, special: string | undefined) => {
    if (special !== undefined) {
      switch (special) {
        case '$':
          return '$';
        case '&':
          return match[0];
        case '`':
          return input.slice(0, match.index);
        case "'":
          return input.slice(match.index + match[0].length);
        case '+': {
          const last = re.groupNames[re.groupNames.length - 1] ?? '0';
          return match[re.jsIndex.get(last) ?? 0] ?? '';
        }
        default:
          return input;
      }
    }
    const name = braced ?? (digits as string);
    const index = re.jsIndex.get(/^\d+$/.test(name) ? String(Number(name)) : name);
    return index === undefined ? whole : (match[index] ?? '');
  });
}

/** `Regex.Replace(input, replacement)` with a .NET replacement string or a per-match function. */
export function regexReplace(re: DotNetRegex, input: string, replacement: string | ((match: RegExpExecArray) => string)): string {
  const matches = matchAll(re, input);
  let out = '';
  let last = 0;
  for (const m of matches) {
    out += input.slice(last, m.index);
    out += typeof replacement === 'string' ? expandReplacement(re, replacement, m, input) : replacement(m);
    last = m.index + m[0].length;
  }
  return out + input.slice(last);
}

/** `Regex.Split(input, count)`: captured groups are kept; count ≤ 0 means no limit. */
export function regexSplit(re: DotNetRegex, input: string, count = 0): string[] {
  if (count === 1) return [input];
  let remaining = count - 1;
  const all = matchAll(re, input);
  const matches = re.rightToLeft ? all.reverse() : all;
  if (matches.length === 0) return [input];
  const results: string[] = [];
  const captured = (m: RegExpExecArray): string[] =>
    re.groupNames.slice(1).flatMap((name) => {
      const value = m[re.jsIndex.get(name) ?? -1];
      return value === undefined ? [] : [value];
    });
  if (!re.rightToLeft) {
    let previous = 0;
    for (const m of matches) {
      results.push(input.slice(previous, m.index), ...captured(m));
      previous = m.index + m[0].length;
      if (--remaining === 0) break;
    }
    results.push(input.slice(previous));
    return results;
  }
  let previous = input.length;
  for (const m of matches) {
    results.push(input.slice(m.index + m[0].length, previous), ...captured(m).reverse());
    previous = m.index;
    if (--remaining === 0) break;
  }
  results.push(input.slice(0, previous));
  return results.reverse();
}

/** `Regex.Escape`: backslash before `\ * + ? | { [ ( ) ^ $ . #` and white space, as .NET escapes them. */
export function regexEscape(text: string): string {
  return text.replace(/[\\*+?|{[()^$.#\t\n\f\r ]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\f':
        return '\\f';
      case ' ':
        return '\\ ';
      default:
        return `\\${c}`;
    }
  });
}
