/**
 * The interactive prompt for missing mandatory parameters (reference powershell-semantics.md §1.8; pwsh's
 * CmdletParameterBinderController.PromptForMissingMandatoryParameters and ConsoleHostUserInterfacePrompt.cs).
 * The fake UI echoes each answer followed by a newline, as a terminal does.
 */
import { describe, expect, it } from 'vitest';
import { PSException } from '../../src/engine/errors.js';
import { Param } from '../../src/engine/parameter-declaration.js';
import { FakeUI, NewCart, bindLine, checkBindingError, fixture } from './binder-fixtures.js';

const TestPrompt = fixture('Test-Prompt', 'Pcsh.Tests.TestPromptCommand', {
  Path: Param.string({ mandatory: true, helpMessage: 'The path to use.' }),
  Count: Param.int({ mandatory: true }),
  Names: Param.stringArray({ mandatory: true }),
});

const TestPromptNoHelp = fixture('Test-PromptNoHelp', 'Pcsh.Tests.TestPromptNoHelpCommand', {
  Name: Param.string({ mandatory: true }),
});

const HEADER = '\ncmdlet Test-Prompt at command pipeline position 1\nSupply values for the following parameters:\n(Type !? for Help.)\n';

describe('binder: mandatory parameter prompt', () => {
  it.each<[string, (string | null)[], string, Record<string, unknown>]>([
    ['one answer per field; a collection until an empty line', ['a.txt', '5', 'x', 'y', ''],
      `${HEADER}Path: a.txt\nCount: 5\nNames[0]: x\nNames[1]: y\nNames[2]: \n`, { Path: 'a.txt', Count: 5, Names: ['x', 'y'] }],
    ['!? shows the help message and asks again', ['!?', 'a.txt', '1', 'x', ''],
      `${HEADER}Path: !?\nThe path to use.\nPath: a.txt\nCount: 1\nNames[0]: x\nNames[1]: \n`, { Path: 'a.txt', Count: 1, Names: ['x'] }],
    ['!? without a help message', ['p', '!?', '1', 'x', ''],
      `${HEADER}Path: p\nCount: !?\nNo help is available for Count.\nCount: 1\nNames[0]: x\nNames[1]: \n`, { Path: 'p', Count: 1, Names: ['x'] }],
    ['a number that does not parse is asked again', ['p', 'abc', '2', 'x', ''],
      `${HEADER}Path: p\nCount: abc\nCannot recognize "abc" as a System.Int32 due to a format error.\nCount: 2\nNames[0]: x\nNames[1]: \n`, { Path: 'p', Count: 2, Names: ['x'] }],
    ['an unknown prompt command is asked again', ['!x', 'p', '3', 'x', ''],
      `${HEADER}Path: !x\n"!x" cannot be recognized as a valid Prompt command.\nPath: p\nCount: 3\nNames[0]: x\nNames[1]: \n`, { Path: 'p', Count: 3, Names: ['x'] }],
    ['!! escapes a literal !', ['!!x', '4', 'y', ''],
      `${HEADER}Path: !!x\nCount: 4\nNames[0]: y\nNames[1]: \n`, { Path: '!x', Count: 4, Names: ['y'] }],
  ])('%s', async (_title, answers, transcript, expected) => {
    const ui = new FakeUI(true, answers);
    const { binder, error } = await bindLine(TestPrompt, [], { ui });
    expect(ui.transcript).toBe(transcript);
    expect(error?.exception.message).toBeUndefined();
    expect(binder.boundParameters).toEqual(expected);
  });

  it('no "(Type !? for Help.)" line when no field has a help message; the caption names the pipeline position', async () => {
    const ui = new FakeUI(true, ['n']);
    const { binder } = await bindLine(TestPromptNoHelp, [], { ui, pipelinePosition: 2 });
    expect(ui.transcript).toBe('\ncmdlet Test-PromptNoHelp at command pipeline position 2\nSupply values for the following parameters:\nName: n\n');
    expect(binder.boundParameters).toEqual({ Name: 'n' });
  });

  it('only the missing parameters are asked for', async () => {
    const ui = new FakeUI(true, ['7', 'z', '']);
    const { binder } = await bindLine(TestPrompt, ['-Path', 'given'], { ui });
    expect(ui.transcript).toBe(`${HEADER.replace('(Type !? for Help.)\n', '')}Count: 7\nNames[0]: z\nNames[1]: \n`);
    expect(binder.boundParameters).toEqual({ Path: 'given', Count: 7, Names: ['z'] });
  });

  it('end of input cancels: an empty line, then every missing parameter is reported', async () => {
    const ui = new FakeUI(true, ['a.txt', null]);
    const { error, line } = await bindLine(TestPrompt, [], { ui });
    expect(ui.transcript).toBe(`${HEADER}Path: a.txt\nCount: \n`);
    checkBindingError(TestPrompt, line, error, {
      errorId: 'MissingMandatoryParameter',
      message: 'Cannot process command because of one or more missing mandatory parameters: Path Count Names.',
    });
  });

  it.each([[''], ['!""']])('an empty answer (%j) for a string then fails with the empty-string error', async (answer) => {
    const ui = new FakeUI(true, [answer, '1', 'x', '']);
    const { error, line } = await bindLine(TestPrompt, [], { ui });
    checkBindingError(TestPrompt, line, error, {
      errorId: 'ParameterArgumentValidationErrorEmptyStringNotAllowed',
      category: 'InvalidData',
      exception: 'ParameterBindingValidationException',
      message: "Cannot bind argument to parameter 'Path' because it is an empty string.",
    });
  });

  it('a host whose prompt fails gives MissingMandatoryParameter', async () => {
    const ui = new FakeUI(true);
    ui.readLine = async () => {
      throw new PSException('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.', 'System.Management.Automation.PSInvalidOperationException');
    };
    const { error, line } = await bindLine(TestPrompt, ['-Count', 1], { ui });
    checkBindingError(TestPrompt, line, error, {
      errorId: 'MissingMandatoryParameter',
      message: 'Cannot process command because of one or more missing mandatory parameters: Path Names.',
    });
  });

  it('a prompted cart CustomerId is validated like a typed one', async () => {
    const ui = new FakeUI(true, ['not-a-guid']);
    const { error, line } = await bindLine(NewCart, ['-LineItems', [1]], { ui });
    expect(ui.transcript).toBe(
      '\ncmdlet New-PartnerCustomerCart at command pipeline position 1\nSupply values for the following parameters:\n(Type !? for Help.)\nCustomerId: not-a-guid\n',
    );
    expect(line.source.text).toBe('New-PartnerCustomerCart -LineItems 1');
    expect(error?.fullyQualifiedErrorId).toBe('ParameterArgumentValidationError,Microsoft.Store.PartnerCenter.PowerShell.Commands.NewPartnerCustomerCart');
  });
});
