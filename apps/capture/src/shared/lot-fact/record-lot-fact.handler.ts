import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { RecordedLotEvent, foldLot } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { answerOnce, claimOf } from '../answer-once';
import { decideAgainOnRace } from './decide-again-on-race';
import { CommandResult } from '../command-result';
import { toRecordedLotEvent } from '../lot-history';
import { loadMasterDataAndKeys } from '../master-data-loader';
import { dryRunView, planFactSeals, withSeals } from './fact-seal-plan';
import { factSignature } from './fact-signature';
import { SIGNATURE_HEADER } from './lot-fact-signing';
import { reserveUnitSerials } from './reserve-unit-serials';
import { appendsOf } from './appends-of';
import { RecordLotFactCommand } from './record-lot-fact.command';
import { viewOf } from './recorded-event-view';
import { registeredActor } from './registered-actor';

/**
 * Every lot fact runs the same way: load the lots it touches and the master data it names, decide,
 * render the fact in EPCIS and check its signature (ADR 0016: a device's, or none and the store
 * signs as the server), and append every event to its lot with that lot's expected version, all in
 * one transaction. When
 * another command moved one of the lots in between, the fact is decided again on the new state (a
 * sale and a shipment of one lot may both fit); after a few tries the conflict is answered.
 */
@CommandHandler(RecordLotFactCommand)
export class RecordLotFactHandler implements ICommandHandler<RecordLotFactCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RecordLotFactCommand): Promise<CommandResult> {
    // A dry run records nothing, so it has nothing to answer again under an idempotency key.
    if (command.signing.dryRun) return this.decideAndAppend(command, undefined);
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, () => decideAgainOnRace(() => this.decideAndAppend(command, claim)));
  }

  private async decideAndAppend(command: RecordLotFactCommand, claim: ReturnType<typeof claimOf>): Promise<CommandResult> {
    const { useCase } = command;
    const lotIds = [...new Set(useCase.lotIds(command.command))];
    const needs = useCase.needs(command.command);
    const [streams, { masterData, signingKeys }] = await Promise.all([
      this.eventStore.readStreams(lotIds),
      // The actor's party is read again, not taken from the key check: that is cached for up to 5 s,
      // and which places a party operates (and which signing keys it holds) must be current.
      loadMasterDataAndKeys(this.eventStore, needs, command.actorId),
    ]);
    const actor = registeredActor(masterData.party(command.actorId), command.actorId);
    const lots = new Map<string, RecordedLotEvent[]>(lotIds.map((id) => [id, (streams.get(id) ?? []).map(toRecordedLotEvent)]));
    const now = new Date();
    const decided = useCase.decide(command.command, { now, actor, masterData, lots });
    const pending = decided.map(({ lotId, event }) => ({
      lotId,
      record: { eventId: randomUUID(), version: 0, actorId: actor.partyId, event },
    }));
    const plans = await planFactSeals(this.eventStore, pending, { masterData, lots, actorId: command.actorId, now });
    if (command.signing.dryRun) return { status: 200, body: dryRunView(plans[0]), replayed: false };
    const signature = await factSignature(plans[0], command.signing.signature, signingKeys, command.actorId, now, SIGNATURE_HEADER);
    const outcome = await this.eventStore.append(appendsOf(withSeals(pending, plans, signature), lots), {
      actorId: command.actorId,
      metadata: { commandId: randomUUID(), ...(claim ? { idempotencyKey: claim.key } : {}) },
      idempotency: claim,
      inTransaction: reserveUnitSerials((lotId) => foldLot(lotId, lots.get(lotId) ?? [])),
      respond: (stored) => ({ status: 201, body: { recorded: stored.map(viewOf) } }),
    });
    return { ...outcome.response, replayed: outcome.replayed };
  }
}
