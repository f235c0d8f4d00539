package gazetteer

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/schema"
)

// Country is a state, current or historical.
type Country struct {
	// ISO3 is the ISO 3166-1 alpha-3 code (ISO 3166-3 for historical
	// states; XKX for Kosovo, FRG for West Germany).
	ISO3 string
	// Name is the common English short name ("United States", "Ivory Coast").
	Name string
	// Capital is the name of the capital city.
	Capital string
	// Aliases are other names: official names, abbreviations, old names.
	Aliases []string
	// Demonyms are nationality nouns and adjectives, with plurals ("Russian", "Russians").
	Demonyms []string
	// Historical is true for states that no longer exist (Soviet Union).
	Historical bool
	// Sovereign is, for a dependent territory with its own ISO code
	// (Greenland, Puerto Rico), the ISO3 of the state it belongs to; "" for
	// states.
	Sovereign string
}

// Airport is an airport news names by its own name ("landed at Ben
// Gurion airport"), from OurAirports (data/airports.tsv).
type Airport struct {
	// Name is the short name news gives it ("Ben Gurion").
	Name string
	// Country is the ISO3 code of its country.
	Country string
	// City is the city it serves, as OurAirports names it.
	City string
}

// City is a city or a named place used like one (Camp David, Davos).
type City struct {
	// Name is the canonical English name.
	Name string
	// Country is the ISO3 code of the country the city is in.
	Country string
	// Capital is true when the city is the capital of Country; it then
	// stands for that country's government in metonyms ("Moscow said").
	Capital bool
	// Aliases are other spellings and former names ("Kiev", "Bombay").
	Aliases []string
}

// Org is an international organisation, a bloc, or an armed group or movement.
type Org struct {
	// Name is the canonical name ("North Atlantic Treaty Organization").
	Name string
	// Aliases are acronyms and other names ("NATO", "Nato").
	Aliases []string
	// Short is the acronym a body is named by when it is best known by it
	// ("NATO", "ASEAN", "G20"), else empty: the first alias of an org
	// flagged "short" in the data. Bodies annotators of diplomatic news
	// spell out ("International Monetary Fund", "Gulf Cooperation
	// Council") carry no flag.
	Short string
	// Bloc is true when the members are states (UN, EU, ASEAN, G20).
	Bloc bool
	// Armed is true for armed groups and movements that act as parties (Taliban, Hamas).
	Armed bool
	// PartOf is the canonical name of the organisation this one is an
	// institution of ("European Union" for the European Commission), or "".
	PartOf string
	// Home is the ISO3 code of the state an armed group or state organ
	// belongs to, whose nationals its people are ("SDN" for the Rapid
	// Support Forces), or "".
	Home string
	// Seat is the ISO3 code of the state the organisation's headquarters
	// are in ("BEL" for NATO, "CHE" for the WHO), where its officials are
	// at home, not on a visit; "" when the data gives none (an institution
	// then has its parent's, PartOf's).
	Seat string
}

// Region is a place that is not an actor: a continent, sea, sub-national
// region or disputed area ("Latin America", "South China Sea", "Crimea").
// Regions are listed so that a longest-match scan reads them whole instead of
// finding a country inside ("America" in "Latin America").
type Region struct {
	// Name is the canonical name.
	Name string
	// Country is the ISO3 of the one country the region lies in, "" when it
	// spans several or is disputed.
	Country string
	// Aliases are other names ("the Middle East", "Mideast").
	Aliases []string
}

// Role is a title or office phrase.
type Role struct {
	// Phrase is the phrase as listed or as matched ("Minister of Foreign Affairs").
	Phrase string
	// Norm is the normalised role ("Foreign Minister").
	Norm string
	// Head is true for heads of state or government (President, Prime Minister, King).
	Head bool
	// Sector is one of GOV, DIP, MIL, LEG, JUD, ROY, LOC, IGO, REL, PTY, BUS.
	Sector string
}

// EntryKind says what a Lookup entry names.
type EntryKind int

// Kinds of gazetteer entries.
const (
	// KindCountry is a country name or alias ("Russia", "U.S.").
	KindCountry EntryKind = iota + 1
	// KindDemonym is a nationality word ("Russian", "Pakistanis").
	KindDemonym
	// KindCity is a city name or alias ("Rawalpindi", "Kiev").
	KindCity
	// KindOrg is an organisation name or alias ("NATO", "Taliban").
	KindOrg
	// KindPerson is a known person's name or name variant ("Sergei Lavrov").
	KindPerson
	// KindRegion is a continent, sea or sub-national region ("Latin America",
	// "Crimea"); not an actor.
	KindRegion
	// KindSeat is a seat of government or state institution used as a
	// metonym for its state ("the Kremlin", "White House", "Downing
	// Street"); Entry.Country is the state.
	KindSeat
)

