import { renderLotEvent } from '#tamga/epcis';
import { journeyFixture } from '../../../../libs/epcis/src/rendering/testing/journey-envelopes.testing';
import { inMemoryLog } from './journey-log.testing';
import { LogRenderingContext } from './log-rendering-context';

const { journey, envelopes, context: reference } = journeyFixture();

describe('the rendering context of a batched export', () => {
  it('renders every batch as a context holding the whole log would', async () => {
    const log = inMemoryLog(journey, envelopes);
    const context = new LogRenderingContext(log.read);
    for (let i = 0; i < envelopes.length; i += 4) {
      const batch = envelopes.slice(i, i + 4);
      await context.prepare(batch);
      for (const e of batch) expect(renderLotEvent(e, context)).toEqual(renderLotEvent(e, reference));
    }
  });

  it('asks for each product and place once, however many batches name it', async () => {
    const log = inMemoryLog(journey, envelopes);
    const context = new LogRenderingContext(log.read);
    for (const e of envelopes) await context.prepare([e]);
    const masterDataRequests = log.requests.flat().filter((id) => id.includes('/'));
    expect(new Set(masterDataRequests).size).toBe(masterDataRequests.length);
  });

  it('leaves unregistered master data undefined, so rendering names what is missing', async () => {
    const log = inMemoryLog({ ...journey, masterData: { ...journey.masterData, products: [] } }, envelopes);
    const context = new LogRenderingContext(log.read);
    await context.prepare(envelopes.slice(0, 1));
    expect(() => renderLotEvent(envelopes[0], context)).toThrow(/product product:honeycomb-t1 is not in the master data/);
  });
});
