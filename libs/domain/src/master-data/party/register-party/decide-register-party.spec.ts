import { Party } from '../party';
import { PERSONAL_DETAIL_FIELDS, PartyPersonalDetails, partyPersonalDetailsOf } from '../party-personal-details';
import { ABSENT_PARTY, foldParty } from '../party-state';
import { decideRegisterParty } from './decide-register-party';
import { RegisterParty } from './register-party.command';
import { refusal } from '../../../shared/refusal.testing';

const meta = { now: new Date('2026-03-03T09:00:00Z'), actorId: 'admin:ovop-association' };

const asel: RegisterParty = {
  partyId: 'producer:asel-tamga',
  kinds: ['producer'],
  memberOfIds: ['association:ovop-issyk-kul', 'group:tamga-beekeepers'],
  operatesPlaceIds: ['apiary:tamga-sainfoin-slope'],
};

// Compile-time guard: if a personal field is ever added to Party, this line stops compiling.
const partyHoldsNoPersonalData: Extract<keyof Party, (typeof PERSONAL_DETAIL_FIELDS)[number]> extends never ? true : false = true;

describe('register a party', () => {
  it('given no party, records party.registered with ids sorted', () => {
    expect(decideRegisterParty({ ...asel, memberOfIds: [...asel.memberOfIds!].reverse() }, ABSENT_PARTY, meta)).toEqual([
      {
        type: 'party.registered',
        schemaVersion: 1,
        data: {
          partyId: 'producer:asel-tamga',
          version: 1,
          kinds: ['producer'],
          memberOfIds: ['association:ovop-issyk-kul', 'group:tamga-beekeepers'],
          operatesPlaceIds: ['apiary:tamga-sainfoin-slope'],
        },
      },
    ]);
  });

  it('keeps personal data sent along with the command out of the event', () => {
    const withPersonalData = { ...asel, personName: 'Асель Токтогулова', phone: '+996555123456', address: 'Тамга, ул. Манаса 12' };
    const [event] = decideRegisterParty(withPersonalData, ABSENT_PARTY, meta);
    expect(partyHoldsNoPersonalData).toBe(true);
    const wire = JSON.stringify(event);
    for (const field of PERSONAL_DETAIL_FIELDS) expect(wire).not.toContain(field);
    expect(wire).not.toContain('Асель');
    expect(wire).not.toContain('996555123456');
  });

  it('given the party exists, refuses registering it again; a revision adds the exporter role', () => {
    const state = foldParty(decideRegisterParty(asel, ABSENT_PARTY, meta));
    expect(refusal(() => decideRegisterParty(asel, state, meta))).toMatchObject({ code: 'PARTY.ALREADY_EXISTS', kind: 'conflict' });
    const [event] = decideRegisterParty({ ...asel, expectedVersion: 1, kinds: ['producer', 'exporter'] }, state, meta);
    expect(event).toMatchObject({ type: 'party.revised', data: { version: 2, kinds: ['exporter', 'producer'] } });
  });

  it.each([
    [{ kinds: [] }, 'kinds', 'at-least-one-kind'],
    [{ kinds: ['farmer'] }, 'kinds[0]', 'known-value'],
    [{ operatesPlaceIds: ['Apiary Tamga'] }, 'operatesPlaceIds[0]', 'reference-id'],
    [{ memberOfIds: ['group:tamga-beekeepers', 'group:tamga-beekeepers'] }, 'memberOfIds', 'unique'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideRegisterParty({ ...asel, ...change }, ABSENT_PARTY, meta));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });

  it('accepts an inspector who operates no place and belongs to no group', () => {
    const [event] = decideRegisterParty({ partyId: 'inspector:karakol-1', kinds: ['inspector'] }, ABSENT_PARTY, meta);
    expect(event.data).toMatchObject({ memberOfIds: [], operatesPlaceIds: [] });
  });
});

describe('party personal details (erasable, never in an event)', () => {
  const details: PartyPersonalDetails = {
    partyId: 'producer:asel-tamga',
    personName: ' Асель Токтогулова ',
    phone: '+996 (555) 12-34-56',
    address: 'Тамга, ул. Манаса 12',
  };

  it('trims the name and normalises the phone to E.164', () => {
    expect(partyPersonalDetailsOf(details)).toEqual({
      partyId: 'producer:asel-tamga',
      personName: 'Асель Токтогулова',
      phone: '+996555123456',
      address: 'Тамга, ул. Манаса 12',
    });
  });

  it('refuses a blank name and a local phone number', () => {
    expect(() => partyPersonalDetailsOf({ ...details, personName: ' ' })).toThrow(/personName/);
    expect(refusal(() => partyPersonalDetailsOf({ ...details, phone: '0555 123 456' })).details[0]).toMatchObject({ rule: 'e164' });
  });
});
