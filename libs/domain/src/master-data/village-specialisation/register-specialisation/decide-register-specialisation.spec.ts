import { isRegisteredFor } from '../is-registered-for';
import { foldVillageSpecialisations } from '../village-specialisation-state';
import { decideRegisterSpecialisation } from './decide-register-specialisation';
import { RegisterSpecialisation } from './register-specialisation.command';
import { refusal } from '../../../shared/refusal.testing';

const meta = { now: new Date('2026-03-03T09:00:00Z'), actorId: 'admin:ovop-association' };
const honey: RegisterSpecialisation = { villageId: 'village:tamga', productId: 'product:white-sainfoin-honey', since: '2023-03-03' };

describe('register a village specialisation', () => {
  it('given no specialisations, records village.specialisation-registered', () => {
    expect(decideRegisterSpecialisation(honey, [], meta)).toEqual([
      {
        type: 'village.specialisation-registered',
        schemaVersion: 1,
        data: { villageId: 'village:tamga', productId: 'product:white-sainfoin-honey', since: '2023-03-03' },
      },
    ]);
  });

  it('given Tamga registered for honey, accepts a second product and refuses honey again', () => {
    const state = foldVillageSpecialisations(decideRegisterSpecialisation(honey, [], meta));
    const jam = { ...honey, productId: 'product:sea-buckthorn-jam', since: '2024-06-01' };
    expect(decideRegisterSpecialisation(jam, state, meta)[0].data.productId).toBe('product:sea-buckthorn-jam');
    const error = refusal(() => decideRegisterSpecialisation({ ...honey, since: '2025-01-01' }, state, meta));
    expect(error).toMatchObject({ code: 'SPECIALISATION.ALREADY_REGISTERED', kind: 'conflict' });
    expect(error.details[0]).toMatchObject({ since: '2023-03-03' });
  });

  it.each([
    [{ since: '2023-02-29' }, 'since', 'iso-8601-date'],
    [{ since: '03.03.2023' }, 'since', 'iso-8601-date'],
    [{ since: '1999-12-31' }, 'since', 'not-before-2000'],
    [{ villageId: 'Tamga' }, 'villageId', 'reference-id'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideRegisterSpecialisation({ ...honey, ...change }, [], meta));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });
});

describe('isRegisteredFor', () => {
  const specialisations = foldVillageSpecialisations(decideRegisterSpecialisation(honey, [], meta));

  it('is true from the start of the date in Kyrgyzstan (UTC+6), false just before', () => {
    const at = (iso: string) => isRegisteredFor(specialisations, 'village:tamga', 'product:white-sainfoin-honey', new Date(iso));
    expect(at('2023-03-02T18:00:00Z')).toBe(true); // 00:00 on 3 March in Tamga
    expect(at('2023-03-02T17:59:59Z')).toBe(false);
    expect(at('2026-07-15T00:30:00Z')).toBe(true);
  });

  it('is false for another product or another village', () => {
    const at = new Date('2026-07-15T00:30:00Z');
    expect(isRegisteredFor(specialisations, 'village:tamga', 'product:shakar-soap', at)).toBe(false);
    expect(isRegisteredFor(specialisations, 'village:barskoon', 'product:white-sainfoin-honey', at)).toBe(false);
  });
});
