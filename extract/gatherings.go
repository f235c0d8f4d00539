package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// gatheringNoun finds a gathering noun at or after k (within reach tokens),
// returning its index or -1.
func (c *sctx) gatheringNoun(k, reach int) int {
	for j := k; j < min(len(c.toks), k+reach); j++ {
		// "the Arctic Five (A5) meeting": the short form of the name
		// takes no room.
		if c.nameAcronym(j) {
			j += 2
			reach += 3
			continue
		}
		// "this year's St Petersburg forum": a place's name of several
		// words takes the room of one.
		if mi := c.at[j]; mi >= 0 && c.ms[mi].i == j && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry) {
			reach += c.ms[mi].j - j - 1
		}
		// "a foreign ministers' session": a plural's apostrophe stays.
		if c.toks[j].kind == tokPunct && isQuote(c.toks[j].text) && j <= k+1 {
			reach += 5 // `a "Friends of the Arctic" summit`: a quoted name takes no room
			continue
		}
		if c.toks[j].kind == tokPunct && c.toks[j].text != "-" && c.toks[j].text != "–" && !isQuote(c.toks[j].text) && !((c.toks[j].text == "'" || c.toks[j].text == "+") && j > 0 && c.toks[j].start == c.toks[j-1].end) {
			return -1 // (a plural's apostrophe stays, and the "+" of "OPEC+")
		}
		if c.in(j, en.TailedCeremonies) && !c.in(j+1, en.CeremonyTails) || c.placeNamedFor(j) {
			continue // "the war memorial", "Kingsway Parade"
		}
		if (c.in(j, en.GatheringHeads) || c.councilHead(j) || c.jointBody(j)) && !(j+1 < len(c.toks) && c.toks[j].upper == c.toks[j+1].upper && c.in(j+1, en.VenueNouns)) {
			// "ministerial meeting": take the last noun of the run; "the
			// National Convention Centre", "the convention centre" are
			// buildings.
			if j+1 < len(c.toks) && en.GatheringNouns[c.toks[j+1].lower] || c.nameAcronym(j+1) && j+4 < len(c.toks) && en.GatheringNouns[c.toks[j+4].lower] {
				continue
			}
			if c.domestic(j) || c.word(j, "debate") && !c.namedGathering(k, j) || c.word(j-1, "press", "news") {
				return -1 // ("the debate over tariffs", "a closing press conference")
			}
			return j
		}
	}
	return -1
}

// forumBody reports a known body named as a gathering ("World Economic
// Forum", "X Forum for Asia"): its meetings and the body itself are
// where leaders gather.
func (c *sctx) forumBody(mi int) bool {
	m := c.ms[mi]
	for j := m.i; j < m.j; j++ {
		if c.word(j, "forum") && c.toks[j].upper {
			return true
		}
	}
	return false
}

// placeNamedFor reports a capitalised Commemorations noun at j that ends
// a place's name rather than a day's: "Kingsway Parade", not "Victory
// Day Parade" or "the 60th Anniversary Celebrations".
func (c *sctx) placeNamedFor(j int) bool {
	if !c.in(j, en.Commemorations) || !c.toks[j].upper {
		return false
	}
	for q := j - 1; q >= max(0, j-5) && (c.toks[q].upper || hasDigit(c.toks[q].text)); q-- {
		if c.in(q, en.DayWords) || hasDigit(c.toks[q].text) {
			return false
		}
	}
	return j > 0 && c.toks[j-1].upper
}

// nameAcronym reports a bracketed short form at j, inside a proper name:
// "Arctic Five (A5) meeting", "(NSF)", "(SADC)".
func (c *sctx) nameAcronym(j int) bool {
	if j == 0 || j+2 >= len(c.toks) || c.toks[j].text != "(" || c.toks[j+2].text != ")" || !c.toks[j-1].upper || c.toks[j-1].kind != tokWord {
		return false
	}
	w := c.toks[j+1].text
	return len(w) >= 2 && len(w) <= 8 && strings.ToUpper(w) == w && w != strings.ToLower(w)
}

// jointBody reports a lower-case body two states keep at j, told by its
// kind (en.JointBodyWords, en.JointBodyHeads): "the joint commission",
// "the binational committee"; its sittings are meetings of the two.
func (c *sctx) jointBody(j int) bool {
	return !c.toks[j].upper && c.in(j, en.JointBodyHeads) && c.in(j-1, en.JointBodyWords)
}

// councilHead reports a capitalised body noun that ends a proper name and
// there names a sitting of that body ("attended the Andean Community
// Presidential Council", "gathered for the Common Market Council").
func (c *sctx) councilHead(j int) bool {
	if j == 0 || !c.toks[j].upper || !c.in(j, en.SittingBodies) {
		return false
	}
	// "the Council of Ministers", "the Council of Foreign Ministers": a
	// sitting named by its members.
	ofMembers := c.word(j+1, "of") && c.word(j+2, "heads", "ministers", "foreign")
	if !ofMembers && (!c.toks[j-1].upper || c.toks[j-1].kind != tokWord || c.word(j-1, "the", "a", "this", "its")) {
		return false
	}
	if !ofMembers && j+1 < len(c.toks) && (c.toks[j+1].upper && c.toks[j+1].kind == tokWord || c.word(j+1, "of")) {
		return false // "the Council of Trade Unions": a body's own name
	}
	// "the National Security Council": a government's own body.
	q := j - 1
	for ; q >= max(0, j-5) && c.toks[q].upper && !c.toks[q].poss; q-- {
		if c.in(q, en.DomesticBodyWords) {
			return false
		}
	}
	// "Ruritania's Grand Council", "the Chair of the Grand Council": a
	// country's own body, or the body an office heads.
	if q >= 0 && c.toks[q].poss && c.at[q] >= 0 && c.ms[c.at[q]].kind == mCountry {
		return false
	}
	if c.word(q, "the") {
		q--
	}
	return !(c.word(q, "of") && q > 0 && c.in(q-1, en.RoleHeads))
}

// gatheringName builds a short name from the words before and after the noun.
func (c *sctx) gatheringName(from, noun int) string {
	// The name's modifiers run back from the noun to the first function
	// word, verb, date or punctuation: "the Arab League summit", "its
	// 12th annual session", never "Wednesday for a summit".
	a, short := noun, 0
	for a > from && noun-a-short < 6 {
		if a-3 > from && c.nameAcronym(a-3) {
			a -= 3 // "Arctic Five (A5) meeting"
			short = 3
			continue
		}
		t := c.toks[a-1]
		// "Group of Seven", "Heads of Government": "of" inside a
		// capitalised name; "the fourth round of talks": a part of a
		// gathering.
		inName := c.word(a-1, "of") && a-2 >= 0 && (c.toks[a-2].upper && (c.toks[a].upper || hasDigit(c.toks[a].text)) || c.in(a-2, en.GatheringParts))
		// "the 12th Coastal Ministers' Meeting": a capitalised
		// plural and its apostrophe belong to the proper name.
		apostrophe := t.text == "'" && a-2 >= 0 && (c.toks[a-2].upper || strings.HasSuffix(c.toks[a-2].lower, "s") && t.start == c.toks[a-2].end)
		properWord := t.upper && t.kind == tokWord && !c.word(a-1, "the", "a", "an", "its", "their", "his", "her", "this", "that", "for", "to", "at", "in", "of", "on", "with", "by", "and", "or", "from", "after", "just")
		// `the "Gymnich" meeting`: a quoted name word.
		quote := isQuote(t.text) && a-2 >= 0 && c.toks[a-2].upper && a-3 >= 0 && isQuote(c.toks[a-3].text) || isQuote(t.text) && a < len(c.toks) && c.toks[a].upper && a+1 < len(c.toks) && isQuote(c.toks[a+1].text)
		// "Group of 20 summit": a number after "of" in a capitalised name.
		number := hasDigit(t.text) && a-3 >= 0 && c.word(a-2, "of") && c.toks[a-3].upper
		// "OPEC+ meeting": the plus glued to a capitalised name.
		plus := t.text == "+" && a-2 >= 0 && c.toks[a-2].upper && t.start == c.toks[a-2].end
		if !inName && !apostrophe && !quote && !number && !plus && (t.kind != tokWord && t.text != "-" && t.text != "–" || c.in(a-1, en.NameBreaks) && !properWord || en.WeekdayWords[t.lower] || en.MonthNames[t.lower] != 0 || len(en.Lookup(t.lower)) > 0 && !t.upper && !c.word(a-1, "day", "days", "night", "nights", "week", "weeks") && !c.in(a-1, en.SessionOpenings)) {
			break
		}
		a--
	}
	b := noun + 1
	// ("a trilateral meeting of A, B and C": the states attend, and the
	// name is the head's.)
	statesOf := c.word(b, "of") && len(c.summitParties(noun)) > 0
	// ("the Summit for Democracy": a capitalised head's "for" too.)
	forName := c.word(b, "for") && c.toks[noun].upper && b+1 < len(c.toks) && c.toks[b+1].upper
	if (c.word(b, "on", "of") || forName) && b+1 < len(c.toks) && !statesOf {
		q := b + 1
		if c.word(q, "the") {
			q++
		}
		for q < len(c.toks) && (c.toks[q].kind == tokWord || c.plusNumber(q)) && (c.toks[q].upper || c.plusNumber(q) || c.word(q, "peace", "process", "security", "trade") || c.word(q, "for", "and", "of") && q+1 < len(c.toks) && c.toks[q+1].upper && q > b+1 && c.toks[q-1].upper || c.word(q, "of") && c.word(q+1, "the") && q+2 < len(c.toks) && c.toks[q+2].upper && q > b+1 && c.toks[q-1].upper || c.word(q, "the") && c.word(q-1, "of") && q > b+2) && q-b < 15 && !en.WeekdayWords[c.toks[q].lower] && en.MonthNames[c.toks[q].lower] == 0 {
			if mi := c.at[q]; mi >= 0 && c.ms[mi].i == q && c.ms[mi].j > q {
				q = c.ms[mi].j // a whole name: "of Saudi Arabia", "of the League of Coastal States"
				continue
			}
			q++
		}
		for q > b+1 && c.word(q-1, "and", "of", "for", "the") {
			q-- // a name ends in no function word
		}
		if q > b+1 && !c.word(q-1, "the") {
			// "meeting of EU foreign ministers": the members after the
			// body.
			if e := c.membersAt(q); e > q && c.toks[q-1].upper {
				b = e
			} else {
				b = c.tailHead(q)
			}
		}
	}
	if b < 0 {
		b = noun + 1
	}
	// "attending his first Forum summit", "his first summit": the Forum
	// summit in focus, if it is one, by its name.
	if c.countedInHistory(a, noun) {
		a++
		if last := c.st.lastGathering(c.si); last != nil && c.inFocus(6) && sameSeries(last.name, phrase(c.toks, a, b)) {
			return last.name
		}
	}
	name := phrase(c.toks, a, b)
	// "the group's 16th summit", "their 16th summit": the bloc named
	// before is the possessor, "16th BRICS summit".
	if bloc := c.possessorBloc(a, noun); bloc != "" {
		if c.toks[a].poss {
			a++
		}
		name = strings.TrimSpace(phrase(c.toks, a, noun) + " " + bloc + " " + phrase(c.toks, noun, b))
	}
	return bracketJoiner.Replace(strings.Join(strings.Fields(quoteStripper.Replace(name)), " "))
}

// seriesName is a gathering's name without the ordinals and numbers
// before it, folded: "53rd Forum Leaders Meeting" and "Forum Leaders
// Meeting" name one series.
func seriesName(name string) string {
	f := strings.Fields(strings.ToLower(name))
	for len(f) > 0 && (en.Ordinals[f[0]] || hasDigit(f[0])) {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// sameSeries reports that name b names the series of name a, whole or by
// its head alone ("summit" for "17th Lake Basin Summit").
func sameSeries(a, b string) bool {
	sa, sb := seriesName(a), seriesName(b)
	return sa == sb || !strings.Contains(sb, " ") && strings.HasSuffix(sa, " "+sb)
}

// bracketJoiner closes the spaces phrase leaves inside brackets: "Arctic
// Five (A5) meeting".
var bracketJoiner = strings.NewReplacer("( ", "(", " )", ")")

// membersAt returns the end of a members phrase at q, role words up to a
// plural of attendees ("foreign ministers", "defence ministers",
// "leaders"), or q for none.
func (c *sctx) membersAt(q int) int {
	for j := q; j < min(len(c.toks), q+4); j++ {
		if c.toks[j].kind != tokWord || c.toks[j].upper {
			return q
		}
		if c.in(j, en.AttendeeNouns) {
			return j + 1
		}
		if !c.in(j, en.RoleMods) {
			return q
		}
	}
	return q
}

// possessorBloc returns the bloc, as the text names it earlier in the
// sentence, that a possessive before the name at a stands for: "the
// group's", "the bloc's" (en.BlocNouns), "its", "their"; "" for none.
func (c *sctx) possessorBloc(a, noun int) string {
	if c.toks[noun].upper {
		return "" // "its Sixty-Sixth Ordinary Session": a proper name already
	}
	generic := a < noun && c.toks[a].poss && en.BlocNouns[strings.TrimSuffix(strings.TrimSuffix(c.toks[a].lower, "'s"), "’s")]
	their := c.word(a-1, "their")
	if !generic && !their && !c.word(a-1, "its") {
		return ""
	}
	for j := a - 1; j >= 0; j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc && !c.ms[mi].company {
			m := c.ms[mi]
			// "the BRICS countries ... their summit"; not "the EU and the
			// Central Asian states held their first summit".
			if their && !c.word(m.j, "countries", "members", "leaders", "states", "nations", "heads", "governments") {
				return ""
			}
			return phrase(c.toks, m.i, m.j)
		}
	}
	return ""
}

// quoteStripper drops quotation marks from a gathering's name.
var quoteStripper = strings.NewReplacer("\"", "", "“", "", "”", "")

// plusNumber reports a "+1" or "+" of a format's name ("C5+1") at q.
func (c *sctx) plusNumber(q int) bool {
	if q <= 0 || q >= len(c.toks) {
		return false
	}
	closedAfter := c.toks[q].start == c.toks[q-1].end && (c.toks[q].text == "+" || c.toks[q].kind == tokNum && c.toks[q-1].text == "+")
	closedBefore := c.toks[q].kind == tokNum && q+1 < len(c.toks) && c.toks[q+1].text == "+" && c.toks[q+1].start == c.toks[q].end
	return closedAfter || closedBefore
}

// tailHead returns the end of a gathering name's "of" tail that ends at q.
// Capitalised words before lower-case ones qualify a plural head the name
// takes in ("meeting of EC farm ministers"); with no such head within three
// words the tail is no name and is dropped (-1 keeps only the noun).
func (c *sctx) tailHead(q int) int {
	if c.word(q, "format", "process", "framework", "mechanism", "initiative", "grouping") {
		return q + 1 // "the C5+1 format", "the Berlin process"
	}
	if q >= len(c.toks) || c.toks[q].kind != tokWord || c.toks[q].upper || c.in(q, en.NameBreaks) || len(en.Lookup(c.toks[q].lower)) > 0 {
		return q
	}
	for r := q; r < min(len(c.toks), q+3); r++ {
		t := c.toks[r]
		if t.kind != tokWord || t.upper || c.in(r, en.NameBreaks) || len(en.Lookup(t.lower)) > 0 {
			break
		}
		if strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") {
			return r + 1
		}
	}
	return -1
}

// bilateralName reports whether the words before a gathering noun name
// two countries ("the Spain-Portugal Summit"): a bilateral meeting.
func (c *sctx) bilateralName(from, g int) bool {
	for j := from; j < g; j++ {
		if len(c.hyphenStates(j)) == 2 || c.dashedStates(j) {
			return true
		}
	}
	return false
}

// dashedStates reports two countries joined by a free-standing dash at
// j: "the Australia – Japan meeting".
func (c *sctx) dashedStates(j int) bool {
	country := func(q int) bool {
		for _, m := range c.ms {
			if m.i == q && m.kind == mCountry {
				return true // (the name of a group may open there too)
			}
		}
		return false
	}
	return (c.toks[j].text == "–" || c.toks[j].text == "-") && country(j-1) && country(j+1)
}

// hyphenStates returns the countries a hyphenated token at j names
// ("Greece-Cyprus-Egypt": three), or nil.
func (c *sctx) hyphenStates(j int) []*entity {
	if strings.IndexByte(c.toks[j].text, '-') <= 0 {
		return nil
	}
	var out []*entity
	for mi := range c.ms {
		if c.ms[mi].i == j && (c.ms[mi].kind == mCountry || c.ms[mi].kind == mDemonym) && c.ms[mi].iso3 != "" {
			out = append(out, c.st.country(c.ms[mi].iso3))
		}
	}
	return out
}

// nameStates adds as attendees the three or more countries a hyphenated
// word of the name [from, g) joins: "the Greece-Cyprus-Egypt trilateral
// summit" is theirs.
func (c *sctx) nameStates(e *event, from, g int) {
	for j := from; j < g; j++ {
		if states := c.hyphenStates(j); len(states) >= 3 {
			for _, s := range states {
				c.st.addAttendee(e, s)
			}
		}
	}
}

// regionalLeadersBefore reports a region's leaders or ministers as the
// subject right before the verb at k: "European leaders", "Arab foreign
// ministers", "African heads of state".
func (c *sctx) regionalLeadersBefore(k int) bool {
	j := k - 1
	for j > 0 && c.in(j, en.Auxiliaries) {
		j--
	}
	if c.officialsGroup(c.clauseStart(k)) == j+1 && !c.orgBefore(k) {
		return true // "Health ministers from the Adriatic states held ..." (a bloc's, its own reader)
	}
	if c.word(j, "state", "government") && c.word(j-1, "of") && c.word(j-2, "heads") {
		j -= 2
	}
	if !c.word(j, "leaders", "ministers", "heads", "presidents", "premiers") {
		return false
	}
	j--
	if c.word(j, "foreign", "finance", "defence", "defense", "trade", "energy") {
		j--
	}
	return j >= 0 && en.RegionAdjectives[c.toks[j].lower] && (j == 0 || !c.toks[j-1].upper)
}

// officialsGroup returns the end of a phrase at q that names officials
// of several states, or -1: a region's or bloc's officials ("European
// culture ministers", "Central European leaders", "NATO defence
// ministers"), officials "from the Alpine countries", "of the Arctic
// states" or from a bloc, or counterparts ("her Nordic counterparts").
// Up to three words of a portfolio stand before the officials' noun.
func (c *sctx) officialsGroup(q int) int {
	if c.word(q, "the", "her", "his", "their", "its") {
		q++
	}
	region := false
	if c.in(q, en.CompassWords) && c.in(q+1, en.RegionAdjectives) {
		q++
	}
	if c.in(q, en.RegionAdjectives) {
		region, q = true, q+1
	} else if mi := c.mentionAt(q); mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc {
		region, q = true, c.ms[mi].j
	}
	for n := 0; n < 3 && q < len(c.toks) && !c.in(q, en.GroupOfficials); n++ {
		if c.toks[q].kind != tokWord || c.toks[q].upper && q > 0 || c.at[q] >= 0 && c.ms[c.at[q]].kind != mRole && c.ms[c.at[q]].kind != mGroup {
			return -1 // ("health ministers" is read as a role)
		}
		q++
	}
	if !c.in(q, en.GroupOfficials) {
		return -1
	}
	end := q + 1
	if c.word(end, "from", "of") {
		r := end + 1
		if c.word(r, "the") {
			r++
		}
		if c.in(r, en.CompassWords) && c.in(r+1, en.RegionAdjectives) {
			r++
		}
		if c.in(r, en.RegionAdjectives) {
			r++
		}
		if c.in(r, en.StatesNouns) {
			return r + 1
		}
		if mi := c.mentionAt(r); mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc {
			return c.ms[mi].j
		}
	}
	if region || c.word(q, "counterparts") {
		return end
	}
	return -1
}

// mentionAt returns the index of the mention at token q, or -1 (also past
// the sentence's end).
func (c *sctx) mentionAt(q int) int {
	if q < 0 || q >= len(c.at) {
		return -1
	}
	return c.at[q]
}

// regionalName reports a region's adjective among the tokens [from, g)
// and no word of a government's own body ("Andean", not "Supreme
// People's").
func (c *sctx) regionalName(from, g int) bool {
	region := false
	for j := from; j < g; j++ {
		if c.in(j, en.DomesticBodyWords) {
			return false
		}
		region = region || c.in(j, en.RegionAdjectives)
	}
	return region
}

// namedGathering reports whether the words before a gathering noun make it
// a diplomatic gathering: a summit or conference, or a meeting named by an
// organisation or capitalised words ("an informal GATT meeting"), not "a
// news conference" or "a meeting of businessmen".
func (c *sctx) namedGathering(from, g int) bool {
	for j := max(from, g-4); j < g; j++ {
		// Domestic and non-diplomatic meetings.
		if c.word(j, "news", "press", "cabinet", "party", "board", "shareholders", "shareholder", "parliamentary", "committee", "staff", "business", "industry", "union", "caucus", "campaign", "election", "electoral", "church", "family", "editorial",
			"dealers", "bankers", "businessmen", "investors", "traders", "executives", "analysts", "students", "university", "academic", "scientific", "medical") {
			return false
		}
		// "a trade conference" is an industry's; "the Pacific Trade
		// Summit", a proper name, may be of states.
		if c.word(j, "trade") && !c.toks[j].upper {
			return false
		}
		// "a council meeting" is a town's; "the Lakes Council summit" a
		// body's.
		if c.word(j, "council") && !c.toks[j].upper {
			return false
		}
	}
	if c.bilateralName(from, g) {
		return false
	}
	for j := from; j < g; j++ {
		if c.toks[j].upper && c.in(j, en.MemberBodyHeads) && !c.word(j+1, "of") {
			return false // "the Petroleum Exploration Association conference"
		}
	}
	if c.conferenceNamed(from, g) {
		return true // "COP29", "the COP29 climate talks"
	}
	if c.word(g, "debate") {
		// "a Security Council open debate", "the high-level debate": a
		// debate of states; "the debate over tariffs" is none.
		for j := max(from, g-3); j < g; j++ {
			if c.phraseAt(j, en.DebateOfStates) > 0 {
				return true
			}
		}
		return false
	}
	if c.word(g, "summit", "ministerial") || c.in(g, en.CeremonyHeads) {
		return true // (a leader's inauguration is a gathering when others attend it)
	}
	if len(c.summitParties(g)) > 0 {
		return true // "the dialogue between A, B and C"
	}
	// `a "Friends of the Arctic" conference`: a name in quotes.
	if g >= 2 && c.toks[g-1].kind == tokPunct && isQuote(c.toks[g-1].text) && c.toks[g-2].upper {
		return true
	}
	// An organisation of states or a country names it ("an informal GATT
	// meeting", "the Arab League summit"), or the words of diplomacy do;
	// "a Nikkei conference" or "an investment conference" are not diplomatic.
	for j := from; j < g; j++ {
		if mi := c.at[j]; mi >= 0 && (c.ms[mi].kind == mOrg && !c.ms[mi].company && (c.ms[mi].bloc || !c.ms[mi].known || c.forumBody(mi)) || c.ms[mi].kind == mCountry || c.ms[mi].kind == mDemonym) {
			return true
		}
		if c.word(j, "ministerial", "international", "regional", "multilateral", "intergovernmental", "extraordinary", "emergency", "donor", "donors", "peace") {
			return true
		}
		// "a foreign ministers' session", "a defence ministers' meeting".
		if c.word(j, "ministers") && c.word(j-1, "foreign", "defence", "defense", "finance", "trade", "interior", "energy") {
			return true
		}
		// "the 12th Lakes Leaders' Meeting", "the Heads of Government
		// Meeting": a name of leaders' gatherings.
		if c.toks[j].upper && c.word(j, "leaders", "heads", "ministers") {
			return true // ("the Coastal Ministers' Conference")
		}
	}
	// "the Raisina Dialogue", "the Lakes Summit", "the Lakes Retreat": a
	// proper name of a summit-like gathering (a "Conference" may be a
	// trade fair's).
	if g > from && c.toks[g].upper && c.toks[g-1].upper && c.toks[g-1].kind == tokWord && c.word(g, "summit", "ministerial", "dialogue", "retreat", "forum") {
		return true
	}
	// "the third Andean Energy Forum": a numbered series under a
	// region's proper name.
	if g > from && c.toks[g].upper && c.toks[g-1].upper && c.ordinalName(from, g) && c.regionalName(from, g) {
		return true
	}
	// "the 12th session of the Joint Border Commission": a body of states.
	if c.properTail(g) {
		for q := g + 2; q < min(len(c.toks), g+9) && (c.toks[q].upper || c.word(q, "the", "of", "on", "and")); q++ {
			if c.in(q, en.BodyHeads) {
				return true
			}
		}
	}
	// "a meeting of health ministers from the Alpine countries", "a
	// working dinner for Adriatic health ministers".
	if c.word(g+1, "of", "for") && c.officialsGroup(g+2) > 0 {
		return true
	}
	// "the conference on Afghanistan", "a meeting of foreign ministers".
	if c.word(g+1, "on", "of") && g+2 < len(c.toks) {
		q := g + 2
		if c.word(q, "the") {
			q++
		}
		if mi := c.at[q]; mi >= 0 && (c.ms[mi].kind == mCountry || c.ms[mi].kind == mOrg) {
			return true
		}
		if c.word(q, "foreign", "finance", "defence", "defense", "trade", "oil", "energy", "heads", "leaders", "ministers") {
			return true
		}
		// "a meeting of NATO defence ministers", "of EU leaders".
		for r := q; r < min(len(c.toks), q+4) && c.toks[r].kind == tokWord; r++ {
			if c.word(r, "ministers", "leaders", "heads") && c.toks[q].upper {
				return true
			}
		}
		// "a meeting of the Baltic Quartet": a group of states by its
		// own name, not "of the Drilling Contractors Association".
		if c.word(g+1, "of") && c.word(g+2, "the") && c.statesGroupName(q) {
			return true
		}
	}
	return false
}

// groupMeeting reports a meeting noun at g that names a gathering of a
// group: "a meeting of NATO defence ministers", "a meeting of the Baltic
// Quartet", "an OPEC meeting".
func (c *sctx) groupMeeting(from, g int) bool {
	if !c.word(g, "meeting", "talks", "dialogue") {
		return false
	}
	if c.word(g+1, "of") {
		return c.namedGathering(from, g)
	}
	b := g - 1
	if b > 0 && c.toks[b].text == "+" {
		b-- // "an OPEC+ meeting"
	}
	if b < 0 {
		return false
	}
	mi := c.at[b]
	return mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc
}

// withAttendeesAfter returns the states and bodies of a "with" phrase
// after the gathering noun at g in its sentence that names those present
// by where they come from (en.AttendeeNouns): set off by a comma ("hosted
// peace talks in X on Monday, with observers from A, B and C"), or after a
// noun of a gathering of several states (en.SummitHeads: "a roundtable
// with envoys of A and B").
func (c *sctx) withAttendeesAfter(g int) []*entity {
	for j := g + 1; j+3 < len(c.toks); j++ {
		if c.toks[j].text == ";" || c.toks[j].text == "." {
			return nil
		}
		if !c.word(j, "with") || c.toks[j-1].text != "," && !c.in(g, en.SummitHeads) {
			continue // ("a meeting with leaders of X": those met; "a roundtable with envoys of A and B")
		}
		q := j + 1
		if c.word(q, "the") {
			q++
		}
		if c.in(q, en.AttendeeNouns) && c.word(q+1, "from", "of") {
			return c.statesOf(c.listAfter(q + 2))
		}
	}
	return nil
}

// newGathering records a gathering found at noun token g.
func (c *sctx) newGathering(k, g, nameFrom int) *event {
	// "the summit", "the close of the three-day summit": the gathering in
	// focus, when the phrase names no other ("the 12th session of the
	// Joint Commission" does).
	if last := c.st.lastGathering(c.si); last != nil && c.definiteBare(g) && !c.properTail(g) {
		last.seen = c.si
		return last
	}
	// `the "Outreach Plus" session`: a part of the gathering in focus,
	// named or not, when no "of" names another body, within six sentences
	// ("The leaders' plenary opened ..." after the trip that led there).
	if last := c.st.lastGathering(c.si); last != nil && c.inFocus(6) && c.in(g, en.GatheringParts) && c.partOfFocus(g) {
		last.seen = c.si
		return last
	}
	status := c.modality(k)
	// "X will host the summit": the noun after the verb has its own cues;
	// a noun that is the verb's subject shares the verb's clause.
	if status == schema.Occurred && g > k {
		status = c.modality(g)
	}
	e := &event{typ: schema.Gathering, status: status, sent: c.si, trig: g, conf: 0.7}
	e.name = c.gatheringName(nameFrom, g)
	c.dateFor(e, g)
	c.placeFor(e, min(k, g))
	c.relativeUnfold(e, g)
	if e.place == nil {
		e.place = c.cityInName(g)
	}
	c.thereScene(e)
	if e.place == nil && c.dlCity() != "" && (c.has("here") || !e.dated() || c.nearPublication(e)) {
		e.place = c.st.city(c.dlCity(), c.dlISO())
	}
	c.markOngoing(e)
	c.nameStates(e, nameFrom, g)
	parties := c.summitParties(g)
	for _, p := range parties {
		c.st.addAttendee(e, p) // "the summit between A and B"
	}
	e.markIf(cueBilateral, c.twoSided(g) || len(parties) == 2 && c.word(g+1, "between"))
	c.inaugurated(e, g)
	for _, a := range c.withAttendeesAfter(g) {
		c.st.addAttendee(e, a) // "..., with observers from A and B"
	}
	// "a summit of EC leaders", "the gathering of the exiled opposition".
	if c.word(g+1, "of") {
		q := g + 2
		if c.word(q, "the") {
			q++
		}
		if q < len(c.toks) && c.at[q] >= 0 && c.ms[c.at[q]].kind == mOrg && (c.ms[c.at[q]].bloc || !c.ms[c.at[q]].known) {
			c.st.addAttendee(e, c.st.org(c.ms[c.at[q]].name))
			e.convenor = c.st.org(c.ms[c.at[q]].name).canon()
		}
	}
	c.st.events = append(c.st.events, e)
	c.st.attendPending(e)
	return e
}

// countedInHistory reports an ordinal at o before a gathering's noun g
// that counts in someone's own history, not in the series: after "his"
// or "her" ("his first Forum summit"), or after "was the" with a "since"
// later in the clause ("the first summit hosted by Y since 2007").
func (c *sctx) countedInHistory(o, g int) bool {
	if !c.in(o, en.Ordinals) {
		return false
	}
	if c.word(o-1, "his", "her") {
		return true
	}
	if !c.word(o-1, "the") || !c.in(o-2, en.BeForms) {
		return false
	}
	for q := g + 1; q < len(c.toks) && c.toks[q].text != "." && c.toks[q].text != ";"; q++ {
		if c.word(q, "since") {
			return true
		}
	}
	return false
}

// pendingAttendees are those a sentence put at a gathering before any was
// told.
type pendingAttendees struct {
	sent int
	atts []*entity
}

// attendPending gives an occurred gathering the attendees told at most
// twelve sentences before it while no gathering was in focus.
func (st *docState) attendPending(e *event) {
	if e.status != schema.Occurred {
		return
	}
	kept := st.pending[:0]
	for _, p := range st.pending {
		if p.sent < e.sent && e.sent-p.sent <= 12 {
			for _, a := range p.atts {
				st.addAttendee(e, a)
			}
			continue
		}
		kept = append(kept, p)
	}
	st.pending = kept
}

// relativeUnfold reads the relative clause that tells the gathering at g
// going through its course ("the 9th Lakes Summit, which opened in Kigali
// on Sunday"): its day and city are the gathering's.
func (c *sctx) relativeUnfold(e *event, g int) {
	// "the 12th Summit of the Rim Association, which ...": past the
	// name's tail.
	for g+1 < len(c.toks) && (c.word(g+1, "of", "the", "and", "for", "on") || c.toks[g+1].kind == tokWord && c.toks[g+1].upper) {
		g++
	}
	if g+2 >= len(c.toks) || c.toks[g+1].text != "," || !c.word(g+2, "which") || c.phraseAt(g+3, en.Unfolds) == 0 && !(c.in(g+3, en.BeForms) && c.phraseAt(g+4, en.Unfolds) > 0) {
		return
	}
	end := c.relativeClose(g + 1)
	if end < 0 {
		end = len(c.toks)
	}
	lo, hi := c.toks[g+2].start-c.s.start, c.toks[end-1].end-c.s.start
	for _, d := range c.st.dates[c.si] {
		if d.Start >= lo && d.Start < hi && !d.Date.IsZero() {
			e.setDate(d.Date)
			e.endDate = d.EndDate
			break
		}
	}
	for j := g + 3; j+1 < end; j++ {
		if c.word(j, "in") && c.at[j+1] >= 0 && c.ms[c.at[j+1]].kind == mCity {
			m := c.ms[c.at[j+1]]
			e.place = c.st.city(m.name, m.iso3)
			break
		}
	}
}

// cityInName returns the city that qualifies the gathering noun at g
// ("the Geneva talks", "the Lome Security Conference"), or nil.
func (c *sctx) cityInName(g int) *entity {
	for j := g - 1; j >= max(0, g-4); j-- {
		t := c.toks[j]
		if t.kind != tokWord || !t.upper && !c.in(j, en.Ordinals) {
			return nil
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mCity {
			return c.st.city(c.ms[mi].name, c.ms[mi].iso3)
		}
	}
	return nil
}

// thereScene gives a gathering told in a sentence that opens with
// "There," the city and the one day the sentence before names: "X spent
// Sunday in Kuala Lumpur. There, X joined the summit".
func (c *sctx) thereScene(e *event) {
	city, _ := c.thereBefore()
	if city == nil {
		return
	}
	if e.place == nil {
		e.place = city
	}
	if ds := c.st.dates[c.si-1]; !e.dated() && len(ds) == 1 && ds[0].Date.Precision == schema.PrecisionDay && !ds[0].Future {
		e.setDate(ds[0].Date)
	}
}

// markOngoing flags a gathering the sentence shows under way on the
// publication day ("are attending", "at the opening of", "ended a meeting
// here").
func (c *sctx) markOngoing(e *event) {
	for j := 0; j+1 < len(c.toks); j++ {
		if c.word(j, "are", "is") && c.word(j+1, "attending", "meeting", "gathered", "taking") || c.word(j, "opening", "opened") {
			e.mark(cueOngoing)
			return
		}
		// "The summit is now under way", "is formally open", "is being
		// held": a present course.
		if q := j + 1; c.word(j, "are", "is") {
			for c.in(q, en.OpeningAdverbs) {
				q++
			}
			if c.word(q, "under", "underway", "open", "being") && !c.word(q+1, "to") {
				e.mark(cueOngoing)
				return
			}
		}
		// "ministers ended a meeting here": a wire story filed from the
		// dateline city the day the meeting closed.
		if c.word(j, "ended", "concluded", "closed") && c.has("here") && c.dlCity() != "" {
			e.mark(cueOngoing)
			return
		}
	}
}

// onPublicationDay reports an event dated the day of publication.
func (c *sctx) onPublicationDay(e *event) bool {
	p := c.st.a.Published
	return !p.IsZero() && e.date.Precision == schema.PrecisionDay && e.date.Time.Year() == p.Year() && e.date.Time.YearDay() == p.YearDay()
}

// nearPublication reports whether an event is dated the publication day or
// one of the three days before it.
func (c *sctx) nearPublication(e *event) bool {
	p := c.st.a.Published
	if p.IsZero() || e.date.Precision != schema.PrecisionDay {
		return false
	}
	// The day of publication or the few days before it: a story filed
	// from a summit city reports the summit there.
	d := p.Sub(e.date.Time)
	return d >= 0 && d <= 3*24*time.Hour || c.onPublicationDay(e)
}

// addAttendee adds an actor's country (or the organisation itself) to a gathering.
func (st *docState) addAttendee(g *event, a *entity) {
	if a == nil {
		return
	}
	a = a.canon()
	switch a.kind {
	case schema.KindPerson:
		if a = st.partyOf(a); a == nil {
			return
		}
	case schema.KindCity:
		return
	}
	if a.kind == schema.KindOrganization {
		// The presidents of the European Council and Commission attend
		// for the European Union: an institution attends as the
		// organisation it is part of.
		if u := st.partOf(a); u != nil {
			a = u
		}
	}
	if strings.EqualFold(a.name, g.name) {
		return // "The X Dialogue ... sent": the gathering is not its own guest
	}
	if !containsEntity(g.attendees, a) {
		g.attendees = append(g.attendees, a)
	}
	// A sentence that tells who attended keeps the gathering in focus:
	// "A sent its minister. B sent its envoy." read one after another.
	if st.cur > g.seen {
		g.seen = st.cur
	}
}

// lastGathering returns the most recent gathering, if it is recent: told
// or referred to within six sentences of prose (a live page's time stamps
// and other headings do not count).
func (st *docState) lastGathering(si int) *event { return st.gatheringWithin(si, 6) }

// storyReach is how many prose sentences back a sitting's noun ("the
// plenary", "the conference") may point to the story's gathering.
const storyReach = 40

// gatheringWithin returns the last gathering told or seen at most n prose
// sentences before si.
func (st *docState) gatheringWithin(si, n int) *event {
	for i := len(st.events) - 1; i >= 0; i-- {
		e := st.events[i]
		if e.typ == schema.Gathering && (st.proseBetween(e.sent, si) <= n || st.proseBetween(e.seen, si) <= n) {
			return e
		}
	}
	return nil
}

// proseBetween counts the sentences after a up to b that are not headings.
func (st *docState) proseBetween(a, b int) int {
	if st.prose == nil {
		// prose[i] is the number of prose sentences before sentence i.
		st.prose = make([]int, len(st.doc.sentences)+1)
		for i, s := range st.doc.sentences {
			st.prose[i+1] = st.prose[i] + boolInt(!s.heading)
		}
	}
	if len(st.storyDL) > 0 && st.storyOf(a) != st.storyOf(b) {
		return 1 << 20 // another item of a digest: nothing carries over
	}
	clamp := func(i int) int { return min(max(i, 0), len(st.doc.sentences)) }
	return st.prose[clamp(b+1)] - st.prose[clamp(a+1)]
}

// onlyGathering returns the story's one gathering that happened, or nil
// when it told none or several.
func (st *docState) onlyGathering() *event {
	var out *event
	for _, e := range st.events {
		if e.typ != schema.Gathering || e.status != schema.Occurred {
			continue
		}
		if out != nil {
			return nil
		}
		out = e
	}
	return out
}

// listAfter collects the actors of a coordinated list after token k within
// the clause ("including Chile, Peru and Bolivia").
func (c *sctx) listAfter(k int) []*entity { return c.listFrom(k, false) }

// labelList is listAfter for a list after a presence label, whose items
// a release may part with semicolons ("were: A, Prime Minister of X; B,
// President of Y; and C").
func (c *sctx) labelList(k int) []*entity { return c.listFrom(k, true) }

// ofItem reports a list item at j that goes on "the presidents of A, X;
// of B, Y; and of C, Z": "of" (after an "and") and a country.
func (c *sctx) ofItem(j int) bool {
	j += boolInt(c.word(j, "and"))
	return c.word(j, "of") && j+1 < len(c.toks) && c.at[j+1] >= 0 && c.ms[c.at[j+1]].kind == mCountry
}

func (c *sctx) listFrom(k int, semicolons bool) []*entity {
	var out []*entity
	for j := k; j < len(c.toks); j++ {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == "." || t.text == ";" && !semicolons && !c.ofItem(j+1)) {
			break
		}
		if c.word(j, "issued", "said", "agreed", "called", "who", "which", "urged", "will", "to", "while", "but", "whereas") {
			break
		}
		// "..., from A, B and C, for an exchange on a truce in Gaza": the
		// list ends where its purpose or topic begins.
		if c.word(j, "for", "about", "over", "regarding", "concerning") && (j+1 >= len(c.at) || c.at[j+1] < 0) {
			break
		}
		mi := c.at[j]
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		if m.kind == mDemonym && !m.modifier {
			out = append(out, c.st.country(m.iso3))
		} else if m.kind == mCity || c.namedPossession(m) {
			// a place, not an attendee; "X's envoy Y": Y
		} else if a := c.actor(mi); a != nil {
			out = append(out, a)
		}
		j = m.j - 1
	}
	return out
}

