import { shipmentsArgumentsOf } from './shipments-arguments';
import { shipmentsTable } from './shipments-table';

describe('tamga shipments', () => {
  it.each([
    [[], { json: false }],
    [['--json'], { json: true }],
    [['--url', 'http://h:3000', '--json'], { json: true, url: 'http://h:3000' }],
  ])('reads %p', (args, expected) => {
    expect(shipmentsArgumentsOf(args)).toEqual(expected);
  });

  it.each([[['--json', '--json']], [['--url']], [['--url=']], [['list']]])('refuses %p', (args) => {
    expect(shipmentsArgumentsOf(args)).toBeNull();
  });

  it('prints one aligned row per shipment: its Kyrgyzstan date, products once, quantities summed per unit', () => {
    const table = shipmentsTable([
      { shipmentId: 'EX-1', exportedAt: '2026-09-11T20:30:00.000Z', destinationCountry: 'JP', exporterId: 'exporter:ak-jol', lots: [
        { lotId: 'J2', productId: 'jam', quantity: { amount: 40.1, unit: 'KGM' } },
        { lotId: 'HN', productId: 'honey', quantity: { amount: 20.2, unit: 'KGM' } },
        { lotId: 'HN2', productId: 'honey', quantity: { amount: 3, unit: 'H87' } },
      ] },
      { shipmentId: 'EX-22', exportedAt: '2026-09-12T03:00:00.000Z', destinationCountry: 'CN', exporterId: null, lots: [{ lotId: 'R', productId: null, quantity: { amount: 2, unit: 'H87' } }] },
    ]);
    expect(table.split('\n')).toEqual([
      'SHIPMENT  DATE        TO  EXPORTER         PRODUCTS    QUANTITY',
      'EX-1      2026-09-12  JP  exporter:ak-jol  jam, honey  60.3 KGM + 3 H87',
      'EX-22     2026-09-12  CN  -                ?           2 H87',
      '',
    ]);
  });
});
