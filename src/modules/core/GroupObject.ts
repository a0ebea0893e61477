import { PSCmdlet } from '../../engine/cmdlet.js';
import { ErrorRecord, PSException } from '../../engine/errors.js';
import { Param, type BoundParameters } from '../../engine/parameter-declaration.js';
import { Hashtable, PSObject } from '../../engine/ps-object.js';
import { ObjectBaseParameters, compareEntries, orderEntry, type OrderEntry } from '../../format/order-by.js';
import { PropertyParameterDefinitions, processPropertyParameters, type PropertyParameter } from '../../format/property-parameter.js';
import { UtilityCommonStrings } from '../../format/strings/UtilityCommonStrings.js';
import { displayString } from '../../format/value-display.js';

/** One group while it is being filled. */
interface Group {
  readonly key: OrderEntry;
  readonly members: unknown[];
  count: number;
}

/** GroupInfo.BuildName: the key values joined by `, `; a collection shows as `{a, b}`; nulls are skipped. */
function groupName(entry: OrderEntry): string {
  const parts: string[] = [];
  for (const value of entry.values) {
    if (!value.exists || value.value === null || value.value === undefined) continue;
    parts.push(Array.isArray(value.value) ? `{${value.value.map((v) => displayString(v)).join(', ')}}` : displayString(value.value));
  }
  return parts.join(', ');
}

function typeOfKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof PSObject) return value.typeNames[0] ?? 'object';
  return Array.isArray(value) ? 'array' : typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
}

/**
 * Group-Object: groups its input by the objects or by `-Property` keys and writes GroupInfo objects
 * (`Count`, `Name`, `Group`, `Values`), sorted by key when every key has the same type (else in order of first
 * appearance), or one hashtable with `-AsHashTable`.
 */
// pwsh: commands/utility/Group-Object.cs (GroupInfo, DoGrouping, DoOrderedGrouping, EndProcessing).
export class GroupObject extends PSCmdlet {
  static readonly cmdlet = {
    verb: 'Group',
    noun: 'Object',
    implementingType: 'Microsoft.PowerShell.Commands.GroupObjectCommand',
    outputType: ['System.Collections.Hashtable', 'Microsoft.PowerShell.Commands.GroupInfo'],
    helpUri: 'https://go.microsoft.com/fwlink/?LinkID=2096619',
  } as const;

  static readonly parameters = {
    NoElement: Param.switch(),
    AsHashTable: Param.switch({ aliases: ['AHT'], parameterSets: { HashTable: {} } }),
    AsString: Param.switch({ parameterSets: { HashTable: {} } }),
    ...ObjectBaseParameters,
  } as const;

  private properties: PropertyParameter[] = [];
  private readonly entries: OrderEntry[] = [];
  private firstTypes: string[] | undefined;
  private differentTypes = false;

  override beginProcessing(p: BoundParameters<typeof GroupObject>): void {
    if (p.AsString === true && p.AsHashTable !== true) {
      this.throwTerminatingError(new ErrorRecord(new PSException(UtilityCommonStrings.GroupObjectWithHashTable, 'System.ArgumentException'), 'ArgumentException', 'InvalidArgument', true));
    }
    this.properties = processPropertyParameters(p.Property ?? [], PropertyParameterDefinitions.GroupObject, (record) => this.throwTerminatingError(record));
    if (p.AsHashTable === true && p.AsString !== true && this.properties.length > 1) {
      this.throwTerminatingError(new ErrorRecord(new PSException(UtilityCommonStrings.GroupObjectSingleProperty, 'System.ArgumentException'), 'ArgumentException', 'InvalidArgument', p.Property));
    }
  }

  override async processRecord(p: BoundParameters<typeof GroupObject>): Promise<void> {
    const input = p.InputObject;
    if (input === undefined || input === null) return;
    const entry = await orderEntry(input, this.entries.length, this.properties, (block, dollarUnder) =>
      this.commandRuntime.invokeScriptBlock(block, { dollarUnder }),
    );
    this.entries.push(entry);
    // UpdateOrderPropertyTypeInfo: one type per key (nulls aside) allows the sorted fast path.
    const types = entry.values.map((v) => (v.exists ? typeOfKey(v.value) : ''));
    if (this.firstTypes === undefined) {
      this.firstTypes = types;
    } else if (this.firstTypes.length !== types.length) {
      this.differentTypes = true;
    } else {
      types.forEach((type, i) => {
        if (type === '') return;
        if (this.firstTypes?.[i] === '') (this.firstTypes as string[])[i] = type;
        else if (this.firstTypes?.[i] !== type) this.differentTypes = true;
      });
    }
  }

  override endProcessing(p: BoundParameters<typeof GroupObject>): void {
    const caseSensitive = p.CaseSensitive === true;
    const directions = this.entries[0]?.values.map(() => true) ?? [true];
    const compare = (a: OrderEntry, b: OrderEntry): number => compareEntries(a, b, directions, caseSensitive);
    const groups: Group[] = [];
    if (!this.differentTypes) {
      const sorted = [...this.entries].sort((a, b) => compare(a, b) || a.index - b.index);
      for (const entry of sorted) {
        const last = groups[groups.length - 1];
        if (last !== undefined && compare(last.key, entry) === 0) this.add(last, entry, p.NoElement === true);
        else groups.push(this.newGroup(entry, p.NoElement === true));
      }
    } else {
      for (const entry of this.entries) {
        const existing = groups.find((g) => compare(g.key, entry) === 0);
        if (existing !== undefined) this.add(existing, entry, p.NoElement === true);
        else groups.push(this.newGroup(entry, p.NoElement === true));
      }
    }
    if (groups.length === 0) return;
    if (p.AsHashTable === true) {
      const table = new Hashtable();
      for (const group of groups) {
        const first = group.key.values[0];
        const key = p.AsString === true ? groupName(group.key) : first?.exists === true ? first.value : null;
        if (table.has(key)) {
          const message = UtilityCommonStrings.InvalidOperation;
          this.writeError(new ErrorRecord(new PSException(message, 'System.Exception'), message, 'InvalidArgument', null));
          return;
        }
        table.set(key, group.members);
      }
      this.writeObject(table);
      return;
    }
    for (const group of groups) this.writeObject(this.groupInfo(group, p.NoElement === true));
  }

  private newGroup(entry: OrderEntry, noElement: boolean): Group {
    const group: Group = { key: entry, members: [], count: 0 };
    this.add(group, entry, noElement);
    return group;
  }

  private add(group: Group, entry: OrderEntry, noElement: boolean): void {
    if (!noElement) group.members.push(entry.input);
    group.count++;
  }

  private groupInfo(group: Group, noElement: boolean): PSObject {
    const typeNames = noElement
      ? ['Microsoft.PowerShell.Commands.GroupInfoNoElement', 'Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']
      : ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object'];
    return new PSObject(typeNames, [
      ['Values', group.key.values.map((v) => (v.exists ? v.value : null))],
      ['Count', group.count],
      ['Group', group.members],
      ['Name', groupName(group.key)],
    ]);
  }
}
