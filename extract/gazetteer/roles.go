package gazetteer

import (
	"strings"
	"unicode"
)

// roleKey normalises a role phrase: lower case, hyphens and commas as spaces, straight
// apostrophes, single spaces, no trailing full stop or leading "the".
func roleKey(s string) string {
	s = strings.ToLower(foldText(s))
	s = keySeparators.Replace(s)
	s = strings.TrimSuffix(strings.Join(strings.Fields(s), " "), ".")
	return strings.TrimPrefix(s, "the ")
}

// Role returns the role a phrase names, case-insensitively ("Foreign
// Minister", "foreign minister", "Minister of Foreign Affairs",
// "Vice-President"). Phrases that are not listed are recognised when they
// are a listed role with a modifier ("Deputy Defence Minister", "Acting
// President", "former Prime Minister") or follow the generic pattern
// "Minister of|for <Capitalised Words>" (see [MinisterOf]).
func (g *Gazetteer) Role(phrase string) (Role, bool) {
	phrase = strings.Join(strings.Fields(phrase), " ")
	if i, ok := g.roleKey[roleKey(phrase)]; ok {
		r := g.roles[i]
		r.Phrase = phrase
		return r, true
	}
	words := strings.Fields(phrase)
	if len(words) == 0 {
		return Role{}, false
	}
	if r, n, ok := g.MatchRole(words); ok && n == len(words) {
		return r, true
	}
	return Role{}, false
}

// Roles returns every listed role, longest phrase (in words, then bytes) first.
func (g *Gazetteer) Roles() []Role {
	return append([]Role(nil), g.roles...)
}

// roleModifiers change a role without changing what it is.
var roleModifiers = map[string]string{
	"deputy": "Deputy", "acting": "Acting", "interim": "Interim", "former": "Former",
	"first": "First", "senior": "Senior", "outgoing": "Outgoing", "incoming": "Incoming",
	"caretaker": "Caretaker", "assistant": "Assistant", "ex": "Former", "vice": "Vice",
	"late": "Former", "then": "Former",
}

// MatchRole finds the longest role at the start of words (tokens as they
// appear in text, punctuation split off) and returns it with the number of
// words it spans. It tries the listed roles, a modifier before a listed role
// ("Deputy Foreign Minister", "Acting President"), and the generic
// "Minister of|for <Words>" pattern; a generic match that extends a listed
// one ("Minister of Foreign Affairs, Trade and Development") keeps the listed
// role's Norm.
func (g *Gazetteer) MatchRole(words []string) (Role, int, bool) {
	if len(words) == 0 {
		return Role{}, 0, false
	}
	first, _, _ := strings.Cut(tokenKey(words[0]), " ")
	_, isMod := roleModifiers[strings.TrimSuffix(first, "-")]
	if g.roleFirst[first] == 0 && !ministerHeads[first] && !isMod {
		return Role{}, 0, false // the common case: no role starts here
	}
	r, n, ok := g.listedRole(words, g.roleFirst[first])
	if gr, gn, gok := ministerOf(words, g.isPortfolio); gok && gn > n {
		if ok && len(strings.Fields(r.Phrase)) >= 3 {
			gr.Norm, gr.Head, gr.Sector = r.Norm, r.Head, r.Sector
		}
		return gr, gn, true
	}
	if ok {
		return r, n, true
	}
	if mod, isMod := roleModifiers[strings.ToLower(strings.TrimSuffix(words[0], "-"))]; isMod && len(words) > 1 {
		inner, in, iok := g.MatchRole(words[1:])
		if !iok {
			return Role{}, 0, false
		}
		phrase := strings.Join(words[:in+1], " ")
		switch mod {
		case "Deputy", "Assistant", "Former", "Vice":
			inner.Head = false
		}
		if !strings.HasPrefix(inner.Norm, mod+" ") {
			inner.Norm = mod + " " + inner.Norm
		}
		inner.Phrase = phrase
		return inner, in + 1, true
	}
	return Role{}, 0, false
}

