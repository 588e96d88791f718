/**
 * Regenerate test/golden/<lang>/<case>/expected.json from the current pipeline.
 * A reviewer reads the JSON diff in the commit: `npm run golden && git diff test/golden`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenCases, runGolden } from './golden-lib.js';

for (const c of goldenCases()) {
  const doc = await runGolden(c);
  writeFileSync(join(c.dir, 'expected.json'), JSON.stringify(doc, null, 2) + '\n');
  process.stdout.write(`${c.lang}/${c.name}: ${doc.places.length} places, ${doc.events.length} events, ${doc.casualties.length} casualties\n`);
}
