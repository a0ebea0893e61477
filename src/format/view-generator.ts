/**
 * The formatting side of pwsh's output: objects → format objects (FormatStartData, entries, FormatEndData).
 * Out-Default runs it with no shape (a registered view, else a table for ≤ 4 properties and a list for more);
 * Format-Table and Format-List run it with their shape and parameters.
 *
 * The first object that is not out of band picks the view of the whole document. Later objects use that view
 * when it applies to them (a view made from properties applies to every object, which is why a second,
 * different PSCustomObject shows in the first one's columns); otherwise they are written out of band as a
 * list. Strings, numbers and other scalars, and objects with an out-of-band view (error records), are always
 * out of band: written where they occur, as text.
 */
// pwsh: FormatAndOutput/common/BaseFormattingCommand.cs (InnerFormatShapeCommand.ProcessRecord/ProcessObject),
// FormatViewManager.cs (view selection, OutOfBandFormatViewManager, DefaultScalarTypes),
// FormatViewGenerator_Table.cs / _List.cs / _Complex.cs, Utilities/MshParameterAssociation.cs.
import './builtin-views.js';
import { format } from '../engine/strings/format.js';
import {
  FormatEndData,
  FormatEntryData,
  FormatInfoData,
  FormatStartData,
  GroupEndData,
  GroupStartData,
  type ListViewEntry,
  type TableColumnInfo,
  type TableRowEntry,
  type TextAlignment,
} from './format-objects.js';
import { formatNumber } from '../engine/number-format.js';
import { hasWildcard, propertyValue, resolvePropertyNames } from './property-expression.js';
import { FormatAndOut_format_xxx } from './strings/FormatAndOut_format_xxx.js';
import {
  DefaultFormatEnumerationLimit,
  displayProperties,
  displayString,
  findProperty,
  formatEnumerable,
  hasDisplayProperties,
  isScalar,
  smartToString,
  typeNamesOf,
} from './value-display.js';
import {
  findOutOfBandView,
  findView,
  viewApplies,
  type CustomViewDefinition,
  type FoundView,
  type ListViewDefinition,
  type TableViewDefinition,
  type ViewField,
} from './view-registry.js';

/** `-Property` entries of Format-Table / Format-List, after the cmdlet has parsed them. */
export interface FormatProperty {
  /** A property name, possibly with wildcards. */
  readonly name?: string;
  /**
   * For a calculated property (`@{ Label = 'x'; Expression = { ... } }`): the index of its value in the
   * `computed` array the cmdlet passes with each object (the cmdlet runs the script blocks).
   */
  readonly computedSlot?: number;
  readonly label?: string;
  readonly width?: number;
  readonly alignment?: 'Left' | 'Center' | 'Right';
  /** A .NET format string (`N2`, `{0:F1}`). */
  readonly formatString?: string;
}

/** The formatting parameters (pwsh's FormattingCommandLineParameters). */
export interface FormatParameters {
  readonly properties?: readonly FormatProperty[];
  readonly autosize?: boolean;
  readonly wrap?: boolean;
  readonly hideTableHeaders?: boolean;
  /** How collections given as one object are shown; EnumOnly (each element) by default. */
  readonly expand?: 'CoreOnly' | 'EnumOnly' | 'Both';
  /** `-Force`: also format strings and other out-of-band objects with the view. */
  readonly force?: boolean;
  /** `-View`: the name of a registered view. */
  readonly view?: string;
  /** `$FormatEnumerationLimit`. */
  readonly enumerationLimit?: number;
}

/** The shape a Format-* cmdlet asks for; Out-Default asks for none. */
export type FormatShape = 'Undefined' | 'Table' | 'List';

/** The largest number of columns a table made from all properties shows. */
const MaxGeneratedColumns = 10;
/** ≤ 4 properties make a table, more a list (`PropertyCountForTable`). */
const PropertyCountForTable = 4;

/** A column or list field resolved against an object: a property name or a computed slot. */
interface Association {
  readonly parameter?: FormatProperty;
  readonly propertyName?: string;
  readonly computedSlot?: number;
  /** The label shown: the parameter's label, else the resolved name. */
  readonly label: string;
}

function fieldValue(target: unknown, association: Association, computed: readonly unknown[] | undefined): { found: boolean; value: unknown } {
  if (association.computedSlot !== undefined) return { found: true, value: computed?.[association.computedSlot] ?? null };
  return propertyValue(target, association.propertyName ?? '');
}

/** `value.ToString(format)`, or undefined when .NET would reject the format. */
function numberWithFormat(value: number, spec: string): string | undefined {
  try {
    return formatNumber(value, spec);
  } catch {
    return undefined;
  }
}

