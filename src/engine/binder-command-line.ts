/**
 * The command-line phases before and after positional binding (pwsh's ParameterBinderController and
 * CmdletParameterBinderController): pair `-Name value`, bind named arguments, give leftovers to a
 * ValueFromRemainingArguments parameter, and report the first argument nothing took.
 */
import type { Extent } from '../language/ast.js';
import { argumentFor, type BindingArgument } from './binder-argument.js';
import type { BinderController } from './binder-controller.js';
import { setDataFor, type CompiledParameter } from './binder-metadata.js';
import { dotNetToString } from './binder-values.js';
import { typeName } from './conversion.js';
import { newParameterBindingException, withExtent, type ParameterBindingException } from './parameter-binding-exception.js';
import { matchParameter, stripDash } from './parameter-matching.js';
import { ParameterBinderStrings } from './strings/ParameterBinderStrings.js';

/**
 * The parameter a typed name designates, `undefined` when none does; throws AmbiguousParameter (pointing at the
 * parameter token) when several do.
 */
// pwsh: MergedCommandParameterMetadata.GetMatchingParameter(name, throwOnParameterNotFound: false, tryExactMatching: true).
export function matchingParameter(c: BinderController, typedName: string, parameterExtent: Extent | undefined): CompiledParameter | undefined {
  const match = matchParameter(c.metadata, typedName);
  if (match.kind === 'Found') return match.parameter;
  if (match.kind === 'NotFound') return undefined;
  throw newParameterBindingException({
    category: 'InvalidArgument',
    errorId: 'AmbiguousParameter',
    template: ParameterBinderStrings.AmbiguousParameter,
    invocationInfo: withExtent(c.invocationInfo, parameterExtent),
    parameterName: stripDash(typedName),
    args: [match.candidates],
  });
}

/** The parameter a named argument designates (undefined for an unnamed one or an unknown name). */
function parameterNamedBy(c: BinderController, argument: BindingArgument): CompiledParameter | undefined {
  return argument.parameterName === undefined ? undefined : matchingParameter(c, argument.parameterName, argument.parameterExtent);
}

/** ParameterAlreadyBound quotes the argument's parameter name as it stands (typed, or already the full name). */
function parameterAlreadyBound(c: BinderController, argument: BindingArgument): ParameterBindingException {
  return newParameterBindingException({
    category: 'InvalidArgument',
    errorId: 'ParameterAlreadyBound',
    template: ParameterBinderStrings.ParameterAlreadyBound,
    invocationInfo: c.invocationInfo,
    errorPosition: argument.parameterExtent,
    parameterName: argument.parameterName,
  });
}

function missingArgument(c: BinderController, argument: BindingArgument, parameter: CompiledParameter): ParameterBindingException {
  return newParameterBindingException({
    category: 'InvalidArgument',
    errorId: 'MissingArgument',
    template: ParameterBinderStrings.MissingArgument,
    invocationInfo: c.invocationInfo,
    errorPosition: argument.parameterExtent,
    parameterName: parameter.name,
    parameterType: parameter.shape.type.fullName,
  });
}

/**
 * Pairs each `-Name` that has no attached value with what follows: a switch takes nothing (`-Switch $false`
 * leaves `$false` positional); another parameter needs the next element, unless that is a known parameter (or
 * carries a colon value): MissingArgument. An unknown parameter-looking token becomes the value as typed.
 */
// pwsh: ParameterBinderController.ReparseUnboundArguments.
export function reparseUnboundArguments(c: BinderController, args: readonly BindingArgument[]): BindingArgument[] {
  const result: BindingArgument[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] as BindingArgument;
    const parameter = argument.argumentSpecified ? undefined : parameterNamedBy(c, argument);
    if (parameter === undefined) {
      result.push(argument);
      continue;
    }
    if (parameter.isSwitch) {
      // pwsh keeps the name as typed here, which is why ParameterAlreadyBound quotes `-wi` as 'wi'.
      argument.argumentSpecified = true;
      argument.value = true;
      result.push(argument);
      continue;
    }
    const next = args[index + 1];
    if (next === undefined) throw missingArgument(c, argument, parameter);
    if (next.parameterName !== undefined) {
      if (parameterNamedBy(c, next) !== undefined || next.argumentSpecified) {
        throw missingArgument(c, argument, parameter);
      }
      argument.value = next.parameterText;
      argument.argumentExtent = undefined;
    } else {
      argument.value = next.value;
      argument.argumentExtent = next.argumentExtent;
    }
    index++;
    argument.parameterName = parameter.name;
    argument.argumentSpecified = true;
    result.push(argument);
  }
  return result;
}

