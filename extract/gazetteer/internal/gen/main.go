// Command gen converts the PETRARCH2 Phoenix country-actors dictionary (MIT
// licence) into the compact people file the gazetteer embeds
// (data/people.tsv). It keeps only people that carry at least one role in a
// country the gazetteer knows, title-cases their names and drops surface
// variants that embed a title or nationality ("RUSSIAN_FOREIGN_MINISTER_LAVROV").
//
// Usage (run by go generate in extract/gazetteer):
//
//	go run ./internal/gen -phoenix PATH/Phoenix.Countries.actors.txt \
//	    -countries data/countries.tsv -out data/people.tsv
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// phoenixCodes maps Phoenix/CAMEO country codes that differ from the codes
// in countries.tsv.
var phoenixCodes = map[string]string{
	"KSV": "XKX", // Kosovo
	"TMP": "TLS", // East Timor
	"SCG": "SRB", // Serbia and Montenegro
	"FRY": "SRB", // Federal Republic of Yugoslavia (Serbia and Montenegro)
	"USR": "SUN", // Soviet republics
	"SRP": "BIH", // Republika Srpska
}

// successors maps a country code Phoenix uses for the whole history of a
// state to the predecessor state that existed before a cut-over day: a role
// before the day is recorded under the predecessor ("Helmut Kohl" as
// chancellor of West Germany in 1987, Gorbachev of the Soviet Union).
var successors = map[string]struct{ before, cut string }{
	"DEU": {"FRG", "19901003"},
	"RUS": {"SUN", "19911226"},
	"CZE": {"CSK", "19930101"},
	"SVK": {"CSK", "19930101"},
}

// splitHistorical splits a role at its country's cut-over day (see
// successors). Undated roles stay with the current state.
func splitHistorical(r role) []role {
	s, ok := successors[r.country]
	if !ok || (r.from == "" && r.to == "") {
		return []role{r}
	}
	if r.from != "" && r.from >= s.cut {
		return []role{r}
	}
	if r.to != "" && r.to < s.cut {
		r.country = s.before
		return []role{r}
	}
	old, cur := r, r
	old.country = s.before
	old.to = dayBefore(s.cut)
	cur.from = s.cut
	return []role{old, cur}
}

// dayBefore returns the day before a YYYYMMDD day.
func dayBefore(d string) string {
	t, err := time.Parse("20060102", d)
	if err != nil {
		return d
	}
	return t.AddDate(0, 0, -1).Format("20060102")
}

// titleWords are tokens that mark a variant as "title + name" rather than a
// name; such variants are dropped.
var titleWords = map[string]bool{
	"president": true, "presidential": true, "minister": true, "prime": true, "premier": true,
	"foreign": true, "ambassador": true, "secretary": true, "king": true, "queen": true,
	"prince": true, "princess": true, "emir": true, "sultan": true, "chancellor": true,
	"governor": true, "gen.": true, "gen": true, "general": true, "sen.": true, "senator": true,
	"former": true, "leader": true, "chairman": true, "chief": true, "deputy": true, "vice": true,
	"spokesman": true, "commander": true, "envoy": true, "mayor": true, "mr.": true, "mr": true,
	"mrs.": true, "mrs": true, "dr.": true, "dr": true, "ayatollah": true, "col.": true,
	"colonel": true, "lt.": true, "defense": true, "defence": true, "finance": true,
	"interior": true, "party": true, "army": true, "rebel": true, "opposition": true,
	"officials": true, "official": true, "government": true, "head": true, "speaker": true,
	"representative": true, "rep.": true, "pope": true, "cardinal": true, "bishop": true,
	"archbishop": true, "justice": true, "judge": true, "emperor": true, "crown": true,
	"dictator": true, "strongman": true, "junta": true, "regime": true, "administration": true,
	"elect": true, "gov.": true, "gov": true, "govenor": true, "kanzler": true, "bundeskanzler": true,
	"pres.": true, "amb.": true, "adm.": true, "admiral": true, "maj.": true, "capt.": true,
	"brig.": true, "marshal": true, "mp": true, "minister's": true, "chairwoman": true,
	"spokeswoman": true, "spokesperson": true, "commissioner": true, "director": true,
	"nominee": true, "candidate": true, "late": true, "ousted": true, "deposed": true, "exiled": true,
}

