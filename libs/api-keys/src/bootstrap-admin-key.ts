import { randomUUID } from 'node:crypto';
import { DomainError, Party, PartyEvent, decideRegisterParty, foldParty, masterDataLookupOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { IssuedApiKey, issueApiKey } from './issue-api-key';

/** The admin party `tamga admin-key` creates when no other is named. */
export const DEFAULT_ADMIN_PARTY_ID = 'admin:tamga';

/** Which admin party to give a key to, and how to label the key. */
export interface AdminKeyOptions {
  readonly partyId?: string;
  readonly label?: string;
}

/**
 * The way in before any key exists: registers the admin party if it is absent and issues it a
 * key, directly against the event store (whoever can reach the database is trusted with this).
 * The admin records both facts as itself. Refuses a party that exists without the admin role.
 */
export async function bootstrapAdminKey(eventStore: PostgresEventStore, options: AdminKeyOptions = {}): Promise<IssuedApiKey> {
  const partyId = options.partyId ?? DEFAULT_ADMIN_PARTY_ID;
  const meta = { now: new Date(), actorId: partyId };
  const admin = (await loadParty(eventStore, partyId)) ?? (await registerAdmin(eventStore, partyId, meta));
  if (!admin.kinds.includes('admin')) {
    throw new DomainError('ACCESS.NOT_AN_ADMIN', 'conflict', `Party ${partyId} exists and is not an admin; name another party`, [
      { field: 'partyId', rule: 'admin-party', message: 'must name an admin party, or one not registered yet', kinds: admin.kinds },
    ]);
  }
  return issueApiKey(eventStore, { partyId, label: options.label ?? 'bootstrap' }, masterDataLookupOf({ parties: [admin] }), meta);
}

async function loadParty(eventStore: PostgresEventStore, partyId: string): Promise<Party | undefined> {
  const state = foldParty((await eventStore.readStream(streamIdOf.party(partyId))).map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PartyEvent));
  return state.status === 'registered' ? state : undefined;
}

async function registerAdmin(eventStore: PostgresEventStore, partyId: string, meta: { now: Date; actorId: string }): Promise<Party> {
  const [registered] = decideRegisterParty({ partyId, kinds: ['admin'] }, { status: 'absent' }, meta);
  try {
    await eventStore.append(
      [{ streamId: streamIdOf.party(partyId), expectedVersion: 0, events: [{ ...registered, eventId: randomUUID(), occurredAt: meta.now.toISOString() }] }],
      { actorId: partyId, metadata: { commandId: randomUUID() }, respond: () => ({ status: 201, body: null }) },
    );
    return registered.data;
  } catch (error) {
    // Two bootstraps at once: the other registered it first, which is just as good.
    if (error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT') {
      const party = await loadParty(eventStore, partyId);
      if (party) return party;
    }
    throw error;
  }
}