/** FormatField: a format string when given, else SmartToString (tables format floats with `F`). */
function formatField(value: unknown, formatString: string | undefined, isTable: boolean, limit: number): string {
  if (formatString !== undefined && formatString !== '') {
    const composite = /\{0(?::([^}]*))?\}/;
    if (composite.test(formatString)) {
      return formatString.replace(/\{0(?::([^}]*))?\}/g, (_all, spec: string | undefined) =>
        spec !== undefined && typeof value === 'number' ? (numberWithFormat(value, spec) ?? displayString(value)) : displayString(value),
      );
    }
    if (typeof value === 'number') {
      const text = numberWithFormat(value, formatString);
      if (text !== undefined) return text;
    }
  }
  return smartToString(value, limit, isTable);
}

/** Expands `-Property` against an object; `keepUnresolved` keeps plain names that match nothing (tables do). */
function expandParameters(target: unknown, parameters: readonly FormatProperty[], keepUnresolved: boolean): Association[] {
  const result: Association[] = [];
  for (const parameter of parameters) {
    if (parameter.computedSlot !== undefined) {
      result.push({ parameter, computedSlot: parameter.computedSlot, label: parameter.label ?? '' });
      continue;
    }
    const pattern = parameter.name ?? '';
    const names = resolvePropertyNames(target, pattern);
    if (keepUnresolved && names.length === 0 && !hasWildcard(pattern)) {
      result.push({ parameter, propertyName: pattern, label: parameter.label ?? pattern });
    }
    for (const name of names) result.push({ parameter, propertyName: name, label: parameter.label ?? name });
  }
  return result;
}

function allProperties(target: unknown): Association[] {
  const seen = new Set<string>();
  const result: Association[] = [];
  for (const property of displayProperties(target)) {
    const key = property.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ propertyName: property.name, label: property.name });
  }
  return result;
}

/** Right for numbers, booleans and enums in the first object, else left (ComputeDefaultAlignment). */
function defaultAlignment(target: unknown, association: Association, computed: readonly unknown[] | undefined): TextAlignment {
  const { value } = fieldValue(target, association, computed);
  if (value === null || value === undefined || typeof value === 'string') return 'Left';
  return isScalar(value) ? 'Right' : 'Left';
}

/** Makes the entries of one view. */
interface ViewGenerator {
  /** True when an object can be shown with this view (else it goes out of band). */
  applies(typeNames: readonly string[]): boolean;
  startData(target: unknown, computed: readonly unknown[] | undefined): FormatStartData;
  payload(target: unknown, computed: readonly unknown[] | undefined): FormatEntryData;
}

class TableFromProperties implements ViewGenerator {
  private associations: Association[] = [];

  constructor(private readonly parameters: FormatParameters, private readonly limit: number) {}

  applies(): boolean {
    return true;
  }

  startData(target: unknown, computed: readonly unknown[] | undefined): FormatStartData {
    const properties = this.parameters.properties;
    if (properties !== undefined && properties.length > 0) {
      this.associations = expandParameters(target, properties, true);
    } else {
      this.associations = allProperties(target).slice(0, MaxGeneratedColumns);
    }
    const columns: TableColumnInfo[] = this.associations.map((a) => ({
      label: a.label,
      width: a.parameter?.width ?? 0,
      alignment: a.parameter?.alignment ?? defaultAlignment(target, a, computed),
      headerMatchesProperty: true,
    }));
    return new FormatStartData(
      { kind: 'Table', columns, hideHeader: this.parameters.hideTableHeaders ?? false, repeatHeader: false },
      this.parameters.autosize ?? false,
    );
  }

  payload(target: unknown, computed: readonly unknown[] | undefined): FormatEntryData {
    const row: TableRowEntry = {
      kind: 'TableRow',
      cells: this.associations.map((a) => {
        const { found, value } = fieldValue(target, a, computed);
        return { text: found ? formatField(value, a.parameter?.formatString, true, this.limit) : '', alignment: 'Undefined' as const };
      }),
      multiLine: this.parameters.wrap ?? false,
    };
    return new FormatEntryData(row, false);
  }
}

/** The value of a view field on an object. */
function viewFieldValue(target: unknown, field: ViewField): { found: boolean; value: unknown } {
  if (field.value !== undefined) return { found: true, value: field.value(target) };
  return propertyValue(target, field.property ?? '');
}

class TableFromView implements ViewGenerator {
  constructor(
    private readonly found: FoundView<TableViewDefinition>,
    private readonly parameters: FormatParameters,
    private readonly limit: number,
  ) {}