// gatherings reads gathering frames in the sentence.
func (c *sctx) gatherings() {
	for k := 0; k < len(c.toks); k++ {
		for _, tr := range en.Lookup(c.toks[k].lower) {
			if !tr.Frame.Gathering() {
				continue
			}
			if next, ok := c.gatheringFrame(tr, k); ok {
				k = next
				break
			}
		}
	}
	c.ceremonyNouns()
	c.copulaGathering()
	c.delegatesFrom()
	c.groupSubjectAttends()
	c.hostedBy()
	c.datedGathering()
	c.presenceList()
	c.hadPresent()
	c.questionedList()
	c.atGathering()
	c.withPresent() // after atGathering, which may find the gathering
	c.hostNamed()   // after atGathering too
	c.gatheringEnded()
	c.inPresenceAtGathering()
	c.arrivalsCopula()
}

// arrivalsCopula reads an arrival label as the subject of a copula or of
// "included": "Among the first to arrive were A and B", "Early arrivals
// included C": at the gathering in focus, come to its country.
func (c *sctx) arrivalsCopula() {
	for v := 2; v < min(len(c.toks), 8); v++ {
		if !c.word(v, "were", "was", "included", "include", "includes") {
			continue
		}
		if c.arrivalLabel(0, v) && c.modality(v) == schema.Occurred && c.st.lastGathering(c.si) != nil {
			list := c.labelList(v + 1)
			c.addPresent(v, list)
			c.visitsToGathering(v, list)
		}
		return
	}
}

// inPresenceAtGathering reads "X opened the forum in the presence of
// A and B" (or "together with A and B"): with no meeting told before it
// in the sentence, those named attend the gathering the sentence read.
func (c *sctx) inPresenceAtGathering() {
	for k := 0; k < len(c.toks); k++ {
		n := max(c.phraseAt(k, en.InPresenceOf), c.phraseAt(k, en.AlongWith)) // "... together with A and B"
		if n == 0 || c.word(k, "alongside") && c.gatheringNoun(k+1, 8) >= 0 {
			continue // "held alongside the council's session": another sitting
		}
		var g *event
		for _, e := range c.st.events {
			if e.sent == c.si && e.trig < k && e.typ == schema.Meeting {
				return // "X received Y in the presence of Z": delegates
			}
			if e.sent == c.si && e.typ == schema.Gathering && e.status == schema.Occurred {
				g = e
			}
		}
		if g != nil {
			for _, a := range c.listAfter(k + n) {
				c.st.addAttendee(g, a)
			}
		}
		return
	}
}

// gatheringFrame runs the gathering reader of one trigger row on the word
// at k and returns the token to go on after. A row that does not read the
// word (false) leaves it to the word's next row.
func (c *sctx) gatheringFrame(tr en.Trigger, k int) (int, bool) {
	switch tr.Frame {
	case en.Unfold:
		if c.heldRelative(k) {
			return k, true
		}
		if !c.unfold(k) && !c.outcome(k) {
			return k, false
		}
		c.heardSpeakers(k)
		if c.word(k, "convened") && c.word(k+1, "by") {
			c.hostAgent(k) // "The X Summit was convened by Y": Y hosts
		}
		return k, true
	case en.Ceremony:
		if head, _ := c.ceremonyPhrase(k); head == "" {
			return k, false // "took part": the word's next row
		}
		return c.ceremony(k), true
	case en.Convene:
		return c.convene(k), true
	case en.Gather:
		if c.word(k, "sat") && c.broughtTogether(k) {
			return k, true // "X sat A and B down for talks"
		}
		if c.word(k, "sat") && !c.word(k+1, "down") {
			return k, false // "Around the table sat ...": presence
		}
		if c.word(k, "convened") && !c.word(k+1, "in", "on", "for", "at") {
			return k, false // "X convened the summit": a host's
		}
		if c.word(k, "met") && !c.leadersSubject(k) && c.blocSubject(k) == nil {
			return k, false // "A and B met for the summit": a meeting's
		}
		if g := c.gathered(tr, k); g != k {
			return g, true
		}
		if c.word(k, "gathered", "convened", "assembled") {
			c.hostGatheredLeaders(k, k+1) // "X gathered European leaders at the palace"
		}
		return k, true
	case en.HostGathering:
		if c.word(k, "welcomed", "welcomes", "welcoming") {
			if !c.hostedDelegations(k) { // "X welcomed the leaders of A and B"
				c.welcomedGuests(k)
			}
			return k, true
		}
		return c.hostGathering(k), true
	case en.TakePart:
		return c.takePart(k), true
	case en.Send:
		return c.sendDelegation(k), true
	case en.Attend:
		return c.attendVerb(k), true
	case en.Present:
		return c.present(k), true
	case en.Among:
		return c.amongMembers(k), true
	case en.Skip:
		return c.skip(k), true
	case en.AbsentFrom:
		return c.absentFrom(k), true
	case en.Represented:
		return c.represented(k), true
	case en.Online:
		return c.online(k), true
	case en.VideoLink:
		return c.videoLink(k), true
	case en.Join:
		return c.joinTalks(k), true
	case en.Address:
		return c.addressGathering(k), true
	}
	return k, true
}

// groupSubjectAttends reads a sentence whose subject is a group named by
// its countries while a gathering is in focus: "Ministers from A, B and C
// pressed for ...", "The leaders of D and E asked ...": they are there.
func (c *sctx) groupSubjectAttends() {
	g := c.st.lastGathering(c.si)
	if g == nil || g.status != schema.Occurred || g.sent == c.si || c.si-max(g.sent, g.seen) > 2 || c.hasClass(en.FutureTense) {
		return // "Delegations from A and B will attend next year": not this one
	}
	j := 0
	if c.word(j, "the") {
		j++
	}
	if !c.in(j, en.AttendeeNouns) || !c.word(j+1, "from", "of") || c.modality(j) != schema.Occurred {
		// "..., with delegations from A, B and C sitting alongside X":
		// delegations anywhere in the sentence are there too.
		c.delegationsFrom(g)
		return
	}
	list, _ := c.objects(j+2, 2)
	added := false
	for _, a := range list {
		if a.kind == schema.KindCountry || a.kind == schema.KindOrganization {
			c.st.addAttendee(g, a)
			added = true
		}
	}
	if !added {
		c.delegationsFrom(g) // "Delegations from 60 states came, among them ..."
	}
}

// delegationsFrom reads "delegations from A, B and C", "welcomed leaders
// from A and B" in a sentence about the gathering in focus g: their
// countries attend it.
func (c *sctx) delegationsFrom(g *event) {
	for j := 0; j+2 < len(c.toks); j++ {
		f := j + 1
		if c.word(f, "of") && c.word(f+1, "state", "government") {
			f += 2 // "heads of state from A and B"
		}
		if c.word(f, "came", "arrived", "travelled", "traveled", "flew") {
			f++ // "delegations came from A and B"
		}
		if !c.in(j, en.AttendeeNouns) || !c.word(f, "from") || c.modality(j) != schema.Occurred {
			continue
		}
		// "Delegations from 60 countries came, among them contingents
		// from A and B": the first list may name no country.
		for _, a := range c.listAfter(f + 1) {
			if a.kind == schema.KindCountry || a.kind == schema.KindOrganization {
				c.st.addAttendee(g, a)
			}
		}
	}
}

// convene reads "held", "holds", "opened", "concluded", "wrapped".
// "ASEAN held its annual summit in Jakarta": the bloc met.
func (c *sctx) convene(k int) int {
	if c.in(k, en.ClosingParticiples) && !c.closingParticiple(k) {
		return k // only a participle after its clause: "Leaders agreed on X, closing a two-day summit"
	}
	if c.word(k, "drew", "draws", "drawing", "attracted", "attracts", "brought", "brings", "bring", "bringing") {
		return c.drewAttendees(k)
	}
	if g := c.convenedObject(k); g > 0 {
		return g
	}
	if g := c.openedInFocus(k); g >= 0 {
		return g
	}
	if r := c.heldRound(k); r > 0 {
		return r
	}
	obj := k + 1
	if c.word(k, "wrapped") && c.word(obj, "up") {
		obj++ // "X wrapped up its annual summit"
	}
	obj = c.skipPartOf(obj)
	bare, days := false, 0
	if !c.word(obj, "its", "a", "an", "the", "their") {
		// "NATO ministers held talks", "... ended three days of
		// informal talks": no determiner, only a bloc's people convene.
		if n := c.spanOf(obj); n > 0 {
			if c.word(obj+1, "day", "days") {
				days = timex.NumberWord(c.toks[obj].lower)
			}
			obj += n
		}
		bare = true
	}
	g := c.gatheringNoun(obj, 5)
	ofNamed := false
	if g > 0 && (c.in(g, en.GatheringParts) || c.word(g, "session", "sitting", "plenary")) && c.word(g+1, "of") && !bare {
		// "leaders held their first plenary session of the 53rd Lakes
		// Leaders Meeting": the named gathering the session is part of.
		q := g + 2
		if c.word(q, "the") {
			q++
		}
		if g2 := c.gatheringNoun(q, 9); g2 > q && c.toks[g2].upper && c.namedGathering(q, g2) {
			obj, g, ofNamed = q, g2, true
		}
	}
	bloc := c.blocMembersSubject(k)
	if g < 0 && bare && bloc != nil && c.word(obj, "meetings") {
		g = obj // "the bloc's envoys ended three days of meetings"
	}
	if bare && (bloc == nil || g < 0 || c.toks[g].lower != "talks" && c.toks[g].lower != "consultations" && c.toks[g].lower != "meetings" || g-obj > 1 || c.word(g+1, "with")) {
		return k
	}
	// "The Lake Basin Group held its annual meeting": a body the lexicon
	// does not know, named whole.
	namedBody := c.word(obj, "its", "their") && c.namedBodySubject(k)
	if g < 0 || c.word(g, "talks", "meeting", "dialogue", "session") && !c.word(obj, "its") && bloc == nil && !ofNamed && !namedBody {
		return k
	}
	var orgs []*entity
	for _, s := range c.subjects(k) {
		if s.kind == schema.KindOrganization {
			orgs = append(orgs, s)
		}
	}
	if len(orgs) == 0 && bloc != nil {
		orgs = append(orgs, bloc) // "Arab League foreign ministers held a meeting"
	}
	if c.modality(k) != schema.Occurred {
		return k
	}
	// "Host X opened the Council of Ministers": a named sitting
	// opened by the person who chairs it.
	if c.namedOpener(k, g) != nil {
		c.openerAttends(k, c.newGathering(k, g, obj))
		return g
	}
	// "Andean leaders opened their yearly summit": a
	// group of leaders convening their own multilateral meeting.
	if len(orgs) == 0 && !((c.word(obj, "their") && c.word(g, "summit", "conference", "forum", "assembly", "congress") || ofNamed) && c.leadersSubject(k)) && !namedBody {
		return k
	}
	e := c.newGathering(k, g, obj)
	for _, o := range orgs {
		c.st.addAttendee(e, o)
		e.convenor = o.canon()
	}
	if e.place == nil && c.closingParticiple(k) {
		c.placeFor(e, -1) // "Leaders agreed in Lusaka on X, closing a summit": the clause's place
	}
	c.closedAfterDays(k, g+1) // ", closing a two-day summit"
	if days > 1 && c.word(k, "wrapped", "concluded", "ended", "closed") && e.dated() && e.date.Precision == schema.PrecisionDay && e.endDate.IsZero() {
		// "ended three days of talks on Saturday": Thursday to Saturday.
		e.endDate = e.date
		e.setDate(schema.Day(e.date.Time.AddDate(0, 0, 1-days)))
	}
	return g
}

// convenedObject reads a gathering named as the object of an opening or
// closing verb at k, whoever the subject ("wrapped up the Lake Basin
// summit"), or a region's leaders' own sitting; it returns the gathering
// noun's token, or -1.
func (c *sctx) convenedObject(k int) int {
	today := c.liveToday(k)
	if (c.word(k, "wrapped", "concluded", "opened", "held", "closed", "ended") || today) && (c.modality(k) == schema.Occurred || today && c.modality(k) == schema.Planned) {
		from := k + 1
		if c.word(from, "up") {
			from++
		}
		// "opened in this city on Monday the 9th Summit of ...".
		from = c.skipPartOf(c.skipAdverbials(from))
		if c.word(from, "a", "an", "the", "its", "their") {
			if g := c.gatheringNoun(from+1, 6); g > 0 && g > from+1 && (c.toks[g-1].upper && c.toks[g-1].kind == tokWord || c.properPlural(g-1) && !c.word(g+1, "with") || c.toks[g].upper && c.properTail(g)) {
				name := from + 1
				for name < g && !c.toks[name].upper && !c.in(name, en.Ordinals) && !hasDigit(c.toks[name].text) {
					name++ // "a two-day Lake Volta Basin summit": the name
				}
				e := c.newGathering(k, g, name)
				if today && e.status == schema.Planned && c.onPublicationDay(e) {
					e.status = schema.Occurred // opened or closed today: under way
				}
				c.openerAttends(k, e)
				c.closedAfterDays(k, g+1) // "wrapped up the two-day X Summit on Tuesday"
				return g
			}
			// "Nordic ministers closed an informal session in Oslo": a
			// region's leaders hold a gathering of their own.
			// "Adriatic health ministers held their spring meeting":
			// a sitting of their own needs no name.
			if g := c.gatheringNoun(from+1, 6); g > 0 && c.regionalLeadersBefore(k) && (c.namedGathering(from+1, g) || c.in(g, en.SittingNouns)) {
				c.newGathering(k, g, from+1)
				return g
			}
		}
	}
	return -1
}

// properPlural reports the apostrophe of a capitalised plural at j, part
// of a name: "Leaders'" in "the Lake Basin Leaders' Summit".
func (c *sctx) properPlural(j int) bool {
	return j >= 1 && (c.toks[j].text == "'" || c.toks[j].text == "’") && c.toks[j-1].upper && c.toks[j-1].kind == tokWord && c.toks[j].start == c.toks[j-1].end
}

// closingParticiple reports a participle of closing at k after the comma
// that ends its clause: "NATO leaders agreed on Y, closing a two-day
// summit" (its subject and place are that clause's).
func (c *sctx) closingParticiple(k int) bool {
	return k > 0 && c.toks[k-1].text == "," && c.in(k, en.ClosingParticiples)
}

// heldRound reads "A and B held their third round in Lusaka", "concluded a
// second round on Friday": a round of the two sides' talks, a meeting of
// its subjects. It returns the noun's token, or -1 ("a round of
// sanctions", "the first round of voting" are none).
func (c *sctx) heldRound(k int) int {
	if !c.word(k, "held", "holds", "concluded", "wrapped", "ended", "closed", "opened") {
		return -1
	}
	q := k + 1 + boolInt(c.word(k+1, "up"))
	if !c.word(q, "their", "a", "another") {
		return -1
	}
	for n := 0; n < 2 && c.plainWord(q+1) && !c.word(q+1, "round", "rounds"); n++ {
		q++ // "their fifth", "a second, shorter"
	}
	if !c.word(q+1, "round", "rounds") || c.word(q+2, "of") || !c.meetingOfTwoSides(k, c.subjects(k)) {
		return -1
	}
	return q + 1
}

// liveToday reports a verb at k that opens or closes a gathering today:
// "X opens the 9th Andean Summit this morning" (a live report), "X is
// set to close the summit this afternoon" (one under way).
func (c *sctx) liveToday(k int) bool {
	return c.word(k, "opens", "concludes", "closes", "open", "conclude", "close") && c.has("today", "morning", "afternoon", "tonight", "evening") && !c.tomorrow()
}

// skipPartOf steps over "the first part of", "the final leg of" at q to
// the gathering they are part of ("opened the second half of its annual
// session").
func (c *sctx) skipPartOf(q int) int {
	if c.word(q, "the") && c.word(q+1, "first", "second", "third", "final", "last", "opening", "closing", "resumed") && c.word(q+2, "part", "half", "leg", "segment") && c.word(q+3, "of") {
		return q + 4
	}
	return q
}

// heldRelative reads a passive "held" that hangs on the named gathering
// before it: "the 5th Lakes Forum, held in Kigali", "the Ocean Summit,
// which was held at the palace": the gathering happened.
func (c *sctx) heldRelative(k int) bool {
	if !c.word(k, "held") || c.modality(k) != schema.Occurred {
		return false
	}
	b := k - 1
	if c.word(b, "was", "were") && c.word(b-1, "which", "that") {
		b -= 2
	}
	if b < 1 || c.toks[b].text != "," && b == k-1 {
		return false // "The X Forum held its session": the subject's verb
	}
	if c.toks[b].text == "," {
		b--
	}
	g := -1
	for j := b; j >= max(0, b-8) && c.toks[j].kind == tokWord; j-- {
		if en.GatheringNouns[c.toks[j].lower] && (c.toks[j].upper && j == b || c.properTail(j)) {
			g = j // "the Summit", "the Session of the Assembly", "a meeting of the X Council"
			break
		}
		if !c.toks[j].upper && !c.word(j, "of", "the", "and") {
			break
		}
	}
	if g < 0 || c.word(g, "talks") {
		return false
	}
	from := c.nameStart(g)
	if !c.namedGathering(from, g) && !c.properTail(g) {
		return false
	}
	c.gatheringDatedAt(k, g, from)
	return true
}

// gatheringDatedAt records the gathering at noun g whose verb at k comes
// after it ("the X Summit, which was held in Apia on Friday", "the fourth
// summit of Y ended in Z on Friday"): a new one takes the day and place
// told around the verb.
func (c *sctx) gatheringDatedAt(k, g, from int) {
	if e := c.newGathering(k, g, from); e.sent == c.si && e.trig == g {
		c.dateFor(e, k)
		if e.place == nil {
			c.placeFor(e, k)
		}
	}
}

// spanOf returns the length of a span of time opening a noun phrase at j
// ("two days of", "a day of", "three rounds of"), or 0.
func (c *sctx) spanOf(j int) int {
	if !(c.word(j, "a", "one") || c.in(j, en.SmallNumbers) || c.toks[min(j, len(c.toks)-1)].kind == tokNum) {
		return 0
	}
	if c.word(j+1, "day", "days", "rounds", "round", "hours", "weeks") && c.word(j+2, "of") {
		return 3
	}
	return 0
}

// openedInFocus reads "X, the bloc's chair, opened the meeting": "the"
// and a bare gathering noun point back to the gathering in focus, which
// the opener's country attends. It returns the noun, or -1.
func (c *sctx) openedInFocus(k int) int {
	if !c.word(k, "opened", "closed", "chaired") || !c.word(k+1, "the") || c.modality(k) != schema.Occurred {
		return -1
	}
	g := c.gatheringNoun(k+2, 2)
	e := c.st.lastGathering(c.si)
	if g < 0 || c.toks[g].upper || e == nil || e.sent == c.si || c.si-max(e.sent, e.seen) > 2 {
		return -1
	}
	for _, s := range c.subjects(k) {
		if p := c.st.partyOf(s); p != nil && p.kind == schema.KindCountry {
			c.st.addAttendee(e, p)
		}
	}
	return g
}

// blocMembersSubject returns the bloc whose members are the subject
// before k: "Arab League foreign ministers", "ASEAN leaders", "the bloc's
// heads of state" after the bloc's name.
func (c *sctx) blocMembersSubject(k int) *entity {
	cs := c.clauseStart(k)
	for _, m := range c.ms {
		if m.i < cs || m.j > k || m.kind != mOrg || m.company {
			continue
		}
		// "Trade ministers of the G20 closed ...": the bloc's people
		// named before it, the bloc ending the subject.
		of := m.i - 1 - boolInt(c.word(m.i-1, "the"))
		ends := m.j == k || m.j == c.pastBlocNoun(k) // "of the BRICS group"
		if m.bloc && ends && c.word(of, "of") && c.in(of-1, en.AttendeeNouns) {
			return c.st.org(m.name)
		}
		for q := m.j; q < min(k, m.j+3); q++ {
			if c.in(q, en.AttendeeNouns) {
				return c.st.org(m.name)
			}
		}
	}
	return nil
}

// hostedNounBefore returns the gathering noun (not "talks") that a
// participle at k follows: one of the three words before it ("the summit
// hosted by"), or the word before a place phrase and comma ending there
// ("the summit in Kisumu, hosted by"); -1 for none.
func (c *sctx) hostedNounBefore(k int) int {
	noun := func(j int) bool { return j >= 0 && en.GatheringNouns[c.toks[j].lower] && !c.word(j, "talks") }
	if p := c.pastPlaceOf(k - 1); p < k-1 {
		if noun(p) {
			return p
		}
		return -1
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if noun(j) {
			return j
		}
	}
	return -1
}

// pastPlaceOf returns the token before a place phrase and comma that end
// at j ("summit in Kisumu," before "hosted by"), or j when there is none.
func (c *sctx) pastPlaceOf(j int) int {
	q := j
	if q >= 0 && c.toks[q].text == "," {
		q--
	}
	mi := c.at[max(q, 0)]
	if q < 0 || mi < 0 || c.ms[mi].kind != mCity && c.ms[mi].kind != mCountry || c.ms[mi].j != q+1 || !c.word(c.ms[mi].i-1, "in", "at") {
		return j
	}
	return c.ms[mi].i - 2
}

// skipAdverbials returns the first token from q past adverbials of time
// and place that may stand between a verb and its object ("on Wednesday",
// "in this city", "in Lima", "here", "formally").
func (c *sctx) skipAdverbials(q int) int {
	for n := 0; n < 6 && q < len(c.toks); n++ {
		switch {
		case c.word(q, "here", "today", "yesterday", "formally", "officially", "finally", "jointly", "again", "once"):
			q++
		case c.word(q, "this") && c.word(q+1, "year", "time", "round", "term", "session", "morning", "afternoon", "evening", "week"),
			c.word(q, "last") && c.word(q+1, "night", "week", "month", "year"):
			q += 2 // "co-chaired this time by X", "took part last week in"
		case c.word(q, "for") && c.word(q+1, "the") && c.word(q+2, "first", "second", "third", "last") && c.word(q+3, "time"):
			q += 4 // "hosted for the first time by X"
		case c.toks[q].text == "," && (n > 0 || c.skipAdverbials(q+1) > q+1):
			q++ // "received in audience, on Friday, the envoy"
		case c.inAudience(q) > 0:
			q = c.inAudience(q) // "received in audience on Monday his guest", "in a private audience by X"
		case c.word(q, "on", "in", "at", "this", "last") && (c.in(q+1, en.WeekdayWords) || en.MonthNames[c.toks[min(q+1, len(c.toks)-1)].lower] != 0):
			q += 2
			for q < len(c.toks) && (c.toks[q].kind == tokNum || c.word(q, "morning", "afternoon", "evening", "night")) {
				q++
			}
		case c.word(q, "in", "at") && c.word(q+1, "this", "that", "the") && c.word(q+2, "city", "capital", "town", "resort", "port"):
			q = c.skipCityName(q + 3) // "in the capital Lilongwe", "in the capital, Lilongwe,"
		case c.word(q, "at", "in") && c.word(q+1, "his", "her", "their", "its") && c.venueEnd(q+2) > 0:
			q = c.venueEnd(q + 2) // "received, at her official residence in X, the minister"
		case c.word(q, "at") && c.word(q+1, "the") && c.venueEnd(q+2) > 0:
			q = c.venueEnd(q + 2) // "at the Belgrano convention centre"
			if c.word(q, "of") {
				q = c.skipNameOf(q) // "at the Hall of the Nation"
			}
		case c.word(q, "at") && q+1 < len(c.toks) && c.toks[q+1].upper && c.at[q+1] < 0 && c.venueEnd(q+1) > 0:
			q = c.venueEnd(q + 1) // "at Parliament House", "at State House"
		case c.word(q, "in", "at") && q+1 < len(c.toks) && c.at[q+1] >= 0 && (c.ms[c.at[q+1]].kind == mCity || c.ms[c.at[q+1]].kind == mCountry):
			q = c.ms[c.at[q+1]].j
		default:
			return q
		}
	}
	return q
}

// skipCityName returns the token after a city named at q in apposition
// to "the capital" before it, commas included, or q.
func (c *sctx) skipCityName(q int) int {
	p := q
	if p < len(c.toks) && c.toks[p].text == "," {
		p++
	}
	if p >= len(c.toks) || c.at[p] < 0 || c.ms[c.at[p]].kind != mCity || c.ms[c.at[p]].i != p {
		return q
	}
	p = c.ms[c.at[p]].j
	if q < len(c.toks) && c.toks[q].text == "," && p < len(c.toks) && c.toks[p].text == "," {
		p++
	}
	return p
}

// skipNameOf returns the token after the "of" phrase at q that ends a
// capitalised name ("of the Republic", "of Culture"), or q.
func (c *sctx) skipNameOf(q int) int {
	j := q + 1
	if c.word(j, "the") {
		j++
	}
	if j >= len(c.toks) || !c.toks[j].upper || c.toks[j].kind != tokWord || c.at[j] >= 0 {
		return q
	}
	for j < len(c.toks) && c.toks[j].upper && c.toks[j].kind == tokWord && c.at[j] < 0 {
		j++
	}
	return j
}

// venueEnd returns the token after a venue's name that starts at q and
// ends in a venue noun within five words ("Belgrano convention centre"),
// or -1.
func (c *sctx) venueEnd(q int) int {
	for j := q; j < min(len(c.toks), q+5); j++ {
		if c.toks[j].kind != tokWord {
			return -1
		}
		if c.in(j, en.VenueNouns) {
			return j + 1
		}
	}
	return -1
}

// namedOpener returns the one person who "opened" or "chaired" the named
// gathering at g (a capitalised head: "the Council of Ministers",
// "the 9th Ocean Summit"), or nil.
func (c *sctx) namedOpener(k, g int) *entity {
	// "X opened the Council of Ministers", "X opened the two-day summit".
	// "X opened the Andean summit": a name before the noun too.
	if !c.word(k, "opened", "opens", "open", "chaired") || !c.toks[g].upper && !c.toks[max(g-1, 0)].upper && !c.bareSummitAfter(k, g) {
		return nil
	}
	subj := c.subjects(k)
	if len(subj) != 1 || subj[0].kind != schema.KindPerson {
		return nil
	}
	return subj[0]
}

// bareSummitAfter reports an unnamed summit at g right after the verb at
// k: a determiner and lower-case modifiers only ("opened the two-day
// summit").
func (c *sctx) bareSummitAfter(k, g int) bool {
	// A forum or conference opened may be a business or a domestic one.
	if !c.word(g, "summit", "mini-summit", "minisummit", "ministerial") || !c.word(k+1, "the", "a", "an", "this", "its") || g-k > 5 {
		return false
	}
	for j := k + 2; j < g; j++ {
		if c.toks[j].text == "'" && c.toks[j].start == c.toks[j-1].end {
			continue // "the leaders' summit"
		}
		if c.toks[j].kind != tokWord && c.toks[j].kind != tokNum || c.toks[j].upper || c.at[j] >= 0 {
			return false
		}
	}
	return true
}

// openerAttends gives gathering e the country of the one person who
// "opened" or "chaired" it at k (the gazetteer's when the text gives
// none), as its host too when a host word is told, and those named beside
// the opener.
func (c *sctx) openerAttends(k int, e *event) {
	if e.sent != c.si {
		return
	}
	// "X opened the talks beside the leaders of A and B".
	for _, a := range c.addedAttendees(k) {
		c.st.addAttendee(e, a)
	}
	opener := c.namedOpener(k, e.trig)
	if opener == nil {
		return
	}
	if h := c.st.partyOf(opener); h != nil && h.kind == schema.KindCountry {
		c.st.addAttendee(e, h)
		if c.hostWordBefore(k) {
			e.host = h
		}
	}
}

// hostWordBefore reports a host role word in the clause before k ("Host
// X opened", "As host, X opened").
func (c *sctx) hostWordBefore(k int) bool {
	for j := c.clauseStart(k); j < k; j++ {
		if c.in(j, en.HostRoles) {
			return true
		}
	}
	return false
}

// drewAttendees reads a gathering that "drew" or "attracted" its
// attendees: "The summit in Lome on Thursday drew the presidents of Ghana,
// Kenya and Benin".
func (c *sctx) drewAttendees(k int) int {
	if c.modality(k) != schema.Occurred {
		return k
	}
	g := c.drawerBefore(k)
	if g < 0 && !c.word(k-1, "which", "that") && !(c.word(k-1, "also", "then") && c.word(k-2, "which", "that")) && c.broughtTogether(k) {
		return k
	}
	o := k + 1
	together := c.word(o, "together", "in")
	if together {
		o++ // "brought together", "the outreach sessions brought in"
	}
	if c.partBroughtIn(g, o) {
		return k
	}
	// "X brought European leaders to the palace for an emergency
	// meeting": gathered them, as "brought together".
	broughtFor := c.word(k, "brought", "brings", "bring") && c.forGatheringAfter(o)
	if g < 0 && (together || broughtFor) && (c.hostBroughtTogether(k, o) || c.hostGatheredLeaders(k, o)) {
		return k
	}
	var e *event
	if g < 0 {
		// "It drew the leaders of A and B": the gathering in focus.
		// "The summit opened in X, bringing together A and B": the
		// gathering the clause before told.
		last := c.st.lastGathering(c.si)
		participle := c.word(k, "bringing", "drawing") && k > 0 && c.toks[k-1].text == "," && last != nil && last.sent == c.si
		// "It drew ...", "Besides A and B, it brought together ...".
		itDrew := c.word(k-1, "it") && (c.clauseStart(k) == k-1 || k > 1 && c.toks[k-2].text == ",")
		if !participle && (last == nil || c.si-max(last.sent, last.seen) > 2 || !itDrew) {
			return k
		}
		e = last
	}
	obj, _ := c.objects(o, 6)
	if colon := c.colonAfterGeneric(o); colon > 0 {
		// "brought together heads of government who flew in on Monday:
		// A, B and C": the list after the colon names them.
		obj = c.labelList(colon + 1)
		c.arrivedBeforeColon(o, colon, obj)
	} else if q := o + boolInt(c.word(o, "the")); c.in(q, en.AttendeeNouns) {
		// "drew the leaders of A, B and C", "brings together delegates
		// and observers of A and B": their countries.
		if c.word(q+1, "and", "or") && c.in(q+2, en.AttendeeNouns) {
			q += 2
		} else if c.word(q+1, "and", "or") && q+3 < len(c.toks) && c.toks[q+2].kind == tokWord && !c.toks[q+2].upper && c.in(q+3, en.AttendeeNouns) {
			q += 3 // "the ministers or senior representatives of A and B"
		}
		if c.word(q+1, "of", "from") {
			obj = c.listAfter(q + 2)
		}
	}
	// "The X talks, organised by A and co-chaired by B, brought
	// together ...": the organisers attend too.
	if g >= 0 {
		for j := g + 1; j < k; j++ {
			if c.word(j, "convened", "hosted", "co-hosted", "organised", "organized", "chaired", "co-chaired") && c.word(j+1, "by") {
				obj = append(obj, c.agentNamed(j+2)...)
			}
		}
	}
	// "a meeting that brought A and B together with their counterparts,
	// C and D": both lists; people of two countries at a meeting or talks
	// hold one meeting, not a gathering.
	obj = append(obj, c.broughtWith(o)...)
	if len(obj) > 0 {
		obj = append(obj, c.countedBefore(k, g)...)
	}
	if g >= 0 && c.word(g, "meeting", "talks", "session", "round") && c.meetingOfTwoSides(k, obj) {
		return k
	}
	atts := c.statesOf(obj)
	// "The Lima summit brought together an unusual cast": a named
	// gathering met, whoever the text goes on to list.
	// "The summit brought A and B to the capital" names them; "The summit
	// brought a deal" names no one.
	bring := c.word(k, "brought", "brings", "bring", "bringing") && !together
	// "The annual forum drew ministers from more than 40 countries": a
	// gathering of states that met, its attendees told after.
	counted := g >= 0 && e == nil && c.statesCounted(o)
	if len(atts) == 0 && !counted && (e != nil || bring || g < 1 || !c.toks[g-1].upper || c.toks[g-1].kind != tokWord || !c.namedGathering(g-1, g)) {
		return k
	}
	if e == nil {
		from := g
		// ("Foreign Ministers' Meeting": past a plural's apostrophe.)
		for from > 0 && (c.toks[from-1].kind == tokWord && (c.toks[from-1].upper || c.in(from-1, en.Ordinals) || hasDigit(c.toks[from-1].text)) && !c.word(from-1, "the") ||
			c.properPlural(from-1)) {
			from--
		}
		e = c.newGathering(k, g, from)
	}
	for _, a := range atts {
		c.st.addAttendee(e, a)
	}
	return k
}

// agentNamed returns the agent of a passive participle, from j: "by
// X", or the name after an office held ("by the bloc's chairman, Malawi's
// X").
func (c *sctx) agentNamed(j int) []*entity {
	hs, _ := c.objects(j, 2)
	if len(hs) > 0 {
		return hs
	}
	for q := j; q < min(len(c.toks), j+6); q++ {
		if c.toks[q].text == "," {
			hs, _ = c.objects(q+1, 2)
			return personsOf(hs)
		}
		if c.toks[q].kind != tokWord && c.toks[q].text != "'s" && c.toks[q].text != "'" {
			break
		}
	}
	return nil
}

// drawerBefore returns the gathering noun that is the subject of the
// drawing verb at k, or -1.
func (c *sctx) drawerBefore(k int) int {
	if g := c.coordinatedDrawer(k); g >= 0 {
		return g
	}
	lo := max(0, k-8)
	for j := k - 1; j >= lo; j-- {
		if c.toks[j].text == "," {
			// "The X Summit, hosted by Y in Z, drew ...": step over the
			// closed appositive to its head.
			if r := c.appositiveStart(j); r > 0 {
				j, lo = r, max(0, r-8)
				continue
			}
			// "The session, the second of its kind, brought
			// together ...": a noun phrase set off after the noun.
			if r := c.nounAppositiveStart(j); r > 0 {
				j, lo = r, max(0, r-8)
				continue
			}
			// "a session hosted by X, which brought together ...": its
			// noun ("which brings together" tells a body's members).
			if j == k-2 && c.word(k-1, "which") && !c.word(k, "brings", "bring", "draws", "attracts") {
				lo = max(0, j-12)
				continue
			}
		}
		// "The "X Summit" itself drew ...": past the emphasis and the
		// closing quote to the noun.
		if c.word(j, "itself") || isQuote(c.toks[j].text) && j < k-1 && c.word(j+1, "itself") {
			continue
		}
		if c.toks[j].kind == tokPunct {
			break
		}
		if c.drawingNoun(j) {
			return j
		}
	}
	return -1
}

// coordinatedDrawer returns the gathering noun that opens the sentence
// when the drawing verb at k is coordinated with a passive before it:
// "The Sunday session was chaired by X and brought together A and B"; -1
// otherwise.
func (c *sctx) coordinatedDrawer(k int) int {
	if !c.word(k-1, "and") {
		return -1
	}
	for j := 0; j < min(k, 5); j++ {
		if c.drawingNoun(j) && c.word(j+1, "was", "were") && c.word(j+2, "hosted", "chaired", "convened", "organised", "organized", "held", "opened") {
			return j
		}
	}
	return -1
}

// drawingNoun reports a gathering noun at j that may draw attendees: "The
// forums drew ...", or a part of the gathering in focus, "The plenary
// brought together ...".
func (c *sctx) drawingNoun(j int) bool {
	w := c.toks[j].lower
	return en.GatheringNouns[w] || en.GatheringNouns[strings.TrimSuffix(w, "s")] ||
		c.in(j, en.GatheringParts) && c.partOfFocus(j) && c.inFocus(6)
}

// statesOf returns the states and bodies the parties es stand for: a
// country or an organisation itself, a person's country.
func (c *sctx) statesOf(es []*entity) []*entity {
	var out []*entity
	for _, o := range es {
		if o = o.canon(); o.kind == schema.KindCountry || o.kind == schema.KindOrganization {
			out = append(out, o)
		} else if o.kind == schema.KindPerson && o.iso3 != "" {
			out = append(out, c.st.country(o.iso3))
		}
	}
	return out
}

// statesCounted reports a count of states after the object of a
// gathering's verb at o: "ministers from more than 40 countries",
// "delegations of some 30 nations".
func (c *sctx) statesCounted(o int) bool {
	for j := o; j < min(len(c.toks), o+8); j++ {
		if c.toks[j].kind == tokNum || c.in(j, en.QuantityWords) {
			q := j + 1
			for q < len(c.toks) && (c.toks[q].kind == tokNum || c.in(q, en.QuantityWords)) {
				q++
			}
			return c.word(q, "countries", "nations", "states", "governments")
		}
		if c.toks[j].kind == tokPunct || c.at[j] >= 0 && !c.in(j, en.AttendeeNouns) {
			return false
		}
	}
	return false
}

// broughtWith returns those a gathering brought its first guests
// "together with" or "face to face with", after token o.
func (c *sctx) broughtWith(o int) []*entity {
	for j := o; j+1 < len(c.toks) && j < o+14 && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "together") && c.word(j+1, "with") {
			return c.listAfter(j + 2)
		}
		// "brought X face to face with envoys of A and B".
		if n := c.phraseAt(j, [][]string{{"face", "to", "face", "with"}, {"face-to-face", "with"}}); n > 0 {
			return c.listAfter(j + n)
		}
	}
	return nil
}

// partBroughtIn reads a part of the gathering in focus that brought
// people in ("Tuesday's outreach sessions brought in A and B", "the
// leaders' session brought together those who flew in: C and D"), not a
// gathering of its own; it reports whether it read one. g is the
// gathering noun before the verb, o the verb's object.
func (c *sctx) partBroughtIn(g, o int) bool {
	if g < 0 || c.toks[g].upper || c.word(g-1, "the", "a", "an") {
		return false
	}
	last := c.st.lastGathering(c.si)
	if last == nil || c.si-max(last.sent, last.seen) > 4 {
		return false
	}
	list := c.listAfter(o)
	if colon := c.colonAfterGeneric(o); colon > 0 {
		list = c.labelList(colon + 1)
		c.arrivedBeforeColon(o, colon, list)
	}
	for _, a := range list {
		c.st.addAttendee(last, a)
	}
	return true
}

