import { bundleArgumentsOf } from './bundle-arguments';

describe('tamga bundle arguments', () => {
  it.each([
    [['--shipment', 'EX-1'], { shipmentId: 'EX-1', withhold: [] }],
    [['--shipment=EX-1', '--withhold', 'buyer,lot.harvested:location', '--url', 'http://h:3000'], { shipmentId: 'EX-1', withhold: ['buyer', 'lot.harvested:location'], url: 'http://h:3000' }],
    [['--withhold=prices,producer-names', '--shipment', 'EX-1'], { shipmentId: 'EX-1', withhold: ['prices', 'producer-names'] }],
  ])('reads %p', (args, expected) => {
    expect(bundleArgumentsOf(args)).toEqual(expected);
  });

  it.each([
    [[], '--shipment ID is required'],
    [['--shipment'], '--shipment needs a value'],
    [['--shipment', 'EX-1', '--shipment', 'EX-2'], 'given twice'],
    [['--shipment', 'EX-1', '--withhold', 'everything'], '"everything" is neither a group'],
    [['--shipment', 'EX-1', 'extra'], 'unknown argument extra'],
  ])('refuses %p, saying why', (args, why) => {
    expect(bundleArgumentsOf(args)).toEqual({ error: expect.stringContaining(why) });
  });
});
