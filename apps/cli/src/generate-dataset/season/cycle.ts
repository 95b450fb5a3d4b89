import { honeyVillage } from './honey-village';
import { berryCollection, sugarLot } from './raw-materials';
import { jamLine } from './jam-line';
import { Issued, certify, recall, settleCertificates } from './certificates';
import { exportLots, packUnits, sellByWeight, sellUnits } from './retail';
import { feltBatch, soapBatch } from './soap-and-felt';
import { Season } from './season';

/**
 * One cycle of the season, in a region chosen in turn: four honey villages' collections feed the
 * region's centre, which blends, cooks jam with sea-buckthorn from three berry villages and sugar
 * from a beet village, packs jars of honey and jam, and sends them to shops (sold jar by jar) and
 * exporters (shipped abroad); the soap workshop turns the cycle's beeswax into soap; a wool village
 * felts rugs. About 700 events, every fact decided by the rules. Days count from the first harvest.
 */
export function runCycle(s: Season, index: number): void {
  const w = s.world;
  const region = w.regions[index % w.regions.length];
  const centre = region.centre;
  const villages = s.inTurn(`honey:${region.key}`, region.honeyVillages, 4);
  const honey = villages.map((village) => ({ village, ...honeyVillage(s, village, centre, 0) }));
  const berries = s.inTurn('berries', w.berryVillages, 3).map((village) => berryCollection(s, village, centre, 8));
  const sugar = sugarLot(s, s.inTurn('beet', w.beetVillages)[0], centre, 6);
  const line = jamLine(s, centre, honey.map((h) => h.tankLotId), berries, sugar, 16);
  const issykKul = region.key === 'issyk-kul';
  const issued: Issued[] = [];

  // The fourth honey batch goes into jars: to a shop, or every third cycle to an exporter.
  const honeyLot = line.honeyBatchLotId;
  issued.push(...certify(s, honeyLot, 20, issykKul));
  const honeyJars = packUnits(s, centre, honeyLot, 40, 500, false, s.days.at(21, 9));
  if (index % 3 === 0) {
    const [exporter] = s.inTurn('honey-exporter', w.exporters);
    s.deliver(centre, exporter, [honeyLot], 22, 8);
    exportLots(s, exporter, [honeyLot], 'honey', s.days.at(26, 11));
  } else {
    const [shop] = s.inTurn('honey-shop', w.shops);
    s.deliver(centre, shop, [honeyLot], 22, 8);
    sellUnits(s, shop, honeyLot, honeyJars, 4, 24);
    sellByWeight(s, shop, honeyLot, s.random.int(5, 30) * 100, s.days.at(25, 16));
  }

  // Jam: two packing lots to shops, two to an exporter in one shipment.
  const [p1, p2, p3, p4] = line.jamLotIds;
  for (const lotId of line.jamLotIds) issued.push(...certify(s, lotId, 21, issykKul));
  const jars = line.jamLotIds.map((lotId) => packUnits(s, centre, lotId, s.random.int(24, 48), 350, false, s.days.at(22, 9)));
  const shops = s.inTurn('jam-shop', w.shops, 2);
  const shelves = [p1, p2].map((lotId, i) => {
    s.deliver(centre, shops[i], [lotId], 23, 8);
    return sellUnits(s, shops[i], lotId, jars[i], s.random.int(3, 6), 25 + i);
  });
  const [exporter] = s.inTurn('jam-exporter', w.exporters);
  s.deliver(centre, exporter, [p3, p4], 23, 9);
  exportLots(s, exporter, [p3, p4], 'jam', s.days.at(28, 11));

  soapBatch(s, honey.map((h) => ({ village: h.village, waxLotIds: h.waxLotIds })), 16);
  feltBatch(s, s.inTurn('wool', w.woolVillages)[0], 5);

  // Later news: a recall now and then (after the sales), certificates revoked or expired.
  if (s.random.chance(0.03)) recall(s, p1, shelves[0], true, s.days.at(45, 10));
  else if (s.random.chance(0.03) && shelves[1].length >= 2) recall(s, p2, shelves[1], false, s.days.at(45, 11));
  settleCertificates(s, issued, 21);
}
