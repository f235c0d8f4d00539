package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/schema"
)

// mkind is the kind of a mention.
type mkind uint8

const (
	mPerson mkind = iota + 1
	mCountry
	mDemonym
	mCity
	mOrg
	mRole    // a role without a name ("the army chief")
	mPronoun // he, she, they
	mGroup   // a country's unnamed officials ("Indonesian cabinet ministers")
)

// mention is a span of a sentence that refers to an actor.
type mention struct {
	i, j int // token span [i, j) in the sentence
	kind mkind
	// name: a person's name as written; the canonical name of a country,
	// city or organisation.
	name string
	// iso3: the country of a country, demonym, city or group, or a person's
	// country when the text gives it.
	iso3 string
	// role is a person's or role mention's role as written.
	role string
	// org is the organisation a person's role belongs to ("IMF").
	org string
	// modifier marks a country, demonym or organisation that only qualifies
	// a person or role next to it ("Russian" in "Russian Foreign Minister").
	modifier bool
	poss     bool
	plural   bool
	capital  bool
	// countryFromCtx: the country came from "the country's" or "his".
	ctxCountry bool
	// compound marks a country or a person named inside a hyphenated
	// compound ("UK-France", "the Xi-Lula talks").
	compound bool
	// visiting marks a person introduced as "visiting" ("the visiting
	// Polish leader"); on a role mention without a name ("the visiting
	// president", "his guest") it stands for the visitor in the text's
	// focus, resolved when the frames read it.
	visiting bool
	// company marks a company: never an actor of a meeting or visit.
	company bool
	// altISO are the countries a shared demonym before the name may stand
	// for ("Congolese": Congo, DR Congo); iso3 is the first.
	altISO []string
	// single marks a lone capitalised word read as a possible surname; it
	// counts as a person only if it resolves to a known one.
	single bool
	// bloc marks an organisation of states; known one from the gazetteer.
	bloc, known bool
	// pron is the pronoun kind ('s', 'p', 'i').
	pron byte
	// ent is the actor the mention refers to, set during resolution.
	ent *entity
}

// scanner finds mentions in one sentence.
type scanner struct {
	lex  lexicon
	toks []token
	ms   []mention
	max  int
}

// findMentions returns the mentions of a sentence in text order.
func findMentions(lex lexicon, toks []token) []mention {
	sc := scanner{lex: lex, toks: toks, max: lex.maxWords()}
	if sc.max < 1 {
		sc.max = 1
	}
	if sc.max > 8 {
		sc.max = 8
	}
	sc.run()
	sc.americanLegislators()
	sc.seatTitles()
	sc.markCompounds()
	sc.groupApposition()
	sc.sharedGroupHead()
	sc.frontedRoles()
	sc.dualTitles()
	sc.dropFathers()
	sc.dropSeats()
	sc.dropFeasts()
	return sc.ms
}

// dropSeats drops a person whose one-word name is a seat of government
// used for its state ("chief Pentagon spokesman X" read "Pentagon" as a
// chief's name): an institution, never a person.
func (sc *scanner) dropSeats() {
	out := sc.ms[:0]
	for _, m := range sc.ms {
		if m.kind == mPerson && !strings.Contains(m.name, " ") && sc.lex.seatOf(m.name) != "" {
			continue
		}
		out = append(out, m)
	}
	sc.ms = out
}

// dropFeasts drops a saint with no role whose name is a feast's ("a St
// Patrick's week trip", "the Saint Andrew's Eve dinner"): a saint's
// possessive name before a word of time (en.FeastHeads) names no actor.
func (sc *scanner) dropFeasts() {
	out := sc.ms[:0]
	for _, m := range sc.ms {
		saint := strings.HasPrefix(m.name, "St ") || strings.HasPrefix(m.name, "St. ") || strings.HasPrefix(m.name, "Saint ")
		if m.kind == mPerson && saint && m.poss && m.role == "" && m.j < len(sc.toks) && en.FeastHeads[sc.toks[m.j].lower] {
			continue
		}
		out = append(out, m)
	}
	sc.ms = out
}

// dropFathers drops the person named after "ibni" or "binti" (son or
// daughter of) up to the next punctuation: "Sultan X ibni Al-Marhum
// Sultan Y, ..." names X, and Y, the father, is no actor here.
func (sc *scanner) dropFathers() {
	out := sc.ms[:0]
	for _, m := range sc.ms {
		if m.kind == mPerson && sc.afterPatronymicLink(m.i) {
			continue
		}
		out = append(out, m)
	}
	sc.ms = out
}

// afterPatronymicLink reports an "ibni" or "binti" before token i with
// only words between (titles, "Al-Marhum"): i is inside a father's name.
func (sc *scanner) afterPatronymicLink(i int) bool {
	for j := i - 1; j >= max(0, i-6); j-- {
		t := sc.toks[j]
		if t.kind != tokWord && t.text != "-" && t.text != "'" {
			return false
		}
		if t.lower == "ibni" || t.lower == "binti" {
			return true
		}
	}
	return false
}

// dualTitles gives a person named after two titles joined by "and" both
// titles, and the country of the first when the second is a body's
// ("Chile's Trade Minister and WTO Director-General-elect X": a Chilean
// minister, not the WTO's).
func (sc *scanner) dualTitles() {
	for i := 0; i+1 < len(sc.ms); i++ {
		r := sc.ms[i]
		if r.kind != mRole || r.plural || r.role == "" || r.j+1 >= len(sc.toks) || sc.toks[r.j].lower != "and" {
			continue
		}
		for p := i + 1; p < len(sc.ms); p++ {
			n := &sc.ms[p]
			if n.i > r.j+1 {
				break
			}
			if n.kind != mPerson || n.i != r.j+1 || n.role == "" || !sc.toks[n.i].upper {
				continue
			}
			if en.Consorts(r.role, n.role) {
				continue // "The King and Queen X": two people
			}
			switch {
			case n.iso3 == "" && n.org != "" && r.iso3 != "":
				n.iso3 = r.iso3
				n.role = r.role + " and " + n.role
			case n.org == "":
				// "The Deputy Premier and Minister for Health, X":
				// both offices are X's.
				n.role = r.role + " and " + n.role
				if n.iso3 == "" {
					n.iso3 = r.iso3
				}
			}
		}
	}
}

// sharedGroupHead makes the demonyms listed before a group of officials
// share its head (en.SideNouns): "Indian and Chinese officials",
// "American, Russian and Ukrainian negotiators" are groups of each
// country ("Swedish and Canadian defence industries" are not).
func (sc *scanner) sharedGroupHead() {
	for g := len(sc.ms) - 1; g > 0; g-- {
		if sc.ms[g].kind != mGroup || !sc.ms[g].plural || !en.SideNouns[sc.toks[sc.ms[g].j-1].lower] {
			continue
		}
		at := sc.ms[g].i
		for p := g - 1; p >= 0; p-- {
			d := &sc.ms[p]
			if d.i >= sc.ms[g].i {
				continue // the group's own demonym
			}
			if d.kind != mDemonym || d.poss || d.j+1 != at || sc.toks[d.j].lower != "and" && sc.toks[d.j].text != "," {
				break
			}
			d.kind, d.plural = mGroup, true
			at = d.i
		}
	}
}

// frontedRoles gives a person named without a role the office told before
// the name and a comma ("The Secretary-General of ASEAN, Kao Kim Hourn,
// attended", "The head of the agency, X, said"), with the office's body.
func (sc *scanner) frontedRoles() {
	for i := range sc.ms {
		r := &sc.ms[i]
		if r.kind != mRole || r.plural || r.i > 1 {
			continue
		}
		j, org, iso := r.j, r.org, r.iso3
		// "... of ASEAN", "... of Kenya": the office's body.
		if j+1 < len(sc.toks) && sc.toks[j].lower == "of" {
			b := j + 1
			if sc.toks[b].lower == "the" {
				b++
			}
			if k := sc.mentionAt(b); k >= 0 && (sc.ms[k].kind == mOrg || sc.ms[k].kind == mCountry) {
				if sc.ms[k].kind == mOrg {
					org = sc.ms[k].name
				} else {
					iso = sc.ms[k].iso3
				}
				j = sc.ms[k].j
			}
		}
		if j+1 >= len(sc.toks) || sc.toks[j].text != "," {
			continue
		}
		k := sc.mentionAt(j + 1)
		if k < 0 {
			continue
		}
		p := &sc.ms[k]
		if p.kind != mPerson || p.role != "" || p.j >= len(sc.toks) || sc.toks[p.j].text != "," {
			continue
		}
		p.role, p.org = r.role, org
		if p.iso3 == "" {
			p.iso3 = iso
		}
	}
}

// mentionAt returns the index of the mention that starts at token i (one
// that is not a modifier), or -1.
func (sc *scanner) mentionAt(i int) int {
	for k, m := range sc.ms {
		if m.i == i && !m.modifier {
			return k
		}
	}
	return -1
}

// groupApposition gives the people listed after a country's group of
// people, a plural, their country: "their Korean colleagues, Foreign
// Minister A and Defense Secretary B" (A and B are Korean, whatever their
// titles alone would suggest).
func (sc *scanner) groupApposition() {
	for g := range sc.ms {
		m := sc.ms[g]
		if !m.plural || m.iso3 == "" || m.kind != mRole && m.kind != mGroup || m.j >= len(sc.toks) || sc.toks[m.j].text != "," {
			continue
		}
		if !strings.HasSuffix(sc.toks[m.j-1].lower, "s") {
			continue // "the Kenyan team, A and B": a body, then others, in a list
		}
		at := m.j + 1
		for p := g + 1; p < len(sc.ms); p++ {
			n := &sc.ms[p]
			if n.i < at || n.kind == mCountry || n.kind == mDemonym {
				continue // a modifier inside the next name
			}
			if n.kind != mPerson || n.i != at || n.iso3 != "" {
				break
			}
			n.iso3 = m.iso3
			at = n.j
			if at < len(sc.toks) && sc.toks[at].text == "," {
				at++
			}
			if at < len(sc.toks) && sc.toks[at].lower == "and" {
				at++
			}
		}
	}
}

// markCompounds marks countries joined by a bare hyphen ("U.S.-Canada
// talks", where the period kept the halves apart) as a compound modifier.
func (sc *scanner) markCompounds() {
	for a := range sc.ms {
		for b := range sc.ms {
			ma, mb := &sc.ms[a], &sc.ms[b]
			if ma.kind != mCountry && ma.kind != mDemonym || mb.kind != mCountry && mb.kind != mDemonym || mb.i != ma.j+1 {
				continue
			}
			d := sc.toks[ma.j]
			if d.text == "-" && d.start == sc.toks[ma.j-1].end && d.end == sc.toks[mb.i].start {
				ma.compound, ma.modifier = true, true
				mb.compound, mb.modifier = true, true
			}
		}
	}
}

func (sc *scanner) run() {
	toks := sc.toks
	caps := allCaps(toks)
	i0 := 0
	if pairLabel(toks) {
		i0 = 2 // "Ruto-Banda: ...": an item's label pairing two names, no one
	}
	for i := i0; i < len(toks); {
		t := toks[i]
		if j := partyTag(toks, i); j > i {
			i = j // "(D-Del.)": see americanLegislators
			continue
		}
		if t.kind != tokWord {
			i++
			continue
		}
		if (t.lower == "pm" || t.lower == "am") && i > 0 && hasDigit(toks[i-1].text) {
			i++ // "at 9 PM": a time of day, no prime minister
			continue
		}
		if t.lower == "his" || t.lower == "her" || t.lower == "their" {
			if j, ok := sc.courtReference(i); ok {
				i = j
				continue
			}
			if j, ok := sc.person(i); ok {
				i = j
				continue
			}
		}
		if j := sc.guest(i); j > i {
			i = j
			continue
		}
		// ("HE President X": His Excellency, an honorific, read below.)
		honorificHE := t.text == "HE" && i+1 < len(sc.toks) && sc.toks[i+1].upper && !sc.toks[i+1].allCap
		if p, ok := en.Pronouns[t.lower]; ok && !(t.lower == "i" && !t.upper) && !honorificHE {
			if t.lower == "us" {
				i++
				continue
			}
			sc.ms = append(sc.ms, mention{i: i, j: i + 1, kind: mPronoun, pron: p, poss: t.lower == "his" || t.lower == "her" || t.lower == "their"})
			i++
			continue
		}
		if j, ok := sc.institution(i); ok {
			i = j
			continue
		}
		if j := sc.facility(i); j > i {
			i = j // "Jomo Kenyatta International Airport": no person
			continue
		}
		if j := sc.seatAt(i); j > i {
			i = j // "Capitol Hill": a seat of government, no person
			continue
		}
		// In a line set all in capitals ("MINISTERS MET IN PARIS") a
		// capital says nothing: only the gazetteer knows a person there.
		// A country's name of several words goes first ("DR Congo": no
		// doctor), unless a person's name goes on after it.
		if j := sc.quotedTitle(i); j > i {
			i = j // "the 'Jambo Ruto' rally": an event's name
			continue
		}
		if j, ok := sc.person(i); ok && (!caps || sc.lexPersonIn(i, j)) && sc.placePhraseAt(i) < j {
			if caps {
				j = sc.trimToKnown(i, j)
			}
			i = j
			continue
		} else if ok {
			sc.ms = sc.ms[:sc.firstAt(i)]
		}
		if j, ok := sc.entity(i); ok {
			i = j
			continue
		}
		i++
	}
}

// quotedTitle returns the end of a name in quotes between a determiner
// and a lower-case noun ("the 'Jambo Ruto' rally", "a \"Hello Lusaka\"
// evening") that names no place or body the gazetteer knows: an
// event's or a campaign's name, no person's. It returns i otherwise.
func (sc *scanner) quotedTitle(i int) int {
	toks := sc.toks
	if i < 2 || !isQuoteMark(toks[i-1].text) || !en.VenueDeterminers[toks[i-2].lower] {
		return i
	}
	for q := i; q < min(len(toks)-1, i+5); q++ {
		if isQuoteMark(toks[q].text) {
			n := toks[q+1]
			if q > i && n.kind == tokWord && !n.upper {
				return q + 1
			}
			return i
		}
		if toks[q].kind != tokWord || !toks[q].upper {
			return i
		}
		if _, es := sc.lookupAt(q); len(es) > 0 && best(es).kind != lexPerson {
			return i // an "ASEAN Plus" session: the bloc is read
		}
	}
	return i
}

// isQuoteMark reports a quotation mark, double or single.
func isQuoteMark(s string) bool { return isQuote(s) || s == "'" || s == "‘" || s == "’" }

