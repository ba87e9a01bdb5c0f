#!/usr/bin/env node
// The only place that touches process.exitCode: everything else returns values.
import { run } from '../dist/cli.js';

process.exitCode = await run(process.argv.slice(2));
