export * from './sign-fact-request';
