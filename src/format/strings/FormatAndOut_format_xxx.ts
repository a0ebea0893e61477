/**
 * Texts of pwsh's `resources/FormatAndOut_format_xxx.resx` that pcsh prints, verbatim.
 */
export const FormatAndOut_format_xxx = {
  IEnum_Header: 'The following object supports IEnumerable:',
  IEnum_NoObjects: 'The IEnumerable contains no objects.',
  IEnum_OneObject: 'The IEnumerable contains the following object:',
  IEnum_ManyObjects: 'The IEnumerable contains the following {0} objects:',
} as const satisfies Record<string, string>;