// colonAfterGeneric returns the colon that closes an object at o naming
// no one ("the leaders who landed on Monday:"), or -1.
func (c *sctx) colonAfterGeneric(o int) int {
	for j := o; j < min(len(c.toks), o+20); j++ {
		switch {
		case c.toks[j].text == ":":
			if j == o {
				return -1
			}
			return j
		case c.toks[j].kind == tokPunct && c.toks[j].text != "," && c.toks[j].text != "-":
			return -1
		case c.at[j] >= 0 && c.ms[c.at[j]].kind != mCity && c.ms[c.at[j]].kind != mRole:
			return -1 // the object names someone before any colon
		}
	}
	return -1
}

// arrivedBeforeColon reads the visits of a list whose label says they
// arrived ("leaders who flew in on Monday: A and B") to the country of the
// gathering in focus.
func (c *sctx) arrivedBeforeColon(o, colon int, list []*entity) {
	for j := o; j < colon; j++ {
		if c.in(j, en.CameWithVerbs) && c.modality(j) == schema.Occurred {
			c.visitsToGathering(j, list)
			return
		}
	}
}

// meetingOfTwoSides records one meeting of people from two countries at
// most, brought together by a meeting or talks at k ("a '2+2' meeting
// that brought A and B together with C and D"); it reports whether it did.
func (c *sctx) meetingOfTwoSides(k int, obj []*entity) bool {
	people := personsOf(obj)
	if len(people) < 2 || c.modality(k) != schema.Occurred {
		return false
	}
	sides := map[string]bool{}
	for _, o := range obj {
		// A person of a stated country, or a group's country ("their
		// Korean counterparts"): a side already named, or one more.
		if o = o.canon(); o.kind != schema.KindPerson || o.iso3 != "" && !o.guessed {
			sides[c.st.historical(o.iso3)] = true
		}
	}
	if len(sides) > 2 {
		return false
	}
	for _, e := range c.addMeeting(k, people, nil, true) {
		c.meetingDetails(e, k)
	}
	return true
}

// hostBroughtTogether reads a host that "brought together" people from
// several countries for a gathering (the list from o): "In 2023, Jeddah
// brought together advisers from 40 countries, including A, B and C, for
// talks on X". The gathering named after "for" has the host's country
// and those listed as attendees. It reports whether it read one.
func (c *sctx) hostBroughtTogether(k, o int) bool {
	if k == 0 || c.at[k-1] < 0 {
		return false
	}
	m := c.ms[c.at[k-1]]
	if m.kind != mCity && m.kind != mCountry || m.iso3 == "" {
		return false
	}
	g := -1
	for j := o; j+1 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "for") {
			g = c.gatheringNoun(j+1, 4)
			break
		}
	}
	if g < 0 {
		return false
	}
	list := c.addedAttendees(o - 1) // "..., including A, B and C"
	if len(list) == 0 {
		list = c.listAfter(o)
	}
	e := c.newGathering(k, g, g)
	if !e.dated() {
		c.dateFor(e, k) // "In August 2023, X brought together ..."
	}
	if e.place == nil && m.kind == mCity {
		e.place = c.st.city(m.name, m.iso3)
	}
	host := c.st.country(m.iso3)
	e.host = host
	c.st.addAttendee(e, host)
	for _, a := range list {
		if a = a.canon(); a.kind == schema.KindCountry || a.kind == schema.KindOrganization {
			c.st.addAttendee(e, a)
		}
	}
	return true
}

// broughtTogether reads one person bringing two or more others together
// ("X brought A and B together in Doha", "X brought together A and B for
// talks", "managed to bring A and B together", "X sat A and B down for
// talks"): one meeting of them all, the broker at the table. It reports
// whether it read one.
func (c *sctx) broughtTogether(k int) bool {
	particle := en.BrokerVerbs[c.toks[k].lower]
	if particle == "" {
		return false
	}
	o := k + 1
	before := c.word(o, particle)
	if before {
		o++
	}
	obj, end := c.objects(o, 2)
	if len(obj) == 0 && c.word(o, "them") {
		obj, end = c.pluralAntecedent(k), o+1 // "A and B flew to X, where Y sat them down"
	}
	if len(obj) < 2 || len(personsOf(obj)) == 0 || !allActors(obj) || !before && !c.word(end, particle) {
		return false
	}
	if !allPersons(obj) && c.sayingBefore(k) {
		return false // "X said the meeting had brought together A, B and the ministers of C": the meeting's
	}
	subj := personsOf(c.subjects(k))
	if len(subj) == 0 && c.word(k-1, "to") && k >= 2 {
		subj = personsOf(c.subjects(k - 2)) // "X managed to bring ..."
	}
	if len(subj) != 1 {
		return false
	}
	for _, e := range c.addMeeting(k, subj, obj, true) {
		c.meetingDetails(e, k)
	}
	return true
}

// sayingBefore reports a verb of saying before token k in its sentence.
func (c *sctx) sayingBefore(k int) bool {
	for j := 0; j < k; j++ {
		if c.in(j, en.SayVerbs) {
			return true
		}
	}
	return false
}

// allActors reports parties that are all people, states or
// organisations ("brought together A, B and the foreign ministers of C
// and D").
func allActors(es []*entity) bool {
	for _, e := range es {
		if k := e.canon().kind; k != schema.KindPerson && k != schema.KindCountry && k != schema.KindOrganization {
			return false
		}
	}
	return true
}

// forGatheringAfter reports "for" and a gathering noun later in the clause
// from o: "... to her residence on Friday for an urgent summit".
func (c *sctx) forGatheringAfter(o int) bool {
	for j := o; j+1 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "for") {
			return c.gatheringNoun(j+1, 4) > 0
		}
	}
	return false
}

// hostGatheredLeaders reads a person who "brought together", "gathered"
// or "convened" leaders or ministers (the object at o, with no gathering
// noun after "for"): "X brought together Nordic leaders at Y in Oslo",
// "X gathered several Gulf leaders at his palace".
// The gathering is hosted by X's country, at the city the sentence gives;
// countries named in the group attend. It reports whether it read one.
func (c *sctx) hostGatheredLeaders(k, o int) bool {
	subj := c.subjects(k)
	if len(subj) != 1 || subj[0].kind != schema.KindPerson || c.modality(k) != schema.Occurred {
		return false
	}
	q := -1
	for j := o; j < min(len(c.toks), o+6); j++ {
		if c.in(j, en.AttendeeNouns) && !c.in(j-1, en.NonStateLeaders) {
			q = j
			break
		}
		if c.toks[j].kind == tokPunct || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
			return false
		}
	}
	host := c.st.partyOf(subj[0])
	if q < 0 || host == nil || host.kind != schema.KindCountry {
		return false
	}
	// "... yesterday's emergency meeting in Oslo. X brought in the
	// leaders of A and B": the gathering just told, else a new one.
	e := c.st.lastGathering(c.si)
	if e == nil || c.si-max(e.sent, e.seen) > 1 || e.status != schema.Occurred || e.host != nil && e.host != host {
		e = c.newGathering(k, q, q)
		e.name = "meeting of " + c.toks[q].lower
	}
	e.host = host
	c.st.addAttendee(e, host)
	for _, a := range c.between(o, q) {
		if a.kind == schema.KindCountry {
			c.st.addAttendee(e, a) // "European" is no country; "Nordic" neither
		}
	}
	if c.word(q+1, "of", "from") {
		for _, a := range c.listAfter(q + 2) {
			if a.kind == schema.KindCountry || a.kind == schema.KindOrganization {
				c.st.addAttendee(e, a)
			}
		}
	}
	return true
}

// appositiveStart returns the comma that opens a participle appositive
// (", hosted by X in Y,") closed by the comma at j, or -1.
// A comma inside it, before a name ("convened by the bloc's chair,
// Kenya's William Ruto,"), is stepped over.
func (c *sctx) appositiveStart(j int) int {
	for r := j - 1; r >= max(1, j-24); r-- {
		if c.toks[r].kind == tokPunct && c.toks[r].text != "'" && c.toks[r].text != "’" {
			if c.toks[r].text == "," && r+1 < j && c.toks[r+1].kind == tokWord && !c.toks[r+1].upper && (strings.HasSuffix(c.toks[r+1].lower, "ed") || c.in(r+1, en.IrregularParticiples)) {
				return r
			}
			if c.toks[r].text != "," || r+1 >= j || !c.toks[r+1].upper || c.at[r+1] < 0 {
				return -1
			}
		}
	}
	return -1
}

// nounAppositiveStart returns the comma that opens a noun phrase in
// apposition ("the second of its kind", "a first since 2022")
// to the gathering noun before it, closed by the comma at j, or -1.
func (c *sctx) nounAppositiveStart(j int) int {
	for r := j - 1; r >= max(1, j-24); r-- {
		if c.toks[r].kind == tokPunct && c.toks[r].text != "'" && c.toks[r].text != "’" && c.toks[r].text != "-" {
			if c.toks[r].text == "," && r+1 < j && c.word(r+1, "the", "a", "an") && c.drawingNoun(r-1) {
				return r
			}
			return -1
		}
	}
	return -1
}

// phraseAt returns the length of the first of the phrases that starts at
// token k, or 0.
func (c *sctx) phraseAt(k int, phrases [][]string) int {
	return phraseIn(c.toks, k, phrases)
}

// hostNamed reads the host of the gathering told in this sentence from
// "under the chairmanship of X" (en.HostMarkers), "with X as host" and
// "the host, X," (en.HostRoles): X's country hosts and attends.
func (c *sctx) hostNamed() {
	e := c.st.lastGathering(c.si)
	if e == nil || c.si-max(e.sent, e.seen) > 3 || e.host != nil || e.status != schema.Occurred {
		return
	}
	// "It was chaired by X, with Y as host": a sentence about the
	// gathering told just before.
	same := e.sent == c.si || c.si-e.sent == 1 && (c.word(0, "it") || c.word(0, "the") && c.in(1, en.GatheringHeads))
	var h *entity
	for k := 0; k < len(c.toks) && h == nil; k++ {
		switch {
		case c.in(k, en.HostRoles) && c.word(k-1, "the") && c.word(k+1, "was", "is"):
			// "The host was X", told after the gathering.
			if hs := c.listAfter(k + 2); len(hs) > 0 {
				h = c.st.countryOf(hs[0])
			}
		case c.word(k, "host") && c.toks[k].upper && k+1 < len(c.toks) && c.at[k+1] >= 0 && c.ms[c.at[k+1]].kind == mPerson && c.ms[c.at[k+1]].role != "":
			// "Host President X was joined by ...": a title that names
			// the host, a few sentences on.
			if a := c.actor(c.at[k+1]); a != nil {
				h = c.st.countryOf(a)
			}
		case !same:
		case c.phraseAt(k, en.HostMarkers) > 0:
			hs := c.listAfter(k + c.phraseAt(k, en.HostMarkers))
			if len(hs) > 0 {
				h = c.st.countryOf(hs[0])
			}
			// "It was co-chaired by A and B": the first hosts, both
			// attend.
			for i := 1; i < len(hs) && c.word(k, "co-chaired"); i++ {
				c.st.addAttendee(e, c.st.countryOf(hs[i]))
			}
			e.markIf(cueCoChairs, c.word(k, "co-chaired") && twoChairs(e, hs))
		case c.word(k, "as") && (c.in(k+1, en.HostRoles) || c.word(k+1, "the") && c.in(k+2, en.HostRoles)), c.word(k, "in") && c.word(k+1, "the") && c.word(k+2, "chair"):
			// "with X as host", "with X in the chair"
			for j := k - 1; j >= max(0, k-3); j-- {
				if mi := c.at[j]; mi >= 0 && c.ms[mi].kind != mCity {
					if a := c.actor(mi); a != nil {
						h = c.st.countryOf(a)
					}
					break
				}
			}
		case c.in(k, en.HostRoles) && k+1 < len(c.toks) && c.at[k+1] >= 0 && c.ms[c.at[k+1]].kind == mPerson && !c.word(k-1, "as", "co"):
			// "with Estonian host X urging ...": the host named after
			// the word.
			if a := c.actor(c.at[k+1]); a != nil {
				h = c.st.countryOf(a)
			}
			for _, m := range c.ms {
				if h == nil && m.j == k && (m.kind == mDemonym || m.kind == mCountry) && m.iso3 != "" {
					h = c.st.country(m.iso3) // "Estonian host X"
				}
			}
		case c.in(k, en.HostRoles) && c.word(k+1, ",") && k > 0 && !c.word(k-1, "as"):
			if mi := c.at[k+2]; k+2 < len(c.toks) && mi >= 0 && c.ms[mi].kind == mPerson {
				h = c.st.countryOf(c.actor(mi))
			}
		}
	}
	if h != nil && h.kind == schema.KindCountry {
		e.host = h
		c.st.addAttendee(e, h)
	}
}

// turnUp reads a phrase of en.TurnUp at k: its subjects, and those of
// ", as did X", attend the gathering in focus.
func (c *sctx) turnUp(k int) {
	c.addToRecent(k, c.clauseList(k))
	c.addToRecent(k, c.asDid(k))
	// "X stood in for Danish Foreign Minister Y": Y's country was there,
	// by its deputy; Y was not.
	if n := c.phraseAt(k, en.TurnUp); c.word(k+n-1, "for") {
		var states []*entity
		for _, a := range c.listAfter(k + n) {
			if s := c.st.countryOf(a); s != nil {
				states = append(states, s)
			}
		}
		c.addToRecent(k, states)
	}
	// "took his seat (at the table) alongside A, B and C": they too.
	for j := k + c.phraseAt(k, en.TurnUp); j < min(len(c.toks), k+12) && c.toks[j].kind != tokPunct; j++ {
		if c.word(j, "alongside", "beside") {
			c.addToRecent(k, c.listAfter(j+1))
			break
		}
	}
	c.tripToGathering(k)
}

// labelBefore reports whether the words from the clause start to k are
// a presence label (en.PresenceLabels): "Around the table were ...".
func (c *sctx) labelBefore(k int) bool {
	start := c.clauseStart(k)
	// "Around the table at Kabwe House were", "Seated at the table in
	// Lusaka on Tuesday were": the label's place and time.
	end := c.timeBack(start, c.placeBack(start, c.timeBack(start, k)))
	// "Also in attendance were", "Ministers in attendance were:": the
	// label ends the phrase before the verb.
	for _, p := range en.PresenceLabels {
		if n := len(p); end-n > start && c.phraseAt(end-n, [][]string{p}) == n && c.labelLead(start, end-n) {
			return true
		}
	}
	// "At the table with her were ...": the company named before.
	if end-start > 2 && c.word(end-2, "with") && c.word(end-1, "him", "her", "them") {
		end -= 2
	}
	// "At the table this morning were ...": the label's time.
	end = c.timeBack(start, end)
	for _, p := range en.PresenceLabels {
		if len(p) == end-start && c.phraseAt(start, [][]string{p}) == len(p) {
			return true
		}
		// "Around the summit table were": a word or two inside it.
		if q, extra, ok := c.labelSpan(p, start, end); ok && q == end && extra > 0 {
			return true
		}
	}
	return false
}

// sessionNoun returns the gathering noun within four tokens from j, or
// the plural of a sitting ("the afternoon sessions"), or -1.
func (c *sctx) sessionNoun(j int) int {
	if g := c.gatheringNoun(j, 4); g >= 0 {
		return g
	}
	return c.sessionPlural(j)
}

// sessionsAt reports "sessions" or "meetings" within three words from j
// ("Tuesday's sessions", "the closing sessions").
func (c *sctx) sessionsAt(j int) bool { return c.sessionPlural(j) >= 0 }

// sessionPlural returns the first of en.SessionPlurals within three words
// from j, or -1.
func (c *sctx) sessionPlural(j int) int {
	for q := j; q < min(len(c.toks), j+4); q++ {
		if c.in(q, en.SessionPlurals) {
			return q
		}
	}
	return -1
}

// plainWord reports a lower-case word at j that names no one.
func (c *sctx) plainWord(j int) bool {
	return j >= 0 && j < len(c.toks) && c.toks[j].kind == tokWord && !c.toks[j].upper && c.at[j] < 0
}

// timeBack returns end moved back over a time adverbial that closes
// tokens [start, end): "on Wednesday", "yesterday", "this morning".
func (c *sctx) timeBack(start, end int) int {
	switch {
	case end-2 > start && c.word(end-2, "on") && en.WeekdayWords[c.toks[end-1].lower]:
		return end - 2
	case end-2 > start && c.word(end-2, "this") && c.in(end-1, en.ClockWords):
		return end - 2
	case end-1 > start && c.word(end-1, "yesterday", "today", "tonight"):
		return end - 1
	}
	return end
}

// placeBack returns end moved back over a place adverbial that closes
// tokens [start, end): "at Kabwe House", "in the State House", "in
// Lusaka".
func (c *sctx) placeBack(start, end int) int {
	q := end - 1
	for q > start && c.toks[q].kind == tokWord && c.toks[q].upper {
		q--
	}
	if c.word(q, "the") {
		q--
	}
	if q > start && q < end-1 && c.toks[end-1].upper && c.in(q, en.PlacePrepositions) {
		return q
	}
	return end
}

// companyFront reports that tokens [i, k) are a preposition of company
// and an object pronoun or the host only: "Around them", "Beside her",
// "Next to him", "Around the host".
func (c *sctx) companyFront(i, k int) bool {
	n := c.phraseAt(i, en.CompanyPreps)
	if n > 0 && i+n+2 == k && c.word(i+n, "the") && c.word(i+n+1, "host", "hosts", "chair", "chairman", "chairwoman") {
		return true // "Around the host were A and B"
	}
	return n > 0 && i+n+1 == k && c.word(i+n, "him", "her", "them")
}

// labelAt reports a presence label at token i, after any en.LabelLeads.
func (c *sctx) labelAt(i int) bool {
	for c.in(i, en.LabelLeads) {
		i++
	}
	return c.phraseAt(i, en.PresenceLabels) > 0
}

// labelLead reports that tokens [i, j) may lead a presence label: "also",
// "further" (en.LabelLeads), or the people present ("Heads of Government",
// "the ministers").
func (c *sctx) labelLead(i, j int) bool {
	for q := i; q < j; q++ {
		if !(c.word(q, "the", "of", "and") || c.in(q, en.LabelLeads) || c.in(q, en.AttendeeNouns) || c.word(q, "government", "state")) {
			return false
		}
	}
	return true
}

// tripToGathering reads the journey of the people who "made the trip" or
// "came in person" to the gathering in focus: a visit to the country of
// its place.
func (c *sctx) tripToGathering(k int) {
	g := c.st.lastGathering(c.si)
	if g == nil || g.place == nil || g.place.iso3 == "" || !c.word(k, "made", "came", "travelled", "traveled") {
		return
	}
	if c.word(k, "came") && !c.word(k+1, "in") {
		return // "came too": there, with no journey told
	}
	host := c.st.country(g.place.iso3)
	// "X made the trip, as did A and B": their journeys too.
	for _, s := range append(c.subjects(k), c.asDid(k)...) {
		if s.kind == schema.KindPerson {
			if v := c.addVisit(k, s, host, schema.Occurred, k, false); v != nil && !v.dated() {
				v.date, v.dateFrom = g.date, g.dateFrom
			}
		}
	}
}

// visitsToGathering records the visits of the persons in list to the
// country of the gathering in focus, on its day.
func (c *sctx) visitsToGathering(k int, list []*entity) {
	g := c.st.lastGathering(c.si)
	if g == nil || g.place == nil || g.place.iso3 == "" {
		return
	}
	host := c.st.country(g.place.iso3)
	for _, p := range list {
		if p.canon().kind != schema.KindPerson {
			continue
		}
		v := c.addVisit(k, p, host, schema.Occurred, k, false)
		if v != nil && !v.dated() {
			v.date, v.dateFrom = g.date, g.dateFrom
		}
		if v != nil && v.place == nil {
			v.place = g.place
		}
	}
}

// presenceList reads a labelled list of those present at the gathering
// in focus: "Around the table: A, B and the prime ministers of C and D".
func (c *sctx) presenceList() {
	for k := 0; k < len(c.toks); k++ {
		if c.toks[k].text != ":" {
			continue
		}
		start, end := c.clauseStart(k), k
		// "Around the table, according to an official: A; B": the
		// label's source is no part of it.
		for j := start; j < k; j++ {
			if c.toks[j].text == "," && c.word(j+1, "according") {
				end = j
				break
			}
		}
		// "Also in the room: A, B", "Among those at the table: A, B".
		if c.word(start, "also") {
			start++
		} else if c.word(start, "among") && c.word(start+1, "those") {
			start += 2
		}
		// "Among them:", "Those present:" ending the line: the bullets
		// under it list them (questionedList).
		them := start+2 == end && c.word(start, "among") && c.word(start+1, "them")
		if k+1 == len(c.toks) {
			if (them || c.wholePhrase(start, end, en.PresenceLabels) || c.wholePhrase(start, end, en.Presence)) && c.modality(k) == schema.Occurred {
				c.st.listHead = c.si + 1
			}
			return
		}
		if c.wholePhrase(start, end, en.PresenceLabels) || c.wholePhrase(start, end, en.Presence) || c.labelPair(start, end) {
			// ("left to right:" is an order, not the "to" of a plan)
			if c.modality(k) == schema.Occurred || c.word(k-3, "left") && c.word(k-2, "to") && c.word(k-1, "right") {
				c.addPresent(k, c.labelList(k+1))
			}
			return
		}
		if with := c.looseLabel(start, end); with >= 0 && c.modality(k) == schema.Occurred {
			// "Around the long table with A and B: C, D and E": all of
			// them.
			list := c.labelList(k + 1)
			if with > start {
				list = append(list, c.between(with+1, end)...)
			}
			c.addPresent(k, list)
			return
		}
		if c.arrivalLabel(start, end) && c.modality(k) == schema.Occurred && c.st.lastGathering(c.si) != nil {
			// "Among the early arrivals: A and B": at the gathering in
			// focus, come to its country.
			list := c.labelList(k + 1)
			c.addPresent(k, list)
			c.visitsToGathering(k, list)
			return
		}
	}
}

// withPresent reads a list after "with" that a presence phrase closes, in
// a sentence that tells a gathering ("hosted the X Summit in Y, with A, B
// and C around the table"): they attend it. ("with A in attendance" is
// read by takePart.)
func (c *sctx) withPresent() {
	e := c.st.lastGathering(c.si)
	if e == nil || e.sent != c.si || e.status != schema.Occurred {
		return
	}
	for j := 2; j < len(c.toks); j++ {
		if c.phraseAt(j, en.Presence) == 0 {
			continue
		}
		if w := c.withListBefore(j); w >= 0 {
			for _, a := range c.between(w+1, j) {
				c.st.addAttendee(e, a)
			}
		}
	}
}

// hadPresent reads states that "had ministers in the room" or "had
// delegates present" while a gathering is in focus: they attend it.
func (c *sctx) hadPresent() {
	for k := 1; k+2 < len(c.toks); k++ {
		if !c.word(k, "had", "has", "have") {
			continue
		}
		n := k + 1
		if !c.in(n, en.AttendeeNouns) {
			n++ // "had senior ministers present"
		}
		if !c.in(n, en.AttendeeNouns) || c.phraseAt(n+1, en.Presence) == 0 || c.modality(k) != schema.Occurred || c.gatheringInFocus() == nil {
			continue
		}
		c.addToRecent(k, countriesIn(c.subjects(k)))
	}
}

// questionedList reads a bulleted line under a heading that asks who is
// there ("Who took part?", "Who came?") or under a label of those present
// ending in a colon ("Among them:"): the parties the line lists attend the
// gathering in focus.
func (c *sctx) questionedList() {
	if len(c.toks) < 2 || !bulletTok(c.toks[0].text) {
		return
	}
	for j := c.si - 1; j >= 0 && j >= c.si-12; j-- {
		toks := c.st.doc.sentences[j].toks
		if len(toks) > 0 && bulletTok(toks[0].text) {
			continue
		}
		if !presenceQuestion(toks) && c.st.listHead != j+1 {
			return
		}
		// "- Ghana\n- Kenya": lines with no stop of their own are one
		// sentence, a bullet opening each.
		for q := 0; q+1 < len(c.toks); q++ {
			if bulletTok(c.toks[q].text) && (q == 0 || c.toks[q].nl) {
				c.addPresent(q, c.labelList(q+1))
			}
		}
		return
	}
}

// bulletTok reports a list item's bullet.
func bulletTok(s string) bool { return s == "-" || s == "•" || s == "*" || s == "–" }

// presenceQuestion reports a line that asks who is or was present: "Who is
// at the table?", "Who attended?", "Who's taking part?" (en.PresenceAsked
// after "who" and a form of "be"), not a question of the future.
func presenceQuestion(toks []token) bool {
	n := len(toks)
	if n < 3 || toks[0].lower != "who" || toks[n-1].text != "?" {
		return false
	}
	k := 1
	if en.BeForms[toks[k].lower] || toks[k].lower == "'s" {
		k++
	}
	for _, p := range en.PresenceAsked {
		if k+len(p) != n-1 {
			continue
		}
		ok := true
		for i, w := range p {
			ok = ok && toks[k+i].lower == w
		}
		if ok {
			return true
		}
	}
	return false
}

// looseLabel matches a presence label (en.PresenceLabels) in tokens
// [i, j) that holds a word or two more ("around the long table") and may
// end in "with" and the names of others there ("... with A and B", ",
// besides A"). It returns that word (start i when there is none), or -1.
func (c *sctx) looseLabel(i, j int) int {
	for _, p := range en.PresenceLabels {
		q, extra, ok := c.labelSpan(p, i, j)
		switch {
		case !ok:
		case q == j && extra > 0:
			return i
		case q < j && c.word(q, "with") && c.personAt(q+1):
			return q
		case q+1 < j && c.toks[q].text == "," && c.word(q+1, "besides", "beside", "alongside") && c.personAt(q+2):
			return q + 1 // "Around the table, besides X himself: A and B"
		}
	}
	return -1
}

// labelSpan matches the words of label p from token i, before j, letting
// up to two plain lower-case words stand between them; it returns the
// token after the match and how many words it let in.
func (c *sctx) labelSpan(p []string, i, j int) (q, extra int, ok bool) {
	q = i
	for n := 0; n < len(p); {
		switch {
		case q >= j:
			return q, extra, false
		case c.word(q, p[n]):
			q, n = q+1, n+1
		case n > 0 && extra < 2 && c.toks[q].kind == tokWord && !c.toks[q].upper && c.at[q] < 0:
			q, extra = q+1, extra+1
		default:
			return q, extra, false
		}
	}
	return q, extra, true
}

// arrivalLabel reports whether tokens [i, j) label a list of arrivals:
// "Among the early arrivals", "First to arrive", "Arriving this morning".
func (c *sctx) arrivalLabel(i, j int) bool {
	found := false
	for q := i; q < j; q++ {
		switch {
		case c.in(q, en.ArrivalLabels):
			found = true
		case !c.in(q, en.ArrivalLabelFillers):
			return false
		}
	}
	return found
}

// labelPair reports two presence labels parted by a comma that fill
// [i, j): "Front row, left to right".
func (c *sctx) labelPair(i, j int) bool {
	for q := i + 1; q < j-1; q++ {
		if c.toks[q].text == "," {
			return c.wholePhrase(i, q, en.PresenceLabels) && c.wholePhrase(q+1, j, en.PresenceLabels)
		}
	}
	return false
}

// wholePhrase reports whether tokens [i, j) are one of the phrases.
func (c *sctx) wholePhrase(i, j int, phrases [][]string) bool {
	for _, p := range phrases {
		if len(p) == j-i && c.phraseAt(i, [][]string{p}) == len(p) {
			return true
		}
	}
	return false
}

// unfold reads a gathering as the subject of one of en.Unfolds read from
// the word at k.
func (c *sctx) unfold(k int) bool {
	for _, p := range en.Unfolds {
		start, j := k, 0
		for start > 0 && c.in(start-1, en.OpeningAdverbs) {
			start-- // "was formally opened"
		}
		if p[0] == "BE" {
			// "was being held"; "has been held" keeps "been" as its BE.
			for start > 1 && c.word(start-1, "been", "being") && c.in(start-2, en.BeForms) {
				start--
			}
			if start == 0 || !c.in(start-1, en.BeForms) {
				continue
			}
			start--
			j = 1
		}
		ok := true
		for i, w := range p[j:] {
			ok = ok && c.word(k+i, w)
		}
		if ok {
			if c.in(k, en.UnfoldsToday) && c.datedLater() {
				return false
			}
			for start > 0 && (c.word(start-1, "has", "have", "had") || c.in(start-1, en.OpeningAdverbs)) {
				start--
			}
			if start >= 2 && c.word(start-1, "which") && c.toks[start-2].text == "," {
				start -= 2 // "The X Summit, which began on Sunday, ..."
			}
			if c.timeClause(start, k) {
				return false // "before the summit opens": a time, no report
			}
			if c.countedSittings(start) {
				return false // "The last three ministerial meetings have been held in X": a series
			}
			rel := c.relativeAfterGathering(start)
			if c.word(start-1, "it") && c.word(start-2, "and", "but") {
				// "The X summit in Y is the largest event Z has staged,
				// and it wraps up today": the gathering named before.
				rel = c.gatheringBeforeIt(start - 1)
			}
			if !c.namedSubjectGathering(rel) {
				return false
			}
			c.hostInRelative(rel, start)
			c.closedAfterDays(k, k+len(p)-j)
			return true
		}
	}
	return false
}

// countedSittings reports a plural subject before start that counts
// its sittings ("the last three ministerial meetings", "two
// summits"): a series, no one gathering.
func (c *sctx) countedSittings(start int) bool {
	for h := start - 1; h > 0 && h >= start-8 && c.toks[h].kind != tokPunct; h-- {
		if !strings.HasSuffix(c.toks[h].lower, "s") || !en.GatheringNouns[strings.TrimSuffix(c.toks[h].lower, "s")] {
			continue
		}
		for j := h - 1; j >= max(0, h-4) && c.toks[j].kind != tokPunct; j-- {
			if c.toks[j].kind == tokNum || c.in(j, en.SeveralCounts) || c.word(j, "two") {
				return true
			}
		}
	}
	return false
}

// closedAfterDays reads the length a gathering's close at the verb k
// gives it, "closed on the 9th after three days", from q past the verb's
// phrase: the gathering just read ran from two days before that day to it.
func (c *sctx) closedAfterDays(k, q int) {
	g := c.st.lastGathering(c.si)
	if g == nil || g.sent != c.si || !c.in(k, en.CloseVerbs) {
		return
	}
	days := c.daysLong(k) // "the two-day X Summit ended on Tuesday"
	for j := q; days == 0 && j+2 < min(len(c.toks), q+8); j++ {
		if c.toks[j].kind == tokPunct {
			break
		}
		if c.word(j, "after") {
			if c.word(j+2, "days") {
				days = timex.NumberWord(c.toks[j+1].lower)
			}
			break
		}
	}
	if days > 1 && g.date.Precision == schema.PrecisionDay && g.endDate.IsZero() {
		g.endDate = g.date
		g.setDate(schema.Day(g.date.Time.AddDate(0, 0, 1-days)))
	}
}

// daysLong returns the length a hyphenated span near the closing verb at
// k gives in days ("the two-day summit ended", "wrapped up a three-day
// meeting"), or 0.
func (c *sctx) daysLong(k int) int {
	for j := max(0, k-10); j < min(len(c.toks), k+6); j++ {
		if n, ok := strings.CutSuffix(c.toks[j].lower, "-day"); ok {
			if d := timex.NumberWord(n); d > 1 {
				return d
			}
		}
	}
	return 0
}

// heardSpeakers reads the speakers a sitting "heard" at k, its outcome
// verb: "The opening plenary heard A, B and C", "Alongside D, the session
// heard E": they were at the gathering in focus.
func (c *sctx) heardSpeakers(k int) {
	if !c.word(k, "heard") || c.modality(k) != schema.Occurred {
		return
	}
	speakers := c.listAfter(k + 1)
	if c.word(0, "alongside", "besides") {
		speakers = append(speakers, c.listAfter(1)...)
	}
	c.addToRecent(k, speakers)
}

// outcome reads a gathering as the subject of one of en.Outcomes at k: the
// sitting's noun ends right before it, past a list of the countries that
// met, its place and its day ("The summit of A, B and C in X on Monday
// adopted ...").
func (c *sctx) outcome(k int) bool {
	if c.phraseAt(k, en.Outcomes) == 0 || k < 2 || c.in(k-1, en.BeForms) {
		return false // "The plan was discussed at the summit": passive
	}
	if c.word(k-1, "has", "have", "had") {
		k-- // "the summit had agreed that ..."
	}
	end := c.adverbialsBack(k)
	if b := c.statesListStart(k); b > 0 {
		end = b
	}
	head := end - 1
	if head >= 0 && c.toks[head].text == ")" {
		for head > 0 && c.toks[head].text != "(" {
			head-- // "The Gulf summit (GCC) adopted"
		}
		head--
	}
	if head < 0 || !c.in(head, en.OutcomeHeads) && !en.IsConferenceName(c.toks[head].lower) {
		return false
	}
	return c.namedSubjectGathering(k)
}

// timeClause reports a present-tense verb of a gathering's course at k in
// a clause of time whose subject ends at start: "before the summit
// opens", "until the talks end".
func (c *sctx) timeClause(start, k int) bool {
	if !strings.HasSuffix(c.toks[k].lower, "s") && !c.word(k, "begin", "open", "end", "close", "start") {
		return false
	}
	for j := start - 1; j >= max(0, start-6); j-- {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.word(j, "before", "until", "till", "once", "when", "after") {
			return true
		}
	}
	return false
}

// gatheringBeforeIt returns the token after the first gathering noun of
// the sentence before "it" at k, or k when there is none.
func (c *sctx) gatheringBeforeIt(k int) int {
	for j := 1; j < k-2; j++ {
		if c.in(j, en.GatheringNouns) && c.toks[j].kind == tokWord {
			return j + 1
		}
	}
	return k
}

// relativeAfterGathering returns the "that" or "which" of a relative
// clause that ends at k and hangs on a gathering noun ("The X summit that
// Peru hosted in Lima closed"), or k when there is none.
func (c *sctx) relativeAfterGathering(k int) int {
	for j := k - 1; j >= max(1, k-10); j-- {
		if c.toks[j].kind == tokPunct {
			return k
		}
		if c.word(j, "that", "which") {
			// "the summit that opens on Saturday": the verb is the
			// relative's own, with no subject of its own before it.
			if c.in(j-1, en.GatheringNouns) && c.at[j+1] >= 0 {
				return j
			}
			return k
		}
	}
	return k
}

// hostInRelative reads the host of the gathering just read from its
// relative clause [rel, end): "the summit that Peru hosted".
func (c *sctx) hostInRelative(rel, end int) {
	e := c.st.lastGathering(c.si)
	if rel == end || e == nil || e.sent != c.si || e.host != nil || c.at[rel+1] < 0 {
		return
	}
	m := c.ms[c.at[rel+1]]
	if m.kind != mCountry || !c.word(m.j, "hosted", "hosts", "organised", "organized", "convened", "chaired") {
		return
	}
	e.host = c.actor(c.at[rel+1])
	c.st.addAttendee(e, e.host)
}

// datedToday reports a sentence whose dates, if any, are all the day of
// writing ("today", or its weekday or date).
func (c *sctx) datedToday() bool {
	pub := c.st.a.Published
	for _, d := range c.st.dates[c.si] {
		if d.Future || d.Date.Precision != schema.PrecisionDay || pub.IsZero() || !d.Date.Time.Equal(pub) {
			return false
		}
	}
	return true
}

// datedLater reports a date in the sentence after the day of writing, or
// a bare weekday other than that day's: a present tense then tells a
// timetable ("The forum ends on Friday", written on a Wednesday).
func (c *sctx) datedLater() bool {
	pub := c.st.a.Published
	for _, d := range c.st.dates[c.si] {
		if d.Future || !d.Date.IsZero() && !pub.IsZero() && d.Date.Time.After(pub) {
			return true
		}
		if bareWeekday(d.Text) && !pub.IsZero() && !strings.Contains(strings.ToLower(d.Text), strings.ToLower(pub.Weekday().String())) {
			return true
		}
	}
	return false
}

// beforeMinisters returns the token before a plural role phrase that
// ends right before the gathering noun at g ("foreign ministers'",
// "defence chiefs'"), or g-1 when there is none.
func (c *sctx) beforeMinisters(g int) int {
	p := g - 1
	if p > 1 && c.toks[p].text == "'" && c.in(p-1, en.AttendeeNouns) {
		p -= 2
		for p > 0 && c.in(p, en.RoleMods) && !c.toks[p].upper {
			p--
		}
		return p
	}
	return g - 1
}

// namedSubjectGathering reads a gathering whose proper name is the
// subject of "opened" or "closed": "The 9th Ministerial Meeting of the
// Lake Council opened in Colombo on Thursday". The name's head is a
// capitalised gathering noun, after an ordinal or a capitalised word.
func (c *sctx) namedSubjectGathering(k int) bool {
	if c.modality(k) != schema.Occurred {
		return false
	}
	// "The X Council, the bloc's yearly summit, ran over ...": the name
	// before the appositive.
	end := k
	if k >= 2 && c.toks[k-1].text == "," {
		// "The X Summit, which brings together A, B and C, ended": the
		// relative clause may hold commas of its own.
		for j := k - 2; j >= max(1, k-24); j-- {
			if c.toks[j].text == "," && c.word(j+1, "which", "who") {
				end = j
				break
			}
		}
	}
	if end == k && k >= 2 && c.toks[k-1].text == "," {
		for j := k - 2; j >= max(1, k-24); j-- {
			if c.toks[j].text == "," {
				// "The X Dialogue, organized by the ministry and an
				// institute of Y, opened": a long participle phrase.
				// "The X Summit, which Peru hosted in its capital under
				// the chairmanship of Y, ended": a long relative clause.
				if k-j <= 10 || c.word(j+2, "by") && (strings.HasSuffix(c.toks[j+1].lower, "ed") || c.in(j+1, en.IrregularParticiples)) || c.word(j+1, "which") {
					end = j
				}
				// "The Chair of the Grand Council, Ana Reyes, met ...": a
				// person the words before the comma entitle.
				if mi := c.at[j+1]; mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].j == k-1 {
					return false
				}
				break
			}
		}
	}
	if b := c.statesListStart(end); b > 0 {
		end = b // "The fifth summit between A, B and C was held"
	}
	for g := end - 1; g >= max(0, end-18); g-- {
		t := c.toks[g]
		if en.IsConferenceName(t.lower) {
			c.newGathering(k, g, g) // "COP29 opened in Baku"
			return true
		}
		if g == 0 {
			break
		}
		if t.text == ")" {
			// "... Caribbean States (CELAC) ended": step over the acronym.
			for g > 0 && c.toks[g].text != "(" {
				g--
			}
			continue
		}
		if t.kind == tokPunct && t.text != "'" && t.text != "-" || c.word(g, "which", "that", "who") {
			return false
		}
		if c.in(g, en.GatheringParts) && !t.upper && c.partOfFocus(g) && c.inFocus(6) {
			c.newGathering(k, g, g) // "The leaders' plenary opened": a part of the one in focus
			return true
		}
		if !en.GatheringNouns[t.lower] && !(g == end-1 && c.councilHead(g)) && !(t.upper && c.word(g, "sitting", "plenary")) {
			continue
		}
		if c.titleOf(g) {
			return false // "National Assembly Chairman X met Y": a title
		}
		// "The 40th Summit of the Andean Forum of Presidents opened": the
		// head is the first gathering noun of the whole proper name.
		g = c.nameHead(g)
		t = c.toks[g]
		if !t.upper {
			if c.lowerHeadGathering(k, g) {
				return true
			}
			continue
		}
		nameWord := func(j int) bool {
			// "Foreign Ministers' Meeting": the apostrophe of a plural
			return c.toks[j].upper || c.in(j, en.Ordinals) || hasDigit(c.toks[j].text) || c.toks[j].text == "'" && j > 0 && c.toks[j-1].upper
		}
		if !nameWord(g-1) && c.nameAfterHead(g) {
			c.newGathering(k, g, g) // "the Summit on Peace in X closed"
			return true
		}
		if !nameWord(g - 1) {
			continue
		}
		from := g
		// "The Pacific Heads of Government Conference": an "of" between
		// capitalised words belongs to the name.
		inName := func(j int) bool {
			return c.word(j, "of") && j > 0 && c.toks[j-1].upper && c.toks[j-1].kind == tokWord && c.toks[j+1].upper
		}
		for from > 0 && (nameWord(from-1) || inName(from-1)) && !c.word(from-1, "the") && !c.personBefore(from-1, g) {
			from--
		}
		c.newGathering(k, g, from)
		return true
	}
	return false
}

