package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// hostAt returns the country a place mention names (a country, or the
// country of a city), or nil.
func (c *sctx) hostAt(mi int) *entity {
	m := c.ms[mi]
	switch m.kind {
	case mCountry:
		if m.iso3 != "" {
			return c.st.country(m.iso3)
		}
	case mCity:
		if until, ok := en.Territories[m.name]; ok && c.st.a.Published.Before(until) {
			return nil // Hong Kong in 1987: no part of the country it is today
		}
		if m.iso3 != "" {
			return c.st.country(m.iso3)
		}
	}
	return nil
}

// hostsAfter collects the countries named after token k in its clause, each
// with the token where it is named: "visited Chile on 9 May and
// Uzbekistan", "taken her to Rome, Madrid and Lisbon".
func (c *sctx) hostsAfter(k int, reach int) ([]*entity, []int) {
	var hs []*entity
	var at []int
	var attr []bool
	if h := c.placeAnaphor(k); h != nil {
		return []*entity{h}, []int{k}
	}
	limit := min(len(c.toks), k+reach)
	for j := k; j < limit; j++ {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == "." || t.text == ";" || t.text == ":") {
			break
		}
		if c.word(j, "said", "says", "where", "who", "which", "but", "before", "after", "while", "told", "when", "that", "about", "since") {
			break // ("had flown in to talk about X": a topic; "since the X war began": a time)
		}
		// "a tour of the region as Russia's war on Ukraine goes on": a
		// clause of its own, not "such as", "as well as" or a capacity.
		if c.word(j, "as") && !c.word(j-1, "such", "well") && j+1 < len(c.toks) && c.toks[j+1].upper && !en.RoleHeads[c.toks[j+1].lower] {
			break // (not "as minister", "as President")
		}
		// "X, who is on a tour of the region, will also visit Bonn": the
		// main clause resumes after the comma.
		if t.text == "," && (c.in(j+1, en.Auxiliaries) || c.word(j+1, "also") && c.in(j+2, en.Auxiliaries)) {
			break
		}
		mi := c.at[j]
		if mi < 0 {
			// "came into the city late": the place in focus.
			if j > k && c.word(j-1, "in", "to", "into") {
				if h := c.placeAnaphor(j); h != nil && !containsEntity(hs, h) {
					hs, at = append(hs, h), append(at, j)
					attr = append(attr, false)
				}
			}
			continue
		}
		m := c.ms[mi]
		if m.kind == mPerson || m.kind == mPronoun || m.kind == mRole {
			// Another person's clause begins; a stray capitalised word
			// ("Qayyarah Airfield") does not end the list.
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson && (a.role != "" || a.iso3 != "" || m.kind != mPerson) {
				break
			}
			j = m.j - 1
			continue
		}
		if m.modifier && m.kind != mCountry || m.kind == mCountry && c.in(m.j, en.AnnexNouns) || m.poss && m.i > 0 && c.toks[m.i-1].text == "," {
			// ("toured the Zambia pavilion": a stand abroad, not Zambia)
			// ("..., for the summit, Malawi's first as a member": an
			// aside about the country, no place gone to.)
			j = m.j - 1
			continue
		}
		if m.kind == mDemonym && (c.word(m.j, "capital") || c.placeKindOf(m.j)) {
			// "arrived in the Colombian capital", "flew to the Greek
			// island of Crete"
			h := c.st.country(m.iso3)
			if !containsEntity(hs, h) {
				hs = append(hs, h)
				at = append(at, j)
			}
			j = m.j
			continue
		}
		if m.kind == mDemonym || m.kind == mGroup {
			j = m.j - 1
			continue
		}
		if h := c.hostAt(mi); h != nil {
			if !containsEntity(hs, h) {
				hs = append(hs, h)
				at = append(at, j)
				attr = append(attr, c.attributivePlace(m))
			}
		}
		j = m.j - 1
	}
	return dropAttributive(hs, at, attr)
}

// legWas reads "The third stop of his tour was Beijing", "the next stop
// was Hanoi": a visit of the traveller, the owner of the tour or the one
// whose trip the text told last.
func (c *sctx) legWas(k int) bool {
	j := k + 1
	var owner *entity
	if c.word(j, "of") {
		for q := j + 1; q < min(len(c.toks), j+5); q++ {
			if mi := c.at[q]; mi >= 0 && c.ms[mi].poss {
				owner = c.actor(mi)
			}
			if c.in(q, en.JourneyNouns) {
				j = q + 1
				break
			}
		}
	}
	// "The next stop was X": "next" tells the order of the legs, the
	// copula their time; "the next stop is X" is still ahead.
	if !c.word(j, "was", "is") || j+1 >= len(c.toks) || c.at[j+1] < 0 {
		return false
	}
	if c.word(j, "is") && c.word(k-1, "next") {
		return true
	}
	host := c.hostAt(c.at[j+1])
	if host == nil {
		return false
	}
	if owner == nil || owner.kind != schema.KindPerson {
		owner = c.st.lastVisitor(c.si)
	}
	if owner == nil {
		owner = c.visitorAt(k) // "... toured the Sahel. The first stop was Niamey, where he ..."
	}
	if owner != nil {
		c.addVisit(k, owner, host, schema.Occurred, j+1, false)
	}
	return true
}

// tourLegs reads the legs of a tour told by their place or their day, the
// traveller being the one the story follows: "Seoul came next", "Next
// came Hanoi", "The Manila leg brought ...", "Day one ended in Tokyo".
func (c *sctx) tourLegs() {
	at, v := -1, -1                                   // the place and the verb
	end := func(j int) int { return c.ms[c.at[j]].j } // past the place at j
	first := !c.word(0, "the") && c.placeAt(0)
	switch {
	case first && c.word(end(0), "came", "followed", "was") && c.word(end(0)+1, "next"),
		first && c.word(end(0), "followed") && c.toks[min(end(0)+1, len(c.toks)-1)].kind == tokPunct:
		at, v = 0, end(0) // "Seoul came next", "Hanoi followed."
	case c.word(0, "next", "then") && c.word(1, "came") && !c.word(2, "the") && c.placeAt(2):
		at, v = 2, 1 // "Next came Hanoi"
	case c.word(0, "the") && !c.word(1, "the") && c.placeAt(1) && c.word(end(1), "leg", "stop", "stage") && end(1)+1 < len(c.toks):
		at, v = 1, end(1)+1 // "The Manila leg brought ..."
	case c.dayOfTour(0) > 0:
		if q := c.dayOfTour(0); c.word(q, "ended", "began", "started", "closed", "opened") && c.word(q+1, "in") && c.placeAt(q+2) {
			at, v = q+2, q // "Day one ended in Tokyo"
		}
	}
	if at < 0 || !c.pastForm(v) || c.word(v-1, "will", "would", "could", "might", "may", "to", "should") {
		return
	}
	host := c.hostAt(c.at[at])
	who := c.st.lastVisitor(c.si)
	if who == nil {
		// "Seoul came next, where he met Y": the one who met there.
		for mi := range c.ms {
			if c.ms[mi].i > at && c.ms[mi].kind == mPronoun {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
					who = a
					break
				}
			}
		}
	}
	if who == nil && c.journeyTold(3) {
		// The one the story follows on the journey it told: named most
		// often so far.
		var cands []*entity
		for _, p := range c.st.people {
			if p.first <= c.si && p.kind == schema.KindPerson {
				cands = append(cands, p)
			}
		}
		if len(cands) > 0 {
			who = c.st.mostMentioned(cands, c.si)
		}
	}
	if host != nil && who != nil && host.kind == schema.KindCountry {
		c.addVisit(at, who, host, schema.Occurred, at, false)
	}
}

// participleTrips reads a trip told by a participle after the main
// clause: "X has mediated all year, travelling to A and B in May to meet
// Y", "X spent the week in talks, flying to C on Friday": X made those
// trips when the main clause tells the past.
func (c *sctx) participleTrips() {
	for k := 2; k+2 < len(c.toks); k++ {
		if !c.in(k, en.TravelParticiples) || c.toks[k-1].text != "," || !c.word(k+1, "to") || !c.pastMainClause(k-1) {
			continue
		}
		who := c.sentenceSubject(k)
		if who == nil {
			continue
		}
		hosts, at := c.hostsAfter(k+2, 8)
		for i, h := range hosts {
			c.addVisit(k, who, h, schema.Occurred, at[i], false)
		}
	}
}

// arrivalAfterMain reads an arrival told in a phrase of time after a past
// main clause ("X met Y shortly after landing in Z on Monday", "... upon
// landing at Z"): the main subject's visit, dated by the phrase.
func (c *sctx) arrivalAfterMain() {
	for k := 3; k+2 < len(c.toks); k++ {
		if !c.in(k, en.ArrivalGerunds) || !c.word(k-1, "after", "upon", "on") || !c.pastMainClause(k-1) {
			continue
		}
		in := k + 1
		if !c.word(in, "in", "at") {
			continue
		}
		if who := c.sentenceSubject(k); who != nil {
			if hosts, at := c.hostsAfter(in, 4); len(hosts) > 0 {
				c.addVisit(k, who, hosts[0], schema.Occurred, at[0], false)
			}
		}
	}
}

// pastMainClause reports a past or perfect verb, and no future cue, in the
// tokens before end: "has been", "mediated".
func (c *sctx) pastMainClause(end int) bool {
	past := false
	for j := 0; j < end; j++ {
		if c.in(j, en.FutureCues) || c.toks[j].text == ";" {
			return false
		}
		if c.at[j] < 0 && c.toks[j].kind == tokWord && !c.toks[j].upper && (c.pastForm(j) || c.word(j, "has", "have", "had")) {
			past = true
		}
	}
	return past
}

// travelledThere reads a journey "there" at k: "talks in October in X;
// Y had flown there for the talks" went to the place told last before it
// in the sentence, on the date told with that place.
func (c *sctx) travelledThere(k int) {
	h := c.placeBefore(k)
	if h == nil {
		return
	}
	who := c.visitorAt(k)
	if who == nil {
		return
	}
	if v := c.addVisit(k, who, h, c.visitStatus(k), k, false); v != nil {
		if d, ok := c.dateBefore(k); ok {
			v.setDate(d)
		}
	}
}

// travelledToo reads a bare past "travelled" (flew, came) with only a
// time after it in its clause, told after another's trip: "X arrived in
// Lusaka on Tuesday. Y had travelled a day earlier": Y went there too.
func (c *sctx) travelledToo(k int) {
	if !c.pastForm(k) && !c.word(k, "travelled", "traveled", "flown", "come") || c.modality(k) != schema.Occurred {
		return
	}
	for j := k + 1; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";" && c.toks[j].text != ","; j++ {
		if c.toks[j].kind != tokWord || c.at[j] >= 0 || !c.timeWord(j) {
			return
		}
	}
	who := c.visitorAt(k)
	if who == nil {
		return
	}
	for i := len(c.st.events) - 1; i >= 0; i-- {
		v := c.st.events[i]
		if v.sent < c.si-1 {
			return
		}
		if v.typ == schema.Visit && v.status == schema.Occurred && v.visitor != nil && v.visitor.canon() != who.canon() && v.host != nil {
			if mine := c.addVisit(k, who, v.host, schema.Occurred, k, false); mine != nil && c.dayBeforeAfter(k) && v.date.Precision == schema.PrecisionDay {
				mine.setDate(schema.Day(v.date.Time.AddDate(0, 0, -1))) // "a day earlier": the day before the other's
			}
			return
		}
	}
}

// dayBeforeAfter reports "a day earlier", "the day before" or "one day
// before" right after the verb at k.
func (c *sctx) dayBeforeAfter(k int) bool {
	return c.word(k+1, "a", "the", "one") && c.word(k+2, "day") && c.word(k+3, "earlier", "before")
}

// timeWord reports a word of a bare time phrase at j: "a day earlier",
// "the day before", "on Monday", "separately".
func (c *sctx) timeWord(j int) bool {
	return c.in(j, en.TimeSpanWords) || c.in(j, en.WeekdayWords) || c.in(j, en.DayDeixis) || c.in(j, en.SmallNumbers) ||
		c.word(j, "earlier", "later", "before", "beforehand", "previously", "previous", "preceding", "separately", "on", "too", "also", "ahead")
}

// dateBefore returns the last resolved date told before token k in the
// sentence.
func (c *sctx) dateBefore(k int) (schema.Date, bool) {
	var out schema.Date
	ok := false
	for _, d := range c.st.dates[c.si] {
		if d.Start+c.s.start < c.toks[k].start && !d.Date.IsZero() {
			out, ok = d.Date, true
		}
	}
	return out, ok
}

// placeBefore returns the country of the last place named before k in the
// sentence, or nil.
func (c *sctx) placeBefore(k int) *entity {
	for mi := len(c.ms) - 1; mi >= 0; mi-- {
		if m := c.ms[mi]; m.j <= k && (m.kind == mCity || m.kind == mCountry && !m.modifier) {
			return c.hostAt(mi)
		}
	}
	return nil
}

// journeyTold reports a journey noun ("tour", "trip", "leg") in this
// sentence or the n before it.
func (c *sctx) journeyTold(n int) bool {
	for si := c.si; si >= max(0, c.si-n); si-- {
		if c.st.sentenceHas(si, en.JourneyNouns) {
			return true
		}
	}
	return false
}

// dayOfTour returns the token after a day of a tour opening at j ("Day
// one", "Day 2", "The first day"), or -1.
func (c *sctx) dayOfTour(j int) int {
	switch {
	case c.word(j, "day") && c.toks[j].upper && j+1 < len(c.toks) && (c.toks[j+1].kind == tokNum || timex.NumberWord(c.toks[j+1].lower) > 0):
		return j + 2
	case c.word(j, "the") && c.in(j+1, en.Ordinals) && c.word(j+2, "day"):
		return j + 3
	}
	return -1
}

// steppedOff reads "stepped off the plane", "stepped onto the platform"
// after "stepped" at k, and returns the token after the thing stepped
// from or onto (an en.ArrivalSpots word), or -1.
func (c *sctx) steppedOff(k int) int {
	if !c.word(k+1, "off", "onto", "out", "from") {
		return -1
	}
	for q := k + 2; q < min(len(c.toks), k+7); q++ {
		if c.in(q, en.ArrivalSpots) {
			return q + 1
		}
		if c.toks[q].kind != tokWord || c.toks[q].upper || c.at[q] >= 0 {
			return -1
		}
	}
	return -1
}

// placeKindOf reports a kind of place (en.PlaceKindNouns) and "of" after
// a demonym at j, with at most one lower-case word before it ("the Saudi
// port city of").
func (c *sctx) placeKindOf(j int) bool {
	for q := j; q < min(len(c.toks), j+2); q++ {
		if c.in(q, en.PlaceKindNouns) && c.word(q+1, "of") {
			return true
		}
		if c.toks[q].kind != tokWord || c.toks[q].upper || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// attributivePlace reports a city named as the modifier of a common noun
// after "the": "toured the Bata shoe museum in Zlin".
func (c *sctx) attributivePlace(m mention) bool {
	return m.kind == mCity && c.word(m.i-1, "the") && m.j < len(c.toks) && c.toks[m.j].kind == tokWord && !c.toks[m.j].upper &&
		c.at[m.j] < 0 && !c.word(m.j, "and", "or", "on", "in", "at", "for", "to", "from", "with", "by", "where", "which", "who", "capital")
}

// dropAttributive drops the places named as modifiers when the clause
// names another: "the Bata shoe museum in Zlin" is in Zlin.
func dropAttributive(hs []*entity, at []int, attr []bool) ([]*entity, []int) {
	plain := false
	for _, a := range attr {
		plain = plain || !a
	}
	if !plain {
		return hs, at
	}
	var h2 []*entity
	var a2 []int
	for i := range hs {
		if !attr[i] {
			h2, a2 = append(h2, hs[i]), append(a2, at[i])
		}
	}
	return h2, a2
}

// sentenceSubject returns the first person of the sentence, or of its part
// after the last semicolon, when it comes before token k (the traveller of
// "X met Y at the final stop of her tour").
func (c *sctx) sentenceSubject(k int) *entity {
	start := 0 // past a semicolon, which opens a sentence of its own
	for q := k - 1; q > 0 && start == 0; q-- {
		if c.toks[q].text == ";" {
			start = q + 1
		}
	}
	for j := start; j < k; j++ {
		if mi := c.at[j]; mi >= 0 {
			m := c.ms[mi]
			if m.kind == mPerson || m.kind == mPronoun || m.kind == mRole {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
					return a
				}
				return nil
			}
		}
	}
	return nil
}

// thingSubject reports whether the travel verb at k has a thing for its
// subject: "the cargo arrived", "the aid was flown to", "word of the vote
// reached", "it arrived", "businessmen visiting Tokyo". The subject is the
// word right before the verb, past its auxiliaries and adverbs, or the head
// of an "of" phrase there.
func (c *sctx) thingSubject(k int) bool {
	if !c.in(k, en.TravelVerbs) {
		return false
	}
	j := k - 1
	for j >= 0 && c.at[j] < 0 && (c.in(j, en.Auxiliaries) || c.word(j, "be", "been", "being") || strings.HasSuffix(c.toks[j].lower, "ly") && c.toks[j].kind == tokWord) {
		j--
	}
	if j > 0 && c.toks[j].text == "," {
		// "a survey vessel, escorted by two frigates, left for": the subject
		// before the appositive.
		for q := j - 1; q >= max(1, j-12); q-- {
			if c.toks[q].text == "," {
				j = q - 1
				break
			}
			if c.toks[q].kind == tokPunct {
				break
			}
		}
	}
	if j < 0 || c.toks[j].kind != tokWord {
		return false
	}
	participle := j == k-1 && strings.HasSuffix(c.toks[k].lower, "ing")
	if mi := c.at[j]; mi >= 0 {
		// "American businessmen visiting Tokyo": a group's travel.
		m := c.ms[mi]
		return participle && m.kind != mPerson && m.kind != mRole && m.kind != mPronoun
	}
	if c.in(j, en.ThingSubjects) {
		return true
	}
	// "businessmen visiting Tokyo", "tourists arriving in Kenya": a
	// participle after a common noun tells that noun's travel.
	if participle && !c.toks[j].upper && !c.in(j, en.ParticipleOpeners) && en.Pronouns[c.toks[j].lower] == 0 {
		return true
	}
	// "news of the vote reached", "a shipment of wheat arrived"
	for q := j - 1; q >= max(0, j-4) && c.toks[q].kind == tokWord && c.at[q] < 0; q-- {
		if c.word(q, "of") {
			return c.in(q-1, en.ThingSubjects)
		}
	}
	return false
}

// unnamedPeopleBefore reports an unnamed group as the subject right before
// the verb at k, past auxiliaries and adverbs: "inspection teams have been to".
func (c *sctx) unnamedPeopleBefore(k int) bool {
	j := c.beforeVerb(k, "been", "already", "also", "recently")
	if j >= 0 && c.at[j] >= 0 {
		// "a group of senators touched down": a plural title no one
		// named holds.
		m := c.ms[c.at[j]]
		return m.plural && (m.kind == mRole || m.kind == mGroup) && m.iso3 == "" && m.org == "" && c.actor(c.at[j]) == nil
	}
	return j >= 0 && c.in(j, en.UnnamedPeople)
}

// visitorAt returns the person travelling in the clause of token k.
func (c *sctx) visitorAt(k int) *entity {
	if c.thingSubject(k) {
		return nil
	}
	if by, ok := c.visitBy(k); ok {
		// "a five-day visit to Peru by Y", "a trip to Chile by senior
		// officials": the agent after "by" is the visitor, or no one named.
		return by
	}
	if c.unnamedPeopleBefore(k) || c.unknownNameBefore(k) {
		return nil // "inspection teams have been to Lima", "Schultz is visiting"
	}
	if c.participleLeg(k) {
		// "X met Y in Nairobi before going on to Kampala": the main
		// clause's subject travels, not the one just named.
		if a, ok := c.clauseSubjectAt(k); ok {
			return a
		}
	}
	for _, s := range c.subjects(k) {
		if s.kind == schema.KindPerson {
			return s
		}
	}
	// Possessive before a noun trigger: "Gandhi's visit".
	for j := k - 1; j >= max(0, k-4); j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].poss {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a
			}
		}
	}
	// "He was the first senior official to visit": the clause's first person.
	for j := c.clauseStart(k); j < k; j++ {
		if mi := c.at[j]; mi >= 0 && c.personAttributive(c.ms[mi]) {
			return nil // "the X administration's envoy arrived": one not named
		}
		if mi := c.at[j]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun || c.ms[mi].kind == mRole) {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a
			}
		}
	}
	if tp := c.st.topic; tp != nil {
		// Only when the clause has no other actor before the trigger.
		for j := c.clauseStart(k); j < k; j++ {
			if mi := c.at[j]; mi >= 0 && c.ms[mi].kind != mCity && c.ms[mi].kind != mDemonym && !c.ms[mi].modifier {
				if a := c.actor(mi); a != nil && a.kind != schema.KindPerson {
					return nil
				}
			}
		}
		return tp
	}
	return nil
}

