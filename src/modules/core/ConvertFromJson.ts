import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import type { PSEnumValue } from '../../engine/ps-object.js';
import { convertFromJson, JsonConversionError, JsonDateKindType, type ConvertFromJsonOptions, type JsonDateKind } from '../../format/json-parse.js';

/**
 * ConvertFrom-Json: turns JSON text into PSCustomObjects (or ordered hashtables with `-AsHashtable`). Several
 * pipeline strings are tried one by one when the first is complete JSON, else joined into one text. Arrays
 * are written element by element unless `-NoEnumerate`.
 */
// pwsh: commands/utility/WebCmdlet/ConvertFromJsonCommand.cs.
export class ConvertFromJson extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'ConvertFrom',
    noun: 'Json',
    implementingType: 'Microsoft.PowerShell.Commands.ConvertFromJsonCommand',
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096606',
  } as const;

  static readonly parameters = {
    InputObject: Param.string({ mandatory: true, position: 0, valueFromPipeline: true, allowEmptyString: true }),
    AsHashtable: Param.switch(),
    Depth: Param.int({ validate: [Validate.rangeKind('Positive')] }),
    NoEnumerate: Param.switch(),
    DateKind: Param.enum(JsonDateKindType),
  } as const;

  private readonly buffer: string[] = [];

  override processRecord(p: BoundParameters<typeof ConvertFromJson>): void {
    this.buffer.push(p.InputObject);
  }

  override endProcessing(p: BoundParameters<typeof ConvertFromJson>): void {
    if (this.buffer.length === 0) return;
    const options: ConvertFromJsonOptions = {
      asHashtable: p.AsHashtable === true,
      depth: p.Depth ?? 1024,
      dateKind: ((p.DateKind as PSEnumValue | undefined)?.name ?? 'Default') as JsonDateKind,
    };
    const noEnumerate = p.NoEnumerate === true;
    const [first, ...rest] = this.buffer as [string, ...string[]];
    if (rest.length === 0) {
      this.convert(first, options, noEnumerate);
      return;
    }
    // Each string may be a whole JSON text; if the first is not, the strings are one text split in lines.
    let firstConverted = false;
    try {
      firstConverted = this.convert(first, options, noEnumerate, true);
    } catch (error) {
      if (!(error instanceof JsonConversionError)) throw error;
    }
    if (firstConverted) {
      for (const text of rest) this.convert(text, options, noEnumerate);
    } else {
      this.convert(this.buffer.join('\n'), options, noEnumerate);
    }
  }

  /** Converts and writes one text; returns false for `null`. With `rethrowSyntax`, syntax errors propagate. */
  private convert(text: string, options: ConvertFromJsonOptions, noEnumerate: boolean, rethrowSyntax = false): boolean {
    let result: unknown;
    try {
      result = convertFromJson(text, options);
    } catch (error) {
      if (!(error instanceof JsonConversionError)) throw error;
      if (rethrowSyntax && error.record.errorId === 'System.ArgumentException') throw error;
      this.throwTerminatingError(error.record);
    }
    this.writeObject(result, !noEnumerate);
    return result !== null && result !== undefined;
  }
}
