// Only the application layer (src/app) and the storage infrastructure (src/common/database, health,
// secrets) hold the DataSource; domain modules take Transactions and their own repositories.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const allowed = /^src\/(app|common\/(database|health|secrets))\//;
const offenders = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (path.endsWith('.ts') && !allowed.test(path) && /\b(InjectDataSource|InjectEntityManager)\b/.test(readFileSync(path, 'utf8'))) offenders.push(path);
  }
};
walk('src');
if (offenders.length) {
  console.error(`These files take the whole DataSource; take Transactions and the module's own repositories instead:\n${offenders.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('✔ only the application layer and the storage infrastructure hold the DataSource');