// addVisit records a visit of a person to a foreign country.
func (c *sctx) addVisit(k int, who, host *entity, status schema.EventStatus, atTok int, pastLeg bool) *event {
	if w := c.st.x.trace; w != nil && who != nil && host != nil {
		fmt.Fprintf(w, "  VISIT@%d %q %s>%s %s past=%v\n", c.si, c.toks[k].text, who.name, host.name, status, pastLeg)
	}
	if who == nil || host == nil || who.kind != schema.KindPerson {
		return nil
	}
	host = host.canon()
	if who.iso3 != "" && c.st.historical(who.iso3) == host.iso3 {
		return nil
	}
	if c.word(k+1, "home") || c.word(k+1, "back") && c.word(k+2, "home") {
		return nil // "flew home from Hanoi": the way back, no visit
	}
	if who.org != "" && c.st.x.lex.orgSeat(who.org) == host.iso3 {
		return nil // NATO's chief in Brussels, the WHO's in Geneva: at the seat
	}
	// "arrived", "landed", "flew into": the day is the arrival day the
	// gold rules prefer over that of "is on a visit" or "wrapped up a visit".
	arrival := c.word(k, "arrived", "arrives", "arriving", "arrival", "landed", "stepped") || c.word(k, "flew", "flown") && c.word(k+1, "into")
	if !arrival && !c.word(k, "left", "departed", "leaving") && c.st.postedTo(who) == host.iso3 {
		// "X, the ambassador to Kenya, flew back from Nairobi": at the
		// post, unless the text has the envoy arrive there or leave it
		// after a stay (a post held from abroad).
		return nil
	}
	e := &event{typ: schema.Visit, status: status, visitor: who, host: host, sent: c.si, trig: k, conf: 0.75}
	e.markIf(cuePastLeg, pastLeg)
	e.markIf(cueArrival, arrival)
	e.markIf(cueRelative, c.inRelative(k))
	e.markIf(cueUnderWay, c.beOnVisit(k))
	if !pastLeg {
		c.dateFor(e, atTok)
	}
	e.markIf(cueVague, !e.dated() && c.seasonTime(k))
	c.placeForVisit(e, k)
	c.st.events = append(c.st.events, e)
	return e
}

// postedTo returns the country of an envoy's post that the role names
// ("ambassador to Kenya", "High Commissioner to Kenya"), or "".
func (st *docState) postedTo(p *entity) string {
	role := p.canon().role
	i := strings.Index(strings.ToLower(role), " to ")
	if i < 0 {
		return ""
	}
	if w := strings.Fields(strings.ToLower(role[:i])); len(w) == 0 || !en.PostedRoles[w[len(w)-1]] {
		return ""
	}
	for _, e := range st.x.lex.lookup(role[i+4:]) {
		if e.kind == lexCountry {
			return e.iso3
		}
	}
	return ""
}

// visitsAsDid gives those an elliptic ", as did A and B" adds after the
// verb of a visit told in this sentence (asDidHere) the same visit: "X
// landed in Lima on Sunday, as did A and B", "A flew in, as did B".
func (c *sctx) visitsAsDid() {
	n := len(c.st.events)
	for _, v := range c.st.events[:n] {
		if v.typ != schema.Visit || v.sent != c.si || v.status != schema.Occurred || v.visitor == nil {
			continue
		}
		for _, p := range c.asDidHere(v.trig) {
			if p.canon() == v.visitor.canon() {
				continue
			}
			if e := c.addVisit(v.trig, p.canon(), v.host, v.status, v.trig, false); e != nil {
				e.date, e.dateFrom, e.place = v.date, v.dateFrom, v.place
			}
		}
	}
}

// appositivePresence reads a traveller's whereabouts told in an
// appositive after their name: "X, in Madrid as a guest of the king,
// met Y", "X, in Lima for the summit, said": a visit when the place is
// foreign to them, in the time of the main clause.
func (c *sctx) appositivePresence() {
	for _, m := range c.ms {
		if m.kind != mPerson || m.j+2 >= len(c.toks) || c.toks[m.j].text != "," {
			continue
		}
		in := m.j + 1
		if c.word(in, "also", "now", "still", "already", "both", "all") {
			in++ // "X, also in Jeddah for the session"; "A and B, both in X"
		}
		if !c.word(in, "in") || in+1 >= len(c.toks) {
			continue
		}
		pm := c.at[in+1]
		if pm < 0 || c.ms[pm].kind != mCity && c.ms[pm].kind != mCountry {
			continue
		}
		after := c.ms[pm].j
		if !(after < len(c.toks) && c.toks[after].text == "," || c.word(after, "as", "for", "on", "to")) {
			continue
		}
		who, host := c.actor(c.at[m.i]), c.hostAt(pm)
		if who == nil || who.kind != schema.KindPerson || host == nil {
			continue
		}
		end := c.closingComma(m.j)
		if end < 0 && !c.word(after, "as", "for") {
			continue // "met X, in Canberra on Monday": the meeting's place
		}
		if end < 0 {
			end = in // "..., with X, in Tokyo for the meeting." ends the sentence
		}
		whos := []*entity{who}
		if c.word(m.j+1, "both", "all") {
			whos = c.listBeforeComma(m.j) // "A and B, both in X for the summit,"
		}
		for _, w := range whos {
			c.addVisit(end, w, host, c.modality(end+1), in+1, false)
		}
	}
}

// airportWelcomes reads welcomes on arrival: "X was greeted at the
// airport by Y", "Y received X at Z International Airport", "Y welcomed X
// on the tarmac". A welcome is no meeting (read elsewhere), but the guest
// arrived: a visit to the country of the one who welcomed them, else of
// the city named at the airport or of the airport the gazetteer knows,
// else of the dateline.
func (c *sctx) airportWelcomes() {
	for k := range c.toks {
		if !c.in(k, en.WelcomeVerbs) {
			continue
		}
		at := -1
		for j := k + 1; j < min(len(c.toks), k+10) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
			if c.arrivalPoint(j) {
				at = j
				break
			}
		}
		if at < 0 {
			at = c.frontedArrivalPoint(k)
		}
		if at < 0 || c.modality(k) != schema.Occurred {
			continue
		}
		guests, hosts := c.welcomeParties(k)
		c.greeters(hosts, guests, k, at)
		host := c.welcomeCountry(hosts, guests, k, at)
		for _, g := range guests {
			if g = g.canon(); g.kind == schema.KindPerson && !c.cameHome(k) && !(host != nil && c.guestHome([]*entity{g}, host.iso3)) {
				c.addVisit(k, g, host, schema.Occurred, k, false)
			}
		}
	}
}

// arrivalPoint reports a word at j that names where a flight or a train
// comes in: an airport, airfield or tarmac, a named air base ("Kamuzu Air
// Force Base"; "talks at an air base" may be a venue like any other), a
// platform or a railway station ("greeted on the platform by X").
func (c *sctx) arrivalPoint(j int) bool {
	return c.in(j, en.ArrivalPoints) || c.word(j, "base", "station") && c.toks[j].upper && c.word(j-1, "air", "force") ||
		c.word(j, "platform") && c.word(j-1, "the") && c.word(j-2, "on", "at", "onto") || c.word(j, "station") && c.word(j-1, "railway", "train", "rail")
}

// frontedArrivalPoint returns the airport word of a phrase that opens the
// sentence before the welcome verb at k ("At Kisumu airport, X was met
// by Y"), or -1.
func (c *sctx) frontedArrivalPoint(k int) int {
	if !c.word(0, "at", "on", "upon") {
		return -1
	}
	for j := 1; j < min(k, 8); j++ {
		if c.arrivalPoint(j) {
			return j
		}
		if c.toks[j].kind != tokWord {
			return -1
		}
	}
	return -1
}

// greeters gives the hosts of a welcome at an airport (verb at k, airport
// word at) whose country the text does not state the country of the
// place, as a guess: a city named in the sentence that is not a guest's
// own country nor where someone came from, else the dateline's. A greeter on arrival is the host's
// official ("was met at Athens airport by Deputy Minister Y").
func (c *sctx) greeters(hosts, guests []*entity, k, at int) {
	iso := ""
	for j := range c.toks {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mCity && c.ms[mi].iso3 != "" && !c.guestHome(guests, c.ms[mi].iso3) && !c.word(j-1, "from") {
			iso = c.ms[mi].iso3
			if j > k && j < at {
				break // the city of the airport itself
			}
		}
	}
	if iso == "" && c.dlISO() != "" && !c.guestHome(guests, c.dlISO()) {
		iso = c.dlISO()
	}
	for _, h := range hosts {
		if h = h.canon(); h.kind == schema.KindPerson && iso != "" && (h.iso3 == "" || h.guessed) && !h.explicit && h.org == "" {
			h.iso3, h.guessed = iso, true
		}
	}
}

// guestHome reports country iso as the stated country of one of the
// guests.
func (c *sctx) guestHome(guests []*entity, iso string) bool {
	for _, g := range guests {
		if g = g.canon(); g.iso3 != "" && !g.guessed && c.st.historical(g.iso3) == c.st.historical(iso) {
			return true
		}
	}
	return false
}

// welcomeParties returns the guests and hosts of the welcome verb at k:
// the subject and the agent after "by" of a passive, else the object and
// the subject.
func (c *sctx) welcomeParties(k int) (guests, hosts []*entity) {
	passive := c.word(k-1, "was", "were", "been", "being") || c.word(k-2, "was", "were") || k > 0 && c.toks[k-1].text == "," && c.agentAfter(k)
	if !passive {
		guests, _ = c.objects(k+1, 3)
		return guests, c.subjects(k)
	}
	for j := k + 1; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "by") {
			hosts, _ = c.objects(j+1, 3)
			break
		}
	}
	return c.subjects(k), hosts
}

// cameHome reports a return told before the welcome verb at k ("returned
// to X, greeted at the airport by crowds", "came back and was met
// by"): a welcome home is no visit.
func (c *sctx) cameHome(k int) bool {
	for j := 0; j < k; j++ {
		if c.word(j, "returned", "returning", "returns", "home", "back") {
			return true
		}
	}
	return false
}

// agentAfter reports a "by" after the verb at k in its sentence: "...,
// greeted at the airport by Y" is passive, its guest the subject.
func (c *sctx) agentAfter(k int) bool {
	for j := k + 1; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "by") {
			return true
		}
	}
	return false
}

// welcomeCountry returns the country a welcome at an airport took place in:
// that of its hosts (other than the guests' own country: their
// ambassador met them), else of a city named from the verb at k to the
// airport word at, else of the dateline.
func (c *sctx) welcomeCountry(hosts, guests []*entity, k, at int) *entity {
	for _, h := range hosts {
		if p := c.st.countryOf(h.canon()); p != nil && p.kind == schema.KindCountry && !c.guestHome(guests, p.iso3) {
			return p // (not the guests' own envoy, who met them abroad)
		}
	}
	for j := k + 1; j < at; j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mCity && c.ms[mi].iso3 != "" {
			return c.st.country(c.ms[mi].iso3)
		}
		if c.word(j, "at") {
			if h := c.airportHost(j + 1); h != nil {
				return h // "greeted at Ezeiza airport by a deputy minister"
			}
		}
	}
	if c.dlISO() != "" {
		return c.st.country(c.dlISO())
	}
	return nil
}

// laterDenial reads a sentence that denies an event told just before:
// "No such meeting took place", "Officials denied that the talks had
// taken place", "The visit never happened". The occurred meetings (or
// visits, for a denied visit or trip) of the two sentences before are
// cancelled.
func (c *sctx) laterDenial() {
	for k := range c.toks {
		if !c.in(k, en.DeniedNouns) {
			continue
		}
		noSuch := c.word(k-1, "such", "any") && c.word(k-2, "no")
		if !(noSuch && c.happenedAfter(k) || c.deniedAfter(k) || c.denialBefore(k) && c.happenedAfter(k)) {
			continue // "no such talks are planned": no denial of talks held
		}
		typ := schema.Meeting
		if c.word(k, "visit", "trip") {
			typ = schema.Visit
		}
		// "X had wanted to meet Y, but that encounter never came": the
		// event the sentence told before the noun, not an earlier one.
		here := false
		for _, e := range c.st.events {
			if e.typ == typ && e.sent == c.si && e.trig < k {
				here = true
				if e.status == schema.Occurred || e.status == schema.Planned {
					e.status = schema.Cancelled
				}
			}
		}
		if here || c.planBefore(k) {
			// "Officials had hoped to bring A and B together, but no
			// such meeting was held": the plan the sentence told.
			return
		}
		// "No such call took place": a call denied, not the talks in
		// person told beside it.
		call := c.word(k, "call")
		for _, e := range c.st.events {
			if e.typ == typ && e.status == schema.Occurred && e.sent < c.si && e.sent >= c.si-2 && !(call && e.mode == schema.InPerson) {
				e.status = schema.Cancelled
			}
		}
		return
	}
}

// planBefore reports a plan, hope or wish told before token k in its
// sentence (en.FutureCues): a denial after it is of that plan.
func (c *sctx) planBefore(k int) bool {
	for j := 0; j < k; j++ {
		if c.in(j, en.FutureCues) && !c.word(j, "if", "unless", "until", "ahead", "towards", "toward", "starting", "calls", "calling", "arrives", "travels", "departs", "flies", "let") {
			return true
		}
	}
	return false
}

// statusNote reads a short line of a programme or log that gives the
// status of the entry before it, in its paragraph or on the line after a
// timed entry ("09:30 Talks with X. Postponed at the request of X's
// side."): the events of that entry did not take place as listed.
func (c *sctx) statusNote() {
	if c.si == 0 || len(c.toks) > maxNoteWords || c.phraseAt(0, en.CancelNotes) == 0 || c.st.doc.sentences[c.si-1].para != c.s.para && !c.st.timedEntry(c.si-1) {
		return
	}
	for _, e := range c.st.events {
		if e.sent == c.si {
			return // "Postponed twice, the summit opened on Monday"
		}
	}
	for _, e := range c.st.events {
		if e.sent == c.si-1 && (e.status == schema.Occurred || e.status == schema.Planned) {
			e.status = schema.Cancelled
		}
	}
}

// maxNoteWords is the most tokens a status line of a programme has.
const maxNoteWords = 16

// laterDating reads a sentence that opens with the event just told and
// gives its day: "The call took place on Friday night", "The meeting was
// held on Sunday in Kyiv". The occurred meetings (or visits) of the two
// sentences before that have no day of their own take it, and the city
// when they have none.
func (c *sctx) laterDating() {
	k := 1
	if !c.word(0, "the", "their", "that", "this") || !c.in(k, en.DeniedNouns) || c.deniedAfter(k) {
		return
	}
	if !c.happenedAfter(k) {
		return
	}
	d, ok := firstDay(c.st.mainDates(c.si))
	if !ok || c.modality(k) != schema.Occurred {
		return
	}
	typ := schema.Meeting
	if c.word(k, "visit", "trip") {
		typ = schema.Visit
	}
	for _, e := range c.st.events {
		if e.typ != typ || e.status != schema.Occurred || e.sent >= c.si || e.sent < c.si-2 || e.date.Precision == schema.PrecisionDay {
			continue
		}
		e.date, e.dateFrom = d, borrowedDate
		if e.place == nil {
			c.placeFor(e, k)
		}
	}
}

// deniedAfter reports "never" or a negation before a Happened predicate
// within a few words after the noun at k ("the meeting never took place",
// "the talks did not happen").
func (c *sctx) deniedAfter(k int) bool {
	neg := false
	for j := k + 1; j < min(len(c.toks), k+6); j++ {
		if c.word(j, "never", "not", "n't") {
			neg = true
			continue
		}
		if neg && c.phraseAt(j, en.Happened) > 0 {
			return true
		}
	}
	return false
}

// denialBefore reports a verb of denial shortly before the noun at k
// ("denied that the meeting had taken place").
func (c *sctx) denialBefore(k int) bool {
	for j := max(0, k-6); j < k; j++ {
		if c.in(j, en.Denials) {
			return true
		}
	}
	return false
}

// happenedAfter reports a Happened predicate within a few words after k.
func (c *sctx) happenedAfter(k int) bool {
	for j := k + 1; j < min(len(c.toks), k+5); j++ {
		if c.phraseAt(j, en.Happened) > 0 {
			return true
		}
	}
	return false
}

// beOnVisit reports whether the visit noun at k is told as under way ("is
// on a three-day visit to", "who is here for an official visit"), which
// gives no arrival day.
func (c *sctx) beOnVisit(k int) bool {
	if !c.word(k, "visit", "trip", "tour") {
		return false
	}
	on := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "-" {
			return false
		}
		if c.word(j, "on") {
			on = true
		}
		if on && c.word(j, "is", "are", "am") {
			return true
		}
	}
	return false
}

// placeForVisit sets the city of a visit when the clause names one in the host country.
func (c *sctx) placeForVisit(e *event, k int) {
	for j := k; j < min(len(c.toks), k+8); j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mCity {
			m := c.ms[mi]
			if c.st.historical(m.iso3) == e.host.iso3 {
				e.place = c.st.city(m.name, m.iso3)
				return
			}
		}
	}
}

// visitStatus is the modality of a visit trigger, also reading a future
// auxiliary right after a noun ("a state visit she will pay").
func (c *sctx) visitStatus(k int) schema.EventStatus {
	s := c.modality(k)
	if s != schema.Occurred {
		return s
	}
	for j := k + 1; j < min(len(c.toks), k+5); j++ {
		if c.in(j, en.Modals) {
			return schema.Planned
		}
	}
	if c.plannedBefore(k-1) || c.plannedBefore(k-2) {
		return schema.Planned
	}
	if c.duringPlannedTrip(k) || c.purposeOfPlannedTravel(k) {
		return schema.Planned
	}
	// "X is scheduled to begin talks in Beijing, his first trip to
	// China": a trip noun in apposition shares the clause before it.
	for j := k - 1; j >= max(2, k-4); j-- {
		if c.word(j, "his", "her", "their") && c.toks[j-1].text == "," {
			if st := c.modality(j - 2); st != schema.Occurred {
				return st
			}
			break
		}
	}
	// "the announcement of X's visit", "an invitation for a visit": a
	// noun before the visit's phrase that makes it a plan.
	for j := k - 1; j >= max(0, k-6); j-- {
		if c.in(j, en.PlanNouns) && c.word(j+1, "of", "for", "to") {
			return schema.Planned
		}
		if c.toks[j].kind == tokPunct || c.in(j, en.EventHeads) {
			break
		}
	}
	return schema.Occurred
}

