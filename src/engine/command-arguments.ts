/**
 * Evaluating a command's argument elements into the binder's CommandArguments: `-Name`, `-Name:value`,
 * values, and splatting (`@hashtable` → named arguments moved to the end by the binder; `@array` →
 * positional values).
 */
import type { CommandElementAst } from '../language/ast.js';
import type { CommandArgument } from './binder.js';
import { toPSString } from './conversion.js';
import { AutomationNull, type StreamRoutes } from './execution-context.js';
import { evaluateExpression } from './expressions.js';
import type { Interpreter } from './interpreter.js';
import { Hashtable } from './ps-object.js';
import { parameterTokenName } from './splatted-parameters.js';

/** Evaluates argument elements (everything after the command name), left to right. */
export async function evaluateCommandArguments(elements: readonly CommandElementAst[], interpreter: Interpreter, routes: StreamRoutes): Promise<CommandArgument[]> {
  const result: CommandArgument[] = [];
  for (const element of elements) {
    if (element.kind === 'CommandParameter') {
      const { source, startOffset } = element.extent;
      // The token as typed: the dash (maybe an en dash), the name, and the colon of `-Name:value`.
      const parameterText = source.text.slice(startOffset, startOffset + 1 + element.parameterName.length) + (element.argument === undefined ? '' : ':');
      if (element.argument === undefined) {
        result.push({ kind: 'Parameter', parameterName: element.parameterName, parameterText, extent: element.extent });
      } else {
        const value = await evaluateExpression(element.argument, interpreter, routes);
        result.push({
          kind: 'Parameter',
          parameterName: element.parameterName,
          parameterText,
          extent: element.extent,
          argument: { value: value === AutomationNull ? null : value, extent: element.argument.extent },
        });
      }
      continue;
    }
    if (element.kind === 'VariableExpression' && element.splatted) {
      const value = interpreter.getVariable(element.variablePath);
      if (value instanceof Hashtable) {
        for (const [key, entry] of value) {
          const name = toPSString(key);
          result.push({ kind: 'Parameter', parameterName: name, parameterText: `-${name}:`, extent: element.extent, argument: { value: entry, extent: element.extent }, fromSplatting: true });
        }
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => {
          // `@args`: what was a `-Name` token for the caller is a parameter again (splatted-parameters.ts).
          const parameterName = typeof item === 'string' ? parameterTokenName(value, index) : undefined;
          if (parameterName === undefined) result.push({ kind: 'Argument', value: item, extent: element.extent, fromSplatting: true });
          else result.push({ kind: 'Parameter', parameterName, parameterText: item as string, extent: element.extent });
        });
      } else if (value !== null) {
        result.push({ kind: 'Argument', value, extent: element.extent, fromSplatting: true });
      }
      continue;
    }
    const value = await evaluateExpression(element, interpreter, routes);
    result.push({ kind: 'Argument', value: value === AutomationNull ? null : value, extent: element.extent });
  }
  return result;
}
