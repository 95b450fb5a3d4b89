import { relative } from 'node:path';
import { DemoKey } from './demo-keys';
import { DemoSeasonReport } from './load-demo-season';

/** The lot the examples and the "Tamga is running" lines point at: a jar of Tamga honey. */
export const DEMO_LOT = 'TMG-HNY-26-001';

// One party per role, the ones the examples use first: a newcomer sees whose key does what.
const SHOWN_PARTIES = [
  'admin:tamga',
  'producer:tamga-1',
  'group:ananyevo-berry-growers',
  'processor:tamga-honey-house',
  'association:ovop-issyk-kul',
  'exporter:tengri-export',
  'lab:issyk-kul-food-lab',
  'inspector:issyk-kul-food-safety',
  'certifier:organic-kg',
];

/** What the load did, in two lines: a second start says it recorded nothing. */
export function demoSeasonSummary(report: DemoSeasonReport, keysFile: string): string[] {
  const seconds = (report.milliseconds / 1000).toFixed(1);
  const { facts, masterData, keys } = report;
  const season = `Demo season 2026: ${report.villages} villages, ${report.producers} producers, ${facts.recorded + facts.alreadyThere} facts on ${report.lots} lots`;
  const done =
    facts.recorded === 0 && masterData.registered === 0
      ? `already loaded, nothing new recorded (${seconds} s)`
      : `recorded ${facts.recorded} facts and ${masterData.registered} master-data records` +
        `${facts.alreadyThere + masterData.alreadyThere > 0 ? ` (${facts.alreadyThere + masterData.alreadyThere} already there)` : ''} in ${seconds} s`;
  return [`${season}; ${done}`, `Demo keys: ${keys.reused} reused, ${keys.issued} issued; one per party in ${displayPath(keysFile)} (git-ignored)`];
}

/** The keys table and a few requests a newcomer can paste, each with a real key from the file. */
export function demoWelcome(report: DemoSeasonReport, keysFile: string, now = new Date()): string {
  const { file } = report.keys;
  const keyOf = (partyId: string) => file.keys.find((k) => k.partyId === partyId)?.apiKey ?? '<key>';
  const rows = SHOWN_PARTIES.flatMap((id) => file.keys.filter((k) => k.partyId === id)).map(row);
  const at = kyrgyzstanTime(now);
  const harvest = JSON.stringify({
    villageId: 'village:tamga', productId: 'product:comb-honey', placeId: 'apiary:tamga-1',
    quantity: { amount: 12.5, unit: 'kg' }, harvestedAt: at, location: { latitude: 42.1385, longitude: 77.5452 },
  });
  const sale = JSON.stringify({ shopPlaceId: 'shop:ovop-bishkek', serials: ['HNY-0041', 'HNY-0042'], soldAt: at });
  const recalledSale = JSON.stringify({ shopPlaceId: 'shop:ovop-bishkek', serials: ['S-0021'], soldAt: at });
  const post = (path: string, partyId: string, body: string) =>
    `curl -s -X POST ${file.captureUrl}${path} -H 'Authorization: Bearer ${keyOf(partyId)}' -H 'Content-Type: application/json' -d '${body}'`;
  return `
Demo keys: ${file.keys.length} (one per party) in ${displayPath(keysFile)}; a few of them:
  ${'role'.padEnd(22)}${'party'.padEnd(34)}key id
${rows.join('\n')}

Try it:
  # a Tamga beekeeper records today's comb honey: a new lot (the answer names it)
  ${post('/harvests', 'producer:tamga-1', harvest)}
  # where a jar of Tamga honey comes from: harvests, extraction, lab test, certificates, sales, export (no key needed)
  curl -s ${file.provenanceUrl}/lots/${DEMO_LOT}
  # the OVOP shop in Bishkek scans two more jars at the till
  ${post(`/lots/${DEMO_LOT}/sales`, 'association:ovop-issyk-kul', sale)}
  # the recalled Shakar soap cannot be sold: a 409 problem+json names the rule
  ${post('/lots/KRK-SOA-26-001/sales', 'association:ovop-issyk-kul', recalledSale)}`;
}

function row(key: DemoKey): string {
  const role = key.deviceId ? `${key.roles.join(', ')} (device)` : key.roles.join(', ');
  return `  ${role.padEnd(22)}${key.partyId.padEnd(34)}${key.keyId}`;
}

/** The time in Bishkek (UTC+6 all year), as the API wants it: an offset, no fraction. */
function kyrgyzstanTime(now: Date): string {
  return `${new Date(now.getTime() + 6 * 3600_000).toISOString().slice(0, 19)}+06:00`;
}

/** The keys file relative to where the user stands, when it is below it. */
function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || near === '' ? path : near;
}