// String returns the kind's lower-case name.
func (k EntryKind) String() string {
	switch k {
	case KindCountry:
		return "country"
	case KindDemonym:
		return "demonym"
	case KindCity:
		return "city"
	case KindOrg:
		return "org"
	case KindPerson:
		return "person"
	case KindRegion:
		return "region"
	case KindSeat:
		return "seat"
	}
	return "unknown"
}

// Entry is one meaning of a surface form. Exactly one of Country, City, Org,
// Person and Region is set, according to Kind (Country for KindCountry,
// KindDemonym and KindSeat).
type Entry struct {
	// Kind says which pointer is set.
	Kind EntryKind
	// Country is set for KindCountry, KindDemonym and KindSeat.
	Country *Country
	// City is set for KindCity.
	City *City
	// Org is set for KindOrg.
	Org *Org
	// Person is set for KindPerson.
	Person *Person
	// Region is set for KindRegion.
	Region *Region
	// Ambiguous is true when the surface form is also a common word or a
	// person's name ("Jordan", "Chad", "Turkey", "Male"), or a bare surname.
	Ambiguous bool
}

// Gazetteer holds the parsed data and its indexes. It is immutable after
// construction and safe for concurrent use.
type Gazetteer struct {
	countries []*Country
	cities    []*City
	orgs      []*Org
	regions   []*Region
	people    []*Person
	roles     []Role // longest phrase first

	index    map[string][]Entry // exact surface form
	upper    map[string][]Entry // upper-cased surface form, for all-caps text
	maxWords int
	first    map[string]int // first word of a surface (as written and upper-cased) → most words

	byISO       map[string]*Country
	countryName map[string]*Country // lower-cased name, alias or demonym
	cityName    map[string]*City    // exact, then lower-cased
	cityFold    map[string]*City
	orgName     map[string]*Org
	orgFold     map[string]*Org
	regionFold  map[string]*Region
	roleKey     map[string]int // normalised phrase → index in roles
	roleFirst   map[string]int // first word of a normalised phrase → most words
	honorific   map[string]bool
	peopleKey   map[string][]*Person // schema.Slug of name or variant
	given       map[string]byte      // lower-case given name → 'f' or 'm'
	airport     map[string]*Airport  // foldKey of an airport's short name or other name
	surname     map[string][]*Person // schema.Slug of the last word of a canonical name
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer built from the embedded data. It is parsed
// once, on first use, and shared. It panics if the embedded data is
// malformed, which the package tests rule out.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		g, err := New()
		if err != nil {
			panic(err)
		}
		defaultGaz = g
	})
	return defaultGaz
}

// Lookup returns the meanings of a surface form exactly as written in text
// ("Russian", "U.S.", "United States", "Rawalpindi"). When there is no exact
// match and the phrase is in all capitals ("RUSSIA"), it tries a
// case-folded match; when the phrase has non-ASCII letters it also tries it
// with diacritics removed and curly apostrophes straightened; and a final
// possessive is dropped ("Brazil's", "Russia’s", "Philippines'"); and a
// chain of patronyms is cut to its first link, for people only. Entries
// come countries and demonyms first, then organisations, regions, seats of
// government, cities and people. The returned slice and the values its entries point to are shared
// and must not be modified. It returns nil when the phrase is unknown.
func (g *Gazetteer) Lookup(phrase string) []Entry {
	if es, ok := g.index[phrase]; ok {
		return es
	}
	if isAllCaps(phrase) {
		if es, ok := g.upper[phrase]; ok {
			return es
		}
	}
	if !isASCII(phrase) {
		f := foldText(phrase)
		if f != phrase {
			return g.Lookup(f)
		}
	}
	if base, ok := stripPossessive(phrase); ok {
		return g.Lookup(base)
	}
	if low, ok := lowerParticles(phrase); ok {
		return g.Lookup(low)
	}
	if short, ok := FirstPatronym(phrase); ok {
		var people []Entry
		for _, e := range g.Lookup(short) {
			if e.Kind == KindPerson {
				people = append(people, e)
			}
		}
		return people
	}
	return nil
}

// patronymLinks join a name to a father's or forefather's.
var patronymLinks = map[string]bool{"bin": true, "bint": true, "ibn": true, "ben": true}