/** Binds every argument whose name matches a parameter; unknown names stay for the final check. */
// pwsh: ParameterBinderController.BindNamedParameters and CmdletParameterBinderController.BindNamedParameter.
export function bindNamedParameters(c: BinderController, args: readonly BindingArgument[]): BindingArgument[] {
  const result: BindingArgument[] = [];
  let boundExplicitly: ReadonlySet<string> | undefined;
  for (const argument of args) {
    const parameter = parameterNamedBy(c, argument);
    if (parameter === undefined) {
      result.push(argument);
      continue;
    }
    if (argument.fromHashtableSplatting) {
      // An explicit `-Name` supersedes the same name from a splatted hashtable.
      boundExplicitly ??= new Set(c.boundParameters.keys());
      if (boundExplicitly.has(parameter.name)) continue;
    }
    if (c.boundParameters.has(parameter.name)) throw parameterAlreadyBound(c, argument);
    c.bindParameter(argument, parameter, true);
  }
  return result;
}

/** Gives the leftover arguments (names as typed, and values) to the ValueFromRemainingArguments parameter. */
// pwsh: CmdletParameterBinderController.HandleRemainingArguments.
export function handleRemainingArguments(c: BinderController, args: readonly BindingArgument[]): readonly BindingArgument[] {
  if (args.length === 0 || !c.metadata.hasRemainingArgumentsParameter) return args;
  let varargs: CompiledParameter | undefined;
  for (const parameter of c.unboundParameters) {
    if (setDataFor(parameter, c.currentParameterSetFlag)?.valueFromRemainingArguments !== true) continue;
    if (varargs !== undefined) {
      throw newParameterBindingException({
        category: 'MetadataError',
        errorId: 'AmbiguousParameterSet',
        template: ParameterBinderStrings.AmbiguousParameterSet,
        invocationInfo: c.invocationInfo,
        parameterName: parameter.name,
        parameterType: parameter.shape.type.fullName,
      });
    }
    varargs = parameter;
  }
  if (varargs === undefined) return args;
  const values = remainingArgumentValues(args);
  const single = args.length === 1 ? (args[0] as BindingArgument) : undefined;
  const remaining = argumentFor(varargs.name, values, single?.argumentExtent);
  // `-Owners a,b`, `a b` and `a,b` all bind the same list.
  if (values.length === 1 && Array.isArray(values[0])) remaining.value = values[0];
  c.bindParameter(remaining, varargs, true);
  return [];
}

/**
 * The values of arguments nothing took, as a ValueFromRemainingArguments parameter or a script's `$args` gets them:
 * a parameter token as typed, then its value.
 */
// pwsh: CmdletParameterBinderController.HandleRemainingArguments and ScriptParameterBinderController's.
export function remainingArgumentValues(args: readonly BindingArgument[]): unknown[] {
  const values: unknown[] = [];
  for (const argument of args) {
    if (argument.parameterName !== undefined && argument.parameterText !== undefined) values.push(argument.parameterText);
    if (argument.argumentSpecified) values.push(argument.value);
  }
  return values;
}

/**
 * Reports the first argument nothing took: NamedParameterNotFound for a name, else the conversion error that kept
 * a positional argument from binding, else PositionalParameterNotFound.
 */
// pwsh: CmdletParameterBinderController.VerifyArgumentsProcessed.
export function verifyArgumentsProcessed(c: BinderController, args: readonly BindingArgument[], positionalException: ParameterBindingException | undefined): void {
  const argument = args[0];
  if (argument === undefined) return;
  const specifiedType = argument.argumentSpecified && argument.value !== null && argument.value !== undefined ? typeName(argument.value) : undefined;
  if (argument.parameterName !== undefined) {
    throw newParameterBindingException({
      category: 'InvalidArgument',
      errorId: 'NamedParameterNotFound',
      template: ParameterBinderStrings.NamedParameterNotFound,
      invocationInfo: c.invocationInfo,
      errorPosition: argument.parameterExtent,
      parameterName: argument.parameterName,
      typeSpecified: specifiedType,
    });
  }
  if (positionalException !== undefined) throw positionalException;
  throw newParameterBindingException({
    category: 'InvalidArgument',
    errorId: 'PositionalParameterNotFound',
    template: ParameterBinderStrings.PositionalParameterNotFound,
    invocationInfo: c.invocationInfo,
    parameterName: argument.value === null || argument.value === undefined ? '$null' : dotNetToString(argument.value),
    typeSpecified: specifiedType,
  });
}

/** Binds a prompted value by name (pwsh's ParameterBinderController.BindParameter with ThrowOnParameterNotFound). */
export function bindParameterByName(c: BinderController, name: string, value: unknown): void {
  const parameter = matchingParameter(c, name, undefined) as CompiledParameter;
  const argument = argumentFor(name, value, undefined);
  if (c.boundParameters.has(parameter.name)) throw parameterAlreadyBound(c, argument);
  c.bindParameter(argument, parameter, true);
}
