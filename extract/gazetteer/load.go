package gazetteer

import (
	"embed"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
)

//go:embed data/*.tsv data/honorifics.txt
var dataFS embed.FS

// ErrBadData is wrapped by the errors New returns when a data file is malformed.
var ErrBadData = errors.New("malformed gazetteer data")

// New parses the embedded data into a fresh Gazetteer. Most callers want
// [Default], which does this once. Errors wrap [ErrBadData] and name the
// file and line.
func New() (*Gazetteer, error) {
	g := empty()
	b := newBuilder(g)
	if err := eachLine("data/countries.tsv", b.country); err != nil {
		return nil, err
	}
	b.capitals()
	steps := []struct {
		file  string
		parse func(line []string) error
	}{
		{"data/cities.tsv", b.city},
		{"data/orgs.tsv", b.org},
		{"data/regions.tsv", b.region},
		{"data/seats.tsv", b.seat},
		{"data/roles.tsv", b.role},
		{"data/honorifics.txt", b.honorific},
		{"data/leaders.tsv", b.leader},
		{"data/people.tsv", b.person},
		{"data/cities_world.tsv", b.worldCity},
		{"data/given_names.tsv", b.givenName},
		{"data/airports.tsv", b.airport},
	}
	for _, s := range steps {
		if err := eachLine(s.file, s.parse); err != nil {
			return nil, err
		}
	}
	b.finish()
	return g, nil
}

// empty returns a Gazetteer with no data and its indexes made.
func empty() *Gazetteer {
	return &Gazetteer{
		index:       map[string][]Entry{},
		first:       map[string]int{},
		upper:       map[string][]Entry{},
		byISO:       map[string]*Country{},
		countryName: map[string]*Country{},
		cityName:    map[string]*City{},
		cityFold:    map[string]*City{},
		orgName:     map[string]*Org{},
		orgFold:     map[string]*Org{},
		regionFold:  map[string]*Region{},
		roleKey:     map[string]int{},
		honorific:   map[string]bool{},
		peopleKey:   map[string][]*Person{},
		given:       map[string]byte{},
		surname:     map[string][]*Person{},
		airport:     map[string]*Airport{},
	}
}

// airport adds an airport (data/airports.tsv): its short name and other
// names, each to the one airport.
func (b *builder) airport(f []string) error {
	if len(f) < 3 {
		return fmt.Errorf("airport: want at least 3 columns, got %d: %w", len(f), ErrBadData)
	}
	a := &Airport{Name: strings.TrimSpace(f[0]), Country: strings.TrimSpace(f[1]), City: strings.TrimSpace(f[2])}
	if a.Name == "" {
		return fmt.Errorf("airport: empty name: %w", ErrBadData)
	}
	if _, ok := b.g.byISO[a.Country]; !ok {
		return fmt.Errorf("airport %s: unknown country %q: %w", a.Name, a.Country, ErrBadData)
	}
	names := []string{a.Name}
	if len(f) > 3 {
		names = append(names, splitList(f[3])...)
	}
	for _, n := range names {
		if _, ok := b.g.airport[foldKey(n)]; !ok {
			b.g.airport[foldKey(n)] = a
		}
	}
	return nil
}

func eachLine(file string, parse func([]string) error) error {
	raw, err := dataFS.ReadFile(file)
	if err != nil {
		return fmt.Errorf("read %s: %w", file, err)
	}
	for n, line := range strings.Split(string(raw), "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := parse(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n+1, err)
		}
	}
	return nil
}

// builder accumulates surface forms in insertion order so that the entries
// of one surface come out countries and demonyms (in file order), then
// organisations, regions, seats of government, cities and people.
type builder struct {
	g        *Gazetteer
	surfaces map[string][]Entry
	order    []string
	places   map[string]bool // surfaces of everything but people

	ambiguousCity  map[*City]bool  // city names marked "*"
	ambiguousAlias map[string]bool // city aliases marked "*"

	leaders map[string][]*Person // slug of a multi-word leader name or alias
}