// purposeOfPlannedTravel reports a trip noun at k in a "for a ... visit"
// phrase whose travel verb is planned: "X is to fly to Y later for a
// state visit to Z" tells a visit ahead.
func (c *sctx) purposeOfPlannedTravel(k int) bool {
	p := -1
	for j := k - 1; j >= max(0, k-5); j-- {
		if c.word(j, "for") {
			p = j
			break
		}
	}
	if p < 0 {
		return false
	}
	for v := p - 1; v >= max(c.clauseStart(p), p-8); v-- {
		if c.in(v, en.TravelVerbs) || c.word(v, "fly", "travel", "head", "leave", "go", "depart") {
			return c.modality(v) != schema.Occurred
		}
	}
	return false
}

// duringPlannedTrip reports a trip noun at k after "during his" in a
// sentence that tells plans for it ("there are no plans for X to meet
// bankers during his trip to Y on Friday", "plans to see Z during her
// visit"): the trip is still ahead.
func (c *sctx) duringPlannedTrip(k int) bool {
	if !c.word(k, "trip", "visit", "journey", "tour", "stay") || !c.word(k-1, "his", "her", "their") || !c.word(k-2, "during", "on") {
		return false
	}
	for j := 0; j < k-2; j++ {
		if c.word(j, "plans", "plan", "planned", "intends", "hopes", "expects", "scheduled") {
			return true
		}
	}
	return false
}

// plannedVisitBy reports whether the text has told a planned visit of who
// in the sentences so far.
func (c *sctx) plannedVisitBy(who *entity) bool {
	for _, e := range c.st.events {
		if e.typ == schema.Visit && e.status == schema.Planned && e.visitor == who {
			return true
		}
	}
	return false
}

// visitVerb reads "visited X", "a visit to X", "on a visit", "visit here".
func (c *sctx) visitVerb(k int) {
	w := c.toks[k].lower
	status := c.visitStatus(k)
	if c.visitReceived(k) {
		return // "X received a visit from Y": a call on X (courtesyCall)
	}
	if w == "visit" || w == "visits" {
		if c.word(k-1, "to") && !c.firstTo(k-1) {
			return // "to visit": planned
		}
	}
	if p, v := c.visitPaidBy(k); p != nil {
		// "the visit X paid to Nairobi in April": X's, told by its own verb
		c.visitOf(v, c.toks[v].lower, p, c.modality(v))
		return
	}
	whos := []*entity{c.visitorAt(k)}
	if w == "visited" || w == "toured" || w == "visted" || c.beOnVisit(k) {
		if ps := c.namedTravellers(k); len(ps) >= 2 {
			whos = ps // "A and B visited X", "A and B, who are on a visit to X": both went
		}
	}
	if len(whos) == 0 || whos[0] == nil {
		return
	}
	for _, who := range whos {
		c.visitOf(k, w, who, status)
	}
}

// visitPaidBy returns the person of a relative clause after the visit
// noun at k whose verb "paid" or "made" takes it "to" a place ("the visit
// X paid to Nairobi", "the trip that X made to Kenya"), and the verb; nil
// for none.
func (c *sctx) visitPaidBy(k int) (*entity, int) {
	q := k + 1
	if c.word(q, "that", "which") {
		q++
	}
	mi := c.at[min(q, len(c.toks)-1)]
	if q >= len(c.toks) || mi < 0 || c.ms[mi].i != q || c.ms[mi].kind != mPerson {
		return nil, -1
	}
	v := c.ms[mi].j
	if !c.word(v, "paid", "made") || !c.word(v+1, "to") {
		return nil, -1
	}
	if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
		return a, v
	}
	return nil, -1
}

// namedTravellers returns the people of a coordinated subject named in
// the clause of the verb at k ("A and B last week visited X"), or nil.
func (c *sctx) namedTravellers(k int) []*entity {
	ps := personsOf(c.subjects(k))
	cs := c.clauseStart(k)
	for _, p := range ps {
		if !c.namedBetween(p, cs, k) {
			return nil
		}
	}
	return ps
}

// visitOf records the visit of one traveller who at the visit verb or
// noun w at k.
func (c *sctx) visitOf(k int, w string, who *entity, status schema.EventStatus) {
	// "X will visit Tokyo next week. He is the first official to visit
	// Japan since ...": the trip told before, still planned.
	if c.word(k-1, "to") && c.plannedVisitBy(who) {
		status = schema.Planned
	}
	c.visitedPerson(k, who)
	reach := 12
	if w == "visit" || w == "visits" {
		reach = 6
	}
	hosts, at := c.hostsAfter(k+1, reach)
	if h := c.countryBeforeJourney(k); len(hosts) == 0 && h != nil {
		hosts, at = []*entity{h}, []int{k - 1} // "his China visit"
	}
	// "also visited Chad, Niger and Mali": no date.
	past := c.word(k-1, "also") && w != "visit" && len(c.st.dates[c.si]) == 0
	if len(hosts) == 0 {
		// "here on an official visit", "his visit here".
		underWay := c.has("here") || c.in(k-1, en.VisitKinds)
		switch {
		case c.dlISO() != "" && underWay:
			c.addVisit(k, who, c.st.country(c.dlISO()), status, k, false)
		case underWay && c.beOnVisit(k):
			// "received X, here on an official visit, at the palace in
			// Cairo": the place the sentence is at.
			for j := 0; j+1 < len(c.toks); j++ {
				if mi := c.at[j+1]; c.word(j, "in") && mi >= 0 && c.ms[mi].kind == mCity {
					c.addVisit(k, who, c.hostAt(mi), status, k, false)
					break
				}
			}
		}
		return
	}
	for i, h := range hosts {
		c.addVisit(k, who, h, status, at[i], past)
	}
}

// visitedPerson reads a visit paid to people, not a place: "X visited
// former President Y at his home", "X paid a courtesy visit to Y": they
// met. "X visited Y's hometown" names a place.
func (c *sctx) visitedPerson(k int, who *entity) {
	j := k + 1
	if c.word(k, "visit", "visits") {
		if !c.word(j, "to") {
			return
		}
		j++
	}
	if c.word(j, "the") {
		j++
	}
	for n := 0; n < 2 && j < len(c.toks) && c.at[j] < 0 && c.plainWord(j) && !c.toks[j].upper && !c.word(j, "of", "to"); n++ {
		j++ // "the ailing former President Y" (not "the tomb of Y": a place)
	}
	// The person's mention opens the object ("the ailing former President
	// Y"): not "toured the castle", not "Y's hometown"; a sentence may end
	// with the verb ("... and Ruto visited").
	// "visiting President Y" names Y the visitor.
	if j >= len(c.toks) {
		return
	}
	if mi := c.at[j]; mi < 0 || c.ms[mi].kind != mPerson || c.ms[mi].poss || c.word(k, "toured", "visiting") {
		return
	}
	objs, _ := c.objects(j, 1)
	if len(objs) == 0 || len(personsOf(objs)) < len(objs) || containsEntity(objs, who) {
		return
	}
	for _, e := range c.addMeeting(k, []*entity{who}, objs, false) {
		c.meetingDetails(e, k)
	}
}

// visitBy reads the agent of a visit noun at k: "a visit to Japan by Y"
// gives Y; "by senior officials" gives no named visitor. ok is false when
// the noun has no such agent.
func (c *sctx) visitBy(k int) (*entity, bool) {
	if !c.word(k, "visit", "visits", "trip", "trips", "tour") {
		return nil, false
	}
	for j := k + 1; j < min(len(c.toks), k+9); j++ {
		t := c.toks[j]
		if t.kind == tokPunct || c.word(j, "who", "which", "that", "and") {
			return nil, false
		}
		if !c.word(j, "by") {
			continue
		}
		if j+1 >= len(c.toks) {
			return nil, true
		}
		// "a trip by Chilean President X": the person, past the
		// demonym that opens the name.
		for q := j + 1; q < min(len(c.toks), j+4); q++ {
			if mi := c.at[q]; mi >= 0 {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson && c.ms[mi].kind != mGroup {
					return a, true
				}
				if c.ms[mi].kind != mDemonym {
					break
				}
			}
		}
		return nil, true
	}
	return nil, false
}

// arrive reads "arrived in X", "arrived here", "on arriving here".
func (c *sctx) arrive(k int) {
	if c.word(k-1, "on", "upon") && c.word(k, "arrival") || c.word(k+1, "home", "back") || c.word(k+1, "by") && !c.in(k+2, en.TransportNouns) {
		return // "greeted on arrival by", "arrived home"; not "arrived by train"
	}
	if c.word(k, "arrival") && !c.arrivalOfPerson(k) {
		return // "the arrival of cheaper phones"
	}
	if c.word(k, "arrived") && c.word(k-1, "newly", "recently", "freshly", "just") && k+1 < len(c.toks) && c.toks[k+1].kind == tokWord && !c.toks[k+1].upper && !c.word(k+1, "in", "at", "on", "from", "here", "there", "back") {
		return // "newly arrived investment dollars": an adjective
	}
	status := c.visitStatus(k)
	whos := c.visitorsAt(k)
	if c.frontedParticiple(k) {
		whos = c.mainSubjectAfter(k) // "After arriving in X and ..., Y flew on"
	}
	if c.word(k, "arrive") && len(personsOf(c.subjects(k))) == 0 {
		whos = nil // "before the motorcades arrive": a base form needs its subject
	}
	// "More than 30 heads of state arrived ..., among them A and B".
	if c.leadersSubject(k) {
		for j := k + 1; j+1 < len(c.toks); j++ {
			if c.word(j, "including") || c.word(j, "among") && c.word(j+1, "them") {
				var ps []*entity
				for _, a := range c.listAfter(j + 1 + boolInt(c.word(j, "among"))) {
					if a.kind == schema.KindPerson {
						ps = append(ps, a)
					}
				}
				if len(ps) > 0 {
					whos = ps
				}
				break
			}
		}
	}
	if len(whos) == 0 {
		return
	}
	hosts, at := c.hostsAfter(k+1, 10)
	// "arrived from Helsinki", "arrived on Sunday from Suva": a place left
	// is no destination; the host is where the story is.
	hosts, at = c.notOrigins(hosts, at)
	if c.word(k+1, "from") {
		hosts = nil // "arrived from Oslo on a Canadian jet": all of it the way here
	}
	if c.word(k, "arrival") && len(hosts) == 0 && !c.has("here") {
		return // "a year after Ode's arrival at the firm": at a post, not in a country
	}
	// "arrived in the morning at the X airport": the time is no place.
	prep := k + 1
	if c.word(prep, "in") && c.word(prep+1, "the") && c.in(prep+2, en.ClockWords) {
		prep += 3
	}
	if c.word(prep, "at") && len(hosts) == 0 {
		q := prep + 1 + boolInt(c.word(prep+1, "the"))
		if h := c.airportHost(prep + 1); h != nil {
			hosts, at = []*entity{h}, []int{prep + 1} // "arrived at Ben Gurion airport"
		} else if city := c.seatCity(q); city != nil && city.iso3 != "" && c.statedForeigners(whos, city.iso3) {
			hosts, at = []*entity{c.st.country(city.iso3)}, []int{q} // "arrived at the White House": the seat's state
		} else if !c.airportAt(prep + 1) {
			return // at a building; "landed at X airport" is an arrival where the story is
		}
	}
	if h := c.anaphorHost(prep, whos); len(hosts) == 0 && h != nil {
		hosts, at = []*entity{h}, []int{prep + 2} // "arrived in the country"
	}
	ctx := c.contextHost(k) // before the stops left are told
	if len(hosts) == 0 && ctx != nil && c.word(prep, "there") {
		hosts, at = []*entity{ctx}, []int{prep} // "arrived there": the place just told
	}
	whos = append(whos, c.travellingParty(k, whos)...)
	if ctx == nil {
		ctx = c.greeterHost(k, whos)
	}
	var filed *entity // where a bare arrival under a dateline is
	if len(hosts) == 0 && c.dlISO() != "" {
		// "LILONGWE - A flew to Nairobi on Monday. B arrived on Tuesday":
		// the trip just told, not where the story is filed.
		if filed = c.tripJustTold(whos); filed == nil {
			filed = c.st.country(c.dlISO())
		}
	}
	for _, who := range whos {
		if status == schema.Occurred {
			c.stopLeft(k, who, false)
		}
		if filed != nil {
			c.addVisit(k, who, filed, status, k, false)
			continue
		}
		if len(hosts) == 0 && (!c.word(prep, "from", "at", "in", "to") || c.word(prep, "at")) {
			// "A arrived in Niamey on Friday, and B flew in on Saturday",
			// "The summit opened in Suva. X arrived on Sunday": the place
			// the text is at.
			if ctx != nil {
				c.arrivedAtFocus(c.addVisit(k, who, ctx, status, k, false))
			}
			continue
		}
		for i, h := range hosts {
			if v := c.addVisit(k, who, h, status, at[i], false); v != nil {
				// "arrived in Kazan for the BRICS summit"
				c.tripGathering(v, k+1)
				break
			}
		}
	}
}

// arrivedAtFocus makes one whose arrival v with no place of its own was
// read as to the gathering in focus ("The summit opened ... Leaders
// began arriving on Saturday, among them X") an attendee of it.
func (c *sctx) arrivedAtFocus(v *event) {
	g := c.st.lastGathering(c.si)
	if v == nil || g == nil || v.status != schema.Occurred || g.status != schema.Occurred || c.si-max(g.sent, g.seen) > 2 {
		return
	}
	in := g.place != nil && c.st.historical(g.place.iso3) == v.host.iso3 || g.host != nil && g.host.canon() == v.host.canon()
	if in {
		c.st.addAttendee(g, v.visitor)
	}
}

// anaphorHost returns the country "in the country", "on the island" at
// prep stands for: the dateline's, else the one the story names most
// other than the first traveller's; nil when the words are not there.
func (c *sctx) anaphorHost(prep int, whos []*entity) *entity {
	if !c.word(prep, "in", "on", "to") || !c.word(prep+1, "the") || !c.in(prep+2, en.CountryAnaphors) || c.word(prep+3, "of") {
		return nil
	}
	own := ""
	if len(whos) > 0 && whos[0] != nil {
		own = c.st.historical(whos[0].canon().iso3)
	}
	if iso := c.dlISO(); iso != "" && c.st.historical(iso) != own {
		return c.st.country(iso)
	}
	if iso := c.st.homeExcept(own); iso != "" {
		return c.st.country(iso)
	}
	return nil
}

// travellingParty returns the people travelling with leads on the journey at k
// (travelledWith). One whose country was only guessed from the words
// around the name is taken to share a lead's ("landed in Tokyo with
// Trade Minister Y": Y is no Japanese): the lead's country when known.
func (c *sctx) travellingParty(k int, leads []*entity) []*entity {
	ps := c.travelledWith(k)
	if len(ps) == 0 {
		return nil
	}
	iso := ""
	for _, l := range leads {
		if l != nil && l.canon().iso3 != "" {
			iso = l.canon().iso3
			break
		}
	}
	if iso == "" {
		return ps // (a guess may still be right: "A flew to Doha with B")
	}
	for _, p := range ps {
		if p = p.canon(); p.guessed && !p.explicit && p.iso3 != iso {
			p.iso3, p.guessed = iso, true
		}
	}
	return ps
}

// wayAfterCompany returns the way ("to", "into") after the company a
// "with" at w opens ("travelled with him to Beijing", "flew with A and B
// to X", "travelled with his wife to X", "flew with his minister, Y, to
// X": the companions are read by travelledWith), or w. A marker of
// purpose ("to review the plan") is no way.
func (c *sctx) wayAfterCompany(tr en.Trigger, w int) int {
	for q := w + 1; q < min(len(c.toks), w+14); q++ {
		if c.word(q, tr.Markers...) {
			if q+1 < len(c.toks) && (c.at[q+1] >= 0 || c.word(q+1, "the")) {
				return q
			}
			return w
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," || c.in(q, en.MeetingNouns) {
			return w
		}
	}
	return w
}

// companyWith reports a "with" at j that may open a traveller's company:
// right after the trip's words, a comma, a name, a number, a time word or
// "along", not after a verb ("to deal with X", "to talk with Y").
func (c *sctx) companyWith(j int) bool {
	p := j - 1
	return c.toks[p].text == "," || c.toks[p].upper || c.toks[p].kind == tokNum || c.at[p] >= 0 ||
		c.word(p, "along", "together", "morning", "afternoon", "evening", "night", "day", "week", "today", "yesterday", "tonight", "earlier", "later", "in", "down", "off", "out", "back", "here", "there") ||
		c.in(p, en.TravelWords)
}

// travelledWith returns the people an arrival at k names as travelling
// "with" or "alongside" its subject ("landed in Lima with her foreign
// minister, Y", "with a delegation that includes Y"), not those met "for
// talks with" Y.
func (c *sctx) travelledWith(k int) []*entity {
	for j := k + 1; j+1 < len(c.toks) && j < k+32; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.in(j, en.MeetingNouns) || c.isMeetNoun(j) || en.GatheringNouns[c.toks[j].lower] {
			return nil
		}
		if c.word(j, "and", "before", "after", "then", "where", "returned", "back", "home") {
			return nil // "flew to X and returned with Y": another leg's company
		}
		if c.word(j, "with") && !c.companyWith(j) {
			continue // "a trip he cut short to deal with X": a verb's object
		}
		if c.word(j, "with") || c.word(j, "alongside") && j-k <= 6 && c.companyWith(j) {
			o := j + 1
			// "with a delegation that includes X", "with a team including X"
			if c.word(o, "a", "his", "her", "the") && c.word(o+1, "delegation", "team", "party", "entourage") {
				q := o + 2
				if c.word(q, "that", "which") {
					q++
				}
				if !c.word(q, "includes", "included", "including") {
					return nil
				}
				o = q + 1
			}
			// "with his wife, Y", "with her chief aide, Y": the one named
			// after the comma.
			if c.word(o, "his", "her", "their") && c.in(o+1, en.AssociateNouns) && o+2 < len(c.toks) && c.toks[o+2].text == "," {
				o += 3
			}
			if obj, _ := c.objects(o, 2); len(obj) > 0 && allPersons(obj) {
				return obj
			}
			if !c.word(o, "a", "an", "the", "his", "her", "their", "its") {
				return nil
			}
			// "with the largest trade delegation yet, along with Trade
			// Minister Y": the party, then those named in it.
		}
	}
	return nil
}

// arrivalOfPerson reports whether the noun "arrival" at k is a person's:
// "X's arrival", "his arrival", "the arrival of X" with X a person.
func (c *sctx) arrivalOfPerson(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if c.word(j, "his", "her", "their") {
			return true
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].poss {
			a := c.actor(mi)
			return a != nil && a.kind == schema.KindPerson
		}
	}
	if c.word(k+1, "of") {
		q := k + 2
		if c.word(q, "the") {
			q++
		}
		if q < len(c.toks) && c.at[q] >= 0 {
			a := c.actor(c.at[q])
			return a != nil && a.kind == schema.KindPerson
		}
	}
	return false
}

// stayedAt reports whether the place a traveller came from (at token j)
// was a stop of the trip, not just the origin: the text goes on to say what
// happened there ("from Port Vila, where he ...") or speaks of the trip's
// legs and stops.
func (c *sctx) stayedAt(j int) bool {
	return c.whereAfter(j) || c.hasClass(en.TripWords)
}

// whereAfter reports ", where" within a few tokens after a place at j.
func (c *sctx) whereAfter(j int) bool {
	for q := j; q+1 < len(c.toks) && q < j+5; q++ {
		if c.toks[q].text == "," && c.word(q+1, "where") {
			return true
		}
	}
	return false
}