  applies(typeNames: readonly string[]): boolean {
    return viewApplies(this.found, typeNames);
  }

  startData(target: unknown): FormatStartData {
    const view = this.found.view;
    const columns: TableColumnInfo[] = view.columns.map((field) => {
      const label = field.label ?? field.property ?? '';
      return {
        label,
        width: field.width ?? 0,
        alignment: field.alignment ?? 'Undefined',
        headerMatchesProperty: field.label === undefined || label === '' || findProperty(target, label) !== undefined,
      };
    });
    return new FormatStartData(
      { kind: 'Table', columns, hideHeader: this.parameters.hideTableHeaders ?? view.hideTableHeaders ?? false, repeatHeader: false },
      this.parameters.autosize ?? view.autosize ?? false,
    );
  }

  payload(target: unknown): FormatEntryData {
    const row: TableRowEntry = {
      kind: 'TableRow',
      cells: this.found.view.columns.map((field) => {
        const { found, value } = viewFieldValue(target, field);
        return { text: found ? smartToString(value, this.limit) : '', alignment: 'Undefined' as const };
      }),
      multiLine: this.parameters.wrap ?? this.found.view.wrap ?? false,
    };
    return new FormatEntryData(row, false);
  }
}

/** A list entry of all (or the requested) properties of one object; each object gets its own fields. */
function listEntryFromProperties(target: unknown, computed: readonly unknown[] | undefined, parameters: FormatParameters, limit: number): ListViewEntry {
  const properties = parameters.properties;
  const associations = properties !== undefined && properties.length > 0 ? expandParameters(target, properties, false) : allProperties(target);
  return {
    kind: 'List',
    fields: associations.map((a) => ({
      label: a.label,
      text: formatField(fieldValue(target, a, computed).value, a.parameter?.formatString, false, limit),
    })),
  };
}

class ListFromProperties implements ViewGenerator {
  constructor(private readonly parameters: FormatParameters, private readonly limit: number) {}

  applies(): boolean {
    return true;
  }

  startData(): FormatStartData {
    return new FormatStartData({ kind: 'List' }, false);
  }

  payload(target: unknown, computed: readonly unknown[] | undefined): FormatEntryData {
    return new FormatEntryData(listEntryFromProperties(target, computed, this.parameters, this.limit), false);
  }
}

class ListFromView implements ViewGenerator {
  constructor(private readonly found: FoundView<ListViewDefinition>, private readonly limit: number) {}

  applies(typeNames: readonly string[]): boolean {
    return viewApplies(this.found, typeNames);
  }

  startData(): FormatStartData {
    return new FormatStartData({ kind: 'List' }, false);
  }

  payload(target: unknown): FormatEntryData {
    const entry: ListViewEntry = {
      kind: 'List',
      fields: this.found.view.items.map((field) => ({
        label: field.label ?? field.property ?? '',
        text: smartToString(viewFieldValue(target, field).value, this.limit),
      })),
    };
    return new FormatEntryData(entry, false);
  }
}

class CustomFromView implements ViewGenerator {
  constructor(private readonly found: FoundView<CustomViewDefinition>) {}

  applies(typeNames: readonly string[]): boolean {
    return viewApplies(this.found, typeNames);
  }

  startData(): FormatStartData {
    return new FormatStartData({ kind: 'Complex' }, false);
  }

  payload(target: unknown): FormatEntryData {
    const view = this.found.view;
    return new FormatEntryData({ kind: 'Complex', render: (context) => view.render(target, context) }, false);
  }
}

function generatorFromView(found: FoundView, parameters: FormatParameters, limit: number): ViewGenerator {
  switch (found.view.kind) {
    case 'Table':
      return new TableFromView(found as FoundView<TableViewDefinition>, parameters, limit);
    case 'List':
      return new ListFromView(found as FoundView<ListViewDefinition>, limit);
    case 'Custom':
      return new CustomFromView(found as FoundView<CustomViewDefinition>);
  }
}

/**
 * pwsh's InnerFormatShapeCommand: feed it objects with {@link process}, then call {@link end}; each call
 * returns the format objects to pass on (to Out-String, Out-Default, or down the pipeline).
 */
export class FormatShapeProcessor {
  private generator: ViewGenerator | undefined;
  private inDocument = false;
  private inGroup = false;
  private readonly limit: number;

  constructor(
    private readonly shape: FormatShape = 'Undefined',
    private readonly parameters: FormatParameters = {},
  ) {
    this.limit = parameters.enumerationLimit ?? DefaultFormatEnumerationLimit;
  }

