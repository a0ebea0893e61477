/**
 * `-OutputFormat Json`: each object of the success stream as one line of JSON on stdout, each error as one
 * JSON object on stderr, other streams as their usual text on stdout (pcsh's machine-readable output; pwsh's
 * `-OutputFormat XML` writes CLIXML instead).
 */
import type { InformationRecord } from '../engine/cmdlet.js';
import { toPSString } from '../engine/conversion.js';
import { ErrorRecord } from '../engine/errors.js';
import type { StreamRoutes } from '../engine/execution-context.js';
import { Hashtable, PSDateTime, PSEnumValue, PSObject } from '../engine/ps-object.js';
import { ScriptBlock } from '../engine/script-block.js';

/** A PowerShell value as plain JSON data: objects by property, enums by name, dates in ISO 8601. */
export function toJsonData(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (depth > 64) return toPSString(value);
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : toPSString(value);
  if (Array.isArray(value)) return value.map((v) => toJsonData(v, depth + 1));
  if (value instanceof PSEnumValue) return value.name;
  if (value instanceof PSDateTime) {
    const iso = new Date(value.utcMilliseconds).toISOString();
    return value.dateTimeKind === 'Utc' ? iso : iso.slice(0, -1);
  }
  if (value instanceof Hashtable) return Object.fromEntries([...value].map(([k, v]) => [toPSString(k), toJsonData(v, depth + 1)]));
  if (value instanceof PSObject) return Object.fromEntries(value.properties.map((p) => [p.name, toJsonData(p.value, depth + 1)]));
  if (value instanceof ErrorRecord) return errorData(value);
  if (value instanceof ScriptBlock) return value.toString();
  return toPSString(value);
}

/** An error record as data: what a script needs to react to it. */
function errorData(record: ErrorRecord): Record<string, unknown> {
  const extent = record.invocationInfo?.extent;
  return {
    message: record.message,
    fullyQualifiedErrorId: record.fullyQualifiedErrorId,
    category: record.category,
    categoryInfo: record.categoryInfo.getMessage(),
    targetObject: toJsonData(record.targetObject),
    exceptionType: record.exception.typeName,
    ...(record.errorDetails?.recommendedAction === undefined ? {} : { recommendedAction: record.errorDetails.recommendedAction }),
    ...(extent === undefined ? {} : { position: { file: extent.source.file ?? null, line: extent.startLine, column: extent.startColumn } }),
  };
}

/** Routes for `-OutputFormat Json`. */
export function jsonRoutes(stdout: (text: string) => void, stderr: (text: string) => void): StreamRoutes & { flush(): void } {
  return {
    output: (value) => stdout(`${JSON.stringify(toJsonData(value))}\n`),
    error: (record) => stderr(`${JSON.stringify(errorData(record))}\n`),
    warning: (message) => stdout(`WARNING: ${message}\n`),
    verbose: (message) => stdout(`VERBOSE: ${message}\n`),
    debug: (message) => stdout(`DEBUG: ${message}\n`),
    information: (record: InformationRecord) => stdout(`${toPSString(record.messageData)}${record.noNewline === true ? '' : '\n'}`),
    flush: () => undefined,
  };
}
