/** pcsh's version (kept equal to package.json's by test/host/version.test.ts). */
export const pcshVersion = '0.1.0';
