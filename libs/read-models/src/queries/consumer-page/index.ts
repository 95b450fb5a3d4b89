export * from './consumer-page-records';
export * from './consumer-lot.query';
export * from './consumer-master-data.query';
export * from './consumer-product.query';
export * from './upstream-lots.query';
