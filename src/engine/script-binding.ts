/**
 * Binding arguments to a script's or function's parameters, through the cmdlet binder in both of pwsh's modes:
 *
 * - A simple block (no `[CmdletBinding()]`, no `[Parameter()]`) binds as pwsh's ScriptParameterBinderController
 *   does: pairing, named and positional binding with conversion and validation, and what binds to nothing goes
 *   to `$args` (an unknown `-Name` as its text) instead of being an error.
 * - An advanced one binds like a cmdlet: mandatory parameters, parameter sets, common parameters, pipeline input
 *   per record. The common parameters then set the local preference variables, as pwsh's advanced functions do
 *   (CompiledScriptBlock.SetPreferenceVariables).
 *
 * Either way the parameters become variables of the block's scope, with `$PSBoundParameters` and `$args`.
 */
// pwsh: engine/scriptparameterbindercontroller.cs, CmdletParameterBinderController.cs, scriptparameterbinder.cs.
import type { ParameterAst } from '../language/ast.js';
import { CmdletParameterBinder, type CommandArgument } from './binder.js';
import type { CommandMetadata } from './command-metadata.js';
import { convertTo } from './conversion.js';
import type { ErrorRecord } from './errors.js';
import type { StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { Hashtable } from './ps-object.js';
import { isAdvanced, isSwitch, parameterType, scriptMetadata, type ScriptParameters } from './script-parameter-metadata.js';
import type { SessionStateScope } from './session-state.js';

export { isAdvanced, type ScriptParameters } from './script-parameter-metadata.js';

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

/** .NET's default value of a parameter type nothing was bound to and that has no default expression. */
// pwsh: Compiler.TryGetDefaultParameterValue (a [string] parameter is '', a value type its zero).
function typeDefault(parameter: ParameterAst): unknown {
  if (isSwitch(parameter)) return false;
  switch (parameterType(parameter).fullName) {
    case 'System.String':
      return '';
    case 'System.Boolean':
      return false;
    case 'System.Int32':
    case 'System.Int64':
    case 'System.Double':
    case 'System.Decimal':
    case 'System.Byte':
      return 0;
    default:
      return null;
  }
}

/** What a script's automatic variables get from binding. */
export interface BoundScriptArguments {
  /** `$args`: what bound to nothing (simple blocks; empty for advanced ones). */
  readonly args: unknown[];
  /** `$PSBoundParameters`: the parameters bound from the command line (and the current pipeline object). */
  readonly boundParameters: Hashtable;
}

/** One invocation's parameter binding: the command line once, then (advanced blocks) each pipeline input object. */
export class ScriptParameterBinder {
  /** The bound common parameters (`-Verbose`, `-OutVariable`…) of an advanced block, by canonical name. */
  readonly commonParameters: Record<string, unknown> = {};
  private readonly boundOnCommandLine = new Set<string>();
  private readonly defaults = new Map<string, unknown>();
  private readonly table = new Hashtable();

  private constructor(
    private readonly interpreter: Interpreter,
    private readonly target: ScriptParameters,
    readonly metadata: CommandMetadata,
    private readonly binder: CmdletParameterBinder,
    readonly advanced: boolean,
    private readonly routes: StreamRoutes,
  ) {}

  /** Compiles the block's parameters (once per block) and makes a binder for one invocation. */
  static async create(interpreter: Interpreter, target: ScriptParameters, routes: StreamRoutes, expectingPipelineInput: boolean): Promise<ScriptParameterBinder> {
    const metadata = await scriptMetadata(interpreter, target, routes);
    const advanced = isAdvanced(target);
    const binder = new CmdletParameterBinder(metadata, {
      invocationInfo: target.invocation,
      ui: interpreter.context.host.ui,
      expectingPipelineInput,
      scriptBinding: advanced ? 'Advanced' : 'Simple',
    });
    return new ScriptParameterBinder(interpreter, target, metadata, binder, advanced, routes);
  }

  /** The parameter set the binder chose (`__AllParameterSets` when there are none). */
  get parameterSetName(): string {
    return this.binder.parameterSetName;
  }

  /**
   * Binds the command line and defines, in `scope`, the parameters (bound values, then defaults in declaration
   * order, so that a default may use an earlier parameter) and, for an advanced block, the preference variables
   * its common parameters set. Returns the values of `$args` and `$PSBoundParameters`. Throws the binder's
   * ParameterBindingException.
   */
  async bindCommandLine(args: readonly CommandArgument[], scope: SessionStateScope): Promise<BoundScriptArguments> {
    let dollarArgs: unknown[] = [];
    if (this.advanced) await this.binder.bindCommandLine(args);
    else dollarArgs = this.binder.bindScriptCommandLine(args);
    const bound = this.binder.boundParameters;
    const state = this.interpreter.context.sessionState;
    for (const parameter of this.target.parameters) {
      const name = parameter.name.variablePath.name;
      if (bound[name] === undefined) continue;
      this.boundOnCommandLine.add(name);
      this.table.set(name, bound[name]);
      state.define(scope, name, bound[name]);
    }
    for (const parameter of this.target.parameters) {
      const name = parameter.name.variablePath.name;
      if (this.boundOnCommandLine.has(name)) continue;
      const value = await this.defaultValue(parameter);
      this.defaults.set(name, value);
      state.define(scope, name, value);
    }
    for (const parameter of this.metadata.parameters) {
      const value = bound[parameter.name];
      if (parameter.origin === 'Declared' || value === undefined) continue;
      this.commonParameters[parameter.name] = value;
      this.table.set(parameter.name, value);
      const preference = preferenceOf[parameter.name]?.(value);
      if (preference !== undefined) state.define(scope, preference[0], preference[1]);
    }
    return { args: dollarArgs, boundParameters: this.table };
  }

  /**
   * Binds one pipeline input object (advanced blocks only). Parameters it binds become variables (and
   * `$PSBoundParameters` entries) for this record; pipeline parameters it does not bind go back to their
   * defaults. Returns the ErrorRecord to write when the object does not bind.
   */
  // pwsh: CmdletParameterBinderController.BindPipelineParameters and RestoreDefaultParameterValues.
  async bindPipelineInput(input: unknown, scope: SessionStateScope): Promise<ErrorRecord | undefined> {
    if (!this.advanced) return undefined;
    const error = await this.binder.bindPipelineInput(input);
    if (error !== undefined) return error;
    const bound = this.binder.boundParameters;
    const state = this.interpreter.context.sessionState;
    for (const parameter of this.target.parameters) {
      const name = parameter.name.variablePath.name;
      if (this.boundOnCommandLine.has(name)) continue;
      if (bound[name] !== undefined) {
        this.table.set(name, bound[name]);
        state.define(scope, name, bound[name]);
      } else if (this.table.delete(name)) {
        state.define(scope, name, this.defaults.get(name) ?? null);
      }
    }
    return undefined;
  }

  /** A parameter's default expression, evaluated in the block's scope and converted to its type; else its type's default. */
  private async defaultValue(parameter: ParameterAst): Promise<unknown> {
    if (parameter.defaultValue === undefined) return typeDefault(parameter);
    const value = await evaluateExpression(parameter.defaultValue, this.interpreter, this.routes);
    const type = parameterType(parameter);
    return value === null || value === undefined || type.fullName === 'System.Object' ? value : convertTo(value, type);
  }
}

/**
 * Binds `args` and defines the parameter variables (and `$args`, `$PSBoundParameters`) in `scope`, for a script
 * run by `-File` or a script block run by a cmdlet. Returns the common parameters an advanced block was given.
 */
export async function bindScriptParameters(
  interpreter: Interpreter,
  target: ScriptParameters,
  args: readonly CommandArgument[],
  scope: SessionStateScope,
  routes: StreamRoutes,
): Promise<Readonly<Record<string, unknown>>> {
  const binder = await ScriptParameterBinder.create(interpreter, target, routes, false);
  const bound = await binder.bindCommandLine(args, scope);
  const state = interpreter.context.sessionState;
  state.define(scope, 'args', bound.args);
  state.define(scope, 'PSBoundParameters', bound.boundParameters);
  return binder.commonParameters;
}
