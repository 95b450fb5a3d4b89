import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { LotEvent, LotLink, LotMerged, LotSplit, LotTransformed, linksOf, streamKindOf } from '#tamga/domain';

type MultiLotFact = LotTransformed | LotSplit | LotMerged;

const MULTI_LOT_TYPES: readonly string[] = ['lot.transformed', 'lot.split', 'lot.merged'];

/**
 * The genealogy: links and facts from every transformation, split and merge. Each copy of a fact
 * (one per lot it touches, possibly on different partitions) carries the same data, so whichever
 * copy arrives first writes the rows and the others change nothing.
 */
export async function projectLotLinks(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  // The copies of one fact share its recorder: they are appended by one command.
  const facts = events
    .filter((e) => streamKindOf(e.streamId) === 'lot' && MULTI_LOT_TYPES.includes(e.type))
    .map((e) => ({ actorId: e.actorId, fact: { type: e.type, schemaVersion: e.schemaVersion, data: e.data } as LotEvent as MultiLotFact }));
  if (facts.length === 0) return;
  const links = facts.flatMap(({ actorId, fact }) => linksOf(fact).map((link) => ({ ...link, actorId })));
  await insertLinks(client, schema, links);
  await insertFacts(client, schema, facts);
}

async function insertLinks(client: PoolClient, s: string, links: readonly (LotLink & { actorId: string | null })[]): Promise<void> {
  const column = <T>(pick: (l: LotLink & { actorId: string | null }) => T) => links.map(pick);
  await client.query(
    `INSERT INTO ${s}.lot_links (output_lot_id, input_lot_id, transformation_id, kind, process, place_id, input_product_id, output_product_id,
                                 taken_amount, taken_unit, made_amount, made_unit, inputs_base_milli, outputs_base_milli, occurred_at, actor_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                          $9::numeric[], $10::text[], $11::numeric[], $12::text[], $13::bigint[], $14::bigint[], $15::timestamptz[], $16::text[])
     ON CONFLICT DO NOTHING`,
    [
      column((l) => l.outputLotId), column((l) => l.inputLotId), column((l) => l.transformationId), column((l) => l.kind),
      column((l) => l.process), column((l) => l.placeId), column((l) => l.inputProductId), column((l) => l.outputProductId),
      column((l) => l.taken.amount), column((l) => l.taken.unit), column((l) => l.made.amount), column((l) => l.made.unit),
      column((l) => l.inputsBaseMilli), column((l) => l.outputsBaseMilli), column((l) => l.occurredAt), column((l) => l.actorId),
    ],
  );
}

async function insertFacts(client: PoolClient, s: string, facts: readonly { actorId: string | null; fact: MultiLotFact }[]): Promise<void> {
  const rows = facts.map(({ actorId, fact }) => {
    const [link] = linksOf(fact);
    return { fact, link, actorId, firstOutput: [...fact.data.outputs.map((o) => o.lotId)].sort()[0] };
  });
  await client.query(
    `INSERT INTO ${s}.transformations (transformation_id, first_output_lot_id, kind, process, place_id, actor_id, inputs, outputs,
                                       inputs_base_milli, outputs_base_milli, occurred_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[],
                          $9::bigint[], $10::bigint[], $11::timestamptz[])
     ON CONFLICT DO NOTHING`,
    [
      rows.map((r) => r.fact.data.transformationId), rows.map((r) => r.firstOutput), rows.map((r) => r.link.kind), rows.map((r) => r.link.process),
      rows.map((r) => r.fact.data.placeId), rows.map((r) => r.actorId), rows.map((r) => JSON.stringify(r.fact.data.inputs)),
      rows.map((r) => JSON.stringify(r.fact.data.outputs)), rows.map((r) => r.link.inputsBaseMilli), rows.map((r) => r.link.outputsBaseMilli),
      rows.map((r) => r.link.occurredAt),
    ],
  );
}
