import { PSCmdlet } from '../../engine/cmdlet.js';
import { Param, Validate, type BoundParameters } from '../../engine/parameter-declaration.js';
import { format } from '../../engine/strings/format.js';
import { ObjectBaseParameters, compareEntries, keyDirections, orderEntry, type OrderEntry } from '../../format/order-by.js';
import { PropertyParameterDefinitions, processPropertyParameters, type PropertyParameter } from '../../format/property-parameter.js';
import { SortObjectStrings } from '../../format/strings/SortObjectStrings.js';

/**
 * Sort-Object: sorts its input by the objects themselves or by `-Property` keys (names, wildcards, script
 * blocks, `@{ Expression; Ascending; Descending }`), strings in the en-US culture and case-insensitively
 * unless `-CaseSensitive`; `-Unique` drops equal neighbours, `-Top`/`-Bottom` keep the first/last N.
 * pcsh's sort is always stable (pwsh's is stable with `-Stable`, `-Top`, `-Bottom` and for short inputs).
 */
// pwsh: commands/utility/Sort-Object.cs and OrderObjectBase.cs.
export class SortObject extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Sort',
    noun: 'Object',
    defaultParameterSetName: 'Default',
    implementingType: 'Microsoft.PowerShell.Commands.SortObjectCommand',
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2097038',
  } as const;

  static readonly parameters = {
    Stable: Param.switch({ parameterSets: { Default: {} } }),
    Descending: Param.switch(),
    Unique: Param.switch(),
    Top: Param.int({ parameterSets: { Top: { mandatory: true } }, validate: [Validate.range(1, 2147483647)] }),
    Bottom: Param.int({ parameterSets: { Bottom: { mandatory: true } }, validate: [Validate.range(1, 2147483647)] }),
    ...ObjectBaseParameters,
  } as const;

  private properties: PropertyParameter[] = [];
  private readonly entries: OrderEntry[] = [];

  override beginProcessing(p: BoundParameters<typeof SortObject>): void {
    this.properties = processPropertyParameters(p.Property ?? [], PropertyParameterDefinitions.SortObject, (record) => this.throwTerminatingError(record));
  }

  override async processRecord(p: BoundParameters<typeof SortObject>): Promise<void> {
    const input = p.InputObject;
    if (input === undefined || input === null) return;
    const entry = await orderEntry(input, this.entries.length, this.properties, (block, dollarUnder) =>
      this.commandRuntime.invokeScriptBlock(block, { dollarUnder }),
    );
    for (const value of entry.values) {
      if (!value.exists) this.writeDebug(format(SortObjectStrings.PropertyNotFound, value.name));
    }
    this.entries.push(entry);
  }

  override endProcessing(p: BoundParameters<typeof SortObject>): void {
    const directions = keyDirections(this.properties, p.Descending !== true);
    const caseSensitive = p.CaseSensitive === true;
    const compare = (a: OrderEntry, b: OrderEntry): number => compareEntries(a, b, directions, caseSensitive);
    let sorted = [...this.entries].sort((a, b) => compare(a, b) || a.index - b.index);
    if (p.Unique === true) {
      // MoveUniqueEntriesToFront: keep an entry only when it differs from the last one kept.
      const unique: OrderEntry[] = [];
      for (const entry of sorted) {
        const last = unique[unique.length - 1];
        if (last === undefined || compare(last, entry) !== 0) unique.push(entry);
      }
      sorted = unique;
    }
    if (p.Top !== undefined) sorted = sorted.slice(0, p.Top);
    if (p.Bottom !== undefined) sorted = sorted.slice(Math.max(0, sorted.length - p.Bottom));
    for (const entry of sorted) this.writeObject(entry.input);
  }
}