// FirstPatronym keeps the first link of a chain of patronyms and drops
// the forefathers after it ("Faisal bin Farhan bin Abdullah Al Saud" →
// "Faisal bin Farhan Al Saud"), as the short form of the name
// does; ok is false when the phrase has fewer than two links.
func FirstPatronym(s string) (string, bool) {
	if strings.Count(s, " ") < 4 {
		return "", false // "A bin B bin C" at least: most phrases are shorter
	}
	n := 0 // and most longer ones have no link: count them before splitting
	for _, l := range []string{" bin ", " Bin ", " ibn ", " Ibn ", " bint ", " ben ", " Ben "} {
		n += strings.Count(s, l)
	}
	if n < 2 {
		return "", false
	}
	words := strings.Split(s, " ")
	var out []string
	links := 0
	for i := 0; i < len(words); i++ {
		if patronymLinks[strings.ToLower(words[i])] && i+1 < len(words) {
			links++
			if links > 1 {
				i++ // and the forefather's name
				continue
			}
		}
		out = append(out, words[i])
	}
	if links < 2 {
		return "", false
	}
	return strings.Join(out, " "), true
}

// articleParticles are the Arabic article's hyphenated forms, which texts
// capitalise or not ("El-Sisi", "el-Sisi"; "Al-Burhan", "al-Burhan").
var articleParticles = []string{"Al-", "El-", "Ad-", "Ar-", "As-", "At-", "Ash-", "An-", "Az-"}

// lowerParticles lower-cases a capitalised article particle that opens a
// word ("Abdel Fattah El-Sisi" → "Abdel Fattah el-Sisi"); ok is false when
// there is none.
func lowerParticles(s string) (string, bool) {
	if !strings.Contains(s, "-") {
		return "", false // every particle is hyphenated
	}
	words := strings.Split(s, " ")
	changed := false
	for i, w := range words {
		for _, p := range articleParticles {
			if strings.HasPrefix(w, p) && len(w) > len(p) {
				words[i] = strings.ToLower(p) + w[len(p):]
				changed = true
				break
			}
		}
	}
	return strings.Join(words, " "), changed
}

// stripPossessive removes a final "'s" or "'S" ("Russia's" → "Russia") or
// the apostrophe of a plural possessive ("Philippines'" → "Philippines").
// Curly apostrophes are straightened by foldText before this runs.
func stripPossessive(s string) (string, bool) {
	switch {
	case len(s) > 3 && (strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "'S")):
		return s[:len(s)-2], true
	case len(s) > 3 && (strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "S'")):
		return s[:len(s)-1], true
	}
	return "", false
}

// MaxWords returns the number of space-separated words in the longest
// surface form Lookup knows, the window for longest-match scanning.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// MaxWordsFrom returns the number of words in the longest surface form that
// starts with the word first (as Lookup would match it: exact, all-caps,
// without diacritics or without a possessive), or 0 when none does. Scanners
// use it to skip positions and to narrow the window: most words start
// nothing.
func (g *Gazetteer) MaxWordsFrom(first string) int {
	if n, ok := g.first[first]; ok {
		return n
	}
	if !isASCII(first) {
		if f := foldText(first); f != first {
			return g.MaxWordsFrom(f)
		}
	}
	if base, ok := stripPossessive(first); ok {
		return g.MaxWordsFrom(base)
	}
	return 0
}

