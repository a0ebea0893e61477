/**
 * A script block value (`{ ... }`): the parsed body, invoked by the engine in the session that runs it.
 */
import type { ScriptBlockAst } from '../language/ast.js';

/** pwsh's ScriptBlock: code as a value, passed to Where-Object, ForEach-Object, `&` and `.Invoke()`. */
export class ScriptBlock {
  constructor(readonly ast: ScriptBlockAst) {}

  /** The text between the braces, as pwsh's `ToString()` returns it. */
  toString(): string {
    const { source, startOffset, endOffset } = this.ast.extent;
    const text = source.text.slice(startOffset, endOffset);
    return text.startsWith('{') && text.endsWith('}') ? text.slice(1, -1) : text;
  }
}