// listedRole finds the longest listed role at the start of words, trying at
// most maxWords words (the longest key starting with words[0]; a token is
// never more words than its key).
func (g *Gazetteer) listedRole(words []string, maxWords int) (Role, int, bool) {
	max := min(len(words), maxWords)
	if max == 0 {
		return Role{}, 0, false
	}
	keys := make([]string, max)
	for i := range keys {
		keys[i] = tokenKey(words[i])
	}
	var b strings.Builder
	for n := max; n > 0; n-- {
		b.Reset()
		for _, k := range keys[:n] {
			if k == "" {
				continue
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(k)
		}
		k := strings.TrimPrefix(strings.TrimSuffix(b.String(), "."), "the ")
		if i, ok := g.roleKey[k]; ok {
			r := g.roles[i]
			r.Phrase = strings.Join(words[:n], " ")
			return r, n, true
		}
	}
	return Role{}, 0, false
}

// tokenKey normalises one token the way roleKey normalises a phrase, except
// for the phrase-level trimming of a final full stop and a leading "the".
func tokenKey(w string) string {
	if isASCII(w) && !strings.ContainsAny(w, "-, \t") {
		return strings.ToLower(w) // the common case, without folding or splitting
	}
	s := strings.ToLower(foldText(w))
	s = keySeparators.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// keySeparators turns the hyphens and commas of role phrases into spaces.
var keySeparators = strings.NewReplacer("-", " ", ",", " ")

// ministerHeads start a generic role phrase.
var ministerHeads = map[string]bool{
	"minister": true, "ministers": true, "secretary": true, "commissioner": true,
	"envoy": true, "ambassador": true, "representative": true,
}

// connectors may join capitalised words inside a generic role phrase.
var connectors = map[string]bool{"and": true, "&": true, "of": true, "the": true, ",": true, "for": true}

// portfolioWords are the capitalised words a generic "Minister of …" phrase
// may contain. A capitalised word outside the list ends the phrase, so that
// "Minister of Water Resources John Doe" stops before the name.
var portfolioWords = setOf(`affairs foreign external defence defense finance trade industry industries
	agriculture health education water resources energy mines mining mineral minerals fisheries oceans
	women youth sport sports culture tourism environment climate change interior home justice labour labor
	employment transport transportation infrastructure communications communication information technology
	science research planning development economy economic economics commerce investment investments housing
	lands land local government public works security national state international cooperation co-operation
	relations european europe integration petroleum oil gas natural digital innovation higher social welfare
	family families children gender religious religion endowments hajj presidency cabinet office veterans
	diaspora overseas citizens regional rural urban budget treasury revenue customs immigration citizenship
	border borders maritime aviation ports railways roads highways shipping power electricity irrigation
	livestock food forestry forests wildlife heritage arts media broadcasting parliamentary legal
	constitutional human rights reform reforms reconstruction humanitarian disaster management emergency
	emergencies situations industrial small medium enterprises enterprise statistics privatisation
	privatization asia africa african asian middle east north south west central pacific americas latin
	america arctic gulf caribbean commonwealth affairs trade-related co-ordination coordination tertiary
	primary secondary vocational training skills labour-related manpower population solidarity peace
	reconciliation unification strategic planning intelligence police armed forces army navy air
	military civil service services administration federal provincial provinces municipal affairs
	territories territorial northern southern western eastern decentralisation decentralization
	transition green blue space defence-related procurement export exports import imports
	consumer competition sustainable equality equalities inclusion disability disabilities elderly
	seniors indigenous minorities nationalities ethnic parliament legislative government's finance`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// isPortfolio reports whether a capitalised word may continue a generic
// role phrase: a portfolio word, or a place or nationality the gazetteer
// knows ("Minister for Scotland", "Envoy for Syria").
func (g *Gazetteer) isPortfolio(w string) bool {
	if isPortfolioWord(w) {
		return true
	}
	for _, e := range g.Lookup(strings.TrimRight(w, ",;:")) {
		switch e.Kind {
		case KindCountry, KindDemonym, KindRegion, KindOrg:
			return true
		}
	}
	return false
}

func isPortfolioWord(w string) bool {
	return portfolioWords[strings.ToLower(strings.TrimRight(w, ",;:"))]
}

// MinisterOf recognises the generic pattern "Minister of|for <Words>"
// (also "Secretary", "Commissioner", "Envoy", "Ambassador",
// "Representative" heads): the head, "of" or "for", then capitalised
// portfolio words ("Affairs", "Fisheries", "Women", "Asia"...) possibly
// joined by "and", "&", "of", "the", "for" or a comma token ("Minister of
// Fisheries and Oceans", "Minister for Women"). A capitalised word that is
// not a portfolio word ends the phrase, so a following name is not taken.
// It returns the role (Norm is the phrase itself, Sector GOV, or MIL for
// defence, DIP for envoys and ambassadors) and the number of words used.
// [Gazetteer.MatchRole] also accepts places ("Envoy for Syria").
func MinisterOf(words []string) (Role, int, bool) {
	return ministerOf(words, isPortfolioWord)
}

func ministerOf(words []string, portfolio func(string) bool) (Role, int, bool) {
	if len(words) < 3 || !ministerHeads[strings.ToLower(words[0])] {
		return Role{}, 0, false
	}
	if p := strings.ToLower(words[1]); p != "of" && p != "for" {
		return Role{}, 0, false
	}
	n := 2
	last := 0 // words up to and including the last capitalised one
	for n < len(words) {
		w := words[n]
		switch {
		case isCapitalised(w) && portfolio(w):
			n++
			last = n
			continue
		case connectors[strings.ToLower(w)] && n > 2:
			n++
			continue
		}
		break
	}
	if last == 0 {
		return Role{}, 0, false
	}
	phrase := strings.Join(words[:last], " ")
	phrase = strings.ReplaceAll(phrase, " ,", ",")
	r := Role{Phrase: phrase, Norm: phrase, Sector: "GOV"}
	lower := strings.ToLower(phrase)
	switch {
	case strings.Contains(lower, "defence") || strings.Contains(lower, "defense") || strings.Contains(lower, "war"):
		r.Sector = "MIL"
	case strings.HasPrefix(lower, "envoy") || strings.HasPrefix(lower, "ambassador") || strings.HasPrefix(lower, "representative"):
		r.Sector = "DIP"
	}
	return r, last, true
}

func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// honorificKey normalises an honorific: no full stops, hyphens as spaces,
// single spaces.
func honorificKey(s string) string {
	s = strings.ReplaceAll(s, ".", " ")
	s = strings.ReplaceAll(s, "-", " ")
	return strings.Join(strings.Fields(s), " ")
}
