/**
 * What Format-Table and Format-List do with their parameters: validate `-Property`, run calculated
 * properties' script blocks for each object, and pass the objects to the formatter, which writes format
 * objects for Out-Default / Out-String to render.
 */
// pwsh: FormatAndOutput/common/BaseFormattingCommand.cs (OuterFormatShapeCommandBase, OuterFormatTableAndListBase,
// OuterFormatTableBase: GetCommandLineProperties, the -Expand conversion).
import type { ICommandRuntime } from '../engine/cmdlet.js';
import { Param, Validate } from '../engine/parameter-declaration.js';
import type { ScriptBlock } from '../engine/script-block.js';
import type { FormatInfoData } from './format-objects.js';
import {
  PropertyParameterDefinitions,
  processPropertyParameters,
  scriptResult,
  type ScriptBlockInvoker,
  type TerminatingErrorHandler,
} from './property-parameter.js';
import { formatEnumerationLimit } from './session-preferences.js';
import { formatEnumerable } from './value-display.js';
import { FormatShapeProcessor, type FormatParameters, type FormatProperty } from './view-generator.js';

/** The Format-Table / Format-List parameters, as bound. */
export interface FormatCommandParameters {
  readonly property?: readonly unknown[];
  readonly autoSize?: boolean;
  readonly wrap?: boolean;
  readonly hideTableHeaders?: boolean;
  readonly force?: boolean;
  readonly expand?: 'CoreOnly' | 'EnumOnly' | 'Both';
  readonly view?: string;
  /** `$FormatEnumerationLimit`. */
  readonly enumerationLimit?: number;
}

/** One Format-Table or Format-List invocation. */
export class FormatCommand {
  private readonly processor: FormatShapeProcessor;
  private readonly scripts: ScriptBlock[] = [];

  /** Validates `-Property`; a bad hashtable ends the command through `onError` with pwsh's record. */
  constructor(
    shape: 'Table' | 'List',
    parameters: FormatCommandParameters,
    private readonly invoke: ScriptBlockInvoker,
    onError: TerminatingErrorHandler,
  ) {
    const definitions = shape === 'Table' ? PropertyParameterDefinitions.FormatTable : PropertyParameterDefinitions.FormatList;
    const properties: FormatProperty[] = processPropertyParameters(parameters.property ?? [], definitions, onError).map((p) => {
      const common = {
        ...(p.width === undefined ? {} : { width: p.width }),
        ...(p.alignment === undefined ? {} : { alignment: p.alignment }),
        ...(p.formatString === undefined ? {} : { formatString: p.formatString }),
      };
      if (typeof p.expression === 'string') {
        return { name: p.expression, ...(p.label === undefined ? {} : { label: p.label }), ...common };
      }
      this.scripts.push(p.expression);
      return { computedSlot: this.scripts.length - 1, label: p.label ?? p.expression.toString(), ...common };
    });
    const formatParameters: FormatParameters = {
      ...(properties.length === 0 ? {} : { properties }),
      ...(parameters.autoSize === true ? { autosize: true } : {}),
      ...(parameters.wrap === true ? { wrap: true } : {}),
      ...(parameters.hideTableHeaders === true ? { hideTableHeaders: true } : {}),
      ...(parameters.force === true ? { force: true } : {}),
      ...(parameters.expand === undefined ? {} : { expand: parameters.expand }),
      ...(parameters.view === undefined ? {} : { view: parameters.view }),
      ...(parameters.enumerationLimit === undefined ? {} : { enumerationLimit: parameters.enumerationLimit }),
    };
    this.processor = new FormatShapeProcessor(shape, formatParameters);
    this.expand = parameters.expand ?? 'EnumOnly';
  }

  private readonly expand: 'CoreOnly' | 'EnumOnly' | 'Both';

  /** Formats one pipeline object. */
  async process(input: unknown): Promise<FormatInfoData[]> {
    if (this.scripts.length === 0) return this.processor.process(input);
    if (input === null || input === undefined) return [];
    const elements = this.expand === 'CoreOnly' ? undefined : formatEnumerable(input);
    const out: FormatInfoData[] = [];
    for (const element of elements ?? [input]) {
      const computed: unknown[] = [];
      for (const script of this.scripts) computed.push(scriptResult(await this.invoke(script, element)));
      out.push(...this.processor.processSingle(element, computed));
    }
    return out;
  }

  /** Ends the document. */
  end(): FormatInfoData[] {
    return this.processor.end();
  }
}

/** The parameters of pwsh's OuterFormatShapeCommandBase, which follow `-Property` (and Format-Table's switches). */
export const FormatShapeParameters = {
  GroupBy: Param.object(),
  View: Param.string(),
  ShowError: Param.switch(),
  DisplayError: Param.switch(),
  Force: Param.switch(),
  Expand: Param.string({ validate: [Validate.set(['CoreOnly', 'EnumOnly', 'Both'])] }),
  InputObject: Param.psObject({ valueFromPipeline: true }),
} as const;

const Expansions = ['CoreOnly', 'EnumOnly', 'Both'] as const;

/**
 * The FormatCommand of a Format-Table or Format-List invocation, from its bound parameters and runtime
 * (`$FormatEnumerationLimit`, script blocks, terminating errors).
 */
export function formatCommandFor(shape: 'Table' | 'List', p: Readonly<Record<string, unknown>>, runtime: ICommandRuntime): FormatCommand {
  const expandText = typeof p.Expand === 'string' ? p.Expand.toLowerCase() : undefined;
  const expand = Expansions.find((e) => e.toLowerCase() === expandText);
  return new FormatCommand(
    shape,
    {
      ...(Array.isArray(p.Property) ? { property: p.Property } : {}),
      autoSize: p.AutoSize === true,
      wrap: p.Wrap === true,
      hideTableHeaders: p.HideTableHeaders === true,
      force: p.Force === true,
      ...(expand === undefined ? {} : { expand }),
      ...(typeof p.View === 'string' ? { view: p.View } : {}),
      enumerationLimit: formatEnumerationLimit(runtime.sessionState.getVariable('global:FormatEnumerationLimit')),
    },
    (block, dollarUnder) => runtime.invokeScriptBlock(block, { dollarUnder }),
    (record) => runtime.throwTerminatingError(record),
  );
}
