/**
 * CBV 2.0 standard vocabulary as bound by the EPCIS 2.0 JSON-LD context: bare-string terms
 * ("shipping", "in_transit", "po", "Temperature" ...) and their web URIs, plus the rewriting of the
 * legacy CBV 1.x URNs (urn:epcglobal:cbv:bizstep:...) that CBV 2.0 §8.9 requires before hashing.
 */

/** CBV 2.0 web vocabulary namespace. */
export const CBV_NAMESPACE = 'https://ref.gs1.org/cbv/';
/** GS1 web vocabulary namespace the EPCIS 2.0 context binds to the "gs1" prefix (measurement types, sensor exceptions). */
export const GS1_VOC_NAMESPACE = 'https://gs1.org/voc/';

/** The EPCIS fields whose values are CBV/GS1 vocabulary terms, as typed "@vocab" in the EPCIS 2.0 context. */
export type VocabularyKind =
  | 'bizStep'
  | 'disposition'
  | 'bizTransactionType'
  | 'sourceDestinationType'
  | 'errorReason'
  | 'measurementType'
  | 'sensorException'
  | 'sensorComponent';

const words = (text: string): readonly string[] => text.trim().split(/\s+/);

const BIZ_STEPS = words(`accepting arriving assembling collecting commissioning consigning creating_class_instance
  cycle_counting decommissioning departing destroying disassembling dispensing encoding entering_exiting holding
  inspecting installing killing loading other packing picking receiving removing repackaging repairing replacing
  reserving retail_selling sampling sensor_reporting shipping staging_outbound stock_taking stocking storing
  transporting unloading unpacking void_shipping`);
const DISPOSITIONS = words(`active available completeness_verified completeness_inferred conformant container_closed
  container_open damaged destroyed dispensed disposed encoded expired in_progress in_transit inactive
  mismatch_instance mismatch_class mismatch_quantity needs_replacement no_pedigree_match non_conformant
  non_sellable_other partially_dispensed recalled reserved retail_sold returned sellable_accessible
  sellable_not_accessible stolen unavailable unknown`);
const BIZ_TRANSACTION_TYPES = words('bol cert desadv inv pedigree po poc prodorder recadv rma testprd testres upevt');
const SOURCE_DESTINATION_TYPES = words('owning_party possessing_party location');
const ERROR_REASONS = words('did_not_occur incorrect_data');
const MEASUREMENT_TYPES = words(`AbsoluteHumidity AbsorbedDose AbsorbedDoseRate Acceleration Radioactivity Altitude
  AmountOfSubstance AmountOfSubstancePerUnitVolume Angle AngularAcceleration AngularMomentum AngularVelocity Area
  Capacitance Conductance Conductivity Count Density Dimensionless DoseEquivalent DoseEquivalentRate
  DynamicViscosity ElectricCharge ElectricCurrent ElectricCurrentDensity ElectricFieldStrength Energy Exposure Force
  Frequency Illuminance Inductance Irradiance KinematicViscosity Length LinearMomentum Luminance LuminousFlux
  LuminousIntensity MagneticFlux MagneticFluxDensity MagneticVectorPotential Mass MassConcentration MassFlowRate
  MassPerAreaTime MemoryCapacity MolalityOfSolute MolarEnergy MolarMass MolarVolume Power Pressure RadiantFlux
  RadiantIntensity RelativeHumidity Resistance Resistivity SolidAngle SpecificVolume Speed SurfaceDensity
  SurfaceTension Temperature Time Torque Voltage Volume VolumeFlowRate VolumeFraction VolumetricFlux Wavenumber`);
const SENSOR_EXCEPTIONS = words('ALARM_CONDITION ERROR_CONDITION');
const SENSOR_COMPONENTS = words(`x y z axial_distance azimuth height spherical_radius polar_angle elevation_angle
  easting northing latitude longitude altitude`);

const table = (terms: readonly string[], iriPrefix: string): ReadonlyMap<string, string> =>
  new Map(terms.map((term) => [term, iriPrefix + term]));

const VOCABULARIES: Readonly<Record<VocabularyKind, ReadonlyMap<string, string>>> = {
  bizStep: table(BIZ_STEPS, `${CBV_NAMESPACE}BizStep-`),
  disposition: table(DISPOSITIONS, `${CBV_NAMESPACE}Disp-`),
  bizTransactionType: table(BIZ_TRANSACTION_TYPES, `${CBV_NAMESPACE}BTT-`),
  sourceDestinationType: table(SOURCE_DESTINATION_TYPES, `${CBV_NAMESPACE}SDT-`),
  errorReason: table(ERROR_REASONS, `${CBV_NAMESPACE}ER-`),
  measurementType: table(MEASUREMENT_TYPES, GS1_VOC_NAMESPACE),
  sensorException: table(SENSOR_EXCEPTIONS, GS1_VOC_NAMESPACE),
  sensorComponent: table(SENSOR_COMPONENTS, `${CBV_NAMESPACE}Comp-`),
};

/** Expands a bare-string standard vocabulary term to its web URI (e.g. bizStep "shipping" -> https://ref.gs1.org/cbv/BizStep-shipping); other values are returned unchanged. */
export function expandVocabularyTerm(kind: VocabularyKind, value: string): string {
  return VOCABULARIES[kind].get(value) ?? value;
}

/** Legacy CBV URN prefixes and the CBV 2.0 web URI prefixes that replace them. */
const CBV_URN_PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['urn:epcglobal:cbv:bizstep:', `${CBV_NAMESPACE}BizStep-`],
  ['urn:epcglobal:cbv:disp:', `${CBV_NAMESPACE}Disp-`],
  ['urn:epcglobal:cbv:btt:', `${CBV_NAMESPACE}BTT-`],
  ['urn:epcglobal:cbv:sdt:', `${CBV_NAMESPACE}SDT-`],
  ['urn:epcglobal:cbv:er:', `${CBV_NAMESPACE}ER-`],
];

/** Rewrites legacy CBV URNs (urn:epcglobal:cbv:bizstep:receiving) to CBV 2.0 web URIs (https://ref.gs1.org/cbv/BizStep-receiving). */
export function cbvUrnToWebUri(value: string): string {
  let result = value;
  for (const [urn, web] of CBV_URN_PREFIXES) result = result.split(urn).join(web);
  return result;
}
