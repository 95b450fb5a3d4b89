export * from './config/tamga-config';
export * from './database/database';
export * from './database/database.module';
export * from './http/problem-details';
export * from './http/validation-problem';
export * from './http/problem-details.filter';
export * from './http/health.controller';
export * from './http/create-http-app';
