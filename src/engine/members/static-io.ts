/**
 * Static members that touch the machine: `[Environment]`, `[System.IO.Path]`, `[System.IO.File]`,
 * `[System.IO.Directory]` and `[uri]`'s escaping. As in pwsh, relative paths are resolved against the
 * process's working directory, not the session's current location.
 */
// .NET on Unix: Path.Combine (a rooted part restarts the path), Path.GetFileName/GetExtension/
// GetDirectoryName, File.ReadAllText (UTF-8), Environment.NewLine ("\n").
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { hostname, tmpdir, userInfo, cpus } from 'node:os';
import { resolve } from 'node:path';
import { toPSString } from '../conversion.js';
import { CoreLibStrings } from '../strings/CoreLibStrings.js';
import { format } from '../strings/format.js';
import { PSTypes } from '../type-info.js';
import { dotNetException, methodTable, overload, Void } from './method-binding.js';
import type { StaticMembers } from './static-members.js';

const S = PSTypes.String;

function pathText(value: unknown): string {
  return toPSString(value);
}

/** Path.Combine: parts joined with `/`; a rooted part discards what came before it. */
function combine(parts: readonly unknown[]): string {
  let result = '';
  for (const part of (parts.length === 1 && Array.isArray(parts[0]) ? (parts[0] as unknown[]) : parts).map(pathText)) {
    if (part === '') continue;
    if (part.startsWith('/')) result = part;
    else result = result === '' || result.endsWith('/') ? result + part : `${result}/${part}`;
  }
  return result;
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function extension(path: string): string {
  const name = fileName(path);
  const dot = name.lastIndexOf('.');
  return dot < 0 || dot === name.length - 1 ? '' : name.slice(dot);
}

function directoryName(path: string): string | null {
  if (path === '' || path === '/') return null;
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '';
  return slash === 0 ? '/' : path.slice(0, slash);
}

function readFile(path: unknown): string {
  const full = resolve(pathText(path));
  if (!existsSync(full) || !statSync(full).isFile()) {
    throw dotNetException(format(CoreLibStrings.IO_FileNotFound_FileName, full), 'System.IO.FileNotFoundException');
  }
  return readFileSync(full, 'utf8').replace(/^\uFEFF/, '');
}

function lines(text: string): string[] {
  const result = text.split(/\r?\n/);
  if (result.length > 0 && result[result.length - 1] === '') result.pop();
  return result;
}

const environment = (): StaticMembers => ({
  properties: {
    newline: () => '\n',
    machinename: () => hostname(),
    username: () => userInfo().username,
    processorcount: () => cpus().length,
    currentdirectory: () => process.cwd(),
    is64bitprocess: () => true,
    is64bitoperatingsystem: () => true,
    tickcount: () => Math.floor(performance.now()),
    processid: () => process.pid,
  },
  methods: methodTable<null>({
    GetEnvironmentVariable: [overload([['variable', S]], (_, [name]) => process.env[name as string] ?? null)],
    SetEnvironmentVariable: [
      overload([['variable', S], ['value']], (_, [name, value]) => {
        if (value === null || value === undefined || value === '') delete process.env[name as string];
        else process.env[name as string] = toPSString(value);
        return Void;
      }),
    ],
  }),
});

const path = (): StaticMembers => ({
  properties: { directoryseparatorchar: () => '/', altdirectoryseparatorchar: () => '/', pathseparator: () => ':' },
  methods: methodTable<null>({
    Combine: [overload([['paths']], (_, parts) => combine(parts), true)],
    Join: [overload([['paths']], (_, parts) => parts.map(pathText).filter((p) => p !== '').join('/').replace(/\/{2,}/g, '/'), true)],
    GetFileName: [overload([['path']], (_, [p]) => (p === null ? null : fileName(pathText(p))))],
    GetFileNameWithoutExtension: [overload([['path']], (_, [p]) => (p === null ? null : fileName(pathText(p)).slice(0, fileName(pathText(p)).length - extension(pathText(p)).length)))],
    GetExtension: [overload([['path']], (_, [p]) => (p === null ? null : extension(pathText(p))))],
    GetDirectoryName: [overload([['path']], (_, [p]) => (p === null ? null : directoryName(pathText(p))))],
    GetFullPath: [overload([['path', S]], (_, [p]) => resolve(p as string))],
    IsPathRooted: [overload([['path']], (_, [p]) => pathText(p).startsWith('/'))],
    GetTempPath: [overload([], () => `${tmpdir().replace(/\/$/, '')}/`)],
    ChangeExtension: [
      overload([['path'], ['extension']], (_, [p, e]) => {
        const text = pathText(p);
        const base = text.slice(0, text.length - extension(text).length);
        return e === null || e === undefined ? base : `${base}${pathText(e).startsWith('.') ? '' : '.'}${pathText(e)}`;
      }),
    ],
  }),
});

const file = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    Exists: [overload([['path']], (_, [p]) => p !== null && existsSync(resolve(pathText(p))) && statSync(resolve(pathText(p))).isFile())],
    ReadAllText: [overload([['path', S]], (_, [p]) => readFile(p)), overload([['path', S], ['encoding']], (_, [p]) => readFile(p))],
    ReadAllLines: [overload([['path', S]], (_, [p]) => lines(readFile(p)))],
    WriteAllText: [
      overload([['path', S], ['contents']], (_, [p, text]) => {
        writeFileSync(resolve(p as string), toPSString(text));
        return Void;
      }),
    ],
    WriteAllLines: [
      overload([['path', S], ['contents']], (_, [p, items]) => {
        writeFileSync(resolve(p as string), (Array.isArray(items) ? items : [items]).map((l) => `${toPSString(l)}\n`).join(''));
        return Void;
      }),
    ],
    AppendAllText: [
      overload([['path', S], ['contents']], (_, [p, text]) => {
        appendFileSync(resolve(p as string), toPSString(text));
        return Void;
      }),
    ],
    Delete: [
      overload([['path', S]], (_, [p]) => {
        rmSync(resolve(p as string), { force: true });
        return Void;
      }),
    ],
  }),
});

const directory = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    Exists: [overload([['path']], (_, [p]) => p !== null && existsSync(resolve(pathText(p))) && statSync(resolve(pathText(p))).isDirectory())],
    CreateDirectory: [
      overload([['path', S]], (_, [p]) => {
        mkdirSync(resolve(p as string), { recursive: true });
        return Void;
      }),
    ],
    GetCurrentDirectory: [overload([], () => process.cwd())],
  }),
});

/** RFC 3986 escaping as Uri.EscapeDataString does it (only unreserved characters are kept). */
function escapeDataString(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const uri = (): StaticMembers => ({
  properties: {},
  methods: methodTable<null>({
    EscapeDataString: [overload([['stringToEscape', S]], (_, [s]) => escapeDataString(s as string))],
    UnescapeDataString: [overload([['stringToUnescape', S]], (_, [s]) => decodeURIComponent(s as string))],
  }),
});

/** `[Environment]`, `[System.IO.Path]`, `[System.IO.File]`, `[System.IO.Directory]` and `[Uri]`, by full name. */
export function ioStaticTypes(): [string, StaticMembers][] {
  return [
    ['System.Environment', environment()],
    ['System.IO.Path', path()],
    ['System.IO.File', file()],
    ['System.IO.Directory', directory()],
    ['System.Uri', uri()],
  ];
}
