import { DomainError } from '../../../shared/domain-error';
import { ABSENT_SCHEME, foldScheme } from '../scheme-state';
import { decideRegisterScheme } from './decide-register-scheme';
import { RegisterScheme } from './register-scheme.command';
import { refusal } from '../../../shared/refusal.testing';

const meta = { now: new Date('2026-03-03T09:00:00Z'), actorId: 'admin:ovop-association' };

const madeInKyrgyzstan: RegisterScheme = {
  schemeId: 'scheme:made-in-kyrgyzstan',
  kind: 'national-brand',
  names: { ky: 'Кыргызстанда жасалган', ru: 'Сделано в Кыргызстане', en: 'Made in Kyrgyzstan', ja: 'キルギス製', zh: '吉尔吉斯斯坦制造' },
  issuerPartyId: 'certifier:cabinet-of-ministers',
};
const issykKulBrand: RegisterScheme = {
  schemeId: 'scheme:issyk-kul-regional-brand',
  kind: 'regional-brand',
  names: { ky: 'Ысык-Көл аймактык бренди', ru: 'Региональный бренд Иссык-Куля', en: 'Issyk-Kul regional brand' },
  issuerPartyId: 'certifier:ovop-association',
  regionId: 'region:issyk-kul',
};

describe('register a brand or certification scheme', () => {
  it('given no scheme, records scheme.registered with its issuer', () => {
    expect(decideRegisterScheme(madeInKyrgyzstan, ABSENT_SCHEME, meta)).toEqual([
      {
        type: 'scheme.registered',
        schemaVersion: 1,
        data: {
          schemeId: 'scheme:made-in-kyrgyzstan',
          version: 1,
          kind: 'national-brand',
          names: madeInKyrgyzstan.names,
          issuerPartyId: 'certifier:cabinet-of-ministers',
        },
      },
    ]);
  });

  it('records the Issyk-Kul regional brand with its region', () => {
    expect(decideRegisterScheme(issykKulBrand, ABSENT_SCHEME, meta)[0].data).toMatchObject({ regionId: 'region:issyk-kul' });
  });

  it('refuses a regional brand without a region, and a region on a halal scheme', () => {
    const { regionId: _, ...noRegion } = issykKulBrand;
    expect(refusal(() => decideRegisterScheme(noRegion, ABSENT_SCHEME, meta)).details[0]).toMatchObject({
      rule: 'region-for-regional-brand',
    });
    const halal = { schemeId: 'scheme:halal-kg', kind: 'halal', names: { ky: 'Халал', ru: 'Халяль', en: 'Halal' }, issuerPartyId: 'certifier:halal-centre' };
    expect(() => decideRegisterScheme(halal, ABSENT_SCHEME, meta)).not.toThrow();
    expect(() => decideRegisterScheme({ ...halal, regionId: 'region:issyk-kul' }, ABSENT_SCHEME, meta)).toThrow(DomainError);
  });

  it('given the scheme exists, refuses registering it again; a revision may change the issuer, not the kind', () => {
    const state = foldScheme(decideRegisterScheme(madeInKyrgyzstan, ABSENT_SCHEME, meta));
    expect(refusal(() => decideRegisterScheme(madeInKyrgyzstan, state, meta))).toMatchObject({ code: 'SCHEME.ALREADY_EXISTS', kind: 'conflict' });
    const moved = { ...madeInKyrgyzstan, expectedVersion: 1, issuerPartyId: 'certifier:ministry-of-economy' };
    expect(decideRegisterScheme(moved, state, meta)[0]).toMatchObject({ type: 'scheme.revised', data: { version: 2 } });
    const error = refusal(() => decideRegisterScheme({ ...madeInKyrgyzstan, expectedVersion: 1, kind: 'organic' }, state, meta));
    expect(error).toMatchObject({ code: 'SCHEME.IMMUTABLE_FIELD', kind: 'conflict' });
  });

  it.each([
    [{ kind: 'gold-medal' }, 'kind', 'known-value'],
    [{ issuerPartyId: '' }, 'issuerPartyId', 'reference-id'],
    [{ names: { ky: 'Органикалык', ru: 'Органик', en: '' } }, 'names.en', 'name-required'],
  ])('refuses %p (field %s, rule %s)', (change, field, rule) => {
    const error = refusal(() => decideRegisterScheme({ ...madeInKyrgyzstan, ...change } as RegisterScheme, ABSENT_SCHEME, meta));
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field, rule });
  });
});