func newBuilder(g *Gazetteer) *builder {
	return &builder{
		g:              g,
		surfaces:       map[string][]Entry{},
		places:         map[string]bool{},
		ambiguousCity:  map[*City]bool{},
		ambiguousAlias: map[string]bool{},
		leaders:        map[string][]*Person{},
	}
}

// add records one meaning of a surface form, merging duplicates (the
// ambiguity flag is kept if any occurrence sets it).
func (b *builder) add(surface string, e Entry) {
	surface = strings.Join(strings.Fields(surface), " ")
	if surface == "" {
		return
	}
	es, seen := b.surfaces[surface]
	for i := range es {
		if sameTarget(es[i], e) {
			es[i].Ambiguous = es[i].Ambiguous || e.Ambiguous
			return
		}
	}
	if !seen {
		b.order = append(b.order, surface)
	}
	b.surfaces[surface] = append(es, e)
	if e.Kind != KindPerson {
		b.places[surface] = true
	}
}

func sameTarget(a, b Entry) bool {
	return a.Kind == b.Kind && a.Country == b.Country && a.City == b.City && a.Org == b.Org &&
		a.Person == b.Person && a.Region == b.Region
}

// mark splits "Jordan*" into ("Jordan", true) and "Philippine!" into ("Philippine", false).
func mark(s string) (string, bool) {
	s = strings.TrimSpace(s)
	amb := false
	for {
		switch {
		case strings.HasSuffix(s, "*"):
			amb = true
			s = s[:len(s)-1]
			continue
		case strings.HasSuffix(s, "!"):
			s = s[:len(s)-1]
			continue
		}
		return s, amb
	}
}

func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// plural returns the plural of a demonym noun, or "" when it has none
// ("Chinese", "British", "Swiss", "U.S.").
func plural(d string) string {
	if strings.Contains(d, "!") || strings.Contains(d, ".") {
		return ""
	}
	d, _ = mark(d)
	lower := strings.ToLower(d)
	for _, suf := range []string{"s", "sh", "ch", "x", "ese", "."} {
		if strings.HasSuffix(lower, suf) {
			return ""
		}
	}
	return d + "s"
}

func (b *builder) country(f []string) error {
	if len(f) < 5 {
		return fmt.Errorf("country: want at least 5 columns, got %d: %w", len(f), ErrBadData)
	}
	iso := strings.TrimSpace(f[0])
	name, nameAmb := mark(f[1])
	if len(iso) != 3 || name == "" || strings.TrimSpace(f[2]) == "" {
		return fmt.Errorf("country %q: need ISO3, name and capital: %w", iso, ErrBadData)
	}
	if _, dup := b.g.byISO[iso]; dup {
		return fmt.Errorf("country %s: duplicate ISO3: %w", iso, ErrBadData)
	}
	c := &Country{ISO3: iso, Name: name, Capital: strings.TrimSpace(f[2])}
	if len(f) > 5 {
		for _, flag := range strings.Fields(f[5]) {
			switch {
			case flag == "historical":
				c.Historical = true
			case strings.HasPrefix(flag, "territory="):
				c.Sovereign = strings.TrimPrefix(flag, "territory=")
			default:
				return fmt.Errorf("country %s: unknown flag %q: %w", iso, flag, ErrBadData)
			}
		}
	}
	type form struct {
		s   string
		amb bool
	}
	forms := []form{{name, nameAmb}}
	for _, a := range splitList(f[3]) {
		s, amb := mark(a)
		if s == name {
			forms[0].amb = forms[0].amb || amb
			continue
		}
		c.Aliases = appendUnique(c.Aliases, s)
		forms = append(forms, form{s, amb})
	}
	var dems []form
	for _, d := range splitList(f[4]) {
		s, amb := mark(d)
		c.Demonyms = appendUnique(c.Demonyms, s)
		dems = append(dems, form{s, amb})
		if p := plural(d); p != "" {
			c.Demonyms = appendUnique(c.Demonyms, p)
			dems = append(dems, form{p, amb})
		}
	}
	if len(c.Demonyms) == 0 {
		return fmt.Errorf("country %s: no demonym: %w", iso, ErrBadData)
	}
	b.g.countries = append(b.g.countries, c)
	b.g.byISO[iso] = c
	for _, fm := range forms {
		b.add(fm.s, Entry{Kind: KindCountry, Country: c, Ambiguous: fm.amb})
		if _, ok := b.g.countryName[foldKey(fm.s)]; !ok {
			b.g.countryName[foldKey(fm.s)] = c
		}
	}
	for _, fm := range dems {
		b.add(fm.s, Entry{Kind: KindDemonym, Country: c, Ambiguous: fm.amb})
		if _, ok := b.g.countryName[foldKey(fm.s)]; !ok {
			b.g.countryName[foldKey(fm.s)] = c
		}
	}
	return nil
}

