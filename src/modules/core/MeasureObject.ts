import { PSCmdlet } from '../../engine/cmdlet.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { PSObject } from '../../engine/ps-object.js';
import { ScriptBlock } from '../../engine/script-block.js';
import { format } from '../../engine/strings/format.js';
import { compareValues } from '../../format/object-comparer.js';
import { hasWildcard, propertyValue, resolvePropertyNames } from '../../format/property-expression.js';
import { scriptResult } from '../../format/property-parameter.js';
import { MeasureObjectStrings } from '../../format/strings/MeasureObjectStrings.js';
import { displayString } from '../../format/value-display.js';

/** The running statistics of one measured property (pwsh's Statistics). */
interface Statistics {
  count: number;
  sum: number;
  sumPrevious: number;
  variance: number;
  max: unknown;
  min: unknown;
  lines: number;
  words: number;
  characters: number;
}

const ThisObject = '$_';

/** LanguagePrimitives.TryConvertTo<double>: numbers, booleans and numeric strings. */
function toDouble(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string') {
    if (value.trim() === '') return 0;
    const n = Number(value.trim());
    return Number.isNaN(n) ? undefined : n;
  }
  return undefined;
}

/** Measure-Object -Maximum/-Minimum: numbers compare as numbers, mixed types as strings. */
function pick(value: unknown, current: unknown, isMin: boolean): unknown {
  if (current === null || current === undefined) return value;
  let a: unknown = toDouble(value) ?? value;
  let b: unknown = toDouble(current) ?? current;
  if (value !== null && value !== undefined && typeof a !== typeof b) {
    a = displayString(value);
    b = displayString(current);
  }
  const result = compareValues(b, a, true);
  return (isMin ? result : -result) > 0 ? value : current;
}

function countWords(text: string): number {
  let words = 0;
  let wasWhiteSpace = true;
  for (const c of text) {
    if (/\s/u.test(c)) wasWhiteSpace = true;
    else {
      if (wasWhiteSpace) words++;
      wasWhiteSpace = false;
    }
  }
  return words;
}

function countLines(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n').length - 1;
  return text.endsWith('\n') ? lines : lines + 1;
}

/**
 * Measure-Object: counts its input and, on request, the sum, average, maximum, minimum and standard deviation
 * of the objects or of `-Property` values (GenericMeasureInfo), or the lines, words and characters of text
 * (TextMeasureInfo).
 */
