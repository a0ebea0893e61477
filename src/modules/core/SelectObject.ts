import { PSCmdlet } from '../../engine/cmdlet.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { PSObject } from '../../engine/ps-object.js';
import { format } from '../../engine/strings/format.js';
import { arrayOf, PSTypes } from '../../engine/type-info.js';
import { wildcardMatch } from '../../engine/wildcard.js';
import { compareValues } from '../../format/object-comparer.js';
import {
  expressionHasWildcard,
  expressionValues,
  PropertyParameterDefinitions,
  processPropertyParameters,
  type PropertyParameter,
} from '../../format/property-parameter.js';
import { SelectObjectStrings } from '../../format/strings/SelectObjectStrings.js';
import { typeNamesOf } from '../../format/value-display.js';

const PSCustomObjectType = 'System.Management.Automation.PSCustomObject';

/** PSTraceSource.NewArgumentException: a PSArgumentException with the message. */
function argumentError(message: string, errorId: string, category: 'InvalidArgument' | 'InvalidOperation', target: unknown): ErrorRecord {
  return new ErrorRecord(new PSException(message, 'System.Management.Automation.PSArgumentException'), errorId, category, target);
}

/**
 * pwsh's SelectObjectQueue: which input objects -First / -Last / -Skip / -SkipLast let through as they come,
 * and which remain for the end.
 */
class SelectObjectQueue {
  readonly items: unknown[] = [];
  private streamed = 0;
  private skip: number;

  constructor(
    private readonly first: number,
    private readonly last: number,
    skip: number,
    private readonly skipLast: number,
    private readonly firstOrLastSpecified: boolean,
  ) {
    this.skip = skip;
  }

  get allRequestedObjectsProcessed(): boolean {
    return this.firstOrLastSpecified && this.last === 0 && this.first !== 0 && this.streamed >= this.first;
  }

  enqueue(value: unknown): void {
    if (this.last > 0 && this.items.length >= this.last + this.skip && this.first === 0) this.items.shift();
    else if (this.last > 0 && this.items.length >= this.last && this.first !== 0) this.items.shift();
    this.items.push(value);
  }

  /** The object to process now, if any (StreamingDequeue). */
  streamingDequeue(): { readonly value: unknown } | undefined {
    if (this.skip === 0) {
      if (this.skipLast > 0) {
        if (this.items.length > this.skipLast) return { value: this.items.shift() };
      } else {
        if (this.streamed < this.first || !this.firstOrLastSpecified) {
          this.streamed++;
          return { value: this.items.shift() };
        }
        if (this.last === 0) this.items.shift();
      }
    } else if (this.last === 0) {
      this.items.shift();
      this.skip--;
    } else if (this.first !== 0) {
      this.skip--;
      this.items.shift();
    }
    return undefined;
  }
}

/**
 * Select-Object: picks properties (names, wildcards, calculated `@{ Name; Expression }`) into new
 * PSCustomObjects, expands one property (`-ExpandProperty`), and selects objects by position (`-First`,
 * `-Last`, `-Skip`, `-SkipLast`, `-Index`, `-SkipIndex`) or uniqueness (`-Unique`). pcsh cannot stop the
 * commands before it, so `-First` ignores the rest of the input instead (`-Wait` is accepted).
 */