// capitals makes a City for every capital, current states first, so that a
// capital shared with a historical state (Moscow) belongs to the current one.
func (b *builder) capitals() {
	for pass := 0; pass < 2; pass++ {
		for _, c := range b.g.countries {
			if c.Historical != (pass == 1) {
				continue
			}
			if _, ok := b.g.cityName[c.Capital]; ok {
				continue
			}
			b.newCity(c.Capital, c.ISO3, !c.Historical || !b.hasCity(c.Capital))
		}
	}
}

func (b *builder) hasCity(name string) bool {
	_, ok := b.g.cityName[name]
	return ok
}

func (b *builder) newCity(name, iso string, capital bool) *City {
	city := &City{Name: name, Country: iso, Capital: capital}
	b.g.cities = append(b.g.cities, city)
	b.g.cityName[name] = city
	if _, ok := b.g.cityFold[foldKey(name)]; !ok {
		b.g.cityFold[foldKey(name)] = city
	}
	return city
}

func (b *builder) city(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("city: want at least 2 columns, got %d: %w", len(f), ErrBadData)
	}
	name, amb := mark(f[0])
	iso := strings.TrimSpace(f[1])
	if name == "" {
		return fmt.Errorf("city: empty name: %w", ErrBadData)
	}
	if _, ok := b.g.byISO[iso]; !ok {
		return fmt.Errorf("city %s: unknown country %q: %w", name, iso, ErrBadData)
	}
	city, ok := b.g.cityName[name]
	if !ok || city.Country != iso {
		city = b.newCity(name, iso, false)
	}
	if amb {
		b.ambiguousCity[city] = true
	}
	if len(f) > 2 {
		for _, a := range splitList(f[2]) {
			s, aamb := mark(a)
			if s == city.Name {
				continue
			}
			city.Aliases = appendUnique(city.Aliases, s)
			if aamb {
				b.ambiguousAlias[s] = true
			}
			if _, ok := b.g.cityName[s]; !ok {
				b.g.cityName[s] = city
			}
			if _, ok := b.g.cityFold[foldKey(s)]; !ok {
				b.g.cityFold[foldKey(s)] = city
			}
		}
	}
	return nil
}

// worldCity adds a generated GeoNames city (data/cities_world.tsv). It is
// loaded last and ranks below everything else: a name or alias that is
// already a city, a country, demonym, organisation, region, seat or person
// is not taken, and a row whose name is taken is skipped whole. Its names
// are unvetted, so they are Ambiguous: a place where one is found alone,
// never the word that cuts a person's name short ("Kamina Johnson Smith").
func (b *builder) worldCity(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("world city: want at least 2 columns, got %d: %w", len(f), ErrBadData)
	}
	name, iso := strings.TrimSpace(f[0]), strings.TrimSpace(f[1])
	if name == "" {
		return fmt.Errorf("world city: empty name: %w", ErrBadData)
	}
	if _, ok := b.g.byISO[iso]; !ok {
		return fmt.Errorf("world city %s: unknown country %q: %w", name, iso, ErrBadData)
	}
	if b.taken(name) {
		return nil
	}
	city := b.newCity(name, iso, false)
	b.ambiguousCity[city] = true
	if len(f) > 2 {
		for _, a := range splitList(f[2]) {
			if a == name || b.taken(a) {
				continue
			}
			city.Aliases = appendUnique(city.Aliases, a)
			b.ambiguousAlias[a] = true
			b.g.cityName[a] = city
			if _, ok := b.g.cityFold[foldKey(a)]; !ok {
				b.g.cityFold[foldKey(a)] = city
			}
		}
	}
	return nil
}