// pastTime returns the token after a time expression that starts at j
// ("on Wednesday evening", "late on Friday"), or j when none does.
func (c *sctx) pastTime(j int) int {
	q := j
	for q < j+2 && c.word(q, "on", "late", "early") {
		q++ // "late on Tuesday"
	}
	e := c.dateEndAt(q)
	if e < 0 {
		return j
	}
	for e < len(c.toks) && c.in(e, en.DayParts) {
		e++ // "Wednesday evening"
	}
	return e
}

// dateEndAt returns the token after the sentence's date that starts at
// token j, or -1 when none starts there.
func (c *sctx) dateEndAt(j int) int {
	if j >= len(c.toks) {
		return -1
	}
	off := c.toks[j].start - c.s.start
	for _, d := range c.st.dates[c.si] {
		if d.Start == off {
			q := j
			for q < len(c.toks) && c.toks[q].start-c.s.start < d.End {
				q++
			}
			return q
		}
	}
	return -1
}

// greeterHost returns the country of the one who greeted the travellers
// after the arrival verb at k ("landed at X Airport and was met by the
// Thai deputy prime minister"), when it is another than every
// traveller's own; else nil.
func (c *sctx) greeterHost(k int, whos []*entity) *entity {
	for j := k + 1; j+2 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if !c.in(j, en.GreetVerbs) || !c.word(j+1, "by") {
			continue
		}
		mi := c.at[j+2]
		if mi < 0 && c.word(j+2, "the") && j+3 < len(c.toks) {
			mi = c.at[j+3]
		}
		if mi < 0 || c.ms[mi].iso3 == "" {
			return nil
		}
		h := c.st.country(c.ms[mi].iso3)
		for _, w := range whos {
			if o := c.st.countryOf(w); o == nil || o.canon() == h.canon() {
				return nil
			}
		}
		return h
	}
	return nil
}

// intransitiveArrival reports whether the word at j, after an arrival
// verb, ends it or starts an adverbial ("landed on Thursday", "touched
// down late", "landed."), not an object ("companies landed contracts").
func (c *sctx) intransitiveArrival(j int) bool {
	return j >= len(c.toks) || c.toks[j].kind == tokPunct || c.in(j, en.AfterDeparture) || c.in(j, en.WeekdayWords) || c.in(j, en.DayParts) || c.word(j, "shortly", "overnight", "safely") || c.timeAt(j)
}

// timeAt reports a time expression that starts at token j: "a few hours
// earlier", "the same day", "the previous evening" (the sentence's dates,
// or a phrase en.RelativeTimes names).
func (c *sctx) timeAt(j int) bool {
	return c.phraseAt(j, en.RelativeTimes) > 0 || c.dateEndAt(j) >= 0
}

// personSubject reports whether the subject of the verb at k names a
// person (not a thing, and not a person taken from context).
func (c *sctx) personSubject(k int) bool {
	for _, s := range c.subjects(k) {
		if s.kind == schema.KindPerson {
			return true
		}
	}
	return false
}

// placeAnaphor returns the country a place word at k refers back to:
// "the country", "the capital" (with no "of" after it), or "it" and "the
// summit" for the gathering in focus; nil when k starts none.
func (c *sctx) placeAnaphor(k int) *entity {
	switch {
	case c.word(k, "the") && c.word(k+1, "country", "capital", "city") && !c.word(k+2, "of", "'s"):
		if h := c.contextHost(k); h != nil {
			return h
		}
		if c.word(k+1, "capital", "city") {
			if h := c.lastCityBefore(k); h != nil {
				return h // "Asked about Lusaka, ... X had flown into the city"
			}
		}
		if c.dlISO() == "" {
			return nil
		}
		return c.st.country(c.dlISO()) // "LUSAKA - X, in the capital since Monday, ..."
	case c.word(k, "it") || c.word(k, "the") && c.in(k+1, en.GatheringHeads) && !c.word(k+2, "of", "in", "on"):
		if g := c.st.lastGathering(c.si); g != nil && c.si-g.sent <= 2 && g.place != nil && g.place.iso3 != "" {
			return c.st.country(g.place.iso3)
		}
	}
	return nil
}

// lastCityBefore returns the country of the last city named before token
// k in this sentence, else in the one before; nil when there is none.
func (c *sctx) lastCityBefore(k int) *entity {
	for j := k - 1; j >= 0; j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mCity && c.ms[mi].iso3 != "" {
			return c.st.country(c.ms[mi].iso3)
		}
	}
	if c.si == 0 {
		return nil
	}
	var last *entity
	for _, m := range c.st.ms[c.si-1] {
		if m.kind == mCity && m.iso3 != "" {
			last = c.st.country(m.iso3)
		}
	}
	return last
}

// contextHost returns the country an arrival without a destination is in:
// that of the latest visit told in this or the previous sentence, else
// that of the place of the gathering in focus, else the country of the
// latest place named after "in" before token k in this or the previous
// sentence.
// notOrigins drops the hosts told as a journey's origin ("from X").
func (c *sctx) notOrigins(hosts []*entity, at []int) ([]*entity, []int) {
	var hs []*entity
	var as []int
	for i, h := range hosts {
		if !c.word(at[i]-1, "from") && !(c.word(at[i]-1, "the") && c.word(at[i]-2, "from")) {
			hs, as = append(hs, h), append(as, at[i])
		}
	}
	return hs, as
}

// tripJustTold returns the country of a trip abroad that happened, told
// in this sentence or the one before, of someone from the dateline's
// country (a story filed at home follows its leader's trip), when
// whos are not that traveller.
func (c *sctx) tripJustTold(whos []*entity) *entity {
	for i := len(c.st.events) - 1; i >= 0; i-- {
		e := c.st.events[i]
		if e.sent < c.si-1 {
			return nil
		}
		if e.typ != schema.Visit || e.status != schema.Occurred || e.host == nil || e.visitor == nil {
			continue
		}
		v := e.visitor.canon()
		if e.host.iso3 != c.dlISO() && c.st.historical(v.iso3) == c.st.historical(c.dlISO()) && !containsCanon(whos, v) {
			return e.host
		}
	}
	return nil
}

func (c *sctx) contextHost(k int) *entity {
	// "Her last stop was Kampala, where she landed on Friday".
	if w := c.whereAntecedent(k); w >= 0 {
		if h := c.hostAt(c.at[w]); h != nil {
			return h
		}
	}
	for i := len(c.st.events) - 1; i >= 0; i-- {
		e := c.st.events[i]
		if e.typ == schema.Visit && e.status == schema.Occurred && e.host != nil && (e.sent == c.si || e.sent == c.si-1) {
			return e.host
		}
	}
	if g := c.st.lastGathering(c.si); g != nil && c.si-max(g.sent, g.seen) <= 3 {
		switch {
		case g.place != nil && g.place.iso3 != "":
			return c.st.country(g.place.iso3)
		case g.host != nil && g.host.canon().kind == schema.KindCountry && !c.st.sentenceHas(g.sent, en.ChairWords):
			// "hosted by X at a mountain resort"; a country that chairs
			// a body's session ("X chaired the council") is no host.
			return g.host.canon()
		}
	}
	for j := k - 1; j >= 1; j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].i == j && c.word(j-1, "in") && !situationIn(c.toks, j-1) {
			if h := c.hostAt(mi); h != nil {
				return h
			}
		}
	}
	if c.si == 0 {
		return nil
	}
	toks := c.st.doc.sentences[c.si-1].toks
	ms := c.st.ms[c.si-1]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if (m.kind == mCity || m.kind == mCountry) && m.iso3 != "" && m.i > 0 && toks[m.i-1].lower == "in" && !situationIn(toks, m.i-1) {
			return c.st.country(m.iso3)
		}
	}
	return nil
}

// situationIn reports an "in" at j after a situation's noun ("the war in
// X"): X is what the text is about, not where it is.
func situationIn(toks []token, j int) bool {
	return j > 0 && en.SituationNouns[toks[j-1].lower]
}

// visitorsAt returns the travellers of a travel verb at k: every person
// of a coordinated subject ("A and B arrived"), the pair a subject such as
// "both presidents" refers to, else visitorAt's one traveller.
func (c *sctx) visitorsAt(k int) []*entity {
	if ls := c.demonymLeaders(k); ls != nil {
		return ls // "the Malawian and Kenyan leaders arrived"
	}
	if c.thingSubject(k) || c.peopleOfStateBefore(k) {
		return nil
	}
	if c.participleLeg(k) {
		if who := c.visitorAt(k); who != nil {
			return []*entity{who} // "X met A and B before flying on to Y": X alone
		}
		return nil
	}
	var ps []*entity
	for _, s := range c.subjects(k) {
		if s.kind == schema.KindPerson {
			ps = append(ps, s)
		}
	}
	if len(ps) >= 2 {
		ps = dedupEntities(ps)
		c.st.notePlural(c.si, ps)
		return ps
	}
	if pair := c.groupPair(k); pair != nil {
		c.st.notePlural(c.si, pair)
		return pair
	}
	if who := c.visitorAt(k); who != nil {
		return []*entity{who}
	}
	return c.leadersOfStates(k)
}

// leadersOfStates reads a subject "The leaders of A, B and C", "the
// presidents of A and B", "the foreign ministers of A and B" before the
// verb at k: the person of each state with that office the text names,
// before or after; nil unless every state has one.
func (c *sctx) leadersOfStates(k int) []*entity {
	j := c.clauseStart(k)
	if c.word(j, "the") {
		j++
	}
	var fits func(string) bool
	switch {
	case c.word(j, "heads") && c.word(j+1, "of") && c.word(j+2, "state", "government"):
		j, fits = j+2, isLeaderRole
	case c.word(j, "prime", "foreign") && c.word(j+1, "ministers"):
		j, fits = j+1, c.officeFits(j+1)
	default:
		fits = c.officeFits(j)
	}
	if fits == nil {
		return nil
	}
	if !c.word(j+1, "of") {
		return nil
	}
	end := c.beforeVerb(k, "also", "then", "later", "all", "together")
	// ("the foreign ministers of Laos" may be read as one group.)
	return c.holdersListed(j+2, end, fits, func(m mention, q int) bool {
		return m.kind == mCountry && m.i == q || m.kind == mGroup && m.i < q
	}, "and", "the")
}

// holdersListed returns the office-holders (fits) of the states listed in
// tokens [from, to], a state per mention that listed accepts, joined by
// commas and the skip words; nil unless the list holds two states or
// more, each with its holder named.
func (c *sctx) holdersListed(from, to int, fits func(string) bool, listed func(m mention, q int) bool, skip ...string) []*entity {
	var out []*entity
	for q := from; q <= to; q++ {
		switch mi := c.at[q]; {
		case c.toks[q].text == "," || c.word(q, skip...):
		case mi >= 0 && c.ms[mi].iso3 != "" && listed(c.ms[mi], q):
			p := c.st.holderOf(c.ms[mi].iso3, fits)
			if p == nil {
				return nil
			}
			out = append(out, p)
			q = max(q, min(c.ms[mi].j-1, to))
		default:
			return nil
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// officeFits returns the test of a role for the office a plural head
// ending at e names ("leaders", "presidents", "prime ministers", "foreign
// ministers"), or nil.
func (c *sctx) officeFits(e int) func(string) bool {
	switch {
	case c.word(e, "leaders"):
		return isLeaderRole
	case c.word(e, "presidents"):
		return func(r string) bool { return isLeaderRole(r) && strings.HasSuffix(r, "president") }
	case c.word(e, "ministers") && c.word(e-1, "prime"):
		return func(r string) bool { return isLeaderRole(r) && strings.HasSuffix(r, "prime minister") }
	case c.word(e, "ministers") && c.word(e-1, "foreign"):
		return foreignMinisterRole
	}
	return nil
}

// demonymLeaders reads a subject of demonyms joined by commas and "and"
// before an office in the plural, before the verb at k: "the Malawian and Kenyan
// leaders", "the Zambian, Malawian and Kenyan foreign ministers": the
// person of each state with that office the text names; nil unless every
// state has one.
func (c *sctx) demonymLeaders(k int) []*entity {
	j := c.clauseStart(k)
	if c.word(j, "the") {
		j++
	}
	end := c.beforeVerb(k, "also", "then", "later", "all", "together")
	fits := c.officeFits(end)
	if fits == nil {
		return nil
	}
	head := end - 1 // the office's words after the last demonym
	if c.word(end, "ministers") {
		head--
	}
	return c.holdersListed(j, head, fits, func(m mention, q int) bool {
		return m.i == q && (m.kind == mDemonym || m.kind == mGroup)
	}, "and")
}

// beforeVerb returns the token before the verb at k past its auxiliaries
// and the adverbs given ("had already", "were then"), or -1.
func (c *sctx) beforeVerb(k int, adverbs ...string) int {
	j := k - 1
	for j >= 0 && c.at[j] < 0 && (c.in(j, en.Auxiliaries) || c.word(j, adverbs...)) {
		j--
	}
	return j
}

// peopleOfStateBefore reports an unnamed people of a state as the subject
// right before the verb at k ("before the Americans arrived", "the Iranian
// delegation had flown in"): no named traveller.
func (c *sctx) peopleOfStateBefore(k int) bool {
	j := c.beforeVerb(k, "also", "then", "later", "finally", "already", "just")
	if j < 0 || c.at[j] < 0 {
		return false
	}
	m := c.ms[c.at[j]]
	if m.kind == mGroup && c.word(m.j-1, "delegation") && c.delegationLeader(c.clauseStart(k), k) != nil {
		return false // "The Russian delegation arrived": the one told leading it
	}
	return m.j == j+1 && (m.kind == mCountry || m.kind == mDemonym) && m.plural || m.kind == mGroup
}

// visitFromMeeting records the visit a meeting implies when the text puts
// the meeting in a place foreign to its subject ("Baker met Stoltenberg
// today in West Germany", "Carter met Abadi in Baghdad").
func (c *sctx) visitFromMeeting(e *event, subj []*entity, k int) {
	if e.status != schema.Occurred || e.sidelines != nil || len(subj) != 1 || subj[0].kind != schema.KindPerson || subj[0].iso3 == "" {
		return
	}
	for j := k + 1; j < len(c.toks); j++ {
		t := c.toks[j]
		if c.word(j, "on") && j+1 < len(c.toks) && (en.WeekdayWords[c.toks[j+1].lower] || en.MonthNames[c.toks[j+1].lower] != 0) {
			j++ // "met Y on Wednesday at ... in X"
			continue
		}
		if t.kind == tokPunct && (t.text == "." || t.text == ";" || t.text == ",") || c.word(j, "who", "which", "where", "said", "for", "on", "about", "to", "over", "regarding", "concerning", "after", "before", "that") {
			return
		}
		if !c.word(j, "in") || j+1 >= len(c.toks) {
			continue
		}
		q := j + 1
		if c.word(q, "the") {
			q++
		}
		mi := -1
		if q < len(c.toks) {
			mi = c.at[q]
		}
		// Only a country: "met ... in New York" says where the meeting was,
		// not that the subject travelled (the annotation rules want trip
		// wording), while "met ... today in West Germany" states the stay.
		if mi < 0 || c.ms[mi].kind != mCountry {
			continue
		}
		host := c.hostAt(mi)
		if host == nil {
			return
		}
		if c.st.historical(subj[0].iso3) == host.iso3 {
			// "Putin met Kim in Russia": the host met a foreign guest,
			// who travelled.
			for _, p := range e.parts {
				if p = p.canon(); p.kind == schema.KindPerson && p.iso3 != "" && p != subj[0].canon() && c.st.historical(p.iso3) != host.iso3 {
					if v := c.addVisit(k, p, host, schema.Occurred, k, false); v != nil && !e.dated() {
						v.date, v.dateFrom = schema.Date{}, undated
					}
				}
			}
			return
		}
		v := c.addVisit(k, subj[0], host, schema.Occurred, k, false)
		if v != nil && !e.dated() {
			v.date, v.dateFrom = schema.Date{}, undated
		}
		return
	}
}

// travel reads trips: "left for X", "flew to X", "travelled to X", "trip
// to X", "tour of X", "stopover in X", "leg of a trip", "a tour that has
// taken him to A, B and C", "on his return from A and B".
func (c *sctx) travel(tr en.Trigger, k int) {
	switch tr.Form {
	case en.TakenTo:
		c.takenTo(tr, k)
	case en.Return:
		c.returnFrom(tr, k)
	case en.Stopover:
		c.stopover(tr, k)
	case en.Leg:
		c.tripLeg(tr, k)
	case en.Landed:
		c.landed(tr, k)
	case en.Spent:
		c.spent(tr, k)
	case en.Leave, en.SetOff, en.Go, en.Tour, en.Onward:
		c.journey(tr, k)
	case en.TripEdge:
		c.tripEdge(tr, k)
	case en.Chose:
		c.choseFor(tr, k)
	case en.SentTo:
		c.sentAbroad(tr, k)
	case en.LedTo:
		c.ledTo(tr, k)
	}
}

// ledTo reads "X led a delegation to Y", "X heads a trade mission of ten
// firms to Y": a party's noun (en.LedPartyNouns) after a determiner, then
// the marker within a few lower-case words, then the place: X's trip.
func (c *sctx) ledTo(tr en.Trigger, k int) {
	if !c.word(k+1, "a", "an", "the", "his", "her", "their") {
		return
	}
	noun := -1
	for q := k + 2; q < min(len(c.toks), k+6) && c.toks[q].kind == tokWord && noun < 0; q++ {
		// ("the mission to Y" a head leads is an embassy; "a trade
		// mission to Y" a trip.)
		if c.in(q, en.LedPartyNouns) && !(c.word(q, "mission") && !c.word(k+1, "a", "an")) {
			noun = q
		}
	}
	to := -1
	for q := noun + 1; noun > 0 && q < min(len(c.toks), noun+6) && c.toks[q].kind == tokWord && to < 0; q++ {
		if c.word(q, tr.Markers...) {
			to = q
		} else if c.at[q] >= 0 && c.ms[c.at[q]].kind != mDemonym {
			return // "a delegation of Kenyan firms to Y" reads on; a name does not
		}
	}
	if to < 0 {
		return
	}
	hosts, at := c.hostsAfter(to+1, 2)
	if len(hosts) == 0 {
		return
	}
	status := c.visitStatus(k)
	for _, who := range c.visitorsAt(k) {
		if who != nil && who.canon().kind == schema.KindPerson {
			c.addVisit(k, who, hosts[0], status, at[0], false)
		}
	}
}

// leftToAttend reads a departure at k joined to the gathering its
// travellers went to: "X left Lilongwe on Saturday and attended a summit in
// the Zambian capital on Sunday" is a trip to Zambia, dated by the
// departure.
func (c *sctx) leftToAttend(k int) {
	for j := k + 1; j+2 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if !c.word(j, "and") || !c.word(j+1, "attended", "joined") {
			continue
		}
		g := c.gatheringNoun(j+2, 6)
		in := -1
		for q := g + 1; g > 0 && q < min(len(c.toks), g+10) && in < 0 && c.toks[q].kind == tokWord; q++ {
			if c.word(q, "in") {
				in = q // "a summit between A and the bloc's members in X"
			}
		}
		if in < 0 {
			return
		}
		hosts, _ := c.hostsAfter(in+1, 4)
		if len(hosts) != 1 {
			return
		}
		for _, who := range c.visitorsAt(k) {
			if who == nil {
				continue
			}
			if w := who.canon(); w.kind == schema.KindPerson && !c.guestHome([]*entity{w}, hosts[0].iso3) {
				c.addVisit(k, w, hosts[0], c.visitStatus(k), k, false)
			}
		}
		return
	}
}

// sentAbroad reads "X sent his envoy Y to Z", "dispatched Y to Z as his
// special envoy": a trip of the person sent, named right after the verb,
// to the place named right after "to".
func (c *sctx) sentAbroad(tr en.Trigger, k int) {
	obj, end := c.objects(k+1, 6)
	if len(obj) == 0 || !allPersons(obj) || !c.word(end, tr.Markers...) {
		return
	}
	hosts, at := c.hostsAfter(end+1, 2)
	if len(hosts) == 0 {
		return
	}
	status := c.visitStatus(k)
	for _, p := range obj {
		c.addVisit(k, p, hosts[0], status, at[0], false)
	}
}

// choseFor reads places chosen for a trip: "chose Kenya for his first
// trip abroad", "picked Nairobi for her maiden visit", "chose A and B for
// his first tour": the chooser went to each. The trip noun
// (en.JourneyNouns) follows "for" and a determiner within a few words.
func (c *sctx) choseFor(tr en.Trigger, k int) {
	if k+1 >= len(c.toks) || c.at[k+1] < 0 || c.modality(k) != schema.Occurred {
		return
	}
	// "chose Lusaka", "chose Lusaka and Nairobi", "picked A, B and C".
	var places []int
	end := k + 1
	for end < len(c.toks) && c.at[end] >= 0 && (c.ms[c.at[end]].kind == mCountry || c.ms[c.at[end]].kind == mCity) {
		places = append(places, c.at[end])
		end = c.ms[c.at[end]].j
		if !c.word(end, "and") && !(c.toks[end].text == "," && (c.word(end+1, "and") || end+1 < len(c.toks) && c.at[end+1] >= 0)) {
			break
		}
		end++
		if c.word(end, "and") {
			end++ // "A, B, and C"
		}
	}
	if len(places) == 0 || !c.word(end, tr.Markers...) || !c.word(end+1, "his", "her", "their", "the", "a") {
		return
	}
	trip := false
	for q := end + 2; q < min(len(c.toks), end+6) && c.toks[q].kind == tokWord && !trip; q++ {
		trip = c.in(q, en.JourneyNouns)
	}
	if !trip {
		return
	}
	for _, mi := range places {
		host := c.hostAt(mi)
		for _, who := range c.visitorsAt(k) {
			c.addVisit(k, who, host, schema.Occurred, c.ms[mi].i, false)
		}
	}
}

// tripEdge reads a trip begun or ended in a place: "began a Gulf tour in
// Riyadh", "wound up his trip in Doha on Friday", "went on to A and ended
// it in B". The object is a trip noun (en.JourneyNouns) or "it" after one
// in the sentence.
func (c *sctx) tripEdge(tr en.Trigger, k int) {
	if c.journeyRoute(k) || c.in(k, en.RouteVerbs) {
		return
	}
	j := k + 1
	if c.word(j, "off", "up") {
		j++
	}
	obj := -1
	switch {
	case c.word(j, "it") && c.hasClass(en.JourneyNouns):
		obj = j
	case c.word(j, "a", "an", "the", "his", "her", "their", "its"):
		for q := j + 1; q < min(len(c.toks), j+6); q++ {
			if c.in(q, en.JourneyNouns) {
				obj = q
				break
			}
			if c.toks[q].kind == tokPunct && c.toks[q].text != "-" {
				break
			}
		}
	}
	if obj < 0 || c.modality(k) == schema.Cancelled {
		return
	}
	in, reach := -1, obj+5
	for q := obj + 1; q < min(len(c.toks), reach); q++ {
		if c.word(q, tr.Markers...) {
			in = q
			break
		}
		if e := c.termOf(q); e > q {
			q, reach = e-1, e+4 // "the longest tour of her first year in Lima"
			continue
		}
		if c.toks[q].kind == tokPunct || c.word(q, "to", "of", "with") {
			return // "began a visit to X": the Go form reads it
		}
	}
	if in < 0 {
		return
	}
	who := c.visitorAt(k)
	hosts, at := c.hostsAfter(in+1, 3)
	for i, h := range hosts {
		if c.addVisit(k, who, h, c.visitStatus(k), at[i], false) != nil {
			break
		}
	}
}

// termOf returns the end of an "of" phrase at q that names a span of
// time or office ("of the year", "of his second term", "of her
// presidency"), or q.
func (c *sctx) termOf(q int) int {
	if !c.word(q, "of") {
		return q
	}
	for j := q + 1; j < min(len(c.toks), q+5); j++ {
		if c.in(j, en.TermNouns) {
			return j + 1
		}
		if c.toks[j].kind != tokWord || c.toks[j].upper || c.at[j] >= 0 && !c.word(j, "his", "her", "their", "its") {
			return q
		}
	}
	return q
}

// journeyRoute reads the stops of a trip that is the subject of its
// verbs: "His tour began in Rome, ran through Paris and Berlin and
// ended in Madrid", "..., ending in Madrid". It reports whether it read
// one.
func (c *sctx) journeyRoute(k int) bool {
	p := c.pastTime(k + 1) // "began on Wednesday evening in Shanghai"
	if !c.word(p, "in", "through", "via") || c.modality(k) == schema.Cancelled {
		return false
	}
	jn := c.tripSubject(k)
	if jn < 0 {
		return false
	}
	who := c.tripTraveller(jn, k)
	if who == nil {
		return false
	}
	n := 3
	if c.word(p, "through", "via") {
		n = 12 // "ran through A, B and C": every stop
	}
	hosts, at := c.hostsAfter(p+1, n)
	status := c.visitStatus(k)
	for i, h := range hosts {
		if c.addVisit(k, who, h, status, at[i], n > 3) != nil && n == 3 {
			break
		}
	}
	return len(hosts) > 0
}

// tripSubject returns the journey noun before the verb at k in its
// sentence that is the verb's subject ("The minister's tour began", "a
// trip that opened", "..., ending"), or -1.
func (c *sctx) tripSubject(k int) int {
	for j := k - 1; j >= max(0, k-16); j-- {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			return -1
		}
		if c.in(j, en.JourneyNouns) && !c.word(j-1, "to", "a", "an") {
			return j
		}
	}
	return -1
}

// tripTraveller returns who made the trip named at jn, the subject of the
// verb at k: its possessor ("Boric's tour"), the traveller of the last
// visit told for "the tour", else the verb's traveller.
func (c *sctx) tripTraveller(jn, k int) *entity {
	// "The trip, X's second to China, began in ...": the possessor in
	// apposition.
	if jn+2 < len(c.toks) && c.toks[jn+1].text == "," {
		if mi := c.at[jn+2]; mi >= 0 && c.ms[mi].poss {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a
			}
		}
	}
	for j := jn - 1; j >= max(0, jn-4); j-- {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].poss {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a
			}
			return nil
		}
	}
	for j := jn - 1; j >= max(0, jn-4) && c.toks[j].kind == tokWord; j-- {
		if c.word(j, "the", "that", "this") {
			// "The tour began in X": of the one in focus when the text
			// has them go to more than one place, else of the last
			// traveller.
			last := c.st.lastTraveller(c.si)
			for _, p := range []*entity{c.st.topic, last} {
				if p != nil && p.kind == schema.KindPerson && len(c.st.travelsTo(p)) >= 2 {
					return p
				}
			}
			return last
		}
	}
	return c.visitorAt(k)
}

