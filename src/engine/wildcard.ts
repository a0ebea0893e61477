/**
 * pwsh's WildcardPattern: `*` (any run), `?` (any one character), `[abc]` / `[a-z]` (a set or range) and
 * the backtick escape, always matching the whole text. Used by `-like`, `-notlike` and `switch -Wildcard`.
 */
// pwsh: engine/regex.cs, WildcardPatternParser.Parse and WildcardPattern.IsMatch.
import { ErrorRecord, PSException, RuntimeException } from './errors.js';
import { format } from './strings/format.js';
import { WildcardPatternStrings } from './strings/WildcardPatternStrings.js';

const cache = new Map<string, RegExp>();

function literal(ch: string): string {
  return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}

/** The WildcardPatternException pwsh raises for `[` without `]` or a reversed range (`[z-a]`). */
function invalidPattern(pattern: string): RuntimeException {
  const exception = new PSException(format(WildcardPatternStrings.InvalidPattern, pattern), 'System.Management.Automation.WildcardPatternException');
  return new RuntimeException(new ErrorRecord(exception, 'WildcardPattern_Invalid', 'InvalidArgument', null), exception.typeName);
}

function bracketExpression(contents: string[], operators: string[], pattern: string): string {
  let out = '[';
  for (let i = 0; i < contents.length; ) {
    if (i + 2 < contents.length && operators[i + 1] === '-') {
      const low = contents[i] as string;
      const high = contents[i + 2] as string;
      if (low > high) throw invalidPattern(pattern);
      out += `${literal(low)}-${literal(high)}`;
      i += 3;
    } else out += literal(contents[i++] as string);
  }
  return `${out}]`;
}

/** Translates a wildcard pattern to an anchored JavaScript regular expression. */
function translate(pattern: string): string {
  let out = '';
  let escaped = false;
  let inBracket = false;
  let bracketJustOpened = false;
  let contents: string[] = [];
  let operators: string[] = [];
  for (const ch of pattern) {
    if (inBracket) {
      if (ch === ']' && !bracketJustOpened && !escaped) {
        inBracket = false;
        out += bracketExpression(contents, operators, pattern);
      } else if (ch !== '`' || escaped) {
        contents.push(ch);
        operators.push(ch === '-' && !escaped ? '-' : ' ');
      }
      bracketJustOpened = false;
    } else if (ch === '*' && !escaped) out += '[\\s\\S]*';
    else if (ch === '?' && !escaped) out += '[\\s\\S]';
    else if (ch === '[' && !escaped) {
      inBracket = true;
      bracketJustOpened = true;
      contents = [];
      operators = [];
    } else if (ch !== '`' || escaped) out += literal(ch);
    escaped = ch === '`' && !escaped;
  }
  if (inBracket) throw invalidPattern(pattern);
  // A trailing lone backtick is a literal backtick, except for the pattern "`" itself (Win7 compatibility).
  if (escaped && pattern !== '`') out += literal('`');
  return `^${out}$`;
}

/** True when `text` matches the wildcard `pattern` (case-insensitively unless `ignoreCase` is false). */
export function wildcardMatch(text: string, pattern: string, ignoreCase = true): boolean {
  const key = `${ignoreCase ? 'i' : 'c'}${pattern}`;
  let regex = cache.get(key);
  if (regex === undefined) {
    regex = new RegExp(translate(pattern), ignoreCase ? 'iu' : 'u');
    if (cache.size > 1000) cache.clear();
    cache.set(key, regex);
  }
  return regex.test(text);
}

/** WildcardPattern.ContainsWildcardCharacters: an unescaped `*`, `?` or `[`. */
export function containsWildcardCharacters(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '`') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}

/** WildcardPattern.Escape: puts a backtick before `*`, `?`, `[`, `]` and `` ` ``. */
export function escapeWildcard(text: string): string {
  return text.replace(/[*?[\]`]/g, '`$&');
}
