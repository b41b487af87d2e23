import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dictionary } from '../../../src/core/i18n';
import type { RuleId, Severity } from '../../../src/core/model/model';
import * as registry from '../../../src/core/rules/registry';
import { RULES, RULE_SEVERITY } from '../../../src/core/rules/registry';
import type { RuleDefinition } from '../../../src/core/rules/rule';

/** The severities of SPEC §6's table, plus the project's own info rule `table-not-read`. */
const SPEC_SEVERITY: Record<RuleId, Severity> = {
  'missing-column': 'error',
  'catalogue-invalid': 'error',
  'unknown-indicator': 'error',
  'name-mismatch': 'warning',
  'duplicate-indicator': 'error',
  'missing-indicator': 'warning',
  'empty-actual': 'warning',
  'not-a-number': 'error',
  'formula-error': 'error',
  'ambiguous-number': 'warning',
  'missing-target': 'error',
  'target-mismatch': 'warning',
  'unit-converted': 'info',
  'unit-mismatch': 'error',
  magnitude: 'warning',
  'rate-mismatch': 'warning',
  'assessment-mismatch': 'warning',
  'override-without-reason': 'warning',
  'missing-baseline': 'error',
  'breakdown-exceeds-total': 'warning',
  'table-not-read': 'info',
  'duplicate-unit': 'warning',
  'unreadable-unit': 'error',
};

const RULES_DIR = join(__dirname, '..', '..', '..', 'src', 'core', 'rules');
/** Files of the rules folder that are no rule: the definition type, the registry, the reused cell check. */
const NOT_RULES = ['rule.ts', 'registry.ts', 'cell-state.ts'];
const ruleFiles = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && !NOT_RULES.includes(f));

describe('rule registry', () => {
  const ids = Object.keys(SPEC_SEVERITY) as RuleId[];

  it('has exactly one definition per rule id', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s: defined in src/core/rules/%s.ts, the same object as in the registry', (id) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = Object.values(require(join(RULES_DIR, id)) as Record<string, unknown>).filter((v): v is RuleDefinition => typeof v === 'object' && v !== null && 'check' in v);
    expect(exported.map((d) => d.id)).toEqual([id]);
    expect(RULES).toContain(exported[0]);
  });

  it('has a file only for each rule id', () => {
    expect(ruleFiles.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual([...ids].sort());
  });

  it.each(ids)('%s has the severity of SPEC §6', (id) => {
    expect(RULES.find((r) => r.id === id)?.severity).toBe(SPEC_SEVERITY[id]);
    expect(RULE_SEVERITY[id]).toBe(SPEC_SEVERITY[id]);
  });

  it.each(ids)('%s has a message in every language', (id) => {
    const rule = RULES.find((r) => r.id === id) as RuleDefinition;
    for (const lang of ['vi', 'en'] as const) expect(typeof dictionary(lang).rules[rule.message]).toBe('function');
  });

  it.each(ids)('%s has its own test file', (id) => {
    expect(readdirSync(__dirname)).toContain(`${id}.test.ts`);
  });

  it('lists each stage\'s rules only in that stage\'s list', () => {
    const lists: Record<string, readonly RuleDefinition[]> = {
      sheet: registry.SHEET_RULES, catalogue: registry.CATALOGUE_RULES, match: registry.MATCH_RULES, units: registry.UNITS_RULES,
      cell: registry.CELL_RULES, row: registry.ROW_RULES, part: registry.PART_RULES, scope: registry.SCOPE_RULES, consolidation: registry.CONSOLIDATION_RULES,
    };
    for (const [stage, rules] of Object.entries(lists)) for (const rule of rules) expect(`${rule.id}: ${rule.stage}`).toBe(`${rule.id}: ${stage}`);
  });
});
