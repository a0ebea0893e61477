#!/usr/bin/env node
// Placeholder entry; the host lands next.
process.stdout.write('pcsh 0.1.0\n');
