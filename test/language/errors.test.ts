// Parse errors. The first table is transcribed from pwsh's own parser tests (test/powershell/Language/Parser/
// Parsing.Tests.ps1, ShouldBeParseError rows; the first column is the line there): errorIds in order, at the
// 0-based start offset, or at the 1-based column for rows pwsh checks with -CheckColumnNumber. Rows for `trap`,
// `data` and `[ref]` (not supported by pcsh) are left out. The second table pins exact messages (verbatim from
// ParserStrings.resx), positions and the incompleteInput flag the REPL relies on.
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../src/language/index.js';

describe('pwsh Parsing.Tests.ps1 error rows', () => {
  it.each([
    [6, "for", ["MissingOpenParenthesisAfterKeyword@4"], true],
    [7, "for(", ["MissingEndParenthesisAfterStatement@5"], true],
    [8, "for(;", ["MissingEndParenthesisAfterStatement@6"], true],
    [9, "for(;;", ["MissingEndParenthesisAfterStatement@7"], true],
    [10, "for($a", ["MissingEndParenthesisAfterStatement@7"], true],
    [11, "for($a;", ["MissingEndParenthesisAfterStatement@8"], true],
    [12, "for($a;$b", ["MissingEndParenthesisAfterStatement@10"], true],
    [13, "for($a;$b;", ["MissingEndParenthesisAfterStatement@11"], true],
    [14, "for($a;$b;$c", ["MissingEndParenthesisAfterStatement@13"], true],
    [15, "for($a;$b;$c)", ["MissingLoopStatement@14"], true],
    [16, ":lab for", ["MissingOpenParenthesisAfterKeyword@9"], true],
    [17, ":lab for(", ["MissingEndParenthesisAfterStatement@9"], false],
    [18, ":lab for(;", ["MissingEndParenthesisAfterStatement@11"], true],
    [19, ":lab for(;;", ["MissingEndParenthesisAfterStatement@12"], true],
    [20, ":lab for($a", ["MissingEndParenthesisAfterStatement@12"], true],
    [21, ":lab for($a;", ["MissingEndParenthesisAfterStatement@12"], false],
    [22, ":lab for($a;$b", ["MissingEndParenthesisAfterStatement@14"], false],
    [23, ":lab for($a;$b;", ["MissingEndParenthesisAfterStatement@15"], false],
    [24, ":lab for($a;$b;$c", ["MissingEndParenthesisAfterStatement@17"], false],
    [25, ":lab for($a;$b;$c)", ["MissingLoopStatement@18"], false],
    [53, "foreach", ["MissingOpenParenthesisAfterKeyword@7"], false],
    [54, "foreach (", ["MissingVariableNameAfterForeach@9"], false],
    [55, "foreach ($a", ["MissingInInForeach@11"], false],
    [56, "foreach ($a into", ["MissingInInForeach@11"], false],
    [57, "foreach ($a in", ["MissingForeachExpression@14"], false],
    [58, "foreach ($a in $x", ["MissingEndParenthesisAfterForeach@17"], false],
    [59, "foreach ($a in $x)", ["MissingForeachStatement@18"], false],
    [60, ":lab foreach", ["MissingOpenParenthesisAfterKeyword@12"], false],
    [61, ":lab foreach (", ["MissingVariableNameAfterForeach@14"], false],
    [62, ":lab foreach ($a", ["MissingInInForeach@16"], false],
    [63, ":lab foreach ($a into", ["MissingInInForeach@17"], true],
    [64, ":lab foreach ($a in", ["MissingForeachExpression@20"], true],
    [65, ":lab foreach ($a in $x", ["MissingEndParenthesisAfterForeach@23"], true],
    [66, ":lab foreach ($a in $x)", ["MissingForeachStatement@24"], true],
    [91, "do", ["MissingLoopStatement@2"], false],
    [92, "do {}", ["MissingWhileOrUntilInDoWhile@5"], false],
    [93, "do {} while", ["MissingOpenParenthesisAfterKeyword@11"], false],
    [94, "do {} while (", ["MissingExpressionAfterKeyword@13"], false],
    [95, "do {} while (1", ["MissingEndParenthesisAfterStatement@14"], false],
    [96, ":lab do", ["MissingLoopStatement@8"], true],
    [97, ":lab do {}", ["MissingWhileOrUntilInDoWhile@11"], true],
    [98, ":lab do {} while", ["MissingOpenParenthesisAfterKeyword@17"], true],
    [99, ":lab do {} while (", ["MissingExpressionAfterKeyword@19"], true],
    [100, ":lab do {} while (1", ["MissingEndParenthesisAfterStatement@20"], true],
    [115, "do", ["MissingLoopStatement@3"], true],
    [116, "do {}", ["MissingWhileOrUntilInDoWhile@6"], true],
    [117, "do {} until", ["MissingOpenParenthesisAfterKeyword@12"], true],
    [118, "do {} until (", ["MissingExpressionAfterKeyword@14"], true],
    [119, "do {} until (1", ["MissingEndParenthesisAfterStatement@15"], true],
    [120, ":lab do", ["MissingLoopStatement@8"], true],
    [121, ":lab do {}", ["MissingWhileOrUntilInDoWhile@10"], false],
    [122, ":lab do {} until", ["MissingOpenParenthesisAfterKeyword@16"], false],
    [123, ":lab do {} until (", ["MissingExpressionAfterKeyword@18"], false],
    [124, ":lab do {} until (1", ["MissingEndParenthesisAfterStatement@19"], false],
    [148, "begin", ["MissingNamedStatementBlock@5"], false],
    [149, "process", ["MissingNamedStatementBlock@7"], false],
    [150, "end", ["MissingNamedStatementBlock@3"], false],
    [151, "clean", ["MissingNamedStatementBlock@5"], false],
    [152, "dynamicparam", ["MissingNamedStatementBlock@12"], false],
    [153, "begin process {}", ["MissingNamedStatementBlock@6"], true],
    [154, "end process {}", ["MissingNamedStatementBlock@4"], true],
    [155, "clean process {}", ["MissingNamedStatementBlock@6"], true],
    [156, "dynamicparam process {}", ["MissingNamedStatementBlock@13"], true],
    [157, "process begin {}", ["MissingNamedStatementBlock@8"], true],
    [158, "begin process end clean", ["MissingNamedStatementBlock@6","MissingNamedStatementBlock@14","MissingNamedStatementBlock@18","MissingNamedStatementBlock@24"], true],
    [196, "try", ["MissingTryStatementBlock@3"], false],
    [197, "try {}", ["MissingCatchOrFinally@6"], false],
    [198, "try {} catch", ["MissingCatchHandlerBlock@12"], false],
    [199, "try {} finally", ["MissingFinallyStatementBlock@15"], true],
    [200, "try {} catch [int]", ["MissingCatchHandlerBlock@19"], true],
    [201, "try {} catch {} finally", ["MissingFinallyStatementBlock@23"], false],
    [202, "try {} catch {} catch", ["MissingCatchHandlerBlock@21"], false],
    [203, "try {} catch [int],", ["MissingTypeLiteralToken@19"], false],
    [204, "try {} finally { return }", ["ControlLeavingFinally@17"], false],
    [205, "try {} finally { break }", ["ControlLeavingFinally@17"], false],
    [206, "try {} finally { continue }", ["ControlLeavingFinally@17"], false],
    [220, "switch", ["PipelineValueRequired@6"], false],
    [221, "switch -abc", ["InvalidSwitchFlag@7","PipelineValueRequired@11"], false],
    [222, "switch -file", ["MissingFilenameOption@12"], false],
    [223, "switch -file a (1)", ["PipelineValueRequired@15","MissingCurlyBraceInSwitchStatement@18"], false],
    [224, "switch (", ["PipelineValueRequired@8"], false],
    [225, "switch ()", ["PipelineValueRequired@8","MissingCurlyBraceInSwitchStatement@9"], false],
    [226, "switch (\"abc\")  ", ["MissingCurlyBraceInSwitchStatement@14"], false],
    [227, "switch (\"abc\")  {", ["MissingSwitchConditionExpression@17"], false],
    [228, "switch (\"abc\")  { 1", ["MissingSwitchStatementClause@19"], false],
    [229, "switch (\"abc\")  { 1 }", ["MissingSwitchStatementClause@19"], false],
    [230, "switch (1) {default {} default {}}", ["MultipleSwitchDefaultClauses@23"], false],
    [248, "function", ["MissingNameAfterKeyword@8"], false],
    [249, "function foo", ["MissingFunctionBody@12"], false],
    [250, "function foo(", ["MissingEndParenthesisInFunctionParameterList@13"], false],
    [251, "function foo {", ["MissingEndCurlyBrace@13"], false],
    [252, "function foo { function bar { if (1) {} }", ["MissingEndCurlyBrace@13"], false],
    [253, "function f { param($a,[int]$a) }", ["DuplicateFormalParameter@27"], false],
    [254, "function f($a,[int]$a){}", ["DuplicateFormalParameter@19"], false],
    [255, "function foo {param(}", ["MissingEndParenthesisInFunctionParameterList@20"], false],
    [266, "$a,$b += 1,2", ["InvalidLeftHandSide@0"], false],
    [270, "1 ??= 1", ["InvalidLeftHandSide@0"], false],
    [271, "@() ??= 1", ["InvalidLeftHandSide@0"], false],
    [272, "@{} ??= 1", ["InvalidLeftHandSide@0"], false],
    [273, "1..2 ??= 1", ["InvalidLeftHandSide@0"], false],
    [274, "[int] ??= 1", ["InvalidLeftHandSide@0"], false],
    [275, "$cricket ?= $soccer", ["ExpectedValueExpression@10","InvalidLeftHandSide@0"], false],
    [279, "$x??=", ["ExpectedValueExpression@5"], false],
    [280, "$x ??Get-Thing", ["ExpectedValueExpression@5","UnexpectedToken@5"], false],
    [281, "$??=$false", ["ExpectedValueExpression@3","InvalidLeftHandSide@0"], false],
    [282, "$hello ??? $what", ["ExpectedValueExpression@9","MissingColonInTernaryExpression@17"], false],
    [286, "[datetime]?::now", ["ExpectedValueExpression@11","UnexpectedToken@11"], false],
    [287, "$x ?.name", ["ExpectedValueExpression@4","UnexpectedToken@4"], false],
    [288, "Get-Date ?.ToString()", ["ExpectedExpression@20"], false],
    [289, "${x}?.", ["MissingPropertyName@6"], false],
    [290, "${x}?.name = \"value\"", ["InvalidLeftHandSide@0"], false],
    [292, "[datetime]?[0]", ["MissingTypename@12","ExpectedValueExpression@11","UnexpectedToken@11"], false],
    [293, "${x} ?[1]", ["MissingTypename@7","ExpectedValueExpression@6","UnexpectedToken@6"], false],
    [294, "${x}?[]", ["MissingArrayIndexExpression@6"], false],
    [295, "${x}?[-]", ["MissingExpressionAfterOperator@7"], false],
    [296, "${x}?[             ]", ["MissingArrayIndexExpression@6"], false],
    [297, "${x}?[0] = 1", ["InvalidLeftHandSide@0"], false],
    [301, "@a", ["SplattingNotPermitted@0"], false],
    [302, "foreach (@a in $b) {}", ["SplattingNotPermitted@9"], false],
    [303, "param(@a)", ["SplattingNotPermitted@6"], false],
    [304, "function foo (@a) {}", ["SplattingNotPermitted@14"], false],
    [308, "|gps", ["EmptyPipeElement@0"], false],
    [309, "gps|", ["EmptyPipeElement@4"], false],
    [310, "gps| |foreach name", ["EmptyPipeElement@4"], false],
    [311, "1|1", ["ExpressionsMustBeFirstInPipeline@2"], false],
    [312, "$a=", ["ExpectedValueExpression@3"], false],
    [316, "gcm -a:", ["ParameterRequiresArgument@7"], false],
    [317, "gcm -a: 1,", ["MissingExpression@11"], true],
    [318, "gcm ,", ["MissingArgument@4"], false],
    [322, "   )", ["UnexpectedToken@3"], false],
    [323, "   }", ["UnexpectedToken@4"], true],
    [327, "1+", ["ExpectedValueExpression@2"], false],
    [328, "[a()][b]", ["UnexpectedAttribute@0"], false],
    [329, "[a()][b]2", ["UnexpectedAttribute@0"], false],
    [336, "@{ a=1;b=2;c=3;", ["MissingEndCurlyBrace@2"], false],
    [340, "\"`u{}\"", ["InvalidUnicodeEscapeSequence@1"], false],
    [341, "\"`u{219z}\"", ["InvalidUnicodeEscapeSequence@7"], false],
    [342, "\"`u{12345z}\"", ["InvalidUnicodeEscapeSequence@9"], false],
    [343, "\"`u{1234567}\"", ["TooManyDigitsInUnicodeEscapeSequence@10"], false],
    [344, "\"`u{110000}\"", ["InvalidUnicodeEscapeSequenceValue@4"], false],
    [345, "\"`u2195}\"", ["InvalidUnicodeEscapeSequence@1"], false],
    [346, "\"`u{", ["InvalidUnicodeEscapeSequence@4","TerminatorExpectedAtEndOfString@0"], false],
    [347, "\"`u{1", ["InvalidUnicodeEscapeSequence@5","TerminatorExpectedAtEndOfString@0"], false],
    [348, "\"`u{123456", ["MissingUnicodeEscapeSequenceTerminator@10","TerminatorExpectedAtEndOfString@0"], false],
    [349, "\"`u{1234567", ["TooManyDigitsInUnicodeEscapeSequence@10","TerminatorExpectedAtEndOfString@0"], false],
  ] as const)('line %i: %j', (_line, text, expected, byColumn) => {
    const { errors } = parseInput(text);
    expect(errors.map((e) => `${e.errorId}@${byColumn ? e.extent.startColumn : e.extent.startOffset}`)).toEqual(expected);
  });
});

