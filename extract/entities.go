package extract

import (
	"strings"
	"unicode"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/schema"
)

// entity is one actor of a document, shared by all its mentions.
type entity struct {
	kind    schema.ActorKind
	name    string
	aliases []string
	role    string
	iso3    string
	org     string
	// single: the name is one word and no fuller form was seen.
	single bool
	// explicit: the country was stated next to the name (not defaulted).
	explicit bool
	// guessed: the country is read from the article's context (the
	// dateline, the countries named around the person), not stated by the
	// text or known from the gazetteer.
	guessed bool
	// inOffice: the gazetteer has the person in office for iso3 on the
	// article's day, though the text names no role.
	inOffice bool
	// known is the canonical name of the person the gazetteer knows the
	// first mention by ("Sultan Ibrahim" is Ibrahim Iskandar), or "".
	known string
	first int // first sentence
	// event marks an actor some event refers to.
	event bool
	// into is the entity this one was merged into.
	into *entity
	// ctxISO is the last country named before the first mention in its
	// sentence; prevISO the last one named in earlier sentences.
	ctxISO, prevISO, ctxAfter string
	// topicISO is the country the sentence before the first mention
	// opened with as its subject, when the mention opens its own.
	topicISO string
	// owner is the one a possessive pronoun before the person's role
	// stood for ("his commerce minister Y"): Y serves their government.
	owner            *entity
	ctxSeen, ctxRole bool
	// fold caches the folded words of name (foldOf is the name they fold).
	fold   []string
	foldOf string
	// pos is the entity's position in docState.people.
	pos int
	// notISO is a country the person is not of: "X and her Chinese
	// counterpart" is not Chinese.
	notISO string
	// gender is 'f' or 'm' when a title before a mention told it ("Ms",
	// "King"), else 0; see docState.genderOf.
	gender byte
}

// canon follows merges to the entity that stands.
func (e *entity) canon() *entity {
	for e.into != nil {
		e = e.into
	}
	return e
}

