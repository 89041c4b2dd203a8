/**
 * Module boundaries (docs/architecture.md): a domain module is the only door to its own tables, so no
 * other module imports its entities; common/ is infrastructure and knows no domain; the application
 * layer (src/app, src/jobs, the entry points) composes everything. Run by `npm run lint:boundaries`
 * (in CI). Every violation fails; none is tolerated.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-foreign-entities',
      comment: "A module's entities are its own: others call its service or its read interface.",
      severity: 'error',
      from: { path: '^src/([^/]+)/', pathNot: '^src/(app|jobs)/' },
      to: { path: '^src/([^/]+)/.+\\.entity\\.ts$', pathNot: ['^src/$1/', '^src/common/'] },
    },
    {
      name: 'common-knows-no-domain',
      comment: 'common/ is infrastructure: it imports nothing of the domain or the application layer.',
      severity: 'error',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'domains-do-not-import-the-application',
      comment: 'The application layer sits above the domains; a domain names jobs from the registry alone.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(app|jobs)/|^src/(main|cli)\\.ts$' },
      to: { path: '^src/(app|jobs)/', pathNot: '^src/jobs/job-registry\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'Import cycles between files make load order matter (a decorator may see undefined).',
      severity: 'warn',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
