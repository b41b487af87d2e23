import { cellAddress } from '../table/address';
import type { RuleDefinition } from './rule';
import { makeIssue } from './rule';

/** `table-not-read` (info): a table below a form's footer (signature block) was left unread (SPEC §2.1). */
export const tableNotRead: RuleDefinition<'sheet'> = {
  id: 'table-not-read',
  severity: 'info',
  stage: 'sheet',
  message: 'table-not-read',
  check(read, issues) {
    if (read.tableBelow === null) return;
    const place = { sheet: read.sheet.name, cell: cellAddress(read.tableBelow, 0), code: null };
    issues.push(makeIssue(tableNotRead, place, { row: read.tableBelow + 1, footerRow: (read.footerRow ?? 0) + 1 }));
  },
};
