/**
 * Pipeline input binding (pwsh's CmdletParameterBinderController.BindPipelineParameters and CommandProcessor.Read):
 * ValueFromPipeline without then with coercion, ByPropertyName (names, then aliases), per-record bindings, set
 * narrowing, and the non-terminating errors pwsh writes for an input object that cannot be bound.
 */
import { describe, expect, it } from 'vitest';
import { ParameterBindingException } from '../../src/engine/binder.js';
import { Param, Validate } from '../../src/engine/parameter-declaration.js';
import { PSObject } from '../../src/engine/ps-object.js';
import { binderFor, fixture, line, textOf } from './binder-fixtures.js';

const TestPipe = fixture('Test-Pipe', 'Pcsh.Tests.TestPipeCommand', {
  Name: Param.string({ mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true }),
  Size: Param.int({ valueFromPipelineByPropertyName: true, aliases: ['Length'] }),
  Code: Param.string({ valueFromPipelineByPropertyName: true, validate: [Validate.pattern('^a')] }),
});

const TestPipeByName = fixture('Test-PipeByName', 'Pcsh.Tests.TestPipeByNameCommand', {
  Name: Param.string({ mandatory: true, valueFromPipelineByPropertyName: true }),
  Id: Param.int({ mandatory: true, valueFromPipelineByPropertyName: true }),
});

const TestPipeSets = fixture(
  'Test-PipeSets',
  'Pcsh.Tests.TestPipeSetsCommand',
  {
    Text: Param.string({ parameterSets: { ByString: { mandatory: true, valueFromPipeline: true } } }),
    Number: Param.int({ parameterSets: { ByNumber: { mandatory: true, valueFromPipeline: true } } }),
  },
  { defaultParameterSetName: 'ByString' },
);

async function pipelineBinder(type: typeof TestPipe, ...commandLine: unknown[]) {
  const testLine = line(`${type.cmdlet.verb}-${type.cmdlet.noun}`, ...commandLine);
  const binder = binderFor(type, testLine, { expectingPipelineInput: true, pipelinePosition: 2 });
  await binder.bindCommandLine(testLine.args);
  return { binder, testLine };
}

describe('binder: pipeline input', () => {
  it.each<[string, unknown, Record<string, unknown>]>([
    // A string's own Length property binds Size through its alias (pwsh binds by property name from any object's
    // properties: ParameterBinding.Tests.ps1, 'Parameter binding failure on Parameter1 ... on Length').
    ['a string binds ValueFromPipeline without coercion', 'abc', { Name: 'abc', Size: 3 }],
    ['properties bind by name, with coercion in the last round', PSObject.custom({ Name: 'n', Size: '5' }), { Name: 'n', Size: 5 }],
    ['a property named like an alias binds', PSObject.custom({ Name: 'n', Length: 3 }), { Name: 'n', Size: 3 }],
    ['a number binds ValueFromPipeline after coercion', 5, { Name: '5' }],
  ])('%s', async (_title, input, expected) => {
    const { binder } = await pipelineBinder(TestPipe);
    expect(await binder.bindPipelineInput(input)).toBeUndefined();
    expect(binder.boundParameters).toEqual(expected);
  });

  it('bindings last for one record', async () => {
    const { binder } = await pipelineBinder(TestPipe);
    await binder.bindPipelineInput(PSObject.custom({ Name: 'n', Size: 1 }));
    expect(binder.boundParameters).toEqual({ Name: 'n', Size: 1 });
    await binder.bindPipelineInput(7);
    expect(binder.boundParameters).toEqual({ Name: '7' });
  });

  it('command-line values stay for every record', async () => {
    const { binder } = await pipelineBinder(TestPipe, '-Size', 9);
    await binder.bindPipelineInput('a');
    expect(binder.boundParameters).toEqual({ Size: 9, Name: 'a' });
  });

  it.each<[string, unknown, string]>([
    // ValidateParameterSets narrows per record; the default set is tried first.
    ['a string takes the default set', 'x', 'ByString'],
    ['an int fits the other set without coercion', 5, 'ByNumber'],
  ])('parameter sets: %s', async (_title, input, setName) => {
    const { binder } = await pipelineBinder(TestPipeSets);
    expect(await binder.bindPipelineInput(input)).toBeUndefined();
    expect(binder.parameterSetName).toBe(setName);
  });

  it('a mandatory parameter that takes pipeline input is not required before input arrives', async () => {
    const { binder } = await pipelineBinder(TestPipe);
    expect(binder.boundParameters).toEqual({});
  });

  it.each<[string, typeof TestPipe, unknown, string, string, string]>([
    ['an object nothing binds', TestPipeByName, 'plain', 'InputObjectNotBound', 'ParameterBindingException',
      'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.'],
    // {6} is " Id", so pwsh's text has two spaces after the colon.
    ['a mandatory property missing', TestPipeByName, PSObject.custom({ Name: 'x' }), 'InputObjectMissingMandatory', 'ParameterBindingException',
      'The input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  Id'],
    ['a property failing validation', TestPipe, PSObject.custom({ Name: 'n', Code: 'b' }), 'ParameterArgumentValidationError', 'ParameterBindingValidationException',
      'Cannot validate argument on parameter \'Code\'. The argument "b" does not match the "^a" pattern. Supply an argument that matches "^a" and try the command again.'],
  ])('%s: a non-terminating error whose target is the input', async (_title, type, input, errorId, exception, message) => {
    const { binder, testLine } = await pipelineBinder(type);
    const error = await binder.bindPipelineInput(input);
    expect({
      fqid: error?.fullyQualifiedErrorId,
      message: error?.exception.message,
      exception: error?.exception.typeName,
      target: error?.targetObject,
      at: textOf(error?.invocationInfo?.extent),
    }).toEqual({
      fqid: `${errorId},${type.cmdlet.implementingType}`,
      message,
      exception: `System.Management.Automation.${exception}`,
      target: input,
      at: testLine.source.text,
    });
  });

  it('without pipeline input, a missing mandatory parameter fails at the command line', async () => {
    const testLine = line('Test-Pipe');
    const binder = binderFor(TestPipe, testLine);
    const failure = await binder.bindCommandLine(testLine.args).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParameterBindingException);
    expect((failure as ParameterBindingException).record.exception.message).toBe(
      'Cannot process command because of one or more missing mandatory parameters: Name.',
    );
  });
});
