package extract

import (
	"strings"

	"github.com/dipgraph/dipgraph/extract/en"
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
	// compound marks a country named inside a hyphenated compound ("UK-France").
	compound bool
	// visiting marks a person introduced as "visiting" ("the visiting
	// Polish leader").
	visiting bool
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
	sc.markCompounds()
	return sc.ms
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
	allLower := true
	for _, t := range toks {
		if t.kind == tokWord && t.upper {
			allLower = false
			break
		}
	}
	_ = allLower
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.kind != tokWord {
			i++
			continue
		}
		if t.lower == "his" || t.lower == "her" || t.lower == "their" {
			if j, ok := sc.person(i); ok {
				i = j
				continue
			}
		}
		if p, ok := en.Pronouns[t.lower]; ok && !(t.lower == "i" && !t.upper) {
			if t.lower == "us" {
				i++
				continue
			}
			sc.ms = append(sc.ms, mention{i: i, j: i + 1, kind: mPronoun, pron: p, poss: t.lower == "his" || t.lower == "her" || t.lower == "their"})
			i++
			continue
		}
		if j, ok := sc.person(i); ok {
			i = j
			continue
		}
		if j, ok := sc.entity(i); ok {
			i = j
			continue
		}
		i++
	}
}

// phrase joins the texts of tokens [i, j) with spaces.
func phrase(toks []token, i, j int) string {
	if j-i == 1 {
		return toks[i].text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i && !strings.HasSuffix(toks[k-1].text, "-") {
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
	if !t.upper && t.lower != "the" {
		return i, nil
	}
	mw := sc.lex.maxWordsFrom(t.text)
	if t.lower == "the" && i+1 < len(toks) {
		mw = max(mw, sc.lex.maxWordsFrom(toks[i+1].text)+1)
	}
	if t.allCap {
		mw = max(mw, 3)
	}
	for n := min(mw, sc.max, len(toks)-i); n >= 1; n-- {
		ok := true
		for k := i; k < i+n; k++ {
			if toks[k].kind != tokWord || k > i && toks[k].nl && toks[k-1].poss {
				ok = false
				break
			}
			// A possessive ends a phrase.
			if toks[k].poss && k < i+n-1 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if n > 1 && !toks[i+n-1].upper && !(toks[i+n-1].kind == tokWord && (toks[i+n-1].lower == "of" || toks[i+n-1].lower == "the")) {
			// "Republic of Korea", but not "Pakistan appreciated".
			if toks[i+n-1].kind == tokWord && !toks[i+n-1].upper {
				continue
			}
		}
		p := phrase(toks, i, i+n)
		if es := sc.lex.lookup(p); len(es) > 0 {
			return i + n, es
		}
		if toks[i].allCap && n <= 3 {
			if es := sc.lex.lookup(titleCase(p)); len(es) > 0 {
				return i + n, es
			}
		}
	}
	return i, nil
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
		if rank(e.kind) > rank(b.kind) {
			b = e
		}
	}
	return b
}

// entity recognises a country, demonym, city or organisation at token i.
func (sc *scanner) entity(i int) (int, bool) {
	toks := sc.toks
	t := toks[i]
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

func (sc *scanner) addEntity(i, j int, e lexEntry) {
	m := mention{i: i, j: j, name: e.name, iso3: e.iso3, poss: sc.toks[j-1].poss, capital: e.capital}
	switch e.kind {
	case lexCountry:
		m.kind = mCountry
	case lexDemonym:
		m.kind = mDemonym
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
	case lexOrg:
		m.kind = mOrg
		m.iso3 = ""
		m.bloc, m.known = e.bloc, true
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

// roleSpan parses a role phrase at token i: modifiers and heads
// ("Foreign Minister", "army chief", "Minister of State for Foreign
// Affairs", "Secretary of State"). It returns the end, the role text, a
// country named inside the role ("Minister of Foreign Affairs of Iraq"), and
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
		if en.RoleHeads[w] || en.RoleHeads[toks[k].lower] {
			lastHead = k
			k++
			continue
		}
		if en.RoleMods[w] && k-i < 6 {
			k++
			continue
		}
		// "Prime Minister-designate", "Secretary-General"
		if strings.IndexByte(w, '-') > 0 {
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
	ofAt := -1
	demISO := ""
	// "of State", "for Foreign Affairs", "of the Exchequer", "to Athens",
	// "of Iraq", "in the presidency".
	for end+1 < len(toks) {
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
		// A country ends the role and gives its country.
		if j, es := sc.lookupAt(k); len(es) > 0 {
			e := best(es)
			if e.kind == lexDemonym && iso3 == "" {
				// "president of the Brazilian Coffee Institute"
				demISO = e.iso3
			}
			if e.kind == lexCountry && p == "of" {
				iso3 = e.iso3
				ofAt = end
				end = j
				break
			}
			if e.kind == lexCity && p == "to" {
				// "Ambassador to Athens"
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
			// "Energy, Chemical and Petro-Chemical Industries"
			if n+1 < len(toks) && (toks[n].text == "," || toks[n].lower == "and") && toks[n+1].upper && toks[n+1].kind == tokWord && n < len(toks)-2 && !en.RoleHeads[toks[n+1].lower] {
				if _, es := sc.lookupAt(n + 1); len(es) == 0 && !sc.nameAhead(n+1) {
					n++
				}
			}
		}
		if n == k || p == "to" && !toks[k].upper {
			break
		}
		// Do not swallow a following person name: "Secretary of State George Shultz".
		if p == "of" || p == "for" || p == "in" || p == "to" {
			// Keep role words; stop before two capitalised non-role words in a row.
			m := k
			for m < n && (en.RoleMods[toks[m].lower] || en.RoleHeads[toks[m].lower] || toks[m].lower == "state" || toks[m].lower == "presidency" || toks[m].lower == "affairs" || toks[m].lower == "exchequer" || toks[m].lower == "defense" || toks[m].lower == "relations" || toks[m].lower == "and" || toks[m].text == "," || p != "of" && p != "to" && !sc.nameAhead(m) || p == "for" && m == k && toks[m].upper && sc.nameAhead(m+1)) {
				// "High Commissioner for Refugees Filippo Grandi": one
				// capitalised portfolio word, then the name.
				m++
			}
			if m == k {
				break
			}
			n = m
		}
		end = n
		if end < len(toks) && toks[end].text == "," || end < len(toks) && toks[end].lower == "and" {
			break
		}
	}
	// Trim trailing commas/ands.
	for end > i && (toks[end-1].text == "," || toks[end-1].lower == "and") {
		end--
	}
	// "Prime Minister and Foreign Minister Sheikh Mohammed": two offices of one person.
	if end+1 < len(toks) && toks[end].lower == "and" && toks[end+1].upper {
		if e2, _, _, _, ok := sc.roleSpanSimple(end + 1); ok && sc.nameSpan(e2) > e2 {
			end = e2
		}
	}
	if iso3 == "" && demISO != "" {
		iso3 = demISO
	}
	role = phrase(toks, i, end)
	if iso3 != "" && ofAt > i {
		// Drop " of Iraq", " of the Republic of Korea" from the role text.
		role = phrase(toks, i, ofAt)
	}
	hw := toks[lastHead].lower
	plural = strings.HasSuffix(hw, "s") && hw != "chancellors" && hw != "boss" || hw == "sens." || hw == "sens"
	return end, role, iso3, plural, true
}

// nameAhead reports whether a person-like name (two capitalised name
// words) starts at token k.
func (sc *scanner) nameAhead(k int) bool {
	j := sc.nameSpan(k)
	return j-k >= 2
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
	w := strings.TrimSuffix(t.lower, ".")
	// "Vice Premier Liu He": a capitalised "He" inside a sentence, after a
	// name word, is a name.
	if w == "he" && !first && t.text == "He" {
		return true
	}
	if en.NotNameWords[w] || first && en.RoleHeads[w] {
		return false
	}
	// Capitalised abstract nouns of portfolios and programmes ("Foreign
	// Employment and Tourism", "Development", "Cooperation") are no names.
	if first && (len(w) > 8 && strings.HasSuffix(w, "ment") || len(w) > 6 && (strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ism"))) {
		return false
	}
	return true
}

// nameSpan returns the end of a capitalised name starting at k (k when none).
func (sc *scanner) nameSpan(k int) int {
	toks := sc.toks
	j := k
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
	for j < len(toks) && (nameWord(toks[j], j == k && !afterTitle) || j > k && monthInName(toks, j)) {
		if en.NameParticles[toks[j].lower] && !toks[j].upper && (j == k || j+1 >= len(toks) || !toks[j+1].upper && !en.NameParticles[toks[j+1].lower]) {
			break
		}
		// Lexicon entries interrupt a name unless they are ambiguous; a city
		// word after two name words is the name's end ("Martinez Cuenca").
		if j > k {
			if e, es := sc.lookupAt(j); len(es) > 0 && e > j {
				b := best(es)
				if (b.kind == lexCountry || b.kind == lexCity && j-k < 2 || b.kind == lexDemonym || b.kind == lexOrg) && !b.ambiguous {
					break
				}
			}
		}
		j++
		if toks[j-1].poss {
			break
		}
		if j < len(toks) && toks[j].nl && toks[j-1].kind == tokWord && false {
			break
		}
	}
	// A company: "Crazy Eddie Inc", "Taft Broadcasting Co".
	if j < len(toks) && j > k {
		switch strings.TrimSuffix(toks[j].lower, ".") {
		case "inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "group", "holdings", "industries", "industrie", "bank", "board", "company", "corporation", "airlines", "airways", "motors",
			"department", "ministry", "agency", "office", "council", "commission", "authority", "institute", "service", "bureau", "fund", "committee", "organisation", "organization", "association", "federation", "party", "front", "army", "university", "foundation", "center", "centre", "court", "tribunal", "parliament", "assembly", "senate", "congress":
			return k
		}
	}
	// Names do not end in a particle.
	for j > k && en.NameParticles[toks[j-1].lower] && !strings.HasSuffix(toks[j-1].text, "-") {
		j--
	}
	return j
}

// person recognises a person mention at token i, with any role and country
// before it and any appositive after it. It returns the token after the
// mention and true, or i and false.
func (sc *scanner) person(i int) (int, bool) {
	toks := sc.toks
	start := i
	k := i
	if toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "his" || toks[k].lower == "her" || toks[k].lower == "its" || toks[k].lower == "their" {
		k++
	}
	visiting := false
	if k+1 < len(toks) && toks[k].lower == "visiting" && toks[k+1].upper {
		visiting = true
		k++
	}
	if k >= len(toks) {
		return i, false
	}
	determiner := toks[start].lower
	var m mention
	m.kind = mPerson
	// Country or organisation modifier: "Russian", "Pakistan's", "U.S.", "IMF".
	var mod *mention
	preRole := ""
	locative := k > 0 && toks[k-1].kind == tokWord && (toks[k-1].lower == "in" || toks[k-1].lower == "at" || toks[k-1].lower == "from" || toks[k-1].lower == "into" || toks[k-1].lower == "across" || toks[k-1].lower == "throughout")
	if j, es := sc.lookupAt(k); len(es) > 0 && !locative {
		e := best(es)
		if e.kind == lexCountry || e.kind == lexDemonym || e.kind == lexOrg || e.kind == lexCity && toks[j-1].poss {
			if j < len(toks) {
				if _, _, _, _, ok := sc.roleSpan(j); ok {
					mm := mention{i: k, j: j, name: e.name, iso3: e.iso3, modifier: true, poss: toks[j-1].poss}
					switch e.kind {
					case lexCountry:
						mm.kind = mCountry
					case lexDemonym:
						mm.kind = mDemonym
					case lexCity:
						mm.kind = mCity
						mm.iso3 = e.iso3
					default:
						mm.kind = mOrg
						mm.iso3 = ""
					}
					mod = &mm
					k = j
				} else if toks[j-1].poss && (e.kind == lexCountry || e.kind == lexOrg) && sc.nameAhead(j) {
					// "Pakistan's Imran Khan", "NATO's Jens Stoltenberg"
					mm := mention{i: k, j: j, name: e.name, iso3: e.iso3, modifier: true, poss: true, kind: mCountry}
					if e.kind == lexOrg {
						mm.kind, mm.iso3 = mOrg, ""
					}
					mod = &mm
					k = j
				} else if n := sc.modRun(j); n > j && sc.nameAhead(n) && !toks[j-1].poss {
					mm := mention{i: k, j: j, name: e.name, iso3: e.iso3, modifier: true, kind: mCountry}
					if e.kind == lexDemonym {
						mm.kind = mDemonym
					} else if e.kind == lexOrg {
						mm.kind, mm.iso3 = mOrg, ""
					} else if e.kind == lexCity {
						mm.kind = mCity
					}
					mod = &mm
					preRole = phrase(toks, j, n)
					k = n
				}
			}
		}
	}
	// "the country's army chief"
	ctx := false
	if mod == nil && k+1 < len(toks) && toks[k].poss && (toks[k].lower == "country" || toks[k].lower == "nation" || toks[k].lower == "kingdom" || toks[k].lower == "republic") {
		ctx = true
		k++
	}
	roleEnd, role, roleISO, plural, hasRole := sc.roleSpan(k)
	if !hasRole && k+1 < len(toks) && toks[k].upper && toks[k].kind == tokWord && !en.NameParticles[toks[k].lower] && !en.WeekdayWords[toks[k].lower] && en.MonthNames[toks[k].lower] == 0 {
		// An unknown institution before a role: "Bundesbank President X",
		// "Kremlin spokesman Y".
		for n := k + 1; n <= k+2 && n < len(toks); n++ {
			if re, r, riso, pl, ok := sc.roleSpan(n); ok && sc.nameSpan(re) > re && !en.RoleHeads[toks[k].lower] {
				_ = r
				roleEnd, role, roleISO, plural, hasRole = re, phrase(toks, k, re), riso, pl, true
				break
			}
			if !toks[n].upper {
				break
			}
		}
	}
	if hasRole {
		k = roleEnd
	} else if preRole != "" {
		hasRole, role, roleEnd = true, preRole, k
	}
	// Honorifics: "General", "Sheikh", "His Highness", "HE Dr" – unless the
	// gazetteer knows the name with it ("Sheikh Hasina").
	h := k
	for h < len(toks) && sc.honorificAt(h) {
		if j, es := sc.lookupAt(h); len(es) > 0 && j > h+1 && best(es).kind == lexPerson && !best(es).ambiguous && j >= sc.nameSpan(h+1) {
			break
		}
		if h+1 < len(toks) && !(toks[h+1].upper || en.Honorifics[toks[h+1].lower]) {
			break
		}
		h++
	}
	honor := h > k
	lowerName := ""
	// An appositive comma between a role and a name: "the Iraqi Foreign
	// Minister, Ibrahim al-Jaafari".
	comma := false
	if hasRole && !honor && h < len(toks) && toks[h].text == "," && h+1 < len(toks) {
		h2 := h + 1
		for h2 < len(toks) && sc.honorificAt(h2) && h2+1 < len(toks) && toks[h2+1].upper {
			h2++
		}
		if e := sc.nameSpan(h2); e > h2 && (e-h2 >= 2 || h2 > h+1) {
			comma = true
			h = h2
		}
	}
	nameEnd := sc.nameSpan(h)
	if nameEnd == h {
		// Lexicon person: "Imran Khan".
		if j, es := sc.lookupAt(h); len(es) > 0 && best(es).kind == lexPerson {
			nameEnd = j
		}
	}
	if nameEnd == h && hasRole && h < len(toks) && toks[h].kind == tokWord && !toks[h].upper {
		// Lower-case copy ("foreign minister ali akbar velayati"): a name the
		// gazetteer knows once title-cased.
		for n := min(4, len(toks)-h); n >= 2; n-- {
			ok := true
			for q := h; q < h+n; q++ {
				ok = ok && toks[q].kind == tokWord && !toks[q].upper
			}
			if !ok {
				continue
			}
			p := titleCase(phrase(toks, h, h+n))
			found := false
			for _, e := range sc.lex.lookup(p) {
				if e.kind == lexPerson && !e.ambiguous {
					found = true
				}
			}
			if found {
				nameEnd = h + n
				lowerName = p
				break
			}
		}
	}
	if nameEnd > h {
		if j, es := sc.lookupAt(h); len(es) > 0 && j >= nameEnd {
			b := best(es)
			if b.kind != lexPerson && !(hasRole || honor) {
				return i, false
			}
		}
	}
	named := nameEnd > h
	if !named {
		if !hasRole {
			return i, false
		}
		// A role without a name: "the army chief", "his Swiss counterpart".
		m.kind = mRole
		m.i, m.j = start, roleEnd
		if mod != nil || ctx || determiner == "the" || determiner == "his" || determiner == "her" || determiner == "their" || toks[k-1].upper || start > 0 {
			m.role = role
			m.plural = plural
			m.poss = toks[roleEnd-1].poss
			m.ctxCountry = ctx || determiner == "his" || determiner == "her"
			if mod != nil {
				m.iso3 = mod.iso3
				if mod.kind == mOrg {
					m.org = mod.name
				}
				sc.ms = append(sc.ms, *mod)
			}
			if roleISO != "" {
				m.iso3 = roleISO
			}
			if plural && m.iso3 != "" {
				m.kind = mGroup
				m.name = ""
			}
			sc.ms = append(sc.ms, m)
			return roleEnd, true
		}
		return i, false
	}
	// Without a role or honorific, a name needs two words to count here;
	// single words are resolved later against known people.
	if !hasRole && !honor && nameEnd-h < 2 {
		if j, es := sc.lookupAt(h); !(len(es) > 0 && best(es).kind == lexPerson && j == nameEnd) {
			// Single capitalised word: a possible surname mention.

			if mod == nil && !ctx {
				m.i, m.j = h, nameEnd
				m.name = toks[h].text
				m.poss = toks[nameEnd-1].poss
				m.kind = mPerson
				m.role = ""
				m.plural = false
				sc.ms = append(sc.ms, mention{i: h, j: nameEnd, kind: mPerson, name: m.name, poss: m.poss, org: "single"})
				return nameEnd, true
			}
			return i, false
		}
	}
	m.i = start
	if mod == nil && !hasRole && !honor {
		m.i = h
		// "the Third World", "of Petroleum Exporting Countries": a name
		// without a title does not follow an article or "of".
		if h > 0 && toks[h-1].kind == tokWord && (toks[h-1].lower == "the" || toks[h-1].lower == "of" || toks[h-1].lower == "a" || toks[h-1].lower == "an") {
			if j, es := sc.lookupAt(h); !(len(es) > 0 && best(es).kind == lexPerson && j == nameEnd) {
				return i, false
			}
		}
		if nameEnd < len(toks) && toks[nameEnd].text == "(" {
			return i, false
		}
		// "Roman Catholic officials": an adjective before a plural noun.
		if nameEnd < len(toks) && toks[nameEnd].kind == tokWord && !toks[nameEnd].upper && strings.HasSuffix(toks[nameEnd].lower, "s") && !isVerbish(toks[nameEnd].lower) {
			switch toks[nameEnd].lower {
			case "was", "is", "has", "says", "has's":
			default:
				return i, false
			}
		}
	}
	m.j = nameEnd
	m.name = stripRank(personName(toks, h, nameEnd))
	if lowerName != "" {
		m.name = lowerName
	}
	m.poss = toks[nameEnd-1].poss
	m.role = role
	m.plural = plural
	m.ctxCountry = ctx
	if mod != nil {
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
		}
		sc.ms = append(sc.ms, *mod)
	}
	if roleISO != "" {
		m.iso3 = roleISO
	}
	_ = comma
	end := nameEnd
	// "Chancellor Helmut Kohl of West Germany", "Babangida of Nigeria".
	if end+1 < len(toks) && toks[end].lower == "of" {
		if j, es := sc.lookupAt(end + 1); len(es) > 0 {
			e := best(es)
			if e.kind == lexCountry {
				m.iso3 = e.iso3
				end = j
			} else if e.kind == lexCity || plural {
				end = j
			}
		} else if plural && end+1 < len(toks) && toks[end+1].upper {
			j := end + 1
			for j < len(toks) && toks[j].kind == tokWord && toks[j].upper {
				j++
			}
			end = j
		}
	}
	// Appositive: "Imran Khan, Pakistan's prime minister," / "Belkacem
	// Nabi, the Algerian Minister of Energy".
	if m.role == "" && end+1 < len(toks) && toks[end].text == "," {
		a := end + 1
		if toks[a].lower == "the" || toks[a].lower == "a" || toks[a].lower == "his" || toks[a].lower == "her" {
			a++
		}
		var amod *lexEntry
		if j, es := sc.lookupAt(a); len(es) > 0 {
			e := best(es)
			if e.kind == lexCountry || e.kind == lexDemonym || e.kind == lexOrg {
				amod = &e
				a = j
			}
		}
		if re, r, riso, _, ok := sc.roleSpan(a); ok {
			m.role = r
			if amod != nil && amod.kind != lexOrg {
				m.iso3 = amod.iso3
			} else if amod != nil {
				m.org = amod.name
			}
			if riso != "" {
				m.iso3 = riso
			}
			end = re
		}
	}
	m.j = end
	m.visiting = visiting
	sc.ms = append(sc.ms, m)
	// A plural role heads a list: "Presidents Nana Akufo-Addo of Ghana and
	// Macky Sall of Senegal", "Sens. A of X, B of Y and C of Z".
	for plural && end+1 < len(toks) && (toks[end].text == "," || toks[end].lower == "and") {
		n := end + 1
		if toks[n].lower == "and" {
			n++
		}
		ne := sc.nameSpan(n)
		if ne-n < 2 {
			break
		}
		p := mention{kind: mPerson, i: n, j: ne, name: personName(toks, n, ne), role: role, poss: toks[ne-1].poss}
		end = ne
		if end+1 < len(toks) && toks[end].lower == "of" {
			if j, es := sc.lookupAt(end + 1); len(es) > 0 {
				e := best(es)
				if e.kind == lexCountry {
					p.iso3 = e.iso3
				}
				end = j
			} else {
				j := end + 1
				for j < len(toks) && toks[j].kind == tokWord && toks[j].upper {
					j++
				}
				end = j
			}
		}
		if p.iso3 == "" {
			p.iso3 = m.iso3
		}
		p.j = end
		sc.ms = append(sc.ms, p)
	}
	return end, true
}

// commonInitial are capitalised sentence-initial words that are not names.
func sentenceInitialCommon(toks []token, h int) bool {
	if h != 0 {
		return false
	}
	return h+1 < len(toks) && toks[h+1].kind == tokWord && !toks[h+1].upper && !isVerbish(toks[h+1].lower)
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
	for k := i; k < j; k++ {
		w := toks[k].text
		if k > i && !strings.HasSuffix(toks[k-1].text, "-") {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
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
	case t.lower == "his" || t.lower == "her":
		return next == "highness" || next == "excellency" || next == "majesty" || next == "royal"
	case t.lower == "royal":
		return next == "highness"
	case t.lower == "crown":
		return next == "prince" || next == "princess"
	case t.lower == "field":
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
