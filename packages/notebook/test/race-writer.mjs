// One of two processes racing for the same notebook: it tries to open it as
// the writer; if it gets it, it logs `enter`/`exit` around a few changes (so
// the test can see that no two writers overlapped); if not, it prints the
// refusal. Usage: node race-writer.mjs DIR LOG  (uses the built package in ../dist).
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dispatch, openNotebook } from '../dist/index.js';

const [dir, log] = process.argv.slice(2);
const call = async (notebook, method, input) => {
  const result = await dispatch(notebook.service, method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

let notebook;
try {
  notebook = await openNotebook(dir, { create: true, compaction: { entries: 3, bytes: 1e9 } });
} catch (error) {
  process.stdout.write(`refused ${error.message}\n`);
  process.exit(0);
}
appendFileSync(log, `enter ${process.pid}\n`);
let articles = await call(notebook, 'articles.list', {});
if (!articles.length) {
  const name = '004_807654db1d0bfc78.txt';
  const dataBase64 = readFileSync(join(import.meta.dirname, '../../../seeds', name)).toString('base64');
  await call(notebook, 'articles.import', { files: [{ name, dataBase64 }] });
  articles = await call(notebook, 'articles.list', {});
}
for (let i = 0; i < 4; i++) {
  await call(notebook, 'annotations.create', {
    articleId: articles[0].id,
    quote: 'energy infrastructure',
    note: `by ${process.pid} #${i}`,
  });
}
appendFileSync(log, `exit ${process.pid}\n`);
await notebook.close();
process.stdout.write('wrote\n');
