// Types of scripts/build-host.mjs, for test/startup.
import type { BuildOptions, BuildResult } from 'esbuild';

export declare const ScriptParameters: readonly string[];
export declare function hostBuildOptions(root: string): BuildOptions & { metafile: true; write: false };
export declare function hostScriptText(result: BuildResult<{ metafile: true; write: false }>): string;
export declare function buildHostScript(root: string): Promise<void>;
export declare function writeHostCodeCache(root: string): void;
