import { PSCmdlet } from '../../engine/cmdlet.js';
import { isTrue, toPSString } from '../../engine/conversion.js';
import type { BinaryOperator } from '../../language/ast.js';
import { getMember } from '../../engine/members.js';
import { binaryOperation } from '../../engine/operators/index.js';
import { Param, type BoundParameters, type ParameterDeclaration, type ParameterDeclarations } from '../../engine/parameter-declaration.js';
import { ScriptBlock } from '../../engine/script-block.js';

/**
 * Where-Object's comparison switches in pwsh's declaration order (InternalCommands.cs), each with its
 * parameter set, its case-insensitive alias and the operator it applies.
 */
const comparisons = [
  ['EQ', 'EqualSet', 'IEQ', '-ieq'],
  ['CEQ', 'CaseSensitiveEqualSet', undefined, '-ceq'],
  ['NE', 'NotEqualSet', 'INE', '-ine'],
  ['CNE', 'CaseSensitiveNotEqualSet', undefined, '-cne'],
  ['GT', 'GreaterThanSet', 'IGT', '-igt'],
  ['CGT', 'CaseSensitiveGreaterThanSet', undefined, '-cgt'],
  ['LT', 'LessThanSet', 'ILT', '-ilt'],
  ['CLT', 'CaseSensitiveLessThanSet', undefined, '-clt'],
  ['GE', 'GreaterOrEqualSet', 'IGE', '-ige'],
  ['CGE', 'CaseSensitiveGreaterOrEqualSet', undefined, '-cge'],
  ['LE', 'LessOrEqualSet', 'ILE', '-ile'],
  ['CLE', 'CaseSensitiveLessOrEqualSet', undefined, '-cle'],
  ['Like', 'LikeSet', 'ILike', '-ilike'],
  ['CLike', 'CaseSensitiveLikeSet', undefined, '-clike'],
  ['NotLike', 'NotLikeSet', 'INotLike', '-inotlike'],
  ['CNotLike', 'CaseSensitiveNotLikeSet', undefined, '-cnotlike'],
  ['Match', 'MatchSet', 'IMatch', '-imatch'],
  ['CMatch', 'CaseSensitiveMatchSet', undefined, '-cmatch'],
  ['NotMatch', 'NotMatchSet', 'INotMatch', '-inotmatch'],
  ['CNotMatch', 'CaseSensitiveNotMatchSet', undefined, '-cnotmatch'],
  ['Contains', 'ContainsSet', 'IContains', '-icontains'],
  ['CContains', 'CaseSensitiveContainsSet', undefined, '-ccontains'],
  ['NotContains', 'NotContainsSet', 'INotContains', '-inotcontains'],
  ['CNotContains', 'CaseSensitiveNotContainsSet', undefined, '-cnotcontains'],
  ['In', 'InSet', 'IIn', '-iin'],
  ['CIn', 'CaseSensitiveInSet', undefined, '-cin'],
  ['NotIn', 'NotInSet', 'INotIn', '-inotin'],
  ['CNotIn', 'CaseSensitiveNotInSet', undefined, '-cnotin'],
  ['Is', 'IsSet', undefined, '-is'],
  ['IsNot', 'IsNotSet', undefined, '-isnot'],
] as const satisfies readonly (readonly [string, string, string | undefined, BinaryOperator])[];

const comparisonSets = comparisons.map(([, set]) => set);

function switches(): Record<string, ParameterDeclaration> {
  const result: Record<string, ParameterDeclaration> = {};
  for (const [name, set, alias] of comparisons) {
    // EQ is optional in the default set: `Where-Object Name Value` means -EQ.
    const settings = name === 'EQ' ? {} : { mandatory: true };
    result[name] = Param.switch({ ...(alias === undefined ? {} : { aliases: [alias] }), parameterSets: { [set]: settings } });
  }
  result.Not = Param.switch({ parameterSets: { Not: { mandatory: true } } });
  return result;
}

const parameters = {
  InputObject: Param.psObject({ valueFromPipeline: true }),
  FilterScript: Param.scriptBlock({ parameterSets: { ScriptBlockSet: { mandatory: true, position: 0 } } }),
  Property: Param.string({ parameterSets: Object.fromEntries([...comparisonSets, 'Not'].map((set) => [set, { mandatory: true, position: 0 }])) }),
  Value: Param.object({ parameterSets: Object.fromEntries(comparisonSets.map((set) => [set, { position: 1 }])) }),
  ...switches(),
} satisfies ParameterDeclarations;

/** Where-Object: passes on the input objects for which a script block or a property comparison holds. */
export class WhereObject extends PSCmdlet {
  static readonly cmdlet = { verb: 'Where', noun: 'Object', defaultParameterSetName: 'EqualSet', implementingType: 'Microsoft.PowerShell.Commands.WhereObjectCommand' } as const;

  static readonly parameters = parameters;

  override async processRecord(p: BoundParameters<typeof WhereObject>): Promise<void> {
    const input = p.InputObject;
    if (input === undefined) return;
    if (p.FilterScript instanceof ScriptBlock) {
      const result = await this.commandRuntime.invokeScriptBlock(p.FilterScript, { dollarUnder: input });
      if (isTrue(result.length === 1 ? result[0] : result)) this.writeObject(input);
      return;
    }
    const property = getMember(input, toPSString(p.Property));
    const set = this.parameterSetName;
    if (set === 'Not') {
      if (!isTrue(property)) this.writeObject(input);
      return;
    }
    const comparison = comparisons.find(([, name]) => name === set);
    if (set === 'EqualSet' && p.Value === undefined && (p as Readonly<Record<string, unknown>>).EQ !== true) {
      if (isTrue(property)) this.writeObject(input);
      return;
    }
    const operator: BinaryOperator = comparison?.[3] ?? '-ieq';
    if (isTrue(binaryOperation(operator, property, p.Value ?? null, { setMatches: () => undefined }))) this.writeObject(input);
  }
}
