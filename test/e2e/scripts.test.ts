// Scripts and functions: parameters bound by name and position, advanced param blocks through the cmdlet
// binder (reference §1 texts), common parameters setting the local preferences (§2), `$args` for simple
// functions (about_Functions).
import { describe } from 'vitest';
import { runCases, writeScript } from './cases.js';

const advanced = writeScript(
  'orders.ps1',
  [
    '[CmdletBinding()]',
    'param(',
    '  [Parameter(Mandatory)][string]$CustomerId,',
    "  [ValidateSet('Monthly', 'Annual')][string]$BillingCycle = 'Monthly',",
    '  [int]$Quantity = 1',
    ')',
    '"$CustomerId $BillingCycle $Quantity"',
    "Write-Verbose 'checked the input'",
  ],
);

describe('script and function parameters', () => {
  runCases([
    { name: '-File arguments bind by name', args: ['-File', advanced, '-CustomerId', 'c1', '-Quantity', '5'], stdout: 'c1 Monthly 5\n' },
    { name: '-File arguments bind by position in declaration order', args: ['-File', advanced, 'c2', 'Annual', '3'], stdout: 'c2 Annual 3\n' },
    { name: '-Name:value works for -File arguments', args: ['-File', advanced, '-CustomerId:c3'], stdout: 'c3 Monthly 1\n' },
    { name: '-Verbose on an advanced script turns its verbose stream on', args: ['-File', advanced, '-CustomerId', 'c4', '-Verbose'], stdout: 'c4 Monthly 1\nVERBOSE: checked the input\n' },
    {
      name: 'a missing mandatory script parameter under -NonInteractive is an error (§1.8)',
      args: ['-NonInteractive', '-File', advanced],
      stderr: 'orders.ps1: Cannot process command because of one or more missing mandatory parameters: CustomerId.\n',
      exitCode: 1,
    },
    {
      name: 'ValidateSet on a script parameter uses Metadata.resx\'s text (§1.6)',
      args: ['-File', advanced, '-CustomerId', 'c5', '-BillingCycle', 'Weekly'],
      stderr:
        'orders.ps1: Cannot validate argument on parameter \'BillingCycle\'. The argument "Weekly" does not belong to the set "Monthly,Annual" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.\n',
      exitCode: 1,
    },
    { name: 'simple functions bind by position; the rest is $args', command: 'function f($a, $b) { "$a|$b|$($args.Count)" }; f 1 2 3', stdout: '1|2|1\n' },
    { name: 'simple functions bind by name, in any order', command: 'function f($a, $b) { "$a|$b" }; f -b 2 -a 1', stdout: '1|2\n' },
    { name: 'an unknown -Name goes to a simple function\'s $args as text', command: 'function f { $args -join "," }; f -Nope 1', stdout: '-Nope,1\n' },
    { name: 'default values and [int] constraints apply', command: 'function f { param([int]$n = 7) $n + 1 }; f; f "41"', stdout: '8\n42\n' },
    {
      name: 'an advanced function reports missing mandatory parameters with its name',
      command: 'function Get-Thing { param([Parameter(Mandatory)]$Name) "got $Name" }; Get-Thing',
      stderr: 'Get-Thing: Cannot process command because of one or more missing mandatory parameters: Name.\n',
      exitCode: 1,
    },
    {
      name: 'an advanced function rejects a parameter it does not have',
      command: 'function Get-Thing { [CmdletBinding()] param($Name) "got $Name" }; Get-Thing -Bogus 1',
      stderr: "Get-Thing: A parameter cannot be found that matches parameter name 'Bogus'.\n",
      exitCode: 1,
    },
    { name: '$PSBoundParameters holds what was bound', command: 'function f { [CmdletBinding()] param($A, $B) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey("B") }; f -A 1', stdout: '1\nFalse\n' },
    { name: 'return ends a function with its value', command: 'function f { return 5; "never" }; f', stdout: '5\n' },
  ]);
});
