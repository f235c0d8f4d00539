// Package gazetteer recognises the named things diplomatic news is about:
// countries (with their aliases, demonyms and capitals, including historical
// states such as the Soviet Union), cities, international organisations and
// armed movements, role and title phrases, honorifics, and known
// office-holders with dated roles.
//
// The data ships inside the binary (see data/SOURCES.md): hand-compiled TSV
// files for countries, cities, organisations, roles, honorifics and recent
// office-holders (leaders.tsv), a people file generated from the PETRARCH2 Phoenix dictionaries by
// internal/gen (run "go generate" in this directory with /work/shared
// present), and a world-cities table generated from GeoNames by
// internal/citygen (cities_world.tsv: cities of 150,000 or more and seats of
// first-level regions, without names that could mean something else; its
// cities rank below every hand-compiled name and are Ambiguous). [Default]
// parses it once and returns a [Gazetteer] that is safe for concurrent use;
// all lookups are map reads.
//
// Typical use by an extractor scanning tokens left to right:
//
//	g := gazetteer.Default()
//	for n := min(g.MaxWords(), len(tokens)-i); n > 0; n-- {
//		if es := g.Lookup(strings.Join(tokens[i:i+n], " ")); len(es) > 0 {
//			// longest match at i
//		}
//	}
package gazetteer

//go:generate go run ./internal/gen -phoenix ../../../shared/data/phoenix/Phoenix.Countries.actors.txt -countries data/countries.tsv -out data/people.tsv
//go:generate go run ./internal/citygen -in=$CITIES_JSON -data data -words /usr/share/dict/words -out data/cities_world.tsv
//go:generate go run ./internal/airportgen -in=$AIRPORTS_JSON -countries data/countries.tsv -out data/airports.tsv