// pwsh: commands/utility/Measure-Object.cs.
export class MeasureObject extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Measure',
    noun: 'Object',
    defaultParameterSetName: 'GenericMeasure',
    implementingType: 'Microsoft.PowerShell.Commands.MeasureObjectCommand',
    outputType: ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'Microsoft.PowerShell.Commands.TextMeasureInfo', 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096617',
  } as const;

  static readonly parameters = {
    InputObject: Param.psObject({ valueFromPipeline: true }),
    Property: Param.objectArray({ position: 0 }),
    StandardDeviation: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    Sum: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    AllStats: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    Average: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    Maximum: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    Minimum: Param.switch({ parameterSets: { GenericMeasure: {} } }),
    Line: Param.switch({ parameterSets: { TextMeasure: {} } }),
    Word: Param.switch({ parameterSets: { TextMeasure: {} } }),
    Character: Param.switch({ parameterSets: { TextMeasure: {} } }),
    IgnoreWhiteSpace: Param.switch({ parameterSets: { TextMeasure: {} } }),
  } as const;

  private readonly statistics = new Map<string, { name: string; stat: Statistics }>();
  private total = 0;
  private nonNumeric = false;
  private measure = { sum: false, average: false, deviation: false, max: false, min: false, lines: false, words: false, characters: false, ignoreWhiteSpace: false };

  override beginProcessing(p: BoundParameters<typeof MeasureObject>): void {
    const all = p.AllStats === true;
    this.measure = {
      sum: all || p.Sum === true,
      average: all || p.Average === true,
      deviation: all || p.StandardDeviation === true,
      max: all || p.Maximum === true,
      min: all || p.Minimum === true,
      lines: p.Line === true,
      words: p.Word === true,
      characters: p.Character === true,
      ignoreWhiteSpace: p.IgnoreWhiteSpace === true,
    };
  }

  private entry(name: string): Statistics {
    const key = name.toLowerCase();
    let found = this.statistics.get(key);
    if (found === undefined) {
      found = { name, stat: { count: 0, sum: 0, sumPrevious: 0, variance: 0, max: null, min: null, lines: 0, words: 0, characters: 0 } };
      this.statistics.set(key, found);
    }
    return found.stat;
  }

  override async processRecord(p: BoundParameters<typeof MeasureObject>): Promise<void> {
    const input = p.InputObject;
    if (input === undefined || input === null) return;
    this.total++;
    if (p.Property === undefined) {
      this.analyze(ThisObject, input);
      return;
    }
    const counted = new Set<string>();
    for (const expression of p.Property) {
      if (expression instanceof ScriptBlock) {
        const name = expression.toString();
        if (counted.has(name.toLowerCase())) continue;
        this.analyze(name, scriptResult(await this.commandRuntime.invokeScriptBlock(expression, { dollarUnder: input })));
        counted.add(name.toLowerCase());
        continue;
      }
      const pattern = displayString(expression);
      const names = resolvePropertyNames(input, pattern);
      if (names.length === 0) {
        // Keep an empty entry so a property no object has is still known at the end.
        if (!hasWildcard(pattern)) this.entry(pattern);
        continue;
      }
      for (const name of names) {
        if (counted.has(name.toLowerCase())) continue;
        this.analyze(name, propertyValue(input, name).value);
        counted.add(name.toLowerCase());
      }
    }
  }

  private analyze(name: string, value: unknown): void {
    const stat = this.entry(name);
    stat.count++;
    const m = this.measure;
    if (m.characters || m.words || m.lines) {
      const text = displayString(value);
      if (m.characters) stat.characters += m.ignoreWhiteSpace ? [...text].filter((c) => !/\s/u.test(c)).length : text.length;
      if (m.words) stat.words += countWords(text);
      if (m.lines) stat.lines += countLines(text);
    }
    if (m.average || m.sum || m.deviation) {
      const number = toDouble(value);
      if (number === undefined) {
        this.nonNumeric = true;
        this.writeError(
          new ErrorRecord(new PSException(format(MeasureObjectStrings.NonNumericInputObject, displayString(value)), 'System.Management.Automation.PSInvalidOperationException'), 'NonNumericInputObject', 'InvalidType', value),
        );
        return;
      }
      stat.sumPrevious = stat.sum;
      stat.sum += number;
      if (m.deviation && stat.count > 1) {
        const averagePrevious = stat.sumPrevious / (stat.count - 1);
        stat.variance *= (stat.count - 2) / (stat.count - 1);
        stat.variance += ((number - averagePrevious) * (number - averagePrevious)) / stat.count;
      }
    }
    if (m.min) stat.min = pick(value, stat.min, true);
    if (m.max) stat.max = pick(value, stat.max, false);
  }

  override endProcessing(p: BoundParameters<typeof MeasureObject>): void {
    if (this.total === 0 && p.Property === undefined) this.entry(ThisObject);
    const generic = this.parameterSetName !== 'TextMeasure';
    for (const { name, stat } of this.statistics.values()) {
      // A property no object had is skipped (strict mode 2 would report it).
      if (stat.count === 0 && p.Property !== undefined) continue;
      const property = p.Property === undefined ? null : name;
      this.writeObject(generic ? this.genericInfo(stat, property) : this.textInfo(stat, property));
    }
  }

  private genericInfo(stat: Statistics, property: string | null): PSObject {
    const m = this.measure;
    const numeric = (v: unknown): boolean => v === null || v === undefined || toDouble(v) !== undefined;
    const useDoubles = numeric(stat.min) && numeric(stat.max);
    const average = !this.nonNumeric && m.average && stat.count > 0 ? stat.sum / stat.count : null;
    const value = (v: unknown): unknown => (v === null || v === undefined ? null : useDoubles ? toDouble(v) : v);
    const typeName = useDoubles ? 'Microsoft.PowerShell.Commands.GenericMeasureInfo' : 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo';
    return new PSObject([typeName, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'], [
      ['Count', stat.count],
      ['Average', average],
      ['Sum', !this.nonNumeric && m.sum ? stat.sum : null],
      ['Maximum', m.max ? value(stat.max) : null],
      ['Minimum', m.min ? value(stat.min) : null],
      ['StandardDeviation', !this.nonNumeric && m.deviation && useDoubles ? Math.sqrt(stat.variance) : null],
      ['Property', property],
    ]);
  }

  private textInfo(stat: Statistics, property: string | null): PSObject {
    const m = this.measure;
    return new PSObject(['Microsoft.PowerShell.Commands.TextMeasureInfo', 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object'], [
      ['Lines', m.lines ? stat.lines : null],
      ['Words', m.words ? stat.words : null],
      ['Characters', m.characters ? stat.characters : null],
      ['Property', property],
    ]);
  }
}
