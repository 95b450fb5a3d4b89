import { EN_INSPECTOR } from './inspector/en';
import { Messages } from './messages';

/** English: for foreign buyers and visitors, and the fallback for Japanese and Chinese readers. */
export const EN: Messages = {
  languageName: 'English',
  tagline: 'One Village One Product · Kyrgyzstan',
  languageSwitcher: 'Language',
  pageTitle: '{product}: where it comes from',
  lot: 'Lot',
  serial: 'Serial number',
  gtin: 'GTIN',

  originTitle: 'Where it comes from',
  village: 'Village',
  producer: 'Producer',
  producerNote: 'Producers are shown by their registered id: Tamga publishes no personal names.',
  harvested: 'Harvested',
  harvestPlace: 'Harvest place',
  harvestsCount: 'Harvests that went into it: {n}',
  andMore: 'and {n} more',
  madeFrom: 'Raw material',
  mapCaption: 'Where it was harvested, on a map of Kyrgyzstan',
  mapLake: 'Issyk-Kul',
  mapCapital: 'Bishkek',
  noOrigin: 'The origin of this lot is not recorded.',

  stepsTitle: 'How it was made',
  stepInputs: 'From',
  stepHarvest: 'Harvest',
  stepPacked: 'Packed',
  stepSplit: 'Lot divided',
  stepMerged: 'Lots combined',
  noSteps: 'Sold as harvested.',
  earlierSteps: '{n} earlier steps are not shown.',

  certificatesTitle: 'Certifications valid today',
  validUntil: 'valid until {date}',
  noCertificates: 'No certification is valid today.',

  labTitle: 'Lab results',
  labTested: 'Tested on {date}',
  labWithin: 'within limits',
  labOutside: 'outside limits',
  labLimit: 'limit',
  noLab: 'No lab results are recorded.',

  soldTitle: 'Where it was sold',
  exportedTo: 'Exported to {country}',
  notSold: 'Not sold yet.',
  unitSold: 'This unit was sold: {place}, {date}.',

  integrityTitle: 'About this record',
  integrity:
    'This story is built from {n} events in Tamga’s append-only record: nothing in it is edited or deleted, and corrections are added as new events. Last entry: {date}.',
  integrityUpstream: 'Its origin is traced through {n} earlier lots.',
  verifySoon: 'A way to check the record yourself is coming soon.',
  integrityLog: 'Recorded in the Tamga log at checkpoint {n}.',
  integrityLogProof: 'Check the proof',
  integrityLogPending: 'The latest entry is not yet in a signed checkpoint of the Tamga log; it will be shortly.',

  bannerRecalled: 'Recalled: do not use this product. Return it to the shop where you bought it.',
  bannerUnitRecalled: 'This unit is recalled: do not use it. Return it to the shop where you bought it.',
  bannerSomeUnitsRecalled: 'Some units of this lot are recalled ({n}). Scan the code on your own unit to see whether yours is one of them.',
  bannerHeld: 'On hold: this lot is being checked and may not be sold until it is released.',
  bannerIngredientRecalled: 'A raw material of this product ({product}, lot {lot}) has been recalled. Ask the shop before using it.',
  reason: 'Reason: {reason}',
  since: 'Since {date}',

  productIntro: 'Scan the code on a jar or package to see where its lot comes from.',
  recentLots: 'Recent lots',
  noLots: 'No lots are recorded yet.',

  notFoundTitle: 'We don’t know this code',
  notFoundBody: 'No product, lot or unit with this code is recorded in Tamga yet. Check the code on the label, or ask the shop.',
  badRequestTitle: 'This code cannot be read',
  badRequestBody: 'This address is not a valid GS1 Digital Link: {reason}. Scan the QR code again, or type the code printed on the label.',
  badGtin: 'the product number (GTIN) is wrong',
  badCheckDigit: 'the product number’s check digit does not match',
  badLot: 'the lot code is not valid',
  badSerial: 'the serial number is not valid',
  badStructure: 'its parts are missing or out of order',

  pieces: '{n} pcs',
  categories: {
    honey: 'Honey', jam: 'Jam', berries: 'Berries', 'dried-fruit': 'Dried fruit', herbs: 'Herbs', sugar: 'Sugar', soap: 'Soap',
    oil: 'Oils and fats', wool: 'Wool', felt: 'Felt', textile: 'Textiles', dairy: 'Dairy', other: 'Other',
  },
  processes: {
    extraction: 'Extraction', blending: 'Blending', cooking: 'Cooking', 'soap-making': 'Soap making', felting: 'Felting',
    drying: 'Drying', spinning: 'Spinning',
  },
  labParameters: {
    moisture: 'Moisture', hmf: 'HMF (freshness)', ph: 'pH', 'diastase activity': 'Diastase activity', 'soluble solids': 'Soluble solids',
    'yeasts and moulds': 'Yeasts and moulds', 'free alkali (naoh)': 'Free alkali (NaOH)',
  },
  inspector: EN_INSPECTOR,
};
