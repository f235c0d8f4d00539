package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// lexKind is what a lexicon phrase names.
type lexKind uint8

const (
	lexCountry lexKind = iota + 1
	lexDemonym
	lexCity
	lexOrg
	lexPerson
)

// lexEntry is one reading of a phrase, as the extractor needs it.
type lexEntry struct {
	kind lexKind
	// name is the canonical name: the country's, city's, organisation's or
	// person's (for a demonym, the country's name).
	name string
	// iso3 is the country: of a country or demonym, of a city, of a person's
	// usual office; empty for organisations.
	iso3 string
	// capital marks a city that is its country's capital (metonymy:
	// "Washington said").
	capital bool
	// ambiguous marks a phrase that is also a common word or a person's name.
	ambiguous bool
	// bloc marks an organisation of states (EU, ASEAN); armed one of fighters.
	bloc, armed bool
	// partOf is the organisation an institution belongs to ("European
	// Union" for the European Commission), or "".
	partOf string
	// home is the state whose nationals an armed group's or a state
	// organ's people are (ISO3), or "".
	home string
	// personCountry returns a known person's country at a date.
	personCountry func(t time.Time) string
	// personOrg returns the organisation a known person holds an office
	// of at a date ("European Commission"), or "" (nil: none known).
	personOrg func(t time.Time) string
	// personTitle returns a known person's office at a date ("Foreign
	// Minister"), or "".
	personTitle func(t time.Time) string
	// personOffice reports whether a known person holds a government or
	// intergovernmental office at a date.
	personOffice func(t time.Time) bool
	// personServed reports whether a known person had held such an office
	// before a date ("President Carter" in 1987: a former president).
	personServed func(t time.Time) bool
}

// lexicon is the gazetteer as the extractor consumes it.
type lexicon interface {
	// lookup returns the readings of a phrase as written ("Pakistani",
	// "the United States", "New York"); nil when unknown.
	lookup(phrase string) []lexEntry
	// maxWords is the longest phrase, in words, lookup can know.
	maxWords() int
	// maxWordsFrom is the longest phrase, in words, that starts with first
	// (0 when none does).
	maxWordsFrom(first string) int
	// countryName returns the common short name of a country by ISO3.
	countryName(iso3 string) string
	// capitalOf returns the name of a country's capital city by ISO3.
	capitalOf(iso3 string) string
	// surnamed returns the known people of more than one word whose name
	// ends in word ("Reagan": Ronald Reagan).
	surnamed(word string) []lexEntry
	// gender returns 'f' or 'm' for a given name that only women or only
	// men bear, else 0; curated marks a hand-compiled name.
	gender(given string) (g byte, curated bool)
	// seatOf returns the ISO3 code of the state whose seat of government
	// or institution the phrase names ("White House", "Kremlin"), or "".
	seatOf(phrase string) string
	// orgSeat returns the ISO3 code of the state an organisation's
	// headquarters are in, or its parent's ("European Commission": BEL),
	// or "".
	orgSeat(name string) string
	// regionOf returns the ISO3 code of the country of the city or
	// sub-national region the phrase names ("Lviv", "Ontario"), or "".
	regionOf(phrase string) string
	// airport returns the ISO3 code of the country of the airport the
	// short name stands for ("Ben Gurion", "Wattay"), or "".
	airport(name string) string
	// subnational returns the ISO3 code of the country of the first-level
	// region (a state, province or territory) the phrase names, or "".
	subnational(phrase string) string
}

// acronymLexicon reads the acronyms a document spells out as the
// organisations it gives them for ("the Indian Ocean Commission (IOC)"
// makes "IOC" that body in the whole text, not another of the same
// letters); other phrases as its lexicon does.
type acronymLexicon struct {
	lexicon
	defs map[string]lexEntry
}

func (l acronymLexicon) lookup(phrase string) []lexEntry {
	if e, ok := l.defs[phrase]; ok {
		return []lexEntry{e}
	}
	return l.lexicon.lookup(phrase)
}

// definedAcronyms returns the acronyms of several organisations that a
// text defines in brackets after one's full name ("Indian Ocean
// Commission (IOC)"), each mapped to that organisation, and the acronyms
// it defines for a state by a long name ("Islamic Emirate of
// Afghanistan (IEA)"), mapped to the state, whatever else the acronym may
// stand for; nil for none.
func definedAcronyms(lex lexicon, text string) map[string]lexEntry {
	var defs map[string]lexEntry
	define := func(acr string, e lexEntry) {
		if defs == nil {
			defs = map[string]lexEntry{}
		}
		defs[acr] = e
	}
	for i := strings.IndexByte(text, '('); i >= 0; {
		acr, ok := bracketAcronym(text[i:])
		if ok && len(lex.lookup(acr)) > 1 {
			if e, ok := orgEndingAt(lex, text[:i]); ok && slices.ContainsFunc(lex.lookup(acr), func(a lexEntry) bool { return a.kind == lexOrg && a.name == e.name }) {
				define(acr, e)
			}
		}
		if ok && len(acr) >= 3 {
			if e, ok := stateEndingAt(lex, text[:i]); ok {
				define(acr, e)
			}
		}
		n := strings.IndexByte(text[i+1:], '(')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return defs
}

// bracketAcronym reads "(ABC)" at the start of s: two to six capitals.
func bracketAcronym(s string) (string, bool) {
	end := strings.IndexByte(s, ')')
	if end < 3 || end > 7 {
		return "", false
	}
	acr := s[1:end]
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return "", false
		}
	}
	return acr, true
}

// stateEndingAt returns the state whose name of three to eight words,
// each of them capitalised or "of", ends the text before a bracket ("...
// the Islamic Emirate of Afghanistan ").
func stateEndingAt(lex lexicon, before string) (lexEntry, bool) {
	words := strings.Fields(before[max(0, len(before)-160):])
	for n := min(8, len(words)); n >= 3; n-- {
		name := words[len(words)-n:]
		if !slices.ContainsFunc(name, func(w string) bool { return w == "of" }) || slices.ContainsFunc(name, func(w string) bool { return w != "of" && !unicode.IsUpper([]rune(w)[0]) }) {
			continue
		}
		for _, e := range lex.lookup(strings.Join(name, " ")) {
			if e.kind == lexCountry {
				return e, true
			}
		}
	}
	return lexEntry{}, false
}

// orgEndingAt returns the organisation whose name of two to eight words
// ends the text before a bracket ("... the Indian Ocean Commission ").
func orgEndingAt(lex lexicon, before string) (lexEntry, bool) {
	words := strings.Fields(before[max(0, len(before)-160):]) // (eight words at most)
	for n := min(8, len(words)); n >= 2; n-- {
		for _, e := range lex.lookup(strings.Join(words[len(words)-n:], " ")) {
			if e.kind == lexOrg {
				return e, true
			}
		}
	}
	return lexEntry{}, false
}