// lastTraveller returns the visitor of the last visit told, done or
// planned, up to sentence si.
func (st *docState) lastTraveller(si int) *entity { return st.lastTravellerBut(si, nil) }

// lastTravellerBut is lastTraveller bar the people of but whose trip
// sentence si tells.
func (st *docState) lastTravellerBut(si int, but []*entity) *entity {
	for i := len(st.events) - 1; i >= 0; i-- {
		if e := st.events[i]; e.typ == schema.Visit && e.sent <= si && e.visitor != nil && !(e.sent == si && containsCanon(but, e.visitor.canon())) {
			return e.visitor.canon()
		}
	}
	return nil
}

// takenTo reads the TakenTo form of travel.
// "has taken Lange to Oman, Qatar ..."
func (c *sctx) takenTo(tr en.Trigger, k int) {
	if to := c.tookTransport(k); to > 0 {
		// "took the night train to Lviv", "took a flight to Doha".
		who := c.visitorAt(k)
		hosts, at := c.hostsAfter(to+1, 4)
		for i, h := range hosts {
			if c.addVisit(k, who, h, c.visitStatus(k), at[i], false) != nil {
				break
			}
		}
		return
	}
	if !c.hasClass(en.JourneyNouns) && !c.has("travels") {
		return
	}
	// "a swing that saw her in Hanoi": only a journey sees someone
	// somewhere; "On his trip he saw X in Y" is a meeting.
	if !c.word(k, "taken", "took") && !c.journeySubject(k) {
		return
	}
	to := -1
	for j := k + 1; j < min(len(c.toks), k+5); j++ {
		if c.word(j, tr.Markers...) {
			to = j
			break
		}
	}
	if to < 0 {
		return
	}
	var who *entity
	for j := k + 1; j < to; j++ {
		if mi := c.at[j]; mi >= 0 {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				who = a
			}
			if c.ms[mi].kind == mPronoun {
				// "X flew in, ending a swing that took him to Y": the
				// journey is the subject's, whom "him" names.
				if s := c.sentenceSubject(k); s != nil {
					who = s
				}
			}
		}
	}
	if who == nil {
		who = c.st.topic
	}
	hosts, at := c.hostsAfter(to+1, 20)
	for i, h := range hosts {
		c.addVisit(k, who, h, schema.Occurred, at[i], true)
	}
}

// tookTransport returns the "to" after "took" and a means of transport
// as its object ("took the overnight train to", "took a flight to"), or
// -1.
func (c *sctx) tookTransport(k int) int {
	if !c.word(k, "took", "takes", "taking", "take") || !c.word(k+1, "a", "an", "the", "his", "her", "their") {
		return -1
	}
	for j := k + 2; j < min(len(c.toks)-1, k+6); j++ {
		if c.toks[j].kind != tokWord {
			return -1
		}
		if c.in(j, en.TransportNouns) || c.word(j, "flight", "flights") {
			if c.word(j+1, "to") {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// participleLeg reports a journey told by a participle after the main
// clause: "met Y before going on to X", "then flying to X".
func (c *sctx) participleLeg(k int) bool {
	return k > 2 && c.word(k-1, "before", "after", "then") && strings.HasSuffix(c.toks[k].lower, "ing")
}

// clauseSubjectAt returns the one the clause holding k opens with: a
// person named first ("X arrived ... and met Y, before going on to Z") or
// the one a first "he" stands for, unless named after it; nil when a
// title opens the clause or a cue before k makes it a plan. ok is false
// when no one is named before k ("hours after landing in X, A and B were
// received": the subject comes after).
func (c *sctx) clauseSubjectAt(k int) (*entity, bool) {
	cs := c.clauseStart(k)
	for j := cs; j < k; j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPronoun {
			// "On Tuesday he met A and B before flying on to X": the one
			// "he" stands for, unless that is one of those named after it.
			a := c.actor(mi)
			for q := j + 1; q < k && a != nil; q++ {
				if m := c.at[q]; m >= 0 && c.ms[m].kind == mPerson && c.actor(m) != nil && c.actor(m).canon() == a.canon() {
					a = nil
				}
			}
			if a == nil || a.kind != schema.KindPerson || c.planInClause(cs, k) {
				return nil, true
			}
			return a, true
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mRole {
			return nil, true // "The Congolese head of state met X before flying on": not X
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson {
			if c.planInClause(cs, k) {
				return nil, true // "X is due in A, before going on to B": a plan
			}
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a, true
			}
			return nil, true
		}
	}
	return nil, false
}

// planInClause reports a cue of a plan in tokens [cs, k): a modal or a
// plan word ("is due in", "will"), or "was to" ("X was to speak before
// flying on").
func (c *sctx) planInClause(cs, k int) bool {
	for q := cs; q < k; q++ {
		if c.in(q, en.FutureCues) || c.in(q, en.ReadyTo) || c.in(q, en.BeForms) && c.word(q+1, "to") {
			return true
		}
	}
	return false
}

// journeySubject reports a journey noun as the subject of the verb at k,
// past a relative pronoun and auxiliaries: "a tour that has seen".
func (c *sctx) journeySubject(k int) bool {
	if k == 0 {
		return false
	}
	j := k - 1
	for j > 0 && (c.word(j, "that", "which", "also") || c.in(j, en.Auxiliaries)) {
		j--
	}
	if c.toks[j].text == "," && c.word(j+1, "which") {
		j-- // "The trip, which has seen her"
	}
	return c.in(j, en.JourneyNouns)
}

// returnFrom reads the Return form of travel.
func (c *sctx) returnFrom(tr en.Trigger, k int) {
	j := k + 1
	if !slices.Contains(tr.Markers, "from") && !c.word(j, tr.Markers...) {
		return // "flew from X" names where a trip began; "flew back from X" ends one
	}
	if c.word(j, "home", "back") {
		j++
	}
	if c.word(j, "to") && c.placeAt(j+1) {
		// "returned to Lilongwe on Saturday from X": past the home city
		if j++; c.word(j, "the") {
			j++
		}
		j = c.ms[c.at[j]].j
	}
	if q := c.skipAdverbials(j); q > j && c.word(q, "from") {
		j = q // "returned home on Friday night from X"
	}
	if !c.word(j, "from") {
		return
	}
	if c.modality(k) != schema.Occurred && !c.word(k-1, "his", "her", "on") {
		return
	}
	who := c.visitorAt(k)
	hosts, at := c.hostsAfter(j+1, 8)
	for i, h := range hosts {
		c.addVisit(j-1, who, h, schema.Occurred, at[i], true) // (dated by what precedes "from")
	}
}

// stopover reads the Stopover form of travel.
func (c *sctx) stopover(tr en.Trigger, k int) {
	if c.word(k, "stop") && c.legWas(k) {
		return // "The first stop was Dakar, where ...": a leg of the journey
	}
	if !c.word(k+1, "in") {
		return
	}
	who := c.visitorAt(k)
	status := c.visitStatus(k)
	hosts, at := c.hostsAfter(k+2, 8)
	for i, h := range hosts {
		e := c.addVisit(k, who, h, status, at[i], false)
		if e != nil {
			e.date, e.dateFrom = schema.Date{}, undated
		}
	}
}

// tripLeg reads the Leg form of travel.
// "on the last leg of her trip": the dateline country.
func (c *sctx) tripLeg(tr en.Trigger, k int) {
	if c.word(k+1, "took", "brought", "carried") {
		// "The last leg then took her to Niamey": the one taken
		// made the visit.
		obj, end := c.objects(k+2, 4)
		if len(obj) == 1 && obj[0].kind == schema.KindPerson && c.word(end, "to") {
			if hosts, at := c.hostsAfter(end+1, 3); len(hosts) > 0 {
				c.addVisit(k, obj[0], hosts[0], c.visitStatus(k), at[0], false)
			}
		}
		return
	}
	if mi := c.at[max(k-1, 0)]; k > 0 && mi >= 0 && (c.ms[mi].kind == mDemonym || c.ms[mi].kind == mCountry) && c.ms[mi].j == k && c.ms[mi].iso3 != "" {
		// "closed the Peruvian leg of the tour", "the Kenya leg":
		// that country is a stop.
		who := c.sentenceSubject(k)
		if who == nil {
			who = c.visitorAt(k)
		}
		if who != nil && who.canon().kind == schema.KindPerson {
			c.addVisit(k, who, c.st.country(c.ms[mi].iso3), c.modality(k), k, false)
		}
		return
	}
	if c.legWas(k) {
		return
	}
	if !c.word(k+1, "of") || c.dlISO() == "" {
		return
	}
	who := c.sentenceSubject(k)
	if who == nil {
		who = c.visitorAt(k)
	}
	c.addVisit(k, who, c.st.country(c.dlISO()), c.modality(k), k, false)
}

// bareArrival reports that a verb of arrival has no place after it at
// j: the clause ends, or a time follows ("a day earlier", "on Monday",
// "late on Sunday").
func (c *sctx) bareArrival(j int) bool {
	if j >= len(c.toks) || c.toks[j].kind == tokPunct {
		return true
	}
	if c.word(j, "a", "one", "two") && c.word(j+1, "day", "days", "week", "night") || c.word(j, "on", "late", "early", "earlier", "yesterday", "overnight", "last") {
		return !c.placeAt(j + 1)
	}
	return false
}

// unreadPlace reports a capitalised word at j that names nothing the
// text has read ("landed at Fua'amotu"): a place the gazetteer does not
// know, most likely an airfield.
func (c *sctx) unreadPlace(j int) bool {
	return j < len(c.toks) && c.toks[j].kind == tokWord && c.toks[j].upper && c.at[j] < 0 && !c.in(j, en.WeekdayWords) && en.MonthNames[c.toks[j].lower] == 0
}

// landed reads the Landed form of travel.
// "landed in Tel Aviv", "touched down in Kabul"
func (c *sctx) landed(tr en.Trigger, k int) {
	if c.word(k, "touched", "touching", "touches") && !c.word(k+1, "down") {
		return // "the talks touched on trade"
	}
	if c.word(k, "landing", "touching") && !c.word(k-1, "after", "before", "upon", "on", "since", "when", "while", "was", "were", "is", "are", "been") && (k == 0 || c.toks[k-1].text != ",") {
		return // "after landing in X", not "the plane landing in X" or "landing rights"
	}
	prep := k + 1
	if c.word(k, "stepped") {
		if prep = c.steppedOff(k); prep < 0 {
			return
		}
	}
	for prep < k+3 && c.word(prep, "down", "off", "over", "briefly") {
		prep++ // "touched down in", "stopped over briefly in"
	}
	if c.word(k, "stopped") && (!c.placeAt(prep+1) || !c.personSubject(k)) {
		return // "the shelling stopped in the area", "we stopped in view of the risk"
	}
	var hosts []*entity
	var at []int
	switch {
	case c.word(prep, "on") && c.word(prep+1, "the") && c.in(prep+2, en.CountryAnaphors):
		// "landed on the island", "landed on the island of Bali"
		if c.word(prep+3, "of") {
			hosts, at = c.hostsAfter(prep+4, 4)
		} else if h := c.anaphorHost(prep, c.visitorsAt(k)); h != nil {
			hosts, at = []*entity{h}, []int{prep + 2}
		}
	case len(tr.Markers) == 0 && c.placeAt(k+1):
		// "reached Accra late on Friday": the place is the object.
		hosts, at = c.hostsAfter(k+1, 4)
	case len(tr.Markers) == 0:
		if c.word(k, "reached", "reaches") && c.bareArrival(k+1) && len(c.relativeWhos(k)) > 0 {
			c.flewIn(k) // "X, who reached a day earlier, ...": where the story is
		}
		return
	case c.word(prep, tr.Markers...):
		hosts, at = c.hostsAfter(prep+1, 4)
		if len(hosts) == 0 && c.word(prep, "at") {
			if h := c.airportHost(prep + 1); h != nil {
				hosts, at = []*entity{h}, []int{prep + 1} // "landed at Wattay airport"
			}
		}
		if len(hosts) == 0 && c.word(prep, "at") && (c.airportAt(prep+1) || c.unreadPlace(prep+1)) {
			// "landed at Halim airport in Jakarta", or where the story is.
			hosts, at = c.hostsAfter(prep+1, 9)
			h := c.contextHost(k)
			if h == nil {
				h = c.greeterHost(k, c.visitorsAt(k))
			}
			if len(hosts) == 0 && h != nil {
				hosts, at = []*entity{h}, []int{k}
			}
		}
	default:
		// "In Lusaka, where he landed on Tuesday, ...": the place is the
		// antecedent of "where".
		w := c.whereAntecedent(k)
		if w >= 0 {
			hosts, _ = c.hostsAfter(w, 1)
			if len(hosts) == 0 {
				return
			}
		} else if h := c.contextHost(k); h != nil && !c.word(prep, "at", "from", "to") && c.intransitiveArrival(prep) && c.personSubject(k) {
			// "The summit opened in Lima. X landed on Thursday": the
			// place the text is at.
			hosts = []*entity{h}
		} else if c.dlISO() != "" && !c.word(prep, "at", "from", "to") && c.intransitiveArrival(prep) && c.personSubject(k) {
			// "ACCRA - X touched down on Thursday": where the story is
			// filed from, as for "arrived".
			hosts = []*entity{c.st.country(c.dlISO())}
		} else {
			return
		}
		at = []int{k}
	}
	if len(hosts) == 0 && c.dlISO() != "" {
		// "landed at Andrews Air Force Base": an airport of the
		// country the story is filed from.
		hosts, at = []*entity{c.st.country(c.dlISO())}, []int{k}
	}
	// "A and B landed in Nairobi": each traveller's visit; "landed ...
	// with Foreign Minister Y": Y's too. "X, who landed on Monday, ...":
	// X alone.
	whos := c.visitorsAt(k)
	if rel := c.relativeWhos(k); len(rel) > 0 {
		whos = rel
	}
	if c.frontedParticiple(k) {
		whos = c.mainSubjectAfter(k) // "After landing in X and ..., Y flew on"
	}
	whos = append(whos, c.travellingParty(k, whos)...)
	for _, who := range whos {
		for i, h := range hosts {
			if v := c.addVisit(k, who, h, c.visitStatus(k), at[i], false); v != nil {
				c.tripGathering(v, at[i]) // "landed in Riyadh for the summit"
				break
			}
		}
	}
}

// namedBetween reports whether a is named by a mention in [from, to).
func (c *sctx) namedBetween(a *entity, from, to int) bool {
	for j := from; j < to && j < len(c.at); j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson && c.actor(mi) == a {
			return true
		}
	}
	return false
}

// frontedParticiple reports a participle at k that opens its clause after
// a subordinator ("After landing in X, ...", "Upon arriving in Y, ..."):
// its traveller is the main clause's subject.
func (c *sctx) frontedParticiple(k int) bool {
	return strings.HasSuffix(c.toks[k].lower, "ing") && c.word(k-1, "after", "before", "upon", "on", "since", "while", "when") && c.clauseStart(k) >= k-2
}

// mainSubjectAfter returns the subject of the main clause after a fronted
// participle at k ("After landing in X late on Monday, Y met Z"): the
// person, pronoun or role right after the comma that closes it ("the
// president", "Kenya's president"), else no one: a person named inside
// the participle's clause is no traveller.
func (c *sctx) mainSubjectAfter(k int) []*entity {
	for j := k + 1; j+1 < len(c.toks); j++ {
		if c.toks[j].text != "," {
			continue
		}
		q := j + 1
		if c.word(q, "the") {
			q++
		}
		if mi := c.at[q]; mi >= 0 && c.ms[mi].poss && q+1 < len(c.toks) {
			q++ // "Kenya's president"
		}
		if mi := c.at[q]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun || c.ms[mi].kind == mRole) {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson && !c.namedBetween(a, k, j) {
				return []*entity{a}
			}
		}
		return nil
	}
	return nil
}

// leftPlace records a visit to the place a traveller left ("left New York
// on Monday", "departed Abuja for Nairobi"); addVisit drops it when the
// place is the traveller's own country.
func (c *sctx) leftPlace(k int) {
	who := c.visitorAt(k)
	if who == nil || who.canon().iso3 == "" {
		// "the owners ... have left Venezuela": leaving a place makes a
		// visit only of someone the text gives another country.
		return
	}
	hosts, at := c.hostsAfter(k+1, 3)
	if len(hosts) == 0 {
		return
	}
	// "left Kenya exposed to a price shock": an idiom, not a
	// departure; a departure goes on with a time, a destination or the end.
	if mi := c.at[at[0]]; mi >= 0 {
		if e := c.ms[mi].j; e < len(c.toks) && !(c.toks[e].kind == tokPunct || c.in(e, en.AfterDeparture)) {
			return
		}
	}
	ending := c.visitEnding(at[0])
	if c.in(k, en.DepartureAhead) && !ending {
		return // "leaves Kenya on Friday": a departure ahead
	}
	status := c.visitStatus(k)
	if status == schema.Planned && ending {
		// "is due to leave Kenya on Friday, wrapping up her stay":
		// the departure is ahead, the stay it ends under way.
		status = schema.Occurred
	}
	v := c.addVisit(k, who, hosts[0], status, at[0], false)
	if v != nil && c.in(k, en.DepartureAhead) {
		// (the day told is the departure ahead, not one of the stay)
		v.date, v.dateFrom = schema.Date{}, undated
	}
}

// visitEnding reports a phrase after j in its clause that the departure
// ends a stay with ("at the close of a four-day trip", "wrapping up his
// trip", "after a two-day stay").
func (c *sctx) visitEnding(j int) bool {
	for q := j + 1; q < min(len(c.toks), j+12); q++ {
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
			return false
		}
		ends := c.word(q, "end", "close", "conclusion") && c.word(q+1, "of") || c.in(q, en.EndingWords)
		if !ends {
			continue
		}
		for n := q + 1; n < min(len(c.toks), q+6); n++ {
			if c.in(n, en.JourneyNouns) {
				return true
			}
			if c.toks[n].kind == tokPunct {
				break
			}
		}
	}
	return false
}

// placeAt reports whether a city or country, or "the" and a demonym before
// "capital", starts at token j.
func (c *sctx) placeAt(j int) bool {
	if c.word(j, "the") {
		j++
	}
	if j >= len(c.toks) || c.at[j] < 0 || c.ms[c.at[j]].i != j {
		return false
	}
	m := c.ms[c.at[j]]
	// ("left the Americans alone": a plural demonym is a people, no place)
	return m.kind == mCity || m.kind == mCountry && !m.modifier && !m.plural || m.kind == mDemonym && c.word(m.j, "capital")
}

// whereAntecedent returns the first token of the place a "where" clause
// holding the trigger at k refers back to ("In Lusaka, where he landed"),
// or -1.
func (c *sctx) whereAntecedent(k int) int {
	for j := k - 1; j >= max(2, k-4); j-- {
		if !c.word(j, "where") {
			continue
		}
		if c.toks[j-1].text != "," {
			return -1
		}
		if mi := c.at[j-2]; mi >= 0 && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry) {
			return c.ms[mi].i
		}
		return -1
	}
	return -1
}

