import type { Snapshot } from '../snapshot/schema.js';
import { commonAliases, firstNameSpellings, nameWords, placeSpeakers, sharedAliases, type CheckName, type Finding } from './checks.js';
import { dateOutliers } from './dates.js';

export type { CheckName, Finding } from './checks.js';

/** Every check, with what it looks for, in the order the report gives them. */
export const CHECKS: { name: CheckName; title: string; run: (s: Snapshot) => Finding[] }[] = [
  { name: 'name-word', title: 'people whose names hold a lower-case or title word', run: nameWords },
  { name: 'common-alias', title: 'aliases that are ordinary words', run: commonAliases },
  { name: 'shared-alias', title: 'aliases two entities go by', run: sharedAliases },
  { name: 'first-names', title: 'people merged from differently spelled first names', run: firstNameSpellings },
  { name: 'place-speaker', title: 'statements whose speaker is a place', run: placeSpeakers },
  { name: 'date-outlier', title: "documents dated outside the corpus's range", run: dateOutliers },
];

/** The audit of a snapshot: findings by check, and how many of each. */
export interface AuditReport {
  counts: Record<CheckName, number>;
  findings: Finding[];
}

/** Run every check on a snapshot. Nothing is changed. */
export function auditSnapshot(snapshot: Snapshot): AuditReport {
  const findings = CHECKS.flatMap((c) => c.run(snapshot));
  const counts = Object.fromEntries(CHECKS.map((c) => [c.name, findings.filter((f) => f.check === c.name).length])) as Record<CheckName, number>;
  return { counts, findings };
}

/** The report as text: a summary line per check, then up to `limit` findings of each. */
export function formatAudit(report: AuditReport, limit: number): string {
  const lines: string[] = [];
  const total = report.findings.length;
  lines.push(total === 0 ? 'Nothing to check.' : `${total} thing${total === 1 ? '' : 's'} to check:`);
  for (const c of CHECKS) lines.push(`  ${String(report.counts[c.name]).padStart(5)}  ${c.title}`);
  for (const c of CHECKS) {
    const found = report.findings.filter((f) => f.check === c.name);
    if (found.length === 0) continue;
    lines.push('', `${c.title} (${found.length}):`);
    for (const f of found.slice(0, limit)) lines.push(`  ${f.subject} — ${f.detail} [${f.id}]`);
    if (found.length > limit) lines.push(`  … and ${found.length - limit} more (--limit, --json)`);
  }
  return `${lines.join('\n')}\n`;
}
