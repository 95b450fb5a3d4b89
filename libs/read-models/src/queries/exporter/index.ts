export * from './export-shipment-index.ddl';
export * from './export-shipments.query';
export * from './shipment-trace.query';