// nameAfterHead reports a capitalised gathering noun at g that opens its
// proper name after "the", the rest of the name after "on", "of" or
// "for": "the Summit on Water Security", "the Conference for Lake
// Restoration".
func (c *sctx) nameAfterHead(g int) bool {
	return g > 0 && c.word(g-1, "the") && c.word(g+1, "on", "of", "for") && g+2 < len(c.toks) && c.toks[g+2].upper && c.toks[g+2].kind == tokWord
}

// titleOf reports a gathering noun at g that is part of a named person's
// title ("National Assembly Chairman X"): the person's mention holds it, or
// starts right after it.
func (c *sctx) titleOf(g int) bool {
	for j := g; j < min(len(c.toks), g+3); j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].name != "" && c.ms[mi].i <= g+1 && strings.Contains(strings.ToLower(c.ms[mi].role), c.toks[g].lower) {
			return true
		}
	}
	return false
}

// inFocus reports a gathering in focus, told or referred to within n
// sentences before this one.
func (c *sctx) inFocus(n int) bool {
	last := c.st.lastGathering(c.si)
	return last != nil && c.si-max(last.sent, last.seen) <= n
}

// lowerHeadGathering reads a named gathering whose head noun at g is
// lower case, the subject of the trigger at k: a bloc's summit, a
// capitalised name before "summit", two parties' own summit, the summit
// named just before, or a head with a proper "of" tail.
func (c *sctx) lowerHeadGathering(k, g int) bool {
	// "The funeral of X was held", "A memorial service took place": a
	// ceremony, kept when guests from abroad are told at it.
	if c.in(g, en.CeremonyHeads) && (!c.in(g, en.TailedCeremonies) || c.in(g+1, en.CeremonyTails)) {
		c.newGathering(k, g, c.backOverModifiers(g, false))
		return true
	}
	// "The Greece-Cyprus-Egypt trilateral summit opened": three or more
	// states joined in the name.
	q := g - 1
	for q > 0 && (c.in(q, en.GatheringModifiers) || c.in(q, en.Ordinals)) {
		q--
	}
	if len(c.hyphenStates(q)) >= 3 {
		c.newGathering(k, g, q)
		return true
	}
	// "The informal meeting of EU foreign ministers opened": a meeting
	// of a bloc's or a state's members.
	if q := g + 2 + boolInt(c.word(g+2, "the")); c.word(g+1, "of") && q < len(c.toks) && c.at[q] >= 0 {
		// "EU foreign ministers" may be read as one group of people.
		if m := c.ms[c.at[q]]; (m.kind == mOrg && !m.company || m.kind == mCountry) && c.membersAt(m.j) > m.j || (m.kind == mGroup || m.kind == mRole && m.plural) && (m.org != "" || m.iso3 != "") && m.i == q {
			from := g
			from = c.backOverModifiers(from, true)
			e := c.newGathering(k, g, from)
			if m.kind == mOrg {
				e.convenor = c.st.org(m.name).canon()
			} else if m.org != "" {
				e.convenor = c.st.org(m.org).canon()
			}
			return true
		}
	}
	// "The Quad foreign ministers' meeting": the name before the
	// ministers whose meeting it is; "the African Union's two-day
	// summit": the bloc before the modifiers.
	p := c.beforeMinisters(g)
	for p > 0 && c.at[p] < 0 && c.in(p, en.GatheringModifiers) {
		p--
	}
	// "The Arab League summit opened": a lower-case head after
	// the bloc it belongs to.
	if mi := c.at[p]; mi >= 0 && c.ms[mi].kind == mOrg && !c.ms[mi].company {
		from := c.ms[mi].i
		from = c.backOverModifiers(from, false)
		c.blocGathering(k, g, from, mi)
		return true
	}
	if c.possessiveBlocGathering(k, g) {
		return true
	}
	// "The Andean summit opened": capitalised words before a
	// lower-case head, none of them a person's.
	nameWord := func(j int) bool {
		t := c.toks[j]
		// "Group of 20": a number after "of" inside the name; "Group
		// of" itself, a capitalised word before "of".
		if hasDigit(t.text) && j >= 2 && c.word(j-1, "of") && c.toks[j-2].upper || c.word(j, "of") && j >= 1 && c.toks[j-1].upper && c.toks[j-1].kind == tokWord && j+1 < g {
			return true
		}
		return t.upper && t.kind == tokWord && !c.word(j, "the") && !c.personBefore(j, g) && !en.WeekdayWords[t.lower] && en.MonthNames[t.lower] == 0
	}
	// `The "Gymnich" meeting`: quotes around the name.
	quoted := g >= 3 && isQuote(c.toks[g-1].text) && isQuote(c.toks[g-3].text) && nameWord(g-2)
	if nameWord(p) || quoted {
		from := p
		if quoted {
			from = g - 3
		}
		for from > 0 && nameWord(from-1) {
			from--
		}
		from = c.backOverModifiers(from, true)
		if from > 0 && c.word(from-1, "the", "this", "its", "their") && !c.bilateralName(from, g) {
			c.newGathering(k, g, from)
			return true
		}
	}
	// "The third summit between the EU and the African Union
	// closed": two blocs or states meet in their own summit ("the AU
	// and the Gulf states": one named).
	if len(c.summitParties(g)) > 0 {
		c.newGathering(k, g, c.backOverModifiers(g, true))
		return true
	}
	// "The closed meeting on Libya in Tunis ended": a gathering on a
	// state's or a body's affairs, not a bilateral one ("talks on X
	// between A and B" is read as a meeting).
	if c.onStateAfter(g) && !c.word(g, "talks") && !c.bilateralName(c.backOverModifiers(g, true), g) {
		c.newGathering(k, g, c.backOverModifiers(g, true))
		return true
	}
	return c.toldOrUnnamed(k, g)
}

// toldOrUnnamed reads a lower-case gathering head that refers back to a
// gathering the story told ("the summit continued", "The summit closed
// today" after "the Mekong Summit"), or that opens an unnamed one ("The
// two-day summit opened") or names one by a proper "of" tail.
func (c *sctx) toldOrUnnamed(k, g int) bool {
	// "..., the summit continued in a wider format": the gathering
	// the story told, further back.
	if c.word(g-1, "the") && c.definiteBare(g) && !c.properTail(g) && c.in(g, en.SummitHeads) {
		if last := c.st.gatheringWithin(c.si, 12); last != nil && last.status == schema.Occurred {
			last.seen = c.si
			return true
		}
	}
	// "X pressed for a deal at the Mekong Summit. The summit
	// closed today": the summit the text named just before.
	if c.word(g-1, "the") && g-1 == c.clauseStart(g) {
		if name := c.st.namedBefore(c.si, c.toks[g].lower); name != "" && c.modality(k) == schema.Occurred {
			e := c.newGathering(k, g, g)
			e.name = name
			return true
		}
	}
	// "The two-day summit opened in X on Monday": an unnamed summit the
	// story opens with, when it named none before.
	if from := c.unnamedSummit(g); from >= 0 && !c.word(g+1, "of", "between", "with") {
		c.newGathering(k, g, from)
		return true
	}
	// "The fourth summit of the Union of Coastal ... States ended":
	// a lower-case head with a proper "of" tail.
	if !c.properTail(g) {
		return false
	}
	from := g
	from = c.backOverModifiers(from, true)
	c.gatheringDatedAt(k, g, from)
	return true
}

// possessiveBlocGathering reads "GCC leaders called for a truce as their
// 45th summit concluded": the gathering of the bloc the possessive stands
// for.
func (c *sctx) possessiveBlocGathering(k, g int) bool {
	b := c.possessiveBloc(g)
	if b < 0 {
		return false
	}
	from := g
	from = c.backOverModifiers(from, true)
	c.blocGathering(k, g, from, b)
	return true
}

// blocGathering records the gathering whose noun is at g and name starts
// at from as one of the bloc mentioned at mi: the bloc attends and
// convenes it.
func (c *sctx) blocGathering(k, g, from, mi int) {
	e := c.newGathering(k, g, from)
	bloc := c.st.org(c.ms[mi].name)
	c.st.addAttendee(e, bloc)
	e.convenor = bloc.canon()
}

// backOverModifiers steps back from token from over the ordinals and
// numbers before a gathering's noun or name ("the 44th", "its 2025"), and
// with mods over en.GatheringModifiers too ("the annual extraordinary"),
// and returns the first token of the run.
func (c *sctx) backOverModifiers(from int, mods bool) int {
	for from > 0 && (c.in(from-1, en.Ordinals) || hasDigit(c.toks[from-1].text) || mods && c.in(from-1, en.GatheringModifiers)) {
		from--
	}
	return from
}

// possessiveBloc returns the mention of the bloc that "its" or "their"
// before the gathering noun at g stands for (the bloc named earlier in
// the sentence, "GCC leaders ... their 45th summit"), or -1.
func (c *sctx) possessiveBloc(g int) int {
	q := c.backOverModifiers(g, true) - 1
	if !c.word(q, "its", "their") {
		return -1
	}
	for j := q - 1; j >= 0; j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc {
			return mi
		}
	}
	return -1
}

// summitParties returns the parties of "summit between A and B" at g that
// are organisations or countries (at most two), nil when one is a company.
func (c *sctx) summitParties(g int) []*entity {
	summit := c.word(g, "summit", "summits")
	// "a trilateral meeting of A, B and C": three or more states.
	of := c.word(g+1, "of") && !c.word(g+2, "the")
	if !c.word(g+1, "between") && !(c.word(g+1, "among") && !summit) && !of {
		return nil
	}
	// "The fourth trilateral dialogue between A, B and C": any gathering
	// head with three or more states; a summit with two.
	var out []*entity
	for q := g + 2; q < min(len(c.toks), g+30); q++ {
		if c.toks[q].kind == tokPunct && c.toks[q].text != "(" && c.toks[q].text != ")" && c.toks[q].text != "," {
			break
		}
		if c.toks[q].text == "," && !c.stateAt(q+1) && !c.word(q+1, "and") {
			break
		}
		mi := c.at[q]
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		if m.company || m.kind == mPerson {
			return nil // "between Acme Corp and ...": a business meeting
		}
		if a := c.actor(mi); a != nil && (m.kind == mOrg || m.kind == mCountry) {
			out = append(out, a) // (a region, "the Gulf states", names none)
		}
		q = m.j - 1
		for m.poss && q+1 < len(c.toks) && c.toks[q+1].kind == tokWord && !c.word(q+1, "and") {
			q++ // "A and B's military government": one party
		}
		for q+1 < len(c.toks) && c.toks[q+1].text == "(" {
			for q+1 < len(c.toks) && c.toks[q+1].text != ")" {
				q++ // "(CELAC)": the acronym of the party just named
			}
			q++
		}
	}
	if of {
		if len(out) < 3 || !allKind(out, schema.KindCountry) {
			return nil
		}
		return out
	}
	if len(out) < 3 && !summit {
		return nil
	}
	if summit && len(out) > 2 && !c.word(g+1, "between") {
		return nil
	}
	return out
}

// onStateAfter reports "on" and a country's or a body's name after the
// gathering noun at g, ending its phrase ("the meeting on Cyprus in
// Geneva", not "the meeting on Cyprus's debt with X").
func (c *sctx) onStateAfter(g int) bool {
	if !c.word(g+1, "on") || !c.stateAt(g+2) {
		return false
	}
	q := g + 2
	if c.word(q, "the") {
		q++
	}
	m := c.ms[c.at[q]]
	return !m.poss && (m.j >= len(c.toks) || c.toks[m.j].kind == tokPunct || c.word(m.j, "in", "at", "ended", "opened", "closed", "concluded", "began", "was", "is", "has", "had", "on"))
}

// stateAt reports a country's or a bloc's name at token q, past a "the".
func (c *sctx) stateAt(q int) bool {
	if c.word(q, "the") {
		q++
	}
	if q >= len(c.toks) || c.at[q] < 0 {
		return false
	}
	m := c.ms[c.at[q]]
	return m.kind == mCountry || m.kind == mOrg && !m.company
}

// statesListStart returns the token that opens "between A, B and C" when
// the list of states ends at token end-1, or -1: the gathering noun is
// then before it ("the dialogue between A, B and C was held").
func (c *sctx) statesListStart(end int) int {
	end = c.adverbialsBack(end) // "... between A, B and C in X on Monday was"
	n := 0
	for q := end - 1; q >= max(0, end-30); q-- {
		switch {
		case c.word(q, "between", "among"):
			if n >= 2 {
				return q
			}
			return -1
		case c.word(q, "of") && q > 0 && en.GatheringNouns[c.toks[q-1].lower]:
			if n >= 3 {
				return q // "A trilateral meeting of A, B and C was held"
			}
			return -1
		case c.toks[q].text == "," || c.word(q, "and", "the"):
		case c.stateAt(q):
			n++
			q = c.ms[c.at[q]].i
		default:
			return -1
		}
	}
	return -1
}

// adverbialsBack returns the start of the place and time phrases that end
// at end ("in Lilongwe", "on Thursday", "on 3 March", "last week"), or end.
func (c *sctx) adverbialsBack(end int) int {
	for end > 0 {
		q := end
		for q > 0 && c.dateTok(q-1) {
			q--
		}
		if q < end && q > 0 && c.word(q-1, "on", "in", "at", "during") {
			q--
		}
		if q == end && q > 1 && c.at[q-1] >= 0 && c.word(c.ms[c.at[q-1]].i-1, "in", "at") {
			if m := c.ms[c.at[q-1]]; m.j == q && (m.kind == mCity || m.kind == mCountry) {
				q = m.i - 1
			}
		}
		if q == end {
			return end
		}
		end = q
	}
	return end
}

// dateTok reports a token inside one of the sentence's date expressions.
func (c *sctx) dateTok(j int) bool {
	off := c.toks[j].start - c.s.start
	for _, d := range c.st.dates[c.si] {
		if d.Start <= off && off < d.End {
			return true
		}
	}
	return false
}

// nameHead returns the first capitalised gathering noun of the proper name
// that holds the gathering noun at g in an "of" tail ("Summit" in "the
// 40th Summit of the Andean Forum of Presidents"), or g.
func (c *sctx) nameHead(g int) int {
	head := g
	for j := g - 1; j >= max(0, g-12); j-- {
		t := c.toks[j]
		if t.kind != tokWord || !(t.upper || c.word(j, "of", "the", "and")) {
			break
		}
		if t.upper && (en.GatheringNouns[t.lower] || c.word(j, "sitting", "plenary")) && c.word(j+1, "of") {
			head = j
		}
	}
	return head
}

// namedBefore returns the proper name of a gathering with the head noun
// head ("Asean Summit") that one of the two sentences before si names
// without a frame of its own, or "".
func (st *docState) namedBefore(si int, head string) string {
	for s := si - 1; s >= max(0, si-2); s-- {
		toks := st.doc.sentences[s].toks
		for j := len(toks) - 1; j > 0; j-- {
			if toks[j].kind != tokWord || !toks[j].upper || toks[j].lower != head || !toks[j-1].upper || toks[j-1].kind != tokWord {
				continue
			}
			a := j - 1
			for a > 0 && toks[a-1].upper && toks[a-1].kind == tokWord && toks[a-1].lower != "the" {
				a--
			}
			return phrase(toks, a, j+1)
		}
	}
	return ""
}

// isQuote reports a quotation mark token.
func isQuote(s string) bool { return s == "\"" || s == "“" || s == "”" }

// personBefore reports whether the name word at j belongs to a person
// told before the gathering noun at g: "Ruto's summit". Two capitalised
// words with no title that run into the noun ("the Baltic Security
// Conference") are the gathering's name.
func (c *sctx) personBefore(j, g int) bool {
	mi := c.at[j]
	if mi < 0 {
		return false
	}
	m := c.ms[mi]
	switch m.kind {
	case mPronoun:
		return true
	case mPerson:
		return m.role != "" || m.j < g || m.poss
	}
	return false
}

// partOf steps over a part of a gathering that opens the phrase at from
// ("the opening of", "the formal plenary of", "the closing session of") to
// the gathering's own name after it.
func (c *sctx) partOf(from int) int {
	q := from
	if !c.word(q, "the", "a") {
		return from
	}
	q++
	for n := 0; n < 2 && q < len(c.toks) && c.toks[q].kind == tokWord && !c.toks[q].upper && !c.word(q, "of"); n++ {
		if c.word(q+1, "of") && (c.word(q, "opening", "start", "close", "end", "plenary") || c.in(q, en.GatheringParts)) {
			if c.gatheringNoun(q+2, 8) < 0 && c.in(q, en.GatheringParts) {
				return from // "the fourth session of the X format": the session
			}
			return q + 2
		}
		q++
	}
	return from
}

// gathered reads "ministers gathered in Tunis on Friday for the start of
// the fifth Sahel Water Council Ministers Meeting", "A, B and C converged on
// X for a summit": the gathering after "for", named, or any when leaders
// or a bloc gather; the subjects attend.
func (c *sctx) gathered(tr en.Trigger, k int) int {
	if c.word(k, "gathered", "assembled") && c.word(k+1, "a", "an", "the") && c.gatheringNoun(k+2, 3) >= 0 && c.personSubject(k) {
		return c.hostGathering(k) // "X gathered an emergency meeting": as "convened"
	}
	at := k
	if c.word(k, "sat") {
		if !c.word(k+1, "down") {
			return k
		}
		at = k + 1 // "leaders sat down for the plenary of X"
	}
	f := c.markerAfter(at, tr.Markers...)
	if c.word(at+1, tr.Markers...) {
		f = at + 1 // "gathered for the X summit"
	}
	if c.modality(k) != schema.Occurred {
		return k
	}
	from, g := -1, -1
	if f >= 0 {
		from = c.partOf(f + 1)
		g = c.gatheringNoun(from, 8)
	}
	for q := k + 1; g < 0 && q+1 < len(c.toks) && c.toks[q].text != "." && c.toks[q].text != ";" && c.leadersSubject(k); q++ {
		// "Presidents gathered on Friday at X, at the invitation of Z,
		// in an unusual meeting": the gathering a later phrase names.
		if c.word(q, "for", "in") && c.word(q+1, "a", "an", "the") {
			from = c.partOf(q + 1)
			g = c.gatheringNoun(from, 8)
		}
	}
	if g < 0 {
		if last := c.st.lastGathering(c.si); last != nil && c.si-max(last.sent, last.seen) <= 2 && c.word(k, "gathered", "assembled", "converged") && c.samePlaceAs(k+1, last) {
			// "Leaders held an emergency meeting in X. A, B and the heads
			// of C and D gathered at the palace, as did E": its attendees.
			c.addToRecent(k, append(c.clauseList(k), c.asDid(k)...))
			return k
		}
		if c.word(k, "gathered", "assembled", "converged", "convened") && c.word(k+1, "in", "at", "on") {
			c.meetVerb(k) // "EU trade ministers gathered in Warsaw": as "met"
		}
		return k
	}
	if w, wg := c.wholeGathering(g); wg > 0 {
		from, g = w, wg // "for a closed session, the core of the bloc's 45th summit"
	}
	// "the Sahel Water Council Ministers Meeting": the last noun of the name.
	for g+1 < len(c.toks) && c.toks[g+1].upper && (en.GatheringNouns[c.toks[g+1].lower] || c.word(g+1, "leaders", "ministers") && g+2 < len(c.toks) && en.GatheringNouns[c.toks[g+2].lower]) {
		g++
	}
	for j := c.clauseStart(k); j < k; j++ {
		if c.word(j, "two", "both", "pair") {
			return k // "the pair then sat down for a session": a pair's meeting
		}
	}
	org := c.blocSubject(k)
	if !c.namedGathering(from, g) && !c.leadersSubject(k) && org == nil {
		return k
	}
	e := c.newGathering(k, g, from)
	for _, s := range c.subjects(k) {
		if s.kind != schema.KindCity {
			c.st.addAttendee(e, s)
		}
	}
	if org != nil {
		c.st.addAttendee(e, org)
		e.convenor = org.canon()
	}
	return g
}

// samePlaceAs reports a place phrase at q that fits gathering g: "at"
// and a venue or g's city, or "in" and g's city ("gathered at the
// palace"; not "gathered in Accra" after a summit in Abuja).
func (c *sctx) samePlaceAs(q int, g *event) bool {
	if !c.word(q, "at", "in") {
		return false
	}
	p := q + 1 + boolInt(c.word(q+1, "the"))
	mi := c.at[min(p, len(c.toks)-1)]
	if p >= len(c.toks) || mi < 0 || c.ms[mi].kind != mCity && c.ms[mi].kind != mCountry {
		return c.word(q, "at") // a venue
	}
	return g.place != nil && c.ms[mi].kind == mCity && strings.EqualFold(c.ms[mi].name, g.place.name)
}

// wholeGathering returns the gathering a bare part at g ("a session", "a
// plenary") belongs to when the sentence names it after "of": "for a
// session in a closed format, the core of the bloc's 45th summit" (its
// start and noun), or -1, -1.
func (c *sctx) wholeGathering(g int) (int, int) {
	if c.toks[g].upper || !c.word(g-1, "a", "an") || !c.in(g, en.GatheringParts) && !c.word(g, "session", "sitting", "plenary") {
		return -1, -1
	}
	for j := g + 1; j+2 < len(c.toks) && j < g+20; j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			break
		}
		if !c.word(j, "of") {
			continue
		}
		q := j + 1
		wg := c.gatheringNoun(q, 6)
		if wg < 0 {
			continue
		}
		possessed := c.word(q, "the") && c.toks[q+1].poss && en.BlocNouns[strings.TrimSuffix(strings.TrimSuffix(c.toks[q+1].lower, "'s"), "’s")] || c.word(q, "its", "their")
		if possessed || c.namedGathering(q, wg) {
			return q, wg
		}
	}
	return -1, -1
}

// hostingOwn reads a host in apposition: "X, hosting his first summit,
// opened ...": X's country hosts the gathering in focus and attends it.
func (c *sctx) hostingOwn(k int) {
	if k == 0 || c.toks[k-1].text != "," || !c.word(k+1, "his", "her", "its", "their") {
		return
	}
	g := c.gatheringNoun(k+2, 3)
	last := c.st.lastGathering(c.si)
	if g < 0 || last == nil || c.si-max(last.sent, last.seen) > 3 || last.status != schema.Occurred {
		return
	}
	for _, s := range c.subjects(k) {
		c.st.chairAttends(last, s)
	}
}

// chairAttends makes the state of a the chair of gathering e, its host
// unless the text named another, and one of its attendees; a person or
// body of no state changes nothing.
func (st *docState) chairAttends(e *event, a *entity) {
	if h := st.countryOf(a); h != nil && h.kind == schema.KindCountry {
		if e.host == nil {
			e.host = h
		}
		st.addAttendee(e, h)
	}
}

// hostedDelegations reads "India hosted delegations from China, Russia
// and Pakistan": the gathering in focus, its host and its guests.
func (c *sctx) hostedDelegations(k int) bool {
	// "welcomed the presidents of A and B", "hosted fellow heads of state
	// from C": the noun past a determiner and a modifier or two.
	n := k + 1
	if c.word(n, "the") {
		n++
	}
	for m := 0; m < 2 && c.plainWord(n) && !c.in(n, en.Officials) && !c.word(n, "delegations", "representatives"); m++ {
		n++
	}
	if !c.in(n, en.Officials) && !c.word(n, "delegations", "representatives") {
		return false
	}
	if c.word(n, "heads") && c.word(n+1, "of") && c.word(n+2, "state", "government") {
		n += 2
	}
	if !c.word(n+1, "from", "of") || c.modality(k) != schema.Occurred {
		return false
	}
	e := c.st.lastGathering(c.si)
	guests := c.listAfter(n + 2)
	if e == nil || c.si-max(e.sent, e.seen) > 4 {
		// "welcomed the leaders of A and B to Lusaka for the X Summit":
		// the gathering named after the guests, who end before it.
		var q int
		if e, q = c.gatheringWelcomedTo(n + 2); e == nil {
			return true
		}
		guests = c.between(n+2, q)
	}
	for _, s := range c.subjects(k) {
		if s = c.st.countryOf(s); s != nil {
			if e.host == nil {
				e.host = s
			}
			c.st.addAttendee(e, s)
		}
	}
	for _, a := range guests {
		c.st.addAttendee(e, a)
	}
	return true
}

// gatheringWelcomedTo returns a named gathering told after "to", "for"
// or "at" past the guests' list that starts at from, within the clause
// ("... to the X Summit", "... to Lusaka for the X Summit"), read as new,
// and the token of the first of those words; nil when there is none.
func (c *sctx) gatheringWelcomedTo(from int) (*event, int) {
	first := -1
	for q := from; q+1 < len(c.toks) && q < from+16 && c.toks[q].text != "." && c.toks[q].text != ";"; q++ {
		if !c.word(q, "to", "for", "at") {
			continue
		}
		if first < 0 {
			first = q
		}
		if g := c.gatheringNoun(q+1, 8); g >= 0 && c.namedGathering(q+1, g) {
			return c.newGathering(q, g, q+1), first
		}
	}
	return nil, -1
}

// welcomedGuests reads the guests a host welcomed at the gathering told
// in this sentence or the one before: "The summit opened with X, as host,
// welcoming A, B and C": they attend, and so does the host. One guest
// welcomed is a reception, not a gathering's list.
func (c *sctx) welcomedGuests(k int) {
	e := c.st.gatheringWithin(c.si, 1)
	guests := personsOf(c.listAfter(k + 1))
	if e == nil || len(guests) < 2 || c.modality(k) != schema.Occurred {
		return
	}
	for _, s := range c.subjects(k) {
		c.st.addAttendee(e, s)
	}
	for _, g := range guests {
		c.st.addAttendee(e, g)
	}
}

// presidedInFocus reads a bare "X presided" at k told right after a
// gathering (in this sentence or the one before): X's country chairs it,
// its host unless the text named another, and attends.
func (c *sctx) presidedInFocus(k int) {
	e := c.st.gatheringWithin(c.si, 1)
	if e == nil || e.status != schema.Occurred || c.modality(k) != schema.Occurred {
		return
	}
	for _, s := range personsOf(c.subjects(k)) {
		c.st.chairAttends(e, s)
	}
}

// hostedNoun reports whether the gathering noun g after the host verb at
// k is a gathering the host held; with no noun it reads a bare co-chair
// or a reduced relative instead.
func (c *sctx) hostedNoun(k, g int) bool {
	if g < 0 {
		if !c.coChairedInFocus(k) {
			c.reducedRelativeHost(k)
		}
		return false
	}
	if c.word(g-1, "news", "press") {
		return false // "chairing the news conference": the press's
	}
	// "chairing today's meeting" of a board: no gathering told.
	return !c.word(k, "chairing", "co-chairing", "co-hosting") || c.namedGathering(k+1, g) || c.st.lastGathering(c.si) != nil
}

// coChairedInFocus reads a bare "chaired" or "co-chaired" followed by
// the other chair ("X co-chaired alongside Y", "chaired together with
// Y") while a gathering is in focus: both attend it. It reports whether it
// read one.
func (c *sctx) coChairedInFocus(k int) bool {
	w := k + 1
	if c.word(w, "together", "jointly") && c.word(w+1, "with") {
		w++
	}
	if !c.word(w, "alongside", "with") || !c.word(k, "chaired", "co-chaired", "co-hosted", "hosted") || !c.personAt(w+1) {
		return false
	}
	if g := c.st.lastGathering(c.si); g == nil || c.si-max(g.sent, g.seen) > 3 || g.status != schema.Occurred || c.modality(k) != schema.Occurred {
		return false
	}
	c.addToRecent(k, append(c.subjects(k), c.listAfter(w+1)...))
	return true
}

// joinedInFocus reads two forms of "joined" at the gathering in focus
// whatever else the sentence names: a bare "joined" with a time after it
// ("while X joined on the final day", "Y joined later"), and a participle
// with its agents ("X headed the team, joined at the table by A of Y
// and B of Z"): all of them attend. It reports whether it read the bare
// form, which leaves nothing more to read.
func (c *sctx) joinedInFocus(k int) bool {
	g := c.st.lastGathering(c.si)
	if g == nil || c.si-max(g.sent, g.seen) > 5 || g.status != schema.Occurred || c.modality(k) != schema.Occurred {
		return false
	}
	if k > 0 && c.toks[k-1].text == "," {
		by := c.byAfterJoined(k)
		if !c.word(by, "by") {
			return false
		}
		atts := c.listAfter(by + 1)
		if a := c.sentenceSubject(k); a != nil {
			atts = append(atts, a)
		}
		c.addToRecent(k, atts)
		return false // the list before the comma is read as before
	}
	if !c.word(k+1, "on", "later", "briefly", "too", "midway", "late") {
		return false
	}
	subj := c.subjectsWithThey(k)
	if len(personsOf(subj)) == 0 {
		return false
	}
	c.addToRecent(k, subj)
	return true
}

// hostedBloc reads a host who received a bloc's leaders or ministers:
// "X hosted G7 leaders in Rome", "X played host to the leaders of the
// G7", "Y hosted ASEAN foreign ministers": the bloc's gathering, hosted
// by the subject's country.
func (c *sctx) hostedBloc(k int) bool {
	end := k + 1
	for end < min(len(c.toks), k+10) && c.toks[end].kind == tokWord && !c.word(end, "in", "on", "at", "for", "to", "last", "this", "and") {
		end++
	}
	if !c.word(k, "hosted", "hosts", "hosting", "host", "to") {
		return false // "chaired its own cabinet": no bloc's gathering
	}
	o := k + 1 + boolInt(c.word(k+1, "the"))
	if !c.in(end-1, en.LeaderPlurals) && !c.word(end-1, "ministers") && !(c.in(o, en.LeaderPlurals) || c.word(o, "ministers")) {
		return false // a bloc's leaders or ministers, not the bloc
	}
	for j := k + 1; j < end; j++ {
		if en.GatheringNouns[c.toks[j].lower] {
			return false // "hosted a meeting of EU ministers": the noun's own
		}
	}
	org := c.blocSubject(end)
	if org == nil || c.modality(k) != schema.Occurred {
		return false
	}
	e := c.newGathering(k, k, k)
	if g := c.lastBlocName(end); g != "" {
		e.name = g
	}
	c.st.addAttendee(e, org)
	e.convenor = org.canon()
	for _, s := range c.subjects(k) {
		if h := c.st.countryOf(s); h != nil && h.kind == schema.KindCountry {
			e.host = h
			c.st.addAttendee(e, h)
		}
	}
	return true
}

// coChairedPair reads "A and B co-chaired the sixth meeting of the
// consultation mechanism": two parties meeting, not a gathering.
// coChairedWith reads one chair of a two countries' named meeting (or
// joint body, jointBody) and the other after "with": "X co-chaired the
// annual A-B Defence Ministers' Meeting with Y", "the joint commission
// with Y" is a meeting of X and Y, not a gathering.
func (c *sctx) coChairedWith(k, g int, subj []*entity) bool {
	if !c.word(k, "co-chaired", "co-hosted") || len(subj) != 1 || !c.bilateralName(k+1, g) && !c.jointBody(g) || !c.word(g+1, "with") {
		return false
	}
	obj, _ := c.objects(g+2, 3)
	if len(obj) != 1 || obj[0].kind != schema.KindPerson || c.modality(k) != schema.Occurred {
		return false
	}
	for _, m := range c.addMeeting(k, subj, obj, true) {
		c.meetingDetails(m, k)
	}
	return true
}

func (c *sctx) coChairedPair(k, g int, subj []*entity) bool {
	if !c.word(k, "co-chaired", "co-hosted") || len(subj) < 2 {
		return false
	}
	cs := map[string]bool{}
	for _, s := range subj {
		if p := c.st.countryOf(s); p != nil {
			cs[p.name] = true
		}
	}
	with := false
	for j := g; j < len(c.toks) && c.toks[j].text != "."; j++ {
		with = with || c.word(j, "with", "including", "attended")
	}
	// "A and B co-chaired the fifth summit of the forum": two chairs of
	// a multilateral summit.
	if len(cs) > 2 || with || c.in(g, en.SummitHeads) && !c.twoSided(g) || c.word(g, "summits", "assembly", "congress") {
		return false
	}
	for _, m := range c.addMeeting(k, subj, nil, true) {
		c.meetingDetails(m, k)
	}
	return true
}

// twoSided reports a gathering noun at g told as the two sides' own: "the
// annual bilateral summit", "the summit between the two countries".
func (c *sctx) twoSided(g int) bool {
	return c.word(g-1, "bilateral") || c.word(g+1, "between", "of") && c.word(g+2, "the") && c.word(g+3, "two")
}

// hostGathering reads "hosted", "hosts", "hosting", "convened", "organised",
// "organized", "chaired", "co-chaired", "co-hosted", "presided over".
// "two days of meetings chaired by Fiji": the host of the
// gathering read in this sentence.
func (c *sctx) hostGathering(k int) int {
	if c.word(k, "host") {
		// "X played host to the Andean summit": as "hosted" with its
		// object after "to"; "host" is a noun elsewhere.
		to := c.skipAdverbials(k + 1) // "played host on Monday to"
		if !c.word(k-1, "played", "plays", "playing", "play") || !c.word(to, "to") {
			return k
		}
		return c.hostGathering(to) // read from "to", the object after it
	}
	if c.word(k, "presided", "presides") {
		o := c.skipAdverbials(k + 1) // "presided on Monday over"
		switch {
		case !c.word(o, "over") && c.bareEnd(o):
			c.presidedInFocus(k) // "X, the host, presided."
			return k
		case !c.word(o, "over"):
			return k
		case c.word(o+1, "by"):
			c.hostAgent(o) // "the summit was presided over by X"
			return k
		}
		// "X presided over the summit" chairs it, as "chaired": read
		// from "over", past the adverbials.
		k = o
	}
	if c.word(k+1, "by") && c.toks[k].lower != "hosting" {
		c.hostAgent(k)
		return k
	}
	if q := c.skipAdverbials(k + 1); q > k+1 && c.word(q, "by") && c.toks[k].lower != "hosting" {
		c.hostAgent(q - 1) // "a session hosted in Riga by X"
		return k
	}
	if c.toks[k].lower == "hosting" && c.withHosting(k) {
		return k // "..., with President X hosting leaders from ...": the host
	}
	if g := c.hostedGroupFor(k); g >= 0 {
		return g
	}
	if c.hostedBloc(k) || c.hostedDelegations(k) {
		return k
	}
	if c.toks[k].lower == "hosting" && !c.word(k-1, "is", "was", "after") {
		c.hostingOwn(k)
		return k
	}
	if g := c.guestsForSeries(k); g >= 0 {
		return g
	}
	if g := c.hostedMeal(k); g >= 0 {
		return g
	}
	from := c.skipAdverbials(k + 1) // "co-chaired on Thursday in Faro the summit"
	if c.hostedItInFocus(k, from) {
		return from
	}
	reach := 6
	if c.word(k, "co-chaired", "co-hosted") {
		reach = 10 // "co-chaired the 10th A-B Annual Leaders' Meeting": two chairs' long names
	}
	g := c.gatheringNoun(from, reach)
	if g < 0 && c.word(from, "the") && c.in(from+1, en.EventWords) {
		g = from + 1 // "X, who is hosting the event": the gathering in focus
	}
	if !c.hostedNoun(k, g) {
		return k
	}
	if g > k+1 && slices.ContainsFunc(c.toks[k+1:g], func(t token) bool { return t.kind == tokWord && t.lower == "for" }) {
		// "hosted both presidents for talks": guests received for a
		// meeting, not a gathering hosted.
		return k
	}
	subj := c.subjects(k)
	if len(subj) == 0 && (c.word(k-1, "having") || c.word(k-1, "after")) && k-1 == c.clauseStart(k) {
		// "Having hosted a summit on Sunday, X flew on": the main
		// clause's subject.
		if a := firstPersonAfterComma(c.ms, c.toks, k); a != nil {
			subj = []*entity{a.canon()}
		}
	}
	city := c.citySubject(k) // "Lilongwe hosted the summit": its place, its country's
	if len(subj) == 0 && city != nil {
		subj = []*entity{c.st.country(city.iso3)}
	}
	if len(subj) == 0 {
		return k
	}
	if c.coChairedPair(k, g, subj) || c.coChairedWith(k, g, subj) {
		return g
	}
	var e *event
	// "X hosted the meeting": the gathering just told, not another.
	if c.word(g-1, "the") && g == from+1 {
		if last := c.st.lastGathering(c.si); last != nil && c.si-last.sent <= 2 && last.status == c.modality(k) {
			e = last
		}
	}
	if e == nil {
		e = c.newGathering(k, g, from)
	}
	if city != nil && e.place == nil {
		e.place = c.st.city(city.name, city.iso3)
	}
	c.hostsAndAttends(e, subj)
	c.coHosts(e, g)
	c.multilateralGuests(e, g)
	// "at which the participants, including A, B and C"; "co-chaired
	// a summit with A and B".
	for j := g; j < len(c.toks); j++ {
		if c.word(j, "including", "among") || c.word(j, "with") && c.word(k, "co-chaired", "co-hosted") {
			for _, a := range c.listAfter(j + 1) {
				c.st.addAttendee(e, a)
			}
			break
		}
	}
	return g
}