// taken reports whether a surface form already names something: a city
// (case- and diacritic-insensitively), any other place or organisation, or
// a person.
func (b *builder) taken(s string) bool {
	if _, ok := b.g.cityName[s]; ok {
		return true
	}
	if _, ok := b.g.cityFold[foldKey(s)]; ok {
		return true
	}
	return b.places[s] || len(b.g.peopleKey[slugKey(s)]) > 0
}

func (b *builder) org(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("org: want at least 2 columns, got %d: %w", len(f), ErrBadData)
	}
	name, amb := mark(f[0])
	if name == "" {
		return fmt.Errorf("org: empty name: %w", ErrBadData)
	}
	o := &Org{Name: name}
	short := false
	for _, flag := range strings.Fields(strings.ReplaceAll(f[1], ",", " ")) {
		switch flag {
		case "bloc":
			o.Bloc = true
		case "armed":
			o.Armed = true
		case "short":
			short = true
		default:
			return fmt.Errorf("org %s: unknown flag %q: %w", name, flag, ErrBadData)
		}
	}
	b.g.orgs = append(b.g.orgs, o)
	b.addOrgName(name, o, amb)
	if len(f) > 2 {
		for _, a := range splitList(f[2]) {
			s, aamb := mark(a)
			if s != name {
				o.Aliases = appendUnique(o.Aliases, s)
			}
			b.addOrgName(s, o, aamb)
		}
	}
	if short {
		if len(o.Aliases) == 0 {
			return fmt.Errorf("org %s: flag short without an alias: %w", name, ErrBadData)
		}
		o.Short = o.Aliases[0]
	}
	if len(f) > 3 && f[3] != "" {
		// Organisations come before their institutions in the file.
		parent, ok := b.g.orgName[f[3]]
		if !ok || parent.Name != f[3] {
			return fmt.Errorf("org %s: part of %q, which no line before names: %w", name, f[3], ErrBadData)
		}
		o.PartOf = f[3]
	}
	if len(f) > 4 && f[4] != "" {
		if _, ok := b.g.byISO[f[4]]; !ok {
			return fmt.Errorf("org %s: unknown home country %q: %w", name, f[4], ErrBadData)
		}
		o.Home = f[4]
	}
	if len(f) > 5 && f[5] != "" {
		if _, ok := b.g.byISO[f[5]]; !ok {
			return fmt.Errorf("org %s: unknown seat country %q: %w", name, f[5], ErrBadData)
		}
		o.Seat = f[5]
	}
	return nil
}

func (b *builder) region(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("region: want at least 2 columns, got %d: %w", len(f), ErrBadData)
	}
	name, amb := mark(f[0])
	if name == "" {
		return fmt.Errorf("region: empty name: %w", ErrBadData)
	}
	r := &Region{Name: name, Country: strings.TrimSpace(f[1])}
	if r.Country != "" {
		if _, ok := b.g.byISO[r.Country]; !ok {
			return fmt.Errorf("region %s: unknown country %q: %w", name, r.Country, ErrBadData)
		}
	}
	b.g.regions = append(b.g.regions, r)
	forms := []string{name}
	ambs := []bool{amb}
	if len(f) > 2 {
		for _, a := range splitList(f[2]) {
			s, aamb := mark(a)
			if s != name {
				r.Aliases = appendUnique(r.Aliases, s)
			}
			forms, ambs = append(forms, s), append(ambs, aamb)
		}
	}
	for i, s := range forms {
		b.add(s, Entry{Kind: KindRegion, Region: r, Ambiguous: ambs[i]})
		if _, ok := b.g.regionFold[foldKey(s)]; !ok {
			b.g.regionFold[foldKey(s)] = r
		}
	}
	return nil
}

