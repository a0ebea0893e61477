/**
 * Fixture cmdlets and helpers for the binder tests (like pwsh's Pester files that declare `function test-...`
 * inline). `line('-Name', 'x', '-Count:', 5)` builds CommandArguments over a fake source text
 * `Test-Binding -Name x -Count:5`, so every element has a real extent.
 */
import type { Extent, SourceText } from '../../src/language/ast.js';
import { CmdletParameterBinder, ParameterBindingException, type BindingContext, type CommandArgument } from '../../src/engine/binder.js';
import { PSCmdlet, type CmdletClass, type CmdletDeclaration } from '../../src/engine/cmdlet.js';
import { getCommandMetadata } from '../../src/engine/command-metadata.js';
import type { ErrorRecord } from '../../src/engine/errors.js';
import type { ChoiceDescription, PSHostUserInterface } from '../../src/engine/host-ui.js';
import { Param, Validate, type ParameterDeclarations } from '../../src/engine/parameter-declaration.js';
import { Hashtable, type PSEnumType } from '../../src/engine/ps-object.js';

/** Declares a fixture cmdlet class. */
export function fixture(name: string, implementingType: string, parameters: ParameterDeclarations, extra: Partial<CmdletDeclaration> = {}): CmdletClass {
  const [verb, noun] = name.split('-') as [string, string];
  return class extends PSCmdlet {
    static readonly cmdlet: CmdletDeclaration = { verb, noun, implementingType, ...extra };
    static readonly parameters = parameters;
  };
}

/** A fixture with most parameter kinds; no parameter sets. */
export const TestBinding = fixture('Test-Binding', 'Pcsh.Tests.TestBindingCommand', {
  Name: Param.string({ position: 0 }),
  NameFilter: Param.string(),
  Count: Param.int({ position: 1 }),
  Flag: Param.switch(),
  Enabled: Param.bool(),
  Items: Param.stringArray({ aliases: ['it'] }),
  Color: Param.string({ validate: [Validate.set(['Red', 'Green', 'Blue'])] }),
  Level: Param.int({ validate: [Validate.range(1, 10)] }),
  Code: Param.string({ validate: [Validate.length(2, 4)] }),
  Tags: Param.stringArray({ validate: [Validate.count(1, 2)] }),
  Size: Param.int({ validate: [Validate.rangeKind('Positive')] }),
  Data: Param.hashtable(),
  Anything: Param.object(),
});

/** The GUID pattern of the Partner Center cart cmdlets, verbatim. */
export const GUID_PATTERN = '^(\\{){0,1}[0-9a-fA-F]{8}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{4}\\-[0-9a-fA-F]{12}(\\}){0,1}$';

/** A stand-in for the SDK's BillingCycleType (fixture only). */
export const BillingCycleType: PSEnumType = {
  fullName: 'Microsoft.Store.PartnerCenter.Models.Products.BillingCycleType',
  name: 'BillingCycleType',
  members: [['Unknown', 0], ['Monthly', 1], ['Annual', 2], ['None', 3], ['OneTime', 4]],
};

/** Mirrors New-PartnerCustomerCart (microsoft/Partner-Center-PowerShell, NewPartnerCustomerCart.cs). */
export const NewCart = fixture(
  'New-PartnerCustomerCart',
  'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart',
  {
    CustomerId: Param.string({ mandatory: true, helpMessage: 'The identifier of the customer.', validate: [Validate.pattern(GUID_PATTERN)] }),
    LineItems: Param.objectArray({ mandatory: true, helpMessage: 'A list of cart line items.', validate: [Validate.notNull()] }),
  },
  { supportsShouldProcess: true },
);

/** Mirrors New-PartnerCustomerCartLineItem (NewPartnerCustomerCartLineItem.cs). */
export const NewCartLineItem = fixture(
  'New-PartnerCustomerCartLineItem',
  'Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCartLineItem',
  {
    BillingCycle: Param.enum(BillingCycleType, { mandatory: true, validate: [Validate.set(['Annual', 'Monthly', 'None', 'OneTime'])] }),
    CatalogItemId: Param.string({ mandatory: true, validate: [Validate.notNullOrEmpty()] }),
    CustomerId: Param.string({ mandatory: true, validate: [Validate.pattern(GUID_PATTERN)] }),
    CurrencyCode: Param.string({ validate: [Validate.notNullOrEmpty()] }),
    FriendlyName: Param.string({ validate: [Validate.notNullOrEmpty()] }),
    OrderGroup: Param.string({ validate: [Validate.notNullOrEmpty()] }),
    ProvisioningContext: Param.hashtable({ validate: [Validate.notNull()] }),
    Quantity: Param.int({ validate: [Validate.notNull()] }),
  },
  { supportsShouldProcess: true },
);