// hostedItInFocus reads "it" as the object of the hosting verb at k, at
// from, right after a sentence that told a gathering ("The summit ended on
// Sunday. X chaired it."): the subject hosts and attends that gathering.
func (c *sctx) hostedItInFocus(k, from int) bool {
	if !c.word(from, "it") || c.word(k, "hosting") || c.modality(k) != schema.Occurred {
		return false
	}
	e := c.st.lastGathering(c.si)
	if e == nil || e.sent == c.si || c.si-max(e.sent, e.seen) > 1 || e.status != schema.Occurred {
		return false
	}
	for _, d := range c.st.dates[c.si] {
		if c.s.start+d.Start > c.toks[k].start && (d.Date.IsZero() || !e.dated() || !d.Date.Overlaps(e.date.Time, e.date.End())) {
			return false // "who hosted it last year": another sitting
		}
	}
	subj := c.subjects(k)
	if len(subj) == 0 {
		return false
	}
	c.hostsAndAttends(e, subj)
	return true
}

// coHosts reads those a gathering at g was hosted "together with" or
// "alongside": they attend it.
func (c *sctx) coHosts(e *event, g int) {
	for j := g + 1; j+2 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "together", "jointly") && c.word(j+1, "with") || c.word(j, "alongside") {
			for _, a := range c.listAfter(j + 1 + boolInt(c.word(j+1, "with"))) {
				c.st.addAttendee(e, c.st.countryOf(a))
			}
			return
		}
	}
}

// citySubject returns the city that opens the clause of the hosting verb
// at k ("Lilongwe hosted", "The lakeside city of Kisumu on Monday hosted",
// "Kisumu played host to"), or nil.
func (c *sctx) citySubject(k int) *mention {
	if c.word(k, "to") {
		for k > 0 && !c.word(k, "host") {
			k-- // "played host on Monday to"
		}
		k--
	}
	v := c.adverbialsBack(k)
	if v <= 0 || c.at[v-1] < 0 {
		return nil
	}
	m := &c.ms[c.at[v-1]]
	if m.kind != mCity || m.j != v || m.iso3 == "" {
		return nil
	}
	cs := c.clauseStart(k)
	switch {
	case m.i == cs || c.frontedTime(cs, m.i):
		return m // "Lilongwe hosted", "On Tuesday, Lilongwe hosted"
	case c.word(m.i-1, "of") && c.word(m.i-2, "city", "capital", "town", "port") && c.word(cs, "the"):
		return m // "The lakeside city of Kisumu"
	}
	return nil
}

// frontedTime reports tokens [i, j) that only tell a time before a
// clause's subject: "On Tuesday", "The following day, Tuesday 3 March,".
func (c *sctx) frontedTime(i, j int) bool {
	dated := false
	for q := i; q < j; q++ {
		switch {
		case c.dateTok(q):
			dated = true
		case c.toks[q].text == "," || c.word(q, "on", "the", "following", "next", "same", "day", "later", "earlier", "that"):
		default:
			return false
		}
	}
	return dated || c.word(j-1, "day") || c.word(j-2, "day") // "The following day, Lilongwe hosted"
}

// hostsAndAttends makes the hosts of gathering e attend it, and the
// country among them (or a person's) its host.
func (c *sctx) hostsAndAttends(e *event, hosts []*entity) {
	for _, s := range hosts {
		if s.kind == schema.KindPerson && s.iso3 != "" {
			s = c.st.country(s.iso3)
		}
		if s.kind == schema.KindCountry {
			e.host = s
		}
		c.st.addAttendee(e, s)
	}
}

// hostedMeal reads a meal hosted for officials of several states ("X
// hosted a working dinner for Adriatic health ministers", "a dinner for
// her Adriatic counterparts"): a gathering of theirs the host attends.
// It returns the meal's noun, or -1.
func (c *sctx) hostedMeal(k int) int {
	if !c.word(k+1, "a", "an", "the") {
		return -1
	}
	m := k + 2
	for m < min(len(c.toks), k+5) && !c.in(m, en.MealNouns) && c.toks[m].kind == tokWord && !c.toks[m].upper && c.at[m] < 0 {
		m++ // "a working lunch", "an informal dinner"
	}
	if !c.in(m, en.MealNouns) || !c.word(m+1, "for") || c.officialsGroup(m+2) < 0 || c.modality(k) != schema.Occurred {
		return -1
	}
	subj := c.subjects(k)
	if len(subj) == 0 {
		return -1
	}
	c.hostsAndAttends(c.newGathering(k, m, k+2), subj)
	return m
}

// multilateralGuests reads those a multilateral meeting at g was held
// "with" and the countries whose officials came "along with" them: "hosted
// a multilateral meeting on Sudan with A, B and C, along with officials
// from D and E" are attended by all their countries.
func (c *sctx) multilateralGuests(e *event, g int) {
	if !c.multilateralNoun(g) {
		return
	}
	for j := g + 1; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		switch {
		case c.word(j, "with") && !c.word(j-1, "along", "together"):
			for _, a := range c.listAfter(j + 1) {
				c.st.addAttendee(e, a)
			}
		case c.word(j, "from") && c.word(j-1, "officials", "delegations", "ministers", "representatives", "envoys"):
			for _, a := range c.listAfter(j + 1) {
				c.st.addAttendee(e, a)
			}
		}
	}
}

// reducedRelativeHost reads a gathering noun followed by its host and the
// host verb at k with no "that" between ("the two-day gathering South
// Africa is hosting in Johannesburg"): the host's country hosts it and
// attends.
func (c *sctx) reducedRelativeHost(k int) {
	b := k - 1
	if c.in(b, en.BeForms) || c.word(b, "has", "have", "had") {
		b--
	}
	mi := c.at[max(b, 0)]
	if b < 1 || mi < 0 || c.modality(k) != schema.Occurred {
		return
	}
	g := c.ms[mi].i - 1
	if g < 1 || !c.in(g, en.SummitHeads) && !c.word(g, "gathering") {
		return
	}
	h := c.actor(mi)
	if h == nil {
		return
	}
	if h = c.st.partyOf(h); h == nil || h.kind != schema.KindCountry {
		return
	}
	from := c.backOverModifiers(g, true)
	if c.word(from-1, "the", "a", "this") {
		from--
	}
	e := c.newGathering(k, g, from+1)
	e.host = h
	c.st.addAttendee(e, h)
}

// hostAgent reads "the meeting (at the palace) was hosted/co-hosted by A
// and B": the gathering told in this sentence, or the one in focus that
// "the meeting" points back to, is hosted by A's country; co-hosts
// attend.
func (c *sctx) hostAgent(k int) {
	e := c.st.lastGathering(c.si)
	for j := k - 1; j >= max(0, k-14); j-- {
		if !en.GatheringNouns[c.toks[j].lower] && !c.word(j, "meetings") {
			continue
		}
		if e != nil && e.sent != c.si && c.si-max(e.sent, e.seen) <= 2 && c.bareDefinite(j) {
			// "The three-day gathering, the last such summit in Asia, was
			// hosted by X": the gathering in focus.
			c.hostsFrom(e, k+2)
			return
		}
		if e == nil || e.sent != c.si && c.namedGathering(c.nameStart(j), j) {
			// "The joint Lake Basin summit was hosted by X": the
			// gathering this sentence names, read before its other frames.
			// "The meeting was chaired by X": a chair's meeting is a
			// gathering, named or not.
			chaired := c.word(k, "chaired", "co-chaired") && c.word(j-1, "the", "informal", "extraordinary", "emergency") && c.noMentionBetween(c.clauseStart(j), j)
			if !chaired && (c.in(j, en.MeetingNouns) || !c.word(c.nameStart(j)-1, "the") || !c.namedGathering(c.nameStart(j), j)) || c.modality(k) != schema.Occurred {
				return // "held talks hosted by X": talks, not a gathering
			}
			e = c.newGathering(k, j, c.nameStart(j))
		}
		if e.sent != c.si && !(c.word(j-1, "the", "this") && c.si-max(e.sent, e.seen) <= 2) {
			return
		}
		c.hostsFrom(e, k+2)
		return
	}
	if e != nil && e.sent == c.si && c.word(k-1, "and") && c.toks[k-2].text == "," {
		c.hostsFrom(e, k+2) // "the X Summit, held in Y, and hosted by Z"
		return
	}
	c.frontedHost(k, e)
}

// noMentionBetween reports that no mention starts among tokens [i, k).
func (c *sctx) noMentionBetween(i, k int) bool {
	for q := i; q < k; q++ {
		if c.at[q] >= 0 {
			return false
		}
	}
	return true
}

// bareDefinite reports a gathering noun at j after "the" and lower-case
// words only ("the three-day gathering", "the last such summit"): the
// gathering in focus, named by no proper word.
func (c *sctx) bareDefinite(j int) bool {
	for q := j - 1; q >= max(0, j-5); q-- {
		if c.word(q, "the", "this") {
			return true
		}
		if c.toks[q].kind != tokWord && c.toks[q].kind != tokNum && c.toks[q].text != "-" || c.toks[q].upper || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// twoChairs reports the two people hs who "co-chaired" gathering e, when
// its name has no summit's head ("summit on peace", "the forum": one of
// many, though two chair it): the sides of a meeting of their own
// (cueCoChairs).
func twoChairs(e *event, hs []*entity) bool {
	if len(hs) != 2 || !allPersons(hs) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if en.SummitHeads[w] {
			return false
		}
	}
	return true
}

// hostsFrom reads the hosts listed from k: "hosted by X and co-chaired by A
// and B": the first host named hosts; every one attends.
func (c *sctx) hostsFrom(e *event, k int) {
	hs := c.listAfter(k)
	e.markIf(cueCoChairs, c.word(k-2, "co-chaired") && twoChairs(e, hs))
	for i, a := range hs {
		if h := c.st.countryOf(a); h != nil && h.kind == schema.KindCountry {
			if i == 0 && e.host == nil {
				e.host = h
			}
			c.st.addAttendee(e, h)
		}
	}
}

// frontedHost reads "Hosted by X, the summit focused on ...": a fronted
// participle whose subject after the comma is the gathering in focus.
func (c *sctx) frontedHost(k int, e *event) {
	if k != 0 || e == nil || c.si-max(e.sent, e.seen) > 2 || e.status != schema.Occurred {
		return
	}
	// "Hosted by Egypt's leader, X, the summit ...": past an appositive.
	for j := k + 2; j+2 < len(c.toks) && j < k+16; j++ {
		if c.toks[j].text == "," && c.word(j+1, "the") && c.frontedHostSubject(j+2) {
			e.seen = c.si
			c.hostsFrom(e, k+2)
			return
		}
	}
}

// frontedHostSubject reports a gathering noun at j, or "event", the
// gathering in focus, after a span of days or none ("the two-day event",
// "the three-day summit").
func (c *sctx) frontedHostSubject(j int) bool {
	if c.gatheringNoun(j, 3) == j {
		return true
	}
	head := func(q int) bool { return c.in(q, en.GatheringNouns) || c.word(q, "event") }
	q := j
	for q < j+4 && !head(q) && (c.plainWord(q) || q < len(c.toks) && c.toks[q].text == "-") {
		q++
	}
	span := q > j && (c.word(q-1, "day", "week") || strings.HasSuffix(c.toks[q-1].lower, "-day"))
	return head(q) && (q == j || span)
}

// nameStart returns where the name of the gathering noun at g begins: the
// word after the "the" or "a" that opens its phrase.
func (c *sctx) nameStart(g int) int {
	j := g
	// ("Foreign Ministers' Retreat": past a plural's apostrophe.)
	apostrophe := func(q int) bool {
		return c.toks[q].text == "'" && q > 0 && c.toks[q-1].upper && c.toks[q-1].kind == tokWord
	}
	for j > 0 && j > g-8 && (c.toks[j-1].kind == tokWord || apostrophe(j-1)) && !c.word(j-1, "the", "a", "an", "was", "is", "by", "of") {
		j--
	}
	return j
}

// guestsForSeries reads "X hosted A and B (at Y on Sunday) for the 10th
// trilateral foreign ministers' meeting": a gathering of a series, which
// the host's and the guests' countries attend ("for talks" stays a
// meeting). It returns the gathering noun, or -1.
func (c *sctx) guestsForSeries(k int) int {
	for f := k + 1; f < min(len(c.toks), k+25) && c.toks[f].text != "." && c.toks[f].text != ";"; f++ {
		if !c.word(f, "for") {
			continue
		}
		g := c.gatheringNoun(f+1, 8)
		if g >= 0 && c.ordinalName(f+1, g) && c.namedGathering(f+1, g) && c.modality(k) == schema.Occurred {
			return c.hostedGuestsFor(k, f, g)
		}
		return -1
	}
	return -1
}

// hostedGuestsFor records the gathering at g a host at k received guests
// for: hosted by the host's country, with the guests' countries.
func (c *sctx) hostedGuestsFor(k, f, g int) int {
	e := c.newGathering(k, g, f+1)
	for _, s := range c.subjects(k) {
		if p := c.st.partyOf(s); p != nil && p.kind == schema.KindCountry {
			e.host = p
			c.st.addAttendee(e, p)
		}
	}
	guests, _ := c.objects(k+1, 3)
	for _, a := range guests {
		if p := c.st.partyOf(a); p != nil {
			c.st.addAttendee(e, p)
		}
	}
	// The meeting the host frame read of the same words is this
	// gathering: a multilateral meeting is told as a gathering only
	// (dropEmpty removes it).
	for _, m := range c.st.events {
		if m.typ == schema.Meeting && m.sent == c.si && m.trig == k {
			m.parts = nil
		}
	}
	return g
}

// withHosting reads "the G opened ..., with President X hosting (leaders
// from ...)": X's country hosts and attends the gathering of the sentence.
func (c *sctx) withHosting(k int) bool {
	w := -1
	for j := k - 1; j >= max(0, k-6); j-- {
		if c.word(j, "with") {
			w = j
			break
		}
	}
	e := c.st.lastGathering(c.si)
	if w < 0 || e == nil || e.sent != c.si || c.modality(k) != schema.Occurred {
		return false
	}
	hs, _ := c.objects(w+1, 3)
	if len(hs) != 1 {
		return false
	}
	if h := c.st.partyOf(hs[0]); h != nil && h.kind == schema.KindCountry {
		e.host = h
		c.st.addAttendee(e, h)
		return true
	}
	return false
}

// hostedGroupFor reads a host receiving a group for a named gathering:
// "X hosted leaders from the Sahel in Y on Monday for the Lake Chad
// Summit", "X welcomed foreign ministers of the bloc for its annual
// ministerial", "X hosted her Czech and Slovak colleagues for a
// meeting of the Visegrad Group". The subject's country hosts; countries
// in the group ("leaders of A and B", "French") attend. It returns the
// gathering noun, or -1.
func (c *sctx) hostedGroupFor(k int) int {
	group := func(q int) bool { return c.in(q, en.AttendeeNouns) || en.CounterpartNouns[c.toks[q].lower] }
	q := k + 1
	var states []*entity // "her Czech and Slovak colleagues"
	for q < min(len(c.toks), k+6) && !group(q) {
		if c.toks[q].kind != tokWord || c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson {
			return -1
		}
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind != mCity && c.ms[mi].kind != mPronoun && c.ms[mi].iso3 != "" {
			states = append(states, c.st.country(c.ms[mi].iso3))
		}
		q++
	}
	if q >= len(c.toks) || !group(q) || c.modality(k) != schema.Occurred {
		return -1
	}
	if c.word(q+1, "and") && q+2 < len(c.toks) && group(q+2) {
		q += 2 // "convened leaders and ministers from A, B and C"
	}
	f := -1
	for j := q + 1; j < min(len(c.toks), q+14) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "for") {
			f = j
			break
		}
	}
	g := -1
	if f >= 0 {
		g = c.gatheringNoun(f+1, 6)
	}
	named := g >= 0 && c.namedGathering(f+1, g)
	// "X hosted her counterparts from A, B and C (for talks)": a
	// gathering of three or more states, named or not.
	// "X hosted the leaders of four West African countries": as many,
	// named after.
	many := !named && c.word(q+1, "from", "of") && (len(countriesIn(c.listAfter(q+2))) >= 2 || c.statesNumbered(q+2+boolInt(c.word(q+2, "the")))) && !c.inFocus(4)
	if !named && !many {
		return -1
	}
	subj := c.subjects(k)
	if len(subj) == 0 {
		return -1
	}
	var e *event
	if named {
		e = c.newGathering(k, g, f+1)
	} else {
		e = c.newGathering(k, q, q)
		e.name = "meeting"
		g = q
	}
	for _, s := range subj {
		if p := c.st.partyOf(s); p != nil && p.kind == schema.KindCountry {
			e.host = p
		}
		c.st.addAttendee(e, s)
	}
	for _, a := range states {
		c.st.addAttendee(e, a)
	}
	list := c.listAfter(q + 2)
	if named {
		list = c.between(q+1, f)
	}
	for _, a := range list {
		if a.kind == schema.KindCountry || a.kind == schema.KindOrganization {
			c.st.addAttendee(e, a)
		}
	}
	return g
}

// statesNumbered reports a count of three or more states at j, past a
// few modifiers: "four southern African countries", "several Gulf
// states", "a dozen nations", "12 governments".
func (c *sctx) statesNumbered(j int) bool {
	if c.word(j, "a") && c.word(j+1, "dozen") {
		j++
	}
	if j >= len(c.toks) {
		return false
	}
	if n, err := strconv.Atoi(c.toks[j].text); !c.in(j, en.SeveralCounts) && (err != nil || n < 3) {
		return false
	}
	for q := j + 1; q < min(len(c.toks), j+5); q++ {
		if c.word(q, "countries", "nations", "states", "governments") {
			return true
		}
		if c.toks[q].kind != tokWord || c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson {
			return false
		}
	}
	return false
}

// countriesIn returns the countries among actors.
func countriesIn(as []*entity) []*entity {
	var out []*entity
	for _, a := range as {
		if a.kind == schema.KindCountry {
			out = append(out, a)
		}
	}
	return out
}

// takePart reads "took", "participated", "participates", "participating", "attendance", "participation".
// "X took part in the summit", "X participated in the talks",
// "with X in attendance".
func (c *sctx) takePart(k int) int {
	switch {
	case c.word(k, "took", "taking", "taken", "takes") && c.word(k+1, "part") && c.partAside(k) > 0:
		c.participation(k, c.partAside(k)+1, partAttended) // "took part, by video, in X"
	case (c.word(k, "took", "taking", "taken", "takes") && c.word(k+1, "part") || c.word(k, "participated")) && c.partIn(k) < 0 && c.modality(k) == schema.Occurred:
		// "Leaders of A, B and C took part for the first time", "...
		// took part, as did D and E", "X took part alongside the leaders
		// of A and B".
		c.addToRecent(k, append(append(c.clauseList(k), c.asDid(k)...), c.addedAttendees(k)...))
	case c.word(k, "took") && c.word(k+1, "the") && c.word(k+2, "floor") && c.modality(k) == schema.Occurred:
		// "A and B also took the floor": speakers at the gathering in focus.
		c.addToRecent(k, append(c.clauseList(k), c.addedAttendees(k)...))
	case c.word(k, "took") && c.word(k+1, "part") && c.word(k+2, "in") && c.meetingRefAt(k+3) && c.recentMeeting() != nil:
		// "Y took part in the discussions too": one more at the table
		// (delegates).
	case c.partIn(k) > 0:
		c.participation(k, c.partIn(k), partAttended)
	case c.word(k, "participation") && c.possessedAt(k) && c.participationIn(k) > 0:
		// "after his participation in the X Summit", "the minister's
		// participation on Monday in the X Meeting".
		c.participation(k, c.participationIn(k), partAttended)
	case c.phraseAt(k, en.TurnUp) > 0 && c.modality(k) == schema.Occurred:
		// "A and B took their seats in the hall"
		c.turnUp(k)
	case c.word(k, "attendance") && c.word(k-1, "in"):
		if e := c.st.lastGathering(c.si); e != nil && e.sent == c.si {
			if c.withListBefore(k-1) >= 0 {
				break // "opened with A, B and C in attendance": withPresent's
			}
			for j := k - 2; j >= max(0, k-8); j-- {
				if mi := c.at[j]; mi >= 0 {
					c.st.addAttendee(e, c.actor(mi))
					break
				}
			}
		}
	}
	return k
}

// possessedAt reports a possessor right before the noun at k: "his
// participation", "the minister's participation".
func (c *sctx) possessedAt(k int) bool {
	if c.word(k-1, "his", "her", "their") {
		return true
	}
	mi := c.at[max(k-1, 0)]
	return k > 0 && mi >= 0 && c.ms[mi].kind == mPerson && c.toks[k-1].poss
}

// participationIn returns the token after the "in" that names a gathering
// after "participation" at k, past a time adverbial ("participation
// last Monday in the X Summit"), or -1.
func (c *sctx) participationIn(k int) int {
	for j := k + 1; j < min(len(c.toks), k+8) && c.toks[j].kind == tokWord; j++ {
		if c.word(j, "in") && c.gatheringNoun(j+1, 8) >= 0 {
			return j + 1
		}
	}
	return -1
}

// partIn returns the token after the "in" of "took part in" or
// "participated in" at k, across a time adverbial between ("took part on
// Friday in", "participated yesterday in"), or -1.
func (c *sctx) partIn(k int) int {
	q := k + 1
	if c.word(k, "took", "taking", "taken", "takes") {
		if !c.word(k+1, "part") {
			return -1
		}
		q = k + 2
	} else if !c.word(k, "participated", "participates", "participating") {
		return -1
	}
	if !c.word(q, "in") {
		q = c.skipAdverbials(q)
	}
	if c.word(q, "in") {
		return q + 1
	}
	return -1
}

// takingPartBefore reports "taking part (online, in person)" opening the
// clause of the copula at k, after one word at most: "Also taking part
// online were A and B".
func (c *sctx) takingPartBefore(k int) bool {
	p := c.objectPhraseStart(k) - 1
	if c.word(p, "online", "virtually", "remotely") {
		p--
	} else if c.word(p, "person") && c.word(p-1, "in") {
		p -= 2
	}
	if !c.word(p, "part") || !c.word(p-1, "taking") {
		return false
	}
	return c.clauseStart(k) >= p-2 // ("Those taking part were", "Also taking part were")
}

// objectPhraseStart returns the start of a phrase naming the gathering
// that ends right before k ("in the summit", "at the talks", "the Lake
// Basin Summit", "in the opening session"): an article, up to five words
// and a gathering's noun, after "in" or "at" or none; else k.
func (c *sctx) objectPhraseStart(k int) int {
	g := k - 1
	if g < 1 || !c.in(g, en.GatheringHeads) && !c.word(g, "talks") {
		return k
	}
	for j := g - 1; j >= max(0, g-6); j-- {
		if c.word(j, "the", "a", "an") {
			if c.word(j-1, "in", "at") {
				return j - 1
			}
			return j
		}
		if c.toks[j].kind == tokPunct && c.toks[j].text != "'" && c.toks[j].text != "-" {
			return k
		}
	}
	return k
}

// partAside returns the token after an aside set off by commas right
// after "took part" at k ("took part, over a video link, in"), or -1.
func (c *sctx) partAside(k int) int {
	if k+2 >= len(c.toks) || c.toks[k+2].text != "," {
		return -1
	}
	for q := k + 3; q < min(len(c.toks), k+12); q++ {
		if c.toks[q].text == "," {
			if c.word(q+1, "in") {
				return q + 1
			}
			return -1
		}
		if c.at[q] >= 0 && c.ms[c.at[q]].kind != mCity {
			return -1
		}
	}
	return -1
}

// sendDelegation reads "sent", "dispatched".
// "Egypt, Ethiopia and Kenya sent their foreign ministers".
func (c *sctx) sendDelegation(k int) int {
	// "sent its foreign minister", "sent Secretary of State X".
	envoy := k+1 < len(c.toks) && c.at[k+1] >= 0 && c.ms[c.at[k+1]].kind == mPerson && c.ms[c.at[k+1]].role != ""
	// "stayed home, sending his deputy X in his place": a leader's
	// stand-in, told by role or name.
	standIn := c.word(k+1, "his", "her") && c.envoyAfter(k+2)
	// "sent the chairman of its parliament", "sent deputy premier X".
	officer := c.word(k+1, "the") && c.envoyAfter(k+2) || c.in(k+1, en.StandInNouns) && c.envoyAfter(k+1)
	if !c.in(k+1, en.SentObjects) && !envoy && !standIn && !officer {
		return k
	}
	if to := c.sentTo(k); to > 0 && !c.relativeBefore(k) {
		// "A, B and C sent delegations to the X summit in Y": the
		// gathering after "to", attended by the senders.
		c.participation(k, to, partAttended)
		return k
	}
	e := c.st.lastGathering(c.si)
	if e == nil || c.modality(k) != schema.Occurred {
		return k
	}
	for _, s := range c.subjectsOrFronted(k) {
		c.st.addAttendee(e, s)
	}
	if p := c.envoySent(k); p != nil && (!p.canon().guessed || c.countryNamedBefore(k, p.canon().iso3)) {
		// "Y sent President X anyway", "Z sent its foreign minister, W":
		// the envoy is there (a trip the text does not tell is none).
		c.st.addAttendee(e, p)
	}
	// "All members sent their foreign ministers: A, B and C".
	for j := k + 1; j < min(len(c.toks), k+6) && c.toks[j].text != "."; j++ {
		if c.toks[j].text == ":" {
			c.addToRecent(k, c.listAfter(j+1))
			return k
		}
	}
	// "Chile sent its foreign minister, and Peru its deputy": the
	// gapped clauses' countries sent theirs too.
	for j := k + 1; j+2 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if mi := c.at[j+1]; c.word(j, "and", ",") && mi >= 0 && c.ms[mi].kind == mCountry && c.word(c.ms[mi].j, "its", "their", "a", "an") {
			c.st.addAttendee(e, c.st.country(c.ms[mi].iso3))
		}
	}
	return k
}

// relativeBefore reports a relative pronoun before k in its sentence ("the
// forum, in which 40 countries sent ministers to ..."): the subject before
// it is not the verb's.
func (c *sctx) relativeBefore(k int) bool {
	for j := 0; j < k; j++ {
		if c.word(j, "which", "whom", "whose") {
			return true
		}
	}
	return false
}

// sentTo returns the token after the "to" that follows what was sent at k
// when a gathering's noun comes within a few words of it ("sent
// delegations to the X summit"), or -1.
func (c *sctx) sentTo(k int) int {
	for j := k + 1; j < min(len(c.toks), k+8); j++ {
		if c.word(j, "to") {
			if c.gatheringNoun(j+1, 6) > 0 {
				return j + 1
			}
			return -1
		}
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," && c.toks[j].text != "-" {
			return -1
		}
	}
	return -1
}

// countryNamedBefore reports a mention of the country iso3 (or of one of its
// people) before token k: a guessed envoy's country the sender's ("Thai
// Prime Minister X ... sent Foreign Minister Y").
func (c *sctx) countryNamedBefore(k int, iso3 string) bool {
	for _, m := range c.ms {
		if m.i < k && iso3 != "" && m.iso3 == iso3 {
			return true
		}
	}
	return false
}

// envoySent returns the person named as sent at k: "sent President X",
// "sent its foreign minister, X", "sent X, its trade minister"; nil for a
// title alone or a delegation.
func (c *sctx) envoySent(k int) *entity {
	for q := k + 1; q < min(len(c.toks), k+7); q++ {
		mi := c.at[q]
		if mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].name != "" {
			return c.actor(mi)
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
			return nil
		}
	}
	return nil
}

// envoyAfter reports whether a person, or the title of one, follows at j
// (within three words): "his deputy X", "her foreign minister".
func (c *sctx) envoyAfter(j int) bool {
	for q := j; q < min(len(c.toks), j+3); q++ {
		if mi := c.at[q]; mi >= 0 {
			return c.ms[mi].kind == mPerson || c.ms[mi].kind == mRole
		}
		if c.in(q, en.StandInNouns) {
			return true
		}
	}
	return false
}

// attendVerb reads "attended", "attending", "attend".
func (c *sctx) attendVerb(k int) int {
	if c.word(k-1, "none", "neither") || c.word(k-1, "them") && c.word(k-2, "of") && c.word(k-3, "none", "neither") {
		return k // "A and B got no invitation; none of them attended"
	}
	if c.word(k-1, "not", "n't", "never") || c.word(k-2, "not", "never") && c.word(k-1, "to") {
		c.participation(k, k+1, partAbsent)
		return k
	}
	if c.word(k+1, "every", "each", "all", "most", "many", "several") {
		return k // "who has attended every Lake Summit": a habit, no one gathering
	}
	if c.word(k, "used", "uses") && !c.usedGathering(k) {
		return k
	}
	c.attended(k)
	return k
}

// usedGathering reports "used the X Summit (on Tuesday) to ..." at k: a
// gathering's proper name right after the verb and its article, and a
// "to" of purpose a few words after it.
func (c *sctx) usedGathering(k int) bool {
	if !c.word(k+1, "the", "this") {
		return false
	}
	g := c.gatheringNoun(k+2, 8)
	if g < 0 || !c.toks[g].upper || !c.namedGathering(k+2, g) {
		return false
	}
	for q := g + 1; q < min(len(c.toks), g+6) && c.toks[q].kind != tokPunct; q++ {
		if c.word(q, "to") {
			return true
		}
	}
	return false
}

// present reads "present".
// "Leaders of A, B and C were present."
func (c *sctx) present(k int) int {
	if c.word(k, "is", "are") && !c.presenceSubject(c.clauseStart(k), k) {
		return k // only "Among those taking part are A and B" (cheaply: "is" is everywhere)
	}
	if c.modality(k) != schema.Occurred {
		return k
	}
	named := c.objectPhraseStart(k) // "Attending the summit were": its start
	switch {
	case c.word(k, "present") && (c.word(k-1, "were", "was") || c.word(k-1, "also", "all") && c.word(k-2, "were", "was")):
		// "A was also present, alongside B and C"
		c.addToRecent(k, c.clauseList(k))
		c.addToRecent(k, c.addedAttendees(k))
	case c.word(k, "present") && c.withListBefore(k) > 0:
		// "opened in Quito on Monday with Peru and Chile present"
		c.addToRecent(k, c.listAfter(c.withListBefore(k)+1))
	case c.word(k, "were", "was") && (c.in(named-1, en.PresenceOpeners) && c.clauseStart(k) >= named-2 || c.takingPartBefore(k)):
		// "Attending were A and B", "Also present were C and D", "Taking
		// part were E and F", "Also taking part online were G and H",
		// "Attending the summit were", "Present at the talks were A; B;
		// and C": after a label that names the gathering, a list whose
		// items part with semicolons.
		list := c.listAfter(k + 1)
		if named < k || c.semicolonItems(k) {
			list = c.labelList(k + 1)
		}
		c.addPresent(k, list)
	case c.word(k, "were", "was") && c.joiningLabel(c.clauseStart(k), k):
		// "Joining them at the table were A and B".
		c.addToRecent(k, c.listAfter(k+1))
	case c.word(k, "sat", "stood", "were", "was") && c.companyFront(c.clauseStart(k), k):
		// "Around them sat A, B and C", "Beside her stood D": the
		// company of those told before, at the gathering in focus.
		c.addToRecent(k, c.listAfter(k+1))
	case c.word(k, "sat", "stood") && c.labelAt(c.clauseStart(k)) && k-c.clauseStart(k) <= 10:
		// "At the table in the main hall sat A, B and C", "Further around
		// the table sat D and E".
		c.addToRecent(k, c.listAfter(k+1))
	case c.word(k, "were", "was") && c.labelBefore(k):
		// "Around the table were A, B and C"; "... with her were": she too.
		from := k + 1
		if from < len(c.toks) && c.toks[from].text == ":" {
			from++ // "Leaders in attendance were: A; B"
		}
		c.addPresent(k, c.labelList(from))
		if mi := c.at[k-1]; mi >= 0 && c.word(k-2, "with") {
			if a := c.actor(mi); a != nil {
				c.addToRecent(k, []*entity{a})
			}
		}
	case c.in(k, en.PresenceCopulas) && c.presenceSubject(c.pastAdditiveFront(c.clauseStart(k), k), k):
		// "Those in attendance included A and B", "Among those present
		// were C", "Present at the talks were D"; "Besides the Kenyan
		// delegation, attendees included E": Kenya too.
		c.addPresent(k, c.labelList(k+1))
		if i, f := c.clauseStart(k), c.pastAdditiveFront(c.clauseStart(k), k); f > i {
			c.addPresent(k, c.between(i, f))
		}
	case c.word(k, "were", "was", "sat", "stood", "watched") && c.presenceAfter(k+1):
		// "A and B were in attendance", "C sat in the front row,
		// alongside D", "E watched from the stands".
		c.addToRecent(k, c.clauseList(k))
		c.addToRecent(k, c.addedAttendees(k))
		c.addToRecent(k, c.asDid(k)) // "..., as was X"
	case c.phraseAt(k, en.TurnUp) > 0:
		c.turnUp(k)
	case c.word(k, "stayed") && c.word(k+1, "for") && (c.gatheringNoun(k+2, 4) >= 0 || c.sessionsAt(k+2)):
		// "A and B stayed for the last day's sessions, alongside C".
		c.addToRecent(k, c.clauseList(k))
		c.addToRecent(k, c.addedAttendees(k))
	case c.sharedStage(k) > 0:
		// "X shared the platform with Y and Z": all three were there.
		c.addToRecent(k, c.subjects(k))
		c.addToRecent(k, c.listAfter(k+c.sharedStage(k)))
	case c.word(k, "was", "were", "been") && c.word(k+1, "in"):
		c.inPlaceFor(k)
	}
	return k
}

// semicolonItems reports a list after k whose items part with semicolons:
// the first semicolon is followed (past an "and") by "the" or a name, as in
// "were the Kenyan minister, A; the Zambian minister, B; and C".
func (c *sctx) semicolonItems(k int) bool {
	for q := k + 1; q+1 < len(c.toks) && c.toks[q].text != "."; q++ {
		if c.toks[q].text != ";" {
			continue
		}
		n := q + 1 + boolInt(c.word(q+1, "and"))
		if n >= len(c.toks) || !c.word(n, "the") && c.at[n] < 0 {
			return false
		}
		// The next item holds a comma of its own or ends at another
		// semicolon ("; Tanzania sent no one." is a clause).
		for j := n; j < len(c.toks) && c.toks[j].text != "."; j++ {
			if c.toks[j].text == "," || c.toks[j].text == ";" {
				return true
			}
		}
		return false
	}
	return false
}

// sharedStage returns the length of "shared the stage with" at k, with
// "a" for "the" and one modifier before the noun allowed ("shared the
// opening stage with"), or 0.
func (c *sctx) sharedStage(k int) int {
	if !c.word(k, "shared") || !c.word(k+1, "the", "a") {
		return 0
	}
	n := k + 2
	if !c.in(n, en.StageNouns) {
		n++
	}
	if !c.in(n, en.StageNouns) || !c.word(n+1, "with") {
		return 0
	}
	return n + 2 - k
}

// inPlaceFor reads "A and B were in Tashkent for the summit", "X had been
// in the capital on Monday for the dialogue between A, B and C": the
// gathering in the place named, with the subject's people at it, also
// when the place is their own (a stay abroad is a visit, whose
// tripGathering told it already).
func (c *sctx) inPlaceFor(k int) {
	pm := c.at[min(k+2, len(c.at)-1)]
	if k+2 >= len(c.toks) || pm < 0 || c.ms[pm].kind != mCity && c.ms[pm].kind != mCountry || c.modality(k) != schema.Occurred {
		return
	}
	for _, e := range c.st.events {
		if e.typ == schema.Gathering && e.sent == c.si {
			return
		}
	}
	host := c.hostAt(pm)
	if host == nil {
		return
	}
	var who []*entity
	for _, a := range c.subjects(k) {
		if a.kind == schema.KindPerson {
			who = append(who, a)
		}
	}
	v := &event{typ: schema.Visit, status: schema.Occurred, host: host.canon()}
	if m := c.ms[pm]; m.kind == mCity {
		v.place = c.st.city(m.name, m.iso3)
	}
	if len(who) > 0 {
		v.visitor = who[0]
	}
	n := len(c.st.events)
	c.tripGathering(v, c.ms[pm].j)
	if len(c.st.events) == n {
		return
	}
	for _, a := range who {
		c.st.addAttendee(c.st.events[n], a)
	}
}

// joiningLabel reports an inverted subject [i, k) that joins those told
// before at a table or a gathering, naming no one and no journey: "Joining
// them at the long table", "Joining the leaders at the summit"
// (not "Joining him on the trip").
func (c *sctx) joiningLabel(i, k int) bool {
	if !c.word(i, "joining") || !c.word(i+1, "them", "him", "her", "the") || k-i > 10 {
		return false
	}
	for j := i + 2; j < k; j++ {
		if c.toks[j].kind != tokWord || c.in(j, en.JourneyNouns) || c.word(j, "delegation", "plane", "flight", "aircraft") {
			return false
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind != mRole && c.ms[mi].kind != mGroup {
			return false
		}
	}
	return true
}

// countedBefore returns the actors of a fronted phrase of those already
// counted before the subject of "drew" at k, the gathering noun g or a
// pronoun ("Besides the bloc's members - A, B and C - and the AU, the
// summit drew ..."): they attend too. A bloc whose members the phrase
// lists is no attendee of its own.
func (c *sctx) countedBefore(k, g int) []*entity {
	i := c.clauseStart(k)
	n := c.phraseAt(i, en.AdditiveFronts)
	if n == 0 {
		return nil
	}
	end := k
	if g >= 0 && g < k {
		end = g
	}
	comma := -1
	for j := i + n; j < end; j++ {
		if c.toks[j].text == "," {
			comma = j
		}
	}
	if comma < 0 {
		return nil
	}
	var out []*entity
	for j := i + n; j < comma; j++ {
		mi := c.at[j]
		if mi < 0 {
			continue
		}
		j = c.ms[mi].j - 1
		if a := c.actor(mi); a != nil && !(c.ms[mi].kind == mOrg && c.word(c.ms[mi].j, "members", "member")) {
			out = append(out, a)
		}
	}
	return out
}

// pastAdditiveFront returns the start of the clause at i past a fronted
// phrase of those already counted ("Besides the Kenyan delegation,
// attendees included"), before token k; else i.
func (c *sctx) pastAdditiveFront(i, k int) int {
	if c.phraseAt(i, en.AdditiveFronts) == 0 {
		return i
	}
	for j := i + 1; j < k; j++ {
		if c.toks[j].text == "," {
			return j + 1
		}
	}
	return i
}

// presenceSubject reports whether tokens [i, j) name the people at the
// gathering in focus as the subject of an inverted list: a run of
// en.PresenceHeads and en.AttendeeNouns, then presence phrases (en.Presence,
// en.PresenceRelatives) and the gathering they were at ("Those in
// attendance", "Leaders who attended the summit", "Present at the talks",
// "Among the ministers taking part"), or a bare "Attendees".
func (c *sctx) presenceSubject(i, j int) bool {
	q := i
	// "Among some 25 participants were", "Among the 30 or so leaders".
	for q < j && (c.in(q, en.PresenceHeads) || c.in(q, en.AttendeeNouns) || q > i && c.countAt(q)) {
		q++
	}
	if q == j {
		return j > i && c.in(j-1, en.PresentNouns) // "Guests included A"; not "Leaders included
	}
	cue := false
	if q == i {
		// With no head the subject opens with a label ("Present at the
		// talks were"), not any presence word ("There was").
		n := c.phraseAt(q, en.PresenceLabels)
		if n == 0 {
			return false
		}
		q, cue = q+n, true
	}
	for q < j {
		n := max(c.phraseAt(q, en.Presence), c.phraseAt(q, en.PresenceRelatives))
		if n == 0 {
			break
		}
		q, cue = q+n, true
	}
	// "... at the Lusaka talks", "... who attended the summit", "...
	// present in Lusaka".
	if cue && q < j && c.word(q, "at", "in", "for", "the") {
		if g := c.gatheringNoun(q+1, 6); g >= 0 && g < j {
			q = g + 1
		}
	}
	return cue && c.placeTimeUntil(q, j)
}

// countAt reports a word of a rough count at q: a number, or a word of
// en.QuantityWords before another or a number ("some 25", "more than
// 40"; not "around the table").
func (c *sctx) countAt(q int) bool {
	num := func(j int) bool { return j < len(c.toks) && c.toks[j].kind == tokNum }
	return num(q) || c.in(q, en.QuantityWords) && (num(q+1) || c.in(q+1, en.QuantityWords))
}

// placeTimeUntil reports whether tokens [q, j) are only phrases of place
// and time ("in Lusaka", "on Tuesday", "last week"), or none.
func (c *sctx) placeTimeUntil(q, j int) bool {
	for q < j {
		mi := c.at[min(q+1, len(c.at)-1)]
		switch {
		case c.word(q, "in", "at") && mi >= 0 && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry):
			q = c.ms[mi].j
		case c.word(q, "on") && (c.in(q+1, en.WeekdayWords) || en.MonthNames[c.toks[min(q+1, len(c.toks)-1)].lower] != 0):
			q += 2
		case c.word(q, "last", "this") && c.in(q+1, en.TimeSpanWords):
			q += 2
		default:
			return false
		}
	}
	return q == j
}

