export * from './master-data-read-model.ddl';
export * from './master-data-page';
export * from './master-data-projections';
export * from './place.query';
export * from './product.query';
export * from './party.query';
export * from './scheme.query';
export * from './village-specialisation.query';
