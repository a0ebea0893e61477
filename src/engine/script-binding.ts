/**
 * Binding arguments to a script's or function's parameters.
 *
 * - A simple `param()` block (no `[CmdletBinding()]`, no `[Parameter()]`) binds by name (unique prefix) and
 *   position; what is left over goes to `$args`, as pwsh does for simple functions.
 * - An advanced one is compiled into the same metadata a cmdlet declares and bound by the cmdlet binder, so
 *   mandatory parameters, validation attributes, parameter sets, common parameters and their error texts are
 *   pwsh's. The common parameters then set the local preference variables, as pwsh's advanced functions do
 *   (CompiledScriptBlock.SetPreferenceVariables).
 */
import type { AttributeAst, ExpressionAst, ParamBlockAst, ParameterAst } from '../language/ast.js';
import { CmdletParameterBinder, type CommandArgument } from './binder.js';
import type { CmdletDeclaration, ConfirmImpact } from './cmdlet.js';
import { compileCommandMetadata, type CommandMetadata } from './command-metadata.js';
import { convertTo, PSInvalidCastException, toPSString } from './conversion.js';
import { newParameterBindingException } from './parameter-binding-exception.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';
import type { CommandIdentity, InvocationInfo } from './errors.js';
import type { StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { Validate, type ParameterDeclaration, type ParameterSetDeclaration, type ValidationAttribute } from './parameter-declaration.js';
import { Hashtable } from './ps-object.js';
import type { SessionStateScope } from './session-state.js';
import { resolveType } from './type-resolver.js';
import { PSTypes, type PSTypeInfo } from './type-info.js';

/** What is being bound: the parameters, and the command they belong to (for error records). */
export interface ScriptParameters {
  readonly parameters: readonly ParameterAst[];
  readonly paramBlock: ParamBlockAst | undefined;
  readonly command: CommandIdentity;
  readonly invocation: InvocationInfo;
}

const isNamed = (attribute: AttributeAst, ...names: string[]): boolean => {
  const name = attribute.typeName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
  return names.includes(name);
};

const attributesOf = (parameter: ParameterAst): AttributeAst[] => parameter.attributes.filter((a): a is AttributeAst => a.kind === 'Attribute');

function typeConstraint(parameter: ParameterAst): string | undefined {
  const constraint = parameter.attributes.find((a) => a.kind === 'TypeConstraint');
  return constraint?.kind === 'TypeConstraint' ? constraint.typeName : undefined;
}

function isSwitch(parameter: ParameterAst): boolean {
  const type = typeConstraint(parameter)?.toLowerCase();
  return type === 'switch' || type === 'switchparameter' || type === 'system.management.automation.switchparameter';
}

/** True when pwsh would treat the block as an advanced function or script (cmdlet binding). */
export function isAdvanced(target: Pick<ScriptParameters, 'parameters' | 'paramBlock'>): boolean {
  if (target.paramBlock?.attributes?.some((a) => isNamed(a, 'cmdletbinding')) === true) return true;
  return target.parameters.some((p) => attributesOf(p).some((a) => isNamed(a, 'parameter')));
}

/**
 * Binds `args` and defines the parameter variables (and `$args`, `$PSBoundParameters`) in `scope`. Returns
 * the common parameters an advanced block was given (`-OutVariable`…), for the caller to apply.
 */
export async function bindScriptParameters(
  interpreter: Interpreter,
  target: ScriptParameters,
  args: readonly CommandArgument[],
  scope: SessionStateScope,
  routes: StreamRoutes,
): Promise<Readonly<Record<string, unknown>>> {
  if (isAdvanced(target)) return bindAdvanced(interpreter, target, args, scope, routes);
  await bindSimple(interpreter, target.parameters, args, scope, routes, target.invocation);
  return {};
}

/**
 * Defines a parameter's variable: the bound value, else its default, converted to its type constraint. A
 * bound value that does not convert is pwsh's argument-transformation error (reference §1.5).
 */
async function defineParameter(
  interpreter: Interpreter,
  parameter: ParameterAst,
  bound: boolean,
  value: unknown,
  scope: SessionStateScope,
  routes: StreamRoutes,
  invocation: InvocationInfo,
): Promise<void> {
  let result = value;
  if (!bound) result = parameter.defaultValue === undefined ? (isSwitch(parameter) ? false : null) : await evaluateExpression(parameter.defaultValue, interpreter, routes);
  const constraint = typeConstraint(parameter);
  const type = constraint === undefined ? undefined : resolveType(constraint);
  if (type !== undefined && result !== null && result !== undefined) {
    try {
      result = convertTo(result, type);
    } catch (error) {
      if (!bound || !(error instanceof PSInvalidCastException)) throw error;
      throw newParameterBindingException({
        kind: 'ParameterBindingArgumentTransformationException',
        category: 'InvalidData',
        errorId: 'ParameterArgumentTransformationError',
        template: ParameterBinderStrings.ParameterArgumentTransformationError,
        invocationInfo: invocation,
        parameterName: parameter.name.variablePath.name,
        parameterType: type.fullName,
        args: [error.message],
        innerException: error,
      });
    }
  }
  interpreter.context.sessionState.define(scope, parameter.name.variablePath.name, result);
}

// ---------------------------------------------------------------------------------------------
// Simple parameters

async function bindSimple(
  interpreter: Interpreter,
  parameters: readonly ParameterAst[],
  args: readonly CommandArgument[],
  scope: SessionStateScope,
  routes: StreamRoutes,
  invocation: InvocationInfo,
): Promise<void> {
  const values = new Map<ParameterAst, unknown>();
  const rest: unknown[] = [];
  const positional: unknown[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as CommandArgument;
    if (arg.kind === 'Argument') {
      positional.push(arg.value);
      continue;
    }
    const lower = arg.parameterName.toLowerCase();
    const matches = parameters.filter((p) => p.name.variablePath.name.toLowerCase().startsWith(lower));
    const parameter = matches.find((p) => p.name.variablePath.name.toLowerCase() === lower) ?? (matches.length === 1 ? matches[0] : undefined);
    if (parameter === undefined) {
      // Simple functions pass unknown parameters on in $args, as their text (pwsh's behaviour).
      rest.push(arg.parameterText);
      if (arg.argument !== undefined) rest.push(arg.argument.value);
      continue;
    }
    if (arg.argument !== undefined) values.set(parameter, arg.argument.value);
    else if (isSwitch(parameter)) values.set(parameter, true);
    else if (args[i + 1]?.kind === 'Argument') values.set(parameter, (args[++i] as { readonly value: unknown }).value);
    else values.set(parameter, null);
  }
  for (const parameter of parameters) {
    if (!values.has(parameter) && !isSwitch(parameter) && positional.length > 0) values.set(parameter, positional.shift());
  }
  rest.push(...positional);
  const bound = new Hashtable();
  for (const parameter of parameters) {
    const isBound = values.has(parameter);
    if (isBound) bound.set(parameter.name.variablePath.name, values.get(parameter));
    await defineParameter(interpreter, parameter, isBound, values.get(parameter), scope, routes, invocation);
  }
  const state = interpreter.context.sessionState;
  state.define(scope, 'args', rest);
  state.define(scope, 'PSBoundParameters', bound);
}

// ---------------------------------------------------------------------------------------------
// Advanced parameters

const compiled = new WeakMap<object, CommandMetadata>();

async function attributeValues(attribute: AttributeAst, interpreter: Interpreter, routes: StreamRoutes): Promise<{ positional: unknown[]; named: Map<string, unknown> }> {
  const positional: unknown[] = [];
  for (const argument of attribute.positionalArguments) positional.push(await evaluateExpression(argument, interpreter, routes));
  const named = new Map<string, unknown>();
  for (const { name, value } of attribute.namedArguments) named.set(name.toLowerCase(), value === undefined ? true : await evaluateExpression(value as ExpressionAst, interpreter, routes));
  return { positional, named };
}

const flag = (named: Map<string, unknown>, key: string): boolean | undefined => (named.has(key) ? named.get(key) === true || toPSString(named.get(key)).toLowerCase() === 'true' : undefined);

async function declareParameter(parameter: ParameterAst, interpreter: Interpreter, routes: StreamRoutes): Promise<{ declaration: ParameterDeclaration; explicitPosition: boolean }> {
  const constraint = typeConstraint(parameter);
  const type: PSTypeInfo = constraint === undefined ? PSTypes.Object : isSwitch(parameter) ? PSTypes.SwitchParameter : (resolveType(constraint) ?? PSTypes.Object);
  const sets: Record<string, ParameterSetDeclaration> = {};
  const aliases: string[] = [];
  const validate: ValidationAttribute[] = [];
  let explicitPosition = false;
  let allow = {};
  for (const attribute of attributesOf(parameter)) {
    const { positional, named } = await attributeValues(attribute, interpreter, routes);
    const strings = positional.flat().map((v) => toPSString(v));
    if (isNamed(attribute, 'parameter')) {
      const position = named.get('position');
      if (position !== undefined) explicitPosition = true;
      const settings: ParameterSetDeclaration = {
        ...(flag(named, 'mandatory') === undefined ? {} : { mandatory: flag(named, 'mandatory') as boolean }),
        ...(position === undefined ? {} : { position: Number(position) }),
        ...(flag(named, 'valuefrompipeline') === undefined ? {} : { valueFromPipeline: flag(named, 'valuefrompipeline') as boolean }),
        ...(flag(named, 'valuefrompipelinebypropertyname') === undefined ? {} : { valueFromPipelineByPropertyName: flag(named, 'valuefrompipelinebypropertyname') as boolean }),
        ...(flag(named, 'valuefromremainingarguments') === undefined ? {} : { valueFromRemainingArguments: flag(named, 'valuefromremainingarguments') as boolean }),
        ...(named.has('helpmessage') ? { helpMessage: toPSString(named.get('helpmessage')) } : {}),
      };
      sets[named.has('parametersetname') ? toPSString(named.get('parametersetname')) : '__AllParameterSets'] = settings;
    } else if (isNamed(attribute, 'alias')) aliases.push(...strings);
    else if (isNamed(attribute, 'validateset')) validate.push(Validate.set(strings, { ignoreCase: flag(named, 'ignorecase') ?? true }));
    else if (isNamed(attribute, 'validatepattern')) validate.push(Validate.pattern(strings[0] ?? ''));
    else if (isNamed(attribute, 'validatenotnull')) validate.push(Validate.notNull());
    else if (isNamed(attribute, 'validatenotnullorempty')) validate.push(Validate.notNullOrEmpty());
    else if (isNamed(attribute, 'validaterange')) validate.push(Validate.range(Number(positional[0]), Number(positional[1])));
    else if (isNamed(attribute, 'validatelength')) validate.push(Validate.length(Number(positional[0]), Number(positional[1])));
    else if (isNamed(attribute, 'validatecount')) validate.push(Validate.count(Number(positional[0]), Number(positional[1])));
    else if (isNamed(attribute, 'allownull')) allow = { ...allow, allowNull: true };
    else if (isNamed(attribute, 'allowemptystring')) allow = { ...allow, allowEmptyString: true };
    else if (isNamed(attribute, 'allowemptycollection')) allow = { ...allow, allowEmptyCollection: true };
  }
  const all = sets.__AllParameterSets;
  const parameterSets = Object.keys(sets).filter((s) => s !== '__AllParameterSets');
  const declaration: ParameterDeclaration = {
    type,
    ...(all ?? {}),
    ...(parameterSets.length > 0 ? { parameterSets: Object.fromEntries(parameterSets.map((s) => [s, sets[s] as ParameterSetDeclaration])) } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(validate.length > 0 ? { validate } : {}),
    ...allow,
  };
  return { declaration, explicitPosition };
}

/** Compiles an advanced param block into cmdlet metadata (once per block). */
async function advancedMetadata(interpreter: Interpreter, target: ScriptParameters, routes: StreamRoutes): Promise<CommandMetadata> {
  const key = target.paramBlock ?? target.parameters;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const declared = await Promise.all(target.parameters.map((p) => declareParameter(p, interpreter, routes)));
  // pwsh's PositionalBinding: without any explicit Position, parameters are positional in declaration order.
  const anyExplicit = declared.some((d) => d.explicitPosition);
  let next = 0;
  const parameters: Record<string, ParameterDeclaration> = {};
  target.parameters.forEach((parameter, index) => {
    const { declaration } = declared[index] as { declaration: ParameterDeclaration };
    const positional = !anyExplicit && declaration.type !== PSTypes.SwitchParameter && declaration.parameterSets === undefined;
    parameters[parameter.name.variablePath.name] = positional ? { ...declaration, position: next++ } : declaration;
  });
  let binding = { supportsShouldProcess: false, confirmImpact: 'Medium' as ConfirmImpact, defaultParameterSetName: undefined as string | undefined };
  const cmdletBinding = target.paramBlock?.attributes?.find((a) => isNamed(a, 'cmdletbinding'));
  if (cmdletBinding !== undefined) {
    const { named } = await attributeValues(cmdletBinding, interpreter, routes);
    binding = {
      supportsShouldProcess: flag(named, 'supportsshouldprocess') ?? false,
      confirmImpact: (named.has('confirmimpact') ? toPSString(named.get('confirmimpact')) : 'Medium') as ConfirmImpact,
      defaultParameterSetName: named.has('defaultparametersetname') ? toPSString(named.get('defaultparametersetname')) : undefined,
    };
  }
  const declaration: CmdletDeclaration = {
    name: target.command.name,
    verb: target.command.name,
    noun: '',
    implementingType: target.command.name,
    supportsShouldProcess: binding.supportsShouldProcess,
    confirmImpact: binding.confirmImpact,
    ...(binding.defaultParameterSetName === undefined ? {} : { defaultParameterSetName: binding.defaultParameterSetName }),
  };
  const metadata = compileCommandMetadata(declaration, parameters);
  compiled.set(key, metadata);
  return metadata;
}

/** The local preference variables an advanced function's common parameters set. */
const preferenceOf: Readonly<Record<string, (value: unknown) => [string, unknown] | undefined>> = {
  Verbose: (v) => ['VerbosePreference', v === true ? 'Continue' : 'SilentlyContinue'],
  Debug: (v) => ['DebugPreference', v === true ? 'Continue' : 'SilentlyContinue'],
  ErrorAction: (v) => ['ErrorActionPreference', v],
  WarningAction: (v) => ['WarningPreference', v],
  InformationAction: (v) => ['InformationPreference', v],
  WhatIf: (v) => ['WhatIfPreference', v === true],
  Confirm: (v) => ['ConfirmPreference', v === true ? 'Low' : 'None'],
};

async function bindAdvanced(interpreter: Interpreter, target: ScriptParameters, args: readonly CommandArgument[], scope: SessionStateScope, routes: StreamRoutes): Promise<Readonly<Record<string, unknown>>> {
  const metadata = await advancedMetadata(interpreter, target, routes);
  const binder = new CmdletParameterBinder(metadata, { invocationInfo: target.invocation, ui: interpreter.context.host.ui, expectingPipelineInput: false });
  await binder.bindCommandLine(args);
  const bound = binder.boundParameters;
  const state = interpreter.context.sessionState;
  const table = new Hashtable();
  for (const parameter of target.parameters) {
    const name = parameter.name.variablePath.name;
    const isBound = Object.prototype.hasOwnProperty.call(bound, name) && bound[name] !== undefined;
    if (isBound) table.set(name, bound[name]);
    await defineParameter(interpreter, parameter, isBound, bound[name], scope, routes, target.invocation);
  }
  const common: Record<string, unknown> = {};
  for (const parameter of metadata.parameters) {
    const value = bound[parameter.name];
    if (parameter.origin === 'Declared' || value === undefined) continue;
    common[parameter.name] = value;
    table.set(parameter.name, value);
    const preference = preferenceOf[parameter.name]?.(value);
    if (preference !== undefined) state.define(scope, preference[0], preference[1]);
  }
  state.define(scope, 'args', []);
  state.define(scope, 'PSBoundParameters', table);
  return common;
}