// spent reads the Spent form of travel.
// "spent the weekend in Brazil", "spent two days in Laos"
func (c *sctx) spent(tr en.Trigger, k int) {
	if tr.Word != "spent" && tr.Word != "spends" && tr.Word != "spending" {
		if c.word(k+1, "with") && c.grantedTime(k) {
			c.spentWith(k, k+1) // "got 45 minutes with Y"
			return
		}
		c.daysIn(k)
		return
	}
	j := k + 1
	if c.word(j, "most", "much", "part", "all") && c.word(j+1, "of") && c.word(j+2, "the", "that", "this") && c.in(j+3, en.TimeSpanWords) {
		j += 3 // "spent most of the day across a table from Y"
	}
	for j < min(len(c.toks), k+9) && !c.word(j, "in", "at", "with", "together", "across") && c.phraseAt(j, en.InPrivate) == 0 {
		// "spent some eight hours on Thursday with Y"
		if !c.in(j, en.TimeSpanWords) && !c.in(j, en.SmallNumbers) && !hasDigit(c.toks[j].text) && !c.in(j, en.WeekdayWords) && !c.in(j, en.QuantityWords) && !c.in(j, en.DayDeixis) && !(c.word(j, "on") && c.in(j+1, en.WeekdayWords)) {
			return
		}
		j++
	}

	if c.word(j, "across") && c.word(j+1, "the", "a") && c.word(j+2, "table") && c.word(j+3, "from") && j > k+1 {
		c.spentWith(k, j+3) // "spent three hours across the table from Y"
		return
	}
	if (c.word(j, "together") || c.phraseAt(j, en.InPrivate) > 0) && j > k+1 {
		// "A and B spent a long afternoon together", "... an hour behind
		// closed doors": they met.
		if subj := c.subjects(k); len(personsOf(subj)) >= 2 {
			for _, e := range c.addMeeting(k, personsOf(subj), nil, true) {
				c.meetingDetails(e, k)
			}
		}
		return
	}
	if c.word(j, "with") && j > k+1 {
		c.spentWith(k, j)
		return
	}
	if !c.word(j, "in", "at") || j == k+1 {
		return
	}
	if w := c.withAfterVenue(j); w > 0 && c.sittingSpan(k+1, j) {
		c.spentWith(k, w) // "spent an hour in the palace with Y", "... at the lodge with Y"
	}
	if c.word(j, "at") {
		return // "spent two nights at the embassy": a venue, no country
	}
	hosts, at := c.hostsAfter(j+1, 6)
	if len(hosts) > 0 && slices.ContainsFunc(c.toks[j+1:at[0]], func(t token) bool { return t.kind == tokWord && en.TopicPrepositions[t.lower] }) {
		return // "spent the morning in long sessions on X": a topic, no place
	}
	for _, who := range c.visitorsAt(k) { // "A and B spent Thursday in X": both
		for i, h := range hosts {
			if i > 0 && !c.listContinues(at[i-1], at[i]) {
				break // "spent Monday in Lagos, Nigeria's largest city": one stay
			}
			c.addVisit(k, who, h, c.visitStatus(k), at[i], false) // "the week in A and B": each
		}
	}
}

// withAfterVenue returns the "with" that follows the place phrase opened
// by "in" at j, within the clause ("in the Oval Office with Y"), or -1.
func (c *sctx) withAfterVenue(j int) int {
	for q := j + 1; q < min(len(c.toks), j+8); q++ {
		if c.toks[q].kind == tokPunct {
			return -1
		}
		if c.word(q, "with") {
			return q
		}
	}
	return -1
}

// sittingSpan reports a span of hours or minutes, or a part of one day
// (en.SittingSpans), in tokens [i, j): a sitting, not a stay of days with
// companions.
func (c *sctx) sittingSpan(i, j int) bool {
	for q := i; q < j; q++ {
		if c.in(q, en.SittingSpans) {
			return true
		}
	}
	return false
}

// grantedTime reports a stretch of time told as had or given before the
// noun at k: "got 45 minutes", "had half an hour", "was given an hour".
func (c *sctx) grantedTime(k int) bool {
	for j := k - 1; j >= max(0, k-5); j-- {
		if c.word(j, "got", "had", "gets", "has", "given", "granted", "won", "secured") {
			return c.modality(j) == schema.Occurred
		}
		if !c.in(j, en.TimeSpanWords) && !c.in(j, en.SmallNumbers) && !hasDigit(c.toks[j].text) {
			return false
		}
	}
	return false
}

// spentWith reads "X spent fifty minutes with Y": time two people spent
// together is a meeting.
func (c *sctx) spentWith(k, with int) {
	obj, _ := c.objects(with+1, 3)
	if len(obj) == 0 || !allPersons(obj) {
		return
	}
	subj := c.subjectsOrTopic(k)
	for _, e := range c.addMeeting(k, subj, obj, false) {
		c.meetingDetails(e, k)
	}
}

// daysIn reads a stay counted in days told after "after" or "following":
// "reached Lusaka following three nights in Malawi" was in Malawi
// before.
func (c *sctx) daysIn(k int) {
	n := k - 1
	count := c.toks[max(0, n)].kind == tokNum || hasDigit(c.toks[max(0, n)].text) || c.in(n, en.SmallNumbers) || c.word(n, "a")
	if count && c.closedDays(n-1) {
		c.closedDaysIn(k)
		return
	}
	if !count || !c.word(n-1, "after", "following") || !c.word(k+1, "in") {
		return
	}
	who := c.visitorAt(k)
	hosts, at := c.hostsAfter(k+2, 2)
	for i, h := range hosts {
		if v := c.addVisit(k, who, h, c.visitStatus(k), at[i], false); v != nil {
			// The stay came before the sentence's event: no day of its own.
			v.date, v.dateFrom = schema.Date{}, undated
			v.mark(cuePastLeg)
			break
		}
	}
}

// closedDays reports a verb of closing (en.CloseVerbs) that ends at j
// before a count of days: "wrapped up", "ended", "concluded", "finished".
func (c *sctx) closedDays(j int) bool {
	return c.word(j, "up") && c.in(j-1, en.CloseVerbs) || c.in(j, en.CloseVerbs) || c.word(j, "completed", "finished")
}

// closedDaysIn reads a stay told by the days it lasted, closed by its
// subject: "closed three days of consultations in X" or "... here" under a
// dateline: a visit, its arrival day untold.
func (c *sctx) closedDaysIn(k int) {
	j := k + 1
	if c.word(j, "of") {
		// "of talks", "of intense meetings": the days' business
		for j++; j < min(len(c.toks), k+5) && c.toks[j].kind == tokWord && !c.word(j, "in", "here", "on", "at", "with"); j++ {
		}
	}
	var hosts []*entity
	var at []int
	switch {
	case c.word(j, "in"):
		hosts, at = c.hostsAfter(j+1, 2)
	case c.word(j, "here") && c.dlISO() != "":
		hosts, at = []*entity{c.st.country(c.dlISO())}, []int{j}
	}
	// The subject closed them, named before the verb ("the bloc's
	// ministers closed their days of consultations, with X absent" is no
	// stay of X's).
	for _, who := range personsOf(c.subjects(k)) {
		for i, h := range hosts {
			if v := c.addVisit(k, who, h, c.visitStatus(k), at[i], false); v != nil {
				v.date, v.dateFrom = schema.Date{}, undated // (the close's day is no arrival)
				break
			}
		}
	}
}

// stopLeft reads "arrived in Honiara from Port Vila, where ...", "came
// from Ankara, where ...": the place left was an earlier stop of who's
// trip. With where set only a ", where" clause tells a stop ("flew in
// from Lusaka, ending a swing" may tell only the way home); else a text
// on a trip's legs does too.
func (c *sctx) stopLeft(k int, who *entity, where bool) {
	for j := k + 1; j+1 < len(c.toks) && j < k+10; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			return
		}
		if !c.word(j, "from") {
			continue
		}
		if where && !c.whereAfter(j+1) || !c.stayedAt(j+1) {
			return
		}
		from, fromAt := c.hostsAfter(j+1, 3)
		for i, h := range from {
			if v := c.addVisit(k, who, h, schema.Occurred, fromAt[i], false); v != nil {
				// The day of the stop is not told: the month defaults.
				v.date, v.dateFrom = schema.Date{}, undated
			}
		}
		return
	}
}

// countryBeforeJourney returns the country named as the modifier of the
// journey noun at k ("made the China trip", "his Japan visit"), or nil.
func (c *sctx) countryBeforeJourney(k int) *entity {
	if !c.in(k, en.JourneyNouns) || k < 2 || c.at[k-1] < 0 {
		return nil
	}
	m := c.ms[c.at[k-1]]
	if m.kind != mCountry || m.poss || m.i == 0 || !c.word(m.i-1, "the", "his", "her", "their", "a", "this", "last") {
		return nil
	}
	if c.in(k+1, en.PlannedParticiples) || c.in(k+1, en.CancelParticiples) {
		return nil // "a Peru trip planned for May"
	}
	return c.hostAt(c.at[k-1])
}

// markerWithin returns the first of the markers among the n tokens from
// j, before any punctuation but a comma, or -1.
func (c *sctx) markerWithin(j, n int, markers []string) int {
	for q := j; q < min(len(c.toks), j+n); q++ {
		if c.word(q, markers...) {
			return q
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
			return -1
		}
	}
	return -1
}

// comeOfNoOne reports "came" or "come" at k with no person who made the
// journey right before it: "Tourists came to Canada", "borrowers came to
// the market", "urged that X come to Y" (a wish); not "X came", "who came",
// "X had come", "who had come".
func (c *sctx) comeOfNoOne(k int) bool {
	switch {
	case c.word(k, "came"):
		return !(c.personAt(k-1) || c.word(k-1, "who"))
	case c.word(k, "come"):
		return !(c.word(k-1, "had", "has", "have") && (c.personAt(k-2) || c.word(k-2, "who")))
	}
	return false
}

// cameTogetherOrFrom reads "X came together with Y" (a meeting; it
// reports it read that) and "came from Ankara, where ..." (an earlier
// stop, before the journey's own reading).
func (c *sctx) cameTogetherOrFrom(tr en.Trigger, k int) bool {
	if c.word(k, "came", "come", "comes", "coming") && c.word(k+1, "together") && c.word(k+2, "with") {
		c.spentWith(k, k+2)
		return true
	}
	if tr.Form == en.Go && (c.word(k+1, "from") || c.word(k+1, "in") && c.word(k+2, "from")) && c.visitStatus(k) == schema.Occurred {
		if who := c.visitorAt(k); who != nil {
			c.stopLeft(k, who, true)
		}
	}
	return false
}

// journey reads the Leave, SetOff, Go, Tour form of travel.
func (c *sctx) journey(tr en.Trigger, k int) {
	tr, prep, ok := c.journeyOpening(tr, k)
	if !ok {
		return
	}
	if tr.Form == en.Leave {
		// "left for X", "departed Abuja on Tuesday for Nairobi"
		if prep = c.markerWithin(prep, 7, tr.Markers); prep < 0 {
			c.leftToAttend(k)
			return
		}
	}
	if c.word(prep, "on", "in", "back", "straight", "directly") && c.word(prep+1, "to") && tr.Form == en.Go && !(c.word(prep, "in") && !c.placeAt(prep+2)) {
		prep++ // "travelled on to Paris", "flew on to Tokyo", "flew in to Jakarta" (not "flew in to calm the row")
	}
	if tr.FlyIn && c.word(prep, "in") && (prep+1 >= len(c.toks) || c.at[prep+1] < 0) {
		c.flewIn(k)
		return
	}
	if tr.Form == en.Go && c.in(k, en.AspectVerbs) && !(c.word(prep, "to") && c.placeAt(prep+1)) {
		return // "continued to press Kenya": an infinitive; "continued to Kampala": a stop
	}
	if tr.Form == en.Go && c.word(prep, "there") && c.word(prep+1, "for", "to", "on", "in", ".", "last", "this") {
		c.travelledThere(k)
		return
	}

	if tr.Form == en.SetOff && !c.word(prep, tr.Markers...) {
		return
	}
	if c.word(k, "been") && !(c.word(k+1, "to") && k+2 < len(c.toks) && c.at[k+2] >= 0 && c.hostAt(c.at[k+2]) != nil) {
		return // "has been to Riyadh" is a trip; "has been to persuade" is not
	}
	if h := c.countryBeforeJourney(k); tr.Form == en.Go && h != nil && !c.word(prep, tr.Markers...) {
		if who := c.visitorAt(k); who != nil {
			c.addVisit(k, who, h, c.visitStatus(k), k-1, false) // "made the China trip"
		}
		return
	}
	if tr.Form == en.Go && c.word(prep, "with") {
		prep = c.wayAfterCompany(tr, prep)
	}
	if tr.Form == en.Go {
		var done bool
		if prep, done = c.goPrep(tr, k, prep); done {
			return
		}
	}
	if tr.Form == en.Go && !c.word(prep, tr.Markers...) {
		// "travelled on Monday to Kigali", "a trip abroad in April, to X"
		if prep = c.markerAfter(k, tr.Markers...); prep < 0 {
			c.travelledToo(k)
			return
		}
	}
	if tr.Form == en.Tour && !c.word(prep, tr.Markers...) {
		// "the Minister's tour last month of Chad, Togo and Benin"
		if of := c.afterAdverbial(prep, "of"); of > 0 {
			prep = of
		} else {
			return
		}
	}
	status := c.visitStatus(k)
	whos := c.visitorsAt(k)
	if len(whos) > 0 && tr.Form == en.Go {
		// "flew to X on Sunday with Prime Minister Y": Y's journey too.
		whos = append(whos, c.travellingParty(k, whos)...)
	}
	if c.comeOfNoOne(k) {
		return
	}
	if len(whos) == 0 {
		whos = []*entity{nil}
	}
	hosts, at := c.hostsAfter(prep+1, 24)
	if len(hosts) == 0 && c.word(prep, "into", "to") {
		if h := c.airportHost(prep + 1); h != nil {
			hosts, at = []*entity{h}, []int{prep + 1} // "flew into Wattay International Airport"
		}
	}
	if len(hosts) == 0 && c.word(prep, "into", "to") && c.airportAt(prep+1) {
		// "flew into Sangster International Airport": where the text is.
		h := c.contextHost(k)
		if h == nil && c.dlISO() != "" {
			h = c.st.country(c.dlISO())
		}
		if h != nil {
			hosts, at = []*entity{h}, []int{prep + 1}
		}
	}
	for _, who := range whos {
		var first *event
		for i, h := range hosts {
			if tr.Form != en.Tour && first != nil && !c.listContinues(at[i-1], at[i]) {
				break // "flew to X for talks with Y's envoy": one stop
			}
			if tr.Form != en.Tour && (at[i] == prep+1 || at[i] == prep+2 && c.word(prep+1, "the")) && who != nil && who.iso3 != "" && c.st.historical(who.iso3) == c.st.historical(h.canon().iso3) {
				if tr.Form == en.Leave || c.word(k+1, "back") {
					c.leftScene(k, who, status)
				}
				break // "flew back to Washington ... citing X": home, no trip on to X
			}
			if v := c.addVisit(k, who, h, status, at[i], false); v != nil {
				c.tripGathering(v, prep+1)
				// "a tour of Ghana, Nigeria and Senegal", "travelled to
				// Nairobi, Kampala and Kigali": every stop, in the time
				// the trip is dated.
				if first == nil {
					first = v
				} else {
					v.date, v.dateFrom = first.date, first.dateFrom
				}
			}
		}
	}
}