// cameToList gives each person named after the verb at j a visit to the
// country h, on the day of the gathering in focus when the sentence has none.
func (c *sctx) cameToList(j int, h *entity) {
	g := c.st.lastGathering(c.si)
	for mi, m := range c.ms {
		a := c.actor(mi)
		if m.i <= j || m.kind != mPerson || a == nil {
			continue
		}
		if v := c.addVisit(j, a, h, schema.Occurred, j, false); v != nil && g != nil && (!v.dated() || v.date.Precision != schema.PrecisionDay) {
			v.date, v.dateFrom = g.date, g.dateFrom
		}
	}
}

// cameTo returns the country of the place after "who came to" or "who
// travelled to" that ends the presence subject [i, j) ("Among the leaders who
// travelled to Riga"), or nil.
func (c *sctx) cameTo(i, j int) *entity {
	for q := i; q+2 < j; q++ {
		if !c.word(q, "who") || !c.word(q+1, "came", "travelled", "traveled", "flew") || !c.word(q+2, "to") {
			continue
		}
		p := q + 3
		if c.word(p, "the") {
			p++
		}
		if mi := c.at[min(p, len(c.at)-1)]; p < j && mi >= 0 && c.ms[mi].j == j && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry) {
			return c.hostAt(mi)
		}
	}
	return nil
}

// withListBefore returns the "with" that opens the list of actors just
// before the word at k ("with A, B and C present"), or -1.
func (c *sctx) withListBefore(k int) int {
	for j := k - 1; j >= max(0, k-40); j-- {
		if c.word(j, "with") {
			return j
		}
		if mi := c.at[j]; mi >= 0 {
			j = c.ms[mi].i // a whole name with its office: "Kenyan President X"
			continue
		}
		if !c.word(j, "and") && c.toks[j].text != "," {
			return -1
		}
	}
	return -1
}

// presenceAfter reports whether a presence phrase starts at token j: "at
// the table", "in attendance", "on hand".
func (c *sctx) presenceAfter(j int) bool {
	if c.word(j, "also", "all", "both") {
		j++ // "A and B were both there"
	}
	// "was at the closing session", "were at the final plenary".
	if c.word(j, "at") && c.word(j+1, "the") {
		q := j + 2
		if c.in(q, en.SessionOpenings) {
			q++
		}
		if c.in(q, en.ProceedingNouns) || en.GatheringHeads[c.toks[min(q, len(c.toks)-1)].lower] {
			return true
		}
		if c.venueEnd(j+2) > 0 && c.inFocus(2) {
			return true // "were at the Lakeside Convention Centre on Wednesday"
		}
	}
	for _, p := range en.Presence {
		ok := p[0] != "present"
		for i, w := range p {
			ok = ok && c.word(j+i, w)
		}
		if ok {
			return true
		}
	}
	return false
}

// amongMembers reads "among".
// "A, B and C were among the states represented", "A and B were among the
// leaders present, together with C".
func (c *sctx) amongMembers(k int) int {
	// "Among the leaders who attended were", "Among the other presidents
	// present were".
	if c.clauseStart(k) == k && c.word(k+1, "the") {
		// "Among the foreign guests were": the head past its
		// modifiers.
		// "Among the roughly 30 heads of state were": past a count too.
		// "Among the largest delegations were": past an adjective or two.
		q, adj := k+2, 0
		for q < min(len(c.toks), k+8) && (c.in(q, en.PresenceHeads) || c.in(q, en.QuantityWords) || c.toks[q].kind == tokNum || c.word(q, "first") || adj < 2 && c.plainWord(q)) && !c.in(q, en.AttendeeNouns) && !c.word(q, "were", "was") {
			if !c.in(q, en.PresenceHeads) && !c.in(q, en.QuantityWords) && c.toks[q].kind != tokNum && !c.word(q, "first") {
				adj++
			}
			q++
		}
		if c.in(q, en.AttendeeNouns) {
			return c.amongFronted(k)
		}
		// "Among the largest (ones) were those of A, B and C": the
		// delegations just counted, elliptically.
		if c.word(q, "ones") {
			q++
		}
		if c.word(q, "were", "was") && c.word(q+1, "those") && c.word(q+2, "of") && c.modality(q) == schema.Occurred && c.gatheringInFocus() != nil {
			c.addPresent(q, c.listAfter(q+3))
			return q
		}
	}
	// "Among those who travelled there were A and B".
	// "Among those at the talks were", "Among those in the hall were".
	if c.clauseStart(k) == k && c.word(k+1, "those") && (c.word(k+2, "who", "present", "attending", "taking") || c.word(k+2, "at", "in") && (c.word(k+3, "the", "attendance") || k+3 < len(c.toks) && c.toks[k+3].upper)) {
		return c.amongFronted(k)
	}
	// "Leaders of 30 states are in X for the summit. Among them are A
	// and B."
	if c.clauseStart(k) == k && c.word(k+1, "them") && c.word(k+2, "are", "were") && c.modality(k) == schema.Occurred {
		c.addToRecent(k, c.listAfter(k+3))
		return k + 2
	}
	// "A and B were among the earliest to land": at the gathering in
	// focus, come to its country.
	if c.word(k-1, "were", "was") && c.word(k+1, "the") && c.word(k+2, "first", "last", "earliest", "early") && c.word(k+3, "to") &&
		c.in(k+4, en.ArrivalLabels) && c.modality(k) == schema.Occurred && c.st.lastGathering(c.si) != nil {
		subj := c.subjects(k - 1)
		c.addToRecent(k, subj)
		c.visitsToGathering(k, subj)
		return k + 4
	}
	if !c.word(k-1, "were", "was") || c.modality(k) != schema.Occurred {
		return k
	}
	// "A and B were among the earliest to land": at the gathering in
	// focus, and come to its country.
	if c.word(k+1, "the") && c.word(k+2, "first", "last", "earliest") && c.word(k+3, "to") && c.word(k+4, "arrive", "land", "come") {
		if e := c.st.lastGathering(c.si); e != nil && c.si-e.sent <= 2 {
			list := c.clauseList(k)
			c.addToRecent(k, list)
			c.visitsToGathering(k, list)
		}
		return k
	}
	// "A and B were among those present", "... among those at the palace,
	// along with C": they and C attend the gathering in focus.
	if c.word(k+1, "those") && (c.word(k+2, "at") && (c.word(k+3, "the") || k+3 < len(c.toks) && c.toks[k+3].upper) || c.phraseAt(k+2, en.Presence) > 0 || c.phraseAt(k+2, en.PresenceRelatives) > 0) {
		if c.inFocus(2) {
			c.addToRecent(k, c.clauseList(k))
			c.addToRecent(k, c.addedAttendees(k))
		}
		return k
	}
	// "among the guests", "among invited guests", "among the other
	// leaders": the noun past a determiner and one modifier.
	h := k + 1
	if c.word(h, "the") {
		h++
	}
	if !c.in(h, en.AttendeeNouns) && c.plainWord(h) && c.in(h+1, en.AttendeeNouns) {
		h++
	}
	if h == k+1 || !c.in(h, en.AttendeeNouns) {
		return k
	}
	// Leaders and members attend only when the text says where or how:
	// "among the leaders present", "among the members in the hall",
	// "among the presidents seated on the dais".
	q := h + 1
	if c.word(q, "of") && c.word(q+1, "state", "government") {
		q += 2 // "the heads of government present", "of state and government seated"
		if c.word(q, "and") && c.word(q+1, "government") {
			q += 2
		}
	}
	if !c.in(h, en.PresentNouns) && !c.word(q, "taking", "attending", "present", "participating", "represented", "in", "at", "there", "seated", "gathered", "assembled") && !c.word(q+1, "taking", "attending", "present", "participating", "represented", "seated") {
		return k
	}
	c.addToRecent(k, c.clauseList(k))
	c.addToRecent(k, c.addedAttendees(k))
	return k
}

// amongFronted reads a fronted "among": "Among the leaders who took
// their seats were A of X and B of Y", the list after its "were".
func (c *sctx) amongFronted(k int) int {
	if c.modality(k) != schema.Occurred {
		return k
	}
	for j := k + 3; j < min(len(c.toks), k+16); j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			break
		}
		if c.word(j, "were", "was") {
			list := c.listAfter(j + 1)
			c.addToRecent(k, list)
			// "Among the presidents who travelled in person were A and B":
			// their visits to the gathering's country.
			for q := k; q < j; q++ {
				if c.phraseAt(q, en.TurnUp) > 0 && c.word(q, "made", "travelled", "traveled", "came") {
					c.visitsToGathering(q, list)
					break
				}
			}
			// "Among the leaders who travelled to Riga were A and
			// B": each made the journey there.
			if h := c.cameTo(k, j); h != nil {
				c.cameToList(j, h)
			}
			return j
		}
	}
	return k
}

// skip reads "skipped", "boycotted", "missed", "shunned".
func (c *sctx) skip(k int) int {
	c.participation(k, k+1, partAbsent)
	return k
}

// absentFrom reads "absent".
// "X was absent from the summit"
func (c *sctx) absentFrom(k int) int {
	if c.word(k-1, "was", "were") && c.word(k+1, "from") {
		c.participation(k, k+2, partAbsent)
	}
	return k
}

// represented reads "represented".
// "X was represented by Y": X's country attended.
func (c *sctx) represented(k int) int {
	if at, g := c.representedAt(k); at > 0 {
		c.representedAtGathering(k, at, g)
		return k
	}
	switch {
	case c.word(k, "led", "headed", "leading", "heading"):
		c.delegationLed(k)
	case c.word(k+1, "only", "solely", "just", "merely") && c.word(k+2, "by"):
		// "X was represented solely by a junior envoy": X was there.
		c.participation(k, -1, partAttended)
	case c.word(k, "represented") && c.word(k-1, "were") && c.toks[min(k+1, len(c.toks)-1)].text == "," && c.word(k+2, "including", "among"):
		// "Thirty states were represented, among them A and B".
		if c.modality(k) == schema.Occurred {
			c.addToRecent(k, c.listAfter(k+3))
		}
	case c.word(k+1, "by") && c.modality(k) == schema.Occurred && c.gatheringInFocus() == nil && c.joinSide(personsOf(c.listAfter(k+2))):
		// "Russian and American officials held talks ... Moscow was
		// represented by A and B": the Russian side of the talks.
	case c.word(k+1, "by"):
		c.participation(k, -1, partAttended)
		c.gappedBy(k + 2)
		if len(c.subjects(k)) == 0 && c.modality(k) == schema.Occurred {
			// "The Gulf side was represented by A, President of X; B,
			// Emir of Y": the countries of those named.
			c.addToRecent(k, c.st.countriesOf(personsOf(c.labelList(k+2))))
		}
	case c.word(k+1, "at", "in"):
		// "Ghana was represented at the Lome summit on Thursday by its
		// vice president": the gathering named after "at"; "Kiribati was
		// not represented at the meeting": absent from it.
		switch c.modality(k) {
		case schema.Occurred:
			c.participation(k, k+2, partAttended)
		case schema.Cancelled:
			c.participation(k, k+2, partAbsent)
		}
	case c.word(k, "representing") && !c.word(k+1, "by", "at", "in") && c.modality(k) == schema.Occurred:
		// "Y is representing Myanmar instead", "Y, representing the
		// bloc, spoke": Y and what Y stands for are there.
		c.addToRecent(k, c.clauseList(k))
	case !c.word(k-1, "was", "were", "is", "are", "be", "been", "being") && c.modality(k) == schema.Occurred:
		// "A and B represented the bloc's newer members": the subjects
		// sat at the gathering in focus.
		c.addToRecent(k, c.clauseList(k))
	}
	return k
}

// representedAt returns the "at" after the object of an active
// "represented" at k that a gathering's noun follows ("represented Kenya
// at the funeral of Y"), told as done, and that noun; -1 otherwise.
func (c *sctx) representedAt(k int) (at, g int) {
	if !c.word(k, "represented") || c.word(k-1, "was", "were", "is", "are", "be", "been", "being") || c.modality(k) != schema.Occurred {
		return -1, -1
	}
	_, end := c.objects(k+1, 2)
	if end <= k+1 || !c.word(end, "at") {
		return -1, -1
	}
	if g = c.gatheringNoun(end+1, 5); g < 0 {
		return -1, -1
	}
	return end, g
}

// representedAtGathering reads "X represented Kenya at the swearing-in of
// Y", its "at" at at and the gathering's noun at g: X, and what X stood
// for, attended the gathering named after "at"; "at a session of its
// council": the gathering in focus.
func (c *sctx) representedAtGathering(k, at, g int) {
	var stood []*entity
	obj, _ := c.objects(k+1, 2)
	for _, a := range obj {
		if a.kind != schema.KindPerson {
			stood = append(stood, a)
		}
	}
	if c.in(g, en.GatheringParts) && c.gatheringInFocus() != nil {
		c.addToRecent(k, append(c.subjects(k), stood...))
		return
	}
	c.participation(k, at+1, partAttended)
	if e := c.st.lastGathering(c.si); e != nil && e.sent == c.si {
		for _, a := range stood {
			c.st.addAttendee(e, a)
		}
	}
}

// gappedBy reads the gapped clauses after "X was represented by Y": ",
// Z by W, and the V by U" — Z and V attended too.
func (c *sctx) gappedBy(from int) {
	if c.modality(from) != schema.Occurred {
		return
	}
	for j := from; j+2 < len(c.toks); j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			return
		}
		q := j + 1
		if c.word(q, "the") {
			q++
		}
		if q >= len(c.toks) {
			return
		}
		mi := c.at[q]
		if !c.word(j, "and", ",") || mi < 0 || c.ms[mi].kind != mCountry || !c.word(c.ms[mi].j, "by") {
			continue
		}
		c.addToRecent(j, []*entity{c.st.country(c.ms[mi].iso3)})
	}
}

// delegationLed reads "the Zambian delegation was led by its deputy
// president", "Chad's delegation, headed by ...": the delegation's country
// attended the gathering in focus; with no country before the noun, the
// leader's country did.
func (c *sctx) delegationLed(k int) {
	if c.modality(k) != schema.Occurred {
		return
	}
	if !c.word(k+1, "by") {
		c.ledDelegation(k)
		return
	}
	d := -1
	for j := k - 1; j >= max(0, k-4); j-- {
		if c.word(j, "delegation", "delegations", "team") {
			d = j
			break
		}
	}
	if d < 0 {
		return
	}
	var atts []*entity
	for j := d; j >= max(0, d-3) && len(atts) == 0; j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].iso3 != "" && (c.ms[mi].kind == mCountry || c.ms[mi].kind == mDemonym || c.ms[mi].kind == mGroup) {
			atts = append(atts, c.st.country(c.ms[mi].iso3))
		}
	}
	if c.word(d+1, "of", "from") {
		atts = append(atts, c.listAfter(d+2)...)
	}
	if len(atts) == 0 {
		for _, a := range c.listAfter(k + 2) {
			if h := c.st.countryOf(a); h != nil && h.kind == schema.KindCountry {
				atts = append(atts, h)
				break
			}
		}
	}
	c.addToRecent(k, atts)
}

// ledDelegation reads the active "X led his country's delegation", "X
// headed the Burundian delegation": X's country (or the one named in the
// object) attends the gathering in focus. "led a delegation to Y" is a
// journey, not this.
func (c *sctx) ledDelegation(k int) {
	d := -1
	for j := k + 1; j < min(len(c.toks), k+5); j++ {
		if c.word(j, "delegation", "team") {
			d = j
			break
		}
	}
	if d < 0 {
		return
	}
	e := c.st.lastGathering(c.si)
	if c.word(d+1, "to") {
		// "led her country's delegation to the 31st Plenary Assembly of
		// X": that gathering, when the words name one.
		e = nil
		if g := c.gatheringNoun(d+2, 8); g >= 0 && c.toks[g].upper && (c.namedGathering(d+2, g) || c.ordinalName(d+2, g)) {
			e = c.newGathering(k, g, d+3)
		}
	}
	// "led a delegation on trade", "for talks": another errand; "on
	// behalf of the Sultan" still the gathering's.
	if e == nil || c.word(d+1, "on", "for") && !c.word(d+2, "behalf") || c.si-max(e.sent, e.seen) > 2 {
		return
	}
	for j := k + 1; j <= d; j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].iso3 != "" && (c.ms[mi].kind == mCountry || c.ms[mi].kind == mDemonym || c.ms[mi].kind == mGroup) {
			c.st.addAttendee(e, c.st.country(c.sharedDemonymOf(c.ms[mi], k)))
			return
		}
	}
	for _, s := range c.subjects(k) {
		if p := c.st.partyOf(s); p != nil {
			c.st.addAttendee(e, p)
		}
	}
}

// sharedDemonymOf returns the country of a country word, or, when the
// word is shared by several ("the Congolese delegation"), the one of them
// the subject of the verb at k acts for.
func (c *sctx) sharedDemonymOf(m mention, k int) string {
	var alts []string
	for _, e := range c.st.x.lex.lookup(c.toks[m.i].text) {
		if (e.kind == lexCountry || e.kind == lexDemonym) && e.iso3 != "" {
			alts = append(alts, e.iso3)
		}
	}
	if len(alts) < 2 {
		return m.iso3
	}
	for _, s := range c.subjects(k) {
		if p := c.st.partyOf(s); p != nil && slices.Contains(alts, p.iso3) {
			return p.iso3
		}
	}
	return m.iso3
}

// online reads "virtually", "remotely", "online".
func (c *sctx) online(k int) int {
	// "followed the proceedings online": took part from afar.
	followed := c.in(k-1, en.ProceedingNouns) && c.word(k-2, "the") && c.word(k-3, "followed")
	if followed || c.word(k-1, "joined", "participated", "attended", "took", "spoke", "addressed", "part", "connected", "dialled", "dialed") || c.word(k-2, "joined", "participated", "attended", "addressed") {
		c.participation(k, k+1, partRemote)
	}
	return k
}

// notJoined reports a verb of taking part negated just before the remote
// phrase at k: "was ill and never joined, not even by video".
func (c *sctx) notJoined(k int) bool {
	for j := k - 1; j >= max(1, k-6); j-- {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			return false
		}
		if c.word(j, "join", "joined", "attend", "attended", "participate", "participated", "connect", "connected") {
			return c.word(j-1, "not", "never")
		}
	}
	return false
}

// onBehalfOf returns those a participant at k stood for: "attended on
// behalf of the European Union", "joined online on behalf of its
// president".
func (c *sctx) onBehalfOf(k int) []*entity {
	for j := k + 1; j+3 < len(c.toks) && j < k+10; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "while", "but", "and", "who", "which") {
			return nil
		}
		if c.word(j, "on") && c.word(j+1, "behalf") && c.word(j+2, "of") {
			return c.listAfter(j + 3)
		}
	}
	return nil
}

// videoLink reads "video", "videoconference", "video-link".
func (c *sctx) videoLink(k int) int {
	// "by video link", "via a video link", "over a video link"
	if c.word(k-1, "via", "by", "over") || c.word(k-2, "via", "by", "over") && c.word(k-1, "a", "the") {
		c.participation(k, k+1, partRemote)
	}
	return k
}

// statesJoinStates returns the countries on both sides of "joined" at k
// while a gathering is in focus: "Around the table, newcomers A and B
// joined the founders C and D". "A joined B in condemning ..." is no
// attendance; nil when either side holds anything but countries.
func (c *sctx) statesJoinStates(k int) []*entity {
	subj := c.subjects(k)
	obj, end := c.objects(k+1, 4)
	if len(subj) == 0 || len(obj) == 0 || c.word(end, "in", "to") {
		return nil
	}
	for _, a := range append(append([]*entity(nil), subj...), obj...) {
		if a.canon().kind != schema.KindCountry {
			return nil
		}
	}
	return append(subj, obj...)
}

// dayDeterminer returns the token after a gathering's determiner at j:
// "the", or a day's possessive ("Tuesday's", "today's"); j when there is
// none.
func (c *sctx) dayDeterminer(j int) int {
	if c.word(j, "the") {
		return j + 1
	}
	if j < len(c.toks) && c.toks[j].poss && (en.WeekdayWords[c.toks[j].lower] || c.word(j, "today", "yesterday", "tomorrow")) {
		return j + 1
	}
	return j
}

// byAfterJoined returns the token after "joined" at k where its agent's
// "by" may stand: past a manner adverb ("joined online by") and a short
// place phrase of lower-case words ("joined at the table by", "joined on
// the podium later by", "joined at Friday's session by").
func (c *sctx) byAfterJoined(k int) int {
	by := k + 1
	if c.word(by, "at", "in", "on", "around") {
		for j := by + 1; j < min(len(c.toks), by+6); j++ {
			if c.word(j, "by") {
				return j
			}
			if c.toks[j].kind != tokWord || c.toks[j].upper && !(c.toks[j].poss && c.in(j, en.WeekdayWords)) || c.at[j] >= 0 {
				break
			}
		}
	}
	for c.word(by, "online", "virtually", "remotely", "later", "also", "then") {
		by++
	}
	return by
}

// hasBeforeCompany reports one of words in the sentence before the company
// that "joined" at k adds: "alongside the leaders of A and B" names no
// object of the verb.
func (c *sctx) hasBeforeCompany(k int, words ...string) bool {
	end := len(c.toks)
	for j := k + 1; j < len(c.toks); j++ {
		if c.word(j, "alongside", "beside") {
			end = j
			break
		}
	}
	for j := 0; j < end; j++ {
		if c.word(j, words...) {
			return true
		}
	}
	return false
}

// counterpartsListed returns the states of the counterparts named from
// q: "(her) counterparts from A, B and C", "counterparts including A's X
// and B's Y", "colleagues such as X"; nil when none are named.
func (c *sctx) counterpartsListed(q int) []*entity {
	if c.word(q, "his", "her", "their", "fellow") {
		q++
	}
	if !c.word(q, "counterparts", "colleagues", "peers") {
		return nil
	}
	q++
	if c.word(q, "such") && c.word(q+1, "as") {
		q++
	}
	if !c.word(q, "from", "of", "including", "as") {
		return nil
	}
	return c.statesOf(c.listAfter(q + 1))
}

// joinTalks reads "joined".
// "X joined Y and international partners ... for talks"
func (c *sctx) joinTalks(k int) int {
	if m := c.recentMeeting(); m != nil && c.word(k-1, "was", "were") && c.word(k+1, "by") && anyParty(m, c.subjects(k)) {
		return k // "X was joined by Y" after X's meeting: delegates
	}
	if c.joinedPair(k) {
		return k
	}
	forSummit := c.joinedForSummit(k)
	if !forSummit {
		c.joinedForMeeting(k)
	}
	if !forSummit && c.joinedInFocus(k) {
		return k
	}
	if g := c.gatheringInFocus(); !forSummit && g != nil && g.status == schema.Occurred && c.modality(k) == schema.Occurred {
		if atts := c.statesJoinStates(k); atts != nil {
			c.addToRecent(k, atts)
			return k
		}
	}
	named := c.counterpartsListed(k + 1) // "joined counterparts including A's Y and B's Z"
	groupObj := c.word(k+1, "them", "him", "her") || c.word(k+1, "the") && c.word(k+2, "three", "four", "five", "six", "others", "group", "trio") ||
		c.word(k+1, "his", "her", "their") && c.word(k+2, "counterparts", "colleagues", "peers") || len(named) > 0
	// "The bloc's ministers were joined by A, B and C": the passive names
	// its company after "by".
	passive := c.word(k-1, "was", "were") && c.word(c.byAfterJoined(k), "by")
	if !forSummit && (groupObj || passive || !c.hasBeforeCompany(k, "partners", "counterparts", "allies", "ministers", "leaders")) {
		// "They joined Palau's X and Marshall Islands President Y": at
		// the gathering in focus, all of them are there.
		if g := c.st.lastGathering(c.si); g != nil && c.si-max(g.sent, g.seen) <= 5 && g.status == schema.Occurred && c.modality(k) == schema.Occurred {
			by := c.byAfterJoined(k)
			if obj, _ := c.objects(k+1, 2); len(obj) > 0 && allPersons(obj) {
				c.addToRecent(k, append(c.subjectsWithThey(k), obj...))
			} else if c.word(k-1, "was", "were") && c.word(by, "by") {
				// "They were joined online by A and B", "X was joined at
				// the table by A and B": all of them.
				c.addToRecent(k, append(c.subjectsWithThey(k), c.listAfter(by+1)...))
			} else if c.word(k+1, "from", "online", "virtually", "remotely", "via") || c.word(k+1, "as") && c.word(k+2, "an", "a") || k+1 < len(c.toks) && c.toks[k+1].kind == tokPunct {
				// "A, B and C joined from their capitals", "D joined online",
				// "E joined as an observer".
				c.addToRecent(k, c.subjectsWithThey(k))
			} else if g := c.sessionNoun(c.dayDeterminer(k + 1)); c.dayDeterminer(k+1) > k+1 && g >= 0 {
				// "X joined the closing session a day later alongside A, B
				// and C": all of them; "A and B joined Tuesday's sessions".
				atts := c.subjectsWithThey(k)
				for j := g + 1; j < min(len(c.toks), g+8) && c.toks[j].kind != tokPunct; j++ {
					if c.word(j, "with", "alongside") {
						atts = append(atts, c.listAfter(j+1)...)
						break
					}
				}
				c.addToRecent(k, atts)
			} else if groupObj {
				// "The presidents of A, B and C joined them", "A and B
				// joined them in the afternoon", "C and D joined the three".
				atts := c.countriesOfGroup(c.clauseStart(k), k)
				if len(atts) == 0 {
					atts = c.subjects(k)
				}
				c.addToRecent(k, append(atts, c.asDid(k)...)) // "..., as did X"
				c.addToRecent(k, named)
				// "X joined his counterparts at dinner along with Y and Z".
				c.addToRecent(k, c.addedAttendees(k))
			}
		} else {
			c.joinedNamed(k) // "X joined the annual summit of ASEAN on Sunday"
		}
		return k
	}
	if c.word(k-1, "were", "was") && c.word(k+1, "by") {
		c.joinedByGuests(k)
		return k
	}
	// "Leaders from A, B and C joined X in the capital": the gathering in
	// focus, which their countries attend.
	if cs := c.countriesOfGroup(c.clauseStart(k), k); len(cs) > 0 && c.modality(k) == schema.Occurred {
		if g := c.st.lastGathering(c.si); g != nil && c.si-max(g.sent, g.seen) <= 3 && g.status == schema.Occurred {
			c.addToRecent(k, cs)
			return k
		}
	}
	subj := c.subjects(k)
	obj, _ := c.objects(k+1, 3)
	if len(subj) > 0 && len(obj) == 0 {
		// "A and B joined the other leaders on Monday for the outreach
		// session": the subjects attend the gathering named after "for".
		return c.joinedFor(k, subj)
	}
	g := -1
	for j := k + 1; j < len(c.toks); j++ {
		if c.word(j, "talks", "meeting", "conference", "summit") {
			g = j
			break
		}
	}
	// "Leaders came to Kyiv, joining X for a summit": X is there, with
	// whoever came.
	joining := c.word(k, "joining") && g >= 0 && c.word(g, "conference", "summit")
	if g < 0 || len(subj) == 0 && !joining || len(obj) == 0 {
		return k
	}
	// "joined X and others at the Nacala Corridor Summit": the
	// whole name, back to its article.
	from := max(c.nameStart(g), k+1)
	e := c.newGathering(k, g, from)
	e.name = c.gatheringName(from, g)
	for _, a := range append(subj, obj...) {
		c.st.addAttendee(e, a)
	}
	return g
}

// joinedNamed reads "X joined the annual summit of ASEAN", with no
// gathering in focus: a gathering the object names, which X's side
// attends.
func (c *sctx) joinedNamed(k int) {
	if !c.word(k+1, "the") || c.modality(k) != schema.Occurred {
		return
	}
	g := c.gatheringNoun(k+2, 6)
	if g < 0 || !c.namedGathering(k+2, g) && !c.properTail(g) {
		return
	}
	subj := c.subjects(k)
	if len(subj) == 0 {
		return
	}
	e := c.newGathering(k, g, k+2)
	for _, a := range subj {
		c.st.addAttendee(e, a)
	}
}

// joinedForSummit reports "joined ... for a|the <summit, conference,
// forum or ministerial>" in the clause of "joined" at k: a gathering of
// all of them, not a meeting.
func (c *sctx) joinedForSummit(k int) bool {
	for j := k + 1; j+1 < min(len(c.toks), k+40); j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			return false
		}
		if c.word(j, "for") && c.word(j+1, "a", "an", "the") {
			g := c.gatheringNoun(j+2, 8)
			return g >= 0 && c.word(g, "summit", "conference", "forum", "ministerial") && c.modality(k) == schema.Occurred
		}
	}
	return false
}

// joinedByGuests reads the passive "were joined by" at k after a group:
// "The ministers were then joined by colleagues from A, B and C": they
// attend the gathering in focus.
func (c *sctx) joinedByGuests(k int) {
	for q := k + 2; q < min(len(c.toks), k+10) && c.toks[q].kind == tokWord; q++ {
		// "joined by colleagues from A", "by finance ministers and
		// central bank governors from A, B and C".
		if c.word(q, "from", "of") && (c.in(q-1, en.AttendeeNouns) || c.word(q-1, "counterparts", "colleagues", "peers", "governors")) {
			if e := c.st.lastGathering(c.si); e != nil && c.si-max(e.sent, e.seen) <= 3 && e.status == schema.Occurred && c.modality(k) == schema.Occurred {
				for _, a := range c.listAfter(q + 1) {
					c.st.addAttendee(e, a)
				}
			}
			return
		}
	}
	// "The leaders of the bloc were joined by A, B and C": named
	// guests of the gathering in focus, when the joined are a group.
	if cs := c.clauseStart(k); c.word(cs, "the") && c.in(cs+1, en.AttendeeNouns) && c.modality(k) == schema.Occurred {
		if ps := personsOf(c.listAfter(k + 2)); len(ps) > 0 && c.gatheringInFocus() != nil {
			c.addToRecent(k, ps)
		}
	}
}

// joinedForMeeting reads "A joined B and C for a three-way meeting", "A
// joined B for dinner": one meeting of them all.
// joinedPair reads "A and B joined the two presidents for lunch": A and
// B are parties to the pair's meeting told just before.
func (c *sctx) joinedPair(k int) bool {
	m := c.recentMeeting()
	if m == nil || c.modality(k) != schema.Occurred || !c.word(k+1, "the") || !c.word(k+2, "two") || !c.word(k+3, "leaders", "men", "women", "ministers", "presidents", "sides") {
		return false
	}
	subj := c.subjects(k)
	if len(subj) == 0 || !allPersons(subj) {
		return false
	}
	m.join(subj)
	return true
}

func (c *sctx) joinedForMeeting(k int) {
	subj, obj, noun := c.joinedForTalks(k)
	if noun < 0 {
		return
	}
	for _, e := range c.addMeeting(k, subj, obj, true) {
		c.meetingDetails(e, k)
	}
}

// joinedForTalks returns the parties of "A joined B for talks (with C)" at
// the "joined" at k and the meeting noun, or -1 for the noun when k starts
// no such meeting.
func (c *sctx) joinedForTalks(k int) (subj, obj []*entity, noun int) {
	subj = c.subjects(k)
	obj, end := c.objects(k+1, 3)
	if len(subj) == 0 || len(obj) == 0 || !allPersons(subj) || !allPersons(obj) || c.modality(k) != schema.Occurred {
		return nil, nil, -1
	}
	q := c.skipAdverbials(end)
	if q < len(c.toks) && c.toks[q].text == "," && c.word(q+1, "who") {
		if e := c.closingComma(q); e > q {
			q = c.skipAdverbials(e + 1) // "was joined by B, who had flown in, for talks"
		}
	}
	if !c.word(q, "for", "in") || c.word(q+1, "the", "this", "that", "their", "his", "her") {
		return nil, nil, -1 // "B and C joined A for the call": aides at a call told elsewhere
	}
	for j := q + 1; j < min(len(c.toks), q+5); j++ {
		if c.toks[j].kind != tokWord || c.at[j] >= 0 {
			return nil, nil, -1
		}
		if !c.isMeetNoun(j) && !(c.word(j, "round") && c.word(j+1, "with")) {
			continue // ("for a second round with C": of talks)
		}
		if c.word(j+1, "with") {
			// "A joined B for talks with C": one meeting of the three
			if third, _ := c.objects(j+2, 3); len(third) > 0 && allPersons(third) {
				obj = append(obj, third...)
			}
		}
		return subj, obj, j
	}
	return nil, nil, -1
}

// joinedTalks reports the meeting noun at k as the one of "A joined B for
// talks with C" (joinedForTalks), which reads it whole.
func (c *sctx) joinedTalks(k int) bool {
	for q := k - 1; q >= max(0, k-12); q-- {
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
			return false
		}
		if c.word(q, "joined", "joining") {
			_, _, noun := c.joinedForTalks(q)
			return noun == k
		}
	}
	return false
}

// isMeetNoun reports a noun of the MeetNoun frame at k ("talks", "dinner").
func (c *sctx) isMeetNoun(k int) bool {
	for _, t := range en.Lookup(c.toks[k].lower) {
		if t.Frame == en.MeetNoun {
			return true
		}
	}
	return false
}

// countriesOfGroup returns the countries listed after a group of leaders
// between i and k ("the presidents of A, B and C", "leaders from A and
// B", "heads of government of ...").
func (c *sctx) countriesOfGroup(i, k int) []*entity {
	for j := i; j < k; j++ {
		if !c.in(j, en.AttendeeNouns) {
			continue
		}
		q := j + 1
		if c.word(q, "of") && c.word(q+1, "state", "government") {
			q += 2 // "heads of state of"
			if c.word(q, "and") && c.word(q+1, "government") {
				q += 2
			}
		}
		if c.word(q, "of", "from") {
			var out []*entity
			for _, a := range c.listAfter(q + 1) {
				if a.canon().kind == schema.KindCountry {
					out = append(out, a)
				}
			}
			return out
		}
	}
	return nil
}

// subjectsWithThey returns the subjects of k, or for a "They" the persons
// whose visits the sentence before told.
func (c *sctx) subjectsWithThey(k int) []*entity {
	if subj := c.subjects(k); len(subj) > 0 {
		return subj
	}
	if c.word(k-1, "they") {
		return c.st.visitorsOf(c.si - 1)
	}
	return nil
}

// lastVisitor returns the visitor of the last occurred visit told up to
// sentence si, or nil.
func (st *docState) lastVisitor(si int) *entity {
	for i := len(st.events) - 1; i >= 0; i-- {
		if e := st.events[i]; e.typ == schema.Visit && e.sent <= si && e.status == schema.Occurred && e.visitor != nil {
			return e.visitor.canon()
		}
	}
	return nil
}

// visitorsOf returns every person whose visit sentence si tells ("A flew
// in on Tuesday, while B arrived on Wednesday").
func (st *docState) visitorsOf(si int) []*entity {
	var out []*entity
	for _, e := range st.events {
		if e.sent == si && e.typ == schema.Visit && e.visitor != nil && !containsEntity(out, e.visitor.canon()) {
			out = append(out, e.visitor.canon())
		}
	}
	return out
}

// joinedFor reads the gathering after the "for" that follows "joined ...
// leaders" at k; its subjects attend.
func (c *sctx) joinedFor(k int, subj []*entity) int {
	for f := k + 1; f < min(len(c.toks), k+40) && c.toks[f].text != "." && c.toks[f].text != ";"; f++ {
		if !c.word(f, "for") {
			continue
		}
		if g := c.gatheringNoun(c.partOf(f+1), 8); g > 0 && c.modality(k) == schema.Occurred {
			e := c.newGathering(k, g, f+1)
			// "X joined three neighbours' leaders, A, B and C, for the
			// summit": those named on the way are there too.
			for _, a := range append(subj, c.between(k+1, f)...) {
				if a.kind == schema.KindPerson || a.kind == schema.KindCountry {
					c.st.addAttendee(e, a)
				}
			}
			return g
		}
		break
	}
	return k
}

// addressGathering reads "told", "addressed", "opening".
// "He told an informal GATT meeting", "said as a conference opened".
func (c *sctx) addressGathering(k int) int {
	if c.in(k, en.SpeechNouns) {
		return c.speechTo(k)
	}
	return c.addressGatheringAt(k, k+1)
}

// speechTo reads a speech noun at k ("his address to the forum", "her
// speech to the summit"): its speaker attends. The
// speaker is the sentence's subject before the noun ("X used his address
// to ..."), else the person after a fronted phrase's comma ("In his
// speech to the summit, X ...").
func (c *sctx) speechTo(k int) int {
	if c.openingSpeech(k) {
		// "In her opening speech, X warned ...": X spoke at the
		// gathering in focus.
		if a := firstPersonAfterComma(c.ms, c.toks, k); a != nil && c.modality(k) == schema.Occurred {
			c.addToRecent(k, []*entity{a.canon()})
		}
		return k
	}
	if !c.word(k+1, "to") || !c.in(k-1, en.PossessivePronouns) {
		return k
	}
	speaker := c.sentenceSubject(k)
	if speaker == nil {
		if a := firstPersonAfterComma(c.ms, c.toks, k); a != nil {
			speaker = a.canon()
		}
	}
	g := c.addressedGathering(k, k+2)
	if speaker == nil || g < 0 {
		return k
	}
	return c.addressedBy(k, g, []*entity{speaker})
}

// openingSpeech reports a fronted "In his opening speech," or "In her
// closing remarks," whose speech noun is at k, while a gathering is in
// focus: the speech was made at it.
func (c *sctx) openingSpeech(k int) bool {
	return k == 3 && c.word(0, "in", "during") && c.in(1, en.PossessivePronouns) && c.in(2, en.SpeechOpeners) && c.word(k+1, ",") && c.inFocus(3)
}

