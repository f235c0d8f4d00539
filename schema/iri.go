package schema

import (
	"net/url"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug normalises a name for use in an IRI: lower case, letters and digits
// kept, every other run of characters folded to one hyphen, common Latin
// diacritics removed ("Recep Tayyip Erdoğan" → "recep-tayyip-erdogan").
func Slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = FoldDiacritic(unicode.ToLower(r))
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien" → obrien, "U.S." → us
		default:
			dash = true
		}
	}
	return b.String()
}

var diacritics = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ă': 'a', 'ą': 'a',
	'ç': 'c', 'ć': 'c', 'č': 'c', 'ď': 'd', 'đ': 'd',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ē': 'e', 'ė': 'e', 'ę': 'e', 'ě': 'e',
	'ğ': 'g', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ī': 'i', 'ı': 'i', 'į': 'i',
	'ł': 'l', 'ñ': 'n', 'ń': 'n', 'ň': 'n',
	'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ō': 'o', 'ő': 'o',
	'ř': 'r', 'ś': 's', 'š': 's', 'ş': 's', 'ș': 's', 'ť': 't', 'ţ': 't', 'ț': 't',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ū': 'u', 'ů': 'u', 'ű': 'u',
	'ý': 'y', 'ÿ': 'y', 'ž': 'z', 'ź': 'z', 'ż': 'z',
}

// The rest of the Latin-1, Extended-A/B and Extended Additional blocks
// fold by canonical decomposition: Vietnamese 'ệ' → 'e', 'ư' → 'u',
// 'ạ' → 'a'.
func init() {
	for _, block := range [][2]rune{{0x00C0, 0x024F}, {0x1E00, 0x1EFF}} {
		for r := block[0]; r <= block[1]; r++ {
			if _, ok := diacritics[r]; ok || !unicode.IsLower(r) {
				continue
			}
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 || d[0] > unicode.MaxASCII || !unicode.IsLetter(d[0]) {
				continue
			}
			marks := true
			for _, m := range d[1:] {
				marks = marks && unicode.Is(unicode.Mn, m)
			}
			if marks {
				diacritics[r] = d[0]
			}
		}
	}
}

// FoldDiacritic returns the base letter of a lower-case Latin letter with a
// diacritic ('ğ' → 'g', 'ø' → 'o'), and any other rune unchanged.
func FoldDiacritic(r rune) rune {
	if f, ok := diacritics[r]; ok {
		return f
	}
	return r
}

// CountryIRI returns the IRI of a country from its ISO 3166 alpha-3 code
// (historical states use their ISO 3166-3 code, e.g. SUN for the Soviet Union).
func CountryIRI(iso3 string) IRI { return IRI(IDNS + "country/" + strings.ToUpper(iso3)) }

// PersonIRI returns the IRI of a person from their canonical name.
func PersonIRI(name string) IRI { return IRI(IDNS + "person/" + Slug(name)) }

// OrgIRI returns the IRI of an organisation from its canonical name.
func OrgIRI(name string) IRI { return IRI(IDNS + "org/" + Slug(name)) }

// CityIRI returns the IRI of a city from its canonical name.
func CityIRI(name string) IRI { return IRI(IDNS + "city/" + Slug(name)) }

// ArticleIRI returns the IRI of an article from its corpus id.
func ArticleIRI(id string) IRI { return IRI(IDNS + "article/" + url.PathEscape(id)) }

// DateIRI returns the IRI of the date-index node for d ("…/date/2021-04").
func DateIRI(d Date) IRI { return IRI(IDNS + "date/" + d.String()) }

// KindOf returns the actor kind an IRI names, or "" when it names no actor.
func KindOf(iri IRI) ActorKind {
	rest, ok := strings.CutPrefix(string(iri), IDNS)
	if !ok {
		return ""
	}
	kind, _, _ := strings.Cut(rest, "/")
	switch kind {
	case "person":
		return KindPerson
	case "country":
		return KindCountry
	case "org":
		return KindOrganization
	case "city":
		return KindCity
	}
	return ""
}

// Local returns the last path segment of an IRI ("RUS", "sergei-lavrov").
func Local(iri IRI) string {
	s := string(iri)
	return s[strings.LastIndexByte(s, '/')+1:]
}

// EventIRI derives an event's IRI from its type, status, date and sorted
// participants, so that one meeting reported by two articles is one node:
//
//	…/event/meeting/2021-04-07/imran-khan+sergei-lavrov
//	…/event/visit/2021-04-07/sergei-lavrov+PAK
//	…/event/gathering/2021-03/moscow+RUS
//
// A gathering is keyed by its place and host (by its name when neither is
// known). Events that did not occur get a status suffix ("~planned"), so a
// planned meeting never merges with one that happened.
func EventIRI(e Event) IRI {
	var keys []string
	switch e.Type {
	case Visit:
		keys = []string{Local(e.Visitor), Local(e.Host)}
	case Gathering:
		if e.Place != "" {
			keys = append(keys, Local(e.Place))
		}
		if e.Host != "" {
			keys = append(keys, Local(e.Host))
		}
		if len(keys) == 0 {
			keys = append(keys, Slug(e.Name))
		}
	default:
		for _, p := range e.Participants {
			keys = append(keys, Local(p))
		}
		sort.Strings(keys)
	}
	date := e.Date.String()
	if date == "" {
		date = "undated"
	}
	s := IDNS + "event/" + string(e.Type) + "/" + date + "/" + strings.Join(keys, "+")
	if e.Status != "" && e.Status != Occurred {
		s += "~" + string(e.Status)
	}
	return IRI(s)
}
