// pwsh behaviours that the first e2e pass found pcsh getting wrong; each row cites its evidence.
import { describe } from 'vitest';
import { runCases } from './cases.js';

describe('pwsh behaviours fixed after the first e2e pass', () => {
  runCases([
    // TypeInferenceVisitor.cs: `$i++` as a statement is an assignment and writes nothing.
    { name: '$i++ as a statement writes nothing', command: '$i = 0; $i++; $i++; ++$i; $i--; $i', stdout: '2\n' },
    { name: '($i++) in parentheses writes the old value', command: '$i = 5; ($i++); $i', stdout: '5\n6\n' },
    // Reference §1.5 (pwsh 7.4.5 transcript): a script parameter's type constraint is a transformation.
    {
      name: 'a function parameter that does not convert is ParameterArgumentTransformationError',
      command: 'function f { param([int]$Count) $Count }; f -Count abc',
      stderr: 'f: Cannot process argument transformation on parameter \'Count\'. Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not in a correct format."\n',
      exitCode: 1,
    },
    // ErrorView.Tests.ps1 'Function shows up correctly': Write-Error reports the calling function.
    { name: 'Write-Error inside a function is reported as the function', command: 'function Test-MyError { [CmdletBinding()] param() Write-Error "myError" }; Test-MyError', stderr: 'Test-MyError: myError\n', exitCode: 1 },
    { name: 'its FQID ends with the function name', command: 'function Test-MyError { [CmdletBinding()] param() Write-Error "myError" }; Test-MyError -ErrorAction SilentlyContinue; $Error[0].FullyQualifiedErrorId', stdout: 'Microsoft.PowerShell.Commands.WriteErrorException,Test-MyError\n' },
    // OutErrorVariable.Tests.ps1: -OutVariable works on advanced functions.
    { name: '-OutVariable on an advanced function', command: 'function get-foo { [CmdletBinding()] param() "bar" }; get-foo -OutVariable a | Out-Null; $a', stdout: 'bar\n' },
    // about_CommonParameters: -PipelineVariable holds the current object for later commands.
    { name: '-PipelineVariable', command: '1..3 | Write-Output -PipelineVariable p | ForEach-Object { "p=$p" }', stdout: 'p=1\np=2\np=3\n' },
    // ActionPreference.Tests.ps1: -ErrorVariable also receives a -ErrorAction Stop error.
    { name: '-ErrorVariable receives a Stop', command: 'try { Write-Error x -ErrorAction Stop -ErrorVariable e } catch {}; $e.Count', stdout: '1\n' },
    // InformationRecord.ToString() is the message (InformationRecord.cs).
    { name: '-InformationVariable records print as their message', command: 'Write-Host note -InformationVariable iv 6>$null; "got $iv"', stdout: 'got note\n' },
    { name: 'engine enum types resolve', command: "[System.Management.Automation.ActionPreference]'Stop'; [ConfirmImpact]'High'", stdout: 'Stop\nHigh\n' },
  ]);
});
