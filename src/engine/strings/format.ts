/**
 * Fills .NET composite-format slots (`{0}`, `{1}`) in catalogue texts. Only plain slots: catalogue texts use
 * no alignment or format specifiers. `{{` and `}}` are literal braces, as in .NET.
 */
export function format(template: string, ...args: readonly unknown[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
    if (index === undefined) return match[0] as string;
    const value = args[Number(index)];
    return value === undefined || value === null ? '' : String(value);
  });
}