  /**
   * Formats one pipeline object. A collection is shown element by element (EnumOnly), unless `-Expand` says
   * otherwise. `computed` holds the values of calculated properties, by slot.
   */
  process(value: unknown, computed?: readonly unknown[]): FormatInfoData[] {
    const out: FormatInfoData[] = [];
    if (value === null || value === undefined) return out;
    const elements = value instanceof FormatInfoData ? undefined : formatEnumerable(value);
    if (elements === undefined) {
      this.processObject(value, computed, out);
      return out;
    }
    switch (this.parameters.expand ?? 'EnumOnly') {
      case 'EnumOnly':
        for (const element of elements) this.processObject(element, undefined, out);
        break;
      case 'Both': {
        out.push(rawText(FormatAndOut_format_xxx.IEnum_Header));
        this.processOutOfBand(value, true, out);
        const count =
          elements.length === 0
            ? FormatAndOut_format_xxx.IEnum_NoObjects
            : elements.length === 1
              ? FormatAndOut_format_xxx.IEnum_OneObject
              : format(FormatAndOut_format_xxx.IEnum_ManyObjects, elements.length);
        out.push(rawText(count));
        for (const element of elements) this.processObject(element, undefined, out);
        break;
      }
      case 'CoreOnly':
        this.processObject(value, computed, out);
        break;
    }
    return out;
  }

  /** Closes the open group and document. */
  end(): FormatInfoData[] {
    const out: FormatInfoData[] = [];
    if (this.inGroup) out.push(new GroupEndData());
    if (this.inDocument) out.push(new FormatEndData());
    this.inGroup = false;
    this.inDocument = false;
    return out;
  }

  /** Out-Default treats out-of-band objects specially; Format-* do too, unless `-Force`. */
  private get shouldProcessOutOfBand(): boolean {
    return this.shape === 'Undefined' || this.parameters.force !== true;
  }

  /** Formats one object as it is, without enumerating it (the elements of an enumerated collection). */
  processSingle(value: unknown, computed?: readonly unknown[]): FormatInfoData[] {
    const out: FormatInfoData[] = [];
    this.processObject(value, computed, out);
    return out;
  }

  private processObject(value: unknown, computed: readonly unknown[] | undefined, out: FormatInfoData[]): void {
    if (value === null || value === undefined) return;
    if (value instanceof FormatInfoData) {
      out.push(value);
      return;
    }
    if (this.shouldProcessOutOfBand && this.processOutOfBand(value, false, out)) return;
    if (!this.inDocument) {
      this.generator = this.selectGenerator(value);
      out.push(this.generator.startData(value, computed));
      this.inDocument = true;
    }
    const generator = this.generator as ViewGenerator;
    if (this.shouldProcessOutOfBand && !generator.applies(typeNamesOf(value)) && this.processOutOfBand(value, true, out)) return;
    if (!this.inGroup) {
      out.push(new GroupStartData());
      this.inGroup = true;
    }
    out.push(generator.payload(value, computed));
  }

  /** Writes `value` out of band when it should be; `toStringFallback` allows a list for other objects. */
  private processOutOfBand(value: unknown, toStringFallback: boolean, out: FormatInfoData[]): boolean {
    const typeNames = typeNamesOf(value);
    const found = findOutOfBandView(typeNames);
    if (found !== undefined) {
      out.push(new FormatEntryData({ kind: 'Complex', render: (context) => found.view.render(value, context) }, true));
      return true;
    }
    if (isScalar(value) || !hasDisplayProperties(value)) {
      out.push(rawText(displayString(value)));
      return true;
    }
    if (!toStringFallback) return false;
    out.push(new FormatEntryData(listEntryFromProperties(value, undefined, {}, this.limit), true));
    return true;
  }

  private selectGenerator(value: unknown): ViewGenerator {
    const typeNames = typeNamesOf(value);
    const parameters = this.parameters;
    const hasProperties = parameters.properties !== undefined && parameters.properties.length > 0;
    if (this.shape === 'Undefined') {
      const found = findView(typeNames);
      if (found !== undefined) return generatorFromView(found, parameters, this.limit);
      return displayProperties(value).length <= PropertyCountForTable
        ? new TableFromProperties(parameters, this.limit)
        : new ListFromProperties(parameters, this.limit);
    }
    if (!hasProperties) {
      const kind = this.shape === 'Table' ? 'Table' : 'List';
      const found = findView(typeNames, kind, parameters.view);
      if (found !== undefined) return generatorFromView(found, parameters, this.limit);
    }
    return this.shape === 'Table' ? new TableFromProperties(parameters, this.limit) : new ListFromProperties(parameters, this.limit);
  }
}

function rawText(text: string): FormatEntryData {
  return new FormatEntryData({ kind: 'RawText', text }, true);
}
