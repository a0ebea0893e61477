/**
 * Registered views: how objects of a given type render instead of the default table/list. Other layers
 * register their own (help: Get-Help's HelpInfo views; Get-Command's table); Out-Default and Format-* look
 * them up by the object's type names, most-derived first, before falling back to the default shapes.
 *
 * ```ts
 * registerView('System.Management.Automation.CmdletInfo', {
 *   kind: 'Table',
 *   columns: [{ property: 'CommandType', width: 15 }, { property: 'Name', width: 50 }, { property: 'Version', width: 10 }, { property: 'Source' }],
 * });
 * registerView('MamlCommandHelpInfo', { kind: 'Custom', render: (help, { width }) => renderHelp(help, width) });
 * ```
 */
// pwsh: FormatAndOutput/common/DisplayDatabase (typeDataQuery.cs GetViewByShapeAndType, GetOutOfBandView) and
// the views of DefaultFormatters/*.cs, which register views per type name.
import type { ErrorView } from './error-view.js';

/** A table column or list item of a view: a property, or a computed value, with an optional label. */
export interface ViewField {
  /** The header or list label; defaults to `property`. */
  readonly label?: string;
  /** The property shown (case-insensitive). */
  readonly property?: string;
  /** Computes the value instead of reading `property`. */
  readonly value?: (target: unknown) => unknown;
  /** Fixed column width in cells; absent or 0 lets the formatter size the column. */
  readonly width?: number;
  readonly alignment?: 'Left' | 'Center' | 'Right';
}

/** A table view (`<TableControl>`). */
export interface TableViewDefinition {
  readonly kind: 'Table';
  readonly name?: string;
  readonly columns: readonly ViewField[];
  readonly hideTableHeaders?: boolean;
  readonly autosize?: boolean;
  readonly wrap?: boolean;
}

/** A list view (`<ListControl>`). */
export interface ListViewDefinition {
  readonly kind: 'List';
  readonly name?: string;
  readonly items: readonly ViewField[];
}

/** What a custom view's renderer is told about the output. */
export interface ViewContext {
  /**
   * The columns text may use: the console width − 1 on the console, `-Width` for Out-String, and
   * 2147483647 (pwsh's int.MaxValue: no wrapping) for Out-String without `-Width` and out-of-band views.
   */
  readonly width: number;
  /** The host's window width (`$Host.UI.RawUI.WindowSize.Width`). */
  readonly windowWidth: number;
  /** Whether VT colour sequences may be written. */
  readonly color: boolean;
  readonly errorView: ErrorView;
  /** `$FormatEnumerationLimit`. */
  readonly enumerationLimit: number;
}

/**
 * A custom view (`<CustomControl>`): the renderer returns the object's text. In-band views get a blank line
 * before and after their document and are word-wrapped to `width`; out-of-band ones (error records) are written
 * as they are, wherever they occur.
 */
export interface CustomViewDefinition {
  readonly kind: 'Custom';
  readonly name?: string;
  readonly outOfBand?: boolean;
  render(target: unknown, context: ViewContext): string;
}

export type ViewDefinition = TableViewDefinition | ListViewDefinition | CustomViewDefinition;

const views = new Map<string, ViewDefinition[]>();

/**
 * Registers a view for objects whose type names include `typeName` (case-insensitive). The first view
 * registered for a type is its default; later ones are found by kind (`Format-List` asks for a List view).
 */
export function registerView(typeName: string, view: ViewDefinition): void {
  const key = typeName.toLowerCase();
  const list = views.get(key);
  if (list === undefined) views.set(key, [view]);
  else list.push(view);
}

/** A view found for an object, with the type name it was registered for. */
export interface FoundView<V extends ViewDefinition = ViewDefinition> {
  readonly typeName: string;
  readonly view: V;
}

/**
 * The view for an object with these type names (most-derived first): the first type with a registered view
 * wins; with `kind`, only views of that kind count; with `name`, only the view of that name.
 */
export function findView(
  typeNames: readonly string[],
  kind?: ViewDefinition['kind'],
  name?: string,
): FoundView | undefined {
  for (const typeName of typeNames) {
    const list = views.get(typeName.toLowerCase());
    if (list === undefined) continue;
    const view = list.find(
      (v) => (kind === undefined || v.kind === kind) && (name === undefined || v.name?.toLowerCase() === name.toLowerCase()),
    );
    if (view !== undefined) return { typeName, view };
  }
  return undefined;
}

/** The out-of-band custom view for these type names (error records, script blocks), if any. */
export function findOutOfBandView(typeNames: readonly string[]): FoundView<CustomViewDefinition> | undefined {
  for (const typeName of typeNames) {
    const view = views.get(typeName.toLowerCase())?.find((v): v is CustomViewDefinition => v.kind === 'Custom' && v.outOfBand === true);
    if (view !== undefined) return { typeName, view };
  }
  return undefined;
}

/** True when an object with `typeNames` is one the view was registered for (pwsh's IsObjectApplicable). */
export function viewApplies(found: FoundView, typeNames: readonly string[]): boolean {
  const key = found.typeName.toLowerCase();
  return typeNames.some((t) => t.toLowerCase() === key);
}
