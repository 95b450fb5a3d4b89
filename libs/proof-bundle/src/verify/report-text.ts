import { VerificationReport } from './verification-report';

/**
 * The report as plain text, as `tamga verify` prints it and verify.html shows it: the verdict
 * first, then every failure naming its part, then what the verified events say and what they
 * were checked against.
 */
export function reportText(report: VerificationReport): string {
  const lines: string[] = [];
  const c = report.counts;
  if (report.ok) lines.push('VERIFIED: every check passed.');
  else {
    lines.push(`NOT VERIFIED: ${report.failures.length} check${report.failures.length === 1 ? '' : 's'} failed.`);
    for (const f of report.failures) lines.push(`  ✗ ${f.part}: ${f.subject}: ${f.message}`);
  }
  lines.push('', `Checked: ${c.events} events and ${c.masterData} master-data events (record hashes, ${c.withheldFields} withheld fields by their commitments), ${c.epcisEvents} EPCIS event hashes, ${c.signatures} signatures, ${c.proofs} inclusion proofs, ${c.chainLinks} chain links, ${c.keys} key${c.keys === 1 ? '' : 's'}.`);
  const s = report.summary;
  if (s) {
    if (!report.ok) lines.push('', 'What the bundle says (NOT proven, since a check failed):');
    lines.push('', `Shipment ${s.shipmentId}${s.exportDate ? `, exported ${s.exportDate}` : ''}${s.destinationCountry ? ` to ${s.destinationCountry}` : ''}`);
    for (const lot of s.lots) lines.push(`  lot ${lot.lotId}: ${lot.product ?? 'unknown product'}, ${lot.quantity}`);
    lines.push('Origin villages and their shares:');
    if (s.villages) for (const v of s.villages) lines.push(`  ${v.lotId ? `lot ${v.lotId}: ` : ''}${(v.name ?? v.villageId).padEnd(24)} ${v.percent.toFixed(2).padStart(6)} %   (${v.villageId})`);
    if (s.originNote) lines.push(`  note: ${s.originNote}`);
    lines.push(`Certificates in force on the export date:${s.certificates.length === 0 ? ' none' : ''}`);
    for (const cert of s.certificates) lines.push(`  ${cert.scheme} ${cert.certificateId} on lot ${cert.lotId}, ${cert.validFrom} – ${cert.validUntil}${cert.revokedLater ? ` (revoked later, ${cert.revokedLater})` : ''}`);
  }
  if (report.withheld.length > 0) lines.push(`Withheld by the exporter (shown only as commitments): ${report.withheld.join(', ')}`);
  if (report.checkpoint) lines.push('', `Checkpoint: tree size ${report.checkpoint.treeSize}, root ${report.checkpoint.rootHash}, signed ${report.checkpoint.timestamp}`);
  if (report.serviceKey) {
    lines.push(`Service key: ${report.serviceKey.keyId}, fingerprint ${report.serviceKey.fingerprint}${report.serviceKey.pinned ? ' (the pinned key)' : ' (not pinned: compare it with the fingerprint Tamga publishes, or pass --trusted-key)'}`);
  }
  return `${lines.join('\n')}\n`;
}