describe('messages, positions and incomplete input', () => {
  it.each([
    // [input, errorId, message, line, column, incompleteInput]
    ['if ($a) {', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 1, 9, true],
    ['function f {\n  Get-A\n', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 1, 12, true],
    ['@{ a = 1', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 1, 3, true],
    ['{ Get-A', 'MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition.", 1, 1, true],
    ['(1 + 2', 'MissingEndParenthesisInExpression', "Missing closing ')' in expression.", 1, 7, true],
    // Errors reported at the end-of-input token sit one past the last character, as pwsh's EOF token does.
    ['$(Get-A', 'MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression.", 1, 9, true],
    ['$x.M(1,', 'MissingExpressionAfterToken', "Missing expression after ','.", 1, 8, true],
    ['$x.M(1', 'MissingEndParenthesisInMethodCall', "Missing ')' in method call.", 1, 7, true],
    ['1 2', 'UnexpectedToken', "Unexpected token '2' in expression or statement.", 1, 3, false],
    ['}', 'UnexpectedToken', "Unexpected token '}' in expression or statement.", 1, 1, false],
    ['$x = 1 )', 'UnexpectedToken', "Unexpected token ')' in expression or statement.", 1, 8, false],
    ['$a -foo $b', 'UnexpectedToken', "Unexpected token '-foo' in expression or statement.", 1, 4, false],
    ['-not', 'MissingExpressionAfterOperator', "Missing expression after unary operator '-not'.", 1, 5, true],
    ['!', 'MissingExpressionAfterOperator', "Missing expression after unary operator '!'.", 1, 2, true],
    ['Get-A |', 'EmptyPipeElement', 'An empty pipe element is not allowed.', 1, 8, true],
    ['Get-A |   # more to come', 'EmptyPipeElement', 'An empty pipe element is not allowed.', 1, 8, true],
    ['Get-A | | Get-B', 'EmptyPipeElement', 'An empty pipe element is not allowed.', 1, 8, false],
    ['"abc', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: ".', 1, 1, true],
    ["Write-Host 'abc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '.", 1, 12, true],
    ["@'\nabc", 'TerminatorExpectedAtEndOfString', "The string is missing the terminator: '@.", 1, 1, true],
    ['$x = @"\nabc\n', 'TerminatorExpectedAtEndOfString', 'The string is missing the terminator: "@.', 1, 6, true],
    ["@'\nabc\n '@", 'WhitespaceBeforeHereStringFooter', 'White space is not allowed before the string terminator.', 3, 2, true],
    ["@' x\n'@", 'UnexpectedCharactersAfterHereStringHeader', 'No characters are allowed after a here-string header but before the end of the line.', 1, 4, false],
    ['$x[', 'MissingArrayIndexExpression', 'Array index expression is missing or not valid.', 1, 4, true],
    ['$x[1', 'MissingEndSquareBracket', "Missing ']' after array index expression.", 1, 5, true],
    ['if ($a)', 'MissingStatementBlock', 'Missing statement block after if ( condition ).', 1, 7, true],
    ['if ($a) { } elseif ($b)', 'MissingStatementBlock', 'Missing statement block after elseif ( condition ).', 1, 23, true],
    ['if ($a) { } else', 'MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword.", 1, 17, true],
    ['if', 'MissingOpenParenthesisInIfStatement', "Missing '(' after 'if' in if statement.", 1, 3, true],
    ['if ()', 'IfStatementMissingCondition', "Missing condition in if statement after 'if ('.", 1, 5, false],
    ['1 +', 'ExpectedValueExpression', "You must provide a value expression following the '+' operator.", 1, 4, true],
    ['$a -and', 'ExpectedValueExpression', "You must provide a value expression following the '-and' operator.", 1, 8, true],
    ['$x =', 'ExpectedValueExpression', "You must provide a value expression following the '=' operator.", 1, 5, true],
    ['$x +=', 'ExpectedValueExpression', "You must provide a value expression following the '+=' operator.", 1, 6, true],
    ['Get-A >', 'MissingFileSpecification', 'Missing file specification after redirection operator.', 1, 8, false],
    ['Get-A 2>', 'MissingFileSpecification', 'Missing file specification after redirection operator.', 1, 9, false],
    ['Get-A 1>&2', 'RedirectionNotSupported', "The '1>&2' operator is reserved for future use.", 1, 7, false],
    ['Get-A < in.txt', 'RedirectionNotSupported', "The '<' operator is reserved for future use.", 1, 7, false],
    // Parser.cs NamedBlockListRule: a second block of one kind is reported at that block (name through '}').
    ['function f { process { } process { } }', 'DuplicateScriptCommandClause', "Script command clause 'process' has already been defined.", 1, 26, false],
    ['begin { }\nbegin { }', 'DuplicateScriptCommandClause', "Script command clause 'begin' has already been defined.", 2, 1, false],
    ['Get-A > a > b', 'StreamAlreadyRedirected', 'The output stream for this command is already redirected.', 1, 11, false],
    // The parameter token's text includes its colon (ParameterToken.UsedColon: "The colon is part of the ParameterToken").
    ['Get-A -Name:', 'ParameterRequiresArgument', 'Parameter -Name: requires an argument.', 1, 13, false],
    ['Get-A -Name: | Get-B', 'ParameterRequiresArgument', 'Parameter -Name: requires an argument.', 1, 13, false],
    // With a comma after the colon, the comma is not taken as the argument: pwsh reports the stray comma.
    ['Get-A -Name:, 1', 'MissingArgument', 'Missing argument in parameter list.', 1, 13, false],
    ['Get-A 1,', 'MissingExpression', "Missing expression after ',' in pipeline element.", 1, 9, true],
    ['& ', 'MissingExpression', "Missing expression after '&' in pipeline element.", 1, 1, false],
    ['foreach ($a in $b)', 'MissingForeachStatement', 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}', 1, 19, true],
    ['while ($true)', 'MissingLoopStatement', 'Missing statement body in while loop.', 1, 14, true],
    ['while ($true', 'MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in 'while' statement.", 1, 13, true],
    ['try { }', 'MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.', 1, 8, true],
    ['switch ($x) { a }', 'MissingSwitchStatementClause', 'Missing statement block in switch statement clause.', 1, 16, false],
    ['function', 'MissingNameAfterKeyword', 'Missing name after function keyword.', 1, 9, true],
    ['function f($a', 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", 1, 14, true],
    ['param([Parameter(Mandatory)] $a', 'MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list.", 1, 32, true],
    ['[int', 'EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.', 1, 5, false],
    ['[', 'MissingTypename', "Missing type name after '['.", 1, 2, true],
    ['@{ a }', 'MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal.", 1, 5, false],
    ['@{ a = }', 'MissingStatementInHashLiteral', "Missing statement after '=' in hash literal.", 1, 7, false],
    ['@{ a = 1; A = 2 }', 'DuplicateKeyInHashLiteral', "Duplicate keys 'A' are not allowed in hash literals.", 1, 11, false],
    ['$x.', 'MissingPropertyName', 'Missing property name after reference operator.', 1, 4, true],
    ['"`u{110000}"', 'InvalidUnicodeEscapeSequenceValue', 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.', 1, 5, false],
    ['<# unterminated', 'MissingTerminatorMultiLineComment', "The terminator '#>' is missing from the multiline comment.", 1, 1, true],
    ['Get-A `', 'IncompleteString', 'Incomplete string token.', 1, 9, true],
    ['${a', 'IncompleteDollarVariableReference', "${{variable}} reference starting is missing the closing '}}'.", 1, 2, true],
    // Inside "$( )" pwsh compares the error's end with the nested text's length, so this counts as incomplete input.
    ['"$(1 +)"', 'ExpectedValueExpression', "You must provide a value expression following the '+' operator.", 1, 7, true],
    ['"$(Get-A"', 'IncompleteDollarSubexpressionReference', "$(subexpression) is missing the closing ')'.", 1, 2, true],
    ['$global:', 'InvalidVariableReference', "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 1, false],
    ['$env:', 'InvalidVariableReferenceWithDrive', "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.", 1, 1, false],
    ['$x = 0xFFFFFFFFFFFFFFFFFF', 'BadNumericConstant', 'The numeric constant 0xFFFFFFFFFFFFFFFFFF is not valid.', 1, 6, false],
    ['1 = 2', 'InvalidLeftHandSide', 'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', 1, 1, false],
    ['5++', 'OperatorRequiresVariableOrProperty', "The '++' operator works only on variables or on properties.", 1, 1, false],
    ['$x = [ordered]1', 'OrderedAttributeOnlyOnHashLiteralNode', 'The ordered attribute can be specified only on a hash literal node.', 1, 6, false],
    ['$a = @b', 'SplattingNotPermitted', "The splatting operator '@' cannot be used to reference variables in an expression. '@b' can be used only as an argument to a command. To reference variables in an expression use '$b'.", 1, 6, false],
    ['Get-A @b, 1', 'SplattingNotPermittedInArgumentList', "Splatted variables like '@b' cannot be part of a comma-separated list of arguments.", 1, 7, false],
    ['function f($a, $A) { }', 'DuplicateFormalParameter', 'Duplicate parameter $A in parameter list.', 1, 16, false],
    ['foreach ($a in $b) { try { } finally { return } }', 'ControlLeavingFinally', 'Flow of control cannot leave a Finally block.', 1, 40, false],
  ] as const)('%j', (text, errorId, message, line, column, incompleteInput) => {
    const result = parseInput(text);
    const [first] = result.errors;
    expect({ errorId: first?.errorId, message: first?.message, line: first?.extent.startLine, column: first?.extent.startColumn })
      .toEqual({ errorId, message, line, column });
    expect(first?.incompleteInput).toBe(incompleteInput);
    expect(result.incompleteInput).toBe(incompleteInput);
  });

  it.each([
    // Complete input: no errors, not incomplete.
    ['Get-A | Get-B', false],
    // A lone `$` is a bare word (tokenizer.ScanVariable falls back to a generic token).
    ['$', false],
    // Flow control inside a loop, or a script block, inside a finally block is fine.
    ['try { } finally { foreach ($a in $b) { break } }', false],
    ['try { } finally { $s = { return } }', false],
  ])('%j has no errors', (text, incomplete) => {
    const result = parseInput(text);
    expect(result.errors).toEqual([]);
    expect(result.incompleteInput).toBe(incomplete);
  });
});

describe('constructs pcsh does not support yet', () => {
  it.each([
    ['$x ? 1 : 2', 'TernaryOperatorNotSupported', 1, 4],
    ['Get-A && Get-B', 'PipelineChainNotSupported', 1, 7],
    ['Get-A &', 'BackgroundOperatorNotSupported', 1, 7],
    ['$x ??= 1', 'NullCoalescingAssignmentNotSupported', 1, 4],
    ['[ValidateNotNull()]$x = 1', 'AttributedExpressionNotSupported', 1, 1],
    ['class Foo { }', 'KeywordNotSupported', 1, 1],
    ['function f { dynamicparam { } process { $_ } }', 'NamedBlockNotSupported', 1, 14],
    ['function f { end { } clean { } }', 'NamedBlockNotSupported', 1, 22],
    ['switch -file x.txt { a { } }', 'SwitchOptionNotSupported', 1, 8],
    ['1uy', 'UnsupportedNumericLiteral', 1, 1],
    ['[System.String, mscorlib]', 'AssemblyQualifiedTypeName', 1, 15],
  ])('%j', (text, errorId, line, column) => {
    const [first, ...rest] = parseInput(text).errors;
    expect({ errorId: first?.errorId, line: first?.extent.startLine, column: first?.extent.startColumn, more: rest.length })
      .toEqual({ errorId, line, column, more: 0 });
  });

  it('reports pwsh\'s own errors, not pcsh\'s, when the input is broken anyway', () => {
    // `$x ?` is an incomplete ternary: pwsh reports ExpectedValueExpression, so pcsh does too (and the REPL waits).
    const result = parseInput('$x ?');
    expect(result.errors.map((e) => e.errorId)).toEqual(['ExpectedValueExpression']);
    expect(result.incompleteInput).toBe(true);
  });
});

describe('pwsh Parser.Tests.ps1: IncompleteParseException (first error is incomplete input) or ParseException', () => {
  it.each([
    // [pwsh test line, script, incompleteInput of the first error, its errorId]
    [139, '"This is a test', true, 'TerminatorExpectedAtEndOfString'],
    [143, '(', true, 'ExpectedExpression'],
    [147, '| Get-Location', false, 'EmptyPipeElement'],
    [158, 'testcmd-parserbvt | 3', false, 'ExpressionsMustBeFirstInPipeline'],
    [160, 'testcmd-parserbvt | 2', false, 'ExpressionsMustBeFirstInPipeline'],
    [162, "testcmd-parserbvt | 'abc'", false, 'ExpressionsMustBeFirstInPipeline'],
    [169, '1;2;3|3', false, 'ExpressionsMustBeFirstInPipeline'],
    [176, '(1+ 1),', true, 'MissingExpressionAfterToken'],
    [606, 'if ("true")', true, 'MissingStatementBlock'],
    [610, 'if (', true, 'IfStatementMissingCondition'],
    [614, 'if "true" { 1} else {2}', false, 'MissingOpenParenthesisInIfStatement'],
    [618, 'if ("true"  { 1};', false, 'UnexpectedToken'],
    [622, 'if ("true") {1} else', true, 'MissingStatementBlockAfterElse'],
    [626, '$count=0; $files = $(Get-ChildItem / -Filter *.txt ); foreach ($i ; $count', false, 'MissingInInForeach'],
    [630, '$count=0; $files = $(Get-ChildItem / -Filter *.txt ); foreach ($i in ;$count', false, 'MissingForeachExpression'],
    [634, '$count=0; $files = $(Get-ChildItem / -Filter *.txt ); foreach ($i in $files ;$count', false, 'MissingEndParenthesisAfterForeach'],
    [650, 'try {} finally { break }', false, 'ControlLeavingFinally'],
    [1196, '1,2,', true, 'MissingExpressionAfterToken'],
    [1200, 'write-output 2,,1', false, 'MissingExpression'],
    [1204, '"$var:"', false, 'InvalidVariableReferenceWithDrive'],
    [1220, '$A=$(testcmd-parserBVT -returntype array); $A[ ;', false, 'MissingArrayIndexExpression'],
    [1224, '$A=$(testcmd-parserBVT -returntype array); $A[] ;', false, 'MissingArrayIndexExpression'],
    [1296, '@""@', false, 'UnexpectedCharactersAfterHereStringHeader'],
    [1305, 'Function foo { [CmdletBinding()] param() DynamicParam {} Hi', false, 'MissingNamedBlocks'],
    [1306, '{ begin {} Hi', false, 'MissingNamedBlocks'],
    [1307, 'begin {} Hi', false, 'MissingNamedBlocks'],
    [1317, 'Function foo { [CmdletBinding()] param() DynamicParam {} ', true, 'MissingEndCurlyBrace'],
  ] as const)('line %i: %j', (_line, text, incomplete, errorId) => {
    const result = parseInput(text);
    expect([result.errors[0]?.errorId, result.incompleteInput]).toEqual([errorId, incomplete]);
  });

  it('line 1301: a here-string holding quotes parses', () => {
    expect(parseInput("$herestr=@\"\n'\"'\n\"@").errors).toEqual([]);
  });
});

describe('nesting too deep for the call stack', () => {
  // pwsh reports ScriptTooComplicated when parsing exhausts the stack (Parser.ParseTask); parseInput never throws.
  it.each([
    ['(', 5000],
    ['@{a=', 5000],
    ['{', 20000],
    ['!', 20000],
  ])('%j repeated %i times', (unit, times) => {
    const result = parseInput(`${unit.repeat(times)}1`);
    expect(result.errors.map((e) => [e.errorId, e.message, e.incompleteInput])).toEqual([
      ['ScriptTooComplicated', 'Processing was stopped because the script is too complex.', false],
    ]);
    expect(result.ast.statements).toEqual([]);
  });
});