// maxNameWords bounds name variants; longer ones are descriptions, and they
// would widen every scanner's window.
const maxNameWords = 6

// particles stay lower case inside a name ("Bashar al-Assad", "Ursula von der Leyen").
var particles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "de": true, "da": true,
	"do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "y": true,
	"ter": true, "ten": true, "ul": true, "ud": true, "bel": true, "ben": false,
}

func main() {
	phoenix := flag.String("phoenix", "", "path of Phoenix.Countries.actors.txt")
	countries := flag.String("countries", "data/countries.tsv", "path of countries.tsv")
	out := flag.String("out", "data/people.tsv", "output path")
	flag.Parse()
	if err := run(*phoenix, *countries, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(phoenixPath, countriesPath, outPath string) error {
	if phoenixPath == "" {
		return errors.New("-phoenix is required")
	}
	known, demonyms, places, err := readCountries(countriesPath)
	if err != nil {
		return err
	}
	f, err := os.Open(phoenixPath)
	if err != nil {
		return fmt.Errorf("open phoenix dictionary: %w", err)
	}
	defer f.Close()
	people, err := parse(f, known, demonyms, places)
	if err != nil {
		return fmt.Errorf("parse %s: %w", phoenixPath, err)
	}
	o, err := os.Create(outPath)
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	w := bufio.NewWriter(o)
	write(w, people)
	if err := w.Flush(); err != nil {
		o.Close()
		return fmt.Errorf("write %s: %w", outPath, err)
	}
	if err := o.Close(); err != nil {
		return fmt.Errorf("close %s: %w", outPath, err)
	}
	return nil
}

// readCountries returns the set of ISO3 codes, the lower-cased demonyms
// (single tokens) and the lower-cased names and aliases of countries.tsv.
func readCountries(path string) (known, dem, places map[string]bool, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("read countries: %w", err)
	}
	known = map[string]bool{}
	dem = map[string]bool{}
	places = map[string]bool{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 5 {
			continue
		}
		known[cols[0]] = true
		places[strings.ToLower(cols[1])] = true
		for _, a := range strings.Split(cols[3], "|") {
			places[strings.ToLower(strings.TrimRight(a, "*!"))] = true
		}
		for _, d := range strings.Split(cols[4], "|") {
			d = strings.ToLower(strings.TrimRight(d, "*!"))
			if d != "" && !strings.Contains(d, " ") {
				dem[d] = true
			}
		}
	}
	return known, dem, places, nil
}

type role struct {
	country, sector, from, to string
}

type person struct {
	names []string // title-cased, first is canonical
	roles []role
}

type block struct {
	lines    []string // raw name lines, primaries and variants
	primary  []bool
	info     bool // a primary carries "# CountryInfo.txt"
	inline   bool // a primary carries an inline code: an institution or country
	codes    []string
	hasDated bool
}

func parse(r io.Reader, known, demonyms, places map[string]bool) ([]person, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var people []person
	var cur block
	inCodes := false
	flush := func() {
		if p, ok := cur.person(known, demonyms, places); ok {
			people = append(people, p)
		}
		cur = block{}
		inCodes = false
	}
	for sc.Scan() {
		raw := sc.Text()
		if strings.TrimSpace(raw) == "" || strings.HasPrefix(raw, "#") {
			continue
		}
		body, comment, _ := strings.Cut(raw, "#")
		if raw[0] == '\t' || raw[0] == ' ' {
			code := strings.TrimSpace(body)
			if strings.HasPrefix(code, "[") {
				cur.codes = append(cur.codes, code)
				if strings.ContainsAny(code, "0123456789") {
					cur.hasDated = true
				}
				inCodes = true
			}
			continue
		}
		isVariant := strings.HasPrefix(body, "+")
		hasInline := strings.Contains(body, "[")
		// Codes end a block; so does a new primary name after an entity
		// with an inline code ("INDONESIA_ [IDN]" and its variants are
		// followed directly by "SUHARTO_"), or a new inline entity.
		if inCodes || (!isVariant && (cur.inline || hasInline) && len(cur.lines) > 0) {
			flush()
		}
		name := strings.TrimSpace(strings.TrimPrefix(body, "+"))
		if i := strings.IndexByte(name, '['); i >= 0 {
			if !isVariant {
				cur.inline = true
			}
			name = strings.TrimSpace(name[:i])
		}
		if !isVariant && strings.Contains(comment, "CountryInfo") {
			cur.info = true
		}
		if name != "" {
			cur.lines = append(cur.lines, name)
			cur.primary = append(cur.primary, !isVariant)
		}
	}
	flush()
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("scan: %w", err)
	}
	return people, nil
}

