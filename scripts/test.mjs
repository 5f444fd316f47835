#!/usr/bin/env node
// `npm test`: unit and API tests (on PGlite, or on the PostgreSQL server named by DATABASE_URL),
// then end-to-end tests in Chromium. What cannot run here is said loudly; with COHESION_STRICT=1
// (CI) anything skipped is a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const strict = process.env.COHESION_STRICT === '1';
const e2eOnly = process.argv.includes('--e2e-only');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const totals = { passed: 0, failed: 0, skipped: 0 };
const skippedSuites = [];
const reports = mkdtempSync(path.join(tmpdir(), 'cohesion-test-'));

function vitest(label, args) {
  const report = path.join(reports, `${label}.json`);
  console.log(`\n=== ${label} ===`);
  const run = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env: process.env,
  });
  if (!existsSync(report)) {
    totals.failed += 1;
    console.error(`${label}: vitest produced no report (exit ${run.status})`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += result.numPassedTests;
  totals.failed += result.numFailedTests + (run.status !== 0 && result.numFailedTests === 0 ? 1 : 0);
  totals.skipped += result.numPendingTests + result.numTodoTests;
}

const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
if (!e2eOnly) {
  vitest(`unit and API tests on ${database}`, []);
  if (!process.env.DATABASE_URL) {
    // Not a skip: this run is the PGlite run. CI runs the suite again with DATABASE_URL set.
    console.warn('\n*** NOT RUN: the same suite on a PostgreSQL server: set DATABASE_URL=postgres://… (CI runs both)');
  }
}
if (existsSync(chromium)) {
  vitest(`end-to-end tests in Chromium on ${database}`, ['--config', 'e2e/vitest.config.ts']);
} else {
  skippedSuites.push(`end-to-end tests: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
}
rmSync(reports, { recursive: true, force: true });

for (const suite of skippedSuites) {
  console.warn(`\n*** SKIPPED: ${suite}`);
}
if (strict && (skippedSuites.length > 0 || totals.skipped > 0)) {
  console.error(`\nCOHESION_STRICT=1: ${skippedSuites.length} suite(s) and ${totals.skipped} test(s) skipped count as failures`);
  totals.failed += skippedSuites.length + totals.skipped;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 ? 1 : 0);