// addressGatheringAt is addressGathering with the gathering's article at
// a ("spoke to the assembly": the verb at k, the article after "to").
func (c *sctx) addressGatheringAt(k, a int) int {
	g := c.addressedGathering(k, a)
	if g < 0 {
		return k
	}
	who := c.subjects(k)
	if c.toks[k].lower == "opening" {
		who = nil
		for mi := range c.ms {
			if c.ms[mi].i < k {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
					who = append(who, a)
				}
			}
		}
	}
	return c.addressedBy(k, g, who)
}

// addressedGathering returns the noun of the gathering that the speech
// trigger at k addresses, its article at a, or -1: a named one, or "the
// assembly" just told, not a legislature ("addressed the Bolivian
// Congress"), in a speech that took place.
func (c *sctx) addressedGathering(k, a int) int {
	g := c.gatheringNoun(a, 8)
	// "the assembly", "the meeting": the gathering just told.
	focus := g == a+1 && c.word(a, "the") && (c.inFocus(3) || c.namesLast(g))
	if g < 0 || !c.word(a, "a", "an", "the") || !c.namedGathering(a+1, g) && !focus {
		return -1
	}
	if c.in(g, en.DomesticBodies) && g > a+1 || c.modality(k) != schema.Occurred {
		return -1
	}
	return g
}

// namesLast reports a gathering noun at g that points back to the last
// gathering told in the story, however far back: its own head noun ("the
// conference" after "the Lake Basin Conference") or a sitting of it ("the
// plenary"). That gathering is then seen in this sentence.
func (c *sctx) namesLast(g int) bool {
	last := c.st.gatheringWithin(c.si, storyReach)
	if last == nil || last.status != schema.Occurred {
		return false
	}
	f := strings.Fields(strings.ToLower(last.name))
	if !c.word(g, "plenary") && (len(f) < 2 || f[len(f)-1] != c.toks[g].lower) {
		return false
	}
	last.seen = max(last.seen, c.si)
	return true
}

// addressedBy adds who, the speakers of the trigger at k, to the gathering
// whose noun is g (the one in focus, or a new one named there).
func (c *sctx) addressedBy(k, g int, who []*entity) int {
	if len(who) == 0 {
		return k
	}
	e := c.st.lastGathering(c.si)
	if e == nil {
		e = c.newGathering(k, g, k+1)
	}
	for _, p := range who {
		c.st.addAttendee(e, p)
	}
	return g
}

// delegatesFrom reads "leaders from more than 20 countries including A, B and C",
// "representatives from A, B and C" in a sentence about a gathering.
func (c *sctx) delegatesFrom() {
	for k := 0; k+1 < len(c.toks); k++ {
		// "Delegations were present from A and B": the gathering in
		// focus, told before.
		p, present := k+1, false
		if c.word(k+1, "were") && c.word(k+2, "present") && c.word(k+3, "from") {
			p, present = k+3, true
		}
		if !c.in(k, en.AttendeeNouns) || !c.word(p, "from", "of", "including") || c.word(p, "of") && !c.word(k, "leaders", "delegates", "representatives", "delegations", "heads", "envoys", "presidents", "premiers", "ministers") {
			continue
		}
		if c.word(k, "countries", "nations", "states") && !c.word(p, "including") {
			continue
		}
		g := -1
		for j := 0; j < len(c.toks); j++ {
			// ("the meeting point on the border", "the summit hall": a
			// place, no gathering.)
			// ("Ministers of A and B are meeting in X": their verb, which
			// the reading of a group's meeting takes; "the council, which
			// is meeting in X, with envoys from A and B" is the sitting.)
			if en.GatheringNouns[c.toks[j].lower] && c.toks[j].lower != "talks" && c.toks[j].lower != "dialogue" && !c.word(j+1, "point", "place", "room", "hall", "venue") && !(c.word(j, "meeting") && c.in(j-1, en.BeForms) && j > k) {
				g = j
				break
			}
		}
		e := c.st.lastGathering(c.si)
		if g < 0 && (e == nil || e.sent != c.si) && !(present && e != nil && c.si-max(e.sent, e.seen) <= 2) {
			continue
		}
		if c.modality(k) != schema.Occurred || c.plannedDrawer(k) {
			continue
		}
		var atts []*entity
		if q := p + 1 + boolInt(c.word(p+1, "the")); q < len(c.toks) && c.at[q] >= 0 {
			atts, _ = c.objects(q, 1)
			if len(atts) == 1 && (c.word(p, "including") || present) {
				// "leaders including Lula, Ramaphosa and Modi": people whose
				// countries attend; objects kept only the first of a
				// comma list, so read the whole list.
				atts = c.listAfter(q)
			}
		}
		if len(atts) == 0 {
			// "leaders from more than 20 countries, including A, B and C"
			for j := p + 1; j < min(len(c.toks), p+9); j++ {
				if c.word(j, "including", "among") {
					if q := j + 1 + boolInt(c.word(j+1, "the")); q < len(c.toks) && c.at[q] >= 0 {
						atts, _ = c.objects(q, 1)
					}
					break
				}
			}
		}
		if len(atts) == 0 || c.staysAwayAfter(p) {
			continue
		}
		if e == nil || e.sent < c.si-2 && !present {
			if g < 0 {
				continue
			}
			e = c.newGathering(g, g, max(0, g-8))
		}
		for _, a := range atts {
			c.st.addAttendee(e, a)
		}
	}
}

// plannedDrawer reports a verb that gathers the attendees at k a few
// words before them ("a council, which is to gather the ministers of A
// and B") in a clause that tells a plan.
func (c *sctx) plannedDrawer(k int) bool {
	for j := k - 1; j >= max(0, k-4) && c.toks[j].kind == tokWord; j-- {
		if c.word(j, "bring", "brings", "bringing", "brought", "draw", "draws", "drew", "gather", "gathers", "attract", "attracts") {
			return c.modality(j) != schema.Occurred
		}
	}
	return false
}

// staysAwayAfter reports that the list after token p is the subject of
// an absence ("the foreign ministers of A and B stayed away", "...
// boycotted the session", "were absent"), before the clause ends.
func (c *sctx) staysAwayAfter(p int) bool {
	for q := p + 1; q < min(len(c.toks), p+30); q++ {
		switch {
		case c.toks[q].text == "." || c.toks[q].text == ";" || c.word(q, "while", "but", "whereas", "who", "which"):
			return false
		case c.word(q, "stayed", "kept") && c.word(q+1, "away"), c.word(q, "skipped", "boycotted", "shunned", "absent"),
			c.word(q, "did") && c.word(q+1, "not") && c.word(q+2, "attend"):
			return true
		}
	}
	return false
}

// datedGathering reads a gathering told by the possessive of a past day:
// "Thursday's closed session of the X Council", "yesterday's emergency
// summit in Y", "last week's meeting of Z ministers": it took place then.
// A meeting "between" or "with" others is bilateral, and a bare "meeting"
// names no gathering.
func (c *sctx) datedGathering() {
	for k := 0; k+2 < len(c.toks); k++ {
		if !c.toks[k].poss || !c.pastDayAt(k) {
			continue
		}
		g := c.gatheringNoun(k+1, 6)
		if g < 0 || c.word(g+1, "between", "with") || c.word(g, "talks", "dialogue") {
			continue
		}
		if !c.namedGathering(k+1, g) && !c.ofBody(g+1) {
			continue
		}
		if c.modality(g) != schema.Occurred {
			continue
		}
		e := c.newGathering(g, g, k+1)
		if e.status != schema.Occurred || e.dated() && e.date.String() > c.st.a.Published.Format("2006-01-02") {
			e.status = schema.Planned
		}
		k = g
	}
}

// pastDayAt reports a day word at k that may open a possessive of the past:
// a weekday, "yesterday", "today", "last week", "this morning".
func (c *sctx) pastDayAt(k int) bool {
	if c.in(k, en.WeekdayWords) || c.word(k, "yesterday", "today", "tonight") {
		return true
	}
	return c.word(k, "week", "weekend", "month", "morning", "afternoon", "evening") && c.word(k-1, "last", "this")
}

// ofBody reports an "of" at j naming a body or its members: "of the X
// Council", "of EU foreign ministers", "of regional leaders".
func (c *sctx) ofBody(j int) bool {
	if !c.word(j, "of") {
		return false
	}
	q := j + 1
	if c.word(q, "the") {
		q++
	}
	if q < len(c.toks) && c.at[q] >= 0 {
		m := c.ms[c.at[q]]
		return m.kind == mOrg || m.kind == mRole && m.plural || m.kind == mGroup
	}
	// "of the Annual Forum of Pacific Leaders": a gathering's own name;
	// "of the Lake Chad contact group": a named group of states.
	for r := q; r < min(len(c.toks), q+6) && c.toks[r].kind == tokWord && (c.toks[r].upper || c.word(r, "of", "on", "for", "and") || c.in(r, en.StatesGroups) || c.word(r, "contact")); r++ {
		if c.toks[r].upper && en.GatheringNouns[c.toks[r].lower] || c.in(r, en.StatesGroups) && r > q && (c.toks[r-1].upper || c.word(r-1, "contact")) {
			return true
		}
	}
	for ; q < min(len(c.toks), j+5); q++ {
		if c.in(q, en.AttendeeNouns) {
			return true
		}
	}
	return false
}

// subjectGathering returns the gathering noun that heads the subject
// ending before the verb at v ("The 12th session of the X group was"),
// when the subject names no one, or -1.
func (c *sctx) subjectGathering(v int) int {
	cs := c.clauseStart(v)
	for j := cs; j < v; j++ {
		if c.toks[j].kind == tokPunct || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
			return -1
		}
		if en.GatheringNouns[c.toks[j].lower] && !c.word(j, "talks") {
			return j
		}
	}
	return -1
}

// hostedBy reads "The summit, hosted by Kenya, ...": the host attends.
func (c *sctx) hostedBy() {
	for k := 1; k+2 < len(c.toks); k++ {
		if !c.word(k, "hosted", "chaired", "convened", "organised", "organized", "co-chaired", "co-hosted") {
			continue
		}
		// "co-chaired this time by X": the agent after the adverbials.
		by := c.skipAdverbials(k + 1)
		if !c.word(by, "by") {
			continue
		}
		g := c.hostedNounBefore(k)
		if g < 0 && c.word(k-1, "was", "were") {
			// "The 12th session of the X contact group was chaired by
			// Y": the head of the subject.
			g = c.subjectGathering(k - 1)
		}
		// "..., hosted by X and co-chaired by Y": Y attends too.
		coChair := c.word(k-1, "and") && c.word(k, "co-chaired", "co-hosted")
		if last := c.st.lastGathering(c.si); g < 0 && last != nil && last.sent == c.si && (c.toks[k-1].text == "," && last.host == nil || coChair) {
			// "The X Summit got under way in Apia, chaired by Y".
			o := by + 1
			if c.word(o, "the") && c.in(o+1, en.HostRoles) && c.toks[min(o+2, len(c.toks)-1)].text == "," {
				o += 3 // "chaired by the host, Y"
			}
			if objs, _ := c.objects(o, 3); len(objs) > 0 {
				c.st.chairAttends(last, objs[0])
			}
			continue
		}
		if g < 0 || c.modality(k) != schema.Occurred {
			continue
		}
		objs, _ := c.objects(by+1, 3)
		if len(objs) == 0 {
			continue
		}
		e := c.st.lastGathering(c.si)
		if e == nil || e.sent != c.si {
			if !c.namedGathering(max(0, g-3), g) && !c.word(g-1, "the") && !c.ofBody(g+1) {
				continue
			}
			e = c.newGathering(g, g, max(0, g-8))
		}
		for _, o := range objs {
			c.st.addAttendee(e, o)
			if h := c.st.countryOf(o); h != nil && h.kind == schema.KindCountry && e.host == nil {
				e.host = h
			}
		}
		for _, a := range c.addedAttendees(by) {
			c.st.addAttendee(e, a) // "chaired by X alongside Y"
		}
		if e.place == nil && e.host != nil && c.dlCity() != "" && c.st.historical(c.dlISO()) == e.host.iso3 {
			e.place = c.st.city(c.dlCity(), c.dlISO())
		}
	}
}

// timeWordBetween reports a preposition of time in [from, g): the noun
// at g is outside a phrase opened at from ("at the palace before the
// summit").
func (c *sctx) timeWordBetween(from, g int) bool {
	for q := from; q < g; q++ {
		if c.word(q, "before", "after", "ahead", "during", "until", "following") {
			return true
		}
	}
	return false
}

// atGathering reads "X urged ... at a meeting organised by Y", "X said at the conference".
func (c *sctx) atGathering() {
	for k := 0; k+1 < len(c.toks); k++ {
		// (Talks fitted "into" a summit's opening day are at it too.)
		dayOf := c.word(k, "on", "into", "during", "over", "throughout") && c.word(k+1, "the") && c.in(k+2, en.DayOfWords) && c.word(k+3, "day") && c.word(k+4, "of")
		// "A, B and C agreed on X following a trilateral meeting": the
		// parties to an outcome were at the gathering it followed.
		after := c.word(k, "after", "following") && c.word(k+1, "a", "an", "the", "their") && k > 0
		// "flew to Zambia as a guest of the X Summit": at it.
		guestOf := c.word(k, "of") && c.word(k-1, "guest", "guests", "observer", "observers") && c.word(k+1, "the")
		if !c.word(k, "at") && !dayOf && !after && !guestOf {
			continue
		}
		from := k + 1
		if dayOf {
			from = k + 5 // "on the last day of the Joint Lakes Summit"
		} else if c.word(from, "the") && c.word(from+1, "opening", "start", "close", "end", "margins", "sidelines") && c.word(from+2, "of") {
			from += 3 // "at the close of the Blue Ocean summit"
		} else if c.word(from, "the") && c.word(from+1, "opening", "closing") && c.word(from+2, "ceremony", "session", "plenary", "segment") && c.word(from+3, "of") {
			from += 4 // "at the closing plenary of the Sixth Nordic Conference"
		}
		g := c.gatheringNoun(from, 6)
		if g < 0 || c.word(g, "talks") || c.timeWordBetween(from, g) {
			continue // "at his residence before the summit": not at it
		}
		by := c.hostAgentAfter(g)
		opening := c.word(k+2, "opening", "closing", "start", "close", "end") || c.word(k+1, "opening", "start", "close", "end")
		named := c.namedGathering(max(k+2, from), g)
		listed := c.headAtList(k, g)
		// "at a trilateral meeting", "following a trilateral naval
		// chiefs' meeting": a meeting of three or more by its modifier.
		multi := c.multilateralModifier(from, g)
		if by < 0 && !named && !multi && len(listed) == 0 && !(opening && g < k+7 && c.word(g, "conference", "summit", "meeting")) {
			continue
		}
		if !named && c.word(g, "meeting", "talks") && (c.word(g-1, "the") || c.word(g-2, "the") && !c.toks[g-1].upper) && c.recentMeeting() != nil && !c.inFocus(4) {
			continue // "told Y at the start of the bilateral meeting": the two's, just told
		}
		if by >= 0 && !named {
			// "a seminar organised by Nordbank AG": only a state, a
			// body of states or their officials make it diplomatic.
			if objs, _ := c.objects(by, 2); len(objs) == 0 {
				continue
			}
		}
		pv := -1
		if after {
			pv = c.pastVerbBefore(k)
		}
		if after && pv < 0 {
			continue // "X is expected to meet Y after the summit"
		}
		// "The meeting, held during the closing day of the X Dialogue, ...":
		// the meeting just told was at that gathering.
		ref := named && c.word(0, "the") && c.in(1, en.MeetingRefs) && c.word(k-1, "held") && c.recentMeeting() != nil
		if c.modality(k) != schema.Occurred && !after || c.word(k-1, "made", "set", "taken", "held", "struck", "made") && !ref {
			continue
		}
		if c.bilateralName(k+1, g) {
			continue
		}
		who := c.atWho(k, g, pv, named, ref, listed)
		if named && (len(who) == 0 || c.frontedAt(k) >= 0) {
			// "A met B in Astana on Thursday at the bloc's summit", "At the
			// SCO summit, A met B": the parties of the sentence's
			// meeting are there.
			for _, p := range append(c.meetingPartiesHere(), c.tableCompany()...) {
				if !containsEntity(who, p) {
					who = append(who, p)
				}
			}
		}
		if len(who) == 0 && by < 0 && !opening && !c.properTail(g) && !c.ordinalName(k+1, g) {
			continue
		}
		e := c.st.lastGathering(c.si)
		if e == nil || e.sent < c.si-2 {
			e = c.newGathering(k, g, from)
			if after {
				e.status = schema.Occurred // (what followed it is past)
			}
		}
		for _, a := range who {
			c.st.addAttendee(e, a)
		}
		if by >= 0 {
			if objs, _ := c.objects(by, 2); len(objs) > 0 {
				for _, o := range objs {
					switch h := c.st.countryOf(o); {
					case o.kind == schema.KindOrganization:
						c.st.addAttendee(e, o)
					case h != nil && h.kind == schema.KindCountry:
						// "chaired by Peruvian President X": X's country
						// hosts, and X attends.
						e.host = h
						c.st.addAttendee(e, o)
					}
				}
			}
		}
		k = g
	}
}

// atWho returns those a phrase at k puts at the gathering whose noun is g:
// the clause's subjects (with whom they accompanied), else those of the
// past verb pv before "after", those the noun's list names, the main
// clause's subjects after a fronted "At the X summit", or, for "The
// meeting, held at ..." (ref), the parties of the meeting just told.
func (c *sctx) atWho(k, g, pv int, named, ref bool, listed []*entity) []*entity {
	var who []*entity
	for _, s := range c.subjects(k) {
		if !c.objectBefore(k, s) {
			who = append(who, s)
		} else if a := c.companionOf(k, s); a != nil {
			// "A accompanied B at the X summit": both were there.
			who = append(who, a, s)
		}
	}
	if len(who) == 0 && pv >= 0 {
		who = c.subjects(pv) // "A and B agreed to ... following it"
	}
	if len(who) == 0 {
		who = listed
	}
	if len(who) == 0 && named {
		// "At the X summit in Y, A and B were in the audience": the
		// main clause's subjects are there.
		who = c.frontedAtSubjects(k, g)
	}
	if len(who) == 0 && ref {
		who = c.recentMeeting().parts
	}
	return who
}

// hostAgentAfter returns the token after the "by" of "hosted by",
// "chaired by" that follows the gathering noun at g ("at the X summit
// hosted by Y", "at the 12th session of the Z Council, chaired by Y"), or
// -1.
func (c *sctx) hostAgentAfter(g int) int {
	for q := g + 1; q+1 < min(len(c.toks), g+14); q++ {
		if c.word(q, "organised", "organized", "convened", "hosted", "chaired", "sponsored") && c.word(q+1, "by") {
			return q + 2
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," || c.in(q, en.EventHeads) {
			break
		}
	}
	return -1
}

// multilateralModifier reports a modifier of three or more parties in
// [from, g): "a trilateral meeting", "a three-way naval chiefs' meeting".
func (c *sctx) multilateralModifier(from, g int) bool {
	for j := from; j < g; j++ {
		if c.word(j, "trilateral", "quadrilateral", "three-way", "four-way", "multilateral") {
			return true
		}
	}
	return false
}

// pastVerbBefore returns a past verb that happened in the clause before k
// ("A and B agreed to share data following a meeting": what followed
// the meeting is past, whatever the infinitive after it plans), or -1.
func (c *sctx) pastVerbBefore(k int) int {
	for j := c.clauseStart(k); j < k; j++ {
		if c.pastForm(j) && c.at[j] < 0 && !c.word(j-1, "is", "are", "be", "been", "being", "was", "were") && c.modality(j) == schema.Occurred {
			return j // (not "is expected to", a participle)
		}
	}
	return -1
}

// headAtList returns those listed after the copula of a clause whose
// subject is a presence head at the gathering noun g ("Participants at the
// X Summit in Y on Monday included A and B", "Among the leaders at
// Monday's summit were C and D"), or nil.
func (c *sctx) headAtList(k, g int) []*entity {
	i := c.clauseStart(k)
	if c.word(i, "among") && c.word(i+1, "the") {
		i += 2
	}
	if i >= k || !c.in(k-1, en.AttendeeNouns) {
		return nil
	}
	for q := i; q < k; q++ {
		if !c.in(q, en.PresenceHeads) && !c.in(q, en.AttendeeNouns) {
			return nil
		}
	}
	// Past the gathering's place and day ("in Lisbon on Monday") to the
	// copula.
	for v := g + 1; v < min(len(c.toks), g+8); v++ {
		switch {
		case c.in(v, en.PresenceCopulas):
			if c.modality(v) != schema.Occurred {
				return nil
			}
			return c.labelList(v + 1)
		case c.word(v, "in", "on", "at", "this", "last") || c.toks[v].upper || c.toks[v].kind == tokNum || c.toks[v].text == ",":
		default:
			return nil
		}
	}
	return nil
}

// companionOf returns the subject of a companion verb ("accompanied",
// "joined") whose object is s, told before token k, or nil.
func (c *sctx) companionOf(k int, s *entity) *entity {
	for j := k - 1; j > 0 && j >= k-8; j-- {
		mi := c.at[j]
		if mi < 0 || c.actor(mi) != s {
			continue
		}
		v := c.ms[mi].i - 1
		if !c.in(v, en.CompanionVerbs) && !c.word(v, "joined", "escorted") {
			return nil
		}
		if a := c.sentenceSubject(v); a != nil && a != s {
			return a
		}
		return nil
	}
	return nil
}

// frontedAtSubjects returns the subjects of the main clause after a
// sentence that opens with "At" and the gathering at g ("At the X summit
// in Y, A and B were in the audience"), or nil.
func (c *sctx) frontedAtSubjects(k, g int) []*entity {
	if c.frontedAt(k) < 0 {
		return nil
	}
	comma := -1
	for q := g + 1; q < min(len(c.toks), g+14) && c.toks[q].text != "."; q++ {
		if c.toks[q].text == "," {
			comma = q
			break
		}
	}
	// "At the X Summit, which A attended, B warned ...": those the
	// relative clause has attend it, and the main clause's subject after
	// the clause's closing comma.
	var rel []*entity
	if c.word(comma+1, "which") {
		end := c.closingComma(comma + 1)
		if end < 0 {
			return nil
		}
		for v := comma + 2; v < end; v++ {
			if c.word(v, "attended", "joined", "addressed", "chaired", "hosted", "opened") && c.modality(v) == schema.Occurred {
				rel = personsOf(c.between(comma+2, v))
			}
		}
		comma = end
	}
	return append(rel, c.afterComma(comma)...)
}

// subjectsOrFronted returns the subjects of the verb at k, or, when the
// verb is a participle opening the sentence ("Speaking at the opening, X
// urged ..."), those of the main clause after its comma.
func (c *sctx) subjectsOrFronted(k int) []*entity {
	if k == 0 && strings.HasSuffix(c.toks[k].lower, "ing") {
		return c.afterComma(c.nextComma(k))
	}
	return c.subjects(k)
}

// nextComma returns the first comma after k in its sentence, or -1.
func (c *sctx) nextComma(k int) int {
	for q := k + 1; q < len(c.toks) && c.toks[q].text != "."; q++ {
		if c.toks[q].text == "," {
			return q
		}
	}
	return -1
}

// afterComma returns the subjects of the main clause that starts after the
// comma at comma closing a fronted phrase, or nil.
func (c *sctx) afterComma(comma int) []*entity {
	if comma < 0 || c.word(comma+1, "which", "where", "who", "when") {
		return nil
	}
	v := comma + 1
	for v < len(c.toks) && (c.at[v] >= 0 || c.word(v, "and", ",", "also", "both", "the")) {
		v++
	}
	if v == comma+1 {
		return nil
	}
	return c.subjects(v)
}

// frontedAt returns the "at" at k when it opens the sentence, after at
// most a time phrase and its comma ("On Saturday, at the summit, ..."),
// or -1.
func (c *sctx) frontedAt(k int) int {
	if !c.word(k, "at") || k > 0 && (c.toks[k-1].text != "," || k > 5) {
		return -1
	}
	for j := 0; j < k; j++ {
		if c.at[j] >= 0 {
			return -1 // "A, at his first summit, ...": the subject comes first
		}
	}
	return k
}

// meetingPartiesHere returns the parties of the occurred meetings read in
// this sentence so far.
func (c *sctx) meetingPartiesHere() []*entity {
	var out []*entity
	for _, e := range c.st.events {
		if e.sent == c.si && e.typ == schema.Meeting && e.status == schema.Occurred {
			out = append(out, e.parts...)
		}
	}
	return out
}

// tableCompany returns those a subject "sat (at the table) with" in this
// sentence ("At the X summit, A sat at the table with B, C and D"): at a
// gathering, a seating, and all of them attend.
func (c *sctx) tableCompany() []*entity {
	for k := 0; k < len(c.toks); k++ {
		if !c.word(k, "sat", "sits") {
			continue
		}
		for q := k + 1; q < min(len(c.toks), k+7); q++ {
			if c.word(q, "with") {
				return c.listAfter(q + 1)
			}
			if !c.plainWord(q) {
				break
			}
		}
	}
	return nil
}

// objectBefore reports whether the last mention of a before k is the
// object of a verb: "Leaders gave Lesotho a year ..., at the close of the
// summit" (Lesotho is no speaker at it).
func (c *sctx) objectBefore(k int, a *entity) bool {
	for j := k - 1; j > 0; j-- {
		mi := c.at[j]
		if mi < 0 || c.ms[mi].i != j || c.actor(mi) != a {
			continue
		}
		if m := c.ms[mi]; m.modifier || c.word(m.j, "delegation", "delegations", "team", "side") || c.word(m.j-1, "delegation", "delegations", "team", "side") {
			return false // "headed the Moroccan delegation at the summit"
		}
		p := j - 1
		if c.word(p, "the") {
			p--
		}
		return p >= 0 && c.toks[p].kind == tokWord && !c.toks[p].upper && c.pastForm(p) || c.word(p, "gave", "told", "urged", "asked", "invited", "thanked")
	}
	return false
}

// gatheringEnded reads "The meeting/conference was attended by A, B and C" and "ended a
// meeting", "at the close of a two-day foreign ministers' meeting".
func (c *sctx) gatheringEnded() {
	for k := 0; k+1 < len(c.toks); k++ {
		if c.word(k, "ended", "concluded", "end", "closed", "opened", "began", "begin") {
			g := c.gatheringNoun(k+1, 6)
			if g < 0 {
				continue
			}
			if c.modality(k) != schema.Occurred {
				continue
			}
			if c.in(g, en.GatheringParts) && !c.toks[g].upper && (c.partOfFocus(g) || c.word(g-1, "a", "an") && !c.word(g+1, "of")) && c.inFocus(6) {
				continue // "ended it with a retreat": a part of the gathering in focus
			}
			// The subject must be an organisation or its members, named in
			// this sentence or the one before.
			var orgs []*entity
			for mi := range c.ms {
				if c.ms[mi].kind == mOrg && !c.ms[mi].modifier && c.ms[mi].bloc {
					orgs = append(orgs, c.st.org(c.ms[mi].name))
				}
				if c.ms[mi].i < k && c.ms[mi].kind == mRole && c.ms[mi].plural && c.ms[mi].org != "" {
					orgs = append(orgs, c.st.org(c.ms[mi].org))
				}
			}
			if len(orgs) == 0 && c.si > 0 {
				for _, m := range c.st.ms[c.si-1] {
					if m.kind == mOrg && !m.modifier && m.i < 12 && m.bloc {
						orgs = append(orgs, c.st.org(m.name))
						break
					}
				}
			}
			if len(orgs) == 0 {
				continue
			}
			e := c.st.lastGathering(c.si)
			if e == nil || e.sent != c.si {
				e = c.newGathering(k, g, k+1)
			}
			for _, o := range orgs {
				c.st.addAttendee(e, o)
			}
		}
	}
}

// attended reads "X attended the Y meeting", "the meeting was attended by
// A, B and C", "attended as an observer".
func (c *sctx) attended(k int) {
	status := c.modality(k)
	if c.word(k+1, "by") {
		c.attendedBy(k)
		return
	}
	if status == schema.Occurred {
		c.attendedActive(k)
	}
}

// attendedBy reads the passive: the gathering is before "attended", its
// attendees after "by".
func (c *sctx) attendedBy(k int) {
	g := -1
	for j := k - 1; j >= 0; j-- {
		if en.GatheringNouns[c.toks[j].lower] {
			g = j
			break
		}
	}
	atts := c.listAfter(k + 2)
	if len(atts) == 0 {
		return
	}
	if g < 0 && c.mealFor(k, atts) {
		return
	}
	// "It was attended by A and B": the gathering in focus.
	if g < 0 && c.itWas(k) {
		if e := c.st.lastGathering(c.si); e != nil && c.si-max(e.sent, e.seen) <= 2 {
			for _, a := range atts {
				c.st.addAttendee(e, a)
			}
		}
		return
	}
	if g < 0 && !c.has("conference", "summit") {
		return
	}
	// "The meeting was attended by A, B and C" after a bilateral meeting:
	// its participants.
	if g >= 0 && c.word(g, "meeting", "talks") && c.word(g-1, "the") && c.joinLastMeeting(atts) {
		return
	}
	e := c.st.lastGathering(c.si)
	if e == nil || g >= 0 && e.sent != c.si && !c.word(g-1, "the") {
		if g < 0 {
			return
		}
		var done bool
		if e, done = c.attendedMeetingOrGathering(k, g, atts); done {
			return
		}
	}
	for _, a := range atts {
		c.st.addAttendee(e, a)
	}
}

// mealFor reads a meal given for a group, attended by people of several
// states: "X hosted a lunch for Pacific leaders, attended by A of Y and B
// of Z". The meal is a gathering of the host and the guests' countries.
func (c *sctx) mealFor(k int, atts []*entity) bool {
	meal := -1
	for j := k - 1; j >= max(c.clauseStart(k)-12, 0); j-- {
		if c.in(j, en.MealNouns) && c.word(j+1, "for") {
			meal = j
			break
		}
	}
	if meal < 0 || c.modality(k) != schema.Occurred || len(c.st.countriesOf(atts)) < 2 {
		return false
	}
	e := c.newGathering(k, meal, meal)
	for _, s := range c.subjects(meal) {
		if h := c.st.countryOf(s); h != nil && h.kind == schema.KindCountry {
			e.host = h
			c.st.addAttendee(e, s)
		}
	}
	for _, a := range atts {
		c.st.addAttendee(e, a)
	}
	return true
}

// countriesOf returns the distinct countries the actors in atts are of or
// are.
func (st *docState) countriesOf(atts []*entity) []*entity {
	var out []*entity
	for _, a := range atts {
		if h := st.countryOf(a); h != nil && h.kind == schema.KindCountry && !containsEntity(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// itWas reports "it was" (or "it was also") just before the participle at
// k.
func (c *sctx) itWas(k int) bool {
	j := k - 1
	if c.word(j, "also") {
		j--
	}
	return c.word(j, "was", "is", "has", "had") && c.word(j-1, "it") || c.word(j, "been") && c.word(j-1, "has", "had") && c.word(j-2, "it")
}

// personsOf returns the persons among es.
func personsOf(es []*entity) []*entity {
	var people []*entity
	for _, a := range es {
		if a.kind == schema.KindPerson {
			people = append(people, a)
		}
	}
	return people
}

// joinLastMeeting makes the people of atts the participants of the bilateral
// meeting told in the last five sentences, in place of the countries they act
// for. It reports whether it did.
func (c *sctx) joinLastMeeting(atts []*entity) bool {
	for i := len(c.st.events) - 1; i >= 0; i-- {
		m := c.st.events[i]
		if c.si-m.sent > 5 || m.typ == schema.Gathering && m.sent == c.si {
			return false
		}
		if m.typ != schema.Meeting {
			continue
		}
		people := personsOf(atts)
		if len(people) < 2 {
			return false
		}
		m.parts, _ = c.st.sides(m.parts, people)
		m.join(people)
		return true
	}
	return false
}

// attendedMeetingOrGathering reads "the G was attended by ..." with no
// gathering to join: one more official at a bilateral meeting is nothing;
// the people of two countries at "a meeting" met; otherwise G is a new
// gathering. done reports that nothing is left to add.
func (c *sctx) attendedMeetingOrGathering(k, g int, atts []*entity) (e *event, done bool) {
	var parties []*entity
	for _, a := range atts {
		if p := c.st.countryOf(a); p != nil && !containsEntity(parties, p) {
			parties = append(parties, p)
		}
	}
	if len(parties) < 2 {
		// "The meeting was attended by the foreign minister".
		return nil, true
	}
	// "a meeting of the two countries' ministers, attended by A, B, C and
	// D": the people of two countries met.
	if len(parties) == 2 && c.word(g, "meeting", "meetings", "talks") {
		if people := personsOf(atts); len(people) >= 2 {
			for _, m := range c.addMeeting(k, people, nil, true) {
				c.meetingDetails(m, k)
			}
			return nil, true
		}
	}
	return c.newGathering(k, g, max(0, g-8)), false
}

// attendedActive reads "X (had just) attended the OPEC ministers' meeting in
// Vienna", "X attended as an observer", "A and B attended in person, as did
// C", with the attendees its clause adds ("including", "alongside").
func (c *sctx) attendedActive(k int) {
	if c.attendedMeeting(k) {
		return
	}
	subj := c.subjects(k)
	if len(subj) == 0 && !c.word(k-1, "state", "government", "countries", "nations", "leaders", "delegates", "ministers") {
		subj = c.topicSubject(k)
	}
	var e *event
	if g := c.gatheringNoun(k+1, 8); g >= 0 {
		e = c.attendedNamed(k, g)
	} else if c.attendedBare(k) {
		e = c.gatheringInFocus()
		if g := c.relativeGathering(k); g >= 0 && (e == nil || c.si-max(e.sent, e.seen) > 2) {
			// "the summit in Apia, which X also attended", no other
			// gathering in focus.
			e = c.gatheringAt(k, g)
		}
		if e != nil {
			if len(subj) == 0 {
				subj = c.clauseList(k)
			}
			subj = append(subj, c.asDid(k)...)
			subj = append(subj, c.onBehalfOf(k)...)
		}
	}
	if e == nil {
		return
	}
	for _, s := range subj {
		if s.kind != schema.KindCity {
			c.st.addAttendee(e, s)
		}
	}
	for _, a := range c.addedAttendees(k) {
		c.st.addAttendee(e, a)
	}
}

// attendedMeeting reads "X attended the audience (the talks), alongside
// Y" after a meeting told just before: X and Y are parties to it. It
// reports whether it did.
func (c *sctx) attendedMeeting(k int) bool {
	if !c.word(k+1, "the") || !c.word(k+2, "audience", "meeting", "talks") || c.gatheringInFocus() != nil {
		return false
	}
	m := c.recentMeeting()
	subj := c.subjects(k)
	if m == nil || len(subj) == 0 || !allPersons(subj) {
		return false
	}
	m.join(append(subj, personsOf(c.addedAttendees(k))...))
	return true
}

// conferenceNamed reports a conference's own short name in [from, g]: "the
// COP29 climate talks".
func (c *sctx) conferenceNamed(from, g int) bool {
	for j := min(from, g); j <= g && j < len(c.toks); j++ {
		if en.IsConferenceName(c.toks[j].lower) {
			return true
		}
	}
	return false
}

// relativeGathering returns the gathering noun a relative clause holding
// k hangs on ("the X summit in Apia in May, which Y attended"), or -1.
func (c *sctx) relativeGathering(k int) int {
	w := k - 1
	for w > 0 && (c.at[w] >= 0 || c.word(w, "also", "too", "later", "had", "has", "have", "and", "both", "all")) {
		w--
	}
	if w < 1 || !c.word(w, "which", "that") {
		return -1
	}
	for j := w - 1; j >= max(0, w-10); j-- {
		if en.GatheringNouns[c.toks[j].lower] {
			return j
		}
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," && c.toks[j].text != "'" {
			return -1
		}
	}
	return -1
}

// gatheringAt returns the gathering read in this sentence, or a new one
// at noun g when g names one.
func (c *sctx) gatheringAt(k, g int) *event {
	if e := c.st.lastGathering(c.si); e != nil && e.sent == c.si {
		return e // read already in this sentence
	}
	from := g
	for from > 0 && g-from < 6 && c.toks[from-1].kind == tokWord && !c.word(from-1, "the", "a", "an", "for", "at", "to", "of", "in") {
		from--
	}
	if !c.namedGathering(from, g) {
		return nil
	}
	e := c.newGathering(g, g, from)
	if st := c.modality(k); st == schema.Occurred {
		e.status = st // "planned for the summit, which X attended"
	}
	return e
}

// attendedNamed returns the gathering of "attended the G": the last one when
// "the" points back to it, else a new one if the words name a gathering.
func (c *sctx) attendedNamed(k, g int) *event {
	if (c.word(g-1, "the") || c.word(g-2, "the") || c.in(g, en.GatheringParts) && c.partOfFocus(g)) && !c.properTail(g) {
		if e := c.st.lastGathering(c.si); e != nil && e.sent >= c.si-2 {
			return e
		}
	}
	if !c.namedGathering(k+1, g) {
		return nil
	}
	return c.newGathering(k, g, k+1)
}

// attendedBare reports "attended" with no gathering after it: "attended as
// an observer", "attended, including ...", "attended in person", or at the
// sentence's end.
func (c *sctx) attendedBare(k int) bool {
	if k+1 >= len(c.toks) || c.toks[k+1].text == "." || c.toks[k+1].text == ";" {
		return true
	}
	// "A and B attended it": the gathering in focus, as bare.
	if c.word(k+1, "it") && (k+2 >= len(c.toks) || c.toks[k+2].kind == tokPunct || c.word(k+2, "too", "as", "alongside", "along", "on", "in")) {
		return true
	}
	// "A, B and C attended, and D was represented by ...", "attended,
	// including A", "attended, while D stayed away", "attended, though
	// no talks were held".
	if c.toks[k+1].text == "," && c.word(k+2, "including", "among", "as", "and", "while", "but", "whereas", "although", "though", "even", "yet") {
		return true
	}
	// "X attended but refused to sign", "Y attended yet spoke little".
	if c.word(k+1, "but", "yet") && k+2 < len(c.toks) && c.toks[k+2].kind == tokWord && !c.toks[k+2].upper && !c.word(k+2, "not", "never") {
		return true
	}
	// "attended alongside the ministers of A and B", "attended, along
	// with C": others there with them (addedAttendees).
	with := k + 1 + boolInt(c.toks[k+1].text == ",")
	if c.word(with, "alongside", "beside") || c.word(with, "along", "together") && c.word(with+1, "with") {
		return true
	}
	// "attended on behalf of X", "in place of X", "instead of X", "for
	// the bloc": whom the attendee stood for.
	if c.word(k+1, "on") && c.word(k+2, "behalf") || c.word(k+1, "in") && c.word(k+2, "place", "lieu") || c.word(k+1, "instead") {
		return true
	}
	if c.word(k+1, "for") {
		return true // "attended for the bloc", "attended for an hour"
	}
	// "attended the service", "the ceremony": the ceremony in focus.
	if c.word(k+1, "the") && c.in(k+2, en.CeremonyTails) {
		e := c.st.lastGathering(c.si)
		return e != nil && e.is(cueCeremony)
	}
	return c.word(k+1, "as") || c.word(k+1, "in") && c.word(k+2, "person")
}

// asDid returns the list after ", as did" following token k.
func (c *sctx) asDid(k int) []*entity {
	for j := k + 1; j+2 < len(c.toks); j++ {
		if c.toks[j].text == "," && c.word(j+1, "as") && c.word(j+2, "did", "do", "does", "was", "were") {
			return c.listAfter(j + 3)
		}
	}
	return nil
}

// includingAfter returns the list after "including" or "among" within three
// words of k: "More than 20 heads of state attended, including A and B".
func (c *sctx) includingAfter(k int) []*entity {
	for j := k + 1; j < min(len(c.toks), k+4); j++ {
		if c.word(j, "including", "among") {
			return c.listAfter(j + 1)
		}
	}
	return nil
}

// addedAttendees returns the list a clause adds after "attended": "including
// A and B", "among them A", "alongside A", "along with A", "together with
// A", ", as was A" ("More than 20 heads of state attended the summit on
// Monday, including A and B").
func (c *sctx) addedAttendees(k int) []*entity {
	for j := k + 1; j+1 < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "but", "while", "who", "which", "where") {
			return nil
		}
		switch {
		case c.word(j, "including", "among", "alongside", "beside"):
			if c.word(j, "among") && c.word(j+1, "them") {
				j++
			}
			return c.listAfter(j + 1)
		case c.word(j, "along", "together") && c.word(j+1, "with"):
			return c.listAfter(j + 2)
		case c.toks[j].text == "," && c.word(j+1, "as") && c.word(j+2, "did", "was", "were"):
			return c.listAfter(j + 3) // "A and B were among those present, as was C"
		}
	}
	return nil
}