// pairLabel reports an item opened by a label that joins two capitalised
// names with a hyphen and ends with a colon ("Ruto-Banda:").
func pairLabel(toks []token) bool {
	if len(toks) < 3 || toks[0].kind != tokWord || toks[1].text != ":" {
		return false
	}
	parts := strings.Split(toks[0].text, "-")
	if len(parts) != 2 {
		return false
	}
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if utf8.RuneCountInString(p) < 3 || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// partyTag returns the end of a United States legislator's party and
// state tag at n ("(D-Del.)", "(R-Texas)", "(I)"), or n.
func partyTag(toks []token, n int) int {
	if n+2 >= len(toks) || toks[n].text != "(" {
		return n
	}
	w := toks[n+1].text
	if len(w) == 0 || !strings.ContainsRune("DRI", rune(w[0])) || len(w) > 1 && (len(w) < 3 || w[1] != '-' || w[2] < 'A' || w[2] > 'Z') {
		return n
	}
	if toks[n+2].text == ")" {
		return n + 3
	}
	return n
}

// countryInBrackets reports a country's name in brackets at n, alone or
// after an office: "(Kazakhstan)", "(Sierra Leone)", "(Ambassador of
// Chile)".
func (sc *scanner) countryInBrackets(n int) bool {
	_, _, j := sc.bracketedCountry(n)
	return j > n
}

// partyTagBefore returns the token before a party tag that closes at q
// ("A (D-Del.) and B"), or q.
func partyTagBefore(toks []token, q int) int {
	if q >= 2 && partyTag(toks, q-2) == q+1 {
		return q - 3
	}
	return q
}

// seatTitles gives a title that opens with a seat of government ("White
// House press secretary", "Kremlin aide") that state, when the text gives
// no other.
func (sc *scanner) seatTitles() {
	for k := range sc.ms {
		m := &sc.ms[k]
		if m.iso3 != "" || m.role == "" || m.kind != mPerson && m.kind != mRole {
			continue
		}
		w := strings.Fields(m.role)
		for n := min(2, len(w)-1); n >= 1 && m.iso3 == ""; n-- {
			m.iso3 = sc.lex.seatOf(strings.Join(w[:n], " "))
		}
	}
}

// americanLegislators marks each person named just before a party tag as
// American ("Sen. Ann Cole (D-Del.)").
func (sc *scanner) americanLegislators() {
	for k := range sc.ms {
		if m := &sc.ms[k]; m.kind == mPerson && m.iso3 == "" && partyTag(sc.toks, m.j) > m.j {
			m.iso3 = "USA"
		}
	}
}

// guest reads "his guest", "their guests", "the visitor", "his Zambian
// guest" at token i: the visitor a host receives, named elsewhere or in
// apposition; or "his host", "her Zambian host": the one who received
// them. It returns the end of the mention, or i.
func (sc *scanner) guest(i int) int {
	toks := sc.toks
	if i+1 >= len(toks) || !determiners[toks[i].lower] {
		return i
	}
	n, iso := i+1, ""
	// "his Zambian guest" (but "the Nepalese guest arrived": a demonym and
	// a plain noun).
	if j, es := sc.lookupAt(n); en.PossessivePronouns[toks[i].lower] && j == n+1 && len(es) > 0 && best(es).kind == lexDemonym && !toks[n].poss {
		n, iso = j, best(es).iso3
	}
	host := n < len(toks) && en.HostNouns[toks[n].lower] && en.PossessivePronouns[toks[i].lower]
	if !host && toks[i].lower == "the" {
		// "the summit host, X", "the summit's host, X", "the host, X":
		// the one who received the gathering, named after the comma.
		q := n
		if q < len(toks) && en.GatheringHeads[strings.TrimSuffix(strings.TrimSuffix(toks[q].lower, "'s"), "’s")] {
			q++
		}
		if q+1 < len(toks) && en.HostNouns[toks[q].lower] && toks[q+1].text == "," {
			n, host = q, true
		}
	}
	if n >= len(toks) || !en.GuestNouns[toks[n].lower] && !host {
		return i
	}
	if n+1 < len(toks) && toks[n+1].upper && toks[n+1].kind == tokWord {
		return i // "his guest Emmanuel Macron": the name follows
	}
	if i > 0 && toks[i-1].lower == "as" {
		return n + 1 // "went to X as the guest of its host": said of the subject
	}
	if host {
		iso = "" // (an unnamed official of a stated country would act for it)
	}
	sc.ms = append(sc.ms, mention{kind: mRole, i: i, j: n + 1, role: toks[n].lower, iso3: iso, visiting: !host})
	return n + 1
}

// namesFacility reports a person's name that goes on into the name of a
// place named after them, a facility's modifier or head right after it.
func (sc *scanner) namesFacility(p *personSpan) bool {
	if p.nameEnd >= len(sc.toks) {
		return false
	}
	w := sc.toks[p.nameEnd].lower
	return (en.FacilityModifiers[w] || en.FacilityHeads[w]) && sc.facility(p.h) > p.nameEnd
}

// facility returns the end of the name of a place or building named
// after a person at token i ("Robert Mugabe International Airport",
// "Moshood Abiola National Stadium", "Kenneth Kaunda Road"), else i. A name that
// begins with a known place or body ("Harare International Airport")
// is left to the gazetteer.
func (sc *scanner) facility(i int) int {
	toks := sc.toks
	if !toks[i].upper || toks[i].kind != tokWord {
		return i
	}
	if _, es := sc.lookupAt(i); len(es) > 0 && best(es).kind != lexPerson {
		return i
	}
	e := sc.upperRun(i)
	// "Palazzo Madama", "Palacio de la Moncloa": a building's name opens
	// with its own word for one.
	if en.FacilityLeads[toks[i].lower] && e > i+1 {
		return e
	}
	// "welcomed X to Casa Serena in Lima", "at Villa Rosa, Rome":
	// a name between a preposition of place and a known city is a venue,
	// unless it opens with a given name ("wrote to Maria Rossi in Rome").
	if i > 0 && (toks[i-1].lower == "to" || toks[i-1].lower == "at") && e+1 < len(toks) && (toks[e].lower == "in" || toks[e].text == ",") && sc.cityAt(e+1) && !sc.lexPersonExact(i, e) {
		if g, _ := sc.lex.gender(toks[i].text); g == 0 {
			return e
		}
	}
	// "welcomed at Kibanda Kuu at noon": a name of two words or more
	// right after "at", of no person the gazetteer knows and opening with
	// no given name, before a phrase of time or place, is the venue.
	if i > 0 && toks[i-1].lower == "at" && e > i+1 && e < len(toks) && !toks[e-1].poss && (toks[e].lower == "at" || toks[e].lower == "on" || toks[e].text == "," || toks[e].text == ".") && !sc.lexPersonExact(i, e) && !sc.knownWithin(i, e) {
		if g, _ := sc.lex.gender(toks[i].text); g == 0 {
			return e
		}
	}
	// "King Khalid International Airport", "President Masaryk Station":
	// a title and a name before a facility's head name the place.
	if e-i >= 3 && en.RoleHeads[toks[i].lower] && en.FacilityHeads[toks[e-1].lower] && !(e < len(toks) && toks[e].lower == "of") {
		return e
	}
	q := i
	for q < e && !en.FacilityModifiers[toks[q].lower] && !en.FacilityHeads[toks[q].lower] && !toks[q].poss {
		if en.RoleHeads[toks[q].lower] || en.Honorifics[toks[q].lower] && !en.Saints[toks[q].lower] || !nameWord(toks[q], q == i) {
			return i // "Foreign Minister Park Jin": a title and a name
		}
		q++
	}
	// "St Michael's Cathedral": a saint's possessive before the head.
	if q < e && q > i && toks[q].poss && en.Saints[toks[i].lower] && q+1 < len(toks) && en.FacilityHeads[toks[q+1].lower] {
		return q + 2
	}
	if q == i {
		return i
	}
	// "landed at Kertajati airport": a lower-case head after
	// the name.
	if q == e && e+1 < len(toks) && en.FacilityHeads[toks[e].lower] && toks[e].kind == tokWord && toks[e+1].lower != "of" {
		return e + 1
	}
	// "touched down at the Kenneth Kaunda air base": a lower-case
	// modifier and head.
	if q == e && e+2 < len(toks) && en.FacilityModifiers[toks[e].lower] && !toks[e].upper && en.FacilityHeads[toks[e+1].lower] && toks[e+2].lower != "of" {
		return e + 2
	}
	for q < e && en.FacilityModifiers[toks[q].lower] {
		q++
	}
	// The head ends the name: "Park" in "Park Jin" begins one.
	if q+1 == e && en.FacilityHeads[toks[q].lower] && !(e < len(toks) && toks[e].lower == "of") {
		return e
	}
	return i
}

// institutionHead reports whether w, after a capitalised name, makes the
// name a company's or an institution's ("Taft Broadcasting Co", "Kremlin
// Press Office").
func institutionHead(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return en.CompanySuffixes[w] || en.InstitutionHeads[w]
}

// institution recognises at token i a company ("Siemens AG", "NV Nordlicht
// Gasunie", "U.S. firm Boeing"), which is no actor of a meeting or visit,
// or an unknown body of states ("the Lake Basin Forum", "the Andean
// Partnership").
func (sc *scanner) institution(i int) (int, bool) {
	toks := sc.toks
	if e := sc.companyList(i); e > i {
		sc.ms = append(sc.ms, mention{i: i, j: e, kind: mOrg, name: phrase(toks, i, e), company: true})
		return e, true
	}
	if e := sc.upperRun(i); e > i+1 {
		switch {
		case companyName(toks[i:e]):
			sc.ms = append(sc.ms, mention{i: i, j: e, kind: mOrg, name: phrase(toks, i, e), company: true})
			return e, true
		case i > 0 && toks[i-1].lower == "the" && en.InterstateHeads[toks[e-1].lower] && !sc.knownWithin(i, e):
			sc.ms = append(sc.ms, mention{i: i, j: e, kind: mOrg, name: phrase(toks, i, e), bloc: true})
			return e, true
		}
	}
	// "the Sahel Council of Ministers": an unknown name before a known
	// body's generic name is another body, not that one.
	if i > 0 && toks[i-1].lower == "the" && toks[i].upper && toks[i].kind == tokWord {
		if _, es := sc.lookupAt(i); len(es) == 0 {
			if end, es := sc.lookupAt(i + 1); len(es) > 0 && best(es).kind == lexOrg && !best(es).bloc {
				sc.ms = append(sc.ms, mention{i: i, j: end, kind: mOrg, name: phrase(toks, i, end), bloc: true})
				return end, true
			}
		}
	}
	return sc.countryCompany(i)
}

// companyList returns the end of a firm named by its partners at token i,
// "Pope, Evans and Robbins Inc", "Baker, Fentress and Co": capitalised
// names joined by commas and "and" or "&", the last run ending in a
// corporate suffix; else i.
func (sc *scanner) companyList(i int) int {
	toks := sc.toks
	j := i
	for n := 0; n < 5; n++ {
		if j >= len(toks) || !toks[j].upper || toks[j].kind != tokWord {
			return i
		}
		j++
		if j+1 < len(toks) && toks[j].text == "," && toks[j+1].upper {
			j++
			continue
		}
		if j < len(toks) && toks[j].text == "," {
			j++ // "A, B, and C Inc"
		}
		if j < len(toks) && (toks[j].lower == "and" || toks[j].text == "&") {
			if e := sc.upperRun(j + 1); e > j+1 && companyName(toks[j+1:e]) {
				return e
			}
		}
		return i
	}
	return i
}

// companyName reports whether a run of capitalised words names a company:
// it ends in a corporate suffix ("Acme Holdings Inc", "Baxter
// Laboratories", "Nordvik Shipping AS") or holds a company form in capitals
// before its last word ("NV Nordlicht Gasunie", "BBX AG Nordwerk").
func companyName(run []token) bool {
	last := run[len(run)-1]
	if en.CompanySuffixes[strings.TrimSuffix(last.lower, ".")] || en.CapitalCompanySuffixes[last.text] {
		return true
	}
	for _, t := range run[:len(run)-1] {
		if en.CompanyPrefixes[t.text] {
			return true
		}
	}
	return false
}

// countryCompany reads a country or demonym before a company noun and the
// company's name ("U.S. firm Boeing", "Japanese carmaker Toyota", "a French
// oil company"): the country only qualifies the company.
func (sc *scanner) countryCompany(i int) (int, bool) {
	toks := sc.toks
	j, es := sc.lookupAt(i)
	if len(es) == 0 {
		return i, false
	}
	b := best(es)
	if b.kind != lexCountry && b.kind != lexDemonym || toks[j-1].poss {
		return i, false
	}
	n := j
	if n+1 < len(toks) && toks[n].kind == tokWord && !toks[n].upper && !en.CompanyNouns[toks[n].lower] && en.CompanyNouns[toks[n+1].lower] {
		n++ // "U.S. oil firm", "Japanese car maker"
	}
	if n >= len(toks) || toks[n].kind != tokWord || toks[n].upper || !en.CompanyNouns[toks[n].lower] {
		return i, false
	}
	kind := mCountry
	if b.kind == lexDemonym {
		kind = mDemonym
	}
	sc.ms = append(sc.ms, mention{i: i, j: j, kind: kind, name: b.name, iso3: b.iso3, modifier: true})
	end := sc.upperRun(n + 1)
	sc.ms = append(sc.ms, mention{i: n, j: end, kind: mOrg, name: phrase(toks, n, end), company: true})
	return end, true
}

// allCaps reports whether a sentence of three or more words has no
// lower-case letter.
func allCaps(toks []token) bool {
	n := 0
	for _, t := range toks {
		if t.kind != tokWord {
			continue
		}
		if strings.ToUpper(t.text) != t.text {
			return false
		}
		n++
	}
	return n >= 3
}

// knownWithin reports whether the gazetteer knows a phrase starting inside
// tokens [i, j), which then reads it instead.
func (sc *scanner) knownWithin(i, j int) bool {
	for q := i; q < j; q++ {
		if _, es := sc.lookupAt(q); len(es) > 0 {
			return true
		}
	}
	return false
}

// lexPersonIn reports whether the gazetteer knows a person among tokens
// [i, j).
// trimToKnown ends the person mention read at [i, j) of a line in capitals
// where the known person it holds ends: "PRESIDENT MAHAMA CONCLUDES VISITS"
// names Mahama, not "Mahama Concludes Visits". It returns the new end.
func (sc *scanner) trimToKnown(i, j int) int {
	for q := i; q < j; q++ {
		e, es := sc.lookupAt(q)
		if len(es) == 0 || best(es).kind != lexPerson || e > j || e == j {
			continue
		}
		for k := len(sc.ms) - 1; k >= 0 && sc.ms[k].i >= i; k-- {
			if m := &sc.ms[k]; m.kind == mPerson && m.i <= q && m.j == j {
				m.j, m.name = e, titleCase(phrase(sc.toks, q, e))
				return e
			}
		}
		return j
	}
	return j
}

func (sc *scanner) lexPersonIn(i, j int) bool {
	for q := i; q < j; q++ {
		if e, es := sc.lookupAt(q); len(es) > 0 && best(es).kind == lexPerson && e <= j {
			return true
		}
	}
	return false
}

// firstAt returns the index of the first mention recorded at or after
// token i: person() may record several (a modifier, the person, a list).
func (sc *scanner) firstAt(i int) int {
	for n := range sc.ms {
		if sc.ms[n].i >= i {
			return n
		}
	}
	return len(sc.ms)
}

// phrase joins the texts of tokens [i, j) with spaces.
func phrase(toks []token, i, j int) string {
	if j-i == 1 {
		return toks[i].text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		// "Ministers' Meeting": a closing apostrophe sticks to its word.
		// "C5+1": a sign the text writes closed up stays closed up.
		plus := k > i && toks[k].start == toks[k-1].end && (toks[k].text == "+" || toks[k-1].text == "+")
		if k > i && !strings.HasSuffix(toks[k-1].text, "-") && !(toks[k].text == "'" && toks[k].start == toks[k-1].end) && !plus {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// lookupAt finds the longest lexicon phrase starting at token i; it returns
// the end token and the readings.
func (sc *scanner) lookupAt(i int) (int, []lexEntry) {
	toks := sc.toks
	if i >= len(toks) || toks[i].kind != tokWord {
		return i, nil
	}
	t := toks[i]
	// "von der Leyen", "de Klerk": a name may open with its particles.
	particle := en.NameParticles[t.lower] && i+1 < len(toks) && (toks[i+1].upper || en.NameParticles[toks[i+1].lower])
	if !t.upper && t.lower != "the" && !particle {
		return i, nil
	}
	mw := sc.lex.maxWordsFrom(t.text)
	if t.poss {
		mw = max(mw, sc.lex.maxWordsFrom(t.text+"'s")) // "People's Republic of China"
	}
	if t.lower == "the" && i+1 < len(toks) {
		mw = max(mw, sc.lex.maxWordsFrom(toks[i+1].text)+1)
	}
	if t.allCap {
		mw = max(mw, 3)
	}
	for n := min(mw, sc.max, len(toks)-i); n >= 1; n-- {
		ok, innerPoss := true, false
		for k := i; k < i+n; k++ {
			// A number may end a name: "Group of 20".
			if toks[k].kind != tokWord && !(toks[k].kind == tokNum && k > i) || k > i && toks[k].nl && toks[k-1].poss {
				ok = false
				break
			}
			// A possessive ends a phrase, but for "People's" inside a
			// state's or party's name ("Democratic People's Republic").
			if toks[k].poss && k < i+n-1 {
				if !strings.HasPrefix(toks[k].lower, "people") {
					ok = false
					break
				}
				innerPoss = true
			}
		}
		if !ok {
			continue
		}
		if n > 1 && !toks[i+n-1].upper && !elided(toks[i+n-1].text) && !(toks[i+n-1].kind == tokWord && (toks[i+n-1].lower == "of" || toks[i+n-1].lower == "the")) {
			// "Republic of Korea", but not "Pakistan appreciated".
			if toks[i+n-1].kind == tokWord && !toks[i+n-1].upper {
				continue
			}
		}
		p := phrase(toks, i, i+n)
		if es := sc.lex.lookup(p); len(es) > 0 {
			return i + n, es
		}
		if innerPoss {
			// "Democratic People's Republic of Korea": the possessive's
			// "'s" is no token of its own.
			if es := sc.lex.lookup(possessed(toks, i, i+n)); len(es) > 0 {
				return i + n, es
			}
		}
		if toks[i].allCap && n <= 3 {
			if es := sc.lex.lookup(titleCase(p)); len(es) > 0 {
				return i + n, es
			}
		}
	}
	return i, nil
}

// placePhraseAt returns the end of a country or city named by two or
// three words at i, or i when there is none. A person's name read no
// further than that is the place's ("DR Congo", "The Hague": no Mr Hague).
func (sc *scanner) placePhraseAt(i int) int {
	end := i
	if i >= len(sc.toks) || sc.lex.maxWordsFrom(sc.toks[i].text) < 2 {
		return end
	}
	for n := 2; n <= 3 && i+n <= len(sc.toks); n++ {
		for _, e := range sc.lex.lookup(phrase(sc.toks, i, i+n)) {
			if e.kind == lexCountry || e.kind == lexCity {
				end = i + n
			}
		}
	}
	return end
}

// elided reports a capitalised word behind an elided particle, "d'Ivoire",
// "l'Ouest": part of a proper name.
func elided(w string) bool {
	r := []rune(w)
	return len(r) > 2 && unicode.IsLower(r[0]) && (r[1] == '\'' || r[1] == '’') && unicode.IsUpper(r[2])
}

// possessed is phrase with "'s" after each possessive token inside.
func possessed(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
		if toks[k].poss && k < j-1 {
			b.WriteString("'s")
		}
	}
	return b.String()
}

// best picks the reading of a phrase to use.
func best(es []lexEntry) lexEntry {
	rank := func(k lexKind) int {
		switch k {
		case lexCountry:
			return 5
		case lexDemonym:
			return 4
		case lexOrg:
			return 3
		case lexCity:
			return 2
		}
		return 1
	}
	b := es[0]
	for _, e := range es[1:] {
		// Of two of one kind, the one the name stands for unambiguously
		// ("IOC": the Olympic committee, not the Indian Ocean one).
		if rank(e.kind) > rank(b.kind) || rank(e.kind) == rank(b.kind) && b.ambiguous && !e.ambiguous {
			b = e
		}
	}
	return b
}

// entity recognises a country, demonym, city or organisation at token i.
func (sc *scanner) entity(i int) (int, bool) {
	toks := sc.toks
	t := toks[i]
	// "the Xi-Lula talks": two people, the parties of the meeting.
	if sc.namePair(i) {
		a, b, _ := strings.Cut(t.text, "-")
		for _, name := range []string{a, b} {
			sc.ms = append(sc.ms, mention{i: i, j: i + 1, kind: mPerson, name: name, single: true, modifier: true, compound: true})
		}
		return i + 1, true
	}
	// Hyphenated compounds: "UK-France", "U.S.-backed", "Franco-German".
	if t.upper && strings.IndexByte(t.text, '-') > 0 {
		if es := sc.lex.lookup(t.text); len(es) > 0 {
			sc.addEntity(i, i+1, best(es))
			return i + 1, true
		}
		parts := strings.Split(t.text, "-")
		found := false
		for _, p := range parts {
			if p == "" {
				continue
			}
			es := sc.lex.lookup(p)
			if len(es) == 0 {
				es = sc.lex.lookup(franco(p))
			}
			if len(es) == 0 {
				continue
			}
			e := best(es)
			if e.kind == lexCountry || e.kind == lexDemonym {
				m := mention{i: i, j: i + 1, kind: mCountry, name: e.name, iso3: e.iso3, modifier: true, compound: true}
				sc.ms = append(sc.ms, m)
				found = true
			}
		}
		if found {
			return i + 1, true
		}
	}
	j, es := sc.lookupAt(i)
	start := i
	if len(es) == 0 && t.lower == "the" {
		return i, false
	}
	if len(es) == 0 {
		return i, false
	}
	if toks[start].lower == "the" {
		start++
	}
	e := best(es)
	if e.kind == lexPerson {
		return i, false
	}
	// "Syrian National Coalition": a demonym or country followed by
	// capitalised words ending in an organisation word.
	if (e.kind == lexDemonym || e.kind == lexCountry) && !toks[j-1].poss {
		k := j
		for k < len(toks) && toks[k].kind == tokWord && toks[k].upper && !en.RoleHeads[toks[k].lower] && k-j < 4 {
			if en.OrgWords[toks[k].lower] {
				name := phrase(toks, start, k+1)
				sc.ms = append(sc.ms, mention{i: start, j: k + 1, kind: mOrg, name: name, iso3: e.iso3})
				return k + 1, true
			}
			k++
		}
	}
	// "South American", "Latin American": regions, not the United States.
	if e.kind == lexDemonym && start > 0 && toks[start-1].upper && (toks[start-1].lower == "south" || toks[start-1].lower == "latin" || toks[start-1].lower == "north" || toks[start-1].lower == "central") && strings.HasPrefix(toks[start].lower, "american") {
		return j, true
	}
	if e.ambiguous && start+1 == j && i == 0 {
		// A sentence-initial ambiguous word ("Emirates", "Chad") stays
		// unless a possessive or a verb-like context follows; keep it simple
		// and accept it only when capitalised mid-sentence.
		if j < len(toks) && toks[j].kind == tokWord && toks[j].upper {
			return i, false
		}
	}
	sc.addEntity(start, j, e)
	if n := len(sc.ms); n > 0 && sc.ms[n-1].j > j {
		j = sc.ms[n-1].j // "the Nordic Council of Ministers" read whole
	}
	return j, true
}

// franco maps combining forms to country adjectives ("Franco" → "French").
func franco(p string) string {
	switch strings.ToLower(p) {
	case "franco":
		return "French"
	case "anglo":
		return "British"
	case "sino":
		return "Chinese"
	case "indo":
		return "Indian"
	case "russo":
		return "Russian"
	case "german":
		return "German"
	case "italo":
		return "Italian"
	case "turco":
		return "Turkish"
	case "greco":
		return "Greek"
	case "afro":
		return ""
	}
	return p
}

// namedAfter reports whether a capitalised word follows at k, after an
// optional comma.
func (sc *scanner) namedAfter(k int) bool {
	if k < len(sc.toks) && sc.toks[k].text == "," {
		k++
	}
	return k < len(sc.toks) && sc.toks[k].kind == tokWord && sc.toks[k].upper
}

func (sc *scanner) addEntity(i, j int, e lexEntry) {
	m := mention{i: i, j: j, name: e.name, iso3: e.iso3, poss: sc.toks[j-1].poss, capital: e.capital}
	switch e.kind {
	case lexCountry:
		m.kind = mCountry
	case lexDemonym:
		m.kind = mDemonym
		// "in the Kenyan capital": the capital city, unless named after
		// it ("the Kenyan capital, Nairobi").
		if j < len(sc.toks) && sc.toks[j].lower == "capital" && !sc.toks[j].upper && !sc.namedAfter(j+1) {
			if c := sc.lex.capitalOf(e.iso3); c != "" {
				sc.ms = append(sc.ms, mention{i: i, j: j + 1, kind: mCity, name: c, iso3: e.iso3, capital: true})
				return
			}
		}
		// Plural demonyms ("the Germans", "Soviets") act as the country,
		// unless they qualify a plural noun ("Swiss banks").
		if strings.HasSuffix(sc.toks[j-1].lower, "s") {
			if !(j < len(sc.toks) && sc.toks[j].kind == tokWord && !sc.toks[j].upper && strings.HasSuffix(sc.toks[j].lower, "s") && !isVerbish(sc.toks[j].lower) && sc.toks[j].lower != "was" && sc.toks[j].lower != "is" && sc.toks[j].lower != "has") {
				m.kind = mCountry
				m.plural = true
			}
		}
	case lexCity:
		m.kind = mCity
		// "the Kampala Declaration", "the Minsk Accords": a document named
		// after the city, no place of the sentence.
		m.modifier = j < len(sc.toks) && sc.toks[j].upper && en.DocumentHeads[sc.toks[j].lower]
	case lexOrg:
		m.kind = mOrg
		m.iso3 = ""
		m.bloc, m.known = e.bloc, true
		m.j = sc.bodyOfMembers(j)
	default:
		return
	}
	// "Indonesian cabinet ministers", "cuban foreign ministry officials".
	if m.kind == mDemonym || m.kind == mCountry && m.poss {
		k := j
		for k < len(sc.toks) && k-j < 4 && sc.toks[k].kind == tokWord && !en.GroupNouns[sc.toks[k].lower] &&
			(en.RoleMods[sc.toks[k].lower] || sc.toks[k].lower == "ministry" || sc.toks[k].lower == "financial" || sc.toks[k].lower == "government" && k+1 < len(sc.toks) && en.GroupNouns[sc.toks[k+1].lower]) {
			k++
		}
		if k < len(sc.toks) && en.GroupNouns[sc.toks[k].lower] && sc.toks[k].kind == tokWord && (strings.HasSuffix(sc.toks[k].lower, "s") || k > j || sc.toks[k].lower == "delegation" || sc.toks[k].lower == "team") {
			sc.ms = append(sc.ms, mention{i: i, j: k + 1, kind: mGroup, name: e.name, iso3: e.iso3, plural: true})
			return
		}
	}
	sc.ms = append(sc.ms, m)
}

// bodyOfMembers returns the end of the "of" phrase after an
// organisation's name that tells whose body it is, "the Nordic Council of
// Ministers", "the Arab League Council of Foreign Ministers" read as the
// organisation: capitalised offices ending in a plural head
// (en.BodyMembers); j otherwise.
func (sc *scanner) bodyOfMembers(j int) int {
	toks := sc.toks
	if j+1 >= len(toks) || toks[j].lower != "of" || !en.OrgWords[toks[j-1].lower] {
		return j
	}
	end := j
	for k := j + 1; k < len(toks) && k < j+7 && toks[k].kind == tokWord && (toks[k].upper || toks[k].lower == "of" || toks[k].lower == "and"); k++ {
		if en.BodyMembers[toks[k].lower] {
			end = k + 1
		} else if !en.RoleMods[toks[k].lower] && !en.RoleHeads[toks[k].lower] && toks[k].lower != "of" && toks[k].lower != "and" {
			break
		}
	}
	return end
}

// phraseIn returns the length of the first of the phrases (lower-case
// words) that starts at token k, or 0.
func phraseIn(toks []token, k int, phrases [][]string) int {
	for _, p := range phrases {
		if k < 0 || k+len(p) > len(toks) {
			continue
		}
		ok := true
		for i, w := range p {
			ok = ok && toks[k+i].kind == tokWord && toks[k+i].lower == w
		}
		if ok {
			return len(p)
		}
	}
	return 0
}

// roleSpan parses a role phrase at token i: modifiers and heads
// ("Foreign Minister", "army chief", "Minister of State for Foreign
// Affairs", "Secretary of State"). It returns the end, the role text, a
// country named inside the role ("Minister of Foreign Affairs of Chile"), and
// whether the head is plural.
func (sc *scanner) roleSpan(i int) (end int, role, iso3 string, plural bool, ok bool) {
	toks := sc.toks
	k := i
	lastHead := -1
	for k < len(toks) && toks[k].kind == tokWord {
		w := strings.TrimSuffix(toks[k].lower, ".")
		// "Foreign Minister Amir Khan Muttaqi": a title that is also a
		// given name starts the name after a complete title.
		if en.GivenTitles[w] && lastHead == k-1 && k+1 < len(toks) && toks[k+1].upper && toks[k+1].kind == tokWord {
			break
		}
		// "Amir Khan Muttaqi", "Shah Mahmood Qureshi": such a word before
		// two name words the gazetteer does not know alone opens the name
		// (not "Sultan Haitham bin Tarik", "Amir Sheikh Tamim").
		if en.GivenTitles[w] && sc.givenTitleName(k) {
			break
		}
		if en.RoleHeads[w] || en.RoleHeads[toks[k].lower] {
			lastHead = k
			k++
			continue
		}
		// "First Lady", "first gentleman": a leader's spouse, a title.
		if n := phraseIn(toks, k, en.SpouseTitles); n > 0 {
			lastHead = k + n - 1
			k += n
			continue
		}
		// "Director General", "Governor General": a post-positive word
		// completes the office; in "army chief General X" it is a rank.
		if lastHead >= 0 && lastHead == k-1 && en.PostHeads[w][strings.TrimSuffix(toks[k-1].lower, ".")] && (toks[k].upper || w != "executive") {
			// (a firm's "chief executive" stays as it was read)
			lastHead = k
			k++
			continue
		}
		if en.RoleMods[w] && k-i < 6 {
			k++
			continue
		}
		// "Prime Minister-designate", "Secretary-General"
		if strings.IndexByte(w, '-') > 0 && !sc.placeWord(k) {
			parts := strings.Split(w, "-")
			if en.RoleHeads[parts[0]] || en.RoleHeads[parts[len(parts)-1]] {
				lastHead = k
				k++
				continue
			}
		}
		break
	}
	if lastHead < 0 {
		return i, "", "", false, false
	}
	end = lastHead + 1
	end, iso3, ofAt, demISO := sc.roleComplement(end)
	// Trim trailing commas/ands.
	for end > i && (toks[end-1].text == "," || toks[end-1].lower == "and") {
		end--
	}
	// "Prime Minister and Foreign Minister Sheikh Mohammed": two offices of one person.
	if end+1 < len(toks) && toks[end].lower == "and" && toks[end+1].upper {
		if e2, _, _, _, ok := sc.roleSpanSimple(end + 1); ok && sc.nameSpan(e2) > e2 && !en.Consorts(toks[lastHead].lower, toks[e2-1].lower) {
			end = e2 // (not "the King and Queen X", two people)
		}
	}
	if iso3 == "" && demISO != "" {
		iso3 = demISO
	}
	if iso3 == "" {
		iso3 = sc.countryInside(i+1, lastHead) // "Former U.S. Secretary of State"
	}
	// "Majesty King", "Holiness Patriarch": the style before an office is
	// no part of it.
	from := i
	for from < lastHead && sc.styleAt(from) {
		from++
	}
	role = phrase(toks, from, end)
	if iso3 != "" && ofAt > from {
		// Drop " of Iraq", " of the Republic of Korea" from the role text.
		role = phrase(toks, from, ofAt)
	}
	hw := toks[lastHead].lower
	plural = strings.HasSuffix(hw, "s") && hw != "chancellors" && hw != "boss" && en.RoleAbbreviations[hw] == "" || hw == "sens." || hw == "sens"
	return end, role, iso3, plural, true
}

// countryInside returns the country a country's name or demonym among the
// tokens [i, j) of a role stands for ("Former U.S. Secretary"), or "".
func (sc *scanner) countryInside(i, j int) string {
	for q := i; q < j; q++ {
		if q > 0 && (en.CompassWords[sc.toks[q-1].lower] || sc.toks[q-1].lower == "new") {
			continue // "New Mexico Governor", "South Sudan": part of another name
		}
		if e, es := sc.lookupAt(q); len(es) > 0 && e <= j {
			if b := best(es); (b.kind == lexCountry || b.kind == lexDemonym) && !b.ambiguous {
				return b.iso3
			}
		}
	}
	return ""
}

// givenTitleName reports a title that is also a given name at k followed
// by two or more name words, no honorific, that the gazetteer does not know
// as a person without it.
func (sc *scanner) givenTitleName(k int) bool {
	if k+1 >= len(sc.toks) || sc.honorificAt(k+1) {
		return false
	}
	end := sc.nameSpan(k + 1)
	return end-(k+1) >= 2 && !sc.lexPersonExact(k+1, end)
}

// titleAside returns the token after a bracketed run of capitalised
// words at i that qualifies a title before its portfolio ("(Independent
// Charge) for X"), or i.
func (sc *scanner) titleAside(i int) int {
	toks := sc.toks
	if i >= len(toks) || toks[i].text != "(" || sc.countryInBrackets(i) || partyTag(toks, i) > i {
		return i // "(Kazakhstan)", "(D-Del.)": the holder's country or party
	}
	for q := i + 1; q < min(len(toks), i+5); q++ {
		if toks[q].text == ")" {
			if q == i+1 || q+1 >= len(toks) || toks[q+1].lower != "for" && toks[q+1].lower != "of" {
				return i // only a qualifier the portfolio goes on after
			}
			return q + 1
		}
		if toks[q].kind != tokWord || !toks[q].upper {
			return i
		}
	}
	return i
}

// roleComplement reads what may follow a role's head words from token
// end: "of State", "for Foreign Affairs", "of the Exchequer", "to Athens",
// "of Iraq" (the role's country, at ofAt), "in the presidency"; a demonym
// inside ("head of the Kenyan Tea Board") gives demISO. It
// stops before a person's name ("Secretary of State Ana Moreira") and a
// body's name ("ministers of the Lake Basin Forum").
func (sc *scanner) roleComplement(end int) (int, string, int, string) {
	toks := sc.toks
	iso3, ofAt, demISO := "", -1, ""
	// "of State", "for Foreign Affairs", "of the Exchequer", "to Athens",
	// "of Iraq", "in the presidency".
	for end+1 < len(toks) {
		if q := sc.titleAside(end); q > end {
			end = q // "Deputy Minister (Special Duties) for X"
			continue
		}
		p := toks[end].lower
		if p != "of" && p != "for" && p != "to" && p != "in" {
			break
		}
		if p == "in" && !(end+2 < len(toks) && toks[end+1].lower == "the" && toks[end+2].lower == "presidency") {
			break
		}
		k := end + 1
		if toks[k].lower == "the" {
			k++
		}
		// "Ambassador to the Kingdom, X": the post's country told by its
		// kind of state, kept in the role.
		if p == "to" && k > end+1 && k < len(toks) && toks[k].upper && en.CountryWords[toks[k].lower] && en.PostedHeads[toks[end-1].lower] {
			end = k + 1
			continue
		}
		// "Chairman of the Chile Mining Federation X", "Governor of
		// Cusco Region Y": a body or region named after its country
		// or city, then the holder.
		if _, es := sc.lookupAt(k); p == "of" && len(es) > 0 && (best(es).kind == lexCountry || best(es).kind == lexCity) {
			if e := sc.governmentName(end, en.BodyEnds); e > end {
				demISO, end = best(es).iso3, e
				break
			}
		}
		// "the Deputy Director-General of the World Food Programme,
		// Dr. X": a body the gazetteer knows, named whole before the
		// holder's name, ends the role.
		if j, es := sc.lookupAt(k); p == "of" && len(es) > 0 && best(es).kind == lexOrg && sc.namedAfterComma(j) {
			end = j
			break
		}
		// "Premier of Ontario", "Mayor of Lviv": a city or region ends
		// the role, kept in it, and gives its country.
		if n := sc.regionAt(k); p == "of" && n > k && !(n < len(toks) && toks[n].kind == tokWord && toks[n].upper) {
			iso3, end = sc.lex.regionOf(phrase(toks, k, n)), n
			break
		}
		// A country ends the role and gives its country.
		if j, es := sc.lookupAt(k); len(es) > 0 {
			e := best(es)
			// ("envoy for Afghan affairs" is another state's envoy.)
			if e.kind == lexDemonym && iso3 == "" && !(p == "for" && j < len(toks) && en.SubjectAffairs[toks[j].lower]) {
				// "president of the Kenyan Tea Institute"
				demISO = e.iso3
			}
			if e.kind == lexCountry && p == "of" {
				iso3 = e.iso3
				ofAt = end
				end = sc.possessedBody(j)
				break
			}
			if p == "to" && (e.kind == lexCity || e.kind == lexCountry) && en.PostedHeads[toks[end-1].lower] ||
				p == "for" && e.kind == lexCountry && en.PostedHeads[toks[end-1].lower] {
				// "Ambassador to Athens", "Ambassador to Chile", "Resident
				// Coordinator for Sudan": the post's place, never the
				// holder's country.
				end = j
				continue
			}
		}
		n := k
		for n < len(toks) && toks[n].kind == tokWord && (toks[n].upper || en.RoleMods[toks[n].lower] || toks[n].lower == "presidency") && !toks[n-1].poss {
			if _, es := sc.lookupAt(n); len(es) > 0 && n > k {
				break
			}
			n++
			// "Mines, Energy and Petro-Chemical Works"
			if n+1 < len(toks) && (toks[n].text == "," || toks[n].lower == "and") && toks[n+1].upper && toks[n+1].kind == tokWord && n < len(toks)-2 && !en.RoleHeads[toks[n+1].lower] {
				if _, es := sc.lookupAt(n + 1); len(es) == 0 && (!sc.nameAhead(n+1) || toks[n].lower == "and" && (sc.givenNameLater(n+1) || portfolioWord(toks[n+1]) && sc.nameAhead(n+2) || sc.portfolioRun(n+1))) {
					// ("and Inland Fisheries Affairs Peter Banda": the
					// portfolio goes on to "Peter"; "of Energy and
					// Petroleum Opiyo Wandayi": to "Opiyo".)
					n++
				}
			}
		}
		if n == k || p == "to" && !toks[k].upper {
			break
		}
		// "ministers of the Lake Basin Forum": a body's name is no
		// part of the role.
		if n-k >= 2 && toks[n-1].upper && en.InterstateHeads[toks[n-1].lower] {
			break
		}
		// "the Chairman of the Sovereign Council, General X": a body named
		// whole before a comma and the holder's name.
		if p == "of" && sc.namedAfterComma(n) && !sc.portfolioThenName(k, n) {
			end = n
			break
		}
		// "Premier of the Transitional Government (TG) X":
		// a government's long name, then the holder's.
		if e := sc.governmentName(end, en.GovernmentWords); e > end {
			end = e
			break
		}
		// Do not swallow a following person name: "Secretary of State George Shultz".
		m, ok := sc.portfolioWords(p, k, n)
		if !ok {
			break
		}
		end = m
		if end < len(toks) && toks[end].text == "," || end < len(toks) && toks[end].lower == "and" {
			break
		}
	}
	return end, iso3, ofAt, demISO
}

// portfolioWords returns the end of the words of a portfolio from k,
// before n, after the preposition p, keeping role words and stopping
// before a person's name; ok is false when none is part of it.
func (sc *scanner) portfolioWords(p string, k, n int) (int, bool) {
	toks := sc.toks
	// "of Joint-Staff Signals Lt Col X": a rank or honorific
	// after capitalised words opens the holder's name; the words before
	// it are the portfolio.
	for q := k + 1; q < n && toks[q].upper && toks[q].kind == tokWord; q++ {
		if en.Honorifics[toks[q].lower] && !en.Honorifics[toks[k].lower] && !en.RoleHeads[toks[q].lower] && toks[q].lower != "general" && q+1 < n {
			return q, true
		}
	}
	// Keep role words; stop before two capitalised non-role words in a row.
	m := k
	if p == "of" && en.RoleHeads[toks[k].lower] && (sc.nameAhead(k+1) || sc.twoNameWords(k+1)) {
		return k, false // "the head of President X's office": X's title
	}
	for m < n && (en.RoleMods[toks[m].lower] || en.RoleHeads[toks[m].lower] || toks[m].lower == "state" || toks[m].lower == "presidency" || toks[m].lower == "affairs" || toks[m].lower == "exchequer" || toks[m].lower == "defense" || toks[m].lower == "relations" || toks[m].lower == "and" || toks[m].text == "," || p != "of" && p != "to" && !sc.nameAhead(m) || p == "for" && m == k && toks[m].upper && sc.nameAhead(m+1) || p == "for" && sc.givenNameLater(m)) {
		// "High Commissioner for Human Rights Volker Turk": one
		// capitalised portfolio word, then the name.
		m++
	}
	return m, m > k
}

// portfolioRun reports a run of capitalised words from m that are all
// words of a portfolio ("and Social Welfare, X"): the role goes on, though
// the run could pass for a name.
func (sc *scanner) portfolioRun(m int) bool {
	q := m
	for q < len(sc.toks) && sc.toks[q].upper && sc.toks[q].kind == tokWord {
		if !portfolioWord(sc.toks[q]) {
			return false
		}
		q++
	}
	return q > m
}

// givenNameLater reports a capitalised run from m whose first word is no
// known given name while a later one, followed by a surname, is: "for
// Lakes and Inland Fisheries Affairs Peter Banda" goes on to "Peter".
func (sc *scanner) givenNameLater(m int) bool {
	toks := sc.toks
	if !toks[m].upper || toks[m].kind != tokWord || en.Honorifics[toks[m].lower] || en.RoleHeads[toks[m].lower] {
		return false
	}
	if g, _ := sc.lex.gender(toks[m].text); g != 0 {
		return false
	}
	for q := m + 1; q+1 < len(toks) && q < m+4 && toks[q].upper && toks[q].kind == tokWord; q++ {
		if g, _ := sc.lex.gender(toks[q].text); g != 0 {
			return toks[q+1].upper && toks[q+1].kind == tokWord
		}
	}
	return false
}

// portfolioThenName reports a run [k, n) of portfolio words followed by
// two or more name words: "of Foreign Affairs Joseph Mwita, President X"
// is a minister's office and name, not a body named before its holder.
func (sc *scanner) portfolioThenName(k, n int) bool {
	toks := sc.toks
	m := k
	for m < n && (en.RoleMods[toks[m].lower] || en.PortfolioHeads[toks[m].lower] || portfolioNoun(toks[m].lower) || toks[m].lower == "and") {
		m++
	}
	return m > k && n-m >= 2 && sc.twoNameWords(m)
}

// possessedBody returns the end of the body a role's possessive country
// owns when the holder's name follows a comma: "the Speaker of Ruritania's
// Grand Chamber of Deputies, Ana Reyes" ends after "Deputies"; else j.
func (sc *scanner) possessedBody(j int) int {
	toks := sc.toks
	if j == 0 || !toks[j-1].poss {
		return j
	}
	n := j
	for n < len(toks) && toks[n].kind == tokWord && (toks[n].upper || (toks[n].lower == "of" || toks[n].lower == "and") && n+1 < len(toks) && toks[n+1].upper) {
		n++
	}
	if n > j && toks[n-1].upper && sc.namedAfterComma(n) {
		return n
	}
	return j
}

// governmentName returns the end of "of the <name of a government or
// council>" at of (capitalised words, "of" and "and" between, a bracketed
// short form after) when a word of ends (en.GovernmentWords, or the wider
// en.BodyEnds) closes it and a person's name follows; else of.
func (sc *scanner) governmentName(of int, ends map[string]bool) int {
	toks := sc.toks
	if of+2 >= len(toks) || toks[of].lower != "of" {
		return of
	}
	// "of the Transitional Government X", "of the Chile Mining
	// Federation X", "of Cusco Region X": a body's or a region's name
	// (en.BodyEnds), then the holder's.
	start := of + 1
	if toks[start].lower == "the" {
		start++
	}
	gov, n := false, start
	for n < len(toks) && toks[n].kind == tokWord && (toks[n].upper || (toks[n].lower == "of" || toks[n].lower == "and") && n+1 < len(toks) && toks[n+1].upper) {
		if sc.nameAhead(n) && gov && !ends[toks[n].lower] {
			break // the holder's name begins
		}
		if toks[n].poss {
			return of // "of the X Department's Y Service": a body's body
		}
		gov = gov || ends[toks[n].lower]
		n++
	}
	if n <= start || !ends[toks[n-1].lower] {
		return of // "of the National Council of Farmer Cooperatives": no government's name ends before a name
	}
	if n+2 < len(toks) && toks[n].text == "(" && toks[n+2].text == ")" {
		n += 3 // "(GNU)"
	}
	if !gov || !sc.nameAhead(n) {
		return of
	}
	return n
}

// namedAfterComma reports a comma at n followed by a person's name, with
// any honorifics before it: ", General Assimi Goita", ", Dr Ana Reyes".
func (sc *scanner) namedAfterComma(n int) bool {
	toks := sc.toks
	if n+1 >= len(toks) || toks[n].text != "," {
		return false
	}
	h := n + 1
	for h < len(toks) && sc.honorificAt(h) && h+1 < len(toks) && toks[h+1].upper {
		h++
	}
	return sc.nameAhead(h)
}

// nameAhead reports whether a person-like name (two capitalised name
// words) starts at token k.
func (sc *scanner) nameAhead(k int) bool {
	j := sc.nameSpan(k)
	return j-k >= 2
}

// twoNameWords reports two capitalised words at k, the second possibly
// possessive ("Volodymyr Zelenskyy's"), that are no known place or body.
func (sc *scanner) twoNameWords(k int) bool {
	if k+1 >= len(sc.toks) || !nameWord(sc.toks[k], true) || !nameWord(sc.toks[k+1], false) || sc.toks[k].poss {
		return false
	}
	_, es := sc.lookupAt(k)
	return len(es) == 0 || best(es).kind == lexPerson
}

// namePair reports a token at k of two names joined by a hyphen, each one
// the gazetteer knows as a person's, before a meeting's noun
// (en.PairNouns): "Xi-Lula talks".
func (sc *scanner) namePair(k int) bool {
	if k+1 >= len(sc.toks) || !en.PairNouns[sc.toks[k+1].lower] || !sc.toks[k].upper {
		return false
	}
	a, b, ok := strings.Cut(sc.toks[k].text, "-")
	return ok && a != "" && b != "" && !strings.Contains(b, "-") && sc.lexPersonName(a) && sc.lexPersonName(b)
}

// nameWord reports whether token t can be part of a person's name; first
// marks the first word (which may not be a role word).
func nameWord(t token, first bool) bool {
	if t.kind != tokWord {
		return false
	}
	if en.NameParticles[t.lower] {
		return true
	}
	if !t.upper {
		// "al-Abadi", "bin-Salman", "el-Sisi"
		for _, p := range []string{"al-", "el-", "bin-", "ibn-", "abu-", "ul-", "ad-", "as-", "ash-", "at-", "az-"} {
			if strings.HasPrefix(t.lower, p) && len(t.lower) > len(p) {
				return true
			}
		}
		return false
	}
	// An initial: "A. Blinken", "S. Jaishankar".
	if r := []rune(t.text); len(r) == 2 && r[1] == '.' && unicode.IsUpper(r[0]) {
		return true
	}
	w := strings.TrimSuffix(t.lower, ".")
	// "Vice Premier Liu He": a capitalised "He" inside a sentence, after a
	// name word, is a name.
	if w == "he" && !first && t.text == "He" {
		return true
	}
	if en.NotNameWords[w] || en.ClauseOpeners[w] || first && (en.RoleHeads[w] || en.NameSuffixes[w]) {
		return false
	}
	if t.allCap && en.TimeZones[w] || first && en.Postnominals[t.text] {
		// "10:02 CET Merz arrived": a live page's clock; "X AO RAN
		// held talks": letters after a name open none.
		return false
	}
	// Capitalised abstract nouns of portfolios and programmes ("Foreign
	// Employment and Tourism", "Development", "Cooperation") are no names.
	if first && portfolioNoun(w) {
		return false
	}
	// "Toyota-built", "Kyiv-based", "F-16": a compound adjective or a
	// model, no name.
	if i := strings.LastIndexByte(w, '-'); i > 0 && en.CompoundAdjectiveHeads[w[i+1:]] || strings.ContainsAny(w, "0123456789") {
		return false
	}
	return true
}

// compoundBank reports a German-style compound bank name ending a
// capitalised run ("Deutsche Genossenschaftsbank", "Landesbank"), no
// person's surname.
func compoundBank(w string) bool {
	return len(w) > 8 && strings.HasSuffix(w, "bank")
}

// portfolioWord reports a word of a portfolio: a role's modifier
// ("Petroleum", "Housing") or an abstract noun ("Development").
func portfolioWord(t token) bool {
	return t.kind == tokWord && (en.RoleMods[t.lower] || en.PortfolioHeads[t.lower] || portfolioNoun(t.lower))
}

// portfolioNoun reports a capitalised abstract noun of a portfolio
// ("Development", "Trade Negotiations", "Investments", "Industry") or a
// sentence adverb ("Reportedly"), no first word of a name.
func portfolioNoun(w string) bool {
	for _, suf := range en.PortfolioSuffixes {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	// "Presumably Harlow-Mercer", "Apparently Smith": a sentence adverb.
	for _, suf := range en.AdverbSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// thingRun reports a capitalised run from k to j that names a thing, no
// person.
func (sc *scanner) thingRun(k, j int) bool {
	toks := sc.toks
	// A company, an institution or a programme: "Crazy Eddie Inc", "Taft
	// Broadcasting Co", "Acme Laboratories", "Kremlin Press Office", "the
	// Coastal Resilience Facility".
	if j < len(toks) && institutionHead(toks[j].lower) || en.CompanySuffixes[strings.TrimSuffix(toks[j-1].lower, ".")] || en.InterstateHeads[toks[j-1].lower] || en.SchemeHeads[toks[j-1].lower] || compoundBank(toks[j-1].lower) {
		return true
	}
	// A building: "Al Qasr Palace", "Kofi Badu Hall", "the Kafue
	// Sitting Room".
	if j < len(toks) && toks[j].upper && en.VenueNouns[toks[j].lower] || en.VenueEnds[toks[j-1].lower] {
		return true
	}
	// "in Buda Castle", "at Lancaster House": a word that may end a
	// surname ends a building after a preposition of place.
	if j > k+1 && en.VenueNouns[toks[j-1].lower] && k > 0 && en.PlacePrepositions[toks[k-1].lower] {
		return true
	}
	// An accord, a prize, a fair, an address or a district: "the
	// Seven-Point Consensus", "12 Chilambula Marg", "Kasai Province".
	return en.ThingHeads[toks[j-1].lower]
}

// nameSpan returns the end of a capitalised name starting at k (k when none).
func (sc *scanner) nameSpan(k int) int {
	toks := sc.toks
	j := k
	// "ADDS Lee's meeting", "UPDATES with": a wire desk's note, no name.
	if k < len(toks) && toks[k].allCap && en.WireSlugs[toks[k].lower] {
		return k
	}
	if sc.namePair(k) {
		return k // "the Xi-Lula talks": two names (see entity)
	}
	// "on 15 May Banda flew", "In May Banda hosted": a date; "paid an
	// Official Visit": the journey; no one's name.
	if sc.monthOfDate(k) || k < len(toks) && en.JourneyNouns[toks[k].lower] {
		return k
	}
	// A name does not start with a country, city or organisation, nor with
	// a compound of countries ("UK-France").
	if k < len(toks) && toks[k].upper && strings.IndexByte(toks[k].text, '-') > 0 {
		for _, p := range strings.Split(toks[k].text, "-") {
			if p == "" {
				continue
			}
			for _, e := range sc.lex.lookup(p) {
				if e.kind == lexCountry || e.kind == lexDemonym {
					return k
				}
			}
		}
	}
	if k < len(toks) && toks[k].upper {
		if e, es := sc.lookupAt(k); len(es) > 0 && e > k {
			if b := best(es); b.kind != lexPerson && !b.ambiguous {
				return k
			}
		}
	}
	// After a title ("Foreign Minister Amir Khan Muttaqi") a title word
	// starts the name: one title is enough.
	afterTitle := k > 0 && toks[k-1].upper && en.RoleHeads[toks[k-1].lower]
	// "Amir Khan Muttaqi": a title that is also a given name opens one.
	afterTitle = afterTitle || k < len(toks) && en.GivenTitles[toks[k].lower] && sc.givenTitleName(k)
	if k < len(toks) && en.NameSuffixes[strings.TrimSuffix(toks[k].lower, ".")] {
		return k // "Martin Luther King Jr.": a suffix starts no name, even after "King"
	}
	for j < len(toks) && (nameWord(toks[j], j == k && !afterTitle) || j > k && monthInName(toks, j) || j > k && nicknameAt(toks, j)) {
		if nicknameAt(toks, j) {
			j += 3
			continue
		}
		if en.NameParticles[toks[j].lower] && !toks[j].upper && (j == k || j+1 >= len(toks) || !toks[j+1].upper && !en.NameParticles[toks[j+1].lower]) {
			break
		}
		// "ZELENSKY SIT DOWN —": a kicker in capitals, whose verb or
		// event noun ends any name in it.
		if j > k && toks[j].allCap && len(en.Lookup(toks[j].lower)) > 0 {
			break
		}
		// Lexicon entries interrupt a name unless they are ambiguous; a city
		// word after two name words is the name's end ("Martinez Cuenca").
		if j > k {
			if e, es := sc.lookupAt(j); len(es) > 0 && e > j {
				b := best(es)
				// "Prime Minister Luis Montenegro": a country word that
				// ends the name of a person the gazetteer knows.
				if (b.kind == lexCountry || b.kind == lexCity && j-k < 2 || b.kind == lexDemonym || b.kind == lexOrg) && !b.ambiguous && !sc.lexPersonExact(k, e) {
					break
				}
			}
		}
		j++
		if toks[j-1].poss {
			break
		}
	}
	if j > k && sc.thingRun(k, j) {
		return k
	}
	// "Minister of Trade, Regional Cooperation and Tourism":
	// a run that ends in a portfolio's noun is part of the portfolio, no
	// name ("Clement" ends like "Development": such a word counts only
	// when the list goes on after it).
	if j > k && portfolioNoun(toks[j-1].lower) && (!strings.HasSuffix(toks[j-1].lower, "ment") || j < len(toks) && (toks[j].lower == "and" || toks[j].text == ",")) {
		return k
	}
	if j > k && en.PortfolioHeads[toks[j-1].lower] && j-k > 1 {
		return k
	}
	// "... and East African Cooperation Mahmoud Kombo": a portfolio's
	// noun inside the run ends a title; the name starts after it.
	for q := k; q < j-2; q++ {
		if portfolioNoun(toks[q].lower) && !strings.HasSuffix(toks[q].lower, "ment") || en.PortfolioHeads[toks[q].lower] {
			return k
		}
	}
	// "the Oceanian and Pacific Affairs Bureau": one word joined by "and"
	// to an institution's name is part of it.
	if j == k+1 && j+1 < len(toks) && toks[j].lower == "and" && sc.institutionRun(j+1) {
		return k
	}
	// Names do not end in a particle.
	for j > k && en.NameParticles[toks[j-1].lower] && !strings.HasSuffix(toks[j-1].text, "-") {
		j--
	}
	return j
}

// institutionRun reports a run of up to four capitalised words from q that
// ends in an institution's head ("Pacific Affairs Bureau"), not one that
// goes on into a title ("National Bank President X").
func (sc *scanner) institutionRun(q int) bool {
	toks := sc.toks
	for j := q; j < len(toks) && j < q+4 && toks[j].kind == tokWord && toks[j].upper; j++ {
		if j > q && institutionHead(toks[j].lower) {
			return j+1 >= len(toks) || toks[j+1].kind != tokWord || !toks[j+1].upper
		}
	}
	return false
}

// personSpan is one person mention as person() reads it, left to right:
// [determiner] [visiting] [country or organisation] [role] [honorifics] name
// [of Country] [, appositive role].
type personSpan struct {
	start      int    // first token of the mention
	k          int    // next token to read
	determiner string // "the", "his", ... or the first word
	visiting   bool
	mod        *mention // country, demonym, city or organisation modifier
	preRole    string   // an unknown role word run after the modifier ("Kremlin aide")
	ctx        bool     // "the country's army chief"
	role       string
	roleISO    string
	roleEnd    int
	plural     bool
	hasRole    bool
	h          int // first token of the name, after honorifics
	honor      bool
	nameEnd    int
	lowerName  string // a lower-case name the gazetteer knows title-cased
}

// determiners open a person or role mention.
var determiners = map[string]bool{"the": true, "a": true, "his": true, "her": true, "its": true, "their": true}

// locatives before a country make it a place, not a person's modifier.
var locatives = map[string]bool{"in": true, "at": true, "from": true, "into": true, "across": true, "throughout": true}

// person recognises a person mention at token i, with any role and country
// before it and any appositive after it. It returns the token after the
// mention and true, or i and false.
func (sc *scanner) person(i int) (int, bool) {
	p, ok := sc.personHead(i)
	if !ok {
		return i, false
	}
	sc.personModifier(p)
	sc.personRole(p)
	sc.personHonorifics(p)
	sc.personAppositiveComma(p)
	sc.personNameEnd(p)
	if p.nameEnd > p.h && sc.lexiconNonPerson(p) {
		return i, false
	}
	if p.nameEnd > p.h && sc.namesFacility(p) {
		return i, false // "the Kenneth Kaunda International Airport": a place
	}
	if p.nameEnd == p.h {
		return sc.roleMention(p, i)
	}
	if sc.bodyNameTail(p) {
		return i, false
	}
	// Without a role or honorific, a name needs two words to count here;
	// single words are resolved later against known people.
	if !p.hasRole && !p.honor && p.nameEnd-p.h < 2 && !sc.lexPersonExact(p.h, p.nameEnd) {
		if p.mod != nil || p.ctx || sc.institutionRun(p.h) || sc.afterPlainPossessive(p.h) || sc.runToGathering(p.nameEnd) {
			return i, false // "Pacific Affairs Bureau": an institution's name
		}
		toks := sc.toks
		sc.ms = append(sc.ms, mention{i: p.h, j: p.nameEnd, kind: mPerson, name: toks[p.h].text, poss: toks[p.nameEnd-1].poss, single: true})
		return p.nameEnd, true
	}
	if p.mod == nil && !p.hasRole && !p.honor && !sc.bareNameOK(p) {
		return i, false
	}
	// "Japan's Gross Domestic Product": a modifier before a title that
	// ends in a thing noun names a thing.
	if !p.hasRole && !p.honor && p.nameEnd-p.h >= 2 && en.ThingNouns[sc.toks[p.nameEnd-1].lower] && !sc.lexPersonExact(p.h, p.nameEnd) {
		return i, false
	}
	m := sc.namedPerson(p)
	end := sc.ofCountry(&m, p.nameEnd, p.plural)
	if end == p.nameEnd && !p.plural {
		end = sc.bracketCountry(&m, end)
	}
	if m.role == "" {
		end = sc.appositiveRole(&m, end)
	}
	m.j = end
	first := len(sc.ms)
	sc.ms = append(sc.ms, m)
	if p.plural {
		end = sc.personList(m, end)
		sc.respectiveDemonyms(p, sc.ms[first:])
	}
	return end, true
}

// respectiveDemonyms gives the names a plural role heads the countries of
// its coordinated demonyms in turn: "his Peruvian and Bolivian
// counterparts, A and B" makes A Peruvian and B Bolivian.
func (sc *scanner) respectiveDemonyms(p *personSpan, named []mention) {
	if p.mod == nil || p.mod.kind != mDemonym || len(named) < 2 {
		return
	}
	isos := []string{p.mod.iso3}
	for q := p.mod.i; q >= 2 && (sc.toks[q-1].lower == "and" || sc.toks[q-1].text == ","); {
		d := sc.mentionEndingAt(q - 1)
		if d == nil || d.kind != mDemonym {
			break
		}
		isos = append([]string{d.iso3}, isos...)
		q = d.i
	}
	if len(isos) != len(named) {
		return
	}
	for i := range named {
		named[i].iso3 = isos[i]
	}
}

// mentionEndingAt returns the mention found so far that ends at token j,
// or nil.
func (sc *scanner) mentionEndingAt(j int) *mention {
	for i := len(sc.ms) - 1; i >= 0; i-- {
		if sc.ms[i].j == j {
			return &sc.ms[i]
		}
	}
	return nil
}

// bodyNameTail reports a one-word "name" after an office "of the ..."
// where a possessive or a word of no name runs the body's name on:
// "leader of the National Farmer's Power" names a party, not a person
// called Farmer or Power.
func (sc *scanner) bodyNameTail(p *personSpan) bool {
	toks := sc.toks
	if p.nameEnd-p.h != 1 {
		return false
	}
	nextUpper := p.nameEnd < len(toks) && toks[p.nameEnd].upper && toks[p.nameEnd].kind == tokWord
	// "Speaker of the Federal Great Majlis": a capitalised word no name
	// holds ends the body's name.
	poss := nextUpper && (toks[p.h].poss || en.NotNameWords[toks[p.nameEnd].lower])
	for j := p.h - 1; j >= 1 && j >= p.h-4; j-- {
		if toks[j].lower == "the" && toks[j-1].lower == "of" {
			return poss
		}
		if !toks[j].upper {
			return false
		}
		poss = poss || toks[j].poss
	}
	return false
}

// afterPlainPossessive reports a capitalised possessive word before h that
// no mention holds: "People's Power", "Women's League" go on naming a
// body ("Russia's Putin" has a country before the name).
func (sc *scanner) afterPlainPossessive(h int) bool {
	if h == 0 || !sc.toks[h-1].poss || !sc.toks[h-1].upper {
		return false
	}
	for _, m := range sc.ms {
		if m.i < h && m.j >= h {
			return false
		}
	}
	return true
}

// personHead reads the determiner and "visiting" that may open a mention.
func (sc *scanner) personHead(i int) (*personSpan, bool) {
	toks := sc.toks
	p := &personSpan{start: i, k: i, determiner: toks[i].lower}
	if determiners[toks[i].lower] {
		p.k++
		if (p.determiner == "his" || p.determiner == "her" || p.determiner == "their" || p.determiner == "its") && p.k+1 < len(toks) && toks[p.k].lower == "own" {
			p.k++ // "his own prime minister"
		}
	}
	if p.k+1 < len(toks) && toks[p.k].lower == "visiting" && (toks[p.k+1].upper || en.RoleHeads[toks[p.k+1].lower]) {
		p.visiting = true
		p.k++
	}
	return p, p.k < len(toks)
}

// modifierKind is the mention kind of a lexicon entry that qualifies a
// person: a country, demonym, city or organisation.
func modifierKind(e lexEntry) (mkind, string) {
	switch e.kind {
	case lexCountry:
		return mCountry, e.iso3
	case lexDemonym:
		return mDemonym, e.iso3
	case lexCity:
		return mCity, e.iso3
	}
	return mOrg, ""
}

// personModifier reads a country or organisation before the role or name:
// "Russian", "Pakistan's", "U.S.", "IMF", "NATO's".
func (sc *scanner) personModifier(p *personSpan) {
	toks := sc.toks
	k := p.k
	if k > 0 && toks[k-1].kind == tokWord && locatives[toks[k-1].lower] {
		return
	}
	if n := sc.regionAt(k); n > k && n < len(toks) && sc.demonymInside(k, n) {
		// "British Columbia Premier X": the region's country, not a
		// demonym inside its name.
		if _, _, _, _, ok := sc.roleSpan(n); ok {
			name := phrase(toks, k, n)
			p.mod = &mention{i: k, j: n, name: name, modifier: true, kind: mCity, iso3: sc.lex.regionOf(name)}
			p.k = n
			return
		}
	}
	j, es := sc.lookupAt(k)
	if len(es) == 0 {
		return
	}
	e := best(es)
	if !(e.kind == lexCountry || e.kind == lexDemonym || e.kind == lexOrg || e.kind == lexCity && toks[j-1].poss) || j >= len(toks) {
		return
	}
	mm := mention{i: k, j: j, name: e.name, modifier: true}
	if _, _, _, _, ok := sc.roleSpan(j); ok {
		// "Russian Foreign Minister", "Pakistan's prime minister"
		mm.kind, mm.iso3 = modifierKind(e)
		mm.poss = toks[j-1].poss
		p.mod, p.k = &mm, j
		return
	}
	if toks[j-1].poss && (e.kind == lexCountry || e.kind == lexOrg) && (sc.nameAhead(j) || sc.honorificAt(j) || sc.lexPersonExact(j, j+1)) {
		// "Pakistan's Imran Khan", "NATO's Jens Stoltenberg", "Myanmar's
		// Senior General X", "Japan's Kishida" (a surname the gazetteer
		// knows)
		mm.kind, mm.iso3, mm.poss = mCountry, e.iso3, true
		if e.kind == lexOrg {
			mm.kind, mm.iso3 = mOrg, ""
		}
		p.mod, p.k = &mm, j
		return
	}
	if n := sc.modRun(j); n > j && sc.nameAhead(n) && !toks[j-1].poss {
		// "Kremlin aide X": a run of role-like words before a name.
		mm.kind, mm.iso3 = modifierKind(e)
		p.mod, p.preRole, p.k = &mm, phrase(toks, j, n), n
	}
}

// demonymInside reports a region's name [k, n) that opens with a word
// the gazetteer reads as a country or demonym of its own ("British
// Columbia", "South Australia").
func (sc *scanner) demonymInside(k, n int) bool {
	j, es := sc.lookupAt(k)
	return len(es) > 0 && j < n && (best(es).kind == lexDemonym || best(es).kind == lexCountry)
}

// personRole reads "the country's" and the role: "Foreign Minister",
// "Bundesbank President", "Kremlin spokesman".
func (sc *scanner) personRole(p *personSpan) {
	toks := sc.toks
	k := p.k
	if p.mod == nil && k+1 < len(toks) && toks[k].poss && en.CountryWords[toks[k].lower] {
		p.ctx = true
		k++
	}
	p.roleEnd, p.role, p.roleISO, p.plural, p.hasRole = sc.roleSpan(k)
	if !p.hasRole {
		sc.institutionRole(p, k)
	}
	switch {
	case p.hasRole:
		k = p.roleEnd
	case p.preRole != "":
		p.hasRole, p.role, p.roleEnd = true, p.preRole, k
	}
	p.k = k
}

// institutionRole reads an unknown institution before a role: "Bundesbank
// President X", "Kremlin spokesman Y".
func (sc *scanner) institutionRole(p *personSpan, k int) {
	toks := sc.toks
	if k+1 >= len(toks) || !toks[k].upper || toks[k].kind != tokWord || en.NameParticles[toks[k].lower] || en.WeekdayWords[toks[k].lower] || en.MonthNames[toks[k].lower] != 0 {
		return
	}
	// "On Tuesday Prime Minister X", "Later Foreign Minister Y": a
	// sentence's opening words name no institution.
	if en.FrontWords[toks[k].lower] || en.ClauseOpeners[toks[k].lower] || en.WeekdayWords[toks[k+1].lower] {
		return
	}
	// "His Holiness Patriarch X": a style, no institution; the office
	// follows it.
	if sc.styleAt(k) {
		q := k + 1
		for sc.styleAt(q) {
			q++
		}
		if re, r, riso, pl, ok := sc.roleSpan(q); ok && sc.nameSpan(re) > re {
			p.roleEnd, p.role, p.roleISO, p.plural, p.hasRole = re, r, riso, pl, true
		}
		return
	}
	// `"Met President X today"`: a post's opening verb, its subject left
	// out.
	if (k == 0 || isQuote(toks[k-1].text) || toks[k-1].text == ":") && isVerbish(toks[k].lower) {
		return
	}
	for n := k + 1; n <= k+2 && n < len(toks); n++ {
		if re, _, riso, pl, ok := sc.roleSpan(n); ok && sc.nameSpan(re) > re && !en.RoleHeads[toks[k].lower] {
			p.roleEnd, p.role, p.roleISO, p.plural, p.hasRole = re, phrase(toks, k, re), riso, pl, true
			// "Japanese Farm Minister": the country is no part of the role.
			if j, es := sc.lookupAt(k); len(es) > 0 && j < n+1 && riso == "" {
				if b := best(es); (b.kind == lexDemonym || b.kind == lexCountry) && !b.ambiguous {
					p.role, p.roleISO = phrase(toks, j, re), b.iso3
				}
			}
			if p.roleISO == "" {
				p.roleISO = sc.countryInside(k, n) // "Former U.S. Secretary of State"
			}
			return
		}
		if !toks[n].upper {
			return
		}
	}
}

// personHonorifics skips honorifics: "General", "Sheikh", "His Highness",
// "HE Dr" – unless the gazetteer knows the name with it ("Sheikh Hasina").
func (sc *scanner) personHonorifics(p *personSpan) {
	toks := sc.toks
	h := p.k
	for h < len(toks) && sc.honorificAt(h) {
		// "Sheikh Hasina": a known name that begins with the word (not
		// "Sir Keir Starmer", known as Keir Starmer).
		if j, es := sc.lookupAt(h); len(es) > 0 && j > h+1 && best(es).kind == lexPerson && !best(es).ambiguous && j >= sc.nameSpan(h+1) && strings.HasPrefix(strings.ToLower(best(es).name), toks[h].lower) {
			break
		}
		if h+1 < len(toks) && !(toks[h+1].upper || en.Honorifics[toks[h+1].lower] || particleWord(toks[h+1].lower) || sc.honorificAt(h+1)) {
			break
		}
		if en.GivenTitles[toks[h].lower] && sc.givenTitleName(h) {
			break // "Amir Saeid Iravani": a given name
		}
		h++
	}
	p.h, p.honor = h, h > p.k
}

// styleAt reports whether token k is a word of a style after a possessive
// ("His Royal Highness", "Their Majesties").
func (sc *scanner) styleAt(k int) bool {
	if k <= 0 || k >= len(sc.toks) || !en.StyleWords[sc.toks[k].lower] {
		return false
	}
	return en.PossessivePronouns[sc.toks[k-1].lower] || sc.styleAt(k-1)
}

// particleWord reports a name particle or a word that opens with one
// ("al-Sharaa", "el-Sisi"): "H.E. al-Sharaa" is al-Sharaa.
func particleWord(w string) bool {
	if en.NameParticles[w] {
		return true
	}
	for _, pre := range []string{"al-", "el-", "bin-", "ad-", "as-", "ash-", "at-", "an-", "az-"} {
		if strings.HasPrefix(w, pre) && len(w) > len(pre) {
			return true
		}
	}
	return false
}

// personAppositiveComma steps over a comma between a role and a name: "the
// Omani Foreign Minister, Salim Harthy".
func (sc *scanner) personAppositiveComma(p *personSpan) {
	toks := sc.toks
	h := p.h
	if !p.hasRole || p.honor || h+1 >= len(toks) || toks[h].text != "," {
		return
	}
	h2 := h + 1
	for h2 < len(toks) && sc.honorificAt(h2) && h2+1 < len(toks) && (toks[h2+1].upper || sc.honorificAt(h2+1)) {
		h2++
	}
	if e := sc.nameSpan(h2); e > h2 && (e-h2 >= 2 || h2 > h+1) {
		p.h = h2
	}
}

// personNameEnd finds the end of the name at p.h: capitalised name words, a
// gazetteer person ("Imran Khan"), or after a role a lower-case copy the
// gazetteer knows once title-cased ("foreign minister ali akbar velayati").
func (sc *scanner) personNameEnd(p *personSpan) {
	toks := sc.toks
	h := p.h
	p.nameEnd = sc.nameSpan(h)
	if p.hasRole && p.roleEnd == h && toks[h-1].poss && !sc.lexPersonExact(h, p.nameEnd) {
		// "the president's Latin American tour": the possessive closes
		// the role; what follows is the thing possessed.
		p.nameEnd = h
		return
	}
	for p.nameEnd-1 > h+1 && en.Postnominals[toks[p.nameEnd-1].text] {
		p.nameEnd-- // "The Hon Jane Doe MP": letters after a name
	}
	// "Commissioner for the Near East Ana Lopes": the region's last word
	// opens no name.
	if p.nameEnd-h >= 3 && en.CompassWords[toks[h].lower] && h > 0 && toks[h-1].upper && toks[h-1].kind == tokWord {
		h++
		p.h = h
	}
	if p.nameEnd > h {
		return
	}
	if j, es := sc.lookupAt(h); len(es) > 0 && best(es).kind == lexPerson {
		p.nameEnd = j
		return
	}
	if !p.hasRole || h >= len(toks) || toks[h].kind != tokWord || toks[h].upper {
		return
	}
	for n := min(4, len(toks)-h); n >= 2; n-- {
		if !sc.lowerRun(h, h+n) {
			continue
		}
		name := titleCase(phrase(toks, h, h+n))
		for _, e := range sc.lex.lookup(name) {
			if e.kind == lexPerson && !e.ambiguous {
				p.nameEnd, p.lowerName = h+n, name
				return
			}
		}
	}
}

// lowerRun reports whether tokens [i, j) are all lower-case words.
func (sc *scanner) lowerRun(i, j int) bool {
	for q := i; q < j; q++ {
		if sc.toks[q].kind != tokWord || sc.toks[q].upper {
			return false
		}
	}
	return true
}

// sharedDemonym returns the countries a demonym before a person's name
// may stand for when two share it ("Congolese"); nil for one.
func (sc *scanner) sharedDemonym(mod *mention) []string {
	if mod.kind != mDemonym {
		return nil
	}
	var isos []string
	for _, e := range sc.lex.lookup(phrase(sc.toks, mod.i, mod.j)) {
		if e.kind == lexDemonym {
			isos = append(isos, e.iso3)
		}
	}
	if len(isos) < 2 {
		return nil
	}
	return isos
}

// placeWord reports whether the token at k is by itself a name the
// lexicon knows as no person ("Port-au-Prince", whose last part is also
// a title).
func (sc *scanner) placeWord(k int) bool {
	es := sc.lex.lookup(sc.toks[k].text)
	return len(es) > 0 && best(es).kind != lexPerson
}

// lexiconNonPerson reports a name the gazetteer knows as something other
// than a person, with no role or honorific to make it one.
func (sc *scanner) lexiconNonPerson(p *personSpan) bool {
	j, es := sc.lookupAt(p.h)
	return len(es) > 0 && j >= p.nameEnd && best(es).kind != lexPerson && !(p.hasRole || p.honor)
}

// lexPersonExact reports whether the gazetteer knows tokens [i, j) as a
// person.
func (sc *scanner) lexPersonExact(i, j int) bool {
	e, es := sc.lookupAt(i)
	return len(es) > 0 && best(es).kind == lexPerson && e == j
}

// roleMention records a role without a name: "the army chief", "his Swiss
// counterpart".
func (sc *scanner) roleMention(p *personSpan, i int) (int, bool) {
	toks := sc.toks
	if !p.hasRole {
		return i, false
	}
	d := p.determiner
	if !(p.mod != nil || p.ctx || d == "the" || d == "his" || d == "her" || d == "their" || toks[p.k-1].upper || p.start > 0) {
		return i, false
	}
	// "on his first visit as president": a capacity, no one named.
	if !determiners[d] && p.mod == nil && p.start > 0 && toks[p.start-1].lower == "as" && !toks[p.start].upper {
		return i, false
	}
	m := mention{kind: mRole, i: p.start, j: p.roleEnd, role: p.role, plural: p.plural, poss: toks[p.roleEnd-1].poss, visiting: p.visiting}
	m.ctxCountry = p.ctx || d == "his" || d == "her"
	if p.mod != nil {
		m.iso3 = p.mod.iso3
		if p.mod.kind == mOrg {
			m.org = p.mod.name
		}
		sc.ms = append(sc.ms, *p.mod)
	}
	if p.roleISO != "" {
		m.iso3 = p.roleISO
	}
	if p.plural && m.iso3 != "" {
		m.kind = mGroup
	}
	sc.ms = append(sc.ms, m)
	return p.roleEnd, true
}

// bareNameOK checks a name with no modifier, role or honorific: it does not
// follow an article, "of" or a vessel noun ("the Third World", "the tanker
// Sea Star"), open a parenthesis, or
// qualify a plural noun ("Roman Catholic officials").
func (sc *scanner) bareNameOK(p *personSpan) bool {
	toks := sc.toks
	h, end := p.h, p.nameEnd
	if h > 0 && toks[h-1].kind == tokWord && (toks[h-1].lower == "the" || toks[h-1].lower == "of" || toks[h-1].lower == "a" || toks[h-1].lower == "an") && !sc.lexPersonExact(h, end) {
		return false
	}
	if end < len(toks) && toks[end].text == "(" && partyTag(toks, end) == end && !sc.countryInBrackets(end) {
		return false // "Ana Reyes (ASR)": a body's short name; not "Ana Reyes (Chile)"
	}
	// "the Lake Chad Basin Security Summit", "the Gulf Water Council": a
	// capitalised run before a gathering or body noun is its name.
	if end < len(toks) && toks[end].upper && (en.GatheringNouns[toks[end].lower] || en.BodyHeads[toks[end].lower]) && !sc.lexPersonExact(h, end) {
		return false
	}
	if sc.runToGathering(end) && !sc.lexPersonExact(h, end) {
		return false
	}
	// "its Second Ordinary Session": a run that ends in a gathering noun.
	if end-h >= 2 && en.GatheringNouns[toks[end-1].lower] && !sc.lexPersonExact(h, end) {
		return false
	}
	// "her West African tour", "the East Asian partners": a region's
	// adjective, no name.
	if end-h >= 2 && en.RegionAdjectives[toks[end-1].lower] && !sc.lexPersonExact(h, end) {
		return false
	}
	// "North and South Kivu", "Upper Nile": a compass word opens a
	// region's name, not a person's.
	if end-h >= 2 && en.CompassWords[toks[h].lower] && !sc.lexPersonExact(h, end) {
		return false
	}
	// "near Second Thomas Shoal", "across the Kerch Strait": a place.
	if end-h >= 2 && en.GeoHeads[toks[end-1].lower] && !sc.lexPersonExact(h, end) {
		return false
	}
	// "the bulk carrier Sea Lark", "the tanker Sea Star": a vessel.
	if h > 0 && toks[h-1].kind == tokWord && en.VesselNouns[toks[h-1].lower] {
		return false
	}
	// "the Harbour Renewal Survey report", "the Coastal Fisheries Bill",
	// "the Marshall Plan": a capitalised title before or ending in a
	// document noun names a thing.
	if (end < len(toks) && toks[end].kind == tokWord && en.ThingNouns[toks[end].lower] || end-h >= 2 && en.ThingNouns[toks[end-1].lower]) && !sc.lexPersonExact(h, end) {
		return false
	}
	// "the Acme Widget workers": a plural noun after a capitalised run
	// makes the run its modifier, unless the run opens with a given name
	// ("Anna Brenner reappears in ...": the name's verb) or is a person
	// the gazetteer knows, not in the possessive ("X's address"), or in
	// the possessive before talks ("X's talks with Y": X's own).
	known := end < len(toks) && sc.lexPersonExact(h, end) && (!toks[end-1].poss || en.MeetingRefs[toks[end].lower])
	if end < len(toks) && toks[end].kind == tokWord && !toks[end].upper && strings.HasSuffix(toks[end].lower, "s") && !isVerbish(toks[end].lower) && !presentTrigger(toks[end].lower) && !en.SchedulePresent[toks[end].lower] && !sc.givenFirst(h, end) && !known {
		switch toks[end].lower {
		case "was", "is", "has", "says", "has's":
		default:
			return false
		}
	}
	return true
}

// runToGathering reports a run of one or two more capitalised words from
// end that ends in a gathering's or a body's noun: "(Pacific) Trade
// Summit", "(Andean) Energy Forum" name a gathering, not a person.
func (sc *scanner) runToGathering(end int) bool {
	toks := sc.toks
	for q := end + 1; q < min(len(toks), end+3) && toks[q-1].kind == tokWord && toks[q-1].upper; q++ {
		if toks[q].kind == tokWord && toks[q].upper && (en.GatheringNouns[toks[q].lower] || en.BodyHeads[toks[q].lower]) {
			return true
		}
	}
	return false
}

// givenFirst reports a name of two or more words at [h, end) that opens
// with a given name the gazetteer knows, followed by a word in -s that is
// no noun of people and then a preposition or determiner: "Anna Brenner
// reappears in Maputo" (not "Roman Catholic officials spoke").
func (sc *scanner) givenFirst(h, end int) bool {
	toks := sc.toks
	if end-h < 2 || end+1 >= len(toks) || len(toks[end].lower) < 4 || en.RoleHeads[toks[end].lower] || en.AttendeeNouns[toks[end].lower] {
		return false
	}
	switch toks[end+1].lower {
	case "in", "on", "at", "to", "for", "with", "from", "into", "the", "a", "an", "his", "her", "their", "its":
	default:
		return false
	}
	g, _ := sc.lex.gender(toks[h].text)
	return g != 0
}

// presentTrigger reports a verb of the trigger table in its present form
// ("touches", "hosts", "phones"): after a name it is the name's verb, not a
// plural noun the name qualifies.
func presentTrigger(w string) bool {
	for _, tr := range en.Lookup(w) {
		if tr.Event != schema.Gathering && tr.Frame != en.MeetNoun {
			return true
		}
	}
	return false
}

// cityAt reports a city the gazetteer knows at token i.
func (sc *scanner) cityAt(i int) bool {
	_, es := sc.lookupAt(i)
	for _, e := range es {
		if e.kind == lexCity {
			return true
		}
	}
	return false
}

// courtReference reads "His Majesty", "Her Highness", "His Holiness" at
// i with no name after it: a role mention that stands for a person named
// before with an office of that rank (en.CourtStyles).
func (sc *scanner) courtReference(i int) (int, bool) {
	toks := sc.toks
	if i+1 >= len(toks) || !toks[i+1].upper || en.CourtStyles[toks[i+1].lower] == nil {
		return i, false
	}
	if i+2 < len(toks) && toks[i+2].kind == tokWord && (toks[i+2].upper || toks[i+2].lower == "the" && i+3 < len(toks) && toks[i+3].upper) {
		return i, false // "His Majesty King X", "His Highness the Emir": a style before a title
	}
	sc.ms = append(sc.ms, mention{kind: mRole, i: i, j: i + 2, role: toks[i].text + " " + toks[i+1].text})
	return i + 2, true
}

// namedPerson builds the mention of a named person with its role and country,
// recording the modifier mention too.
func (sc *scanner) namedPerson(p *personSpan) mention {
	toks := sc.toks
	m := mention{kind: mPerson, i: p.start, j: p.nameEnd, role: p.role, plural: p.plural, ctxCountry: p.ctx, visiting: p.visiting}
	if p.mod == nil && !p.hasRole && !p.honor {
		m.i = p.h
	}
	m.name = stripRank(personName(toks, p.h, p.nameEnd))
	if p.lowerName != "" {
		m.name = p.lowerName
	}
	m.name = sc.surnameFirst(m.name)
	m.poss = toks[p.nameEnd-1].poss
	if mod := p.mod; mod != nil {
		if mod.kind == mOrg {
			m.org = mod.name
			// "Afghan Taliban Foreign Minister": the organisation's name
			// opens with the country.
			if mod.j-mod.i > 1 {
				if es := sc.lex.lookup(toks[mod.i].text); len(es) > 0 {
					if e := best(es); e.kind == lexDemonym || e.kind == lexCountry {
						m.iso3 = e.iso3
					}
				}
			}
		} else {
			m.iso3 = mod.iso3
			m.altISO = sc.sharedDemonym(mod)
		}
		sc.ms = append(sc.ms, *mod)
	}
	if p.roleISO != "" {
		m.iso3 = p.roleISO
	}
	if m.iso3 == "" && m.org == "" && p.hasRole && p.roleEnd < len(toks) && toks[p.roleEnd].text == "," {
		// "the Deputy Director-General of the World Food Programme,
		// Dr. X": the body the title is held in, or its country for a
		// state's own body.
		m.org, m.iso3 = sc.bodyEndingRole(p.start, p.roleEnd)
	}
	if m.iso3 == "" && m.org == "" {
		m.iso3 = sc.localOffice(m.role) // "Lviv Mayor", "Governor of Ontario"
	}
	return m
}

// seatAt returns the end of a seat of government or institution named by
// two or three capitalised words at i ("Capitol Hill", "Downing Street"),
// or i.
func (sc *scanner) seatAt(i int) int {
	if !sc.toks[i].upper || sc.lex.maxWordsFrom(sc.toks[i].text) < 2 {
		return i
	}
	for n := min(3, len(sc.toks)-i); n >= 2; n-- {
		if !sc.toks[i].upper || !sc.toks[i+n-1].upper || sc.toks[i+n-1].kind != tokWord {
			continue
		}
		if sc.lex.seatOf(phrase(sc.toks, i, i+n)) != "" {
			// "White House spokesman X": the seat is the person's
			// modifier, read with the person.
			if e := i + n; e < len(sc.toks) && sc.toks[e].kind == tokWord && (sc.toks[e].upper || en.RoleHeads[sc.toks[e].lower] || en.RoleMods[sc.toks[e].lower]) {
				return i
			}
			return i + n
		}
	}
	return i
}

// regionAt returns the end of a city or sub-national region named by one
// to three capitalised words at k, or k.
func (sc *scanner) regionAt(k int) int {
	for n := min(3, len(sc.toks)-k); n >= 1; n-- {
		if !sc.toks[k].upper || sc.toks[k+n-1].kind != tokWord || !sc.toks[k+n-1].upper {
			continue
		}
		if _, es := sc.lookupAt(k); len(es) > 0 && best(es).kind == lexCountry {
			return k // a country is read as one
		}
		if sc.lex.regionOf(phrase(sc.toks, k, k+n)) != "" {
			return k + n
		}
	}
	return k
}

// localOffice returns the country of a city or region an office is
// named by ("Lviv Mayor", "Wisconsin Gov.", "Premier of Ontario"), or "".
func (sc *scanner) localOffice(role string) string {
	ws := strings.Fields(role)
	if len(ws) < 2 {
		return ""
	}
	if i := slices.Index(ws, "of"); i > 0 && i+1 < len(ws) {
		if iso := sc.lex.regionOf(strings.Join(ws[i+1:], " ")); iso != "" {
			return iso
		}
	}
	for n := min(3, len(ws)-1); n >= 1; n-- {
		if iso := sc.lex.regionOf(strings.Join(ws[:n], " ")); iso != "" {
			return iso
		}
	}
	return ""
}

// surnameFirst reads a name written surname first in capitals, as East
// Asian governments do ("KISHIDA Fumio", "YOON Suk Yeol"): the surname is
// title-cased, and moved after the given names when the gazetteer knows
// the person that way ("Fumio Kishida"); otherwise the order is kept
// ("Yoon Suk Yeol").
func (sc *scanner) surnameFirst(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws[0]) < 3 || strings.ToUpper(ws[0]) != ws[0] || strings.ToLower(ws[0]) == ws[0] || !strings.ContainsAny(ws[0], "AEIOUY") {
		return name // "KP Sharma Oli": initials, not a surname
	}
	for _, w := range ws[1:] {
		if strings.ToUpper(w) == w {
			return name // all capitals: a headline, not a surname-first name
		}
	}
	sur := ws[0][:1] + strings.ToLower(ws[0][1:])
	given := strings.Join(ws[1:], " ")
	if swapped := given + " " + sur; sc.lexPersonName(swapped) {
		return swapped
	}
	return sur + " " + given
}

// lexPersonName reports whether the gazetteer knows a person by name.
func (sc *scanner) lexPersonName(name string) bool {
	for _, e := range sc.lex.lookup(name) {
		if e.kind == lexPerson {
			return true
		}
	}
	return false
}

// ofCountry reads "of Country" after a name: "Chancellor Helmut Kohl of West
// Germany", "Babangida of Nigeria"; after a plural role also "of City" and
// "of State". It returns the end of the mention.
func (sc *scanner) ofCountry(m *mention, end int, plural bool) int {
	toks := sc.toks
	if end+1 >= len(toks) || toks[end].lower != "of" {
		return end
	}
	if toks[end+1].lower == "the" && end+2 < len(toks) {
		// "Simplice Sarandji of the Central African Republic"
		// Not "of the Saudi National Bank", "of the Australia and New
		// Zealand Banking Group": a body named after the country.
		if j, es := sc.lookupAt(end + 2); len(es) > 0 && best(es).kind == lexCountry && (j >= len(toks) || toks[j].kind != tokWord || !toks[j].upper && toks[j].lower != "and") {
			m.iso3 = best(es).iso3
			return j
		}
	}
	if j, es := sc.lookupAt(end + 1); len(es) > 0 {
		e := best(es)
		if e.kind == lexCountry {
			m.iso3 = e.iso3
			return j
		}
		if e.kind == lexCity || plural {
			return j
		}
		return end
	}
	if plural && toks[end+1].upper {
		return sc.upperRun(end + 1)
	}
	return end
}

// bracketCountry reads a country in brackets right after a name, "Ana
// Costa (Brazil)", or an office of one, "Tom Reid (High Commissioner of
// Canada)": the person's country (and office). It returns the end of the
// mention, past the bracket, or end when there is none.
func (sc *scanner) bracketCountry(m *mention, end int) int {
	iso3, role, j := sc.bracketedCountry(end)
	if j == end {
		return end
	}
	if m.iso3 == "" {
		m.iso3 = iso3
	}
	if m.role == "" && role != "" {
		m.role = role
	}
	return j
}

// bracketedCountry reads a bracket at n that holds a country or an office
// of one ("(Brazil)", "(High Commissioner of Canada)"): the country's ISO3
// code, the office, and the token after the bracket; j is n when the
// bracket holds neither.
func (sc *scanner) bracketedCountry(n int) (iso3, role string, j int) {
	toks := sc.toks
	if n+2 >= len(toks) || toks[n].text != "(" {
		return "", "", n
	}
	closing := -1
	for q := n + 1; q < min(len(toks), n+10); q++ {
		if toks[q].text == ")" {
			closing = q
			break
		}
		if toks[q].kind != tokWord {
			return "", "", n
		}
	}
	if closing < 0 {
		return "", "", n
	}
	from := n + 1
	for o := n + 2; o < closing-1; o++ {
		if toks[o].lower == "of" && toks[n+1].upper && en.RoleHeads[toks[o-1].lower] {
			from = o + 1 // "(High Commissioner of Canada)"
			var words []string
			for q := n + 1; q < o; q++ {
				words = append(words, toks[q].text)
			}
			role = strings.Join(words, " ")
			break
		}
	}
	e, es := sc.lookupAt(from)
	if e != closing || len(es) == 0 || best(es).kind != lexCountry {
		return "", "", n
	}
	return best(es).iso3, role, closing + 1
}

// upperRun returns the end of the run of capitalised words at j.
func (sc *scanner) upperRun(j int) int {
	for j < len(sc.toks) && sc.toks[j].kind == tokWord && sc.toks[j].upper {
		j++
	}
	return j
}

// appositiveRole reads a role after a name: "Imran Khan, Pakistan's prime
// minister," / "Karim Haddad, the Tunisian Minister of Energy".
func (sc *scanner) appositiveRole(m *mention, end int) int {
	toks := sc.toks
	if end+1 >= len(toks) || toks[end].text != "," {
		return end
	}
	a := end + 1
	if toks[a].lower == "the" || toks[a].lower == "a" || toks[a].lower == "his" || toks[a].lower == "her" {
		a++
	}
	var amod *lexEntry
	if j, es := sc.lookupAt(a); len(es) > 0 {
		if e := best(es); e.kind == lexCountry || e.kind == lexDemonym || e.kind == lexOrg {
			amod, a = &e, j
		}
	}
	re, r, riso, _, ok := sc.roleSpan(a)
	if !ok && amod != nil && amod.kind == lexCountry && toks[a-1].poss {
		// "X, Japan's economic revitalization minister": a possessive
		// country, then lower-case words the lexicon lacks before a
		// head; the office is all of them.
		re, r, riso, ok = sc.plainPortfolio(a)
	}
	if !ok || sc.nameSpan(re) > re {
		// "Despite X, Secretary of State Y met ...": the role is Y's.
		return end
	}
	if re < len(toks) && toks[re].kind == tokWord && (en.BeForms[toks[re].lower] || en.Auxiliaries[toks[re].lower] || en.SayVerbs[toks[re].lower]) {
		// "After a wreath at X's tomb, the Pope was received": the
		// main clause's subject, no title of X.
		return end
	}
	m.role = r
	if amod != nil && amod.kind != lexOrg {
		m.iso3 = amod.iso3
	} else if amod != nil {
		m.org = amod.name
	}
	if riso != "" {
		m.iso3 = riso
	}
	if m.iso3 == "" && m.org == "" {
		// "X, commander of the Quds Force", "X, deputy head of NATO"
		for q := a; q <= re && m.org == ""; q++ {
			m.org = sc.bodyAfterOf(q)
		}
	}
	if m.iso3 == "" && m.org == "" {
		m.iso3 = sc.localOffice(r) // "X, the Premier of Ontario"
	}
	return re
}

// bodyEndingRole returns the body a role in [i, end) ends with after "of"
// ("Deputy Director-General of the World Food Programme"), by name, or by
// its country when the gazetteer files it as one state's: "", "" when
// none ends it ("Minister of African Union Affairs").
func (sc *scanner) bodyEndingRole(i, end int) (org, iso3 string) {
	for q := i; q+1 < end; q++ {
		if e, j, ok := sc.orgAfterOf(q); ok && j == end {
			if e.home != "" {
				return "", e.home
			}
			return e.name, ""
		}
	}
	return "", ""
}

// plainPortfolio reads a role of up to two lower-case words the lexicon
// lacks before a role head at a ("revitalization minister"), or ok false.
func (sc *scanner) plainPortfolio(a int) (end int, role, iso3 string, ok bool) {
	toks := sc.toks
	for q := a + 1; q <= a+2 && q < len(toks); q++ {
		if toks[q-1].kind != tokWord || toks[q-1].upper || en.VenueDeterminers[toks[q-1].lower] || en.RoleHeads[toks[q-1].lower] {
			return 0, "", "", false
		}
		if re, _, riso, _, ok := sc.roleSpan(q); ok {
			return re, phrase(toks, a, re), riso, true
		}
	}
	return 0, "", "", false
}

// bodyAfterOf returns the organisation named after "of" (and "the") at
// token j, the body an office before it belongs to, or "".
func (sc *scanner) bodyAfterOf(j int) string {
	if e, _, ok := sc.orgAfterOf(j); ok {
		return e.name
	}
	return ""
}

// orgAfterOf returns the organisation the gazetteer knows, unambiguously,
// right after an "of" at j ("of the Quds Force"), and the end of its
// name.
func (sc *scanner) orgAfterOf(j int) (lexEntry, int, bool) {
	if j+1 >= len(sc.toks) || sc.toks[j].lower != "of" {
		return lexEntry{}, 0, false
	}
	b := j + 1
	if sc.toks[b].lower == "the" {
		b++
	}
	if end, es := sc.lookupAt(b); len(es) > 0 {
		if e := best(es); e.kind == lexOrg && !e.ambiguous {
			return e, end, true
		}
	}
	return lexEntry{}, 0, false
}

// personList reads the names a plural role heads: "Presidents Nana
// Akufo-Addo of Ghana and Macky Sall of Senegal", "Sens. A of X, B of Y and
// C of Z". It returns the end of the list.
func (sc *scanner) personList(head mention, end int) int {
	toks := sc.toks
	for end = partyTag(toks, end); end+1 < len(toks) && (toks[end].text == "," || toks[end].lower == "and"); end = partyTag(toks, end) {
		n := end + 1
		if toks[n].lower == "and" {
			n++
		}
		ne := sc.nameSpan(n)
		if ne-n < 2 {
			break
		}
		p := mention{kind: mPerson, i: n, j: ne, name: personName(toks, n, ne), role: head.role, poss: toks[ne-1].poss}
		end = ne
		if end+1 < len(toks) && toks[end].lower == "of" {
			if j, es := sc.lookupAt(end + 1); len(es) > 0 {
				if e := best(es); e.kind == lexCountry {
					p.iso3 = e.iso3
				}
				end = j
			} else {
				end = sc.upperRun(end + 1)
			}
		}
		if p.iso3 == "" {
			p.iso3 = head.iso3
		}
		p.j = end
		sc.ms = append(sc.ms, p)
	}
	return end
}

// isVerbish reports whether w looks like a finite verb after a subject.
func isVerbish(w string) bool {
	switch w {
	case "said", "says", "met", "meets", "told", "added", "arrived", "visited", "held", "had", "has", "was",
		"is", "will", "would", "also", "and", "thanked", "noted", "discussed", "called", "spoke", "left",
		"flew", "stressed", "urged", "highlighted", "raised", "pressed", "welcomed", "underlined", "agreed",
		"declined", "did", "could", "may", "might", "travels", "travelled", "traveled", "paid", "received",
		"hosted", "attended", "joined", "complimented", "commented", "replied", "praised", "pledged", "expected":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// personName builds a person's name from tokens [i, j), dropping
// possessives and joining "al-" to the next word.
// monthInName reports whether a month abbreviation at j continues a name
// ("Defence Minister Dong Jun"): capitalised, without a period, and no
// day number after it.
func monthInName(toks []token, j int) bool {
	t := toks[j]
	if t.kind != tokWord || !t.upper || strings.HasSuffix(t.text, ".") || en.MonthNames[t.lower] == 0 || len(t.lower) > 3 {
		return false
	}
	return j+1 >= len(toks) || toks[j+1].kind != tokNum && !hasDigit(toks[j+1].text)
}

// monthOfDate reports a month name at k that a day number or a
// preposition of time puts in a date ("15 May", "in May", "since June"),
// which opens no name.
func (sc *scanner) monthOfDate(k int) bool {
	if k <= 0 || k >= len(sc.toks) || en.MonthNames[sc.toks[k].lower] == 0 || sc.toks[k].poss {
		return false
	}
	return sc.toks[k-1].kind == tokNum || en.MonthPrepositions[sc.toks[k-1].lower]
}

// stripRank drops military ranks before a name of two or more words:
// "Senior General Min Aung Hlaing" is Min Aung Hlaing.
func stripRank(name string) string {
	f := strings.Fields(name)
	n := 0
	for n < len(f)-2 && en.RankWords[strings.ToLower(f[n])] {
		n++
	}
	if n == 0 {
		return name
	}
	// "Senior", "Vice", "Rear", "Field" only before a rank.
	if last := strings.ToLower(f[n-1]); last == "senior" || last == "vice" || last == "rear" || last == "field" {
		return name
	}
	return strings.Join(f[n:], " ")
}

func personName(toks []token, i, j int) string {
	var b strings.Builder
	mixed := false // "Paul BIYA": a surname in capitals beside a mixed-case name
	for k := i; k < j; k++ {
		if w := toks[k].text; toks[k].kind == tokWord && strings.ToUpper(w) != w {
			mixed = true
		}
	}
	for k := i; k < j; k++ {
		if nicknameAt(toks, k) {
			k += 2 // `Ferdinand "Bongbong" Marcos`: the nickname is no part
			continue
		}
		w := toks[k].text
		if mixed && capsWord(w) {
			w = titleCase(w)
		}
		// "Ministers' Meeting": a closing apostrophe sticks to its word.
		if k > i && !strings.HasSuffix(toks[k-1].text, "-") && !(toks[k].text == "'" && toks[k].start == toks[k-1].end) {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// capsWord reports a word of three or more letters all in capitals
// ("BIYA", "SASSOU-NGUESSO"), no initials ("JD") or short forms with
// periods.
func capsWord(w string) bool {
	n, roman := 0, true
	for _, r := range w {
		switch {
		case unicode.IsLower(r) || r == '.':
			return false
		case unicode.IsLetter(r):
			n++
			roman = roman && strings.ContainsRune("IVXLCDM", r)
		}
	}
	return n >= 3 && !roman // "Louis Wolfson III" keeps its numeral
}

// nicknameAt reports a quoted nickname starting at k between two name
// words: `Ferdinand "Bongbong" Marcos`.
func nicknameAt(toks []token, k int) bool {
	quote := func(q int) bool { return q < len(toks) && toks[q].kind == tokPunct && isQuote(toks[q].text) }
	return k > 0 && quote(k) && k+3 < len(toks) && toks[k+1].kind == tokWord && toks[k+1].upper && quote(k+2) &&
		toks[k+3].kind == tokWord && toks[k+3].upper && toks[k-1].kind == tokWord && toks[k-1].upper
}

// honorificAt reports whether token h is an honorific or a title word that
// may stand before a name ("Sheikh", "HE", "His Highness", "Crown Prince").
func (sc *scanner) honorificAt(h int) bool {
	toks := sc.toks
	t := toks[h]
	if t.kind != tokWord {
		return false
	}
	next := ""
	if h+1 < len(toks) {
		next = toks[h+1].lower
	}
	switch {
	case en.Honorifics[t.lower]:
		return true
	case t.text == "HE":
		return true
	case t.text == "H" && next == "e":
		return sc.honorificAt(h + 1)
	case t.text == "E" && h > 0 && toks[h-1].text == "H":
		// "H E Sheikh X", "H E the Prime Minister": His Excellency,
		// spaced (not the initials of "H E Bates").
		return en.Honorifics[next] || en.RoleHeads[next] || next == "the"
	case t.lower == "his" || t.lower == "her":
		return en.StyleWords[next]
	case t.lower == "royal":
		return next == "highness"
	case t.lower == "lok":
		return next == "chumteav" // Khmer: "Lok Chumteav X", a lady
	case t.lower == "the" || t.lower == "right" || t.lower == "rt" || t.lower == "rt." || t.lower == "most":
		// "the Hon X", "the Right Honourable Y", "Senator the Hon Z",
		// "the Most Honourable Dame W"
		return next == "hon" || next == "hon." || next == "honourable" || next == "honorable" || (next == "right" || next == "rt" || next == "rt." || next == "most") && t.lower == "the"
	case t.lower == "crown":
		return next == "prince" || next == "princess"
	case t.lower == "samdech":
		return en.KhmerTitleWords[next] // "Samdech Techo X", not "Samdech Hun Sen"
	case en.KhmerTitleWords[t.lower]:
		return h > 0 && (toks[h-1].lower == "samdech" || en.KhmerTitleWords[toks[h-1].lower])
	case t.lower == "setia":
		return h > 0 && toks[h-1].lower == "seri" // "Dato Seri Setia Y" (Brunei)
	case t.lower == "respected" || t.lower == "dear" || t.lower == "beloved":
		// "Respected Comrade X", "Dear Comrade Y": a state-media
		// honorific of two words.
		return next == "comrade"
	case t.lower == "field":
		return next == "marshal"
	case t.lower == "senior" || t.lower == "lieutenant" || t.lower == "major" || t.lower == "brigadier":
		// "Senior General X", "Lieutenant General Y": a rank of two words.
		return next == "general" || next == "colonel"
	case t.lower == "vice" || t.lower == "rear":
		return next == "admiral"
	case t.lower == "air":
		return next == "marshal" || next == "chief"
	case t.lower == "chief" && h > 0 && toks[h-1].lower == "air":
		return next == "marshal"
	}
	return false
}

// modRun returns the end of a run of capitalised role modifiers at k
// ("Treasury" in "U.S. Treasury James Baker"); k when none.
func (sc *scanner) modRun(k int) int {
	j := k
	for j < len(sc.toks) && j-k < 3 && sc.toks[j].kind == tokWord && sc.toks[j].upper && en.RoleMods[sc.toks[j].lower] {
		j++
	}
	return j
}

// roleSpanSimple parses modifiers and heads only ("Foreign Minister").
func (sc *scanner) roleSpanSimple(i int) (end int, role, iso3 string, plural bool, ok bool) {
	toks := sc.toks
	k := i
	last := -1
	for k < len(toks) && toks[k].kind == tokWord && k-i < 5 {
		w := strings.TrimSuffix(toks[k].lower, ".")
		if en.RoleHeads[w] {
			last = k
		} else if !en.RoleMods[w] {
			break
		}
		k++
	}
	if last < 0 {
		return i, "", "", false, false
	}
	return last + 1, phrase(toks, i, last+1), "", false, true
}
