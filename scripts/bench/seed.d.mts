// Types of scripts/bench/seed.mjs, for test/startup.
export declare const seed: string;