func (b block) person(known, demonyms, places map[string]bool) (person, bool) {
	if b.inline || len(b.lines) == 0 || len(b.codes) == 0 || !(b.info || b.hasDated) {
		return person{}, false
	}
	for _, l := range b.lines {
		if places[strings.ToLower(titleCase(l))] {
			return person{}, false // a country block without an inline code
		}
	}
	var p person
	for _, c := range b.codes {
		r, ok := parseCode(c)
		if !ok {
			continue
		}
		if m, ok := phoenixCodes[r.country]; ok {
			r.country = m
		}
		if !known[r.country] || r.sector == "" {
			continue // not a country we know, or a bare country code
		}
		for _, sr := range splitHistorical(r) {
			if known[sr.country] {
				p.roles = append(p.roles, sr)
			}
		}
	}
	if len(p.roles) == 0 {
		return person{}, false
	}
	seen := map[string]bool{}
	var fallback string
	canon := -1 // index in p.names of the first primary line kept
	for i, l := range b.lines {
		n := titleCase(l)
		if n == "" {
			continue
		}
		if fallback == "" && b.primary[i] {
			fallback = n
		}
		if hasTitle(n, demonyms) || seen[strings.ToLower(n)] || len(strings.Fields(n)) > maxNameWords {
			continue
		}
		seen[strings.ToLower(n)] = true
		if canon < 0 && b.primary[i] {
			canon = len(p.names)
		}
		p.names = append(p.names, n)
	}
	if canon > 0 {
		c := p.names[canon]
		copy(p.names[1:canon+1], p.names[:canon])
		p.names[0] = c
	}
	if len(p.names) == 0 {
		if fallback == "" {
			return person{}, false
		}
		p.names = []string{fallback}
	}
	return p, true
}

func hasTitle(name string, demonyms map[string]bool) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' }) {
		w = strings.Trim(w, ",")
		if titleWords[w] || demonyms[w] {
			return true
		}
	}
	return false
}

// parseCode reads "[RUSGOV 991231-080507]", "[RUSGOV >080508]",
// "[RUSGOV <900823]" or "[RUSELI]".
func parseCode(c string) (role, bool) {
	c = strings.TrimSuffix(strings.TrimPrefix(c, "["), "]")
	code, dates, _ := strings.Cut(strings.TrimSpace(c), " ")
	if i := strings.IndexByte(dates, ']'); i >= 0 {
		dates = dates[:i]
	}
	dates = strings.TrimSpace(dates)
	if len(code) < 3 {
		return role{}, false
	}
	r := role{country: code[:3], sector: code[3:]}
	var err error
	switch {
	case dates == "":
	case strings.HasPrefix(dates, ">"):
		r.from, err = parseDate(dates[1:])
	case strings.HasPrefix(dates, "<"):
		r.to, err = parseDate(dates[1:])
	default:
		a, b, ok := strings.Cut(dates, "-")
		if !ok {
			return role{}, false
		}
		if r.from, err = parseDate(a); err == nil {
			r.to, err = parseDate(b)
		}
	}
	if err != nil {
		return role{}, false
	}
	if r.from != "" && r.to != "" && r.to < r.from {
		return role{}, false // inverted range: a typo in the dictionary
	}
	return r, true
}