func (b *builder) seat(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("seat: want 2 columns, got %d: %w", len(f), ErrBadData)
	}
	c, ok := b.g.byISO[strings.TrimSpace(f[1])]
	if !ok {
		return fmt.Errorf("seat %s: unknown country %q: %w", f[0], f[1], ErrBadData)
	}
	forms := splitList(f[0])
	if len(forms) == 0 {
		return fmt.Errorf("seat: no surface form: %w", ErrBadData)
	}
	for _, form := range forms {
		s, amb := mark(form)
		b.add(s, Entry{Kind: KindSeat, Country: c, Ambiguous: amb})
	}
	return nil
}

func (b *builder) addOrgName(s string, o *Org, amb bool) {
	b.add(s, Entry{Kind: KindOrg, Org: o, Ambiguous: amb})
	if _, ok := b.g.orgName[s]; !ok {
		b.g.orgName[s] = o
	}
	if _, ok := b.g.orgFold[foldKey(s)]; !ok {
		b.g.orgFold[foldKey(s)] = o
	}
}

func (b *builder) role(f []string) error {
	if len(f) < 4 {
		return fmt.Errorf("role: want 4 columns, got %d: %w", len(f), ErrBadData)
	}
	r := Role{Phrase: strings.TrimSpace(f[0]), Norm: strings.TrimSpace(f[1]), Sector: strings.TrimSpace(f[3])}
	switch strings.TrimSpace(f[2]) {
	case "head":
		r.Head = true
	case "":
	default:
		return fmt.Errorf("role %s: unknown flag %q: %w", r.Phrase, f[2], ErrBadData)
	}
	if r.Phrase == "" || r.Norm == "" || r.Sector == "" {
		return fmt.Errorf("role %q: need phrase, norm and sector: %w", r.Phrase, ErrBadData)
	}
	k := roleKey(r.Phrase)
	if _, dup := b.g.roleKey[k]; dup {
		return nil // first listing wins
	}
	b.g.roleKey[k] = len(b.g.roles)
	b.g.roles = append(b.g.roles, r)
	return nil
}

func (b *builder) honorific(f []string) error {
	k := honorificKey(f[0])
	if k == "" {
		return fmt.Errorf("honorific %q: empty: %w", f[0], ErrBadData)
	}
	b.g.honorific[k] = true
	b.g.honorific["\x00"+strings.ToUpper(k)] = true
	return nil
}

// givenName reads "name<TAB>f|m[<TAB>h]" (h: compiled by hand).
func (b *builder) givenName(f []string) error {
	if len(f) < 2 || f[0] == "" || f[1] != "f" && f[1] != "m" {
		return fmt.Errorf("given name %q: want name, f or m: %w", strings.Join(f, "\t"), ErrBadData)
	}
	v := f[1][0]
	if v == 'f' && len(f) > 2 && f[2] == "h" {
		v = 'F' // see Gender
	}
	b.g.given[f[0]] = v
	return nil
}

// calendarWords are names of days and months, never a person's alias.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// parsePerson reads "name, aliases, roles" where a role is
// ISO3:SECTOR:FROM:TO with an optional :Title.
func parsePerson(f []string) (*Person, error) {
	if len(f) < 3 {
		return nil, fmt.Errorf("person: want 3 columns, got %d: %w", len(f), ErrBadData)
	}
	p := &Person{Name: strings.TrimSpace(f[0])}
	if p.Name == "" {
		return nil, fmt.Errorf("person: empty name: %w", ErrBadData)
	}
	for _, a := range splitList(f[1]) {
		if calendarWords[strings.ToLower(a)] {
			// "Friday" for a prime minister of that surname would name
			// everyone on a Friday.
			return nil, fmt.Errorf("person %s: alias %q is a day or month name: %w", p.Name, a, ErrBadData)
		}
		if a != p.Name {
			p.Aliases = appendUnique(p.Aliases, a)
		}
	}
	for _, rs := range strings.Split(f[2], ";") {
		if rs = strings.TrimSpace(rs); rs == "" {
			continue
		}
		parts := strings.SplitN(rs, ":", 5)
		if len(parts) < 4 || len(parts[0]) != 3 {
			return nil, fmt.Errorf("person %s: role %q: want ISO3:SECTOR:FROM:TO[:Title]: %w", p.Name, rs, ErrBadData)
		}
		r := PersonRole{Country: parts[0], Sector: parts[1]}
		if len(parts) == 5 {
			r.Title = strings.TrimSpace(parts[4])
		}
		var err error
		if r.From, err = parseDay(parts[2]); err != nil {
			return nil, fmt.Errorf("person %s: role %q: %w", p.Name, rs, err)
		}
		if r.To, err = parseDay(parts[3]); err != nil {
			return nil, fmt.Errorf("person %s: role %q: %w", p.Name, rs, err)
		}
		p.Roles = append(p.Roles, r)
	}
	if len(p.Roles) == 0 {
		return nil, fmt.Errorf("person %s: no roles: %w", p.Name, ErrBadData)
	}
	return p, nil
}