// pwsh: commands/utility/Select-Object.cs.
export class SelectObject extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Select',
    noun: 'Object',
    defaultParameterSetName: 'DefaultParameter',
    implementingType: 'Microsoft.PowerShell.Commands.SelectObjectCommand',
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096716',
  } as const;

  static readonly parameters = {
    InputObject: Param.psObject({ valueFromPipeline: true }),
    Property: Param.objectArray({ parameterSets: { DefaultParameter: { position: 0 }, SkipLastParameter: { position: 0 } } }),
    ExcludeProperty: Param.stringArray({ parameterSets: { DefaultParameter: {}, SkipLastParameter: {} } }),
    ExpandProperty: Param.string({ parameterSets: { DefaultParameter: {}, SkipLastParameter: {} } }),
    Unique: Param.switch(),
    CaseInsensitive: Param.switch(),
    Last: Param.int({ parameterSets: { DefaultParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
    First: Param.int({ parameterSets: { DefaultParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
    Skip: Param.int({ parameterSets: { DefaultParameter: {}, SkipLastParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
    SkipLast: Param.int({ parameterSets: { SkipLastParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
    Wait: Param.switch({ parameterSets: { DefaultParameter: {}, IndexParameter: {} } }),
    Index: Param.typed<number[]>(arrayOf(PSTypes.Int32), { parameterSets: { IndexParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
    SkipIndex: Param.typed<number[]>(arrayOf(PSTypes.Int32), { parameterSets: { SkipIndexParameter: {} }, validate: [Validate.range(0, 2147483647)] }),
  } as const;

  private properties: PropertyParameter[] = [];
  private expand: PropertyParameter | undefined;
  private exclude: readonly string[] | undefined;
  private queue!: SelectObjectQueue;
  private uniques: { readonly object: unknown; readonly notes: number }[] | undefined;
  private done = false;
  private index: number[] = [];
  private includeIndex = true;
  private indexPosition = 0;
  private objectPosition = 0;
  private unique = false;
  private caseSensitive = true;

  override beginProcessing(p: BoundParameters<typeof SelectObject>): void {
    let property = p.Property ?? [];
    this.exclude = p.ExcludeProperty;
    // -ExcludeProperty implies -Property *.
    if (this.exclude !== undefined && property.length === 0) property = ['*'];
    this.properties = processPropertyParameters(property, PropertyParameterDefinitions.SelectObject, (record) => this.throwTerminatingError(record));
    if (p.ExpandProperty !== undefined && p.ExpandProperty !== '') {
      this.expand = processPropertyParameters([p.ExpandProperty], PropertyParameterDefinitions.SelectObject, (record) => this.throwTerminatingError(record))[0];
    }
    this.unique = p.Unique === true;
    this.caseSensitive = p.CaseInsensitive !== true;
    if (this.unique) this.uniques = [];
    const firstOrLast = p.First !== undefined || p.Last !== undefined;
    this.queue = new SelectObjectQueue(p.First ?? 0, p.Last ?? 0, p.Skip ?? 0, p.SkipLast ?? 0, firstOrLast);
    if (p.Index !== undefined || p.SkipIndex !== undefined) {
      this.includeIndex = p.Index !== undefined;
      this.index = [...(p.Index ?? p.SkipIndex ?? [])].sort((a, b) => a - b);
    }
  }

  override async processRecord(p: BoundParameters<typeof SelectObject>): Promise<void> {
    const input = p.InputObject;
    if (input === undefined || input === null || this.done) return;
    const set = this.parameterSetName;
    if (set === 'IndexParameter' || set === 'SkipIndexParameter') {
      await this.processIndexed(input, p.Wait === true);
      return;
    }
    this.queue.enqueue(input);
    const next = this.queue.streamingDequeue();
    if (next !== undefined) await this.processObjectAndHandleErrors(next.value);
    if (this.queue.allRequestedObjectsProcessed && p.Wait !== true) {
      // pwsh stops the upstream commands here; pcsh ignores the rest of the input.
      this.flushUniques();
      this.done = true;
    }
  }

  override async endProcessing(p: BoundParameters<typeof SelectObject>): Promise<void> {
    if (this.done) return;
    if (this.parameterSetName === 'DefaultParameter') {
      if ((p.First ?? 0) !== 0) {
        while (this.queue.items.length > 0) await this.processObjectAndHandleErrors(this.queue.items.shift());
      } else {
        while (this.queue.items.length > (p.Skip ?? 0)) await this.processObjectAndHandleErrors(this.queue.items.shift());
      }
    }
    this.flushUniques();
  }

  private flushUniques(): void {
    for (const entry of this.uniques ?? []) this.writeObject(entry.object);
    this.uniques = undefined;
  }

  private async processIndexed(input: unknown, wait: boolean): Promise<void> {
    if (this.includeIndex) {
      if (this.indexPosition < this.index.length) {
        const next = this.index[this.indexPosition];
        if (this.objectPosition === next) {
          await this.processObjectAndHandleErrors(input);
          while (this.indexPosition < this.index.length && this.index[this.indexPosition] === next) this.indexPosition++;
        }
      }
      if (!wait && this.indexPosition >= this.index.length) {
        this.flushUniques();
        this.done = true;
      }
    } else if (this.indexPosition < this.index.length && this.objectPosition === this.index[this.indexPosition]) {
      const skipped = this.index[this.indexPosition];
      while (this.indexPosition < this.index.length && this.index[this.indexPosition] === skipped) this.indexPosition++;
    } else {
      await this.processObjectAndHandleErrors(input);
    }
    this.objectPosition++;
  }

  private async processObjectAndHandleErrors(input: unknown): Promise<void> {
    try {
      await this.processObject(input);
    } catch (error) {
      if (error instanceof SelectObjectError) this.writeError(error.record);
      else throw error;
    }
  }

  private isExcluded(name: string): boolean {
    return this.exclude?.some((pattern) => wildcardMatch(name, pattern)) ?? false;
  }

  private async processObject(input: unknown): Promise<void> {
    if (this.properties.length === 0 && this.expand === undefined) {
      this.filteredWrite(input, [], input);
      return;
    }
    const matched: [string, unknown][] = [];
    for (const parameter of this.properties) await this.processParameter(parameter, input, matched);
    if (this.expand === undefined) {
      const result = new PSObject();
      for (const [name, value] of matched) {
        if (result.getProperty(name) === undefined) result.setProperty(name, value);
        else this.writeError(argumentError(format(SelectObjectStrings.AlreadyExistingProperty, name), 'AlreadyExistingUserSpecifiedPropertyNoExpand', 'InvalidOperation', input));
      }
      this.filteredWrite(result, matched, input);
      return;
    }
    await this.processExpand(this.expand, input, matched);
  }

  private async processParameter(parameter: PropertyParameter, input: unknown, matched: [string, unknown][]): Promise<void> {
    const invoke = (block: Parameters<typeof this.commandRuntime.invokeScriptBlock>[0], dollarUnder: unknown): Promise<unknown[]> =>
      this.commandRuntime.invokeScriptBlock(block, { dollarUnder });
    let results = (await expressionValues(input, parameter.expression, invoke)).filter((r) => !this.isExcluded(r.name));
    // `Select-Object NoSuchName` still makes a property (with $null); a wildcard that matches nothing does not.
    if (results.length === 0 && !expressionHasWildcard(parameter.expression)) {
      results = [{ name: typeof parameter.expression === 'string' ? parameter.expression : parameter.expression.toString(), value: null }];
    } else if (parameter.label !== undefined && parameter.label !== '' && results.length > 1) {
      this.writeError(new ErrorRecord(new PSException(SelectObjectStrings.RenamingMultipleResults, 'System.InvalidOperationException'), 'RenamingMultipleResults', 'InvalidOperation', input));
      return;
    }
    for (const result of results) {
      if (this.isExcluded(result.name)) continue;
      const name = parameter.label !== undefined && parameter.label !== '' ? parameter.label : result.name;
      if (name === '') {
        const record = argumentError(SelectObjectStrings.EmptyScriptBlockAndNoName, 'EmptyScriptBlockAndNoName', 'InvalidArgument', null);
        this.throwTerminatingError(record);
      }
      matched.push([name, result.value]);
    }
  }

  private async processExpand(parameter: PropertyParameter, input: unknown, matched: readonly [string, unknown][]): Promise<void> {
    const invoke = (block: Parameters<typeof this.commandRuntime.invokeScriptBlock>[0], dollarUnder: unknown): Promise<unknown[]> =>
      this.commandRuntime.invokeScriptBlock(block, { dollarUnder });
    const name = typeof parameter.expression === 'string' ? parameter.expression : parameter.expression.toString();
    const results = await expressionValues(input, parameter.expression, invoke);
    if (results.length === 0) {
      throw new SelectObjectError(argumentError(format(SelectObjectStrings.PropertyNotFound, name), 'ExpandPropertyNotFound', 'InvalidArgument', input));
    }
    if (results.length > 1) {
      throw new SelectObjectError(argumentError(SelectObjectStrings.MutlipleExpandProperties, 'MutlipleExpandProperties', 'InvalidArgument', input));
    }
    const value = results[0]?.value;
    if (value === null || value === undefined) return;
    // Collections are expanded element by element (dictionaries are not enumerated).
    const elements = Array.isArray(value) ? value : [value];
    for (const element of elements) {
      if (element === null || element === undefined) continue;
      if (element instanceof PSObject) {
        for (const [noteName, noteValue] of matched) {
          if (element.getProperty(noteName) !== undefined) {
            this.writeError(argumentError(format(SelectObjectStrings.AlreadyExistingProperty, noteName), 'AlreadyExistingUserSpecifiedPropertyExpand', 'InvalidOperation', input));
          } else {
            element.setProperty(noteName, noteValue);
          }
        }
      }
      this.filteredWrite(element, matched, input);
    }
  }

  /** Writes the object, or keeps it for the end with `-Unique` when no equal object was kept before. */
  private filteredWrite(value: unknown, notes: readonly [string, unknown][], input: unknown): void {
    if (this.uniques === undefined) {
      this.markSelected(value, notes.length > 0, input);
      this.writeObject(value);
      return;
    }
    const duplicate = this.uniques.some((kept) => {
      if (kept.notes !== notes.length) return false;
      if (value instanceof PSObject && kept.object instanceof PSObject && notes.length > 0) {
        return notes.every(([name, noteValue]) => {
          const property = (kept.object as PSObject).getProperty(name);
          return property !== undefined && compareValues(property.value, noteValue, this.caseSensitive) === 0;
        });
      }
      return compareValues(kept.object, value, this.caseSensitive) === 0;
    });
    if (!duplicate) {
      this.markSelected(value, notes.length > 0, input);
      this.uniques.push({ object: value, notes: notes.length });
    }
  }

  /** SetPSCustomObject: a selected PSCustomObject is typed `Selected.<input type>`. */
  private markSelected(value: unknown, isNew: boolean, input: unknown): void {
    if (!(value instanceof PSObject) || !value.typeNames.includes(PSCustomObjectType)) return;
    const typeName = `Selected.${typeNamesOf(input)[0] ?? 'System.Object'}`;
    if (isNew || !value.typeNames.includes(typeName)) value.typeNames.unshift(typeName);
  }
}

/** pwsh's SelectObjectException: a record written as a non-terminating error. */
class SelectObjectError extends Error {
  constructor(readonly record: ErrorRecord) {
    super(record.exception.message);
  }
}