// parseDate turns YYMMDD or YYYYMMDD into YYYYMMDD. Two-digit years up to 14
// are 20xx (the dictionary dates from 2014), the rest 19xx.
func parseDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	for _, r := range s {
		if r < '0' || r > '9' {
			return "", fmt.Errorf("date %q: not digits", s)
		}
	}
	switch len(s) {
	case 6:
		yy, _ := strconv.Atoi(s[:2])
		if yy <= 14 {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("date %q: want 6 or 8 digits", s)
	}
	m, _ := strconv.Atoi(s[4:6])
	d, _ := strconv.Atoi(s[6:8])
	if m == 0 {
		s = s[:4] + "01" + s[6:]
	} else if m > 12 {
		return "", fmt.Errorf("date %q: bad month", s)
	}
	if d == 0 {
		s = s[:6] + "01"
	} else if d > 31 {
		return "", fmt.Errorf("date %q: bad day", s)
	}
	return s, nil
}

// titleCase turns "SERGEY_V._LAVROV_" into "Sergey V. Lavrov" and
// "BASHAR_AL-ASSAD" into "Bashar al-Assad".
func titleCase(raw string) string {
	raw = strings.ReplaceAll(raw, "_", " ")
	words := strings.Fields(raw)
	for i, w := range words {
		words[i] = titleWord(w, i == 0, i == len(words)-1)
	}
	return strings.TrimRight(strings.Join(words, " "), " ,")
}

func titleWord(w string, first, last bool) string {
	lw := strings.ToLower(w)
	if isRoman(w) {
		return w
	}
	if !first && !last && particles[lw] {
		return lw
	}
	var b strings.Builder
	upperNext := true
	for _, r := range lw {
		switch {
		case upperNext && unicode.IsLetter(r):
			b.WriteRune(unicode.ToUpper(r))
			upperNext = false
		default:
			b.WriteRune(r)
		}
		if r == '-' || r == '\'' || r == '.' {
			upperNext = true
		}
	}
	s := b.String()
	if strings.HasPrefix(s, "Mc") && len(s) > 2 {
		r, n := utf8.DecodeRuneInString(s[2:])
		s = "Mc" + string(unicode.ToUpper(r)) + s[2+n:]
	}
	if !first {
		for _, p := range []string{"Al-", "El-"} {
			if strings.HasPrefix(s, p) && len(s) > 3 {
				s = strings.ToLower(p) + s[3:]
			}
		}
	}
	return s
}

func isRoman(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII":
		return true
	}
	return false
}

func write(w *bufio.Writer, people []person) {
	fmt.Fprintln(w, "# People with dated country roles, generated by extract/gazetteer/internal/gen (go generate)")
	fmt.Fprintln(w, "# from PETRARCH2 Phoenix.Countries.actors.txt, (c) 2014 Open Event Data Alliance, MIT licence.")
	fmt.Fprintln(w, "# Columns: canonical name, variants (|), roles (;) as ISO3:sector:from:to (YYYYMMDD, empty = open).")
	sort.SliceStable(people, func(i, j int) bool { return people[i].names[0] < people[j].names[0] })
	for _, p := range people {
		rs := make([]string, len(p.roles))
		for i, r := range p.roles {
			rs[i] = r.country + ":" + r.sector + ":" + r.from + ":" + r.to
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", p.names[0], strings.Join(p.names[1:], "|"), strings.Join(rs, ";"))
	}
}
