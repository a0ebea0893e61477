/** marked-man 2 ships no types: its default export is a marked options object (renderer, tokenizer, extensions). */
declare module 'marked-man' {
  const markedMan: {
    readonly renderer: Readonly<Record<string, (...args: unknown[]) => string>>;
    readonly tokenizer: Readonly<Record<string, unknown>>;
    readonly extensions: readonly unknown[];
  };
  export default markedMan;
}
