/**
 * Positional binding and parameter sets (pwsh's BindPositionalParameters, ValidateParameterSets,
 * VerifyParameterSetSelected, HandleRemainingArguments); reference powershell-semantics.md §1.4.
 */
import { describe, expect, it } from 'vitest';
import { Param } from '../../src/engine/parameter-declaration.js';
import { TestBinding, bindLine, checkBindingError, fixture, type ExpectedBindingError } from './binder-fixtures.js';

/** Two sets with a parameter at position 0 each; ByName is the default. */
const TestSets = fixture(
  'Test-Sets',
  'Pcsh.Tests.TestSetsCommand',
  {
    Name: Param.string({ parameterSets: { ByName: { mandatory: true, position: 0 } } }),
    Id: Param.int({ parameterSets: { ById: { mandatory: true, position: 0 } } }),
    Path: Param.string({ parameterSets: { ByPath: { mandatory: true } } }),
    Force: Param.switch(),
  },
  { defaultParameterSetName: 'ByName' },
);

/** The same sets without a declared default. */
const TestSetsNoDefault = fixture('Test-SetsNoDefault', 'Pcsh.Tests.TestSetsNoDefaultCommand', {
  Name: Param.string({ parameterSets: { ByName: { mandatory: true } } }),
  Id: Param.int({ parameterSets: { ById: { mandatory: true } } }),
  Tag: Param.string({ parameterSets: { ByName: {}, ById: {} } }),
  Extra: Param.string({ parameterSets: { ByExtra: {} } }),
});

/** ValueFromRemainingArguments after one positional parameter. */
const TestRemaining = fixture('Test-Remaining', 'Pcsh.Tests.TestRemainingCommand', {
  First: Param.string({ position: 0 }),
  Rest: Param.objectArray({ valueFromRemainingArguments: true }),
});

/** Two parameters at one position in one set: a declaration pwsh rejects when positional arguments arrive. */
const TestSamePosition = fixture('Test-SamePosition', 'Pcsh.Tests.TestSamePositionCommand', {
  A: Param.string({ position: 0 }),
  B: Param.string({ position: 0 }),
});

describe('binder: positional binding', () => {
  it.each<[string, unknown[], Record<string, unknown>]>([
    ['slots by ascending position', ['x', 5], { Name: 'x', Count: 5 }],
    ['a named argument takes its parameter out of the slots', ['-Name', 'x', 7], { Name: 'x', Count: 7 }],
    ['positional values are coerced in the last rounds', [5, '6'], { Name: '5', Count: 6 }],
  ])('%s', async (_title, items, expected) => {
    const { binder, error } = await bindLine(TestBinding, items);
    expect(error?.exception.message).toBeUndefined();
    expect(binder.boundParameters).toEqual(expected);
  });

  it.each<[string, unknown[], ExpectedBindingError]>([
    ['a leftover argument', ['x', 5, 'y'], { errorId: 'PositionalParameterNotFound',
      message: "A positional parameter cannot be found that accepts argument 'y'." }],
    ['a leftover $null', ['x', 5, null], { errorId: 'PositionalParameterNotFound',
      message: "A positional parameter cannot be found that accepts argument '$null'." }],
    ['a leftover array prints its type', ['x', 5, [1, 2]], { errorId: 'PositionalParameterNotFound',
      message: "A positional parameter cannot be found that accepts argument 'System.Object[]'." }],
    // VerifyArgumentsProcessed reports the conversion error that kept the positional argument unbound.
    ['a positional conversion failure is reported as such', ['x', 'abc'], { errorId: 'CannotConvertArgumentNoMessage', at: 'abc',
      message: 'Cannot bind parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."' }],
    ['an unknown name before a leftover is reported first', ['x', 5, '-Bogus', 'y'], { errorId: 'NamedParameterNotFound', at: '-Bogus',
      message: "A parameter cannot be found that matches parameter name 'Bogus'." }],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(TestBinding, items);
    checkBindingError(TestBinding, line, error, expected);
  });

  it('two parameters at one position in one set', async () => {
    const { error, line } = await bindLine(TestSamePosition, ['x']);
    checkBindingError(TestSamePosition, line, error, {
      errorId: 'AmbiguousPositionalParameterNoName',
      message: 'Cannot bind positional parameters because no names were given.',
    });
  });

  it.each<[string, unknown[], Record<string, unknown>]>([
    ['the remaining arguments are collected', ['a', 'b', 'c'], { First: 'a', Rest: ['b', 'c'] }],
    ['unknown parameter tokens are collected as typed', ['a', '-x', 'y'], { First: 'a', Rest: ['-x', 'y'] }],
    ['a single array is not wrapped again', ['a', ['b', 'c']], { First: 'a', Rest: ['b', 'c'] }],
  ])('ValueFromRemainingArguments: %s', async (_title, items, expected) => {
    const { binder, error } = await bindLine(TestRemaining, items);
    expect(error?.exception.message).toBeUndefined();
    expect(binder.boundParameters).toEqual(expected);
  });
});

describe('binder: parameter sets', () => {
  it.each<[string, unknown[], string, Record<string, unknown>]>([
    ['the default set is tried first for a positional string', ['x'], 'ByName', { Name: 'x' }],
    // Round 2 (other sets, no coercion): an Int32 value fits Id exactly.
    ['an int value selects the set where it fits without coercion', [5], 'ById', { Id: 5 }],
    ['a named parameter selects its set', ['-Path', 'p'], 'ByPath', { Path: 'p' }],
    ['named in its set plus a switch in all sets', ['-Id', 3, '-Force'], 'ById', { Id: 3, Force: true }],
  ])('%s', async (_title, items, setName, expected) => {
    const { binder, error } = await bindLine(TestSets, items);
    expect(error?.exception.message).toBeUndefined();
    expect(binder.parameterSetName).toBe(setName);
    expect(binder.boundParameters).toEqual(expected);
  });

  it.each<[string, unknown[], ExpectedBindingError]>([
    ['parameters of two sets', ['-Id', 1, '-Path', 'p'], { errorId: 'AmbiguousParameterSet',
      message: 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.' }],
    // ValidateParameterSets(false, true) latches onto the default set, whose mandatory Name is missing.
    ['only an all-sets switch: the default set is chosen', ['-Force'], { errorId: 'MissingMandatoryParameter',
      message: 'Cannot process command because of one or more missing mandatory parameters: Name.' }],
  ])('%s', async (_title, items, expected) => {
    const { error, line } = await bindLine(TestSets, items);
    checkBindingError(TestSets, line, error, expected);
  });

  it.each<[string, unknown[], string | ExpectedBindingError]>([
    // Without a default set, several valid sets are ambiguous unless only one has its mandatory parameters bound.
    // ResolveParameterSetAmbiguityBasedOnMandatoryParameters: ByExtra is the only set with no mandatory parameter.
    ['nothing given: the set without mandatory parameters', [], 'ByExtra'],
    ['a parameter shared by two sets', ['-Tag', 't'], { errorId: 'AmbiguousParameterSet',
      message: 'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.' }],
    ['the only set with no missing mandatory parameter is chosen', ['-Extra', 'e'], 'ByExtra'],
    ['mandatory Name bound: its set', ['-Name', 'n', '-Tag', 't'], 'ByName'],
  ])('no default set: %s', async (_title, items, expected) => {
    const { binder, error, line } = await bindLine(TestSetsNoDefault, items);
    if (typeof expected === 'string') {
      expect(error?.exception.message).toBeUndefined();
      expect(binder.parameterSetName).toBe(expected);
    } else {
      checkBindingError(TestSetsNoDefault, line, error, expected);
    }
  });
});
