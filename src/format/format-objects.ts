/**
 * The format objects that travel between the formatting side (Format-Table, Format-List and Out-Default's
 * implicit formatter) and the output side (Out-Default, Out-String), as in pwsh:
 *
 * ```
 * FormatStartData  GroupStartData  FormatEntryData*  GroupEndData  FormatEndData
 * ```
 *
 * plus out-of-band FormatEntryData (strings, numbers, error records) that may appear anywhere. `Format-List |
 * Out-String -Width 50` works because Format-List writes these objects and Out-String renders them; rendering
 * to text happens only on the output side, so the width is decided there.
 */
// pwsh: FormatAndOutput/common/FormattingObjects.cs (FormatStartData, GroupStartData, FormatEntryData,
// TableRowEntry, ListViewEntry, ComplexViewEntry, RawTextFormatEntry, GroupEndData, FormatEndData).
import type { ViewContext } from './view-registry.js';

/** pwsh's TextAlignment. `Undefined` defers to the column's alignment. */
export type TextAlignment = 'Undefined' | 'Left' | 'Center' | 'Right';

/** One column of a table: its label, fixed width (0 = computed) and alignment. */
export interface TableColumnInfo {
  readonly label: string;
  readonly width: number;
  readonly alignment: TextAlignment;
  /** False when the label is not a property name: colour uses CustomTableHeaderLabel then. */
  readonly headerMatchesProperty: boolean;
}

/** The header of a table view. */
export interface TableHeaderInfo {
  readonly kind: 'Table';
  readonly columns: readonly TableColumnInfo[];
  readonly hideHeader: boolean;
  readonly repeatHeader: boolean;
}

/** The shape of a document: a table (with its header) or a list, wide or custom view. */
export type ShapeInfo = TableHeaderInfo | { readonly kind: 'List' } | { readonly kind: 'Complex' };

/** Base of the format objects; `typeNames` is what `Get-Member` shows for them. */
export abstract class FormatInfoData {
  abstract readonly typeNames: readonly string[];
}

const Namespace = 'Microsoft.PowerShell.Commands.Internal.Format';

/** Starts a document: one shape, one view, until FormatEndData. */
export class FormatStartData extends FormatInfoData {
  readonly typeNames = [`${Namespace}.FormatStartData`, `${Namespace}.StartData`, `${Namespace}.PacketInfoData`, 'System.Object'];

  constructor(
    readonly shapeInfo: ShapeInfo,
    /** `-AutoSize`: widths come from every row of the group, not from the first batch. */
    readonly autosize: boolean,
  ) {
    super();
  }
}

/** Starts a group (GroupBy); pcsh has one group per document and no group labels. */
export class GroupStartData extends FormatInfoData {
  readonly typeNames = [`${Namespace}.GroupStartData`, `${Namespace}.StartData`, `${Namespace}.PacketInfoData`, 'System.Object'];
}

/** One row of a table: cell texts (already rendered) and per-cell alignment overrides. */
export interface TableRowEntry {
  readonly kind: 'TableRow';
  readonly cells: readonly { readonly text: string; readonly alignment: TextAlignment }[];
  /** `-Wrap`: cells wrap onto several lines instead of being cut with `…`. */
  readonly multiLine: boolean;
}

/** One object of a list: labels and value texts. */
export interface ListViewEntry {
  readonly kind: 'List';
  readonly fields: readonly { readonly label: string; readonly text: string }[];
}

/** Text written as it is (`ToString()` of strings, numbers and other scalars). */
export interface RawTextEntry {
  readonly kind: 'RawText';
  readonly text: string;
}

/**
 * A custom view's entry (DateTime, error records, help). Its text is produced on the output side, which knows
 * the width; in-band text is then word-wrapped to the width, out-of-band text is written as it is.
 */
export interface ComplexViewEntry {
  readonly kind: 'Complex';
  render(context: ViewContext): string;
}

export type FormatEntry = TableRowEntry | ListViewEntry | RawTextEntry | ComplexViewEntry;

/** One formatted object. Out-of-band entries are written where they occur, outside the current table. */
export class FormatEntryData extends FormatInfoData {
  readonly typeNames = [`${Namespace}.FormatEntryData`, `${Namespace}.PacketInfoData`, 'System.Object'];

  constructor(
    readonly entry: FormatEntry,
    readonly outOfBand: boolean,
  ) {
    super();
  }
}

/** Ends a group. */
export class GroupEndData extends FormatInfoData {
  readonly typeNames = [`${Namespace}.GroupEndData`, `${Namespace}.PacketInfoData`, 'System.Object'];
}

/** Ends a document. */
export class FormatEndData extends FormatInfoData {
  readonly typeNames = [`${Namespace}.FormatEndData`, `${Namespace}.PacketInfoData`, 'System.Object'];
}
