#!/usr/bin/env node
// The `tamga` command (`npx tamga ...`). Runs the compiled CLI on the project's own Node 24
// (node_modules/.bin/node, see docs/adr/0001), compiling it first when dist/ is missing.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const node = existsSync(join(root, 'node_modules', '.bin', 'node')) ? join(root, 'node_modules', '.bin', 'node') : process.execPath;
const cli = join(root, 'dist', 'apps', 'cli', 'src', 'main.js');

if (!existsSync(cli)) {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(node, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
// kafkajs 2.2.4 trips Node 24's TimeoutNegativeWarning on every connection (tulios/kafkajs#1751): harmless.
const run = spawnSync(node, ['--disable-warning=TimeoutNegativeWarning', cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? (run.signal ? 1 : 0));
