// Generates core/src/main/resources/org/parley/knowledge/countries.tsv from the npm package
// world-countries (ODbL-1.0, Mohammed Le Doze and contributors) plus parley's hand-written news forms in
// core/scripts/country-aliases.tsv. See the "countries.tsv" section of the resources README.
//
// Usage (from the repository root; node_modules stays outside the repository):
//   mkdir -p /tmp/wc && (cd /tmp/wc && npm install world-countries@5.1.0)
//   node core/scripts/make-countries.mjs /tmp/wc/node_modules/world-countries/countries.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sourcePath = process.argv[2];
if (!sourcePath) {
  throw new Error('usage: node make-countries.mjs PATH/TO/world-countries/countries.json [OUTPUT]');
}
const outputPath = process.argv[3]
  ?? join(here, '..', 'src', 'main', 'resources', 'org', 'parley', 'knowledge', 'countries.tsv');
const source = JSON.parse(readFileSync(sourcePath, 'utf8'));
const RENAMED = { UNK: 'XKX' }; // world-countries codes Kosovo UNK; CAMEO and parley use XKX.
const LATIN = /^[\p{Script=Latin}\p{M}\s'’.\-&0-9]+$/u;
const PLURAL = /(an|i|er|ot|ar|ene|ino|ina|ek|ak|ik)$/;

const split = (v) => v.split('|').map((s) => s.trim()).filter((s) => s.length > 0);
const unique = (values) => [...new Map(values.map((v) => [v.toLowerCase(), v])).values()];
const words = (s) => s.split(/\s+/).filter((w) => w.length > 0).length;

// Overrides: code -> field -> values.
const overrides = new Map();
for (const line of readFileSync(join(here, 'country-aliases.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [code, field, values, extra] = line.split('\t');
  if (extra !== undefined || !/^[A-Z]{3}$/.test(code) || !values) {
    throw new Error(`bad overrides line: ${line}`);
  }
  if (!['aliases', 'demonyms', 'capitals', 'drop', 'drop-demonyms', 'name', 'alpha2', 'region'].includes(field)) {
    throw new Error(`unknown field ${field} in overrides line: ${line}`);
  }
  const byField = overrides.get(code) ?? new Map();
  byField.set(field, [...(byField.get(field) ?? []), ...split(values)]);
  overrides.set(code, byField);
}
const override = (code, field) => overrides.get(code)?.get(field) ?? [];

function demonymsOf(c) {
  const eng = c.demonyms?.eng;
  if (!eng) return [];
  return [eng.m, eng.f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).map((d) => d.trim()).filter((d) => d);
}

function withPlurals(demonyms) {
  return demonyms.flatMap((d) => (PLURAL.test(d) ? [d, `${d}s`] : [d]));
}

// Rows from world-countries.
const rows = source.map((c) => {
  const code = RENAMED[c.cca3] ?? c.cca3;
  const name = c.name.common;
  const alts = [c.name.official, ...(c.altSpellings ?? [])]
    .filter((a) => LATIN.test(a) && !/^[A-Z]{2}$/.test(a) && !a.includes(','));
  return {
    code, alpha2: c.cca2, name, unMember: c.unMember === true, region: false,
    aliases: alts, demonyms: demonymsOf(c), capitals: c.capital ?? [],
  };
});
const known = new Set(rows.map((r) => r.code));

// Rows only in the overrides (CAMEO regions).
for (const [code, fields] of overrides) {
  if (known.has(code)) {
    if (fields.has('name') || fields.has('region') || fields.has('alpha2')) {
      throw new Error(`overrides may not rename or re-kind ${code}, which world-countries has`);
    }
    continue;
  }
  const name = fields.get('name')?.[0];
  if (!name) throw new Error(`overrides add ${code}, which needs a name`);
  rows.push({
    code, alpha2: fields.get('alpha2')?.[0] ?? '', name, unMember: false,
    region: fields.get('region')?.[0] === 'true', aliases: [], demonyms: [], capitals: [],
  });
}

// Apply the overrides: add, then drop.
for (const row of rows) {
  const dropper = (field) => {
    const dropped = new Set(override(row.code, field).map((d) => d.toLowerCase()));
    return (v) => !dropped.has(v.toLowerCase());
  };
  row.aliases = unique([...override(row.code, 'aliases'), ...row.aliases])
    .filter(dropper('drop')).filter((a) => a.toLowerCase() !== row.name.toLowerCase());
  row.demonyms = unique([...override(row.code, 'demonyms'),
    ...withPlurals(row.demonyms.filter(dropper('drop-demonyms')))]);
  row.capitals = unique([...row.capitals, ...override(row.code, 'capitals')]);
}

// Keys as the Java loader compares them; a key on several rows goes to the row whose overrides list
// it, else to the only UN member among them, else to none.
const stripThe = (s) => s.replace(/^the\s+/i, '');
const caseSensitive = (core, row) => row.region || /^([A-Z]\.?){2,}$/.test(core.replace(/\s+/g, ''));
const nameKey = (s, row) => {
  const core = stripThe(s.replace(/’/g, "'"));
  return caseSensitive(core, row) ? `S:${core}` : `I:${core.toLowerCase()}`;
};
const demonymKey = (s) => s.charAt(0) + s.slice(1).toLowerCase();
const capitalKey = (s) => s;
const KINDS = [
  ['aliases', nameKey, (row) => [row.name, ...row.aliases]],
  ['demonyms', demonymKey, (row) => row.demonyms],
  ['capitals', capitalKey, (row) => row.capitals],
];
const report = [];
for (const [field, keyOf, valuesOf] of KINDS) {
  const owners = new Map();
  for (const row of rows) {
    for (const v of valuesOf(row)) {
      const k = keyOf(v, row);
      owners.set(k, [...(owners.get(k) ?? []), row]);
    }
  }
  for (const [k, list] of owners) {
    const distinct = [...new Set(list)];
    if (distinct.length < 2) continue;
    const chosen = distinct.filter((r) => override(r.code, field).some((v) => keyOf(v, r) === k));
    const un = distinct.filter((r) => r.unMember);
    const winner = chosen.length === 1 ? chosen[0] : (un.length === 1 ? un[0] : undefined);
    for (const r of distinct) {
      if (r === winner) continue;
      if (field === 'aliases' && keyOf(r.name, r) === k) {
        throw new Error(`name of ${r.code} clashes with another row: ${k}`);
      }
      r[field] = r[field].filter((v) => keyOf(v, r) !== k);
    }
    report.push(`${field} ${k}: ${winner ? winner.code : 'none'} (from ${distinct.map((r) => r.code).join(', ')})`);
  }
}

for (const row of rows) {
  for (const v of [row.name, ...row.aliases, ...row.demonyms, ...row.capitals]) {
    if (/[\t|\n]/.test(v)) throw new Error(`tab, bar or newline in a value of ${row.code}: ${v}`);
  }
}
rows.sort((a, b) => a.code.localeCompare(b.code));
const lines = [
  '# Countries and CAMEO regions for parley. Generated by core/scripts/make-countries.mjs from world-countries '
    + '(npm, ODbL-1.0, (c) Mohammed Le Doze) and core/scripts/country-aliases.tsv. See README.md.',
  'alpha3\talpha2\tname\taliases\tdemonyms\tcapitals\tregion',
  ...rows.map((r) => [r.code, r.alpha2, r.name, r.aliases.join('|'), r.demonyms.join('|'),
    r.capitals.join('|'), String(r.region)].join('\t')),
];
writeFileSync(outputPath, `${lines.join('\n')}\n`, 'utf8');
const longest = Math.max(...rows.flatMap((r) => [r.name, ...r.aliases, ...r.demonyms, ...r.capitals]).map(words));
console.log(`wrote ${rows.length} rows (${rows.filter((r) => r.region).length} regions) to ${outputPath}; `
  + `longest entry ${longest} words`);
for (const line of report) console.log(`clash ${line}`);