// listContinues reports that the place mentioned at token b continues the
// list of places begun by the one at token a: only commas, "and", "then"
// and "the" stand between them ("to Nairobi, Kampala and then Kigali").
func (c *sctx) listContinues(a, b int) bool {
	mi := c.at[a]
	if mi < 0 || b <= a {
		return false
	}
	for q := c.ms[mi].j; q < b; q++ {
		if c.toks[q].text != "," && !c.word(q, "and", "then", "the") {
			return false
		}
	}
	return true
}

// journeyOpening reads what settles a journey at k before its
// destination: "was flying to X" (on the way, none), a companion's or
// origin's clause, the trigger's form, "left New York" (a stop there) and
// "flew out of X". ok is false when nothing is left to read.
func (c *sctx) journeyOpening(tr en.Trigger, k int) (en.Trigger, int, bool) {
	if c.word(k, "flying") && !c.word(k+1, "in") && !(c.word(k-1, "before", "after") && !c.word(k+1, "back", "home")) {
		return tr, k, false // "was flying to X" is on the way, not there ("before flying on to X" flew)
	}
	if c.cameTogetherOrFrom(tr, k) {
		return tr, k, false
	}
	if c.in(k, en.DepartureAhead) {
		// "is due to leave Kenya at the close of his trip": the stay under
		// way, and no journey read from a departure ahead.
		if c.placeAt(k + 1) {
			c.leftPlace(k)
		}
		return tr, k, false
	}
	tr, prep, ok := c.journeyForm(tr, k)
	if !ok {
		return tr, prep, false
	}
	if tr.Form == en.Leave && c.placeAt(k+1) {
		// "left New York on Monday": the traveller was there.
		c.leftPlace(k)
	}
	if tr.Form == en.Go && c.word(k+1, "out") && c.word(k+2, "of") && c.placeAt(k+3) {
		c.flewOutOf(k)
		return tr, prep, false
	}
	return tr, prep, true
}

// journeyForm reads the forms of travel that stand for "travelled to"
// ("set foot in X", "moved on to X", "set off for X") and returns the
// trigger read so, the token of its marker, and false when the word at k
// is no journey.
func (c *sctx) journeyForm(tr en.Trigger, k int) (en.Trigger, int, bool) {
	prep := k + 1
	switch {
	case tr.Form == en.SetOff && c.word(k+1, "foot") && c.word(k+2, "in", "on"):
		// "set foot in Pakistan": read as "travelled to Pakistan".
		tr.Form, tr.Markers, prep = en.Go, []string{"in", "on"}, k+2
	case tr.Form == en.SetOff:
		if !c.word(k+1, "off", "out") {
			return tr, prep, false
		}
		prep = k + 2
	case tr.Form == en.Go && c.word(k+1, "on", "onward", "onwards") && c.word(k+2, "to"):
		prep = k + 2 // "flying on to Kampala"
	case tr.Form == en.Onward:
		// "moved on to Hanoi": read as "travelled to Hanoi".
		if !c.word(k+1, tr.Markers...) || !c.word(k+2, "to") {
			return tr, prep, false
		}
		tr.Form, tr.Markers, prep = en.Go, []string{"to"}, k+2
	}
	return tr, prep, true
}

// goPrep moves the marker of a journey past what stands between it and
// its verb: the traveller of "the trip by President X to Madrid". done
// reports a journey "for" the gathering in focus, read whole.
func (c *sctx) goPrep(tr en.Trigger, k, prep int) (int, bool) {
	if c.word(prep, "for") && c.cameForGathering(k, prep) {
		return prep, true
	}
	if c.word(prep, "by") && prep+1 < len(c.at) {
		if mi := c.at[prep+1]; mi >= 0 && c.word(c.ms[mi].j, tr.Markers...) {
			return c.ms[mi].j, false
		}
	}
	return prep, false
}

// cameForGathering reads a journey "for" the gathering in focus ("X, who
// came for the summit, ...", "Y flew in for the forum"): the traveller
// attends it, and came to its country. It reports whether it read one.
func (c *sctx) cameForGathering(k, prep int) bool {
	if !c.word(prep+1, "the") || c.modality(k) != schema.Occurred {
		return false
	}
	g := c.gatheringNoun(prep+2, 4)
	last := c.st.lastGathering(c.si)
	if g < 0 || last == nil || !c.definiteBare(g) {
		return false
	}
	who := c.visitorsAt(k)
	for _, p := range who {
		c.st.addAttendee(last, p)
	}
	c.visitsToGathering(k, who)
	return len(who) > 0
}

// flewIn reads "B flew in on Saturday": a journey to where the text is.
func (c *sctx) flewIn(k int) {
	whos := c.visitorsAt(k) // "A and B flew in", "the two ministers flew in"
	rel := c.relativeWhos(k)
	if len(rel) > 0 {
		whos = rel // "met X, his counterpart, who had flown in": X
	}
	if len(whos) == 0 || whos[0] == nil {
		return
	}
	h := c.contextHost(k)
	if h == nil {
		// "X, who flew in on Monday, met Y in Madrid": where the main
		// clause after the relative clause puts them.
		if comma := c.relativeComma(c.whoBefore(k)); comma > 0 {
			if end := c.relativeClose(comma); end > k {
				h = c.placeInAfter(end)
			}
		}
	}
	if h == nil && c.gatheringInFocus() == nil && !c.word(k+2, "with", "alongside") {
		// (at a gathering, those met are fellow guests; one who flew in
		// with another went where they went: travelledWith)
		h = c.hostMetAfter(k, whos[0])
	}
	if h == nil && c.dlISO() != "" {
		h = c.st.country(c.dlISO()) // "X flew in for the day" under a dateline
	}
	c.flewInFrom(k, whos) // (told first: the stop before this one)
	// "flew in from X on Sunday with Foreign Minister Y": Y's trip too
	// (not "X, who flew in on Sunday, sat down with Y").
	if len(rel) == 0 {
		whos = append(whos, c.travellingParty(k, whos)...)
	}
	for _, who := range whos {
		if h != nil {
			c.addVisit(k, who, h, c.visitStatus(k), k, false)
		}
	}
}

// flewInFrom reads the place a traveller flew in from ("after flying in
// from Tel Aviv"): a stop abroad before this one, undated.
func (c *sctx) flewInFrom(k int, whos []*entity) {
	if !c.word(k+1, "in") || !c.word(k+2, "from") || c.visitStatus(k) != schema.Occurred {
		return
	}
	hosts, at := c.hostsAfter(k+3, 1)
	if len(hosts) == 0 {
		return
	}
	for _, who := range whos {
		if home := c.st.countryOf(who); home == nil || who.canon().guessed || c.st.historical(home.iso3) == c.st.historical(hosts[0].iso3) {
			continue // flew in from home, or from where for all the text says
		}
		if v := c.addVisit(k, who, hosts[0], schema.Occurred, at[0], false); v != nil && v.date.Precision == schema.PrecisionDay {
			// Some day before the flight: its month.
			v.date = schema.Month(v.date.Time.Year(), v.date.Time.Month())
		}
	}
}

// leftScene reads a traveller leaving for home ("X left for Bogota on
// Thursday evening", "flew back to Bogota"): X was in the country the
// story is told in, a visit dated by the departure when no arrival is
// told.
func (c *sctx) leftScene(k int, who *entity, status schema.EventStatus) {
	if status != schema.Occurred {
		return
	}
	for _, e := range c.st.events {
		if e.typ == schema.Visit && e.status == schema.Occurred && e.visitor != nil && e.visitor.canon() == who.canon() {
			return // the visit told already
		}
	}
	var h *entity
	if g := c.st.lastGathering(c.si); g != nil && c.si-max(g.sent, g.seen) <= 6 && g.place != nil && g.place.iso3 != "" {
		if home := c.st.countryOf(who); home == nil || !containsEntity(g.attendees, home) {
			return // (a gathering of others is no scene of theirs)
		}
		h = c.st.country(g.place.iso3) // left the summit in focus
	} else if c.dlISO() != "" {
		h = c.st.country(c.dlISO())
	}
	if h != nil {
		c.addVisit(k, who, h, status, k, false)
	}
}

// asDidHere returns the people of ", as did B" closing the clause of the
// verb at k: the first comma after k opens it ("A flew in on Sunday, as
// did B", not "A, who flew in, attended, as did B").
func (c *sctx) asDidHere(k int) []*entity {
	for j := k + 1; j < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct {
			if c.toks[j].text == "," && c.word(j+1, "as") && c.word(j+2, "did") {
				return personsOf(c.listAfter(j + 3))
			}
			return nil
		}
	}
	return nil
}

// hostMetAfter returns the country of the person the traveller who flew
// in at k then met, named later in the clause: "X flew in on Monday and
// held talks with his Latvian counterpart Y" is in Latvia. nil when that
// person is of the traveller's own country or of none.
func (c *sctx) hostMetAfter(k int, who *entity) *entity {
	home := c.st.countryOf(who)
	meet := false
	for j := k + 1; j < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "after", "following", "from") {
			return nil // "flew in from Rome after talks with Y": met before
		}
		if c.word(j, "met", "talks", "meeting", "received", "welcomed", "sat", "conferred") {
			meet = true
		}
		mi := c.at[j]
		if !meet || mi < 0 || c.ms[mi].kind != mPerson {
			continue
		}
		h := c.st.countryOf(c.actor(mi))
		if h == nil || h.kind != schema.KindCountry || home != nil && c.st.historical(h.iso3) == c.st.historical(home.iso3) {
			return nil
		}
		return h
	}
	return nil
}

// relativeWhos returns the people a "who" right before the verb at k
// stands for: the last person named before it, past an appositive ("met
// X, his counterpart, who had flown in"), with one joined to them by
// "and" when the clause says they went together ("A and B, who flew in
// together"); nil when the verb is in no such clause.
func (c *sctx) relativeWhos(k int) []*entity {
	w := c.whoBefore(k)
	if w < 0 {
		return nil
	}
	if c.word(w, "whom") {
		return c.listBeforeComma(w - 3) // "A and B, both of whom had flown in"
	}
	for q := w - 1; q >= max(0, w-16); q-- {
		if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
			return nil
		}
		mi := c.at[q]
		if mi < 0 || c.ms[mi].kind != mPerson || c.ms[mi].poss {
			continue // "X, Y's special envoy, who": X
		}
		out := []*entity{c.actor(mi)}
		// "A and B, who flew in together": both, when the clause says so
		// ("who flew in from X" after "A and B" may be B's alone).
		if a := c.ms[mi].i - 1; a > 0 && c.word(a, "and") && c.at[a-1] >= 0 && c.ms[c.at[a-1]].kind == mPerson && c.togetherAfter(w) {
			out = append(out, c.actor(c.at[a-1]))
		}
		return out
	}
	return nil
}

// togetherAfter reports "together", "both" or "jointly" in the clause
// after token w.
func (c *sctx) togetherAfter(w int) bool {
	for q := w + 1; q < len(c.toks) && c.toks[q].kind != tokPunct; q++ {
		if c.word(q, "together", "both", "jointly") {
			return true
		}
	}
	return false
}

// whoBefore returns the "who" right before the verb at k, past its
// auxiliaries, or -1.
func (c *sctx) whoBefore(k int) int {
	w := k - 1
	for w > 0 && c.in(w, en.Auxiliaries) {
		w--
	}
	if !c.word(w, "who") && !(c.word(w, "whom") && c.quantifiedRelative(w-2)) {
		return -1
	}
	return w
}

// relativeComma returns the comma that opens the relative clause of the
// pronoun at w (", who", ", all of whom"), or -1.
func (c *sctx) relativeComma(w int) int {
	if w > 0 && c.word(w, "whom") {
		w -= 2
	}
	if w < 1 || c.toks[w-1].text != "," {
		return -1
	}
	return w - 1
}

// placeInAfter returns the country of the first "in <place>" after token
// k in the sentence, or nil.
func (c *sctx) placeInAfter(k int) *entity {
	for j := k + 1; j+1 < len(c.toks); j++ {
		if mi := c.at[j+1]; mi >= 0 && c.word(j, "in") && !situationIn(c.toks, j) {
			if h := c.hostAt(mi); h != nil {
				return h
			}
		}
	}
	return nil
}

// flewOutOf reads "flew out of Abuja on Thursday", "jetted out of Nairobi
// last evening": a departure, as "left"; "... for Luanda": the
// destination.
func (c *sctx) flewOutOf(k int) {
	c.leftPlace(k)
	for j := k + 4; j+1 < min(len(c.toks), k+10); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			break
		}
		if c.word(j, "for") && c.placeAt(j+1) {
			if who := c.visitorAt(k); who != nil {
				if hosts, at := c.hostsAfter(j+1, 2); len(hosts) > 0 {
					c.addVisit(k, who, hosts[0], c.visitStatus(k), at[0], false)
				}
			}
			break
		}
	}
}

// airportHost returns the country of an airport the gazetteer knows by
// the name at j, with or without its head words: "at Ben Gurion airport",
// "into Wattay International Airport", "at Wattay"; nil otherwise.
func (c *sctx) airportHost(j int) *entity {
	if c.word(j, "the") {
		j++
	}
	e := j
	for e < min(len(c.toks), j+5) && c.toks[e].kind == tokWord && c.toks[e].upper && !c.in(e, en.ArrivalPoints) && !c.word(e, "international", "intl") {
		e++
	}
	if e == j {
		return nil
	}
	parts := make([]string, 0, e-j)
	for q := j; q < e; q++ {
		parts = append(parts, c.toks[q].text)
	}
	iso3 := c.st.x.lex.airport(strings.Join(parts, " "))
	if iso3 == "" {
		return nil
	}
	return c.st.country(iso3)
}

// airportAt reports an airport or air base named from token j ("Sangster
// International Airport", "Joint Base Andrews", "the air base").
func (c *sctx) airportAt(j int) bool {
	if c.word(j, "the", "a", "an") {
		j++
	}
	for q := j; q < min(len(c.toks), j+6); q++ {
		if c.in(q, en.ArrivalPoints) || c.word(q, "base") {
			return true
		}
		if c.toks[q].kind != tokWord || c.at[q] >= 0 {
			return false // "at Halim air base", "at a small military airfield"
		}
	}
	return false
}

// beIn reads "X was in Brasilia last week", "X is in the United Arab
// Emirates to discuss oil prices": a person present in a foreign place.
func (c *sctx) beIn(k int) {
	if !c.word(k, "is", "was", "were", "are", "been") && !c.in(k, en.StayOnVerbs) {
		return
	}
	// "is now in Cairo", "was already on the ground in Doha", "stayed
	// on in Madrid": what comes between the verb and "in" says when or
	// how, not where.
	from := k + 1
	if c.in(k, en.StayOnVerbs) && c.word(from, "on", "behind", "over") {
		from++
	}
	in := c.presenceIn(from)
	if in < 0 {
		return
	}
	if c.word(in+1, "talks", "contact", "charge", "favour", "favor", "line", "power", "office", "touch", "the") && !(c.word(in+1, "the") && in+2 < len(c.toks) && c.at[in+2] >= 0) && c.placeAnaphor(in+1) == nil {
		return
	}
	if c.unnamedSubject(k) {
		return // "acquisitions, of which two thirds were in X": no one's stay
	}
	subj := c.subjects(k)
	if h, _ := c.delegationHead(c.clauseStart(k)); h != nil && len(personsOf(subj)) == 0 {
		subj = []*entity{h} // "A delegation led by X is in Cairo": its head
	}
	if len(subj) == 0 || len(personsOf(subj)) < len(subj) {
		return
	}
	for _, p := range subj {
		if p.iso3 == "" && !c.hasClass(en.JourneyNouns) {
			return // a traveller whose country the text never gives may be at home, unless on a trip
		}
	}
	hosts, at := c.hostsAfter(in+1, 3)
	if len(hosts) == 0 {
		// "had by then been in the country since Monday"
		if h := c.placeAnaphor(in + 1); h != nil {
			hosts, at = []*entity{h}, []int{in + 2}
		}
	}
	if len(hosts) == 0 {
		return
	}
	status := c.modality(k)
	var v *event
	for _, p := range subj { // "A and B were both in X"
		if w := c.addVisit(k, p, hosts[0], status, at[0], false); w != nil {
			v = w
			if c.word(k, "been") || c.word(k, "staying") && c.word(k-1, "been") {
				c.stayedSince(v, at[0]) // "has been (staying) in X since Monday"
			}
		}
	}
	// "she was in Tokyo with X for the summit": X came too, and the two
	// were there for the gathering.
	if with := max(c.markerAfter(at[0], "with"), c.alongWith(at[0])); with > 0 {
		for _, p := range personsOf(c.listAfter(with + 1)) {
			c.addVisit(k, p, hosts[0], status, at[0], false)
		}
	}
	if v != nil {
		c.tripGathering(v, at[0])
	}
}

// alongWith returns the "with" of ", along with" or ", together with"
// after the place named at j and its time ("were both in X on Monday,
// along with Y"), or -1.
func (c *sctx) alongWith(j int) int {
	if mi := c.at[j]; mi >= 0 {
		j = c.ms[mi].j
	}
	q := c.skipAdverbials(j)
	if q < len(c.toks) && c.toks[q].text == "," {
		q++
	}
	if c.word(q, "along", "together") && c.word(q+1, "with") {
		return q + 1
	}
	return -1
}