func (e *entity) addAlias(s string) {
	if s == "" || s == e.name {
		return
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// nameTokens splits a person's name into lower-case words without particles.
func nameTokens(name string) []string {
	f := strings.Fields(strings.ToLower(name))
	out := f[:0]
	for _, w := range f {
		w = strings.Trim(w, ".,")
		if en.Honorifics[w] && len(f) > 1 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// surname returns the last word of a person's name ("al-Jaafari" →
// "al-jaafari"; also matched without the "al-" prefix).
func surname(name string) string {
	t := nameTokens(name)
	if len(t) == 0 {
		return ""
	}
	return t[len(t)-1]
}

// stripAl removes an Arabic article prefix for matching.
func stripAl(s string) string {
	for _, p := range []string{"al-", "el-", "al ", "el "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// foldName lower-cases a name, folds diacritics and removes punctuation
// for comparison ("Ja’afari" ≈ "Jaafari").
func foldName(s string) string {
	var b strings.Builder
	rs := []rune(strings.ToLower(s))
	for i, r := range rs {
		r = foldRune(r)
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == ' ' {
			b.WriteRune(r)
		} else if r == '-' || r == '.' && initialDot(rs, i) {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// initialDot reports a full stop at i that closes an initial glued to the
// next word: "D.Enkhjargal", the way Mongolian names put the father's
// initial before the given name.
func initialDot(rs []rune, i int) bool {
	return i == 1 && i+1 < len(rs) && unicode.IsLetter(rs[0]) && unicode.IsLetter(rs[i+1])
}

var foldMap = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ã': 'a', 'ä': 'a', 'å': 'a', 'ā': 'a', 'ç': 'c', 'č': 'c', 'ć': 'c',
	'è': 'e', 'é': 'e', 'ê': 'e', 'ë': 'e', 'ğ': 'g', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ı': 'i',
	'ñ': 'n', 'ò': 'o', 'ó': 'o', 'ô': 'o', 'õ': 'o', 'ö': 'o', 'ø': 'o', 'ş': 's', 'š': 's', 'ș': 's',
	'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ý': 'y', 'ž': 'z', 'ł': 'l', 'ő': 'o', 'ű': 'u', 'ţ': 't', 'ț': 't',
}

func foldRune(r rune) rune {
	if f, ok := foldMap[r]; ok {
		return f
	}
	return r
}

// samePerson reports whether a name mention can refer to an entity: the
// same full name, or the same surname with compatible first initials.
func samePerson(name string, e *entity) bool {
	return sameTokens(strings.Fields(foldName(name)), e.tokens())
}

// tokens returns the folded words of an entity's name, cached.
func (e *entity) tokens() []string {
	if e.fold == nil || e.foldOf != e.name {
		e.fold = strings.Fields(foldName(e.name))
		e.foldOf = e.name
	}
	return e.fold
}

// sameTokens is samePerson on folded words.
func sameTokens(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if equalTokens(a, b) {
		return true
	}
	// "Sheikh Tamim" is "Tamim bin Hamad Al Thani": a leading honorific
	// is no part of the name.
	a, b = dropHonorifics(a), dropHonorifics(b)
	// "Peter K. Banda Jr." is "Peter Banda Jr.", not "Paul Mwale Santos
	// Jr.": a closing "Jr." is no surname.
	if ka, kb := nameSuffix(a), nameSuffix(b); ka != "" && kb != "" && ka != kb {
		return false // "X Jr." is not his father "X Sr."
	}
	a, b = dropNameSuffix(a), dropNameSuffix(b)
	if equalTokens(a, b) {
		return true
	}
	// "Sassou Nguesso" is the end of "Denis Sassou Nguesso"; not
	// "Mohammed bin Rashid", the father of "Hamdan bin Mohammed bin
	// Rashid".
	if len(a) < len(b) && equalTokens(a, b[len(b)-len(a):]) && !en.Patronymics[b[len(b)-len(a)-1]] || len(b) < len(a) && equalTokens(b, a[len(a)-len(b):]) && !en.Patronymics[a[len(a)-len(b)-1]] {
		return true
	}
	// "Hassan Sheikh" is "Hassan Sheikh Mohamud": a name the text shortens
	// by its last word (given and father's name, no family name).
	if len(a) >= 2 && len(b) == len(a)+1 && equalTokens(a, b[:len(a)]) || len(b) >= 2 && len(a) == len(b)+1 && equalTokens(b, a[:len(b)]) {
		return true
	}
	// An Arabic name shortened before its next father's name or its
	// family's "Al": "Omar bin Nasser" for "Omar bin Nasser Al Harthi" or
	// "Omar bin Nasser bin Hamad".
	if lineageTail(a, b) || lineageTail(b, a) {
		return true
	}
	if a[len(a)-1] == b[len(b)-1] {
		if len(a) == 1 || len(b) == 1 {
			return true
		}
		return a[0][0] == b[0][0]
	}
	// "D.Enkhjargal" is "Enkhjargal Dorjsuren": the father's initial before
	// the given name.
	if fatherInitial(a, b) || fatherInitial(b, a) {
		return true
	}
	// A single word matching any word of a longer name ("Abdullah"), or
	// the family name that East Asian names put first ("Xi" for "Xi
	// Jinping", "Kim" for "Kim Jong Un").
	if len(a) == 1 {
		for i, w := range b {
			if w == a[0] && (len(w) > 3 || i == 0 && len(b) <= 3) {
				return true
			}
		}
	}
	return false
}

// lineageTail reports a name a of a given and a father's name ("x bin y")
// that opens b, where b goes on with another patronymic or an "Al".
func lineageTail(a, b []string) bool {
	if len(a) < 3 || len(b) <= len(a) || !equalTokens(a, b[:len(a)]) || !en.Patronymics[a[1]] {
		return false
	}
	next := b[len(a)]
	return en.Patronymics[next] || next == "al" || next == "el" || next == "aal"
}

// fatherInitial reports a two-word name a, an initial and a given name,
// whose given name is a word of b and whose initial opens b's other word.
func fatherInitial(a, b []string) bool {
	if len(a) != 2 || len(a[0]) != 1 || len(b) != 2 || len(a[1]) < 3 {
		return false
	}
	return b[0] == a[1] && b[1][0] == a[0][0] || b[1] == a[1] && b[0][0] == a[0][0]
}

// dropHonorifics removes the honorifics that open a folded name ("sheikh
// tamim" → "tamim"), keeping at least one word.
func dropHonorifics(t []string) []string {
	for len(t) > 1 && en.Honorifics[t[0]] {
		t = t[1:]
	}
	return t
}

// nameSuffix returns the generational suffix that closes a folded name
// ("jr", "sr"), or "".
func nameSuffix(t []string) string {
	if len(t) > 1 && en.NameSuffixes[t[len(t)-1]] {
		return t[len(t)-1]
	}
	return ""
}

// dropNameSuffix removes a name's nameSuffix, keeping at least one word.
func dropNameSuffix(t []string) []string {
	if nameSuffix(t) != "" {
		return t[:len(t)-1]
	}
	return t
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