// leader adds a hand-compiled office-holder.
func (b *builder) leader(f []string) error {
	p, err := parsePerson(f)
	if err != nil {
		return err
	}
	for _, r := range p.Roles {
		if _, ok := b.g.byISO[r.Country]; !ok {
			return fmt.Errorf("person %s: unknown country %q: %w", p.Name, r.Country, ErrBadData)
		}
	}
	for _, l := range b.leaders[slugKey(p.Name)] {
		if l.Name == p.Name { // a second line for the same leader adds to the first
			for _, a := range p.Aliases {
				l.Aliases = appendUnique(l.Aliases, a)
				b.indexPerson(a, l)
			}
			l.Roles = append(l.Roles, p.Roles...)
			return nil
		}
	}
	b.addPerson(p)
	for _, n := range p.names() {
		if k := slugKey(n); (strings.Contains(k, "-") || n == p.Name) && !containsPerson(b.leaders[k], p) {
			b.leaders[k] = append(b.leaders[k], p)
		}
	}
	return nil
}

// phoenixEnd is the date of the Phoenix dictionary: its open-ended roles are
// known to run only until then.
var phoenixEnd = time.Date(2014, 1, 30, 0, 0, 0, 0, time.UTC)

// person adds a Phoenix person, merged into a hand-compiled leader who
// shares a multi-word name and a country (the leader's name stays canonical).
func (b *builder) person(f []string) error {
	p, err := parsePerson(f)
	if err != nil {
		return err
	}
	for _, n := range p.names() {
		for _, l := range b.leaders[slugKey(n)] {
			if !shareCountry(l, p) {
				continue
			}
			for _, a := range p.names() {
				if a != l.Name {
					l.Aliases = appendUnique(l.Aliases, a)
				}
				b.indexPerson(a, l)
			}
			for _, r := range p.Roles {
				if r.To.IsZero() && !r.From.IsZero() {
					if !r.From.Before(phoenixEnd) {
						continue // the leader's own roles cover it
					}
					r.To = phoenixEnd // the leader's own roles cover what came after
				}
				l.Roles = append(l.Roles, r)
			}
			return nil
		}
	}
	b.addPerson(p)
	return nil
}

func (b *builder) addPerson(p *Person) {
	b.g.people = append(b.g.people, p)
	if f := strings.Fields(p.Name); len(f) == 2 && familyFirst(p) {
		p.Aliases = appendUnique(p.Aliases, f[1]+" "+f[0]) // "Ishiba Shigeru"
	}
	for _, n := range p.names() {
		b.indexPerson(n, p)
	}
}

// familyFirstCountries are the countries whose people English-language
// text names in either order, given name or family name first: Japan's
// government asked in 2019 for the family name first, which its media and
// ministries follow, while most foreign media keep the given name first.
var familyFirstCountries = map[string]bool{"JPN": true}

// familyFirst reports whether p held a role in a familyFirstCountries
// country.
func familyFirst(p *Person) bool {
	for _, r := range p.Roles {
		if familyFirstCountries[r.Country] {
			return true
		}
	}
	return false
}

func (b *builder) indexPerson(name string, p *Person) {
	k := slugKey(name)
	if !containsPerson(b.g.peopleKey[k], p) {
		b.g.peopleKey[k] = append(b.g.peopleKey[k], p)
	}
}

