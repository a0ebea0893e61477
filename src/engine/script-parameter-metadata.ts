/**
 * A script's or function's parameters as command metadata, so that the cmdlet binder binds them (pwsh's
 * ScriptBlock.ParameterMetadata, built by Compiler.GetParameterMetaData). A simple block (no `[CmdletBinding()]`,
 * no `[Parameter()]`) gets no common parameters; an advanced one gets them, and WhatIf/Confirm when it supports
 * ShouldProcess. Attribute arguments are evaluated once per block; the result is cached per AST.
 */
// pwsh: engine/parser/Compiler.cs (GetParameterMetaData, GetRuntimeDefinedParameter), engine/Attributes.cs.
import type { AttributeAst, ExpressionAst, ParamBlockAst, ParameterAst } from '../language/ast.js';
import type { CmdletDeclaration, ConfirmImpact } from './cmdlet.js';
import { compileCommandMetadata, type CommandMetadata } from './command-metadata.js';
import { toPSString } from './conversion.js';
import type { CommandIdentity, InvocationInfo } from './errors.js';
import type { StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { Validate, type ParameterDeclaration, type ParameterSetDeclaration, type ValidationAttribute } from './parameter-declaration.js';
import { resolveType } from './type-resolver.js';
import { PSTypes, type PSTypeInfo } from './type-info.js';

/** What is being bound: the parameters, and the command they belong to (for error records). */
export interface ScriptParameters {
  readonly parameters: readonly ParameterAst[];
  readonly paramBlock: ParamBlockAst | undefined;
  readonly command: CommandIdentity;
  readonly invocation: InvocationInfo;
}

/** `[Parameter()]`, `[System.Management.Automation.ParameterAttribute()]`… name the same attribute. */
const isNamed = (attribute: AttributeAst, ...names: string[]): boolean => {
  const name = attribute.typeName.toLowerCase().replace(/^system\.management\.automation\./, '').replace(/attribute$/, '');
  return names.includes(name);
};

const attributesOf = (parameter: ParameterAst): AttributeAst[] => parameter.attributes.filter((a): a is AttributeAst => a.kind === 'Attribute');

/** The `[type]` written on a parameter, if any. */
export function typeConstraint(parameter: ParameterAst): string | undefined {
  const constraint = parameter.attributes.find((a) => a.kind === 'TypeConstraint');
  return constraint?.kind === 'TypeConstraint' ? constraint.typeName : undefined;
}

/** True for `[switch]$x`. */
export function isSwitch(parameter: ParameterAst): boolean {
  const type = typeConstraint(parameter)?.toLowerCase();
  return type === 'switch' || type === 'switchparameter' || type === 'system.management.automation.switchparameter';
}

/** True when pwsh would treat the block as an advanced function or script (cmdlet binding). */
export function isAdvanced(target: Pick<ScriptParameters, 'parameters' | 'paramBlock'>): boolean {
  if (target.paramBlock?.attributes?.some((a) => isNamed(a, 'cmdletbinding')) === true) return true;
  return target.parameters.some((p) => attributesOf(p).some((a) => isNamed(a, 'parameter')));
}

async function attributeValues(attribute: AttributeAst, interpreter: Interpreter, routes: StreamRoutes): Promise<{ positional: unknown[]; named: Map<string, unknown> }> {
  const positional: unknown[] = [];
  for (const argument of attribute.positionalArguments) positional.push(await evaluateExpression(argument, interpreter, routes));
  const named = new Map<string, unknown>();
  for (const { name, value } of attribute.namedArguments) named.set(name.toLowerCase(), value === undefined ? true : await evaluateExpression(value as ExpressionAst, interpreter, routes));
  return { positional, named };
}

const flag = (named: Map<string, unknown>, key: string): boolean | undefined => (named.has(key) ? named.get(key) === true || toPSString(named.get(key)).toLowerCase() === 'true' : undefined);

/** The parameter's declared type: `[switch]` is SwitchParameter, an unknown or missing type is Object. */
export function parameterType(parameter: ParameterAst): PSTypeInfo {
  const constraint = typeConstraint(parameter);
  if (constraint === undefined) return PSTypes.Object;
  return isSwitch(parameter) ? PSTypes.SwitchParameter : (resolveType(constraint) ?? PSTypes.Object);
}

async function declareParameter(parameter: ParameterAst, interpreter: Interpreter, routes: StreamRoutes): Promise<{ declaration: ParameterDeclaration; explicitPosition: boolean }> {
  const sets: Record<string, ParameterSetDeclaration> = {};
  const aliases: string[] = [];
  const validate: ValidationAttribute[] = [];
  let explicitPosition = false;
  let allow = {};
  for (const attribute of attributesOf(parameter)) {
    const { positional, named } = await attributeValues(attribute, interpreter, routes);
    const strings = positional.flat().map((v) => toPSString(v));
    const errorMessage = named.has('errormessage') ? { errorMessage: toPSString(named.get('errormessage')) } : {};
    if (isNamed(attribute, 'parameter')) {
      const position = named.get('position');
      const setName = named.has('parametersetname') ? toPSString(named.get('parametersetname')) : '__AllParameterSets';
      // pwsh: Position or a set name turns off the automatic positions (Compiler's customParameterSet).
      if (position !== undefined || setName !== '__AllParameterSets') explicitPosition = true;
      const settings: ParameterSetDeclaration = {
        ...(flag(named, 'mandatory') === undefined ? {} : { mandatory: flag(named, 'mandatory') as boolean }),
        ...(position === undefined ? {} : { position: Number(position) }),
        ...(flag(named, 'valuefrompipeline') === undefined ? {} : { valueFromPipeline: flag(named, 'valuefrompipeline') as boolean }),
        ...(flag(named, 'valuefrompipelinebypropertyname') === undefined ? {} : { valueFromPipelineByPropertyName: flag(named, 'valuefrompipelinebypropertyname') as boolean }),
        ...(flag(named, 'valuefromremainingarguments') === undefined ? {} : { valueFromRemainingArguments: flag(named, 'valuefromremainingarguments') as boolean }),
        ...(named.has('helpmessage') ? { helpMessage: toPSString(named.get('helpmessage')) } : {}),
      };
      sets[setName] = settings;
    } else if (isNamed(attribute, 'alias')) aliases.push(...strings);
    else if (isNamed(attribute, 'validateset')) validate.push(Validate.set(strings, { ignoreCase: flag(named, 'ignorecase') ?? true, ...errorMessage }));
    else if (isNamed(attribute, 'validatepattern')) validate.push(Validate.pattern(strings[0] ?? '', errorMessage));
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
    type: parameterType(parameter),
    ...(all ?? {}),
    ...(parameterSets.length > 0 ? { parameterSets: Object.fromEntries(parameterSets.map((s) => [s, sets[s] as ParameterSetDeclaration])) } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(validate.length > 0 ? { validate } : {}),
    ...allow,
  };
  return { declaration, explicitPosition };
}

async function cmdletBinding(target: ScriptParameters, interpreter: Interpreter, routes: StreamRoutes): Promise<Pick<CmdletDeclaration, 'supportsShouldProcess' | 'confirmImpact' | 'defaultParameterSetName'>> {
  const attribute = target.paramBlock?.attributes?.find((a) => isNamed(a, 'cmdletbinding'));
  if (attribute === undefined) return {};
  const { named } = await attributeValues(attribute, interpreter, routes);
  return {
    supportsShouldProcess: flag(named, 'supportsshouldprocess') ?? false,
    confirmImpact: (named.has('confirmimpact') ? toPSString(named.get('confirmimpact')) : 'Medium') as ConfirmImpact,
    ...(named.has('defaultparametersetname') ? { defaultParameterSetName: toPSString(named.get('defaultparametersetname')) } : {}),
  };
}

const compiled = new WeakMap<object, CommandMetadata>();

/** Compiles a param block (or a function's inline parameters) into command metadata, once per block. */
export async function scriptMetadata(interpreter: Interpreter, target: ScriptParameters, routes: StreamRoutes): Promise<CommandMetadata> {
  const key = target.paramBlock ?? target.parameters;
  const cached = compiled.get(key);
  if (cached !== undefined) return cached;
  const declared = await Promise.all(target.parameters.map((p) => declareParameter(p, interpreter, routes)));
  // pwsh's automatic positions: without any explicit Position or set name, non-switch parameters are positional
  // in declaration order.
  const automatic = !declared.some((d) => d.explicitPosition);
  let next = 0;
  const parameters: Record<string, ParameterDeclaration> = {};
  target.parameters.forEach((parameter, index) => {
    const { declaration } = declared[index] as { declaration: ParameterDeclaration };
    const positional = automatic && declaration.type !== PSTypes.SwitchParameter;
    parameters[parameter.name.variablePath.name] = positional ? { ...declaration, position: next++ } : declaration;
  });
  const name = target.command.name;
  const declaration: CmdletDeclaration = { name, verb: name, noun: '', implementingType: name, ...(await cmdletBinding(target, interpreter, routes)) };
  const metadata = compileCommandMetadata(declaration, parameters, { commonParameters: isAdvanced(target) });
  compiled.set(key, metadata);
  return metadata;
}
