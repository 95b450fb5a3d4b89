export * from './repo-root';
export * from './port-probe';
export * from './embedded-postgres';
export * from './bundled-kafka';
export * from './provide-infrastructure';
