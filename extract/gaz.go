package extract

import (
	"log/slog"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract/gazetteer"
)

// Options configure an Extractor.
type Options struct {
	// Gazetteer resolves names of countries, cities, organisations and
	// people; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
	// Logger receives debug messages; nil means slog.Default().
	Logger *slog.Logger
}

// New returns an Extractor.
func New(o Options) *Extractor {
	g := o.Gazetteer
	if g == nil {
		g = gazetteer.Default()
	}
	return newWithLexicon(gazLexicon{g: g}, o.Logger)
}

// gazLexicon adapts a gazetteer to the lexicon the extractor reads.
type gazLexicon struct{ g *gazetteer.Gazetteer }

func (l gazLexicon) maxWords() int { return l.g.MaxWords() }

func (l gazLexicon) maxWordsFrom(first string) int { return l.g.MaxWordsFrom(first) }

func (l gazLexicon) gender(given string) (byte, bool) { return l.g.Gender(given) }

func (l gazLexicon) seatOf(phrase string) string {
	for _, e := range l.g.Lookup(phrase) {
		if e.Kind == gazetteer.KindSeat && !e.Ambiguous && e.Country != nil {
			return e.Country.ISO3
		}
	}
	return ""
}

func (l gazLexicon) orgSeat(name string) string {
	for range 4 { // an institution's parent's, a few levels up at most
		o, ok := l.g.Org(name)
		if !ok {
			return ""
		}
		if o.Seat != "" || o.PartOf == "" {
			return o.Seat
		}
		name = o.PartOf
	}
	return ""
}

func (l gazLexicon) subnational(phrase string) string {
	for _, e := range l.g.Lookup(phrase) {
		if !e.Ambiguous && e.Kind == gazetteer.KindRegion && e.Region.Country != "" {
			return e.Region.Country
		}
	}
	return ""
}

func (l gazLexicon) regionOf(phrase string) string {
	for _, e := range l.g.Lookup(phrase) {
		switch {
		case e.Ambiguous:
		case e.Kind == gazetteer.KindRegion && e.Region.Country != "":
			return e.Region.Country
		case e.Kind == gazetteer.KindCity:
			return e.City.Country
		}
	}
	return ""
}

func (l gazLexicon) airport(name string) string {
	if a, ok := l.g.Airport(name); ok {
		return a.Country
	}
	return ""
}

func (l gazLexicon) capitalOf(iso3 string) string {
	if c, ok := l.g.CountryByISO(iso3); ok {
		return c.Capital
	}
	return ""
}

func (l gazLexicon) countryName(iso3 string) string {
	if c, ok := l.g.CountryByISO(iso3); ok {
		return c.Name
	}
	return ""
}

func (l gazLexicon) lookup(phrase string) []lexEntry {
	es := l.g.Lookup(phrase)
	if len(es) == 0 {
		return nil
	}
	out := make([]lexEntry, 0, len(es))
	for _, e := range es {
		le := lexEntry{ambiguous: e.Ambiguous}
		switch e.Kind {
		case gazetteer.KindCountry:
			le.kind, le.name, le.iso3 = lexCountry, e.Country.Name, e.Country.ISO3
		case gazetteer.KindDemonym:
			le.kind, le.name, le.iso3 = lexDemonym, e.Country.Name, e.Country.ISO3
		case gazetteer.KindCity:
			le.kind, le.name, le.iso3, le.capital = lexCity, e.City.Name, e.City.Country, e.City.Capital
		case gazetteer.KindOrg:
			le.kind, le.name, le.bloc, le.armed, le.partOf = lexOrg, e.Org.Name, e.Org.Bloc, e.Org.Armed, e.Org.PartOf
			le.home = e.Org.Home
			if e.Org.Short != "" {
				le.name = e.Org.Short
			}
		case gazetteer.KindPerson:
			le = l.personEntry(e.Person)
			le.ambiguous = e.Ambiguous
		default:
			continue
		}
		out = append(out, le)
	}
	return out
}

// personEntry is a known person as the extractor reads one.
func (l gazLexicon) personEntry(p *gazetteer.Person) lexEntry {
	le := lexEntry{}
	le.kind, le.name = lexPerson, p.Name
	le.personCountry = func(t time.Time) string {
		// An official of an international organisation acts for
		// it, not for the country of their passport.
		r, ok := p.RoleAt(t)
		if ok && r.Sector == "IGO" {
			return ""
		}
		if !ok {
			// Between terms ("President-elect X"): the one country
			// all the person's offices were or will be in, near them.
			return soleCountry(p, t)
		}
		return r.Country
	}
	le.personTitle = func(t time.Time) string {
		if r, ok := p.RoleAt(t); ok {
			return r.Title
		}
		return ""
	}
	le.personOrg = func(t time.Time) string {
		if r, ok := p.RoleAt(t); ok && r.Sector == "IGO" {
			return l.orgIn(r.Title)
		}
		return ""
	}
	le.personOffice = func(t time.Time) bool {
		r, ok := p.RoleAt(t)
		return ok && official(r)
	}
	le.personServed = func(t time.Time) bool {
		for _, r := range p.Roles {
			if official(r) && (r.From.IsZero() || r.From.Before(t)) {
				return true
			}
		}
		return false
	}
	return le
}

// orgIn returns the organisation an office's title names, the longest
// name in it ("European Commission" in "President of the European
// Commission", "NATO" in "NATO Secretary-General"; in a title a name that
// is also a common word, "Commonwealth", is the organisation's), or "".
func (l gazLexicon) orgIn(title string) string {
	w := strings.Fields(title)
	for n := len(w); n > 0; n-- {
		for i := 0; i+n <= len(w); i++ {
			for _, e := range l.g.Lookup(strings.Join(w[i:i+n], " ")) {
				if e.Kind == gazetteer.KindOrg {
					if e.Org.Short != "" {
						return e.Org.Short
					}
					return e.Org.Name
				}
			}
		}
	}
	return ""
}

// soleCountry returns the country all of a person's national roles are
// in, when t is within soleCountryYears of one of them (a namesake decades
// away is someone else); "" when they are in several or none.
func soleCountry(p *gazetteer.Person, t time.Time) string {
	c, near := "", t.IsZero()
	for _, r := range p.Roles {
		if r.Sector == "IGO" || r.Country == "" {
			continue
		}
		from, to := r.From, r.To
		if to.IsZero() {
			to = t
		}
		near = near || (from.IsZero() || t.After(from.AddDate(-soleCountryYears, 0, 0))) && t.Before(to.AddDate(soleCountryYears, 0, 0))
		if c != "" && r.Country != c {
			return ""
		}
		c = r.Country
	}
	if !near {
		return ""
	}
	return c
}

// soleCountryYears is how far from a person's known offices a text may be
// and still mean them by name alone.
const soleCountryYears = 6

// official reports a government or intergovernmental office.
func official(r gazetteer.PersonRole) bool {
	return strings.HasPrefix(r.Sector, "GOV") || r.Sector == "IGO"
}

// surnamed returns the known people of more than one word whose name ends
// in word.
func (l gazLexicon) surnamed(word string) []lexEntry {
	var out []lexEntry
	for _, p := range l.g.Surnamed(word) {
		out = append(out, l.personEntry(&p))
	}
	return out
}

// sameFullName reports whether a known person's name and a name in the
// text are the same full name, a chain of patronyms read as its first link
// ("Faisal bin Farhan bin Abdullah Al Saud").
func sameFullName(known, text string) bool {
	if short, ok := gazetteer.FirstPatronym(text); ok {
		text = short
	}
	return foldName(known) == foldName(text)
}
