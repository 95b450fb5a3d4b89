export * from './dossier-record';
export * from './percent-shares';
export * from './certifications-on-date';
export * from './inspections-until';
export * from './lot-genealogy';
export * from './origin-shares';
export * from './origin-dossier';
export * from './build-origin-dossier';
