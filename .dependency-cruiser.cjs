/**
 * The layering rules, checked by `npm run lint:layers` (part of `npm test`).
 * The domain is pure; apps never import other apps; only libs/messaging talks to kafkajs.
 */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules as pure functions: no framework, driver or other lib.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { pathNot: ['^libs/domain/'] },
    },
    {
      name: 'apps-never-import-apps',
      comment: 'Each app is its own process; what two apps share belongs in a lib.',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'only-messaging-imports-kafkajs',
      comment: 'kafkajs is unmaintained since 2023: keep it behind one port so it can be replaced.',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: ['^libs/messaging/'] },
      to: { path: 'node_modules/kafkajs/' },
      // type-only re-exports from messaging are allowed; runtime imports are not
    },
    {
      name: 'proof-bundle-runs-in-a-browser',
      comment: 'libs/proof-bundle is bundled into verify.html: only pure libs, no framework, driver or node module.',
      severity: 'error',
      from: { path: '^libs/proof-bundle/' },
      to: { pathNot: ['^libs/(proof-bundle|integrity|domain|contracts|epcis)/'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'integrity-stands-alone',
      comment: 'libs/integrity is the one definition of ADR 0016, bundled into the browser verifier: no other lib, no package.',
      severity: 'error',
      from: { path: '^libs/integrity/' },
      to: { pathNot: ['^libs/integrity/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'integrity-node-only-behind-aliases',
      comment: 'Only these files may use node built-ins; the browser build aliases or omits them (libs/integrity/src/portable.ts).',
      severity: 'error',
      from: {
        path: '^libs/integrity/',
        pathNot: ['^libs/integrity/src/(digest/sha256|keys/ed25519-(signing|verification))\\.ts$'],
      },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: ['\\.spec\\.ts$', '^dist/'] },
  },
};
