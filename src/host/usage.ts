/** pcsh's usage text (`pcsh -Help`). */
export const usageText = `Usage: pcsh [-NonInteractive] [-NoProfile] [-OutputFormat Text|Json] [-WorkingDirectory <dir>]
            [-Command <text> | -Command - | -File <script.ps1> [args] | <command line> | <command> --flags]
       pcsh -Sandbox [--port N] [--memory]
       pcsh -Version | -Help

  -Command, -c <text>    Runs PowerShell text ("-" reads it from standard input). Exit code 1 when the
                         last statement failed.
  -File, -f <path>       Runs a script with its arguments; exit code from the script's "exit N".
  -NonInteractive        Never prompts: missing mandatory parameters and confirmations are errors.
  -OutputFormat Json     Writes output objects as JSON lines on stdout and errors as JSON on stderr.
  -Sandbox               Runs the local Partner Center sandbox server until Ctrl+C.

  pcsh New-PartnerCustomerCart -CustomerId <id> -LineItems $items -WhatIf
                         Any other arguments are one PowerShell command line.
  pcsh new-partnercustomercart --customer-id <id> --line-items @items.json --what-if
                         The Node-style form: --kebab-case flags, @file.json values.

With no arguments on a terminal, pcsh starts an interactive session. See "pcsh Get-Help about_pcsh".
`;
