#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no server build step (decision 004).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