func shareCountry(a, b *Person) bool {
	for _, ra := range a.Roles {
		for _, rb := range b.Roles {
			if ra.Country == rb.Country {
				return true
			}
		}
	}
	return false
}

func containsPerson(ps []*Person, p *Person) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

func parseDay(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: %w", s, ErrBadData)
	}
	return t, nil
}

// articleVariant writes the Arabic article of a name the other way texts
// write it, hyphenated and lower-case or spaced and capitalised ("Al
// Thani" and "al-Thani", "El-Sisi" and "El Sisi"); ok is false when the
// name has none.
func articleVariant(name string) (string, bool) {
	words := strings.Fields(name)
	var out []string
	changed := false
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case i > 0 && i+1 < len(words) && (w == "Al" || w == "El"):
			out = append(out, strings.ToLower(w)+"-"+words[i+1])
			i++
			changed = true
		case i > 0 && len(w) > 3 && (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "Al-") || strings.HasPrefix(w, "el-") || strings.HasPrefix(w, "El-")):
			out = append(out, strings.ToUpper(w[:1])+w[1:2], w[3:])
			changed = true
		default:
			out = append(out, w)
		}
	}
	return strings.Join(out, " "), changed
}

// maxPersonWords bounds the person names put in the surface index; longer
// ones (full Arabic nasab chains) stay reachable through People.
const maxPersonWords = 6

// finish adds cities and people to the surface index (after countries and
// organisations, so those come first), builds the all-caps index, and sorts
// the roles longest first.
func (b *builder) finish() {
	g := b.g
	for _, c := range g.cities {
		b.add(c.Name, Entry{Kind: KindCity, City: c, Ambiguous: b.ambiguousCity[c]})
		for _, a := range c.Aliases {
			b.add(a, Entry{Kind: KindCity, City: c, Ambiguous: b.ambiguousAlias[a]})
		}
	}
	for _, p := range g.people {
		if f := strings.Fields(p.Name); len(f) > 1 {
			k := slugKey(f[len(f)-1])
			g.surname[k] = append(g.surname[k], p)
		}
		names := p.names()
		for _, n := range names {
			if b.places[n] || strings.Count(n, " ") >= maxPersonWords {
				continue // a place or organisation name wins over a person variant
			}
			b.add(n, Entry{Kind: KindPerson, Person: p, Ambiguous: !strings.Contains(n, " ")})
			if v, ok := articleVariant(n); ok && !b.places[v] && !slices.Contains(names, v) {
				b.add(v, Entry{Kind: KindPerson, Person: p})
			}
		}
	}
	for _, s := range b.order {
		es := b.surfaces[s]
		g.index[s] = es
		words := strings.Fields(s)
		if len(words) > g.maxWords {
			g.maxWords = len(words)
		}
		for _, f := range []string{words[0], strings.ToUpper(words[0])} {
			if len(words) > g.first[f] {
				g.first[f] = len(words)
			}
		}
		u := strings.ToUpper(s)
		for _, e := range es {
			if !containsEntry(g.upper[u], e) {
				g.upper[u] = append(g.upper[u], e)
			}
		}
	}
	sortRoles(g)
}

func containsEntry(es []Entry, e Entry) bool {
	for _, x := range es {
		if sameTarget(x, e) {
			return true
		}
	}
	return false
}

func sortRoles(g *Gazetteer) {
	idx := make([]int, len(g.roles))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		ra, rb := g.roles[idx[a]].Phrase, g.roles[idx[b]].Phrase
		wa, wb := len(strings.Fields(ra)), len(strings.Fields(rb))
		if wa != wb {
			return wa > wb
		}
		return len(ra) > len(rb)
	})
	sorted := make([]Role, len(idx))
	for i, j := range idx {
		sorted[i] = g.roles[j]
	}
	g.roles = sorted
	g.roleFirst = map[string]int{}
	for i, r := range g.roles {
		k := roleKey(r.Phrase)
		g.roleKey[k] = i
		words := strings.Fields(k)
		if len(words) > g.roleFirst[words[0]] {
			g.roleFirst[words[0]] = len(words)
		}
	}
}