/** A literal argument that would otherwise read as a parameter token. */
export class Literal {
  constructor(readonly value: unknown) {}
}

/** Entries of a splatted hashtable (`@h`). */
export class Splat {
  constructor(readonly entries: Readonly<Record<string, unknown>>) {}
}

function sourceOf(value: unknown): string {
  if (value === null) return '$null';
  if (typeof value === 'boolean') return value ? '$true' : '$false';
  if (typeof value === 'string') return value === '' ? "''" : value;
  if (Array.isArray(value)) return value.length === 0 ? '@()' : value.map(sourceOf).join(',');
  if (value instanceof Hashtable) return `@{${value.keys().map((k) => `${String(k)}=${sourceOf(value.get(k))}`).join(';')}}`;
  return String(value);
}

/** A command line: its arguments, the whole command's extent and a way to read an extent's text. */
export interface TestLine {
  readonly args: CommandArgument[];
  readonly extent: Extent;
  readonly source: SourceText;
}

/**
 * Builds CommandArguments the way the evaluator would: `'-Name'` is a parameter, `'-Name:'` takes the next item as
 * its attached value, anything else (or a {@link Literal}) is an argument, a {@link Splat} gives splatted names.
 */
export function line(commandName: string, ...items: readonly unknown[]): TestLine {
  const pieces: { text: string; build: (extent: Extent) => CommandArgument[] }[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (typeof item === 'string' && item.startsWith('-') && item.length > 1) {
      const colon = item.endsWith(':');
      const parameterName = item.slice(1, colon ? -1 : undefined);
      if (colon) {
        const value = items[++i];
        const valueText = sourceOf(value);
        pieces.push({
          text: `${item}${valueText}`,
          build: (extent) => {
            const valueExtent = slice(extent, item.length, item.length + valueText.length);
            const nameExtent = slice(extent, 0, item.length);
            return [{ kind: 'Parameter', parameterName, parameterText: item, extent: nameExtent, argument: { value, extent: valueExtent } }];
          },
        });
      } else {
        pieces.push({ text: item, build: (extent) => [{ kind: 'Parameter', parameterName, parameterText: item, extent }] });
      }
    } else if (item instanceof Splat) {
      pieces.push({
        text: '@splat',
        build: (extent) =>
          Object.entries(item.entries).map(([name, value]) => ({
            kind: 'Parameter' as const,
            parameterName: name,
            parameterText: `-${name}:`,
            extent,
            argument: { value, extent },
            fromSplatting: true,
          })),
      });
    } else {
      const value = item instanceof Literal ? item.value : item;
      pieces.push({ text: sourceOf(value), build: (extent) => [{ kind: 'Argument', value, extent }] });
    }
  }
  const text = [commandName, ...pieces.map((p) => p.text)].join(' ');
  const source: SourceText = { text };
  const whole = extentOf(source, 0, text.length);
  const args: CommandArgument[] = [];
  let offset = commandName.length + 1;
  for (const piece of pieces) {
    args.push(...piece.build(extentOf(source, offset, offset + piece.text.length)));
    offset += piece.text.length + 1;
  }
  return { args, extent: whole, source };
}

function extentOf(source: SourceText, start: number, end: number): Extent {
  return { source, startOffset: start, endOffset: end, startLine: 1, startColumn: start + 1, endLine: 1, endColumn: end + 1 };
}

function slice(extent: Extent, from: number, to: number): Extent {
  return extentOf(extent.source, extent.startOffset + from, extent.startOffset + to);
}

/** The source text an extent covers. */
export function textOf(extent: Extent | undefined): string | undefined {
  return extent === undefined ? undefined : extent.source.text.slice(extent.startOffset, extent.endOffset);
}

/** A host UI for tests: records what is written (answers are echoed, as a terminal does) and scripts the answers. */
export class FakeUI implements PSHostUserInterface {
  readonly rawUI = { bufferWidth: 120 };
  readonly supportsVirtualTerminal = false;
  transcript = '';
  private readonly answers: (string | null)[];

  constructor(
    readonly interactive: boolean,
    answers: readonly (string | null)[] = [],
  ) {
    this.answers = [...answers];
  }

  write(text: string): void {
    this.transcript += text;
  }
  writeLine(text = ''): void {
    this.transcript += `${text}\n`;
  }
  writeErrorLine(): void {}
  writeWarningLine(): void {}
  writeVerboseLine(): void {}
  writeDebugLine(): void {}
  async readLine(): Promise<string | null> {
    const answer = this.answers.shift();
    if (answer === undefined || answer === null) return null;
    this.transcript += `${answer}\n`;
    return answer;
  }
  async promptForCredential(): Promise<null> {
    throw new Error('FakeUI does not prompt for credentials');
  }

