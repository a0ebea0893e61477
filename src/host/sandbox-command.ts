/** `pcsh -Sandbox [--port N] [--memory] …`: runs the Partner Center sandbox standalone. */
export async function runSandboxCommand(argv: readonly string[]): Promise<number> {
  const { runSandboxCli } = await import('../sandbox/main.js');
  return runSandboxCli(argv);
}