// withForTalks reads "X was with Y for talks", "X was with Y over
// lunch": a meeting told as company kept for a meeting or a meal.
func (c *sctx) withForTalks(k int) {
	if !c.word(k, "was", "were") || !c.word(k+1, "with") {
		return
	}
	obj, end := c.objects(k+2, 3)
	if len(personsOf(obj)) == 0 {
		return
	}
	j := end
	if c.word(j, "for", "over") && c.word(j+1, "a", "an", "the", "two", "three", "several", "lengthy", "long") {
		j++
	}
	for q := j + 1; q < min(len(c.toks), j+3); q++ {
		if c.word(end, "for", "over") && (c.in(q, en.MeetingNouns) || c.in(q, en.MealNouns) || c.word(q, "meeting", "talks")) {
			subj := c.subjects(k)
			if len(personsOf(subj)) == 0 {
				return
			}
			for _, e := range c.addMeeting(k, subj, obj, false) {
				c.meetingDetails(e, q)
			}
			return
		}
		if c.toks[q].kind != tokWord {
			return
		}
	}
}

// presenceIn returns the "in" of a presence that starts at j, after a
// verb of being: "in" itself, or one after en.PresenceAdverbs ("now",
// "still") and en.OnSite phrases ("on the ground"); -1 when there is none.
func (c *sctx) presenceIn(j int) int {
	for j < len(c.toks) && c.in(j, en.PresenceAdverbs) {
		j++
	}
	if n := c.phraseAt(j, en.OnSite); n > 0 {
		j += n
	}
	if !c.word(j, "in") {
		return -1
	}
	return j
}

// stayedSince dates a stay told as "has been in X since Wednesday" by the
// day it began.
func (c *sctx) stayedSince(v *event, at int) {
	for j := at + 1; j+1 < len(c.toks) && j <= at+4; j++ {
		if !c.word(j, "since") {
			continue
		}
		for _, d := range c.st.dates[c.si] {
			if d.Start+c.s.start == c.toks[j+1].start && !d.Date.IsZero() {
				v.setDate(d.Date)
				return
			}
		}
		return
	}
}

// tripGathering reads "travelled to Brasilia for a summit of South American
// leaders hosted by Lula": the traveller's country attended the gathering.
func (c *sctx) tripGathering(v *event, from int) {
	if v.status != schema.Occurred {
		return
	}
	for j := from; j+1 < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct && (c.toks[j].text == "." || c.toks[j].text == ";") {
			return
		}
		if c.word(j, "to") && c.word(j+1, "attend", "join") {
			j++ // "flew to Kyiv to attend a summit"
		}
		if !c.word(j, "for", "to", "attend", "join") {
			continue
		}
		// "for the summit", "for COP29": a determiner or a conference's
		// own name.
		start := j + 2
		if !c.word(j+1, "a", "an", "the") {
			if j+1 >= len(c.toks) || !en.IsConferenceName(c.toks[j+1].lower) {
				continue
			}
			start = j + 1
		}
		g := c.gatheringNoun(start, 5)
		if g < 0 {
			c.tripToBloc(v, start)
			return
		}
		if c.word(g, "talks", "meeting", "dialogue") && !c.groupMeeting(start, g) && !c.conferenceNamed(start, g) && len(c.summitParties(g)) == 0 || !c.namedGathering(start, g) {
			return
		}
		e := c.newGathering(g, g, start-1)
		e.place = v.place
		if e.place == nil {
			e.place = c.placeOfHost(v)
		}
		c.st.addAttendee(e, v.visitor)
		for q := g + 1; q < min(len(c.toks)-1, g+7); q++ {
			if c.word(q, "hosted", "organised", "organized", "convened", "chaired") && c.word(q+1, "by") {
				if objs, _ := c.objects(q+2, 3); len(objs) > 0 {
					c.st.addAttendee(e, objs[0])
					if h := c.st.countryOf(objs[0]); h != nil && h.kind == schema.KindCountry {
						e.host = h
					}
				}
				break
			}
		}
		c.relativeHost(e, g, v.host) // "the summit that the kingdom was hosting"
		return
	}
}

// tripToBloc reads a journey "for the G20", "for the SCO": a bloc named
// with no gathering noun after it stands for its summit, which the
// traveller attends in the place visited; "hosted by X" and "alongside A
// and B" tell who else was there.
func (c *sctx) tripToBloc(v *event, q int) {
	mi := c.at[min(q, len(c.at)-1)]
	if q >= len(c.at) || mi < 0 || c.ms[mi].kind != mOrg || !c.ms[mi].bloc || c.ms[mi].i != q {
		return
	}
	end := c.ms[mi].j
	if c.nameAcronym(end) {
		end += 3 // "the Group of Twenty (G20)"
	}
	if !c.word(q-1, "the") || end < len(c.toks) && c.toks[end].kind == tokWord && !c.word(end, "and", "in", "on", "at") {
		return // "for the G20 finance track", "for an IMF loan": something of the bloc's
	}
	e := &event{typ: schema.Gathering, status: v.status, sent: c.si, trig: q, conf: 0.6}
	e.name = c.ms[mi].name + " summit"
	e.date, e.dateFrom, e.place = v.date, v.dateFrom, v.place
	c.st.addAttendee(e, v.visitor)
	for r := end; r+1 < min(len(c.toks), end+8); r++ {
		if c.word(r, "hosted") && c.word(r+1, "by") {
			if objs, _ := c.objects(r+2, 2); len(objs) > 0 {
				if h := c.st.countryOf(objs[0]); h != nil && h.kind == schema.KindCountry {
					e.host = h
					c.st.addAttendee(e, h)
				}
			}
			break
		}
	}
	c.st.events = append(c.st.events, e)
	for _, a := range c.addedAttendees(q) {
		c.st.addAttendee(e, a)
	}
}

// relativeHost reads "the summit that X hosted", "which X was hosting"
// after the gathering noun at g: X hosts and attends e. "The kingdom",
// "the country" stand for here, the country of the visit or place told.
func (c *sctx) relativeHost(e *event, g int, here *entity) {
	for q := g + 1; q+1 < min(len(c.toks), g+12); q++ {
		if c.toks[q].text == "." || c.toks[q].text == ";" {
			return
		}
		if !c.word(q, "that", "which") {
			continue
		}
		for r := q + 1; r < min(len(c.toks), q+5); r++ {
			if !c.word(r, "hosted", "hosting", "hosts", "organised", "organized") {
				continue
			}
			var h *entity
			if c.word(q+1, "the") && c.in(q+2, en.CountryWords) {
				h = here
			} else if mi := c.at[q+1]; mi >= 0 && c.ms[mi].kind == mCountry {
				h = c.st.country(c.ms[mi].iso3)
			}
			if h != nil && e.host == nil {
				e.host = h
				c.st.addAttendee(e, h)
			}
			return
		}
		return
	}
}

// placeOfHost returns the city named with a visit in its sentence, if any.
func (c *sctx) placeOfHost(v *event) *entity {
	for _, m := range c.ms {
		if m.kind == mCity && c.st.historical(m.iso3) == v.host.iso3 {
			return c.st.city(m.name, m.iso3)
		}
	}
	return nil
}

// visiting reads "Visiting Indian External Affairs Minister S. Jaishankar
// called on ...": the person is visiting the country where the
// sentence's event takes place (a city named in it, or the dateline).
func (c *sctx) visiting() {
	for mi, m := range c.ms {
		if !m.visiting {
			continue
		}
		who := c.actor(mi)
		if who == nil || who.kind != schema.KindPerson {
			continue
		}
		var host *entity
		for _, o := range c.ms {
			if o.kind == mCity && o.i > m.j {
				host = c.st.country(o.iso3)
				break
			}
		}
		if host == nil && c.dlISO() != "" {
			host = c.st.country(c.dlISO())
		}
		if host != nil {
			c.addVisit(m.i, who, host, schema.Occurred, m.j, false)
		}
	}
}

// agreement reads "X signed an agreement with Y", "X and Y signed a
// memorandum": an Agreement event between the parties.
func (c *sctx) agreement(k int) {
	if !c.word(k, "signed", "concluded", "inked") {
		return
	}
	noun := -1
	for j := k + 1; j < min(len(c.toks), k+6); j++ {
		if c.word(j, "agreement", "agreements", "accord", "accords", "memorandum", "memorandums", "memoranda", "treaty", "deal", "pact", "mou", "protocol", "declaration") {
			noun = j
			break
		}
	}
	if noun < 0 {
		return
	}
	subj := c.subjects(k)
	var obj []*entity
	for j := noun + 1; j < min(len(c.toks), noun+8); j++ {
		if c.word(j, "with") {
			obj, _ = c.objects(j+1, 3)
			break
		}
	}
	// "A, B and C signed the declaration together with D" at the
	// gathering in focus: the signatories attend it.
	if g := c.st.lastGathering(c.si); g != nil && g.status == schema.Occurred && c.si-max(g.sent, g.seen) <= 1 && c.modality(k) == schema.Occurred {
		for _, p := range append(append([]*entity{}, subj...), c.addedAttendees(noun)...) {
			c.st.addAttendee(g, c.st.partyOf(p))
		}
	}
	ps := dedupEntities(append(append([]*entity{}, subj...), obj...))
	if len(ps) < 2 {
		return
	}
	e := &event{typ: schema.Agreement, status: c.modality(k), parts: ps, sent: c.si, trig: k, conf: 0.6}
	c.dateFor(e, k)
	c.placeFor(e, k)
	e.topics = c.topics(noun)
	c.st.events = append(c.st.events, e)
}

// companion is one who travelled with a lead traveller, told at token
// trig of sentence sent.
type companion struct {
	who, lead  *entity
	sent, trig int
}

// accompaniedBy returns the "by" of "accompanied by" at k after a comma
// or a form of "be", with a short phrase of lower-case words between
// ("accompanied throughout by", "accompanied as usual by"), or -1.
func (c *sctx) accompaniedBy(k int) int {
	if !c.word(k, "accompanied") || !(c.toks[k-1].text == "," || c.word(k-1, "was", "were", "is", "are", "been")) {
		return -1
	}
	for q := k + 1; q < min(len(c.toks), k+6); q++ {
		if c.word(q, "by") {
			return q
		}
		if !c.plainWord(q) {
			return -1
		}
	}
	return -1
}

// namedAfter returns the people named by name after k to the sentence's
// end (not the offices, which may stand for others told before).
func (c *sctx) namedAfter(k int) []*entity {
	var out []*entity
	for mi := range c.ms {
		if c.ms[mi].i > k && c.ms[mi].kind == mPerson {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				out = append(out, a)
			}
		}
	}
	return dedupEntities(out)
}

// semicolonAfter reports a semicolon in the rest of the sentence after k:
// a list whose items hold commas of their own.
func (c *sctx) semicolonAfter(k int) bool {
	for q := k + 1; q < len(c.toks); q++ {
		if c.toks[q].text == ";" {
			return true
		}
	}
	return false
}

// wentAlongWith records those a sentence says went along with a
// traveller (st.companions): "X travelled with A and B.", "Travelling
// with him were A and B", "A and B are part of the delegation". A and B
// went where X went.
func (c *sctx) wentAlongWith() {
	for k := 0; k+3 < len(c.toks); k++ {
		lead, with := c.companyAt(k)
		if lead == nil || lead.kind != schema.KindPerson || c.modality(0) != schema.Occurred {
			continue // (the sentence's modality, dear, only once a phrase is found)
		}
		for _, p := range with {
			if p.canon() != lead.canon() {
				c.st.companions = append(c.st.companions, companion{who: p.canon(), lead: lead.canon(), sent: c.si, trig: k})
			}
		}
	}
}

// companyAt reads a traveller and those with them from a phrase at k:
// a sentence that opens with the company (at 0), "travelled with", or a
// form of "be" before "part of the delegation"; nil for none.
func (c *sctx) companyAt(k int) (lead *entity, with []*entity) {
	switch {
	case k == 0:
		return c.frontedCompany()
	case c.in(k, en.TravelledVerbs) && c.word(k+1, "with") && (c.at[k-1] >= 0 || k >= 2 && c.in(k-1, en.BeForms) && c.at[k-2] >= 0):
		return c.travelledAlong(k)
	case c.in(k, en.BeForms) && c.at[k-1] >= 0:
		return c.partyJoinedAt(k)
	}
	return nil, nil
}

// travelledAlong reads "X travelled with A and B." closing its clause,
// and "A and B are travelling with him." at k: whichever side is one
// person leads.
func (c *sctx) travelledAlong(k int) (lead *entity, with []*entity) {
	obj, end := c.objects(k+2, 3)
	if end < len(c.toks) && c.toks[end].text != "." && c.toks[end].text != ";" {
		return nil, nil // "travelled with Y to Z": the journey is read as one
	}
	subj, obj := personsOf(c.subjects(k)), personsOf(obj)
	switch {
	case len(subj) == 1:
		return subj[0], obj
	case len(obj) == 1:
		return obj[0], subj // "A and B are travelling with him"
	}
	return nil, nil
}

// partyJoinedAt reads "A and B are part of the delegation", "A was among
// the ministers in the president's entourage" at the form of "be" at k:
// the one named before the party's noun leads, else the latest traveller.
func (c *sctx) partyJoinedAt(k int) (lead *entity, with []*entity) {
	q := c.partyJoined(k)
	if q == 0 || c.modality(q) != schema.Occurred {
		return nil, nil // "was not part of", "will be part of"
	}
	lead = c.st.lastTraveller(c.si)
	for j := k + 1; j < q; j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson {
			lead = c.actor(mi)
		}
	}
	return lead, personsOf(c.subjects(k))
}

// partyJoined returns the travelling party's noun a clause "... be part
// of (among, members of, in) the delegation" names after the verb of being
// at k, or 0.
func (c *sctx) partyJoined(k int) int {
	member := false
	for q := k + 1; q < min(len(c.toks), k+9) && c.toks[q].kind != tokPunct; q++ {
		switch {
		case c.word(q, "part", "member", "members", "among", "in"):
			member = true
		case c.word(q, "to", "by", "with"):
			return 0 // "was in the hall to meet the delegation"
		case c.in(q, en.RetinueNouns):
			// "part of a delegation to Y last year" is another trip.
			if member && (q+1 == len(c.toks) || c.toks[q+1].kind == tokPunct) && !c.word(q-1, "a", "an") {
				return q
			}
			return 0
		}
	}
	return 0
}

// frontedCompany reads a sentence that opens "Travelling with X were A
// and B" or "Accompanying X are A; B; and C": X leads the list after the
// verb. Nil when the sentence opens otherwise.
func (c *sctx) frontedCompany() (lead *entity, with []*entity) {
	p := 1
	if c.word(0, "travelling", "traveling") && c.word(1, "with") {
		p = 2
	} else if !c.word(0, "accompanying") {
		return nil, nil
	}
	if p+1 >= len(c.toks) || c.at[p] < 0 || c.ms[c.at[p]].j != p+1 || !c.in(p+1, en.BeForms) {
		return nil, nil
	}
	if c.semicolonAfter(p) {
		return c.actor(c.at[p]), c.namedAfter(p + 1)
	}
	return c.actor(c.at[p]), personsOf(c.listAfter(p + 2))
}

// statedForeigners reports travellers whose countries the text states,
// none of them the state iso3: a seat of government is a trip only for
// a foreigner known as one.
func (c *sctx) statedForeigners(whos []*entity, iso3 string) bool {
	for _, w := range whos {
		if w == nil {
			return false
		}
		if w = w.canon(); w.iso3 == "" || w.guessed || c.st.historical(w.iso3) == c.st.historical(iso3) {
			return false
		}
	}
	return len(whos) > 0
}

// partyLead returns the last traveller the story told when the words at o
// name a travelling party without its head: "the presidential
// delegation", "his entourage", "the official party"; nil otherwise.
func (c *sctx) partyLead(o int) *entity {
	if !c.word(o, "the", "his", "her", "their") {
		return nil
	}
	for q := o + 1; q < min(len(c.toks), o+4) && c.toks[q].kind == tokWord && c.at[q] < 0; q++ {
		if c.word(q, "delegation", "entourage", "party", "retinue", "team") {
			return c.st.lastTraveller(c.si)
		}
	}
	return nil
}

// companions records "X, who accompanied Y,", "X, accompanying Y," and "X
// and W accompanied Y": X travelled with Y; "Y flew to Z, accompanied by
// X" too (st.companions; companionVisits gives X Y's visits).
func (c *sctx) companions() {
	c.wentAlongWith()
	for k := 1; k+1 < len(c.toks); k++ {
		came := c.in(k, en.CameWithVerbs) && (c.word(k+1, "with") || c.word(k+1, "in") && c.word(k+2, "with"))
		if !c.in(k, en.CompanionVerbs) && !came {
			continue
		}
		if by := c.accompaniedBy(k); by > 0 {
			// "X flew to Y, accompanied by Z", "X was accompanied by Z",
			// "she is accompanied throughout by A; B; and C": Z travelled
			// with X.
			subj := c.subjects(k)
			if a := c.sentenceSubject(k); len(subj) == 0 && a != nil {
				subj = []*entity{a}
			}
			obj, _ := c.objects(by+1, 3)
			if c.semicolonAfter(by) {
				obj = c.namedAfter(by) // "by the Energy Minister, A; the Trade Minister, B; ..."
			}
			if len(subj) == 1 && subj[0].kind == schema.KindPerson && c.modality(k) == schema.Occurred {
				for _, o := range obj {
					if o.kind == schema.KindPerson && o.canon() != subj[0].canon() {
						c.st.companions = append(c.st.companions, companion{who: o.canon(), lead: subj[0].canon(), sent: c.si, trig: k})
					}
				}
			}
			continue
		}
		rel := c.word(k-1, "who") && k >= 3 && c.toks[k-2].text == ","
		// "X, who is accompanying Y,": the auxiliary before the verb.
		auxRel := !rel && k >= 4 && c.word(k-1, "is", "was", "has", "had") && c.word(k-2, "who") && c.toks[k-3].text == ","
		progressive := c.word(k, "accompanying") && c.word(k-1, "is", "are", "was", "were") && k >= 2 && c.at[k-2] >= 0
		if !rel && (c.word(k, "accompanied") && c.at[k-1] >= 0 || progressive) && c.modality(k) == schema.Occurred {
			// "A and B accompanied the prime minister to Lima", "A and
			// B are accompanying him".
			if obj, _ := c.objects(k+1, 2); len(obj) == 1 && obj[0].kind == schema.KindPerson {
				for _, s := range personsOf(c.subjects(k)) {
					if s.canon() != obj[0].canon() {
						c.st.companions = append(c.st.companions, companion{who: s.canon(), lead: obj[0].canon(), sent: c.si, trig: k})
					}
				}
			}
			continue
		}
		if !rel && !auxRel && !(c.toks[k-1].text == "," && c.toks[k].lower == "accompanying") {
			continue
		}
		at := k - 1
		if rel {
			at = k - 2
		} else if auxRel {
			at = k - 3
		}
		if at < 1 {
			continue // ", accompanying" opening the sentence: no one before
		}
		mi := c.at[at-1]
		// ("who travels with the delegation": with it now, so its
		// visits told as held are this one's too.)
		if mi < 0 || c.ms[mi].kind != mPerson || c.modality(k) != schema.Occurred && !c.word(k, "travels") {
			continue
		}
		who := c.actor(mi)
		o := k + 1
		if came {
			o = k + 2 + boolInt(c.word(k+1, "in")) // "who arrived (in) with Y"
		}
		obj, _ := c.objects(o, 2)
		if lead := c.partyLead(o); came && lead != nil {
			obj = []*entity{lead} // "who travels with the official delegation"
		}
		if who == nil || len(obj) != 1 || obj[0].kind != schema.KindPerson || obj[0].canon() == who.canon() {
			continue
		}
		c.st.companions = append(c.st.companions, companion{who: who.canon(), lead: obj[0].canon(), sent: c.si, trig: k})
	}
}