  async promptForChoice(_caption: string, _message: string, _choices: readonly ChoiceDescription[], _defaultChoice: number): Promise<number> {
    throw new Error('not used by the binder');
  }
}

/** Options of {@link bindLine}. */
export interface BindOptions {
  readonly ui?: FakeUI;
  readonly expectingPipelineInput?: boolean;
  readonly pipelinePosition?: number;
}

/** A binder for `type` with a test context; `line` supplies the command's extent. */
export function binderFor(type: CmdletClass, testLine: TestLine, options: BindOptions = {}): CmdletParameterBinder {
  const metadata = getCommandMetadata(type);
  const context: BindingContext = {
    invocationInfo: {
      myCommand: { name: metadata.name, commandType: 'Cmdlet', implementingType: type.cmdlet.implementingType },
      invocationName: metadata.name,
      extent: testLine.extent,
      pipelinePosition: options.pipelinePosition ?? 1,
      pipelineLength: options.pipelinePosition ?? 1,
    },
    ui: options.ui ?? new FakeUI(false),
    expectingPipelineInput: options.expectingPipelineInput ?? false,
  };
  return new CmdletParameterBinder(metadata, context);
}

/** Binds a command line: the binder, or the binding ErrorRecord it threw. */
export async function bindLine(
  type: CmdletClass,
  items: readonly unknown[],
  options: BindOptions = {},
): Promise<{ binder: CmdletParameterBinder; error: ErrorRecord | undefined; line: TestLine }> {
  const testLine = line(`${type.cmdlet.verb}-${type.cmdlet.noun}`, ...items);
  const binder = binderFor(type, testLine, options);
  try {
    await binder.bindCommandLine(testLine.args);
    return { binder, error: undefined, line: testLine };
  } catch (error) {
    if (error instanceof ParameterBindingException) return { binder, error: error.record, line: testLine };
    throw error;
  }
}

/** Binds and expects a failure; returns the ErrorRecord. */
export async function bindingError(type: CmdletClass, ...items: readonly unknown[]): Promise<ErrorRecord> {
  const { error } = await bindLine(type, items);
  if (error === undefined) throw new Error(`expected a binding error for ${items.map(String).join(' ')}`);
  return error;
}

/** Binds and expects success; returns the bound parameters. */
export async function bound(type: CmdletClass, ...items: readonly unknown[]): Promise<Readonly<Record<string, unknown>>> {
  const { binder, error } = await bindLine(type, items);
  if (error !== undefined) throw new Error(`unexpected binding error: ${error.exception.message}`);
  return binder.boundParameters;
}

/** What a binding failure must look like to the user. */
export interface ExpectedBindingError {
  readonly errorId: string;
  readonly message: string;
  /** Default InvalidArgument. */
  readonly category?: string;
  /** Default ParameterBindingException. */
  readonly exception?: string;
  /** The source text the error points at (the whole command when omitted). */
  readonly at?: string;
}

/** Checks errorId, FullyQualifiedErrorId, message, category, CategoryInfo, exception type and position. */
export function checkBindingError(type: CmdletClass, testLine: TestLine, error: ErrorRecord | undefined, expected: ExpectedBindingError): void {
  if (error === undefined) throw new Error(`expected ${expected.errorId}, but binding succeeded`);
  const category = expected.category ?? 'InvalidArgument';
  const exception = expected.exception ?? 'ParameterBindingException';
  const name = `${type.cmdlet.verb}-${type.cmdlet.noun}`;
  const actual = {
    errorId: error.errorId,
    fqid: error.fullyQualifiedErrorId,
    message: error.exception.message,
    category: error.category,
    categoryInfo: error.categoryInfo.getMessage(),
    exception: error.exception.typeName,
    target: error.targetObject,
    at: textOf(error.invocationInfo?.extent),
  };
  const wanted = {
    errorId: expected.errorId,
    fqid: `${expected.errorId},${type.cmdlet.implementingType}`,
    message: expected.message,
    category,
    categoryInfo: `${category}: (:) [${name}], ${exception}`,
    exception: `System.Management.Automation.${exception}`,
    target: null,
    at: expected.at ?? testLine.source.text,
  };
  if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
    throw new Error(`binding error differs:\n  actual: ${JSON.stringify(actual, null, 1)}\n  wanted: ${JSON.stringify(wanted, null, 1)}`);
  }
}