// CountryByISO returns the country with the ISO3 code (case-insensitive).
func (g *Gazetteer) CountryByISO(iso3 string) (Country, bool) {
	c, ok := g.byISO[strings.ToUpper(iso3)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// CountryByName returns the country with the name, alias or demonym,
// compared case-insensitively ("Türkiye", "russian", "the UAE"). Where a
// form is shared ("Congo", "Dominican") the first country in the data wins.
func (g *Gazetteer) CountryByName(name string) (Country, bool) {
	c, ok := g.countryName[foldKey(name)]
	if !ok {
		return Country{}, false
	}
	return *c, true
}

// City returns the city with the name or alias, exact first and then
// case-insensitively. Capitals win over other cities of the same name.
func (g *Gazetteer) City(name string) (City, bool) {
	if c, ok := g.cityName[name]; ok {
		return *c, true
	}
	if c, ok := g.cityFold[foldKey(name)]; ok {
		return *c, true
	}
	return City{}, false
}

// Airport returns the airport a short name stands for ("Ben Gurion",
// "Wattay"; any case, without the head words "International Airport").
func (g *Gazetteer) Airport(name string) (Airport, bool) {
	if a, ok := g.airport[foldKey(name)]; ok {
		return *a, true
	}
	return Airport{}, false
}

// Capital returns the capital city of the country with the ISO3 code.
func (g *Gazetteer) Capital(iso3 string) (City, bool) {
	c, ok := g.byISO[strings.ToUpper(iso3)]
	if !ok {
		return City{}, false
	}
	for _, city := range g.cities {
		if city.Capital && city.Country == c.ISO3 {
			return *city, true
		}
	}
	return City{}, false
}

// Org returns the organisation with the name or alias, exact first and
// then case-insensitively ("NATO", "Nato", "the African Union").
func (g *Gazetteer) Org(name string) (Org, bool) {
	if o, ok := g.orgName[name]; ok {
		return *o, true
	}
	if o, ok := g.orgFold[foldKey(name)]; ok {
		return *o, true
	}
	return Org{}, false
}

// Region returns the region with the name or alias, case-insensitively
// ("Middle East", "the Sahel").
func (g *Gazetteer) Region(name string) (Region, bool) {
	if r, ok := g.regionFold[foldKey(name)]; ok {
		return *r, true
	}
	return Region{}, false
}

// Countries returns every country, current states first, in data order.
func (g *Gazetteer) Countries() []Country {
	out := make([]Country, len(g.countries))
	for i, c := range g.countries {
		out[i] = *c
	}
	return out
}

// Cities returns every city, capitals first.
func (g *Gazetteer) Cities() []City {
	out := make([]City, len(g.cities))
	for i, c := range g.cities {
		out[i] = *c
	}
	return out
}

// Orgs returns every organisation in data order.
func (g *Gazetteer) Orgs() []Org {
	out := make([]Org, len(g.orgs))
	for i, o := range g.orgs {
		out[i] = *o
	}
	return out
}

// IsHonorific reports whether word is an honorific or abbreviated title to
// strip from a name ("Mr", "Mr.", "Dr", "H.E.", "His Excellency",
// "Lt. Gen.", "Sen."). Full stops are ignored; the match is case-sensitive
// except that all-caps input ("MR") is folded.
func (g *Gazetteer) IsHonorific(word string) bool {
	k := honorificKey(word)
	if k == "" {
		return false
	}
	if g.honorific[k] {
		return true
	}
	return isAllCaps(word) && g.honorific["\x00"+k]
}

// Gender returns 'f' or 'm' when the given name (a first name, any case)
// is, in the source lists, given to women only or to men only, else 0.
// curated marks a name from the hand-compiled rows (public figures).
func (g *Gazetteer) Gender(given string) (gender byte, curated bool) {
	v := g.given[strings.ToLower(given)]
	if v == 'F' {
		return 'f', true
	}
	return v, false
}

// People returns the known people whose canonical name or a name variant is
// name, compared case-insensitively and without diacritics ("Sergei
// Lavrov", "LAVROV", "Erdoğan"). Several people may share a name.
func (g *Gazetteer) People(name string) []Person {
	ps := g.peopleKey[schema.Slug(name)]
	if len(ps) == 0 {
		return nil
	}
	out := make([]Person, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

// Surnamed returns the known people whose canonical name has more than one
// word and ends in surname ("Reagan": Ronald Reagan and any other
// Reagan), compared as People compares names.
func (g *Gazetteer) Surnamed(surname string) []Person {
	ps := g.surname[schema.Slug(surname)]
	out := make([]Person, len(ps))
	for i, p := range ps {
		out[i] = *p
	}
	return out
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldText removes Latin diacritics and straightens curly quotes, keeping case.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ', 'ʻ': // (the ʻokina of Polynesian names: "Nukuʻalofa")
			b.WriteByte('\'')
			continue
		case '–', '‑', '‐':
			b.WriteByte('-')
			continue
		}
		if f, ok := foldRune(r); ok {
			b.WriteRune(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func foldRune(r rune) (rune, bool) {
	lower := unicode.ToLower(r)
	f := schema.FoldDiacritic(lower)
	if f == lower {
		return r, false
	}
	if lower != r {
		return unicode.ToUpper(f), true
	}
	return f, true
}

// foldKey is the case- and diacritic-insensitive key of a name: lower case,
// folded, single spaces, without a leading "the ".
func foldKey(s string) string {
	s = strings.ToLower(foldText(strings.TrimSpace(s)))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimPrefix(s, "the ")
}