// sidelineGathering returns the gathering named at token k ("the UNGA
// meeting in New York"), creating it with the meeting's parties as
// attendees.
func (c *sctx) sidelineGathering(k int, m *event) *event {
	g := c.gatheringNoun(k, 8)
	if g < 0 {
		return nil
	}
	// "the meeting", "that summit": the gathering already read.
	if c.word(k, "the") && c.definiteBare(g) || c.word(k, "that", "this") && g == k+1 {
		e := c.st.lastGathering(c.si)
		if e == nil {
			// "the summit" far from where it was told: the story's only one.
			e = c.st.onlyGathering()
		}
		if e != nil {
			e.seen = c.si
			for _, p := range m.parts {
				c.st.addAttendee(e, p)
			}
			return e
		}
	}
	name := c.gatheringName(k, g)
	// "Leaders closed their summit ... on the margins of the West
	// African Council": the summit the story told, now named.
	if last := c.st.lastGathering(c.si); last != nil && c.si-max(last.sent, last.seen) <= 3 && unnamed(last.name) && !unnamed(name) && withinDays(m.date, last.date, 1) {
		last.name, last.seen = name, c.si
		for _, p := range m.parts {
			c.st.addAttendee(last, p)
		}
		return last
	}
	e := &event{typ: schema.Gathering, status: m.status, sent: c.si, trig: g, conf: 0.6}
	if c.in(g, en.Commemorations) {
		e.mark(cueCeremony | cueCommemoration) // "on the margins of the parade": guests of two countries make it one
	}
	e.name = name
	e.date = m.date
	e.dateFrom = m.dateFrom
	c.placeFor(e, g)
	if e.place == nil {
		e.place = m.place
	}
	if e.place == nil && c.dlCity() != "" && (!e.dated() || c.nearPublication(e) || e.date.Precision == schema.PrecisionMonth) {
		e.place = c.st.city(c.dlCity(), c.dlISO())
	}
	if m.place == nil {
		m.place = e.place
	}
	for _, p := range m.parts {
		c.st.addAttendee(e, p)
	}
	c.st.events = append(c.st.events, e)
	return e
}

// unnamed reports a gathering name with no capitalised word: "one-day
// summit", "session".
func unnamed(name string) bool {
	for _, w := range strings.Fields(name) {
		if r := []rune(w)[0]; unicode.IsUpper(r) || unicode.IsDigit(r) && len(w) > 2 {
			return false
		}
	}
	return true
}

// Kinds of participation in a gathering.
const (
	partAttended = iota
	partRemote
	partAbsent
)

// participation records how the subject of token k took part in the
// gathering named after token from (or the last one): "X skipped the
// summit", "X joined virtually", "X was represented by Y", "X did not
// attend".
// countryBefore returns the country named last before token k in this
// sentence or the one before it: a country, a demonym, or a person's.
func (c *sctx) countryBefore(k int) *entity {
	for mi := len(c.ms) - 1; mi >= 0; mi-- {
		if c.ms[mi].i < k {
			if a := c.countryOfMention(c.ms[mi], c.actor(mi)); a != nil {
				return a
			}
		}
	}
	if c.si == 0 {
		return nil
	}
	ms := c.st.ms[c.si-1]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		var a *entity
		if ms[mi].ent != nil {
			a = ms[mi].ent.canon()
		}
		if a := c.countryOfMention(ms[mi], a); a != nil {
			return a
		}
	}
	return nil
}

// countryOfMention returns the country a mention names or belongs to.
func (c *sctx) countryOfMention(m mention, a *entity) *entity {
	switch {
	case m.kind == mCountry || m.kind == mDemonym:
		if m.iso3 != "" {
			return c.st.country(m.iso3)
		}
	case m.kind == mPerson && a != nil && a.kind == schema.KindPerson && a.iso3 != "":
		return c.st.country(a.iso3)
	}
	return nil
}

func (c *sctx) participation(k, from int, how int) {
	if how == partRemote && c.notJoined(k) {
		how = partAbsent // "never joined, not even by video"
	}
	subj := c.subjects(k)
	if ps := c.parenthesisedCountries(k); len(ps) >= 2 {
		subj = ps // "A (Russia), B (Kazakhstan) and C (Belarus) took part"
	}
	if pair := c.groupPair(k); len(subj) == 0 && pair != nil {
		subj = pair // "Both leaders had taken part in X", "both had attended"
	}
	if how != partAbsent {
		subj = append(subj, c.onBehalfOf(k)...)
		// "Some twenty leaders joined online, among them A and B".
		subj = append(subj, c.addedAttendees(k)...)
	}
	for i := len(subj) - 1; i >= 0; i-- {
		if subj[i].kind == schema.KindCity {
			subj = append(subj[:i], subj[i+1:]...)
		}
	}
	if cs := c.clauseStart(k); len(subj) == 0 && (c.word(cs, "but", "and") || c.word(cs-1, "but", "and")) {
		// "X stayed home but joined by video": the sentence's subject.
		if a := c.sentenceSubject(k); a != nil {
			subj = []*entity{a}
		}
	}
	if cs := c.clauseStart(k); len(subj) == 0 && (c.word(cs, "the", "his", "her", "its") && c.in(cs+1, en.CountryWords) && cs+2 < k) {
		// "X did not travel. The country was represented by Y": the
		// country last named.
		if a := c.countryBefore(cs); a != nil {
			subj = []*entity{a}
		}
	}
	if len(subj) == 0 {
		// "with Ukraine's foreign minister joining by video link"
		for j := k - 1; j >= max(0, k-5); j-- {
			if mi := c.at[j]; mi >= 0 {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
					subj = []*entity{a}
				}
				break
			}
		}
	}
	if len(subj) == 0 {
		return
	}
	var e *event
	// "X also took part in the discussions": one more party to the meeting just read.
	if from >= 0 && how == partAttended {
		if g := c.gatheringNoun(from, 4); g >= 0 && c.word(g, "talks", "meeting", "discussions") && c.word(g-1, "the") {
			for i := len(c.st.events) - 1; i >= 0; i-- {
				m := c.st.events[i]
				if c.si-m.sent > 2 {
					break
				}
				if m.typ == schema.Meeting {
					for _, a := range subj {
						if !containsEntity(m.parts, a) {
							m.parts = append(m.parts, a)
						}
					}
					return
				}
			}
		}
	}
	if from >= 0 {
		// "the third round of the Lome talks": the head may come late.
		if g := c.gatheringNoun(from, 8); g >= 0 {
			e = c.st.lastGathering(c.si)
			if e == nil || !c.word(g-1, "the") && !c.word(g-2, "the") {
				if how == partAbsent {
					return
				}
				if how == partAttended && g == from+1 && c.word(from, "the") && c.word(g, "talks", "meeting", "discussions") && len(c.st.partiesOf(subj)) < 2 {
					// "the talks" told before that this reading missed,
					// joined by one side's officials: no gathering of
					// their own.
					return
				}
				e = c.newGathering(k, g, from)
			}
		}
	}
	if e == nil {
		e = c.gatheringInFocus()
	}
	if e == nil {
		// A gathering named just before: "Xi skipped the summit and was represented by Li".
		return
	}
	for _, a := range subj {
		switch how {
		case partAbsent:
			a = c.st.countryOf(a)
			if a != nil && !containsEntity(e.absent, a) {
				e.absent = append(e.absent, a)
			}
		case partRemote:
			c.st.addAttendee(e, a)
			if r := c.st.countryOf(a); r != nil && !containsEntity(e.remote, r) {
				e.remote = append(e.remote, r)
			}
		default:
			c.st.addAttendee(e, a)
		}
	}
	if how == partAttended {
		// "A and B took part, along with C"
		for _, a := range c.addedAttendees(k) {
			c.st.addAttendee(e, a)
		}
	}
}

// partiesOf returns the distinct countries or organisations actors act
// for (partyOf).
func (st *docState) partiesOf(as []*entity) []*entity {
	var out []*entity
	for _, a := range as {
		if p := st.partyOf(a); p != nil && !containsEntity(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// countryOf returns the country or organisation an actor acts for.
func (st *docState) countryOf(a *entity) *entity {
	if a == nil {
		return nil
	}
	a = a.canon()
	if a.kind == schema.KindPerson {
		switch {
		case a.org != "":
			// "the European Commission's president" acts for the Union.
			if u := st.partOf(st.org(a.org)); u != nil {
				return u
			}
			return st.org(a.org)
		case a.iso3 != "":
			return st.country(a.iso3)
		}
		return nil
	}
	return a
}

// partyOf is countryOf, and for a person the text gives no country or
// organisation, the country the gazetteer knows them for at the article's
// date ("Keir Starmer was there"); nil when there is none.
func (st *docState) partyOf(a *entity) *entity {
	if c := st.countryOf(a); c != nil {
		return c
	}
	if a != nil && a.canon().kind == schema.KindPerson {
		if iso := st.knownAs(a.canon()); iso != "" {
			return st.country(iso)
		}
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// parenthesisedCountries returns the countries of a list of people, each
// followed by their country in brackets, before the verb at k: "A
// (Russia), B (Kazakhstan) and C (Belarus) took part".
func (c *sctx) parenthesisedCountries(k int) []*entity {
	var out []*entity
	for j := 1; j+2 < k; j++ {
		if c.toks[j].text != "(" || c.at[j-1] < 0 || c.ms[c.at[j-1]].kind != mPerson {
			continue
		}
		if mi := c.at[j+1]; mi >= 0 && c.ms[mi].kind == mCountry && c.ms[mi].j < k && c.toks[c.ms[mi].j].text == ")" {
			out = append(out, c.st.country(c.ms[mi].iso3))
		}
	}
	return out
}

// clauseList returns the countries and organisations a list subject before
// token k names ("Leaders of A, B and C were present", "Uganda's President
// X and Tanzania's President Y attended"): people stand for their country.
func (c *sctx) clauseList(k int) []*entity {
	var out []*entity
	for j := c.clauseStart(k); j < k; j++ {
		mi := c.at[j]
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		j = m.j - 1
		var a *entity
		switch {
		case m.kind == mCity:
			continue
		case m.kind == mDemonym || m.kind == mCountry:
			a = c.st.country(m.iso3)
		default:
			a = c.actor(mi)
		}
		if a != nil && a.kind == schema.KindPerson {
			a = c.st.partyOf(a) // "Olaf Scholz was there"
		}
		if a != nil && !containsEntity(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// addToRecent adds attendees to the gathering in focus (lastGathering).
func (c *sctx) addToRecent(k int, atts []*entity) {
	e := c.gatheringInFocus()
	if e == nil || c.frontedAtGathering() {
		return // (atGathering puts them at the gathering the sentence opens with)
	}
	for _, a := range atts {
		c.st.addAttendee(e, a)
	}
}

// gatheringInFocus returns the gathering told or seen in the last six
// prose sentences, else, in a long story of one gathering, that one when
// told within fourteen: those told present later are at it.
func (c *sctx) gatheringInFocus() *event {
	if e := c.st.lastGathering(c.si); e != nil {
		return e
	}
	if g := c.st.onlyGathering(); g != nil && c.st.proseBetween(max(g.sent, g.seen), c.si) <= 14 {
		return g
	}
	return nil
}

// frontedAtGathering reports a sentence that opens with "At" and a
// gathering noun: "At the X Dialogue in Y, A and B were in the audience".
func (c *sctx) frontedAtGathering() bool {
	for k := 0; k < min(len(c.toks), 6); k++ {
		if c.frontedAt(k) >= 0 {
			return c.gatheringNoun(k+1, 8) >= 0
		}
	}
	return false
}

// addPresent is addToRecent for a list of those present ("Around the
// table were A and B", "Who is here: A, B"): with no gathering in focus,
// as on a live page above the entry that tells the summit opened, the
// next gathering told attends them.
func (c *sctx) addPresent(k int, atts []*entity) {
	if e := c.gatheringInFocus(); e != nil {
		for _, a := range atts {
			c.st.addAttendee(e, a)
		}
		return
	}
	if c.modality(k) == schema.Occurred && c.joinSide(personsOf(atts)) {
		return // "Across the table were A and B": a side of the talks told
	}
	if len(atts) > 0 && c.modality(k) == schema.Occurred {
		c.st.pending = append(c.st.pending, pendingAttendees{sent: c.si, atts: atts})
	}
}

// joinSide puts the people ps in place of their countries among the
// parties of the meeting of the last three sentences ("Russian and
// American officials sat down ... Moscow was represented by A and B"),
// and reports whether it did.
func (c *sctx) joinSide(ps []*entity) bool {
	if len(ps) == 0 {
		return false
	}
	for i := len(c.st.events) - 1; i >= 0; i-- {
		m := c.st.events[i]
		if c.si-m.sent > 3 {
			return false
		}
		if m.typ != schema.Meeting || m.status != schema.Occurred {
			continue
		}
		if !m.is(cueSides) && len(personsOf(m.parts)) > 0 {
			return false // only talks told as of states ("Russian and American officials")
		}
		kept, added := c.st.sides(m.parts, ps)
		if len(added) == 0 {
			return false
		}
		m.parts = kept
		m.join(added)
		m.mark(cueSides)
		return true
	}
	return false
}

// sides splits the parties of a meeting: those no person of ps acts for
// (kept), and the persons of ps who act for a country among them.
func (st *docState) sides(parts, ps []*entity) (kept, added []*entity) {
	for _, p := range parts {
		var side []*entity
		for _, q := range ps {
			if q = q.canon(); p.kind == schema.KindCountry && q.iso3 != "" && st.historical(q.iso3) == p.iso3 {
				side = append(side, q)
			}
		}
		if len(side) == 0 {
			kept = append(kept, p)
		}
		added = append(added, side...)
	}
	return kept, added
}

// leadersSubject reports whether the clause before token k has a plural
// subject of leaders or ministers, not a pair ("the two leaders").
func (c *sctx) leadersSubject(k int) bool {
	for j := c.clauseStart(k); j < k; j++ {
		if c.word(j, "two", "both", "pair") {
			return false
		}
		if c.word(j, "leaders", "ministers", "presidents", "heads", "delegates", "delegations") {
			// "business leaders assembled": no leaders of states.
			return !c.in(j-1, en.NonStateLeaders)
		}
	}
	return false
}

// namedBodySubject reports a subject before k that is a body the lexicon
// does not know, named whole with an organisation word at its end, or its
// leaders or ministers: "The Lake Basin Group held its annual meeting",
// "Leaders of the Lake Basin Group (LBG) held their yearly meeting".
func (c *sctx) namedBodySubject(k int) bool {
	q := k - 1
	if c.toks[max(q, 0)].text == ")" && q >= 2 && c.toks[q-2].text == "(" {
		q -= 3 // "(LBG)"
	}
	if q < 1 || !(c.in(q, en.OrgWords) || c.word(q, "states")) || !c.toks[q].upper {
		return false // ("the Small Island States" are a body too)
	}
	// A guessed name ending at the organisation word is part of it ("the
	// Smaller Island States", where "Island States" looked like a name).
	guess := func(j int) bool {
		m := c.ms[c.at[j]]
		return m.kind == mPerson && m.role == "" && m.j == q+1
	}
	b := q
	for b > 0 && c.toks[b-1].kind == tokWord && c.toks[b-1].upper && (c.at[b-1] < 0 || guess(b-1)) && !c.in(b-1, en.RoleHeads) && !c.word(b-1, "the") {
		b--
	}
	if b == q || !c.word(b-1, "the") {
		return false // "the Lake Basin Group", not "the Group" alone
	}
	s := c.clauseStart(k)
	switch {
	case b-1 == s:
		return true
	case b-2 > s && c.word(b-2, "of") && c.word(b-3, "leaders", "ministers", "presidents", "heads") && b-3 == s:
		return true // "Leaders of the Lake Basin Group"
	}
	return false
}

// ordinalName reports whether the gathering phrase [from, g) holds an
// ordinal ("the 12th session", "the ninth summit"): a gathering of a
// series, named.
func (c *sctx) ordinalName(from, g int) bool {
	for j := from; j < g; j++ {
		w := c.toks[j].lower
		if c.in(j, en.Ordinals) || hasDigit(w) && (strings.HasSuffix(w, "th") || strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") || strings.HasSuffix(w, "rd")) {
			return true
		}
	}
	return false
}

// properTail reports whether a gathering noun at g is followed by "of" and
// a proper name: "the 12th session of the Joint Commission" names a
// gathering of its own, not the one told before.
func (c *sctx) properTail(g int) bool {
	q := g + 2
	if c.word(q, "the") {
		q++
	}
	if !c.word(g+1, "of") || q >= len(c.toks) || c.toks[q].kind != tokWord || !c.toks[q].upper {
		return false
	}
	// "the spring sitting of Chile's senate", "an extraordinary meeting of
	// Acme Corp": a domestic body or a company is no gathering of states.
	for j := q; j < min(len(c.toks), q+6); j++ {
		if c.in(j, en.DomesticBodies) || c.at[j] >= 0 && c.ms[c.at[j]].company {
			return false
		}
		if c.toks[j].kind == tokPunct {
			break
		}
	}
	return true
}

// unnamedSummit returns the start, past its determiner, of a
// clause-initial noun phrase that names no one and is headed by a
// multilateral gathering noun ("The two-day summit", "A regional security
// conference", "Asia's biggest security forum"), or -1.
func (c *sctx) unnamedSummit(g int) int {
	// "The 12th ordinary session opened": a body's statutory sitting.
	statutory := c.word(g, "session") && (c.in(g-1, en.SessionKinds) || c.in(g-1, en.Ordinals))
	if !c.in(g, en.SummitHeads) && !statutory {
		return -1
	}
	for j := g - 1; j >= max(0, g-4); j-- {
		if c.word(j, "the", "a", "an") {
			if j != c.clauseStart(g) && !(j > 0 && c.word(j-1, "and")) {
				return -1
			}
			return j + 1
		}
		// "Asia's biggest security forum closed": a region's, opening
		// the clause.
		if j == c.clauseStart(g) && c.toks[j].poss && c.toks[j].upper && c.regionAt(j) {
			return j
		}
		if c.toks[j].kind != tokWord && c.toks[j].kind != tokNum && c.toks[j].text != "-" || c.toks[j].upper || c.at[j] >= 0 {
			return -1
		}
	}
	return -1
}

// regionAt reports a continent or region word at j ("Asia", "Europe's",
// "the Pacific's"), or a country.
func (c *sctx) regionAt(j int) bool {
	if mi := c.at[j]; mi >= 0 {
		return c.ms[mi].kind == mCountry
	}
	return c.in(j, en.RegionNames)
}

// definiteBare reports whether the gathering noun at g is a definite noun
// phrase without a name: "the summit", "the two-day meeting".
func (c *sctx) definiteBare(g int) bool {
	for j := g - 1; j >= max(0, g-3); j-- {
		// "the summit", "her first summit as prime minister": the one in
		// focus; "their last meeting" is another.
		if c.word(j, "the") || c.word(j, "his", "her", "their") && !c.word(j+1, "last", "previous", "next", "past", "earlier", "latest", "own") {
			return true
		}
		// "attending his last summit before stepping down", "her last
		// summit as president": the final one, this one.
		if c.word(j, "his", "her", "their") && c.word(j+1, "last", "final") && c.word(g+1, "before", "as") {
			return true
		}
		if c.toks[j].kind != tokWord && c.toks[j].kind != tokNum || c.toks[j].upper || c.at[j] >= 0 {
			return false
		}
	}
	return false
}

// partOfFocus reports a session noun at g after "the" and at most three
// name words or quotes, with no "of" after it: `the "SCO Plus" session`,
// "the outreach session".
func (c *sctx) partOfFocus(g int) bool {
	if c.word(g+1, "of") {
		return false
	}
	for j := g - 1; j >= max(0, g-6); j-- {
		if c.word(j, "the") || c.toks[j].poss && c.pastDayAt(j) {
			return true // "the closing session", "Tuesday's outreach session"
		}
		if c.toks[j].kind == tokWord || isQuote(c.toks[j].text) || c.toks[j].text == "-" || c.toks[j].text == "'" {
			continue // (the apostrophe of "the leaders' plenary")
		}
		return false
	}
	return false
}

// domestic reports whether the gathering noun at g is a domestic meeting.
func (c *sctx) domestic(g int) bool {
	// "the first sitting of the Federal Assembly of X": a
	// meeting of a domestic body.
	if c.word(g+1, "of") {
		// "a meeting of his top commanders", "of her ministers": one
		// leader's own people; "of his counterparts" are others'.
		if c.word(g+2, "his", "her") && !c.in(g+3, en.CounterpartNouns) && !c.word(g+3, "guests", "visitors") {
			return true
		}
		for q := g + 2; q < min(len(c.toks), g+9) && c.toks[q].kind != tokPunct && !c.word(q, "in", "on", "at", "to", "for", "with"); q++ {
			if en.DomesticBodies[c.toks[q].lower] {
				return true // "the spring sitting of the Senate", "a meeting of the cabinet"
			}
		}
	}
	// "Uganda's officials' retreat": one state's own people.
	if g >= 3 && c.toks[g-1].text == "'" && c.toks[g-2].kind == tokWord && !c.toks[g-2].upper {
		if mi := c.at[g-3]; mi >= 0 && c.toks[g-3].poss && c.ms[mi].iso3 != "" && c.ms[mi].kind != mPerson {
			return true
		}
	}
	for j := g - 1; j >= max(0, g-3); j-- {
		if c.toks[j].kind != tokWord {
			return false
		}
		if en.DomesticWords[c.toks[j].lower] {
			return true
		}
	}
	return false
}

// sessionAt reports whether a sitting of the gathering in focus is named
// at j: "the proceedings", "the closing plenary", "the opening" (the
// session's opening, no noun after it).
func (c *sctx) sessionAt(j int) bool {
	if c.word(j, "proceedings") {
		return true // "opened proceedings"
	}
	if !c.word(j, "the") {
		return false
	}
	if c.word(j+1, "end", "close", "start", "beginning", "opening", "outset") && c.word(j+2, "of") && c.word(j+3, "the") && c.in(j+4, en.ProceedingNouns) {
		return true // "spoke at the outset of the debate", "speaking at the beginning of the plenary"
	}
	if c.in(j+1, en.ProceedingNouns) || c.in(j+1, en.SessionOpenings) && c.in(j+2, en.ProceedingNouns) {
		return true
	}
	return c.word(j+1, "opening", "closing") && (j+2 == len(c.toks) || c.toks[j+2].kind != tokWord || c.word(j+2, "on", "in", "of", "and", "while", "with", "but", "before", "after"))
}

// floorOfGathering reads a speaker at the hall of the gathering in focus:
// "A and B both spoke from the podium", "C addressed the hall by video".
func (c *sctx) floorOfGathering(k int) bool {
	switch {
	case c.in(k, en.SpeakAtVerbs) && c.word(k+1, "from", "at", "in") && c.word(k+2, "the") && c.in(k+3, en.FloorNouns):
		return true
	case c.word(k, "addressed") && c.word(k+1, "the") && c.in(k+2, en.FloorNouns):
		return true
	}
	return false
}

// rolesAtGathering reads the parts people play at the gathering in focus:
// "X opened the proceedings", "Y addressed the opening session", "A took
// over the rotating chairmanship from B", "C handed the chair to D", "the
// session, which E hosted": all of them attend it.
func (c *sctx) rolesAtGathering() {
	g := c.st.lastGathering(c.si)
	near := g != nil && g.status == schema.Occurred && c.si-max(g.sent, g.seen) <= 3
	// "the plenary", "the opening session" name a sitting of the story's
	// gathering however far back it was told.
	story := g
	if !near {
		story = c.st.gatheringWithin(c.si, storyReach)
	}
	if story == nil || story.status != schema.Occurred {
		return
	}
	for k := 0; k+2 < len(c.toks); k++ {
		var atts []*entity
		switch {
		case c.in(k, en.SessionRoleVerbs) && c.sessionAt(k+1) || c.in(k, en.SpeakAtVerbs) && c.word(k+1, "at", "in") && c.sessionAt(k+2),
			c.floorOfGathering(k):
			atts = append(c.subjectsOrFronted(k), c.asDid(k)...) // "..., as did Y"
			atts = append(atts, c.addedAttendees(k)...)          // "together with Z"
			g = story
		case !near:
			continue
		case c.in(k, en.SpeechVerbs) && c.word(k+1, "the") && (k+3 < len(c.toks) && c.in(k+2, en.SpeechOpeners) && c.in(k+3, en.SpeechNouns) || c.word(k+2, "keynote") && !c.word(k+3, "on", "at", "to")):
			atts = append(c.subjects(k), c.asDid(k)...)
		case c.word(k, "took") && c.word(k+1, "over") || c.word(k, "handed", "passed") && c.word(k+1, "over"):
			q := k + 2
			if !c.word(q, "the", "its", "their") {
				continue
			}
			for q+1 < len(c.toks) && q < k+5 && (c.toks[q+1].poss || c.word(q+1, "rotating", "annual", "bloc", "body's")) {
				q++ // "the bloc's rotating chair"
			}
			if !c.in(q+1, en.ChairNouns) {
				continue
			}
			atts = c.subjects(k)
			for f := q + 2; f < min(len(c.toks), q+9) && c.toks[f].kind == tokWord; f++ {
				if c.word(f, "from", "to") {
					atts = append(atts, c.listAfter(f+1)...) // "... of the bloc from X"
					break
				}
			}
		case c.word(k, "hosted") && k > 0 && c.at[k-1] >= 0 && c.word(c.ms[c.at[k-1]].i-1, "which", "that"):
			// "which Uganda hosted", "which President X hosted".
			if a := c.actor(c.at[k-1]); a != nil {
				atts = []*entity{a}
				if h := c.st.countryOf(a); h != nil && h.kind == schema.KindCountry && g.host == nil {
					g.host = h
				}
			}
		}
		if len(atts) > 0 && c.modality(k) == schema.Occurred {
			for _, a := range atts {
				if a.kind != schema.KindCity {
					c.st.addAttendee(g, a)
				}
			}
		}
	}
}

// afterGathering reads a gathering named in a phrase of time, "after a
// long OPEC+ session in Vienna on Sunday", "following the Arab League
// summit": it took place, and the clause's subject was there.
func (c *sctx) afterGathering() {
	for k := 0; k+2 < len(c.toks); k++ {
		if !c.word(k, "after", "following") || !c.word(k+1, "a", "an", "the") {
			continue
		}
		g := c.gatheringNoun(k+2, 6)
		if g < 0 || c.word(g, "talks", "dialogue") || !c.namedGathering(k+2, g) || c.word(g, "meeting") && !c.groupMeeting(k+2, g) {
			continue
		}
		fronted := k <= c.clauseStart(k)+2 // "After the summit, ...", `"Soon after the summit, ...`
		if c.modality(k) != schema.Occurred || fronted && c.hasClass(en.FutureTense) || c.hasGatheringAt(g) || c.definiteBare(g) && !c.properTail(g) {
			continue // ("after the summit": one told before, if any; "After the summit, X will ...")
		}
		if c.in(g+1, en.SchedulePresent) || c.word(g+1, "ends", "closes", "opens") {
			continue // "the day after the summit ends": still to come
		}
		e := c.newGathering(k, g, k+2)
		subj := c.subjects(k)
		if len(subj) == 0 && fronted {
			// "Following the summit in Jeddah, X flew home": the subject
			// after the fronted phrase.
			if a := c.subjectAfterComma(k); a != nil {
				subj = []*entity{a}
			}
		}
		for _, s := range subj {
			if s.kind == schema.KindPerson || s.kind == schema.KindCountry {
				c.st.addAttendee(e, s)
			}
		}
		return
	}
}

// hasGatheringAt reports a gathering of this sentence read from the noun
// at g.
func (c *sctx) hasGatheringAt(g int) bool {
	for _, e := range c.st.events {
		if e.typ == schema.Gathering && e.sent == c.si && e.trig == g {
			return true
		}
	}
	return false
}

// subjectAfterComma returns the person named first after the comma that
// closes a phrase opening at k ("After the summit, X flew home"), nil when
// none comes within a few words.
func (c *sctx) subjectAfterComma(k int) *entity {
	for j := k; j < len(c.toks); j++ {
		if c.toks[j].text != "," {
			continue
		}
		for q := j + 1; q < min(len(c.toks), j+8); q++ {
			if mi := c.at[q]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mRole) && !c.ms[mi].modifier {
				return c.actor(mi)
			}
		}
		return nil
	}
	return nil
}

// inaugurated reads a ceremony at g told by its noun and the person at its
// centre, "the inauguration of Uruguayan President X", "the funeral for Y":
// the person's country hosts and attends it.
func (c *sctx) inaugurated(e *event, g int) {
	if !c.in(g, en.CeremonyHeads) {
		return
	}
	e.mark(cueCeremony)
	e.markIf(cueCommemoration, c.in(g, en.Commemorations))
	head, q := c.toks[g].lower, g+1
	if c.in(q, en.CeremonyTails) {
		q++ // "the funeral service for X"
	}
	if c.word(q, "of", "for") {
		r := q + 1
		for c.word(r, "the", "late", "his", "her", "their", "its") {
			r++ // "the funeral of the late emir", "of his predecessor X"
		}
		obj, _ := c.objects(r, 2)
		if len(obj) > 0 && obj[0].kind == schema.KindPerson {
			c.ceremonyHost(e, head, obj[0])
			return
		}
		// "the funeral of the late Emir of Kuwait": the office's country.
		for j := r; j < min(len(c.toks), r+6) && c.toks[j].kind == tokWord; j++ {
			if mi := c.at[j]; mi >= 0 && (c.ms[mi].kind == mCountry || c.ms[mi].kind == mDemonym || c.ms[mi].kind == mRole) && c.ms[mi].iso3 != "" {
				e.host = c.st.country(c.ms[mi].iso3)
				c.st.addAttendee(e, e.host)
				return
			}
		}
	}
	// "X's inauguration", "the president's funeral".
	if mi := c.at[max(0, g-1)]; g > 0 && mi >= 0 && c.toks[g-1].poss {
		if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
			c.ceremonyHost(e, head, a)
			return
		}
	}
	// "the swearing-in of the new president in Colombo": the place's
	// country is the host.
	if e.place != nil && e.place.iso3 != "" {
		e.host = c.st.country(c.st.historical(e.place.iso3))
		c.st.addAttendee(e, e.host)
	}
}

// ceremonyNouns reads a ceremony told by its noun and the person at its
// centre anywhere in a sentence no frame read it in ("packed the square for
// the funeral of X", "flew in for Y's inauguration"): the gathering the
// sentences after it put guests and meetings at.
func (c *sctx) ceremonyNouns() {
	for _, e := range c.st.events {
		if e.sent == c.si && e.typ == schema.Gathering && e.is(cueCeremony) {
			return
		}
	}
	for g := 1; g < len(c.toks); g++ {
		// "minutes before the funeral of X", told on a past day: the
		// ceremony followed.
		_, justBefore := c.hoursBefore(g)
		if !c.in(g, en.CeremonyHeads) || c.in(g, en.TailedCeremonies) && !c.in(g+1, en.CeremonyTails) || c.modality(g) != schema.Occurred && !justBefore {
			continue
		}
		if !c.word(g+1, "of", "for") && !c.toks[g-1].poss || c.ceremonyBehind(g) && !justBefore {
			continue
		}
		e := c.newGathering(g, g, c.backOverModifiers(g, false))
		if d, ok := c.hoursBefore(g); ok && e.sent == c.si && e.trig == g {
			e.status = schema.Occurred
			e.setDate(d)
		}
		if e.host == nil && e.sent == c.si && e.trig == g {
			// A ceremony of no known country is none to keep (one told
			// before and found again stays).
			c.st.events = slices.DeleteFunc(c.st.events, func(o *event) bool { return o == e })
		}
		return
	}
}

// copulaGathering reads a named gathering told as what something was,
// with no frame of its own: "Her last engagement was the Lake Tana
// Summit, which Ethiopia hosted". It is the gathering in focus, hosted by
// the country its relative clause names.
func (c *sctx) copulaGathering() {
	for _, e := range c.st.events {
		if e.sent == c.si && e.typ == schema.Gathering {
			return
		}
	}
	for k := 1; k+2 < len(c.toks); k++ {
		if !c.word(k, "was", "were") || !c.word(k+1, "the") || c.modality(k) != schema.Occurred {
			continue
		}
		g := c.gatheringNoun(k+2, 6)
		if g < 0 || !c.toks[g].upper || !c.namedGathering(k+2, g) {
			continue
		}
		e := c.newGathering(k, g, k+2)
		var here *entity
		if e.place != nil && e.place.iso3 != "" {
			here = c.st.country(c.st.historical(e.place.iso3))
		}
		c.relativeHost(e, g, here)
		return
	}
}

// ceremonyBehind reports a ceremony noun at g that the sentence sets
// before its own time: "the first since the funeral of X".
func (c *sctx) ceremonyBehind(g int) bool {
	for j := g - 1; j >= max(0, g-5); j-- {
		if c.word(j, "since", "until", "before") {
			return true
		}
	}
	return false
}

// ceremonyHost makes the country of the person at the centre of ceremony e
// (or of its place, when the text gives the person none) its host and
// first attendee, and names the ceremony for the person: "funeral of X".
func (c *sctx) ceremonyHost(e *event, head string, p *entity) {
	e.name = head + " of " + p.canon().name
	h := c.st.countryOf(p)
	if (h == nil || h.kind != schema.KindCountry) && e.place != nil && e.place.iso3 != "" {
		h = c.st.country(c.st.historical(e.place.iso3))
	}
	if h != nil && h.kind == schema.KindCountry {
		e.host = h
		c.st.addAttendee(e, h)
	}
}

// ceremony reads a ceremony told by a verb at k after a form of "be",
// en.CeremonyVerbs: "X was sworn in as president", "Y was laid to rest".
// It is the gathering the next sentences put foreign guests at, named
// for its noun and the person ("funeral of Y"), hosted by Y's country.
func (c *sctx) ceremony(k int) int {
	head, active := c.ceremonyPhrase(k)
	subj, guests := c.ceremonyCentre(k, active)
	if head == "" || len(subj) != 1 || subj[0].kind != schema.KindPerson {
		return k
	}
	// "a week after X was sworn in": a ceremony behind the story's events.
	for j := k - 2; j >= max(0, k-6); j-- {
		if c.in(j, en.SequenceSubordinators) {
			return k
		}
	}
	if c.modality(k) != schema.Occurred {
		return k // ("is to be sworn in on Friday")
	}
	if e := c.st.lastGathering(c.si); e != nil && e.sent == c.si && e.is(cueCeremony) {
		return k // "At his inauguration, X was sworn in": one ceremony
	}
	e := &event{typ: schema.Gathering, status: schema.Occurred, sent: c.si, trig: k, conf: 0.6}
	e.mark(cueCeremony)
	c.dateFor(e, k)
	c.placeFor(e, k)
	if e.place == nil && c.dlCity() != "" && (!e.dated() || c.nearPublication(e)) {
		e.place = c.st.city(c.dlCity(), c.dlISO())
	}
	c.ceremonyHost(e, head, subj[0])
	for _, g := range guests {
		c.st.addAttendee(e, g)
	}
	c.st.events = append(c.st.events, e)
	c.st.attendPending(e)
	return k
}

// ceremonyPhrase returns the head noun of the ceremony an
// en.CeremonyVerbs phrase at k tells, and whether the phrase is active;
// "" when none starts at k.
func (c *sctx) ceremonyPhrase(k int) (head string, active bool) {
	for _, v := range en.CeremonyVerbs {
		if c.phraseAt(k, [][]string{v.Phrase}) > 0 {
			head, active = v.Head, v.Active
		}
	}
	return head, active
}

// witnessedCeremony reports a passive en.CeremonyVerbs phrase at j, right
// after a perception verb's object: "saw X crowned" watched a ceremony.
func (c *sctx) witnessedCeremony(j int) bool {
	head, active := c.ceremonyPhrase(j)
	return head != "" && !active
}

// ceremonyCentre returns the person at the centre of a ceremony told by
// the phrase at k, and any guests the clause puts there: "X took the
// oath", "X was sworn in" (X); "A watched X sworn in" (X, and A a guest).
func (c *sctx) ceremonyCentre(k int, active bool) (centre, guests []*entity) {
	switch {
	case active:
		return c.subjects(k), nil
	case c.word(k-1, "was", "were", "been", "is"):
		return c.subjects(k - 1), nil
	}
	if k == 0 {
		return nil, nil
	}
	mi := c.at[k-1]
	if mi < 0 || c.ms[mi].kind != mPerson || !c.in(c.ms[mi].i-1, en.WitnessVerbs) {
		return nil, nil
	}
	if a := c.actor(mi); a != nil {
		return []*entity{a}, c.subjects(c.ms[mi].i - 1)
	}
	return nil, nil
}

// statesGroupName reports a run of capitalised words at q whose last word
// names a grouping of states ("the Baltic Quartet", "the Visegrad
// Group", "the Quad"): en.StatesGroupHeads, with no member body's word
// ("Association") in it.
func (c *sctx) statesGroupName(q int) bool {
	end := q
	for end < len(c.toks) && c.toks[end].upper && c.toks[end].kind == tokWord && (c.at[end] < 0 || c.ms[c.at[end]].kind == mOrg && !c.ms[c.at[end]].company) {
		if c.in(end, en.MemberBodyHeads) {
			return false
		}
		end++
	}
	return end > q && c.in(end-1, en.StatesGroupHeads)
}
