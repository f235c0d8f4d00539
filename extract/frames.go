package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// event is an event under construction.
type event struct {
	typ       schema.EventType
	status    schema.EventStatus
	mode      schema.MeetingMode
	parts     []*entity
	visitor   *entity
	host      *entity
	attendees []*entity
	remote    []*entity
	absent    []*entity
	name      string
	date      schema.Date
	endDate   schema.Date
	// dateFrom says where date came from.
	dateFrom  dateSource
	place     *entity
	topics    []string
	sent      int
	trig      int // trigger token
	sidelines *event
	reported  *entity
	conf      float64
	// cues are what the text says about how the event is told.
	cues cue
	// inCountry is the country an "in X" of the sentence puts a meeting in.
	inCountry *entity
	// convenor is the bloc whose own gathering this is ("the BRICS
	// summit"); it is no attendee beside three or more of its members.
	convenor *entity
	// seen is the last sentence that referred back to a gathering ("the
	// summit"), which keeps it in focus.
	seen int
	// guest is the one a host received, welcomed or hosted at a meeting.
	guest *entity
}

// dateSource says where an event's date came from.
type dateSource uint8

const (
	// undated: the text gives the event no date (so far).
	undated dateSource = iota
	// ownDate: a date expression of the text, read for this event or taken
	// over from the related event it belongs to.
	ownDate
	// borrowedDate: the day in focus of another event ("the same day",
	// "that afternoon"), not a date of its own.
	borrowedDate
)

// dated reports whether the text gave the event a date.
func (e *event) dated() bool { return e.dateFrom != undated }

// setDate dates the event; a borrowed date stays marked as borrowed.
func (e *event) setDate(d schema.Date) {
	e.date = d
	if e.dateFrom == undated {
		e.dateFrom = ownDate
	}
}

// cue is a set of facts about how the text tells an event.
type cue uint32

const (
	// cueJoint: the participants met together.
	cueJoint cue = 1 << iota
	// cueMediated: a meeting of two parties with a host or mediator ("talks
	// hosted by the Emir"): a meeting, not a gathering.
	cueMediated
	// cueAfterTalks: a meeting reported by someone speaking after it (the
	// same day).
	cueAfterTalks
	// cueSince: a meeting after a journey ("has since met"), not on the
	// day of the arrival the sentence tells.
	cueSince
	// cueArrival: a visit read from an arrival ("arrived in X on Monday").
	cueArrival
	// cueUnderWay: a visit told as under way ("is on a visit to"), which
	// gives no arrival day.
	cueUnderWay
	// cuePastLeg: a visit listed as an earlier leg of a trip (no date).
	cuePastLeg
	// cueRelative: a visit told in a relative clause ("X, who arrived on
	// Thursday, also met Y"), background to the sentence's main event.
	cueRelative
	// cueVague: an event the text dates only vaguely ("recently").
	cueVague
	// cueOngoing: a gathering under way on the publication day.
	cueOngoing
	// cueBareMonth: the date is a month without a year ("in late April")
	// in a sentence in the future tense, read so far as the latest such
	// month on or before publication.
	cueBareMonth
	// cueWeekday: the date is a bare weekday ("on Tuesday") in a sentence
	// in the future tense, read so far as the latest such day on or before
	// publication.
	cueWeekday
	// cueTrip: a meeting whose sentence speaks of a journey ("on his first
	// trip abroad", "during a stay"): held where it was, it is a visit of
	// the participant from elsewhere.
	cueTrip
	// cueThere: a meeting placed by a fronted "There" in the country the
	// sentence before named last ("..., coming from Chad. There, he met").
	cueThere
	// cueCeremony: a gathering that is a state ceremony (a funeral, an
	// inauguration), kept only when guests from abroad are told at it.
	cueCeremony
	// cueSides: a meeting of states whose sides the text went on to name
	// (joinSide).
	cueSides
	// cueEquals: a meeting told of its parties as one subject, none the
	// host or the guest of the others ("A, B and C met", "A, B and C held
	// a trilateral meeting").
	cueEquals
	// cueBilateral: a gathering told as the two sides' own ("the summit
	// between the two countries", "the bilateral summit").
	cueBilateral
	// cueCoChairs: a gathering "co-chaired by" two people, whose states
	// are its sides when no other attends (bilateralSummits).
	cueCoChairs
	// cueCommemoration: a ceremony of a nation's own day (en.Commemorations),
	// a gathering only with guests from two countries abroad.
	cueCommemoration
)

// join adds the people ps to the parties of a meeting held together.
func (e *event) join(ps []*entity) {
	e.parts = dedupEntities(append(e.parts, ps...))
	e.mark(cueJoint)
}

// is reports whether the event has every cue of c.
func (e *event) is(c cue) bool { return e.cues&c == c }

// mark adds the cues of c.
func (e *event) mark(c cue) { e.cues |= c }

// unmark removes the cues of c.
func (e *event) unmark(c cue) { e.cues &^= c }

// markIf adds the cues of c when on holds, and removes them otherwise.
func (e *event) markIf(c cue, on bool) {
	if on {
		e.mark(c)
	} else {
		e.unmark(c)
	}
}

// sctx is one sentence being read for events.
type sctx struct {
	st   *docState
	si   int
	s    sentence
	toks []token
	ms   []mention
	// at maps a token to the mention covering it (-1 if none).
	at []int
	// tmr caches whether the sentence says "tomorrow" (0 unknown, 1 no, 2 yes).
	tmr uint8
}

// sentenceContext returns the frame readers' view of sentence si, each
// token mapped to the mention over it.
func (st *docState) sentenceContext(si int) *sctx {
	s := st.doc.sentences[si]
	c := &sctx{st: st, si: si, s: s, toks: s.toks, ms: st.ms[si]}
	c.at = make([]int, len(s.toks))
	for k := range c.at {
		c.at[k] = -1
	}
	for mi, m := range c.ms {
		if m.kind == 0 {
			continue
		}
		for k := m.i; k < m.j && k < len(c.at); k++ {
			if c.at[k] < 0 || !m.modifier {
				c.at[k] = mi
			}
		}
	}
	return c
}

// frames reads the event frames of each sentence in turn.
func (st *docState) frames() {
	last := st.topic
	defer func() { st.topic, st.cur = last, -1 }()
	for si, s := range st.doc.sentences {
		st.cur = si
		listed := s.heading && len(s.toks) > 1 && bulletTok(s.toks[0].text)
		if s.heading && !listed || len(s.toks) > maxSentenceWords || len(st.events) >= maxEvents {
			continue
		}
		// The person in focus at this sentence, not the article's last.
		if si < len(st.topics) {
			st.topic, st.prevTopic = st.topics[si], st.prevTopics[si]
		}
		c := st.sentenceContext(si)
		if listed {
			c.questionedList() // "- Ghana": a bare list item, no prose
			continue
		}
		c.read()
		c.delegates()
		c.afterGathering()
		c.gatheringOpened()
		c.meetingSidelines()
		c.rolesAtGathering()
		c.companions()
		c.tourLegs()
		c.participleTrips()
		c.arrivalAfterMain()
		c.visitsAsDid()
	}
}

// meetingSidelines reads "The talks were held on the sidelines of G",
// "The talks were held on the margins of G" after a meeting told in one of
// the two sentences before: that meeting was held at G.
func (c *sctx) meetingSidelines() {
	if !c.word(0, "the") {
		return
	}
	head := -1
	for j := 1; j < min(len(c.toks), 5); j++ {
		if c.word(j, "meeting", "talks") {
			head = j
			break
		}
	}
	if head < 0 || !(c.word(head+1, "took") && c.word(head+2, "place") || c.word(head+1, "was", "were") && c.word(head+2, "held")) {
		return
	}
	var m *event
	for i := len(c.st.events) - 1; i >= 0; i-- {
		e := c.st.events[i]
		if e.sent < c.si-2 {
			break
		}
		if e.sent < c.si && e.typ == schema.Meeting && e.status == schema.Occurred {
			m = e
			break
		}
	}
	if m == nil || m.sidelines != nil {
		return
	}
	for j := head + 3; j+1 < len(c.toks); j++ {
		if c.in(j, en.SidelineWords) && c.word(j+1, "of") {
			if g := c.sidelineGathering(j+2, m); g != nil {
				m.sidelines = g
				if !m.dated() && g.dated() {
					m.setDate(g.date)
				}
			}
			return
		}
	}
}

// gatheringOpened reads "The summit opened on Saturday", "the leaders'
// retreat opened in Honiara on Monday", "the debate that opened on
// Tuesday": the opening day is the date of the
// gathering in focus, whatever day its sideline meetings were held.
func (c *sctx) gatheringOpened() {
	for k := 1; k < len(c.toks); k++ {
		if !c.word(k, "opened", "began", "started", "convened") {
			continue
		}
		named := false
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			if t := c.toks[j]; t.kind == tokPunct && t.text != "'" && t.text != "-" {
				break
			}
			if c.word(j, "summit", "retreat", "event", "conference", "forum", "gathering", "session", "debate", "assembly") {
				named = true
				break
			}
		}
		if !named || c.modality(k) != schema.Occurred {
			continue
		}
		g := c.st.lastGathering(c.si)
		if g == nil || g.status != schema.Occurred {
			return
		}
		trig := c.toks[k].start - c.s.start
		for _, d := range c.st.dates[c.si] {
			if d.Start < trig || d.Date.IsZero() || d.Future || d.Date.Precision != schema.PrecisionDay {
				continue
			}
			if c.separated(d.Start+c.s.start, d.End+c.s.start, k) {
				break
			}
			g.setDate(d.Date)
			return
		}
		return
	}
}

// actor returns the entity a mention stands for as an event argument.
func (c *sctx) actor(mi int) *entity {
	m := &c.ms[mi]
	switch m.kind {
	case mPerson, mPronoun, mRole, mGroup, mOrg:
		if c.bodyBuilding(mi) {
			return nil // "met at SADC House": the building, no party
		}
		if m.ent != nil {
			return m.ent.canon()
		}
		// "his guest", "the visiting president": the latest visitor.
		if m.kind == mRole && m.visiting {
			return c.st.guestAt(c.si)
		}
		// An unnamed official of a stated country acts for it.
		if m.kind == mRole && m.iso3 != "" {
			return c.st.country(m.iso3)
		}
	case mCountry:
		if m.modifier && !m.poss {
			return nil
		}
		if m.ent != nil {
			return m.ent
		}
		return c.st.country(m.iso3)
	case mCity:
		// A capital as an actor: "Washington said", "Moscow accused".
		if m.capital && m.iso3 != "" {
			return c.st.country(m.iso3)
		}
	case mDemonym:
		// "the Frenchwoman and the Qatari met": the one person of each
		// country the text has named.
		if !m.modifier && m.iso3 != "" && c.word(m.i-1, "the") && !strings.HasSuffix(c.toks[m.j-1].lower, "s") && c.demonymAsNoun(m.j) {
			return c.st.onlyPersonOf(m.iso3, c.si)
		}
	}
	return nil
}

// demonymAsNoun reports that the word at j, after a demonym, ends its noun
// phrase: punctuation, "and", or a verb ("the Qatari met", "the Qatari
// and", not "the French Finance Ministry").
func (c *sctx) demonymAsNoun(j int) bool {
	if j >= len(c.toks) || c.toks[j].kind == tokPunct {
		return true
	}
	w := c.toks[j].lower
	return !c.toks[j].upper && (w == "and" || w == "or" || w == "had" || w == "was" || isVerbish(w) || len(en.Lookup(w)) > 0 || strings.HasSuffix(w, "ly"))
}

// onlyPersonOf returns the one person of the country iso (stated, or the
// gazetteer's for a person in office) named in the three sentences up to
// si, or nil when there is none or more than one.
func (st *docState) onlyPersonOf(iso string, si int) *entity {
	var out *entity
	for s := max(0, si-2); s <= si && s < len(st.ms); s++ {
		for _, m := range st.ms[s] {
			if m.kind != mPerson || m.ent == nil {
				continue
			}
			p := m.ent.canon()
			c := p.iso3
			if c == "" {
				c = st.knownAs(p) // the gazetteer's, before countries are assigned
			}
			if c == "" || st.historical(c) != st.historical(iso) {
				continue
			}
			if out != nil && out != p {
				return nil
			}
			out = p
		}
	}
	return out
}

// guestAt returns the visitor of the latest visit read up to sentence si
// that has happened, or nil.
func (st *docState) guestAt(si int) *entity {
	for i := len(st.events) - 1; i >= 0; i-- {
		if e := st.events[i]; e.typ == schema.Visit && e.visitor != nil && e.sent <= si && e.status == schema.Occurred {
			return e.visitor.canon()
		}
	}
	return nil
}

// word reports whether token k is one of the words, or one of the marks
// asked for.
func (c *sctx) word(k int, ws ...string) bool {
	if k < 0 || k >= len(c.toks) {
		return false
	}
	t := &c.toks[k]
	if t.kind != tokWord {
		// a mark asked for by itself: c.word(j, "and", ",")
		return t.kind == tokPunct && slices.Contains(ws, t.text)
	}
	return slices.Contains(ws, t.lower)
}

// in reports whether token k is a word of the class.
func (c *sctx) in(k int, class map[string]bool) bool {
	return k >= 0 && k < len(c.toks) && c.toks[k].kind == tokWord && class[c.toks[k].lower]
}

// hasClass reports whether a word of the class occurs in the sentence.
func (c *sctx) hasClass(class map[string]bool) bool {
	for _, t := range c.toks {
		if t.kind == tokWord && class[t.lower] {
			return true
		}
	}
	return false
}

// has reports whether any of the words occurs in the sentence.
func (c *sctx) has(ws ...string) bool {
	for k := range c.toks {
		if c.word(k, ws...) {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause holding token k.
func (c *sctx) clauseStart(k int) int {
	for j := k - 1; j >= 0; j-- {
		if o := c.scareQuoteOpen(j); o >= 0 {
			j = o // raised ties to a "strategic partnership", after talks
			continue
		}
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == ";" || t.text == ":" || t.text == "“" || t.text == "\"" && j > 0) {
			return j + 1
		}
		if t.kind == tokWord && (t.lower == "but" || t.lower == "while" || t.lower == "whereas" || t.lower == "although") {
			return j + 1
		}
	}
	return 0
}

// scareQuoteOpen returns the opening quote of a few quoted words after a
// determiner that close with the quote at j and hold no punctuation (a
// term quoted inside a clause: to a "strategic partnership", not a word
// of speech: described it as "good"), or of one or two quoted words
// between an auxiliary and its verb (would "probably" visit); -1
// otherwise.
func (c *sctx) scareQuoteOpen(j int) int {
	t := c.toks[j]
	closing := t.text == "”" || t.text == "\"" && j > 0 && c.toks[j-1].end == t.start && c.toks[j-1].kind == tokWord
	if !closing {
		return -1
	}
	for q := j - 1; q >= max(0, j-6); q-- {
		switch tq := c.toks[q]; {
		case tq.text == "“" || tq.text == "\"":
			if q+1 < j && c.toks[q+1].start == tq.end && c.word(q-1, "a", "an", "the", "its", "their") {
				return q
			}
			if q+1 < j && j-q <= 3 && c.in(q-1, en.Auxiliaries) && j+1 < len(c.toks) && c.toks[j+1].kind == tokWord && !c.toks[j+1].upper {
				return q // would "probably" visit, will "most likely" meet
			}
			return -1
		case tq.kind == tokPunct && tq.text != "-":
			return -1
		}
	}
	return -1
}

// objects collects the coordinated actors that start within a few tokens
// after token k: "Y", "Y and Z", "Y, Z and W". Modifier mentions are
// skipped; a comma joins only inside a list closed by "and"; a country or
// group listed next to a person of the same country is dropped ("with
// Shevardnadze and Soviet negotiators").
func (c *sctx) objects(k int, reach int) ([]*entity, int) {
	if h, end := c.delegationHead(k); h != nil {
		return c.withMembers(h, end), end
	}
	if c.word(k, "with") {
		if h, end := c.delegationHead(k + 1); h != nil {
			return c.withMembers(h, end), end // "met with a Malawian delegation led by X"
		}
	}
	if ps, end := c.partyMadeUpOf(k); ps != nil {
		return ps, end // "met a delegation made up of A, B and C"
	}
	if q := c.kinBefore(k); q > k {
		k = q // "thanked his brother King X": X
	}
	if c.word(k, "with", "by", "to") {
		if q := c.titleChain(k + 1); q > k+1 {
			k = q // "together with Deputy Chair of X, Director of Y, Minister Z": Z
		}
	} else if q := c.titleChain(k); q > k {
		k = q
	}
	if ps, end := c.groupIncluding(k); ps != nil {
		return ps, end
	}
	if ps, end := c.eachOfThem(k); ps != nil {
		return ps, end
	}
	if ps, end := c.coupleObject(k); ps != nil {
		return ps, end
	}
	if ps, end := c.officialsNamed(k); ps != nil {
		return ps, end
	}
	if p, end := c.envoyNamed(k); p != nil {
		return []*entity{p}, end
	}
	j := c.firstObject(k, reach)
	if j < 0 || c.associateOf(j) {
		return nil, k
	}
	items, seps, end := c.coordinated(j)
	items = trimList(items, seps)
	out := dropRepresented(items)
	if ps, pend := c.namedGroup(k); ps != nil {
		return ps, pend
	}
	if p, pend := c.roleAppositive(k); p != nil {
		return []*entity{p}, pend
	}
	// "the head of the country's navy, Tomas Reyes": an unnamed official
	// named in apposition is that person.
	if len(out) == 1 && out[0].kind == schema.KindCountry {
		if p, pend := c.appositivePerson(firstMentionEnd(c, k, end)); p != nil {
			return []*entity{p}, pend
		}
	}
	return out, end
}

// associateOf reports a possessive person at j before a noun of someone
// close to them or standing in for them, with no name after it: "met X's
// son", "received Y's envoy on Monday" met neither X nor Y.
func (c *sctx) associateOf(j int) bool {
	mi := c.at[j]
	if mi < 0 || c.ms[mi].kind != mPerson || !c.ms[mi].poss {
		return false
	}
	n := c.ms[mi].j
	if !c.in(n, en.AssociateNouns) && !c.in(n, en.StandInNouns) {
		return false
	}
	for q := n + 1; q < min(len(c.toks), n+3); q++ {
		if c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson {
			return false // "X's envoy Y", "X's son, Y": Y is named
		}
	}
	return true
}

// eachOfThem reads "each of them" or "both of them" after "met",
// "received" or "with" at k: the subjects of this sentence's first clause
// when they are several ("A and B flew in, and Y received each of them"),
// the travellers of the sentence before, or else the last two people named
// before the one who met them ("A and B came to X, where C met each of
// them": A and B).
func (c *sctx) eachOfThem(k int) ([]*entity, int) {
	if c.word(k, "with") {
		k++
	}
	if !c.word(k, "each", "both") || !c.word(k+1, "of") || !c.word(k+2, "them") || !c.word(k-1, "with", "met", "meets", "saw", "received", "receives", "hosted") {
		return nil, k
	}
	if obj := c.pluralAntecedent(k - 1); len(obj) > 0 {
		return obj, k + 3
	}
	if obj := c.st.travellersAt(c.si - 1); len(obj) > 0 {
		return obj, k + 3
	}
	var out []*entity
	add := func(e *entity) {
		if e != nil && len(out) < 2 && !containsEntity(out, e.canon()) {
			out = append(out, e.canon())
		}
	}
	subject := true // the person named last before k is the one who met them
	for mi := len(c.ms) - 1; mi >= 0; mi-- {
		if c.ms[mi].kind == mPerson && c.ms[mi].i < k {
			if !subject {
				add(c.ms[mi].ent)
			}
			subject = false
		}
	}
	for si := c.si - 1; si >= max(0, c.si-2) && len(out) < 2; si-- {
		ms := c.st.ms[si]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			if ms[mi].kind == mPerson {
				add(ms[mi].ent)
			}
		}
	}
	if len(out) < 2 {
		return nil, k
	}
	return out, k + 3
}

// bodyOfHolder returns the start of the person named after a body's name
// ending in "of" at j, "Central Bank of" in "Central Bank of Malawi
// Governor Y", or j.
func (c *sctx) bodyOfHolder(j int) int {
	q := j
	for q < min(len(c.toks), j+5) && c.at[q] < 0 && c.toks[q].kind == tokWord && c.toks[q].upper {
		q++
	}
	if q == j || !c.word(q, "of") || q+1 >= len(c.toks) || c.at[q+1] < 0 || c.ms[c.at[q+1]].kind != mPerson || c.ms[c.at[q+1]].i != q+1 {
		return j
	}
	return q + 1
}

// heldBefore reports a verb of holding (en.HoldVerbs) at most twelve tokens
// before the noun at k, with nothing named between: "held their annual
// strategic dialogue".
func (c *sctx) heldBefore(k int) bool {
	for j := k - 1; j >= max(0, k-12); j-- {
		if c.in(j, en.HoldVerbs) {
			return true
		}
		if c.at[j] >= 0 && (c.ms[c.at[j]].kind == mCountry || c.ms[c.at[j]].kind == mDemonym) && (c.ms[c.at[j]].compound || j > 0 && c.toks[j-1].text == "-" || j+1 < len(c.toks) && c.toks[j+1].text == "-") {
			continue // "held the Kenya-Ghana strategic dialogue"
		}
		if c.at[j] >= 0 && !c.word(j, "their", "his", "her", "its") || c.toks[j].kind != tokWord && c.toks[j].kind != tokNum && c.toks[j].text != "+" && c.toks[j].text != "-" && !isQuote(c.toks[j].text) {
			return false // "held a 2+2 dialogue", `held the second "2+2" dialogue`
		}
	}
	return false
}

// groupIncluding reads an object told as a group of people and then, after
// a comma, some of them by name ("the heads of three parties, including A
// and B", "several ministers, among them A and B"): the named. Nothing
// named may stand before the comma, and the group needs a plural noun of
// people (en.AttendeeNouns).
func (c *sctx) groupIncluding(k int) ([]*entity, int) {
	q := k
	if c.word(q, "with", "by", "to") {
		q++
	}
	plural := false
	for ; q < min(len(c.toks), k+12); q++ {
		if c.toks[q].text == "," {
			break
		}
		if mi := c.at[q]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun) {
			return nil, k
		}
		if c.toks[q].kind == tokPunct || c.word(q, "and", "who", "which", "that", "to") {
			return nil, k
		}
		plural = plural || c.in(q, en.AttendeeNouns) || c.at[q] >= 0 && c.ms[c.at[q]].kind == mRole && c.ms[c.at[q]].plural
	}
	n := c.phraseAt(q+1, en.IncludingWords)
	if !plural || q >= len(c.toks) || n == 0 {
		return nil, k
	}
	j := q + 1 + n
	if j >= len(c.toks) || c.at[j] < 0 {
		return nil, k
	}
	items, _, end := c.coordinated(j)
	if len(items) == 0 || !allPersons(items) {
		return nil, k
	}
	return items, end
}

// titleChain returns the token where a person's name starts after a
// chain of capitalised offices at k, set off by commas or joined by "and"
// ("Deputy Chair of the Standing Committee of the Congress, Director of
// the Office of X, Foreign Minister Y", "Secretary-General of the Party
// and President of Vietnam Z"), as state media give them; k when there is
// none.
func (c *sctx) titleChain(k int) int {
	if k >= len(c.toks) || c.toks[k].kind != tokWord || !c.toks[k].upper {
		return k
	}
	for j := k; j < min(len(c.toks), k+maxTitleChain); j++ {
		t := c.toks[j]
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson && !c.ms[mi].modifier {
			if j == k {
				return k
			}
			return c.ms[mi].i
		}
		switch {
		case t.kind == tokWord && (t.upper || c.word(j, "of", "the", "and", "for", "on")):
		case t.text == "," || t.text == "(" || t.text == ")":
		default:
			return k
		}
	}
	return k
}

// maxTitleChain is the most tokens a chain of offices before a name spans.
const maxTitleChain = 32

// kinBefore returns the token after "his brother", "her dear friend" at
// k when a person's name follows (en.KinNouns), else k.
func (c *sctx) kinBefore(k int) int {
	if !c.word(k, "his", "her", "their") {
		return k
	}
	q := k + 1
	if c.word(q, "dear", "close", "old") {
		q++
	}
	if !c.in(q, en.KinNouns) {
		return k
	}
	// "her sister Deputy Premier and Trade Minister of Oman Sayyida
	// X": past a bare role joined by "and" to the named one.
	for j := q + 1; j < len(c.toks) && c.at[j] >= 0; {
		m := c.ms[c.at[j]]
		if m.kind == mPerson {
			return j
		}
		if m.kind != mRole || !c.word(m.j, "and") {
			break
		}
		j = m.j + 1
	}
	return k
}

// firstObject returns the token of the first mention within reach of k, or
// -1 when a clause break, a verb of another clause or a preposition after a
// noun comes first ("spoke to concerns in Canada").
func (c *sctx) firstObject(k, reach int) int {
	j := k
	limit := min(len(c.toks), k+reach)
	for j < limit && c.at[j] < 0 {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == "." || t.text == ";" || t.text == ",") {
			return -1
		}
		if t.kind == tokWord && (t.lower == "to" || t.lower == "that" || t.lower == "who" || t.lower == "which" || t.lower == "said" || en.EventHeads[t.lower] || en.Subordinators[t.lower]) {
			return -1 // "met on Monday as X stepped up ...": X is no object
		}
		if j > k && t.kind == tokWord && (t.lower == "in" || t.lower == "of" || t.lower == "at" || t.lower == "on" || t.lower == "about" || t.lower == "over" || t.lower == "for" || t.lower == "from") {
			return -1
		}
		j++
	}
	if j >= limit || c.bodyBuilding(c.at[j]) {
		return -1 // "met at SADC House": the place, no one met
	}
	return j
}

// bodyBuilding reports a body's mention mi that names a building, a
// capitalised venue noun after it: "SADC House", "APEC Haus" (not the
// "UN Office for Disarmament Affairs", a body).
func (c *sctx) bodyBuilding(mi int) bool {
	m := c.ms[mi]
	if m.kind != mOrg || m.j >= len(c.toks) || !c.toks[m.j].upper || !c.in(m.j, en.VenueNouns) {
		return false
	}
	// ("the UN Office on Drugs and Crime": a body's name goes on.)
	on := c.word(m.j+1, "on") && m.j+2 < len(c.toks) && c.toks[m.j+2].upper && !c.in(m.j+2, en.WeekdayWords) && en.MonthNames[c.toks[m.j+2].lower] == 0
	return !c.word(m.j+1, "for", "of") && !on
}

// coordinated reads the actors coordinated from the mention at j ("A, B
// and C", "A as well as B", "A and the country's army chief"), with the
// separator before each item after the first (',' or '&') and the end of
// the last. "After talks with X, Y and Z were ...": a fronted phrase ends
// at its comma.
func (c *sctx) coordinated(j int) (items []*entity, seps []byte, end int) {
	fronted := c.word(0, "after", "before", "during", "following", "since", "speaking", "in", "at", "on", "following", "upon")
	// Only a list inside the fronted phrase ends at its comma: "Before
	// the summit opened, X sat down with A, B and C" and "On Tuesday X
	// met his host, Y" (a subject and its verb) list after it.
	for q := 0; q < j && fronted; q++ {
		if c.toks[q].text == "," || c.subjectAt(q) {
			fronted = false
		}
	}
	var sep byte
	end = j
	for j < len(c.toks) {
		mi := c.at[j]
		if mi < 0 {
			break
		}
		m := c.ms[mi]
		if m.kind == mCity {
			break
		}
		if c.personAttributive(m) || c.namedPossession(m) {
			j = m.j // "the Trump administration's envoy": not Trump
			continue
		}
		if m.kind == mPronoun && m.poss && len(items) > 0 {
			// "A and his wife B": the one named after the kin
			// noun, not the possessor; "A and his wife": none.
			q := m.j
			for q < min(len(c.toks), m.j+3) && c.at[q] < 0 && c.toks[q].kind == tokWord && !c.toks[q].upper {
				q++
			}
			if q > m.j && q+1 < len(c.toks) && c.toks[q].text == "," {
				q++ // "A and his wife, B"
			}
			if q == m.j || q >= len(c.toks) || c.at[q] < 0 || c.ms[c.at[q]].kind != mPerson {
				break
			}
			j = q
			continue
		}
		if a := c.actor(mi); a != nil {
			if containsEntity(items, a) {
				break
			}
			// "with Y, and Z said ...": a new clause, not a list item.
			if len(items) > 0 && c.in(m.j, en.SayVerbs) {
				break
			}
			if len(items) > 0 {
				seps = append(seps, sep)
			}
			items = append(items, a)
		} else if m.kind == mDemonym || m.modifier {
			j = c.nounThenPerson(m.j) // "Ukrainian official X": X
			continue
		}
		j = m.j
		// "Senator Ann Cole (D-Ohio) and Senator Ray Dunn": a parenthesis
		// after an item does not end the list.
		if j < len(c.toks) && c.toks[j].text == "(" {
			for q := j + 1; q < min(len(c.toks), j+8); q++ {
				if c.toks[q].text == ")" {
					j = q + 1
					break
				}
			}
		}
		end = j
		if cl := c.relativeBeforeAnd(j); cl > 0 {
			j = cl // "with A, who chairs the board, and later with B"
		} else if j < len(c.toks) && c.toks[j].text == "," && fronted && !c.listClosesWithComma(j) {
			break
		}
		var n int
		if n, sep = c.coordinator(j); sep == 0 || n >= len(c.toks) {
			break
		}
		if q := c.ofCountryThenName(n); q > n {
			n = q // "the presidents of Malawi, A, and of Zambia, B": B
		}
		if c.at[n] < 0 {
			if q := c.bodyOfHolder(n); q > n {
				j = q // "and Central Bank of Malawi Governor Y": Y
				continue
			}
			// "and the country's army chief": allow a determiner.
			if !c.word(n, "the", "his", "her", "their") || n+1 >= len(c.toks) || c.at[n+1] < 0 {
				break
			}
			n++
		}
		j = n
	}
	return items, seps, end
}

// nounThenPerson returns the start of a person named after one or two
// lower-case nouns at j ("official Andriy Y", "trade envoy Z"), the
// nouns standing for a role; j otherwise.
func (c *sctx) nounThenPerson(j int) int {
	q := j
	for q < min(len(c.toks), j+2) && c.at[q] < 0 && c.toks[q].kind == tokWord && !c.toks[q].upper && !determiners[c.toks[q].lower] && !c.in(q, en.ObjectPreps) {
		q++
	}
	if q > j && q < len(c.toks) && c.at[q] >= 0 && c.ms[c.at[q]].i == q && c.ms[c.at[q]].kind == mPerson && !c.ms[c.at[q]].poss {
		return q
	}
	return j
}

// relativeBeforeAnd returns the comma that closes a relative clause
// opened at the comma at j (", who ...,") when "and" follows it, or -1.
func (c *sctx) relativeBeforeAnd(j int) int {
	if j+1 >= len(c.toks) || c.toks[j].text != "," || !c.word(j+1, "who") {
		return -1
	}
	if cl := c.relativeClose(j); cl > 0 && c.word(cl+1, "and") {
		return cl
	}
	return -1
}

// coordinator reads the separator at n after a list item: ',' for a comma,
// '&' for "and", "as well as" or ", and" (with "and to", "and with"), 0 for
// none. It returns the token after it.
func (c *sctx) coordinator(n int) (int, byte) {
	var sep byte
	if n < len(c.toks) && c.toks[n].text == "," {
		n++
		sep = ','
	}
	if c.word(n, "as") && c.word(n+1, "well") && c.word(n+2, "as") {
		n += 3
		sep = '&'
	} else if c.word(n, "and") {
		n++
		sep = '&'
		n = c.skipSeparately(n)
	}
	if sep == '&' && c.word(n, "to", "with") {
		n++
	}
	if sep == ',' && c.word(n, "then", "later", "afterwards") && n+1 < len(c.toks) && c.at[n+1] >= 0 {
		n++ // "received A, then B, and then C"
	}
	return n, sep
}

// skipSeparately steps over an aside between "and" and a list's next item
// ("met A and, separately, B", "A and later B"): the items stay apart,
// since en.InTurn and the meeting reader keep them so.
func (c *sctx) skipSeparately(n int) int {
	q := c.skipAside(n)
	if q > n {
		q = c.skipAside(q) // "and then, separately, B"
	}
	return q
}

// skipAside steps over one aside of skipSeparately at n, or returns n.
func (c *sctx) skipAside(n int) int {
	q := n
	if q < len(c.toks) && c.toks[q].text == "," {
		q++
	}
	l := c.phraseAt(q, en.InTurn)
	if l == 0 && q > n {
		l = c.timeAside(q) // "received A and, later in the day, B"
	}
	if l == 0 && c.word(q, "later", "then", "afterwards", "subsequently") {
		l = 1
	}
	if l == 0 {
		return n
	}
	q += l
	if q < len(c.toks) && c.toks[q].text == "," {
		q++
	}
	return q
}

// timeAside returns the length of a time phrase at q that a comma closes
// ("in the afternoon,", "later in the day,", "on Friday,"), or 0: words
// of no actor, one of them a time word.
func (c *sctx) timeAside(q int) int {
	timed := false
	for r := q; r < min(len(c.toks), q+6); r++ {
		if c.toks[r].text == "," {
			if timed {
				return r - q
			}
			return 0
		}
		if c.toks[r].kind != tokWord || c.at[r] >= 0 {
			return 0
		}
		timed = timed || en.DayParts[c.toks[r].lower] || en.WeekdayWords[c.toks[r].lower] || c.word(r, "later", "earlier", "day")
	}
	return 0
}

// trimList keeps the items a list holds: a comma joins only inside a list
// that an "and" closes, save a bare list of three or more countries ("Iran,
// Saudi Arabia, Turkey, Qatar").
func trimList(items []*entity, seps []byte) []*entity {
	lastAnd := -1
	for i, s := range seps {
		if s == '&' {
			lastAnd = i
		}
	}
	keep := 1
	if lastAnd >= 0 {
		keep = lastAnd + 2
	} else if len(items) >= 3 {
		all := true
		for _, a := range items {
			all = all && a.kind == schema.KindCountry
		}
		if all {
			keep = len(items)
		}
	}
	return items[:min(keep, len(items))]
}

// dropRepresented drops the countries that a listed person already
// represents.
func dropRepresented(items []*entity) []*entity {
	out := items[:0]
	for _, a := range items {
		dup := false
		for _, b := range items {
			dup = dup || a.kind == schema.KindCountry && b.kind == schema.KindPerson && b.iso3 != "" && b.iso3 == a.iso3
		}
		if !dup {
			out = append(out, a)
		}
	}
	return out
}

// namedGroup reads a group of officials described by their countries and
// then named in apposition, one name per country: "her counterparts from
// A and B, X and Y", "the presidents of A and B, X and Y", "his A and B
// counterparts, X and Y". It returns the people and the end of the last
// name, or nil when the description is not such a group.
func (c *sctx) namedGroup(k int) ([]*entity, int) {
	countries, comma := c.groupDescription(k)
	if countries < 2 {
		return nil, k
	}
	items, seps, end := c.coordinated(comma + 1)
	if len(items) != countries || !allPersons(items) || len(seps) == 0 || seps[len(seps)-1] != '&' {
		return nil, k
	}
	// "..., X and Y said on Monday": the names begin a clause of their own.
	if c.clauseVerbAt(end) {
		return nil, k
	}
	return items, end
}

// clauseVerbAt reports a verb, or one of saying, at token end after a list
// of names: "..., X and Y said on Monday" makes the names a clause's
// subject, no apposition.
func (c *sctx) clauseVerbAt(end int) bool {
	return end < len(c.toks) && (c.in(end, en.SayVerbs) || c.toks[end].kind == tokWord && isVerbish(c.toks[end].lower))
}

// officialsNamed reads a group of officials of no stated country named in
// apposition: "the heads of the three ruling parties, A, B and C",
// "the party leaders, A and B". It returns the people and the end of the
// last name, or nil.
func (c *sctx) officialsNamed(k int) ([]*entity, int) {
	head, q := false, k
	for ; q < min(len(c.toks), k+10) && c.toks[q].text != ","; q++ {
		switch {
		case en.Officials[c.toks[q].lower]:
			head = true
		case c.plainWord(q) || c.toks[q].kind == tokNum:
		case head && c.toks[q].kind == tokWord && c.toks[q].upper && c.at[q] < 0:
			// "all members of the Joint Council, A, B and C"
		default:
			return nil, k
		}
	}
	if !head || q >= len(c.toks) || c.toks[q].text != "," {
		return nil, k
	}
	items, seps, end := c.coordinated(q + 1)
	if len(items) < 2 || !allPersons(items) || len(seps) == 0 || seps[len(seps)-1] != '&' {
		return nil, k
	}
	if c.clauseVerbAt(end) {
		return nil, k // "..., X and Y said on Monday": a clause of their own
	}
	return items, end
}

// envoyNamed reads an envoy named in apposition after whom they were sent
// by: "a special envoy of President X, Y", "X's personal envoy, Y": Y,
// not X. It returns the envoy and the end of the name, or nil.
func (c *sctx) envoyNamed(k int) (*entity, int) {
	q := k
	if c.word(q, "a", "an", "the") {
		q++
	}
	if q >= len(c.toks) {
		return nil, k
	}
	of := false
	if mi := c.at[q]; mi >= 0 && c.ms[mi].poss {
		q = c.ms[mi].j // "X's special envoy"
	} else {
		of = true
	}
	for c.word(q, "special", "personal", "presidential", "senior") {
		q++
	}
	if !c.in(q, en.EnvoyNouns) {
		return nil, k
	}
	q++
	if of {
		if !c.word(q, "of", "from") || q+1 >= len(c.toks) || c.at[q+1] < 0 {
			return nil, k
		}
		q = c.ms[c.at[q+1]].j // "of Peruvian President X"
	}
	if q+1 >= len(c.toks) || c.toks[q].text != "," {
		return nil, k
	}
	mi := c.at[q+1]
	if mi < 0 || c.ms[mi].kind != mPerson {
		return nil, k
	}
	if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
		return a, c.ms[mi].j
	}
	return nil, k
}

// roleAppositive reads an office described before its holder's name:
// "the newly appointed chief of the AU office in Sudan (AUOS), Ana Reyes", "the
// chief of the army, General X". It returns the person and the end of the
// name, or nil.
func (c *sctx) roleAppositive(k int) (*entity, int) {
	q := k
	if c.word(q, "the", "a", "its", "his", "her", "their") {
		if q++; q < len(c.at) && c.at[q] >= 0 && c.ms[c.at[q]].kind == mRole && c.ms[c.at[q]].j-1 > q && en.RoleHeads[c.toks[c.ms[c.at[q]].j-1].lower] {
			q = c.ms[c.at[q]].j - 1 // "the presidential candidate of the Y party, X": the head
		}
	} else if q < len(c.at) && c.at[q] >= 0 && c.ms[c.at[q]].kind == mRole && c.ms[c.at[q]].j-1 > q {
		q = c.ms[c.at[q]].j - 1 // "Chile's ambassador to Japan, X": the head
	}
	for c.in(q, en.RoleAdjectives) {
		q++
	}
	if q >= len(c.toks) || !en.RoleHeads[c.toks[q].lower] || !c.word(q+1, "of", "for", "at", "to") {
		return nil, k
	}
	for r := q + 1; r < min(len(c.toks)-1, q+18); r++ {
		if mi := c.at[r]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun) {
			return nil, k
		}
		t := c.toks[r]
		if t.text == "," {
			mi := c.at[r+1]
			if mi < 0 || c.ms[mi].kind != mPerson {
				return nil, k
			}
			end := c.ms[mi].j
			if c.clauseVerbAt(end) {
				return nil, k // "..., X said": a new clause
			}
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				return a, end
			}
			return nil, k
		}
		if t.kind == tokPunct && t.text != "(" && t.text != ")" && t.text != "-" && t.text != "'" || t.kind == tokWord && !t.upper && !c.in(r, en.RoleFillers) {
			return nil, k
		}
	}
	return nil, k
}

// groupDescription reads the description of a group of officials from k
// to a comma: determiners, countries and demonyms, and a plural noun of
// office ("counterparts", "the presidents of"). It returns how many
// countries it names and the comma, or 0 when k starts no such description.
// A name given in apposition to the last country's official may have been
// read with it as one mention ("Peruvian counterparts, X"): the comma is
// then inside that mention.
func (c *sctx) groupDescription(k int) (countries, comma int) {
	group := false
	for q := k; q < min(len(c.toks), k+14); q++ {
		if c.toks[q].text == "," {
			if q+1 < len(c.toks) && c.at[q+1] >= 0 && (c.ms[c.at[q+1]].kind == mCountry || c.ms[c.at[q+1]].kind == mDemonym) {
				continue // "from A, B and C"
			}
			if !group {
				return 0, 0
			}
			return countries, q
		}
		mi := c.at[q]
		if mi < 0 {
			if en.Officials[c.toks[q].lower] {
				group = true
			} else if c.toks[q].kind != tokWord || c.toks[q].upper || !c.in(q, en.GroupFillers) {
				return 0, 0
			}
			continue
		}
		m := c.ms[mi]
		switch {
		case m.kind == mCountry || m.kind == mDemonym:
			countries++
		case (m.kind == mRole || m.kind == mGroup) && m.plural:
			// "the presidents of A": the group holds its country
			group = true
			if m.iso3 != "" {
				countries++
			}
		case m.kind == mPronoun && c.word(q, "his", "her", "their"):
		case m.kind == mPerson && m.iso3 != "":
			for p := q; p < m.j; p++ {
				if c.toks[p].text == "," && (group || c.inSpan(q, p, en.Officials)) {
					return countries + 1, p
				}
			}
			return 0, 0
		default:
			return 0, 0
		}
		q = m.j - 1
	}
	return 0, 0
}

// inSpan reports whether a word of class stands in tokens [i, j).
func (c *sctx) inSpan(i, j int, class map[string]bool) bool {
	for q := i; q < j; q++ {
		if c.in(q, class) {
			return true
		}
	}
	return false
}

// firstMentionEnd returns the end of the first mention in [k, end).
func firstMentionEnd(c *sctx, k, end int) int {
	for j := k; j < end && j < len(c.toks); j++ {
		if mi := c.at[j]; mi >= 0 {
			return c.ms[mi].j
		}
	}
	return end
}

// appositivePerson returns the person named after a comma that closes an
// unnamed official's description at j ("... junta chief, Min Aung Hlaing").
func (c *sctx) appositivePerson(j int) (*entity, int) {
	for q := j; q < min(len(c.toks), j+5); q++ {
		t := c.toks[q]
		if t.text == "," {
			if q+1 < len(c.toks) && c.at[q+1] >= 0 && c.ms[c.at[q+1]].kind == mPerson {
				// Not the subject of a new clause: "..., envoy X said".
				if e := c.ms[c.at[q+1]].j; e < len(c.toks) && c.toks[e].kind == tokWord && isVerbish(c.toks[e].lower) {
					return nil, j
				}
				if a := c.actor(c.at[q+1]); a != nil && a.kind == schema.KindPerson {
					return a, c.ms[c.at[q+1]].j
				}
			}
			return nil, j
		}
		if t.kind != tokWord || t.upper && c.at[q] < 0 || en.EventHeads[t.lower] || c.word(q, "and", "to", "on", "in", "for", "with", "who", "which", "that") {
			return nil, j
		}
	}
	return nil, j
}

// subjectAt reports a person named at q, not in the possessive, with a
// verb right after the name: the subject of a clause.
func (c *sctx) subjectAt(q int) bool {
	mi := c.at[q]
	if mi < 0 || c.ms[mi].i != q || c.ms[mi].poss || c.ms[mi].kind != mPerson && c.ms[mi].kind != mPronoun {
		return false
	}
	return c.clauseVerbAt(c.ms[mi].j)
}

// ofCountryThenName returns the person named after "of", a country and a
// comma at n ("..., and of Zambia, B"), or n.
func (c *sctx) ofCountryThenName(n int) int {
	if !c.word(n, "of") || n+1 >= len(c.toks) || c.at[n+1] < 0 {
		return n
	}
	m := c.ms[c.at[n+1]]
	if m.kind != mCountry || m.j+1 >= len(c.toks) || c.toks[m.j].text != "," || c.at[m.j+1] < 0 || c.ms[c.at[m.j+1]].kind != mPerson {
		return n
	}
	return m.j + 1
}

// listClosesWithComma reports whether the coordinated list that continues
// at the comma n ends in another comma ("After talks with A, B and C, X
// said"), so that it all belongs to a fronted phrase.
func (c *sctx) listClosesWithComma(n int) bool {
	j := n
	for j < len(c.toks) {
		if c.toks[j].text == "," || c.word(j, "and") {
			j++
			continue
		}
		if c.at[j] < 0 {
			return false
		}
		j = c.ms[c.at[j]].j
		for j < len(c.toks) && c.at[j] >= 0 {
			j = c.ms[c.at[j]].j
		}
		if j < len(c.toks) && c.toks[j].text == "," && !c.word(j+1, "and") && (j+1 >= len(c.toks) || c.at[j+1] < 0 || c.word(j-1, "and") || c.prevAnd(j)) {
			return true
		}
		if j >= len(c.toks) || c.toks[j].text != "," && !c.word(j, "and") {
			return false
		}
	}
	return false
}

// prevAnd reports whether an "and" joined the list item that ends at j.
func (c *sctx) prevAnd(j int) bool {
	if j == 0 || c.at[j-1] < 0 {
		return false
	}
	i := c.ms[c.at[j-1]].i
	return c.word(i-1, "and") || c.word(i-2, "and") && c.word(i-1, "the", "his", "her")
}

// subjects finds the actors before token k in its clause: the nearest
// actor, and those conjoined with it ("X and Y met", "he, Baker and Poehl
// had"). A relative pronoun points back to its antecedent ("Akiman, who
// arrived").
func (c *sctx) subjects(k int) []*entity {
	if s, ok := c.carriedSubjects(k); ok {
		return s
	}
	if c.pairOpensClause(k) {
		if ps := c.groupPair(k); len(ps) >= 2 {
			return ps
		}
	}
	if a := c.participleSubject(k); a != nil {
		return []*entity{a} // "Before sitting down with Y, X laid a wreath"
	}
	if p := c.firstParticiple(k); p >= 0 {
		return c.subjects(p) // "..., meeting A and B and having an audience with C"
	}
	cs := c.clauseStart(k)
	if f := participleEnd(c.toks, cs); f > 0 && f < k {
		cs = f // "After leaving X, the mediators met Y": not X
	}
	if ps := c.ledWith(cs, k); ps != nil {
		return ps
	}
	j := k - 1
	depth := 0
	for j >= cs {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == ")" || t.text == "]") {
			depth++
		}
		if t.kind == tokPunct && (t.text == "(" || t.text == "[") && depth > 0 {
			depth--
		}
		if depth == 0 && c.word(j, "who") && c.word(j-1, "leaders", "ministers", "presidents", "heads", "officials", "delegates") && c.word(j-2, "the") && c.word(j-3, "among") && c.word(j-4, "were", "are", "was", "is") {
			// "A, B and C were among the leaders who attended": the
			// leaders meant are the subjects of "were".
			return c.subjects(j - 4)
		}
		if depth == 0 && c.word(j, "whom") && c.quantifiedRelative(j-2) {
			// "A, B and C, all of whom flew in": each of them.
			if as := c.listBeforeComma(j - 3); as != nil {
				return as
			}
		}
		if depth == 0 && c.word(j, "who", "whom") {
			return c.whoSubjects(j)
		}
		if depth == 0 {
			if a := c.saidOfRelative(j); a != nil {
				return []*entity{a} // "X, whom he said recently spoke with Y"
			}
		}
		if depth == 0 {
			if as := c.relativeAntecedent(j, k, cs); as != nil {
				return as
			}
		}
		// "Westfield said Marlow also had talks": the reported clause's
		// subject comes after the verb of saying, or is not named.
		if depth == 0 && j+1 < k && c.in(j, en.SayVerbs) && (c.toks[j+1].upper && c.at[j+1] < 0 && !en.WeekdayWords[c.toks[j+1].lower] && en.MonthNames[c.toks[j+1].lower] == 0 || c.unnamedPeopleBefore(k)) {
			return nil // "He said teams had been to Seoul": the teams'
		}
		mi := c.at[j]
		if depth == 0 && mi >= 0 && c.ms[mi].poss && c.ms[mi].j <= k && k-c.ms[mi].j <= 3 && c.plainBetween(c.ms[mi].j, k) && !c.prepBetween(c.ms[mi].j, k) {
			// "her talks with", "Gandhi's visit": the possessor.
			if a := c.actor(mi); a != nil {
				return []*entity{a}
			}
		}
		if depth == 0 && mi >= 0 {
			m := c.ms[mi]
			if c.notSubject(m, k) || (m.kind == mCity || m.kind == mCountry) && (c.in(m.i-1, en.TravelVerbs) || c.placeBeforeParticiple(m, k)) || c.destinationListed(m) {
				// "X reached Hanoi and then saw Y", "X, before leaving
				// Malawi, spoke with Y": the place is no subject of its own.
				j = m.i - 1
				continue
			}
			// "U.S. firm Boeing held talks": a company is the subject, and
			// no actor of diplomacy.
			if m.company {
				return nil
			}
			// "The Russian delegation arrived": the one the story said
			// led it, not Russia.
			if m.kind == mDemonym && c.word(m.j, "delegation") || m.kind == mGroup && c.word(m.j-1, "delegation") {
				if l := c.delegationLeader(cs, k); l != nil {
					return []*entity{l}
				}
			}
			if p := c.sentWhere(m); p != nil {
				return []*entity{p} // "X dispatched Y to Lilongwe, where he met Z"
			}
			if a := c.actor(mi); a != nil {
				out := append([]*entity{a}, c.conjoined(m, cs)...)
				for _, p := range c.pronounAnd(cs, m.i) {
					if !containsEntity(out, p) {
						out = append(out, p)
					}
				}
				return out
			}
			j = m.i - 1
			continue
		}
		j--
	}
	return c.unnamedSubjects(cs, k)
}

// unnamedSubjects finds the actors a clause that names none before k
// points back to: a delegation, a party, "they" or "the two" told before.
func (c *sctx) unnamedSubjects(cs, k int) []*entity {
	// "The delegation was received by Y": the one the story said led it.
	if l := c.delegationLeader(cs, k); l != nil {
		return []*entity{l}
	}
	// "The lawmakers met Y": the party named before.
	if ps := c.partyMembers(cs, k); ps != nil {
		return ps
	}
	// "A and B landed in X. They were greeted by Y": those who came.
	if c.theyOpens(cs, k) {
		if ps := c.theyParty(); ps != nil {
			return ps
		}
	}
	// "The two sat down with Y", "the visiting pair called on Y": the
	// two told before.
	return c.groupPair(k)
}

// firstParticiple returns the participle after a comma that a second one
// joined by "and" at most a few words before the trigger at k shares its
// subject with ("X toured the region, meeting A and B and having an
// audience with C": X had it, not B), or -1.
func (c *sctx) firstParticiple(k int) int {
	// The second is the trigger ("and meeting C") or its support verb
	// ("and having an audience with C", "and holding talks with C").
	second := -1
	for j := k; j >= max(1, k-3); j-- {
		if strings.HasSuffix(c.toks[j].lower, "ing") && c.word(j-1, "and") && (j == k || c.in(j, en.SupportVerbs)) {
			second = j
			break
		}
	}
	if second < 0 {
		return -1
	}
	for j := second - 2; j >= 1; j-- {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			return -1
		}
		if c.toks[j-1].text == "," && c.toks[j].kind == tokWord && strings.HasSuffix(c.toks[j].lower, "ing") && c.at[j] < 0 {
			return j
		}
	}
	return -1
}

// placeBeforeParticiple reports a place named as an object inside the
// clause before a participle adjunct at k ("X chose Lusaka for his first
// trip, meeting Y"): the participle's subject is the clause's, not the
// place's state.
func (c *sctx) placeBeforeParticiple(m mention, k int) bool {
	if k >= 3 && c.toks[k-2].text == "," && strings.HasSuffix(c.toks[k-1].lower, "ing") {
		k-- // ", holding talks with Y": the participle before the noun
	}
	if k < 2 || c.toks[k-1].text != "," || !strings.HasSuffix(c.toks[k].lower, "ing") || m.i == 0 {
		return false
	}
	q := m.i - 1
	// "chose Lusaka and Nairobi": back to the list's first place.
	for q > 0 && (c.word(q, "and", "or") || c.toks[q].text == ",") && c.at[q-1] >= 0 && (c.ms[c.at[q-1]].kind == mCity || c.ms[c.at[q-1]].kind == mCountry) {
		q = c.ms[c.at[q-1]].i - 1
	}
	if q < 0 {
		return false
	}
	t := c.toks[q]
	return t.kind == tokWord && !t.upper && t.lower != "and" && t.lower != "or"
}

// theyParty returns those a clause's "they" stands for: the visitors of
// the sentence before ("A and B landed in X. They were greeted by Y"), or
// of the one before that when the sentence between names no one, the
// leader of a delegation just told ("A delegation led by X arrived.
// They were received by Y"), or a party named near; nil for none.
func (c *sctx) theyParty() []*entity {
	if vs := c.st.visitorsOf(c.si - 1); len(vs) >= 2 {
		return c.st.withLeads(vs, c.si-1)
	}
	if vs := c.st.visitorsOf(c.si - 2); len(vs) >= 2 && c.si >= 2 && !c.st.namesPeople(c.si-1) {
		return c.st.withLeads(vs, c.si-2) // "A and B landed on Sunday. Their first day was quiet. On Monday they met C."
	}
	if l := c.delegationLedBy(1); l != nil {
		return []*entity{l}
	}
	if ps := c.st.partyNear(c.si); len(ps) >= 2 {
		return ps
	}
	// "A and B landed in X. In X, they held talks with C. On Friday, D
	// received them": the two told as one side lately.
	return c.st.pluralNear(c.si)
}

// atGatheringAfter reports "at" and a gathering noun after token j in its
// clause: "... with Y at the foreign ministers' meeting".
func (c *sctx) atGatheringAfter(j int) bool {
	for q := j; q < len(c.toks) && !(c.toks[q].kind == tokPunct && c.toks[q].text != "-" && c.toks[q].text != "'"); q++ {
		if c.word(q, "at", "during") && c.gatheringNoun(q+1, 8) > 0 {
			return true
		}
	}
	return false
}

// causeAdverbial reports "at X's request", "on the invitation of Y",
// "at their request" around the noun at j.
func (c *sctx) causeAdverbial(j int) bool {
	b := j - 1
	if b >= 0 && (c.word(b, "the", "his", "her", "their", "its", "our", "my", "your") || c.at[b] >= 0 && c.ms[c.at[b]].poss) {
		b--
		if b >= 0 && c.at[b+1] >= 0 && c.ms[c.at[b+1]].poss {
			b = c.ms[c.at[b+1]].i - 1 // "at the Kenyan president's request"
		}
	}
	return c.word(b, "at", "on", "upon")
}

// multilateralNoun reports a meeting noun at k told as multilateral ("a
// multilateral meeting", "the multilateral session on Sudan").
func (c *sctx) multilateralNoun(k int) bool {
	for j := k - 1; j >= max(0, k-3); j-- {
		if c.in(j, en.MultilateralWords) {
			return true
		}
		if c.toks[j].kind != tokWord || c.at[j] >= 0 {
			return false
		}
	}
	return false
}

// namedMeetingNoun reports a capitalised meeting noun at k that ends a
// proper name ("the Lake Forum Ministers' Meeting", "the Lake Summit").
func (c *sctx) namedMeetingNoun(k int) bool {
	if !c.toks[k].upper || k < 2 {
		return false
	}
	p := k - 1
	if c.toks[p].text == "'" || c.toks[p].text == "’" {
		p-- // "Ministers' Meeting"
	}
	return c.toks[p].kind == tokWord && c.toks[p].upper
}

// phraseEndingAt returns the length of the longest phrase of ps that ends
// at token j, or 0.
func (c *sctx) phraseEndingAt(j int, ps [][]string) int {
	best := 0
	for i, p := range ps {
		if n := len(p); n > best && phraseIn(c.toks, j-n+1, ps[i:i+1]) == n {
			best = n
		}
	}
	return best
}

// movedToFor returns the verb of a short move before the meeting noun at
// k that is the move's purpose: "went to State House for talks", "walked to
// the east wing for a meeting" (en.MoveVerbs); -1 for none, or for a journey
// to a named city or country ("headed to Lusaka for talks").
func (c *sctx) movedToFor(k int) int {
	f := k - 1
	for f > k-3 && c.plainWord(f) && !c.word(f, "for") {
		f--
	}
	if !c.word(f, "for") {
		return -1
	}
	for j := f - 1; j > 0 && j >= f-6; j-- {
		if c.word(j, "to", "into") && c.in(j-1, en.MoveVerbs) {
			return j - 1
		}
		if c.word(j, "to", "into") && c.word(j-1, "over", "across", "back") && c.in(j-2, en.MoveVerbs) {
			return j - 2 // "walked over to"
		}
		if mi := c.at[j]; c.toks[j].kind == tokPunct || mi >= 0 && c.ms[mi].kind != mPronoun {
			return -1
		}
	}
	return -1
}

// groupRightBefore reports "the two", "both" or "the three leaders" as
// the subject right before the verb at k, past auxiliaries and adverbs
// ("the two had then talked", "both men met").
func (c *sctx) groupRightBefore(k int) bool {
	j := k - 1
	if c.word(j, "a", "an") {
		j-- // "had a meeting"
	}
	if c.in(j, en.SupportVerbs) && j < k-1 || c.in(j, en.SupportVerbs) && len(en.Lookup(c.toks[k].lower)) > 0 && c.in(k, en.MeetingNouns) {
		j-- // "the two held talks", "both had a meeting"
	} else if n := c.phraseEndingAt(j, en.ProceedTo); n > 0 && c.in(k, en.MeetingNouns) {
		j -= n // "the two leaders proceeded to talks"
	} else if v := c.movedToFor(k); v > 0 && c.in(k, en.MeetingNouns) {
		j = v - 1 // "the pair then walked to the east wing for talks"
	}
	for j > 0 && (c.in(j, en.Auxiliaries) || c.word(j, "then", "later", "also", "again", "afterwards") || strings.HasSuffix(c.toks[j].lower, "ly") && c.toks[j].kind == tokWord && c.at[j] < 0) {
		j--
	}
	if c.in(j, en.PartyGroupHeads) {
		j--
	}
	if j > 0 && c.at[j] >= 0 && (c.ms[c.at[j]].kind == mDemonym || c.ms[c.at[j]].kind == mGroup) && c.ms[c.at[j]].i == j {
		j-- // "the two German ministers"
	}
	return c.word(j, "two", "three", "four") && c.word(j-1, "the") || c.word(j, "both")
}

// pronounAnd returns whom a clause-initial "they and" or "he and" before
// the named subject at n stands for ("They and their hosts, A and B, held
// talks"): the travellers of the sentence before for "they", the
// pronoun's referent for "he" or "she".
func (c *sctx) pronounAnd(cs, n int) []*entity {
	j := cs
	for j < n && j < cs+3 && c.at[j] < 0 {
		j++ // "There they and ...", "Inside, they and ..."
	}
	mi := c.at[j]
	if j >= n || mi < 0 || c.ms[mi].kind != mPronoun || c.ms[mi].poss || !c.word(c.ms[mi].j, "and") {
		return nil
	}
	for q := cs; q < j; q++ {
		if c.toks[q].kind != tokWord && c.toks[q].text != "," {
			return nil
		}
	}
	if c.word(j, "they") {
		if vs := c.st.visitorsOf(c.si - 1); len(vs) >= 2 {
			return vs
		}
		return nil
	}
	if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
		return []*entity{a}
	}
	return nil
}

// andAfterRelative reports a verb at k coordinated by ", and" right after a
// relative clause (", where ...", ", who ...") that follows the main
// clause's verb.
func (c *sctx) andAfterRelative(k int) bool {
	if !c.coordinatedVerb(k) {
		return false
	}
	and := -1
	for j := k - 1; j >= max(1, k-6); j-- {
		if c.word(j, "and") && c.toks[j-1].text == "," {
			and = j
			break
		}
	}
	if and < 0 {
		return false
	}
	for j := and - 2; j > 0; j-- {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "and", "but") {
			return false
		}
		if c.toks[j].text == "," && c.word(j+1, "where", "who", "whom") {
			return c.pastForm(j-1) || c.at[j-1] >= 0 // "flew to Paris, where", "met Y, who"
		}
	}
	return false
}

// destinationListed reports a place listed after a journey's "to":
// "travelling to Kampala and Kigali to meet Y" (Kigali meets no one).
func (c *sctx) destinationListed(m mention) bool {
	if m.kind != mCity && m.kind != mCountry {
		return false
	}
	q := m.i - 1
	for q > 0 && (c.word(q, "and") || c.toks[q].text == ",") {
		q--
		if c.at[q] < 0 {
			return false
		}
		p := c.ms[c.at[q]]
		if p.kind != mCity && p.kind != mCountry {
			return false
		}
		q = p.i - 1
	}
	return q < m.i-1 && c.word(q, "to") && q > 0 && (c.in(q-1, en.TravelVerbs) || c.in(q-1, en.TravelParticiples))
}

// andAfterInfinitive returns the first verb of a sentence whose verb at k
// is coordinated after ", and" with it when an infinitive follows that
// first verb: "X used the trip to urge Y not to let Z win, and then
// hosted ...": Y and Z are objects, and X is the subject of both verbs.
// It returns -1 otherwise.
func (c *sctx) andAfterInfinitive(k int) int {
	if !c.coordinatedVerb(k) {
		return -1
	}
	and := -1
	for j := k - 1; j >= max(1, k-6); j-- {
		if c.word(j, "and") && c.toks[j-1].text == "," {
			and = j
			break
		}
	}
	first := -1
	for j := 0; j < and; j++ {
		if c.at[j] >= 0 {
			first = c.at[j]
			break
		}
	}
	if first < 0 || c.ms[first].kind != mPerson && c.ms[first].kind != mRole {
		return -1
	}
	// The subject, its conjuncts, then the first verb.
	v := c.ms[first].j
	for v < and && (c.at[v] >= 0 || c.word(v, "and", ",")) {
		v++
	}
	if v >= and || c.toks[v].kind != tokWord || c.toks[v].upper {
		return -1
	}
	for j := v + 1; j+1 < and; j++ {
		if c.toks[j].kind == tokPunct {
			return -1
		}
		if c.word(j, "to") && c.toks[j+1].kind == tokWord && !c.toks[j+1].upper && c.at[j+1] < 0 && !c.word(j+1, "the", "a", "an") {
			return v
		}
	}
	return -1
}

// carriedSubjects returns the subjects of the verb at k that a clause
// before carries over to it, and whether it found any.
func (c *sctx) carriedSubjects(k int) ([]*entity, bool) {
	if a := c.labelledPoster(k); a != nil {
		return []*entity{a}, true // `X: "Landed in Y for the summit."`
	}
	if c.andAfterRelative(k) {
		// "X flew to Paris, where Y received him, and went on to
		// Warsaw": the sentence's subject goes on, not the relative's.
		if a := c.sentenceSubject(k); a != nil {
			return []*entity{a}, true
		}
	}
	if v := c.andAfterInfinitive(k); v >= 0 {
		// "X used the visit to press Y to act, and then met Z": the
		// first verb's subject, not the infinitive's object.
		return c.subjects(v), true
	}
	if v := c.thenVerb(k); v >= 0 {
		// "X paid a call on Y, then held talks with Z": the first verb's
		// subject (none when it is not named), never Y.
		return c.subjects(v), true
	}
	if c.groupRightBefore(k) {
		// "X greeted Y and the two had talked": the pair, not Y alone.
		if pair := c.groupPair(k); pair != nil {
			return pair, true
		}
	}
	return nil, false
}

// thenVerb returns the verb in the past before a comma and a "then"
// ("later", "afterwards") that open the clause of the trigger at k with no
// subject of its own ("paid a call on Y, then held separate meetings with
// Z"), or -1.
func (c *sctx) thenVerb(k int) int {
	then := -1
	for j := k - 1; j >= max(2, k-4) && then < 0; j-- {
		if c.at[j] >= 0 || c.toks[j].kind != tokWord {
			return -1
		}
		if c.in(j, en.SequelAdverbs) && (c.toks[j-1].text == "," || c.word(j-1, "and") && c.toks[j-2].text == ",") {
			then = j
		}
	}
	if then < 0 {
		return -1
	}
	for v := then - 2; v >= 0; v-- {
		if c.toks[v].text == ";" || c.toks[v].text == "." {
			return -1
		}
		if c.at[v] < 0 && c.pastForm(v) && !c.toks[v].upper {
			if c.relativeOpenBefore(v) {
				return -1 // "X, where Y had received him, later met Z"
			}
			return v
		}
	}
	return -1
}

// relativeOpenBefore reports a relative word ("where", "who") between the
// start of the sentence (or its last semicolon) and token v.
func (c *sctx) relativeOpenBefore(v int) bool {
	for q := v - 1; q >= 0 && c.toks[q].text != ";"; q-- {
		if c.word(q, "where", "who", "whom", "which", "when") {
			return true
		}
	}
	return false
}

// labelledPoster returns the person who labels a quoted post or remark
// whose clause opens with its verb, the subject left out as posts leave
// it: `Kenya's President X: "Arrived in Y for the summit."`, `X: "Met
// President Z today."`. Nil when the quote names an actor before the verb
// at k.
func (c *sctx) labelledPoster(k int) *entity {
	cs := c.clauseStart(k)
	if cs < 3 || !isQuote(c.toks[cs-1].text) || c.toks[cs-2].text != ":" {
		return nil
	}
	for j := cs; j < k; j++ {
		if c.at[j] >= 0 || c.toks[j].kind != tokWord {
			return nil
		}
	}
	n := cs - 3
	if c.word(n, "again", "also", "later", "too") {
		n-- // `X again: "Held talks with ..."`
	}
	if n < 0 || c.at[n] < 0 {
		return nil
	}
	if m := c.ms[c.at[n]]; m.kind != mPerson || m.j != n+1 {
		return nil
	}
	return c.actor(c.at[n])
}

// participleSubject returns the subject of the main clause when the
// trigger at k is in a fronted participle phrase ("On Monday, before
// sitting down with Y, X laid a wreath": X sat down with Y), or nil.
func (c *sctx) participleSubject(k int) *entity {
	if k >= 2 && c.in(k-1, en.ParticipleSubordinators) && strings.HasSuffix(c.toks[k].lower, "ing") {
		// "X announced the deal while hosting Y": the main clause's
		// subject hosts.
		return c.sentenceSubject(k - 1)
	}
	if p := k - boolInt(c.in(k-1, en.SupportVerbs)); p >= 2 && c.toks[p-1].text == "," && strings.HasSuffix(c.toks[p].lower, "ing") && c.pronounObjectAfter(k) {
		// "X was received by Y, sitting down with him", "..., holding
		// talks with him": the main clause's subject sits down, and
		// "him" is Y.
		return c.sentenceSubject(p - 1)
	}
	for b := k - 1; b >= max(0, k-3); b-- {
		if e := participleEnd(c.toks, b); e > k+1 && (b == 0 || c.toks[b-1].text == ",") {
			if mi := c.at[min(e, len(c.at)-1)]; e < len(c.toks) && mi >= 0 && c.ms[mi].kind == mPerson {
				return c.actor(mi)
			}
			return nil
		}
	}
	return nil
}

// pronounObjectAfter reports an object pronoun ("him", "her", "them")
// within the few words after the verb at k.
func (c *sctx) pronounObjectAfter(k int) bool {
	for j := k + 1; j < min(len(c.toks), k+5) && c.toks[j].kind == tokWord; j++ {
		if c.word(j, "him", "her", "them") && objectPronoun(c.toks, j) {
			return true
		}
	}
	return false
}

// partySubject reports a clause [cs, k) whose subject is "the" and a
// travelling party's noun (en.PartyNouns: "the delegation", "the
// senators", "the visiting trio"), and nothing named.
func (c *sctx) partySubject(cs, k int) bool {
	for j := cs; j < k; j++ {
		if c.word(j, "the") && (c.in(j+1, en.PartyNouns) || c.in(j+1, en.PartyModifiers) && c.in(j+2, en.PartyNouns)) {
			n := j + 1 + boolInt(!c.in(j+1, en.PartyNouns))
			for q := n + 1; q < k; q++ {
				if c.at[q] >= 0 {
					return false
				}
			}
			return c.at[n] < 0 || c.actor(c.at[n]) == nil
		}
		if c.at[j] >= 0 {
			return false
		}
	}
	return false
}

// partyMembers returns who a party noun that opens the clause [cs, k)
// stands for: the members of a party named before ("The group included A
// and B. The lawmakers met Y"), or else the two or more travellers told
// last ("A, B and C arrived in X. The delegation called on Y").
func (c *sctx) partyMembers(cs, k int) []*entity {
	if !c.partySubject(cs, k) {
		return nil
	}
	if ps := c.st.partyNear(c.si); len(ps) >= 2 && !c.delegationNoun(cs, k) {
		return ps
	}
	for si := c.si - 1; si >= max(0, c.si-8); si-- {
		if vs := c.st.visitorsOf(si); len(vs) >= 2 {
			return c.st.withLeads(vs, si)
		}
	}
	return nil
}

// withLeads adds to the travellers vs told at sentence si the rest of the
// party the sentence named them in ("X led a delegation to Y. X was joined
// by A and B. The delegation landed ...": X too, whose trip was told
// before).
func (st *docState) withLeads(vs []*entity, si int) []*entity {
	out := vs
	for _, p := range st.parties {
		if p.sent != si || !containsCanon(p.members, vs[0]) {
			continue
		}
		for i := len(p.members) - 1; i >= 0; i-- {
			if m := p.members[i].canon(); !containsCanon(out, m) {
				out = append([]*entity{m}, out...)
			}
		}
	}
	return out
}

// delegationNoun reports "delegation" among the tokens [cs, k): a party
// its leader stands for.
func (c *sctx) delegationNoun(cs, k int) bool {
	for j := cs; j < k; j++ {
		if c.word(j, "delegation", "mission") {
			return true
		}
	}
	return false
}

// theyOpens reports a clause [cs, k) whose subject is "they" (or a noun
// "their" opens: "their plane"), with nothing but lower-case words
// between it and k.
func (c *sctx) theyOpens(cs, k int) bool {
	for j := cs; j < k; j++ {
		if c.word(j, "they", "their") {
			return c.plainBetween(j+1, k)
		}
		if c.toks[j].kind == tokWord && c.at[j] < 0 && (!c.toks[j].upper || j == 0 || c.in(j, en.WeekdayWords) || en.MonthNames[c.toks[j].lower] != 0) || c.toks[j].kind == tokNum || c.toks[j].text == "," {
			continue // ("In the morning, they ...", "On Monday they ...")
		}
		if mi := c.at[j]; mi >= 0 && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry) && c.word(j-1, "in", "at") {
			j = c.ms[mi].j - 1 // "In Nairobi, they ..."
			continue
		}
		return false
	}
	return false
}

// prepBetween reports a preposition among tokens [i, k): "the EU's rules
// during talks" puts the possessor's noun before the talks' own phrase.
func (c *sctx) prepBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if c.word(j, "during", "at", "in", "after", "before", "following", "on", "for", "of", "amid", "with") {
			return true
		}
	}
	return false
}

// maxLeaderReach is how far after "led by" the name of a delegation's
// leader may stand, past a long title.
const maxLeaderReach = 18

// delegationLeader returns the leader of "the delegation" that is the
// subject of the clause [cs, k) ("the Russian delegation", "the
// delegation"), named before as "a delegation led by X" or "headed by X"
// in this sentence or the six before; nil otherwise.
func (c *sctx) delegationLeader(cs, k int) *entity {
	d := -1
	for j := cs; j < k; j++ {
		// "the delegation", "the mediators": the party told before.
		if c.word(j, "delegation", "mediators", "envoys", "negotiators") && c.toks[j].kind == tokWord {
			d = j
			break
		}
	}
	if d < 0 || !c.word(d-1, "the") && !c.word(d-2, "the") {
		return nil
	}
	return c.delegationLedBy(6)
}

// delegationLedBy returns the leader of a party told as "a delegation led by X" in
// this sentence or the back before it, or nil.
func (c *sctx) delegationLedBy(back int) *entity {
	for si := c.si; si >= max(0, c.si-back); si-- {
		toks, ms := c.st.doc.sentences[si].toks, c.st.ms[si]
		for q := 0; q+3 < len(toks); q++ {
			// "a delegation (mission, team) led by X", "a delegation of
			// the Senate, led by its Speaker X".
			if toks[q+1].lower != "led" && toks[q+1].lower != "headed" || toks[q+2].lower != "by" || !ledPartyBefore(toks, q) {
				continue
			}
			for _, m := range ms {
				// "headed by the State Secretary for Defence of X, General Y":
				// the first person past a long title.
				if m.i >= q+3 && m.i <= q+maxLeaderReach && m.kind == mPerson && m.ent != nil {
					return m.ent.canon()
				}
			}
		}
	}
	return nil
}

// ledWith returns a party told by its head and the companions the head
// brings along, in an aside that ends right before the verb at k: "the
// Kenyan side, led by X with Y and Z, met W": X, Y and Z sat in.
func (c *sctx) ledWith(cs, k int) []*entity {
	for j := cs; j+2 < k; j++ {
		if !c.word(j, "led", "headed") || !c.word(j+1, "by") || c.at[j+2] < 0 {
			continue
		}
		m := c.ms[c.at[j+2]]
		if m.kind != mPerson || m.ent == nil || !c.word(m.j, "with") {
			return nil
		}
		obj, end := c.objects(m.j+1, 3)
		if len(obj) == 0 || !allPersons(obj) || end+1 != k || c.toks[end].text != "," {
			return nil
		}
		return append([]*entity{m.ent.canon()}, obj...)
	}
	return nil
}

// ledPartyBefore reports a party noun (en.LedParties) at q or within the
// "of" phrase that ends at q: "a delegation led by", "a delegation of
// Kenyan senators, led by".
func ledPartyBefore(toks []token, q int) bool {
	for j := q; j >= max(0, q-7); j-- {
		if en.LedParties[toks[j].lower] {
			return j == q || toks[j+1].lower == "of"
		}
		if toks[j].kind == tokPunct && (toks[j].text != "," || j < q) {
			return false
		}
	}
	return false
}

// antecedent returns the actor a relative "who" at j refers to: the
// nearest person, role or group before it, stepping over the object of a
// preposition ("Kenya's envoy in Dodoma, who ..."); nil when it is
// no actor.
func (c *sctx) antecedent(j int) *entity {
	for q := j - 1; q >= max(0, j-10); q-- {
		mi := c.at[q]
		if mi < 0 {
			if c.toks[q].kind == tokPunct && c.toks[q].text != "," {
				return nil
			}
			continue
		}
		m := c.ms[mi]
		if (m.kind == mCountry || m.kind == mCity || m.kind == mOrg) && c.word(m.i-1, "to", "in", "of", "from", "at") {
			q = m.i
			continue
		}
		if m.kind == mPronoun && c.word(m.i-1, "and") && m.i >= 2 && c.at[m.i-2] >= 0 && c.ms[c.at[m.i-2]].kind == mPerson {
			return c.actor(c.at[m.i-2]) // "A and his wife, who are on a visit": A's
		}
		return c.actor(mi)
	}
	return nil
}

// whoSubjects returns the subjects of a relative clause at "who" (j)
// that holds the trigger: the antecedent, named or not ("the envoy, who
// came from a meeting with Y"), with the names joined to it ("received A
// and B, who then held talks with C": both).
func (c *sctx) whoSubjects(j int) []*entity {
	a := c.antecedent(j)
	if a == nil {
		return nil
	}
	if mi := c.at[max(j-2, 0)]; c.word(j, "who") && j >= 2 && c.toks[j-1].text == "," && mi >= 0 && c.actor(mi) == a && !c.singularRelative(j) {
		return append([]*entity{a}, c.conjoined(c.ms[mi], 0)...)
	}
	return []*entity{a}
}

// singularRelative reports a relative clause opening at "who" (j) that
// speaks of one person: a singular pronoun or verb in it ("A and B, who
// stayed in Lima to deal with his cabinet": B alone).
func (c *sctx) singularRelative(j int) bool {
	for q := j + 1; q < len(c.toks) && c.toks[q].text != "," && c.toks[q].text != "." && c.toks[q].text != ";"; q++ {
		if c.word(q, "his", "her", "he", "she", "him", "himself", "herself", "was", "is", "has") {
			return true
		}
	}
	return false
}

// relativeAntecedent reads back from token j of the clause before k: ",
// who ..." points to its antecedent; "X, who visited Israel in February,
// held talks" skips back over a closed relative clause to it; "X, the
// special envoy of President Y, held talks" takes the appositive's head,
// with the names joined to it ("A and B, the envoy for X, sat in").
func (c *sctx) relativeAntecedent(j, k, cs int) []*entity {
	t := c.toks[j]
	if c.word(j, "who", "whom") && j >= 2 && c.toks[j-1].text == "," && c.at[j-2] >= 0 {
		if a := c.actor(c.at[j-2]); a != nil {
			return []*entity{a}
		}
	}
	if t.text != "," || j > k-1 {
		return nil
	}
	for r := j - 1; r >= max(cs, j-24); r-- {
		if c.toks[r].text == "," && (c.appositiveOpens(r+1) && c.plainClause(r+1, j) || c.word(r+1, "accompanied", "flanked", "joined", "escorted") && c.word(r+2, "by")) && r >= 1 && c.at[r-1] >= 0 && c.ms[c.at[r-1]].kind == mPerson {
			if a := c.actor(c.at[r-1]); a != nil {
				// "A and B, the envoy for X, sat in": both.
				return append([]*entity{a}, c.conjoined(c.ms[c.at[r-1]], cs)...)
			}
		}
		if c.toks[r].text == "," && c.quantifiedRelative(r+1) {
			// "A and B, both of whom had flown in, met Y": both.
			if as := c.listBeforeComma(r); as != nil {
				return as
			}
		}
		if c.toks[r].text == "," && !c.word(r+1, "who", "whose", "which") {
			return nil
		}
		if r >= 2 && (c.word(r, "who", "whose") || c.word(r, "which") && c.at[r-2] >= 0 && (c.ms[c.at[r-2]].kind == mCountry || c.ms[c.at[r-2]].kind == mOrg || c.headOfParty(c.ms[c.at[r-2]]))) && c.toks[r-1].text == "," && c.at[r-2] >= 0 {
			if a := c.actor(c.at[r-2]); a != nil {
				// "A and B, who chair the panel, met": both.
				if a.kind == schema.KindPerson {
					return append([]*entity{a}, personsOf(c.conjoined(c.ms[c.at[r-2]], cs))...)
				}
				return []*entity{a}
			}
		}
	}
	return nil
}

// quantifiedRelative reports a relative clause opening at j on a
// quantifier of the list before it: "all of whom", "both of whom", "each of
// whom".
func (c *sctx) quantifiedRelative(j int) bool {
	return c.word(j, "all", "both", "each") && c.word(j+1, "of") && c.word(j+2, "whom")
}

// listBeforeComma returns the people of the list that ends right before
// the comma at j ("A, B and C, all of whom"), or nil.
func (c *sctx) listBeforeComma(j int) []*entity {
	if j < 1 || c.toks[j].text != "," || c.at[j-1] < 0 || c.ms[c.at[j-1]].kind != mPerson {
		return nil
	}
	m := c.ms[c.at[j-1]]
	a := c.actor(c.at[j-1])
	if a == nil {
		return nil
	}
	return append([]*entity{a}, personsOf(c.conjoined(m, c.clauseStart(m.i)))...)
}

// headOfParty reports a person named as the head of a party ("a
// delegation headed by X, which arrived on Sunday, met Y": X met Y).
func (c *sctx) headOfParty(m mention) bool {
	return m.kind == mPerson && c.word(m.i-1, "by") && c.word(m.i-2, "headed", "led")
}

// appositiveOpens reports a phrase at q that describes the person before
// its comma: a noun phrase with an article, a role without one ("X,
// general secretary of the party, held talks"), or either after "also".
func (c *sctx) appositiveOpens(q int) bool {
	if c.word(q, "also") {
		q++
	}
	return c.word(q, "the", "a", "an") || c.at[q] >= 0 && c.ms[c.at[q]].kind == mRole && c.ms[c.at[q]].i == q
}

// personAttributive reports a person's name that only qualifies the noun
// after it ("the Trump administration's envoy", "a Putin government
// official", "the Biden campaign"): the person takes no part.
func (c *sctx) personAttributive(m mention) bool {
	return m.kind == mPerson && !m.poss && c.in(m.j, en.RegimeNouns)
}

// namedPossession reports a person in the possessive whose noun is a
// person named with a role right after: "X's chief of staff, Y" and "X's
// special envoy Mr Y" are Y, not X.
func (c *sctx) namedPossession(m mention) bool {
	if m.kind != mPerson || !m.poss || m.j >= len(c.toks) {
		return false
	}
	n := c.at[m.j]
	return n >= 0 && c.ms[n].i == m.j && c.ms[n].kind == mPerson && c.ms[n].role != "" && c.ms[n].name != ""
}

// notSubject reports a mention before trigger k that cannot be its
// subject: the object of a preposition ("with X", "in X"), the object of
// the first of two coordinated verbs ("X visited Iraq ..., and held
// talks"), a country used as an adjective ("a Kenya Navy ship"), or one
// of two names joined by a hyphen.
func (c *sctx) notSubject(m mention, k int) bool {
	if m.compound && m.kind == mPerson || c.personAttributive(m) {
		return true // "the Xi-Lula call": the pair's, read by compoundMeeting
	}
	if m.poss && m.kind == mPerson && m.i > 0 && c.toks[m.i-1].text == "," && (associateOf(&m, c.toks) || c.closedAppositive(m, k)) {
		return true // "X, Lula's chief adviser, flew to Y": X flew
	}
	p := m.i - 1
	if p >= 0 && c.word(p, "the", "his", "her") {
		p--
	}
	if c.word(p, "by") && c.word(m.j, "at", "in", "during") && c.word(m.j+1, "a", "the") && m.j+2 == k {
		// "the request was made by X at a meeting with Y": the agent.
		return false
	}
	if c.word(p, "after", "before") && m.j <= k && c.toks[m.j].kind == tokWord && !c.toks[m.j].upper && (isVerbish(c.toks[m.j].lower) || c.in(m.j, en.SupportVerbs)) {
		return false // "a day after he held talks", "after X hosted Y": a clause's subject
	}
	if c.word(p, "with", "from", "to", "of", "by", "at", "in", "on", "between", "for", "against", "about", "told", "including", "after", "before", "aboard", "into",
		"behind", "over", "under", "across", "towards", "toward", "through", "within", "without", "beyond", "alongside", "amid", "like", "unlike") {
		return true
	}
	if q := c.backOverPlain(p, 2); m.kind != mPerson && q < p && c.word(q, "of", "for") {
		return true // "the cases of detained Australians": an object's
	}
	if c.in(p, en.AddressVerbs) && c.adjunctTrigger(k) {
		// "X pressed Ghana to act during talks with Y": X's talks.
		return true
	}
	v := k
	if c.in(k-1, en.SupportVerbs) {
		v = k - 1 // "and then held talks with Z"
	}
	if c.in(p, en.FirstClauseVerbs) && (c.coordinatedVerb(k) || c.word(v-1, "and") || c.word(v-2, "and") && c.word(v-1, "also", "later", "then")) {
		// "X visited Nairobi in May and met Y": Nairobi is the first
		// verb's object, not the second's subject.
		return true
	}
	return m.kind == mCountry && m.j < len(c.toks) && c.toks[m.j].kind == tokWord && c.toks[m.j].upper && c.at[m.j] < 0
}

// backOverPlain returns the token before at most n plain lower-case words
// ending at q that are no verbs of a clause ("detained", "jailed",
// "missing"), or q when there are none.
func (c *sctx) backOverPlain(q, n int) int {
	for i := 0; i < n && q >= 0 && c.toks[q].kind == tokWord && !c.toks[q].upper && c.at[q] < 0 && !c.word(q, "of", "for", "and", "or", "the", "who", "which", "that") && !c.in(q, en.Auxiliaries); i++ {
		q--
	}
	return q
}

// closedAppositive reports a possessor m whose noun phrase closes with a
// comma before the trigger at k: "X, President Y's Gulf coordinator,
// met Z" (Y is the appositive's possessor, X the subject).
func (c *sctx) closedAppositive(m mention, k int) bool {
	for j := m.j; j < min(k, m.j+10); j++ {
		if c.toks[j].text == "," {
			return j > m.j
		}
		if c.toks[j].kind == tokPunct && c.toks[j].text != "'s" && c.toks[j].text != "'" || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
			return false
		}
	}
	return false
}

// adjunctTrigger reports a noun trigger told in an adjunct of its clause
// ("during talks with", "at a meeting with", "in their talks").
func (c *sctx) adjunctTrigger(k int) bool {
	p := k - 1
	if c.word(p, "a", "an", "the", "his", "her", "their", "its") {
		p--
	}
	return c.word(p, "during", "at", "in", "after", "following", "before", "amid")
}

// conjoined returns the actors coordinated before subject m: "X and Y",
// "he, Baker and Poehl", and "X and the UN special envoy for the
// region, Y, met" (Y named in apposition to a role conjoined with X).
func (c *sctx) conjoined(m mention, cs int) []*entity {
	var out []*entity
	q := m.i - 1
	if c.word(q, "the") && (m.kind == mDemonym || (m.kind == mOrg || m.kind == mCountry) && c.word(q-1, "and")) {
		q-- // "the Frenchwoman and the Qatari", "the OSCE and the Council of Europe"
	}
	// "A and his rival B": a possessive descriptor before the name.
	for r := q; r > cs && r >= q-2 && c.toks[r].kind == tokWord && !c.toks[r].upper; r-- {
		if c.word(r, "his", "her", "their") && c.word(r-1, "and") {
			q = r - 1
			break
		}
	}
	if q > cs && c.toks[q].text == "," {
		role := false
		r := q - 1
		for ; r > cs && r > q-10 && c.toks[r].kind == tokWord && !c.word(r, "and"); r-- {
			if mi := c.at[r]; mi >= 0 {
				if c.ms[mi].kind == mRole {
					role = true
				} else if c.ms[mi].kind != mOrg && c.ms[mi].kind != mCountry && c.ms[mi].kind != mDemonym {
					break
				}
			}
		}
		// "A, and the minister of X, B" and "the minister of Y, A, and
		// the minister of X, B": an appositive's comma may close A.
		p := r - 1
		if p > cs && c.toks[p].text == "," {
			p--
		}
		if role && c.word(r, "and") && p >= cs && p > 0 && c.at[p] >= 0 && c.ms[c.at[p]].kind == mPerson {
			q = r
		}
	}
	sawAnd := false
	for q >= cs {
		if c.word(q, "and") {
			sawAnd = true
			q--
			if q >= cs && c.toks[q].text == "," {
				q--
			}
		} else if c.toks[q].text == "," && sawAnd {
			q--
		} else {
			break
		}
		q = partyTagBefore(c.toks, q)
		q = c.glossBefore(q)
		q = c.relativeTailBefore(q, cs)
		if q >= cs && c.at[q] >= 0 && !c.ofObject(c.ms[c.at[q]]) {
			if b := c.actor(c.at[q]); b != nil {
				out = append(out, b)
				q = c.ms[c.at[q]].i - 1
				continue
			}
		}
		break
	}
	return out
}

// ofObject reports a body, no bloc of states, named after "of" ("Deputy
// of the Presidium of the X Central Committee and top diplomat, Y"): the
// object of a title's "of", no party of its own.
func (c *sctx) ofObject(m mention) bool {
	if m.kind != mOrg || m.bloc {
		return false // "the leaders of A and B", "the members of the EU": the parties
	}
	q := m.i - 1
	if c.word(q, "the") {
		q--
	}
	return c.word(q, "of")
}

// namesPeople reports whether sentence si names a person.
func (st *docState) namesPeople(si int) bool {
	for _, m := range st.ms[si] {
		if m.kind == mPerson {
			return true
		}
	}
	return false
}

// relativeTailBefore steps back from q over a short relative clause that
// ends there and follows a person's name or its appositive ("A, the former
// president of X who now chairs the panel, and B", "A, who also heads the
// treasury, and B"), to the name's last token; q when there is none.
func (c *sctx) relativeTailBefore(q, cs int) int {
	for p := q; p > cs && p >= q-8; p-- {
		if c.toks[p].kind != tokWord {
			return q
		}
		if c.word(p, "who") {
			a := p - 1
			if a > cs && c.toks[a].text == "," {
				a-- // "A, who also heads the treasury, and B": set off by commas
			}
			if mi := c.at[a]; mi >= 0 && c.ms[mi].kind == mPerson {
				return a
			}
			return q
		}
	}
	return q
}

// glossBefore steps back over a short parenthesis that closes at q right
// after a person's name, the name in its own script or a gloss ("Lai
// Ching-te (賴清德) and X"), to the name's last token; q when there is none.
func (c *sctx) glossBefore(q int) int {
	if q < 2 || c.toks[q].text != ")" {
		return q
	}
	for p := q - 1; p > 0 && p >= q-6; p-- {
		switch c.toks[p].text {
		case ")":
			return q
		case "(":
			if c.at[p-1] >= 0 && c.ms[c.at[p-1]].kind == mPerson {
				return p - 1
			}
			return q
		}
	}
	return q
}

// verbBefore reports whether a verb or preposition separates a noun
// trigger from the actors before it ("X and Y held talks", "X and Y met
// during talks"), unlike a compound ("Asian Development Bank annual meetings").
func (c *sctx) verbBefore(k int) bool {
	d := k - 1 // "withdrew for a private meeting": past "a private"
	for d >= 0 && d > k-4 && c.plainWord(d) && !c.word(d, "for", "to", "into") {
		d--
	}
	if c.phraseEndingAt(k-1, en.ProceedTo) > 0 || d < k-1 && c.phraseEndingAt(d, en.ProceedTo) > 0 || c.tookTimeFor(k) || c.movedToFor(k) > 0 {
		return true // "the two then proceeded to talks", "found time for a lunch"
	}
	for j := k - 1; j >= 0; j-- {
		// "led their teams in closed-door talks", "led their delegations
		// at talks", "engaged in talks": the talks the subjects took part in.
		if c.word(j, "in", "at") && c.word(j-1, "delegations", "delegation", "teams", "engaged") && (c.word(j, "in") || !c.word(j-1, "engaged")) && c.plainBetween(j+1, k) && k-j <= 3 {
			return true
		}
		if mi := c.at[j]; mi >= 0 {
			// "held their own talks": a possessive right after the verb.
			return c.ms[mi].kind == mPronoun && c.ms[mi].poss && c.in(j-1, en.SupportVerbs)
		}
		if c.word(j, "during", "had", "have", "has", "held", "hold", "holds", "holding", "began", "begun", "begin", "started", "opened", "concluded", "resumed", "continued", "wrapped", "ended", "completed") {
			return true
		}
		if c.word(j, "led", "headed", "conducted") {
			return true // "A and B later led formal talks": each side's head
		}
	}
	return false
}

// pastBlocNoun returns k-1 when a noun of en.BlocNouns stands right
// before k after a bloc's name ("the BRICS group", "the SADC bloc"), so
// that the name ends the subject; k otherwise.
func (c *sctx) pastBlocNoun(k int) int {
	if k < 2 || !c.in(k-1, en.BlocNouns) {
		return k
	}
	if mi := c.at[k-2]; mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc && c.ms[mi].j == k-1 {
		return k - 1
	}
	return k
}

// blocSubject returns the organisation whose members or officials are the
// plural subject before token k ("EU foreign ministers", "ASEAN leaders").
func (c *sctx) blocSubject(k int) *entity {
	k = c.participleSubjectEnd(k)
	if k >= 3 && c.toks[k-1].text == ")" && c.toks[k-3].text == "(" {
		k -= 3 // "Heads of State of the Lake Community (LC) met": past the short form
	}
	k = c.pastBlocNoun(k) // "Leaders of the BRICS group met"
	if _, name := c.blocAnaphorBefore(k); name != "" {
		return c.st.org(name) // "The bloc's defence ministers met"
	}
	if h := c.headsOfStateStart(k); h > 0 {
		// "EAC heads of government met", "... of state and of
		// government": the bloc's own gathering.
		if mi := c.at[h-1]; mi >= 0 && c.ms[mi].kind == mOrg && c.ms[mi].bloc && c.ms[mi].j == h {
			return c.st.org(c.ms[mi].name)
		}
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		mi := c.at[j]
		if mi < 0 {
			continue
		}
		m := c.ms[mi]
		// "Foreign ministers of the Shanghai Cooperation Organisation met".
		ofBloc := m.kind == mOrg && m.bloc && m.j == k && (c.word(m.i-1, "of") || c.word(m.i-1, "the") && c.word(m.i-2, "of"))
		if ofBloc {
			p := m.i - 1
			if c.word(p, "the") {
				p--
			}
			p-- // "of"
			if c.word(p, "state", "government") && c.word(p-1, "of") {
				p -= 2 // "Heads of State of the Lake Community"
			}
			ofBloc = c.word(p, "leaders", "ministers", "members", "officials", "envoys", "delegates", "heads")
		}
		// "The Nordic Council of Ministers met": a body named by its
		// members.
		body := m.kind == mOrg && m.j == k && c.in(m.j-1, en.BodyMembers)
		if head := c.bodyOfRole(m, k); head >= 0 {
			// "The SCO Council of Foreign Ministers met": the bloc named
			// before the body, else the body itself.
			for q := head - 1; q >= max(0, head-4); q-- {
				if bi := c.at[q]; bi >= 0 && c.ms[bi].kind == mOrg {
					return c.st.org(c.ms[bi].name)
				}
			}
			return c.st.org(phrase(c.toks, c.nameStart(head), m.j))
		}
		if m.kind == mRole && m.plural && m.org != "" || m.kind == mOrg && m.bloc && c.word(m.j, "leaders", "ministers", "members", "officials", "envoys", "delegates") || ofBloc || body {
			if m.kind == mRole {
				return c.st.org(m.org)
			}
			return c.st.org(m.name)
		}
		return nil
	}
	return nil
}

// participleSubjectEnd returns the comma that ends the subject before a
// participle "meeting" at k ("the bloc's heads of state, meeting in X,
// ordered") or the auxiliary of a sitting told in the present ("the bloc's
// ministers are meeting in X"), else k.
func (c *sctx) participleSubjectEnd(k int) int {
	if k >= 2 && (c.toks[k-1].text == "," || c.word(k-1, "is", "are")) && c.word(k, "meeting") {
		return k - 1
	}
	return k
}

// lastBlocName names a bloc gathering from its subject ("EU foreign
// ministers meeting", "Baltic Council of Foreign Ministers").
func (c *sctx) lastBlocName(k int) string {
	k = c.participleSubjectEnd(k)
	if h := c.headsOfStateStart(k); h > 0 {
		k = h // "ECOWAS heads of state met": the bloc before them
	}
	if short, _ := c.blocAnaphorBefore(k); short != "" {
		return short + " meeting"
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if mi := c.at[j]; mi >= 0 {
			m := c.ms[mi]
			if head := c.bodyOfRole(m, k); head >= 0 {
				return phrase(c.toks, c.nameStart(head), m.j)
			}
			return phrase(c.toks, m.i, m.j) + " meeting"
		}
	}
	return ""
}

// bodyOfRole returns the capitalised body noun ("Council") of a body
// named by its members' role that ends at k: "the Council of Foreign
// Ministers", "the Andean Council of Foreign Ministers"; -1 otherwise.
func (c *sctx) bodyOfRole(m mention, k int) int {
	if m.kind != mRole || m.j != k || !m.plural || !c.word(m.i-1, "of") {
		return -1
	}
	head := m.i - 2
	if head < 0 || !c.toks[head].upper || !c.in(head, en.BodyHeads) {
		return -1
	}
	return head
}

// datedPossessive reports a possessive of a past time among the tokens
// [i, k): "Tuesday's", "last month's", "yesterday's".
func (c *sctx) datedPossessive(i, k int) bool {
	for q := i; q < k; q++ {
		if c.toks[q].poss && (en.WeekdayWords[c.toks[q].lower] || c.word(q, "yesterday") || c.word(q, "week", "month", "year") && c.word(q-1, "last")) {
			return true
		}
	}
	return false
}

// genericOf reports whether a noun trigger at k follows "of" after a noun
// that makes it talk about talks ("the slow pace of customs talks", "months
// of talks", "the outcome of the meeting"), not report one.
func (c *sctx) genericOf(k int) bool {
	// "Prospects look dim for a July meeting", "the chances are slim for
	// talks": the odds of a meeting, no meeting.
	for j := k - 1; j >= max(c.clauseStart(k), k-8); j-- {
		if c.word(j, "for") {
			for q := j - 1; q >= max(c.clauseStart(k), j-5); q-- {
				if c.word(q, "prospects", "chances", "odds", "outlook") {
					return true
				}
			}
			break
		}
	}
	for j := k - 1; j >= max(1, k-4); j-- {
		if c.word(j, "of") && c.datedPossessive(j+1, k) {
			return false // "the fruit of last month's talks between A and B": talks that were held
		}
		if c.word(j, "of") {
			return c.word(j-1, "pace", "outcome", "result", "results", "progress", "resumption", "start", "months", "years", "weeks", "decades", "future", "collapse", "failure", "success", "prospect", "prospects", "basis", "framework", "aim", "goal", "purpose", "part", "context", "agenda", "idea", "possibility", "course", "wake", "eve", "lot", "number", "kind", "type", "history", "sidelines", "margins")
		}
		if c.at[j] >= 0 || c.toks[j].kind != tokWord || c.word(j, "on", "in", "at", "by", "over", "during") {
			return false // "spent part of Monday on the phone with X": the of-phrase ends before
		}
	}
	return false
}

// pairOpensClause reports "the pair" or "the two" opening the clause of
// the verb at k after "where", "when" or "and" ("A flew with B to X,
// where the pair met Y"): the subject is that pair, not the sentence's
// first one.
func (c *sctx) pairOpensClause(k int) bool {
	for j := k - 1; j >= max(2, k-4); j-- {
		if c.at[j] >= 0 {
			return false
		}
		if c.word(j, "pair", "duo", "two") && c.word(j-1, "the") {
			return c.word(j-2, "where", "when", "and")
		}
	}
	return false
}

// groupSubject reports whether the clause before token k has a plural
// subject that refers back to the parties of a meeting ("the two leaders",
// "both sides", "the pair", "they").
func (c *sctx) groupSubject(k int) bool {
	for j := c.clauseStart(k); j < k; j++ {
		switch {
		case c.word(j, "pair", "they", "we"):
			return true
		case c.word(j, "two", "both") && c.in(j+1, en.GroupSubjectHeads):
			return true
		case c.word(j, "the") && c.in(j+1, en.GroupNumbers) && (j+2 == k || c.in(j+2, en.GroupSubjectHeads)):
			// "The two discussed ...", "the four leaders agreed"
			return true
		case c.word(j, "the") && c.word(j+1, "ministers", "leaders", "presidents", "delegations", "sides", "talks", "meeting") && j+1 != k:
			return true // (not the trigger itself: "The meeting with Y took place")
		}
	}
	return false
}

// plainBetween reports whether tokens [i, k) are lower-case words only
// ("four-day", "official").
func (c *sctx) plainBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if c.toks[j].kind != tokWord && c.toks[j].kind != tokNum || c.toks[j].upper || c.at[j] >= 0 {
			return false
		}
	}
	return true
}

// determinersBetween reports that tokens [i, k) are lower-case words or
// possessive pronouns ("his", "their"), no name between.
func (c *sctx) determinersBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if c.toks[j].kind != tokWord || c.toks[j].upper {
			return false
		}
		if mi := c.at[j]; mi >= 0 && !(c.ms[mi].kind == mPronoun && c.ms[mi].poss) {
			return false
		}
	}
	return true
}

// plannedBefore reports a word of en.PlannedBefore at j that is no part of
// a proper name ("the future summit", not "the Securing Our Future summit").
func (c *sctx) plannedBefore(j int) bool {
	return c.in(j, en.PlannedBefore) && !(c.toks[j].upper && j > 0 && c.toks[j-1].kind == tokWord)
}

// modality reads the status of a trigger at k from the words before it in
// its clause and from the trigger's own form.
func (c *sctx) modality(k int) schema.EventStatus {
	if w := c.describedAs(k); w > 0 {
		// "for what might be the bloc's final summit": the hedge is on
		// the description; the event is the clause's before "for".
		return c.modality(w - 1)
	}
	cs := c.clauseStart(k)
	if st, ok := c.sentenceMood(k); ok {
		return st
	}
	if st, ok := c.cueBefore(k, c.cueReach(k, cs), cs); ok {
		return st
	}
	if st, ok := c.nounPlan(k, cs); ok {
		return st
	}
	return c.tenseOf(k)
}

// freeRelative reports a "what" at j after a preposition that opens a
// description of the event ("talked with Y in what was billed as a
// farewell session", "for what might be the bloc's final summit").
func (c *sctx) freeRelative(j int) bool {
	return c.word(j, "what") && c.word(j-1, "in", "for", "at", "during", "on")
}

// describedAs returns the "what" of a free relative (freeRelative) whose
// "be" or "was" describes the trigger at k within a few words ("for what
// might be the bloc's final summit"), or -1.
func (c *sctx) describedAs(k int) int {
	be := false
	for j := k - 1; j >= max(1, k-9); j-- {
		if c.toks[j].kind != tokWord {
			return -1
		}
		if c.word(j, "be", "is", "was", "are", "were") {
			be = true
		}
		if c.freeRelative(j) {
			if be {
				return j
			}
			return -1
		}
	}
	return -1
}

// appositiveOpen returns the comma that opens a name in apposition
// closed by the comma at j (", X," after "his counterpart"), or -1.
func (c *sctx) appositiveOpen(j int) int {
	if j < 2 {
		return -1
	}
	mi := c.at[j-1]
	if mi < 0 || c.ms[mi].kind != mPerson || c.ms[mi].j != j {
		return -1
	}
	a := c.ms[mi].i - 1
	if a < 1 || c.toks[a].text != "," || c.toks[a-1].kind != tokWord || c.at[a-1] >= 0 {
		return -1
	}
	return a
}

// cueReach is the first token the modal cues of the trigger at k may
// stand on: twelve words back in its clause, or further for a verb
// coordinated with an earlier one.
func (c *sctx) cueReach(k, cs int) int {
	lo := max(cs, k-12)
	// "will pay a five-day visit to X from June 20 and hold talks with
	// Y", "should study the plan and then open fresh talks": a verb
	// coordinated with an earlier one shares its modality.
	for j := k - 1; j >= max(cs, k-6) && c.toks[j].kind == tokWord && c.at[j] < 0; j-- {
		if c.word(j, "and") {
			if c.finitePast(k, max(cs, k-24)) {
				// "used the speech to urge them to act, and then hosted
				// Y": a past verb of its own, under no cue before it.
				return j + 1
			}
			lo = max(cs, k-24)
			break
		}
	}
	return lo
}

// finitePast reports a trigger at k in a past form that no auxiliary in
// [lo, k) may govern: "..., and then met", not "would have flown in and
// met" or "is to be received and hosted".
func (c *sctx) finitePast(k, lo int) bool {
	if !c.pastForm(k) {
		return false
	}
	for j := lo; j < k; j++ {
		if c.word(j, "have", "has", "had", "be", "been", "being", "having") {
			return false
		}
	}
	return true
}

// sentenceMood reads what holds the whole sentence before the trigger at
// k: a question, a condition or a denial.
func (c *sctx) sentenceMood(k int) (schema.EventStatus, bool) {
	// A condition reaches the whole sentence after it, but not past a
	// colon or semicolon ("If you missed it: X flew in on Monday").
	from := 0
	for j := k - 1; j > 0; j-- {
		if c.toks[j].text == ":" || c.toks[j].text == ";" {
			from = j + 1
			break
		}
	}
	if c.questioned(from, k) || c.question() {
		return schema.Planned, true
	}
	for j := from; j < k; j++ {
		if c.in(j, en.Conditionals) && (j == from || c.toks[j-1].text == "," || c.word(j-1, "that", "said")) {
			return schema.Planned, true
		}
		// "said that once X and Y had met, a summit would follow": a
		// condition told as time, its main clause still to come.
		if c.word(j, "once") && (j == from || c.toks[j-1].text == "," || c.word(j-1, "that", "said")) && c.futureMainClause(k) {
			return schema.Planned, true
		}
		// "denied reports that X had met Y": what is denied did not happen;
		// "denied meeting Y, who was in X that week": the relative clause
		// is not denied.
		if c.in(j, en.Denials) && !c.relativeBetween(j, k) {
			// "denied claims in the press that X had met Y", "dismissed as
			// mischievous a post claiming X had travelled to Z".
			for q := j + 1; q < min(k, j+9); q++ {
				if c.word(q, "that") || c.in(q, en.ClaimVerbs) {
					return schema.Cancelled, true
				}
			}
		}
	}
	return "", false
}

// relativeBetween reports a relative clause set off by a comma (", who",
// ", which", ", where") that opens between tokens j and k.
func (c *sctx) relativeBetween(j, k int) bool {
	for q := j + 2; q < k; q++ {
		if c.toks[q-1].text == "," && c.word(q, "who", "which", "where") {
			return true
		}
	}
	return false
}

// futureMainClause reports a modal of the future ("will", "would") in the
// clause after the comma that closes the subordinate clause of trigger k.
func (c *sctx) futureMainClause(k int) bool {
	for j := k + 1; j < len(c.toks); j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			return false
		}
		if c.toks[j].text != "," {
			continue
		}
		for q := j + 1; q < min(len(c.toks), j+10) && c.toks[q].text != "," && c.toks[q].text != "."; q++ {
			if c.in(q, en.SayVerbs) {
				return false // "..., Y said the line would open": Y's words
			}
			if c.word(q, "will", "would", "'ll", "shall") {
				return true
			}
		}
		return false
	}
	return false
}

// cueBefore reads a modal, negation, avoidance or plan word in [lo, k)
// that sets the status of the trigger at k.
func (c *sctx) cueBefore(k, lo, cs int) (schema.EventStatus, bool) {
	for j := k - 1; j >= lo; j-- {
		t := c.toks[j]
		// "..., when X travelled": a temporal clause keeps its own tense.
		if c.word(j, "when") && j > 0 && c.toks[j-1].text == "," {
			break
		}
		// "drew up a plan after both presidents flew in", "outlined a
		// plan to him when the pair met": a past verb of a clause with its
		// own subject keeps its own tense.
		if (c.in(j, en.PastSubordinators) || c.word(j, "when")) && (c.pastForm(k) || c.in(k-1, en.SupportVerbs) && c.pastForm(k-1)) && j+1 < k && (c.at[j+1] >= 0 || c.word(j+1, "the", "a", "an", "his", "her", "their", "both", "all")) {
			break
		}
		if t.kind != tokWord {
			// "an immediate, unconditional ceasefire": a comma between
			// two adjectives of one noun phrase ends no clause.
			if t.text == "," && c.word(j-2, "a", "an", "the") && j+1 < k && c.toks[j-1].kind == tokWord && !c.toks[j-1].upper && c.toks[j+1].kind == tokWord && !c.toks[j+1].upper && !determiners[c.toks[j+1].lower] {
				continue
			}
			if c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
				continue // "his counterpart, X": a comma inside the name's mention
			}
			if t.text == "," {
				if a := c.appositiveOpen(j); a >= 0 {
					j = a // "will meet his counterpart, X, at ...": past the name
					continue
				}
			}
			if t.text == "," && (j < k-3 || c.frontedBefore(j)) && !c.word(j+1, "when") {
				break // "Ahead of the talks, the host received X": the phrase is closed
			}
			// "Morocco, which is set to rejoin the bloc, attended": the
			// relative clause has its own modality.
			if t.text == "," {
				if r := c.relativeStart(j); r >= 0 {
					j = r
				}
			}
			continue
		}
		if c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
			continue // "To Lam landed", "Will Hurd met": a name's word is no cue
		}
		switch w := t.lower; {
		case en.Hearsay[w]:
			// "a purported meeting between X and Y": hearsay, not a fact.
			if k-j <= 2 {
				return schema.Cancelled, true
			}
		case w == "includes" || w == "include" || w == "features" || w == "foresees" || w == "envisages":
			// "her schedule for Friday includes a meeting with X", "his
			// itinerary after lunch on his first day features talks".
			for q := max(cs, j-10); q < j; q++ {
				if c.in(q, en.Schedules) {
					return schema.Planned, true
				}
			}
		case (en.Avoidances[w] || c.in(j-1, en.AvoidancePhrasals[w])) && k-j <= 3 && c.determinersBetween(j+1, k) && !c.prepBetween(j, k):
			// "skipped his one-on-one with", "avoided talks with": no
			// meeting held.
			return schema.Cancelled, true
		case w == "no" && c.in(j+1, en.Reported):
			// "No details of the talks were given": the talks were held.
		case en.Negations[w]:
			// "did not meet", "has not had a proper one-to-one meeting",
			// "Neither A nor B met Y" (across B's name), "no decision yet
			// on fresh talks".
			if k-j <= 4 || k-j <= 7 && (c.in(j+1, en.SupportVerbs) || w == "no" && c.in(j+1, en.Unsettled)) && c.plainBetween(j+1, k) || w == "nor" && k-j <= 10 && c.nameOnlyBetween(j+1, k) {
				return schema.Cancelled, true
			}
		case en.ReadyTo[w]:
			if c.word(j+1, "to") {
				return schema.Planned, true
			}
		case en.FutureCues[w] && en.SchedulePresent[w] && c.timelineEntry():
			// "Mid-September 2025 — X travels to Delhi": a dated entry's
			// present tells the past.
		case en.FutureCues[w] && c.attributivePlan(j, k):
			// "rethink its planned exit, at the close of the summit",
			// "agreed a plan at the summit": a plan of another thing.
		case (w == "request" || w == "invitation") && c.causeAdverbial(j):
			// "hosted at Kyiv's request", "came at the invitation of X":
			// why it was held, not a wish for it.
		case en.FutureCues[w] && !(w == "may" && t.upper):
			// "in May" is a month, not a modal; "urged X to act during
			// talks with Y": the appeal was made in the talks.
			if en.AddressVerbs[w] && c.adjunctTrigger(k) {
				continue
			}
			return schema.Planned, true
		case w == "to" && c.word(j-1, "on") && c.word(j-2, "went", "go", "goes"):
			// "X went on to meet Y": the next step, taken.
		case w == "to" && (c.in(j-1, en.Implicatives) || c.foundTime(j)):
			// "X managed to meet Y", "made time that evening to see Y":
			// it took place.
		case w == "to" && c.usedFor(j):
			// "X used the stopover to meet Y": it took place.
		case w == "to":
			// "to meet", "is to visit", "is to hold three rounds of meetings
			// with" – but "the first ... to visit" is past.
			if j == k-1 || j == k-2 || c.word(j+1, "hold", "make", "pay", "conduct", "begin", "open", "resume") && c.plainBetween(j+1, k) && (c.in(k, en.MeetingNouns) || c.word(k, "meeting", "meetings", "visit")) {
				if c.firstTo(j) {
					return schema.Occurred, true
				}
				return schema.Planned, true
			}
		}
	}
	return "", false
}

// usedFor reports a "to" at j after a verb of putting something to use
// and its object ("used his stopover in Riyadh to", "took the opportunity
// to"): what follows the "to" was done.
func (c *sctx) usedFor(j int) bool {
	for q := j - 1; q >= max(0, j-8); q-- {
		if c.in(q, en.UsedFor) {
			return q < j-1
		}
		if c.toks[q].kind == tokPunct || c.in(q, en.Auxiliaries) {
			return false
		}
	}
	return false
}

// tenseOf reads the status of the trigger at k from its own form and the
// time words of its sentence, when no cue before it decided.
func (c *sctx) tenseOf(k int) schema.EventStatus {
	// "when X visits Washington", "before he meets Y": a present tense
	// that speaks of the future.
	if c.timelineEntry() {
		return schema.Occurred
	}
	if c.in(k, en.PresentGo) || c.in(k, en.FirstPersonPresent) && c.word(k-1, "i", "we") {
		return schema.Planned // "X flies to Oslo tonight", "I fly to Y": not yet there
	}
	if (c.in(k, en.PresentTriggers) || c.presentBase(k) && !c.has("today", "morning", "afternoon", "tonight")) && c.subordinatedPresent(k) {
		return schema.Planned
	}
	if c.scheduledPresent(k) || c.futureClauseBefore(k) {
		return schema.Planned
	}
	if st, ok := c.fateAfter(k); ok {
		return st
	}
	if c.tomorrow() && !c.pastInRelative(k) && !c.tomorrowInLaterRelative(k) {
		return schema.Planned
	}
	return schema.Occurred
}

// futureClauseBefore reports a trigger at k that a present verb speaking
// of the future governs: "when they gather on Sunday for a summit hosted
// by X", "once the ministers meet in Y for talks chaired by Z".
func (c *sctx) futureClauseBefore(k int) bool {
	for j := k - 1; j >= max(1, k-10); j-- {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.in(j, en.PresentTriggers) || c.presentBase(j) {
			return c.subordinatedPresent(j)
		}
	}
	return false
}

// subordinatedPresent reports a subordinator before the present verb at
// k, its subject between ("when X visits", "before the heads of state
// meet"): a present that speaks of the future.
func (c *sctx) subordinatedPresent(k int) bool {
	for j := k - 1; j >= max(0, k-8); j-- {
		if c.in(j, en.FutureSubordinators) {
			// "as leaders gather at the summit": under way now
			return !(c.word(j, "as") && c.in(k, en.GatherPresent))
		}
		if c.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// presentBase reports a plural present form of a trigger at k right after
// its subject, a name or pronoun ("when they meet"; "the state visit" is a
// noun), or a form that is never a noun ("when the heads of state
// gather").
func (c *sctx) presentBase(k int) bool {
	return k > 0 && (c.in(k, en.PresentBase) && c.at[k-1] >= 0 || c.in(k, en.GatherPresent))
}

// tomorrowInLaterRelative reports a past verb at k whose sentence says
// "tomorrow" only inside relative clauses opened after it: "X received Y
// on Thursday, a day before the fair that Nairobi will open tomorrow"
// received Y already.
func (c *sctx) tomorrowInLaterRelative(k int) bool {
	if !c.pastForm(k) {
		return false
	}
	opened := false
	for q := k + 1; q < len(c.toks); q++ {
		switch {
		case c.toks[q].text == ";":
			opened = false
		case c.word(q, "that", "which", "who", "whom", "where"):
			opened = true
		case c.word(q, "tomorrow") && !opened:
			return false
		}
	}
	for q := 0; q < k; q++ {
		if c.word(q, "tomorrow") {
			return false
		}
	}
	return true
}

// pastInRelative reports a past verb at k inside a relative clause set off
// by commas that holds no "tomorrow" of its own: "X, who landed in Y on
// Monday, goes to Z tomorrow" landed already.
func (c *sctx) pastInRelative(k int) bool {
	if !c.pastForm(k) || !c.inRelative(k) {
		return false
	}
	open := k - 1
	for !c.word(open, "who", "which", "whose") {
		open--
	}
	end := c.relativeClose(open - 1)
	if end < 0 {
		return false
	}
	for q := open + 1; q < end; q++ {
		if c.word(q, "tomorrow") {
			return false
		}
	}
	return true
}

// attributivePlan reports a planning word at j that modifies or names
// something other than the trigger at k: "its planned exit from the bloc,
// at the summit", "agreed a plan for the railway after talks" (not "the
// planned summit", "the planned US-Russia summit", "a plan to meet", "a
// plan for talks").
func (c *sctx) attributivePlan(j, k int) bool {
	if !c.word(j-1, "a", "an", "the", "its", "their", "his", "her", "our") {
		return false
	}
	from := j + 1
	switch {
	case c.word(j, "plan") && c.word(j+1, "to"):
		return false
	case c.word(j, "plan") && c.word(j+1, "for"):
		from = j + 2 + boolInt(c.word(j+2, "a", "an", "the"))
	case c.word(j, "plan"):
		return true
	case !c.word(j, "planned", "proposed"):
		return false
	}
	// The phrase it heads must close before the trigger.
	if from >= k || c.toks[from].kind != tokWord || c.in(from, en.MeetingNouns) || c.in(from, en.JourneyNouns) || en.GatheringNouns[c.toks[from].lower] {
		return false
	}
	for q := from + 1; q < k; q++ {
		if c.toks[q].kind == tokPunct || c.word(q, "from", "of", "to", "at", "in", "on", "with", "for", "after") {
			return true
		}
	}
	return false
}

// questioned reports a trigger at k inside an indirect question opened
// after from ("Asked on Monday whether he had met Y, X said ...", "it is
// unclear if they spoke"): the question ends at its comma, so the answer's
// own clause is not in it. Like a condition, it asserts nothing.
func (c *sctx) questioned(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		if r := c.relativeOpen(j); r >= from {
			j = r // "whether A and B, whose aides ..., had met": inside it still
			continue
		}
		if c.toks[j].text == "," || c.toks[j].text == "." {
			return false
		}
		if c.in(j, en.Questions) || c.word(j, "if") && c.in(j-1, en.QuestionHeads) {
			return true
		}
	}
	return false
}

// frontedBefore reports a comma at j that closes a fronted adverbial
// phrase opening the sentence ("Ahead of the talks,", "After the summit,"):
// the first comma after an en.AdverbialPreps word at the start.
func (c *sctx) frontedBefore(j int) bool {
	if !c.in(0, en.AdverbialPreps) {
		return false
	}
	for q := 1; q < j; q++ {
		// "Following the talks the minister will return to the Gulf,
		// visiting X": a clause, not a phrase, before the comma.
		if c.toks[q].text == "," || c.in(q, en.Auxiliaries) {
			return false
		}
	}
	return true
}

// question reports a sentence that asks ("Will the PM meet X at the
// UNGA?", "Did they discuss trade?"): it asserts no event.
func (c *sctx) question() bool {
	n := len(c.toks)
	return n > 0 && c.toks[n-1].text == "?" || n > 1 && c.toks[n-2].text == "?" && isQuote(c.toks[n-1].text)
}

// timelineEntry reports a sentence that opens with a date and a dash or
// colon, as the entries of a dated timeline do ("Mid-September 2025 — X
// travels to Delhi"), the date not after publication: its present tense
// tells what happened then.
func (c *sctx) timelineEntry() bool {
	if c.st.inEntry(c.si) {
		return true // (the later sentences of an entry too)
	}
	ds := c.st.dates[c.si]
	if len(ds) == 0 || ds[0].Date.IsZero() || ds[0].Future || ds[0].Start > 5 && !entryLead(c.st.a.Text[c.s.start:c.s.start+ds[0].Start]) {
		return false
	}
	if pub := c.st.a.Published; !pub.IsZero() && ds[0].Date.Time.After(pub) {
		return false
	}
	for j, t := range c.toks {
		if t.start-c.s.start >= ds[0].End {
			return c.toks[j].text == "—" || c.toks[j].text == "–" || c.toks[j].text == "-" || c.toks[j].text == ":"
		}
	}
	return false
}

// entryLead reports whether the text before an entry's date is only a
// bullet, a dash or a weekday, short or full: "- Thu 17 Aug:", "• Monday,
// 3 March -".
func entryLead(s string) bool {
	s = strings.Trim(s, " -–—•*·,()")
	if len(s) > 9 {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(s, "."))
	return w == "" || en.WeekdayWords[w] || len(w) >= 3 && weekdayPrefix(w)
}

// weekdayPrefix reports a weekday's short form ("thu", "tues", "sat").
func weekdayPrefix(w string) bool {
	for d := range en.WeekdayWords {
		if strings.HasPrefix(d, w) && len(d) > 5 {
			return true
		}
	}
	return false
}

// pastForm reports a verb at k in a past form ("travelled", "met").
func (c *sctx) pastForm(k int) bool {
	if k < 0 || k >= len(c.toks) {
		return false
	}
	w := c.toks[k].lower
	return strings.HasSuffix(w, "ed") || c.in(k, en.IrregularPasts)
}

// scheduledPresent reports a timetable told in the present tense: the
// trigger at k, or the verb of its noun phrase ("begins a state visit"),
// is a present-tense verb of SchedulePresent after its subject, and the
// sentence names a bare weekday ("X meets Y on Friday").
func (c *sctx) scheduledPresent(k int) bool {
	if c.returnOf(k) {
		return false // "who returns from a visit on Sunday": the return is timetabled
	}
	v := k
	if !c.in(v, en.SchedulePresent) {
		v = -1
		for j := k - 1; j >= max(0, k-6); j-- {
			if c.toks[j].text == "'" || c.toks[j].text == "’" {
				continue // "hosts NATO's annual summit"
			}
			if c.toks[j].kind != tokWord || c.at[j] >= 0 && c.ms[c.at[j]].kind != mPronoun && !c.ms[c.at[j]].poss {
				break
			}
			if c.in(j, en.SchedulePresent) && !(c.toks[j].upper && j > 0) {
				v = j // not "Heads" of "the Pacific Heads of Government Conference"
				break
			}
		}
	}
	// "X's state visit to Y, which starts on Friday"
	if v < 0 && c.word(k, "visit", "trip", "tour", "talks", "meeting") {
		for j := k + 1; j+1 < len(c.toks) && j < k+12; j++ {
			if c.word(j, "which", "that") && c.in(j+1, en.SchedulePresent) {
				return c.weekdayDated()
			}
			if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
				break
			}
		}
	}
	// After a subject, not a determiner: "his visits", "the talks he holds".
	if v <= 0 || !(c.at[v-1] >= 0 || c.word(v-1, "he", "she", "who", "also", "then", "now", "later", "first") || c.toks[v-1].text == ",") {
		return false
	}
	if v > 0 && c.at[v-1] >= 0 && c.ms[c.at[v-1]].poss {
		return false
	}
	return c.weekdayDated() || c.laterMonthDated() || c.clockTimed()
}

// clockTimed reports a time of day on the clock in the sentence ("at 11
// a.m.", "at 15:30"): with a present tense, a timetable's entry.
func (c *sctx) clockTimed() bool {
	return clockInText.MatchString(c.st.a.Text[c.s.start:c.s.end])
}

// clockInText matches a clock time inside a sentence, after "at" (a
// timeline's stamp opening the line is no timetable).
var clockInText = regexp.MustCompile(`(?i)\bat\s+\d{1,2}(:\d{2})?\s*(a\.m\.|p\.m\.|am\b|pm\b)|\bat\s+\d{1,2}:\d{2}\b`)

// clockAt reports an hour of the day at token q: "noon", "dusk", "11
// a.m.", "15:30". "Shortly after noon on Monday" dates the deed before it
// to that Monday, as "after the vote on Monday" does not.
func (c *sctx) clockAt(q int) bool {
	if q >= len(c.toks) {
		return false
	}
	return c.in(q, en.HoursOfDay) || clockOpen.MatchString(c.st.a.Text[c.toks[q].start:c.s.end])
}

// clockOpen matches a clock time at the start of a text.
var clockOpen = regexp.MustCompile(`(?i)^\d{1,2}([:.]\d{2})?\s*(a\.m\.|p\.m\.|am\b|pm\b|gmt\b|hours\b)|^\d{1,2}:\d{2}\b`)

// laterMonthDated reports a month named without a year that comes later
// in the calendar than the month of writing: "X hosts the summit in July",
// written in February, is this July's.
func (c *sctx) laterMonthDated() bool {
	pub := c.st.a.Published
	if pub.IsZero() {
		return false
	}
	for _, d := range c.st.dates[c.si] {
		if bareMonth(d.Text) && !d.Date.IsZero() && d.Date.Time.Month() > pub.Month() {
			return true
		}
	}
	return false
}

// weekdayDated reports a bare weekday among the sentence's dates.
func (c *sctx) weekdayDated() bool {
	for _, d := range c.st.dates[c.si] {
		if bareWeekday(d.Text) && !c.pastWeekday(d) {
			return true
		}
	}
	return false
}

// pastWeekday reports a weekday that a present tense cannot timetable:
// one after "earlier" ("meets Y earlier on Thursday"), or the day of the
// dateline it is told under ("LILONGWE, May 2 - X meets Y on Thursday", a
// caption or a report of that day).
func (c *sctx) pastWeekday(d timex.Match) bool {
	before := strings.Fields(strings.ToLower(c.st.a.Text[c.s.start : c.s.start+d.Start]))
	if n := len(before); n > 0 && before[n-1] == "earlier" || n > 1 && before[n-1] == "on" && before[n-2] == "earlier" {
		return true
	}
	day := c.st.storyDay(c.si)
	if day.IsZero() && c.st.storyOf(c.si) < 0 {
		day = c.st.datelineDay(c.st.doc.dateline)
	}
	return !day.IsZero() && strings.HasPrefix(strings.ToLower(strings.TrimPrefix(d.Text, "on ")), strings.ToLower(day.Weekday().String()))
}

// prospectBefore reports a noun of prospects before the preposition at j
// in its clause: "prospects look dim for an autumn meeting".
func (c *sctx) prospectBefore(j int) bool {
	for q := j - 1; q >= max(c.clauseStart(j), j-5); q-- {
		if c.in(q, en.ProspectNouns) {
			return true
		}
	}
	return false
}

// purposeLead reports a departure, preparation or appeal before the "for"
// at j in its clause ("flies tonight to Lima for talks", "the groundwork
// for talks", "pressed for talks"): the talks after it are a purpose. After
// "joined X in Paris for talks" they were held.
func (c *sctx) purposeLead(j int) bool {
	for q := j - 1; q >= max(c.clauseStart(j), j-12); q-- {
		if c.in(q, en.PurposeLeads) {
			return true
		}
	}
	return false
}

// hoursBefore reads "saw X that Monday, some hours before talks with Y"
// at the meeting noun k, told after that day: the talks came that day,
// which it returns.
func (c *sctx) hoursBefore(k int) (schema.Date, bool) {
	b := c.beforeNoun(k)
	if b < 0 || !c.word(b-1, "hours", "minutes", "shortly", "moments") {
		return schema.Date{}, false
	}
	return c.pastDayIn(-1, -1)
}

// talksBefore reads hoursBefore, and a plain "before" after the day of
// the main clause ("landed on Tuesday before talks with Y"), told after
// that day, when no day of the talks' own follows them.
func (c *sctx) talksBefore(k int) (schema.Date, bool) {
	if d, ok := c.hoursBefore(k); ok {
		return d, true
	}
	b := c.beforeNoun(k)
	if b < 0 || c.dateAfter(k) {
		return schema.Date{}, false
	}
	return c.pastDayIn(c.toks[b].start, c.toks[k].start)
}

// bareAdverbialNoun reports a meeting noun at k with no article right
// after "before", "after" or "following" inside its sentence ("met Z
// after talks with Y"): an adverbial of the main clause.
func (c *sctx) bareAdverbialNoun(k int) bool {
	return k >= 2 && c.word(k-1, "before", "after", "following")
}

// beforeNoun returns the "before" right before the noun at k, or one
// word before it ("before the talks"), or -1.
func (c *sctx) beforeNoun(k int) int {
	b := k - 1
	if !c.word(b, "before") {
		b--
	}
	if !c.word(b, "before") {
		return -1
	}
	return b
}

// pastDayIn returns the first day of the sentence before the publication
// day that is not explicitly future, ending by offset end and starting by
// start (either -1 for no bound).
func (c *sctx) pastDayIn(end, start int) (schema.Date, bool) {
	pub := c.st.a.Published
	for _, d := range c.st.dates[c.si] {
		if end >= 0 && c.s.start+d.End > end || start >= 0 && c.s.start+d.Start > start {
			continue
		}
		if !d.Future && d.Date.Precision == schema.PrecisionDay && !pub.IsZero() && d.Date.Time.Before(pub.Truncate(24*time.Hour)) {
			return d.Date, true
		}
	}
	return schema.Date{}, false
}

// dateAfter reports a date expression of the sentence after token k.
func (c *sctx) dateAfter(k int) bool {
	for _, d := range c.st.dates[c.si] {
		if c.s.start+d.Start > c.toks[k].start {
			return true
		}
	}
	return false
}

// nounPlan reads what before a meeting noun makes it a plan or blocks it:
// a purpose after a departure ("flew out to Lima for talks"), prospects,
// an obstruction, "before the talks", "future talks", a far modal of the
// same clause. ok is false when none of these holds.
func (c *sctx) nounPlan(k, cs int) (schema.EventStatus, bool) {
	// "flew out to Lima for two rounds of tariff talks", "preparing the
	// ground for talks between X and Y": talks are the purpose, not yet
	// held.
	if c.in(k, en.MeetingNouns) {
		for j := k - 1; j >= max(0, k-6) && c.toks[j].kind == tokWord && c.at[j] < 0; j-- {
			if c.word(j, "for") && c.purposeLead(j) && c.movedToFor(k) < 0 {
				return schema.Planned, true
			}
		}
	}
	// "prospects for a summer meeting", "the chances of talks": a plan;
	// "obstructing talks with X": talks blocked, not held.
	for j := k - 1; j >= max(0, k-6) && c.toks[j].kind == tokWord && (c.at[j] < 0 || c.ms[c.at[j]].kind == mDemonym); j-- {
		if c.word(j, "for", "of", "about", "over") && c.prospectBefore(j) {
			return schema.Planned, true
		}
		if c.in(j, en.Obstructions) && j >= k-3 {
			return schema.Cancelled, true
		}
	}
	// "talking to the press before the talks with X": still to come.
	gerund := c.word(k, "meeting") && c.word(k-1, "before") && c.personAt(k+1) // "..., before meeting X": a verb
	if c.word(k, "meeting", "talks", "meetings") && !gerund && (c.word(k-1, "before") || c.word(k-2, "before") && c.word(k-1, "a", "the", "his", "her", "their")) {
		if _, ok := c.talksBefore(k); !ok {
			return schema.Planned, true
		}
	}
	// "future credit talks", "the proposed meeting": a plan ("the next
	// day met" is a time).
	if c.plannedBefore(k-1) || c.plannedBefore(k-2) && c.toks[k-1].kind == tokWord && c.at[k-1] < 0 && !c.in(k-1, en.DayParts) && !c.word(k-1, "day") {
		return schema.Planned, true
	}
	// "Envoys will meet in Lome from June 30 to July 2 to settle the
	// agenda for the group's Accra summit": a far modal of the same
	// comma-free clause.
	for j := k - 1; j > k-13 && j >= 0; j-- {
		if c.toks[j].text == "," && c.inSpan(j, k, en.SayVerbs) {
			return "", false // "Trade will grow, A and B said after talks": the speaker's clause
		}
	}
	for j := k - 13; j >= max(cs, k-24); j-- {
		if c.toks[j].kind == tokPunct {
			break
		}
		if c.in(j, en.Modals) && !c.word(j, "would") {
			return schema.Planned, true
		}
	}
	return "", false
}

// foundTime reports "found time" or "made time" before the "to" at j, with
// at most a time phrase between ("made time that evening to see Y").
func (c *sctx) foundTime(j int) bool {
	for q := j - 1; q >= max(1, j-5); q-- {
		if c.word(q, "time") && c.word(q-1, "found", "finds", "made", "makes") {
			return true
		}
		if !c.dateTok(q) && !en.AdverbialWords[c.toks[q].lower] {
			return false
		}
	}
	return false
}

// fateAfter reads the words after a trigger that tell its fate: "called
// off", "the meeting was postponed", "talks will take place", "coming up",
// a habit, a noun that "had not taken place". ok is false when none does.
func (c *sctx) fateAfter(k int) (schema.EventStatus, bool) {
	// Trigger forms after the verb: "called off"; and a noun trigger's
	// fate: "the meeting was postponed", "talks will take place".
	if c.word(k, "called", "calls", "call", "calling") && c.word(k+1, "off") {
		return schema.Cancelled, true
	}
	plain := 0
	for j := k + 1; j < len(c.toks) && plain < 8; j++ {
		t := c.toks[j]
		if t.text == "," && c.in(j+1, en.Conditionals) && c.in(k, en.MeetingNouns) {
			// "Talks between A and B, if successful, could ...": a
			// noun whose outcome is conditional is not yet held.
			return schema.Planned, true
		}
		if q := c.parentheticalEnd(j); q >= j {
			j = q // "a visit by X, which had been expected, was postponed"
			continue
		}
		if t.kind == tokPunct && (t.text == "," || t.text == "." || t.text == ";") || c.word(j, "said", "who", "which") || c.freeRelative(j) {
			break
		}
		if c.word(j, "and") && c.pastForm(k) && c.at[k] < 0 {
			break // "X set off for Y at noon and is expected to ...": another clause
		}
		if c.at[j] < 0 {
			plain++
		}
		switch {
		case c.in(j, en.CancelParticiples) && c.word(j-1, "was", "were", "been", "be", "is", "are"):
			return schema.Cancelled, true
		case c.word(j, "called") && c.word(j+1, "off"):
			return schema.Cancelled, true
		case c.phraseAt(j, en.CancelIdioms) > 0 && (c.in(j-1, en.BeForms) || c.word(j-1, "taken", "struck", "removed", "kept") || c.word(j, "did", "didn't", "never")):
			return schema.Cancelled, true // "is off the schedule", "did not make the final cut"
		case c.word(j, "consideration", "discussion", "review") && c.word(j-1, "under"), c.word(j, "possible", "likely", "expected", "planned", "proposed") && c.word(j-1, "was", "is", "were", "are", "be"):
			return schema.Planned, true
		case c.in(j, en.PlanParticiples) && c.word(j-1, "being", "been"):
			// "a meeting between A and B was being arranged"
			return schema.Planned, true
		case c.in(j, en.BeForms) && c.phraseAt(j+1, en.PlanIdioms) > 0:
			// "a meeting ... is on the cards"
			return schema.Planned, true
		case c.word(j, "coming") && c.word(j+1, "up"):
			// "with my meeting with X coming up"
			return schema.Planned, true
		case c.word(j, "coming") && c.word(j-1, "the") && c.word(j+1, "days", "weeks", "months", "years"):
			// "talks with X in the coming weeks"
			return schema.Planned, true
		case c.in(j, en.Habituals) || c.word(j, "time") && c.word(j-1, "to") && c.word(j-2, "time") || c.in(j, en.HabitualAdverbs) && (j+1 >= len(c.toks) || c.toks[j+1].kind == tokPunct):
			// habitual: "talks with him from time to time"
			return schema.Planned, true
		case c.word(j, "will", "would") && c.word(j+1, "take", "be", "begin", "start", "open", "resume") || c.word(j, "scheduled", "slated", "planned", "due") && c.word(j-1, "is", "are", "was", "were"):
			return schema.Planned, true
		case c.word(j, "will", "shall", "would") && c.in(k, en.MeetingNouns):
			// "the X discussions with Y will focus on aid"
			return schema.Planned, true
		case c.in(j, en.PlannedParticiples) && (c.word(j+1, "for") || c.word(j+1, "to") && c.word(j+2, "take", "be", "begin", "start", "open", "resume")) && c.at[j-1] >= 0 && (c.in(k, en.MeetingNouns) || c.in(k, en.DeniedNouns)):
			// "talks with X set for Friday", "a meeting with Y
			// scheduled to take place": a reduced relative of the noun's
			// plan ("talks with Y expected to focus on trade" opened).
			return schema.Planned, true
		}
	}
	// "a call with X that aides had announced had still not taken
	// place": the noun's own fate, however far.
	for j := k + 1; j+1 < len(c.toks) && j < k+16 && c.toks[j].kind != tokPunct; j++ {
		if c.word(j, "not", "never") && c.word(j+1, "taken", "take", "happened", "happen", "occurred", "materialised", "materialized") {
			return schema.Cancelled, true
		}
	}
	return "", false
}

// parentheticalEnd returns the last token of a relative clause or of a
// person's name in apposition at the comma j (", which had been planned
// for May,", ", Ana Reyes,", "the Portuguese premier, Ana Reyes,"), after
// which a verb of the main clause may follow; -1 when none is there.
func (c *sctx) parentheticalEnd(j int) int {
	if j < 1 || c.toks[j].text != "," || j+2 >= len(c.toks) {
		return -1
	}
	if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].j > j+1 {
		return c.ms[mi].j - 1 // a comma inside a person's mention
	}
	if mi := c.at[j+1]; mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].i == j+1 && c.ms[mi].j < len(c.toks) && c.toks[c.ms[mi].j].text == "," {
		return c.ms[mi].j - 1
	}
	// The comma that closes the name in apposition.
	if mi := c.at[j-1]; mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].j == j && (c.hasComma(c.ms[mi].i, j) || c.ms[mi].i > 0 && c.toks[c.ms[mi].i-1].text == ",") && !c.word(j+1, "which", "who", "where") {
		return j
	}
	// ", initially scheduled for Saturday,": a reduced relative of plan.
	participle := c.in(j+1, en.PlanParticiples) || strings.HasSuffix(c.toks[j+1].lower, "ly") && c.in(j+2, en.PlanParticiples)
	if !c.word(j+1, "which", "who", "where") && !participle && !c.quantifiedRelative(j+1) {
		return -1
	}
	if q := c.relativeClose(j); q > j && q < j+16 {
		return q
	}
	return -1
}

// relativeAround reports a relative clause that holds token at and not the
// trigger at k, which comes after it or before it.
func (c *sctx) relativeAround(at, k int) bool {
	for j := 0; j < at; j++ {
		if c.toks[j].text == "," && c.word(j+1, "who", "which") {
			if q := c.parentheticalEnd(j); q > at && !(j < k && k < q) {
				return true // ("joined by B, who had come the day before, for talks")
			}
		}
	}
	return false
}

// hasComma reports a comma among the tokens [i, j).
func (c *sctx) hasComma(i, j int) bool {
	for q := i; q < j; q++ {
		if c.toks[q].text == "," {
			return true
		}
	}
	return false
}

// tomorrow reports whether the sentence speaks of tomorrow (cached).
func (c *sctx) tomorrow() bool {
	if c.tmr == 0 {
		c.tmr = 1
		if c.has("tomorrow") {
			c.tmr = 2
		}
	}
	return c.tmr == 2
}

// firstTo reports "the first/last/only/earliest ... to".
func (c *sctx) firstTo(j int) bool {
	for q := j - 1; q >= max(0, j-6); q-- {
		if c.word(q, "first", "last", "only", "second", "third", "earliest") {
			return true
		}
	}
	return false
}

// read finds the event frames of one sentence: each word starts the frames
// its rows of the trigger table name (en.Lookup), then the readers of whole
// sentences run.
func (c *sctx) read() {
	for k, t := range c.toks {
		if t.kind != tokWord {
			continue
		}
		for _, tr := range en.Lookup(t.lower) {
			if !tr.Frame.Gathering() {
				c.frame(tr, k)
			}
		}
	}
	c.phoneInfinitives()
	c.guestOf()
	c.mediators()
	c.delegations()
	c.partyNamed()
	c.accompanied()
	c.joinedTraveller()
	c.delegationIncludes()
	c.togetherWith()
	c.gatherings()
	c.membership()
	c.visiting()
	c.airportWelcomes()
	c.appositivePresence()
	c.laterDenial()
	c.statusNote()
	c.laterDating()
	c.laterTopics()
}

// frame runs the reader of one trigger row on the word at k.
func (c *sctx) frame(tr en.Trigger, k int) {
	if (tr.Frame == en.MeetVerb || tr.Frame == en.MeetNoun || tr.Frame == en.SitDown || tr.Frame == en.Call) && c.withWhom(k) {
		return
	}
	switch tr.Frame {
	case en.MeetVerb:
		c.meetVerb(k)
	case en.SitDown:
		c.satDown(k)
	case en.VisitVerb:
		c.visitVerb(k)
	case en.Arrive:
		c.arrive(k)
	case en.MeetNoun:
		c.meetNoun(tr, k)
	case en.BeIn:
		c.beIn(k)
		c.withForTalks(k)
	case en.Discuss:
		if tr.Form == en.Agree {
			c.counterpartsAgreed(k)
			break
		}
		c.discussWith(k)
	case en.Call:
		c.call(tr, k)
	case en.Receive:
		c.receive(tr, k)
	case en.Travel:
		c.travel(tr, k)
	case en.Sign:
		c.agreement(k)
	}
}

// withWhom reads a meeting told in a relative clause opened by "with
// whom" ("X, with whom he held talks on Monday", "..., with whom she
// spoke by phone"): the antecedent met the clause's subject. It reports
// whether the trigger at k is one.
func (c *sctx) withWhom(k int) bool {
	j := k - 1
	for j > max(1, k-8) && !c.word(j, "whom") {
		if c.toks[j].kind == tokPunct {
			return false
		}
		j--
	}
	// ", whom X met on Monday": the verb's own object.
	plain := c.word(j, "whom") && j >= 2 && c.toks[j-1].text == "," && c.word(k, "met")
	if !plain && (!c.word(j, "whom") || !c.word(j-1, "with") || j < 3 || c.toks[j-2].text != ",") {
		return false
	}
	other := c.antecedent(j)
	var subj *entity
	for q := j + 1; q < k && subj == nil; q++ {
		if mi := c.at[q]; mi >= 0 {
			subj = c.actor(mi)
		}
	}
	if other == nil {
		return false
	}
	// ("he" read as the antecedent: the one the story follows)
	for _, alt := range []*entity{c.sentenceSubject(j), c.st.topic} {
		if subj == nil || subj.canon() == other.canon() {
			subj = alt
		}
	}
	if subj == nil || other.canon() == subj.canon() {
		return false
	}
	for _, e := range c.addMeeting(k, []*entity{subj}, []*entity{other}, false) {
		c.meetingDetails(e, k)
	}
	return true
}

// membership reads a bloc's members: "The GCC groups Saudi Arabia, Kuwait
// ... and Oman", "ASEAN comprises ...", "members of X are ...".
func (c *sctx) membership() {
	for mi, m := range c.ms {
		if m.kind != mOrg || m.modifier {
			continue
		}
		k := m.j
		if !c.word(k, "groups", "comprises", "includes", "consists", "unites", "brings", "gathers") {
			continue
		}
		var ms []*entity
		for j := k + 1; j < len(c.toks); j++ {
			if q := c.at[j]; q >= 0 && q != mi {
				qm := c.ms[q]
				if qm.kind == mCountry && !qm.modifier {
					ms = append(ms, c.st.country(qm.iso3))
				}
				j = qm.j - 1
			}
		}
		if len(ms) >= 2 {
			c.st.members[c.st.org(m.name)] = ms
		}
	}
}

// addMeeting records a meeting between the actors.
func (c *sctx) addMeeting(k int, subj, obj []*entity, joint bool) []*event {
	status := c.modality(k)
	if w := c.st.x.trace; w != nil {
		names := func(es []*entity) (out []string) {
			for _, e := range es {
				out = append(out, e.name)
			}
			return
		}
		fmt.Fprintf(w, "  MEET@%d %q subj=%v obj=%v joint=%v %s\n", c.si, c.toks[k].text, names(subj), names(obj), joint, status)
	}
	// "talked with an NPR host X": an interview, no meeting.
	subj, obj = c.withoutPress(subj), c.withoutPress(obj)
	// "Following meetings with A and B, the groups said": a fallback
	// subject that is one of the objects met no one.
	if len(obj) > 0 && !joint {
		kept := subj[:0:0]
		for _, e := range subj {
			mine := false
			for _, o := range obj {
				mine = mine || o.canon() == e.canon()
			}
			if !mine {
				kept = append(kept, e)
			}
		}
		subj = kept
	}
	if status == schema.Occurred && len(obj) > 0 && !joint {
		c.st.notePlural(c.si, subj)
	}
	var made []*event
	mk := func(parts []*entity) {
		ps := dedupEntities(parts)
		if len(ps) < 2 {
			return
		}
		e := &event{typ: schema.Meeting, status: status, mode: schema.InPerson, parts: ps, sent: c.si, trig: k, conf: 0.8}
		e.markIf(cueJoint, joint)
		c.st.events = append(c.st.events, e)
		made = append(made, e)
		c.keepSeriesInFocus(e)
	}
	if len(obj) == 0 {
		if len(subj) >= 2 {
			mk(subj)
			for _, e := range made {
				e.mark(cueEquals)
			}
		}
		return made
	}
	// "A and B held talks with C, D and E": one table for all five,
	// unless "separately" or "in turn".
	apart := c.phraseWithin(k, len(c.toks)-k, en.InTurn) || c.eachBefore(k)
	together := len(personsOf(subj)) >= 2 && allPersons(obj) && !apart
	if joint || len(obj) >= 2 && (c.hasClass(en.JointCues) || together || c.ledPartyAfter(k)) {
		// "hosted A and B for three-way talks": one meeting of all.
		mk(append(append([]*entity{}, subj...), obj...))
		return made
	}
	if len(personsOf(subj)) >= 2 && len(obj) == 1 && apart {
		// "A and B met with him separately": each of them met him (with
		// two or more met, "separately" keeps those apart instead).
		for _, a := range subj {
			mk([]*entity{a, obj[0]})
		}
		return made
	}
	for _, o := range obj {
		mk(append(append([]*entity{}, subj...), o))
	}
	return made
}

// eachBefore reports "each" or "separately" between a plural subject and
// the trigger at k, with at most a verb between ("A and B each held calls
// with C", "A and B separately met C"): one event for each of them.
func (c *sctx) eachBefore(k int) bool {
	for j := k - 1; j >= max(1, k-3); j-- {
		if c.word(j, "each", "separately", "individually") {
			return c.at[j-1] >= 0
		}
		if c.at[j] >= 0 || c.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// groupMet reads a group of several states' officials meeting at k, and
// reports whether it read one: "EU foreign ministers met" (the bloc's
// gathering), "Health ministers from the Adriatic states met in Split" (a
// gathering of theirs, its attendees told after; met "for the 34th
// summit" is that summit's, read by gathered).
func (c *sctx) groupMet(k int) bool {
	if c.blocMet(k) {
		return true
	}
	if c.regionalLeadersBefore(k) && (c.word(k+1, "in", "at", "on", "this", "last", "yesterday", "today") || k+1 < len(c.toks) && c.toks[k+1].kind == tokPunct) && !c.forGatheringAfter(k+1) {
		c.newGathering(k, k, k).name = "meeting"
		return true
	}
	return false
}

// blocMet records the gathering of the bloc whose members or officials
// are the subject before the verb at k ("EU foreign ministers met") and
// reports whether it did.
func (c *sctx) blocMet(k int) bool {
	org := c.blocSubject(k)
	if org == nil {
		return false
	}
	e := c.newGathering(k, k, k)
	e.name = c.toks[k].text
	if g := c.lastBlocName(k); g != "" {
		e.name = g
	}
	c.st.addAttendee(e, org)
	e.convenor = org.canon()
	return true
}

// blocAnaphorBefore returns the bloc, as the text last named it within
// five sentences (its words there and its name), that "the bloc's" or
// "the group's" (en.BlocNouns) stands for in a plural role ending right
// before token k ("The bloc's defence ministers met"); "" for none.
func (c *sctx) blocAnaphorBefore(k int) (string, string) {
	if !c.word(k-1, "ministers", "leaders", "chiefs", "heads", "envoys", "officials", "delegates", "commanders", "negotiators", "advisers", "diplomats") && c.headsOfStateStart(k) < 0 {
		return "", ""
	}
	j := k - 1
	for j > max(0, k-7) && !c.toks[j].poss && c.toks[j].kind == tokWord && !c.toks[j].upper {
		j-- // "defence", "foreign", "heads of state and"
	}
	if !c.toks[j].poss || !c.word(j-1, "the") || !en.BlocNouns[strings.TrimSuffix(strings.TrimSuffix(c.toks[j].lower, "'s"), "’s")] {
		return "", ""
	}
	for si := c.si; si >= max(0, c.si-5); si-- {
		ms := c.st.ms[si]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			if m := ms[mi]; m.kind == mOrg && m.bloc && !m.company && (si < c.si || m.j <= j) {
				return phrase(c.st.doc.sentences[si].toks, m.i, m.j), m.name
			}
		}
	}
	return "", ""
}

// headsOfStateStart returns the token of "heads" when "heads of state",
// "heads of government" or "heads of state and government" ends right
// before token k, else -1.
func (c *sctx) headsOfStateStart(k int) int {
	for _, n := range []int{3, 5, 6} {
		h := k - n
		if h < 0 || !c.word(h, "heads") || !c.word(h+1, "of") || !c.word(k-1, "state", "government") {
			continue
		}
		if n == 3 || c.word(h+2, "state") && c.word(h+3, "and") && (n == 5 || c.word(h+4, "of")) {
			return h
		}
	}
	return -1
}

// orgBefore reports an organisation named in the clause before token k
// ("Leaders of the Lakes Forum met": the bloc's own gathering).
func (c *sctx) orgBefore(k int) bool {
	for j := c.clauseStart(k); j < k; j++ {
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mOrg {
			return true
		}
	}
	return false
}

// keepSeriesInFocus keeps in focus the gathering of a series of meetings
// ("X had one-to-one talks at the margins of G") while a later sentence
// tells one of them: the story is still at G.
func (c *sctx) keepSeriesInFocus(m *event) {
	for _, s := range c.st.series {
		if g := s.sidelines; g != nil && m.status == schema.Occurred && c.si-s.sent <= 6 && containsEntity(m.parts, s.parts[0].canon()) {
			g.seen = max(g.seen, c.si)
		}
	}
}

func dedupEntities(es []*entity) []*entity {
	var out []*entity
	for _, e := range es {
		if e == nil {
			continue
		}
		e = e.canon()
		dup := false
		for _, o := range out {
			if o == e {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out
}

// meetVerb reads "X met Y", "X met with Y", "X and Y met".
func (c *sctx) meetVerb(k int) {
	w := c.toks[k].lower
	// "ministers of A and B are meeting in X today"; "... on Monday",
	// written on a Friday, or "this week" is a timetable.
	sitting := w == "meeting" && c.word(k-1, "is", "are") && c.word(k+1, "in", "at", "today") && c.datedToday()
	if !c.verbOfMeeting(k, w, sitting) {
		return
	}
	// "meet the deadline", "meet NATO's spending target": an idiom.
	if c.idiomObject(k) {
		return
	}
	// "EU foreign ministers met in Brussels", "ASEAN leaders met": a
	// gathering of the bloc.
	if (w == "met" || w == "meet" || w == "meets" || w == "gathered" || w == "assembled" || w == "converged" || w == "convened" || sitting) && c.groupMet(k) {
		return
	}
	// "was met by Y at the airport": a welcome on arrival, no meeting.
	// "landed at X Airport, where he was met by Y".
	if w == "met" && c.word(k-1, "was", "were", "been", "being") && c.airportNear(k) {
		return
	}
	subj := c.verbSubjects(k)
	o := k + 1
	wi := c.markerAfter(k, "with")
	if c.counterpartsFrom(k, o) || c.counterpartsFrom(k, wi+1) {
		return // "met his counterparts from A, B and C": a gathering
	}
	// "met for an hour with", "met separately with", "met today", "met on Monday".
	obj, oend := c.objects(o, 8)
	if len(obj) == 0 && wi > 0 && !c.absoluteWith(wi) && c.phraseAt(wi+1, en.ReciprocalObjects) == 0 {
		// "met in Geneva with Y", "met late on Friday with Y": past the
		// adjuncts of place and time.
		obj, oend = c.objects(wi+1, 3)
	}
	later := 0
	if len(obj) > 0 {
		more := c.laterObjects(oend)
		later = len(more)
		obj = append(obj, more...)
	}
	if len(obj) == 0 {
		if u := c.unnamedOfficials(o, 8); u != nil {
			obj = []*entity{u}
		}
	}
	if len(obj) == 0 {
		obj = c.namedAmong(o) // "met families of the crew, among them A and B"
	}
	subj = c.reciprocalSubjects(k, subj, obj) // "signed by A and B, who met at State House": A met B
	if len(obj) == 0 && len(subj) < 2 || len(subj) == 0 {
		// "the two ministers met" and "the two ministers were meeting
		// with Y": the pair told before.
		if pair := c.groupPair(k); pair != nil {
			subj = pair
		}
	}
	if len(subj) == 0 && w == "meeting" && c.word(k-1, "after", "before", "while", "when") {
		// "After meeting X, Y said": the subject of the main clause.
		if a := firstPersonAfterComma(c.ms, c.toks, k); a != nil {
			subj = []*entity{a.canon()}
		}
	}
	if len(obj) == 0 && len(subj) == 0 {
		return
	}
	if len(subj) == 0 && c.groupSubject(k) {
		return // "the two envoys were meeting with Y", the two not found
	}
	if len(subj) == 0 {
		var waits bool
		if subj, waits = c.partySubjects(k, obj); waits {
			return
		}
	}
	if len(subj) == 0 {
		subj = c.topicSubjectFor(k, obj)
	}
	if c.word(k+1, "with") {
		wi = k + 1
	}
	if wi >= 0 && c.absoluteWith(wi) {
		wi = -1 // "met in Geneva, with Switzerland acting as host"
	}
	if len(obj) == 0 && wi >= 0 && c.phraseAt(wi+1, en.ReciprocalObjects) == 0 {
		// "A and B are meeting with investors": they met an unnamed
		// party together, not each other.
		return
	}
	joint := len(obj) == 0 || len(obj) > 1 && c.partyAt(o) // "met a delegation made up of A and B": one sitting
	held := w == "meet" && c.tripPurposeHeld(k)
	for _, e := range c.addMeeting(k, subj, obj, joint) {
		if held && e.status == schema.Planned {
			e.status = schema.Occurred // "flew to Brussels on Friday to meet Y"
		}
		c.meetingDetails(e, k)
		c.visitFromMeeting(e, subj, k)
		if joint {
			// "The leaders of A, B and C met in Arusha for the East
			// African Community summit": the gathering's name, should the
			// meeting be one.
			if f := c.markerAfter(k, "for"); f > 0 {
				if g := c.gatheringNoun(f+1, 8); g > 0 {
					e.name = c.gatheringName(f+1, g)
				}
			}
		}
	}
	if len(obj) > 0 && !joint {
		c.secondMet(k, oend, later > 0, subj)
	}
}

// secondMet adds the subject's second meeting told after the first object
// of the verb at k ended at oend: "met with A on Monday and with B on
// Tuesday", or, when no later object was read already, "met A on Monday
// and B on Tuesday", with the one verb's status.
func (c *sctx) secondMet(k, oend int, later bool, subj []*entity) {
	if another := c.anotherWith(oend); another > 0 {
		c.metAnother(another, subj)
	} else if p := c.anotherObject(oend); p > 0 && !later {
		status := c.modality(k)
		for _, e := range c.metAnother(p-1, subj) {
			e.status = status
		}
	}
}

// reciprocalSubjects returns the subjects of a verb at k with no object
// and one subject in a relative clause: all the people its "who" stands
// for when they are coordinated before its comma ("A and B, who met"),
// else subj as it is.
func (c *sctx) reciprocalSubjects(k int, subj, obj []*entity) []*entity {
	w := c.whoBefore(k)
	if len(obj) > 0 || len(subj) != 1 || w < 1 || c.word(w, "whom") {
		return subj
	}
	if ants := dedupEntities(c.listBeforeComma(w - 1)); len(ants) >= 2 && containsEntity(ants, subj[0]) {
		return ants
	}
	return subj
}

// metAnother adds and returns the meetings of subj with the people after
// the "with" at w of a second meeting told in the same clause (anotherWith),
// dated by its own phrases.
func (c *sctx) metAnother(w int, subj []*entity) []*event {
	if len(subj) == 0 || !allPersons(subj) {
		return nil // (a subject read as a country is no one's second meeting)
	}
	more, _ := c.objects(w+1, 3)
	made := c.addMeeting(w-1, subj, more, false)
	for _, e := range made {
		c.meetingDetails(e, w+1) // (its own day, after the name)
	}
	return made
}

// verbSubjects returns the subjects of the meeting verb at k, the first
// verb's when a time phrase or a list of verbs parts it from them.
func (c *sctx) verbSubjects(k int) []*entity {
	subj := c.subjects(k)
	if len(subj) == 0 && c.andThenVerb(k) {
		// "landed on Sunday and the next day met Y": the first verb's
		// subject.
		if a := c.sentenceSubject(k); a != nil {
			subj = []*entity{a}
		}
	}
	if c.coordinatedVerb(k) && c.word(k, "met") {
		// "X held talks with Y on Z, and later met W": X met W.
		if a := c.sentenceSubject(k); a != nil && (len(subj) == 0 || subj[0].canon().kind != schema.KindPerson) {
			subj = []*entity{a}
		}
	}
	return subj
}

// absoluteWith reports a "with" at w that opens an absolute phrase after a
// comma, a party and what it does or is ("..., with Norway mediating",
// "..., with the hosts looking on", "..., with Oman as go-between"): no
// party met "with".
func (c *sctx) absoluteWith(w int) bool {
	if w == 0 || c.toks[w-1].text != "," {
		return false
	}
	q := w + 1
	if c.word(q, "the") {
		q++
	}
	if q >= len(c.toks) {
		return false
	}
	if mi := c.at[q]; mi >= 0 {
		q = c.ms[mi].j
	} else if c.toks[q].kind == tokWord && !c.toks[q].upper {
		q++ // "the hosts"
	} else if c.toks[q].kind == tokWord {
		for n := 0; n < 3 && q < len(c.toks) && c.toks[q].kind == tokWord && c.toks[q].upper && c.at[q] < 0; n++ {
			q++ // "with the Kremlin saying", "with State Media reporting"
		}
	} else {
		return false
	}
	return q < len(c.toks) && c.toks[q].kind == tokWord && (strings.HasSuffix(c.toks[q].lower, "ing") || c.word(q, "as", "present"))
}

// tripPurposeHeld reports "to meet" at k-1, k after a journey told as done
// in the same clause ("flew to Brussels to meet Y", "stopped in Oslo on
// Friday to meet Y"): the trip was made for the meeting, which was held.
// Only places, days and a few function words may stand between.
func (c *sctx) tripPurposeHeld(k int) bool {
	if !c.word(k-1, "to") {
		return false
	}
	for j := k - 2; j >= max(0, k-14); j-- {
		switch {
		case c.in(j, en.PastJourneyVerbs):
			return c.modality(j) == schema.Occurred
		case c.in(j, en.TravelParticiples) && j > 0 && c.toks[j-1].text == ",":
			return c.pastMainClause(j - 1) // ", travelling to A in May to meet Y"
		case c.at[j] >= 0 || c.toks[j].kind == tokNum || en.WeekdayWords[c.toks[j].lower] || en.MonthNames[c.toks[j].lower] > 0:
		case c.in(j, en.JourneyFillers):
		default:
			return false
		}
	}
	return false
}

// laterObjects returns the people a verb's subject met next in the same
// clause, after its first object ended at from: "met A at the palace and
// then B", "met A on Monday and later B". A name that opens a clause of
// its own ("and then B said") is no object.
func (c *sctx) laterObjects(from int) []*entity {
	for j := from; j+2 < len(c.toks) && j < from+10; j++ {
		t := c.toks[j]
		if t.kind == tokPunct && t.text != "," {
			return nil
		}
		if mi := c.at[j]; mi >= 0 && c.ms[mi].kind != mCity && c.ms[mi].kind != mCountry {
			return nil // another party first: "met A, whom B ..."
		}
		if !(c.word(j, "and") || t.text == ",") || !c.word(j+1, "then", "later", "afterwards", "subsequently") {
			continue
		}
		p := j + 2
		// "and later in the day Y", "and later that evening Y": the
		// same day's time before the name.
		for p < min(len(c.toks), j+7) && c.at[p] < 0 && c.word(p, "in", "that", "the", "same", "day", "morning", "afternoon", "evening", "night") {
			p++
		}
		if p >= len(c.toks) {
			return nil // ("... and later that day" ending a line with no stop)
		}
		mi := c.at[p]
		if mi < 0 || c.ms[mi].kind != mPerson && c.ms[mi].kind != mRole {
			return nil
		}
		items, _, end := c.coordinated(p)
		if end < len(c.toks) && c.toks[end].kind == tokWord && isVerbish(c.toks[end].lower) {
			return nil
		}
		return items
	}
	return nil
}

// idiomObject reports whether "meet" at k takes an object that makes it an
// idiom ("meet the deadline", "met their targets", "meet NATO's new
// spending goal", "meet growing demand"): a determiner, possessor or
// adjectives, then a noun of en.MeetIdioms.
func (c *sctx) idiomObject(k int) bool {
	for j := k + 1; j < min(len(c.toks), k+6); j++ {
		t := c.toks[j]
		if t.kind != tokWord {
			return false
		}
		if en.MeetIdioms[t.lower] {
			return true
		}
		if mi := c.at[j]; mi >= 0 {
			// A possessor ("NATO's") or a name used as a modifier ("IMF
			// requirements", "EU standards") may stand before the noun.
			m := c.ms[mi]
			if !m.poss && !(m.j < len(c.toks) && en.MeetIdioms[c.toks[m.j].lower]) {
				return false
			}
			j = m.j - 1
			continue
		}
		if t.upper || c.word(j, "with", "in", "at", "on", "for", "and", "to") {
			return false
		}
	}
	return false
}

// meetNoun reads "talks with Y", "a meeting with Y", "held talks with",
// "talks between X and Y", "conversation with", "audience with".
func (c *sctx) meetNoun(tr en.Trigger, k int) {
	w := c.toks[k].lower
	if w == "face" {
		// "came face to face with Y": read at its second "face", told
		// from the first (after its verb, not after "to").
		if c.word(k-1, "to") && c.word(k-2, "face") && c.word(k+1, "with") && !c.atGatheringAfter(k+2) {
			c.talksWith(k-2, k+1, w, tr.Mode) // (at a summit, an encounter of two guests)
		}
		return
	}
	if (w == "phone" || w == "telephone") && !(c.word(k-2, "on") && c.word(k-1, "the")) && !(c.word(k-3, "picked", "picks", "picking") && c.word(k-2, "up") && c.word(k-1, "the")) {
		// "by phone with Y" is read with its verb; "on the phone with Y"
		// and "picked up the phone to Y" here
		return
	}
	if w == "conference" && !c.word(k-1, "video") {
		return // "a press conference", "the conference": no call
	}
	if w == "consultation" && !c.word(k-1-c.plainModifiers(k), "a", "an") {
		return // "a three-way consultation with Y"; "in consultation with Y" is a manner
	}
	if w == "audience" && c.word(k+1, "of") && (c.at[k+2] < 0 || c.ms[c.at[k+2]].kind != mPerson) {
		return // "had an audience of the King"; not "told an audience of diplomats"
	}
	// "the Spain-Portugal Summit" is the two countries' meeting, unless the
	// noun has its own "with": "held a Kenya-Ghana Summit Meeting with Y".
	if (en.PairNouns[w] || w == "consultations") && c.nounMarker(tr, k) < 0 && c.compoundMeeting(k) {
		return
	}
	if w == "summit" && !c.word(k+1, "with") && !(c.word(k+1, "between") && c.personAt(k+2)) {
		// "the summit between A and B" of two people is their meeting;
		// between blocs it is a gathering.
		c.jointSummit(k)
		return
	}
	// "held a bilateral with Y", "before their formal bilateral": the
	// adjective as a noun; "bilateral trade" is no meeting.
	if (w == "bilateral" || w == "bilaterals") && k+1 < len(c.toks) && c.toks[k+1].kind == tokWord && !c.toks[k+1].upper && !c.word(k+1, "with", "at", "on", "in", "between", "later", "earlier", "that", "before", "after", "today", "yesterday", "this", "last") {
		return
	}
	// "the pace of talks with X", "months of talks": talk about talks.
	if c.genericOf(k) {
		return
	}
	// "held a strategic dialogue with X" is a meeting; "continues a
	// dialogue with X" a relation.
	if w == "dialogue" && !c.heldBefore(k) {
		return
	}
	// ("talks between the envoys of A and B on the boundary with X":
	// X's, read below.)
	if c.word(k+1, "between") && c.nounMarker(tr, k) < 0 {
		c.talksBetween(k, k+1)
		return
	}
	if b := c.markerAfter(k, "between"); b > 0 {
		// "talks in Doha on Monday between A and B"
		c.talksBetween(k, b)
		return
	}
	if c.word(k+1, "were", "was") && c.word(k+2, "held") {
		// "Talks were held on Tuesday between A and B", "talks were held
		// between A and B": the passive.
		b := k + 3
		if !c.word(b, "between") {
			b = c.markerAfter(k+2, "between")
		}
		if b > 0 {
			c.talksBetween(k, b)
			return
		}
	}
	if (w == "meetings" || w == "talks" && c.word(k-1, "separate")) && c.verbBefore(k) && c.seriesWithEach(k) {
		return // "held meetings on Tuesday, with A, with B and with C"
	}
	wi := c.nounMarker(tr, k)
	if wi < 0 && w == "audience" && c.grantedAudience(k) {
		return
	}
	if wi < 0 && c.in(k, en.MealNouns) && (c.mealHosted(k) || c.mealGuest(k)) {
		return
	}
	if w == "session" && c.sessionOfFocus(k) {
		return // "joined the opening session together with X": the gathering's
	}
	if wi < 0 {
		c.jointTalks(k, w)
		return
	}
	// "his call with the Egyptian president": between leaders a call is
	// a telephone call even when the text does not say so.
	if (w == "call" || w == "calls") && !c.callParty(k, wi) {
		return
	}
	c.talksWith(k, wi, w, tr.Mode)
}

// callParty reports a call noun at k whose marker at wi names the other
// party of a telephone call: "with" a person, or "with" or "from" anyone
// when the sentence names a telephone; a call its subject took, got or
// answered "from" a person ("took a call from X", "got a brief call on
// Monday from X"); one made or placed "to" a person ("made a call to X",
// "a phone call to X"). A courtesy or farewell call (en.CallKinds) is a
// visit in person, which receive reads; "a call to X to act" without a
// verb of calling is an appeal.
func (c *sctx) callParty(k, wi int) bool {
	d := k - 1 - c.plainModifiers(k)
	for q := d + 1; q < k; q++ {
		if c.in(q, en.CallKinds) {
			return false
		}
	}
	person := c.personAt(wi + 1)
	switch {
	case c.word(wi, "to"):
		return person && (c.word(k-1, "phone", "telephone") || c.word(d, "a", "an") && c.in(d-1, en.CallMakeVerbs))
	case c.word(wi, "with") && (person || len(c.namedCounterparts(wi)) > 0) || c.has("phone", "telephone", "video"):
		return true
	}
	return c.word(wi, "from") && person && c.word(d, "a", "an") && c.in(d-1, en.CallTakeVerbs)
}

// namedCounterparts returns the people named after unnamed counterparts
// at wi+1, the object of the "with" at wi: "calls with counterparts that
// week, among them A and B".
func (c *sctx) namedCounterparts(wi int) []*entity {
	if !c.word(wi, "with") || !c.word(wi+1, "counterparts", "colleagues", "peers") {
		return nil
	}
	return c.namedAmong(wi + 2)
}

// mealHosted reads a meal with its host named after the noun ("breakfast
// at the residence of Y", "a lunch hosted by Y", "dinner given by Y"): the
// subject of the clause met the host. It reports whether it did.
func (c *sctx) mealHosted(k int) bool {
	h := -1
	for j := k + 1; j < min(len(c.toks), k+8); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			break
		}
		if c.in(j, en.HostedBy) && c.word(j+1, "by") {
			if c.inFocus(4) || c.word(k-1, "at") || c.word(k-2, "at") {
				// "a dinner hosted by X" at a summit: the leaders'
				// evening; "spoke at a dinner hosted by X": the venue
				// of something else.
				return false
			}
			h = j + 2
			break
		}
		if c.in(j, en.HomeNouns) && c.word(j+1, "of") {
			h = j + 2
			break
		}
	}
	if h < 0 {
		return false
	}
	host, _ := c.objects(h, 3)
	if len(host) != 1 || host[0].kind != schema.KindPerson {
		return false
	}
	subj := c.subjects(k)
	if len(subj) == 0 || containsEntity(subj, host[0]) {
		return false
	}
	for _, e := range c.addMeeting(k, subj, host, false) {
		c.meetingDetails(e, k)
	}
	return true
}

// mealGuest reads the guest of a host at the meal at k: "X was Y's guest
// for a working lunch", "X was the guest of Y at dinner". The host is the
// person named before "guest" with "'s", or after "guest of".
func (c *sctx) mealGuest(k int) bool {
	d := k - 1
	for d > k-4 && d > 0 && c.plainWord(d) && !c.word(d, "for", "at", "over") {
		d-- // "for a working lunch", "over dinner"
	}
	if d < 2 || !c.word(d, "for", "at", "over") {
		return false
	}
	var host *entity
	g := d - 1
	if mi := c.at[g]; mi >= 0 && c.ms[mi].kind == mPerson && c.word(c.ms[mi].i-1, "of") {
		g = c.ms[mi].i - 2 // "the guest of Y at dinner"
		host = c.actor(mi)
	}
	subj, host := c.guestPredicate(g, host)
	if len(subj) == 0 {
		return false
	}
	for _, e := range c.addMeeting(k, subj, []*entity{host}, false) {
		c.meetingDetails(e, k)
	}
	return true
}

// guestPredicate reads the predicate "Y's guest(s)" or "the guest(s) of
// Y" (host already read) ending at the noun at g after a form of "be":
// the subjects of "be" and the host Y, or nil.
func (c *sctx) guestPredicate(g int, host *entity) ([]*entity, *entity) {
	if !c.word(g, "guest", "guests") {
		return nil, nil
	}
	b := g // where the predicate "the guest(s)" or "Y's guest(s)" starts
	if host == nil {
		if g < 1 {
			return nil, nil
		}
		mi := c.at[g-1]
		if mi < 0 || c.ms[mi].kind != mPerson || !c.toks[g-1].poss {
			return nil, nil // "Y's guest for lunch"
		}
		host = c.actor(mi)
		b = c.ms[mi].i
	}
	if c.word(b-1, "the") {
		b--
	}
	if host == nil || host.kind != schema.KindPerson || b < 2 || !c.word(b-1, "was", "were", "is", "are", "be", "been") {
		return nil, nil
	}
	subj := c.subjects(b - 1)
	if len(subj) == 0 || containsCanon(subj, host) {
		return nil, nil
	}
	return subj, host
}

// guestOf reads "X was Y's guest at A", "X was the guest of Y in B": a
// meeting of X with the host Y, where a place, a time or the sentence's
// end follows the predicate (mealGuest reads a meal after it).
func (c *sctx) guestOf() {
	for g := 2; g < len(c.toks); g++ {
		if !c.word(g, "guest", "guests") {
			continue
		}
		var host *entity
		end := g + 1
		if c.word(g+1, "of") && g+2 < len(c.toks) && c.at[g+2] >= 0 && c.ms[c.at[g+2]].kind == mPerson {
			host, end = c.actor(c.at[g+2]), c.ms[c.at[g+2]].j
		}
		if end < len(c.toks) && !c.word(end, "at", "in", "on", "this", "last") && c.toks[end].text != "." && c.toks[end].text != "," {
			continue // "Y's guest for lunch" (mealGuest), "guest of honour"
		}
		subj, host := c.guestPredicate(g, host)
		if len(subj) == 0 || c.modality(g) != schema.Occurred {
			continue
		}
		for _, e := range c.addMeeting(g, subj, []*entity{host}, false) {
			c.meetingDetails(e, g)
		}
		return
	}
}

// sessionOfFocus reports "the [opening] session" after a part played at
// a gathering (en.SessionRoleVerbs: "joined the opening session with X")
// while an occurred gathering is in focus: attendance, which
// rolesAtGathering reads, not a meeting.
func (c *sctx) sessionOfFocus(k int) bool {
	d := k - 1 - c.plainModifiers(k) // "the outreach session"
	if c.in(d, en.SessionOpenings) {
		d--
	}
	if !c.word(d, "the") || !c.in(d-1, en.SessionRoleVerbs) {
		return false
	}
	g := c.st.lastGathering(c.si)
	return g != nil && g.status == schema.Occurred && c.si-max(g.sent, g.seen) <= 3
}

// grantedAudience reads an audience given to a person named before the
// noun ("X granted her an audience", "X gave the envoy a private
// audience") or after "by" in the passive ("Y was granted an audience by
// X"), and reports whether it did.
func (c *sctx) grantedAudience(k int) bool {
	d := k - 1
	for d > 0 && c.toks[d].kind == tokWord && !c.toks[d].upper && c.at[d] < 0 && !c.word(d, "a", "an") && d > k-3 {
		d-- // "a private audience", "a brief farewell audience"
	}
	if !c.word(d, "a", "an") || d < 2 {
		return false
	}
	var verb int
	var subj, obj []*entity
	switch {
	case c.in(d-1, en.GrantVerbs) && c.word(k+1, "by"):
		verb = d - 1
		subj, obj = c.subjects(verb), c.listAfter(k+2)
	case c.at[d-1] >= 0:
		m := c.ms[c.at[d-1]]
		verb = m.i - 1
		if verb < 1 || !c.in(verb, en.GrantVerbs) {
			return false
		}
		subj = c.subjects(verb)
		obj, _ = c.objects(m.i, m.j-m.i)
	default:
		return false
	}
	if len(subj) == 0 || len(obj) == 0 {
		return false
	}
	for _, e := range c.addMeeting(verb, subj, obj, false) {
		c.meetingDetails(e, k)
	}
	return true
}

// inAudience returns the token after "in audience", "in a private
// audience" or "in a farewell audience" at j, or -1.
func (c *sctx) inAudience(j int) int {
	if !c.word(j, "in") {
		return -1
	}
	q := j + 1
	if c.word(q, "a", "an", "the") {
		q++
	}
	for n := 0; n < 2 && c.plainWord(q) && !c.word(q, "audience"); n++ {
		q++ // "private", "farewell"
	}
	if !c.word(q, "audience") {
		return -1
	}
	return q + 1
}

// withoutPress drops the people whose role is one of the press
// (en.PressRoles), given to them or written right before their name in
// the sentence: a talk with a journalist is an interview.
func (c *sctx) withoutPress(es []*entity) []*entity {
	var out []*entity
	for _, e := range es {
		if !c.press(e.canon()) {
			out = append(out, e)
		}
	}
	return out
}

// press reports whether person e is one of the press (its role, or a
// press word in its mention: "CNN anchor Y"), or e is an outlet named
// before one ("TV Globo host X").
func (c *sctx) press(e *entity) bool {
	if e.kind != schema.KindPerson && e.kind != schema.KindOrganization {
		return false
	}
	if c.hostOfGuest(e) {
		return false
	}
	if r := strings.Fields(strings.ToLower(e.role)); e.kind == schema.KindPerson && len(r) > 0 && en.PressRoles[r[len(r)-1]] {
		return true
	}
	for mi, m := range c.ms {
		if a := c.actor(mi); a == nil || a.canon() != e {
			continue
		}
		if c.in(m.j, en.PressRoles) {
			return true // the outlet before the role
		}
		for q := max(0, m.i-1); q < m.j-1 && e.kind == schema.KindPerson; q++ {
			if !c.toks[q].upper && c.in(q, en.PressRoles) {
				return true // "CNN anchor Y", "the BBC presenter Z"
			}
		}
	}
	return false
}

// hostOfGuest reports a "host" who received someone, not a programme's:
// "his host X", "their hosts, A and B".
func (c *sctx) hostOfGuest(e *entity) bool {
	for mi, m := range c.ms {
		if a := c.actor(mi); a == nil || a.canon() != e {
			continue
		}
		for q := max(0, m.i-2); q <= m.i && q < len(c.toks); q++ {
			if c.in(q, en.PossessivePronouns) && c.word(q+1, "host", "hosts") {
				return true
			}
		}
	}
	return false
}

// allPersons reports whether every entity of the lists is a person.
// allKind reports whether every entity of es is of kind k.
func allKind(es []*entity, k schema.ActorKind) bool {
	for _, e := range es {
		if e.canon().kind != k {
			return false
		}
	}
	return true
}

func allPersons(lists ...[]*entity) bool {
	for _, l := range lists {
		for _, e := range l {
			if e.canon().kind != schema.KindPerson {
				return false
			}
		}
	}
	return true
}

// personAt reports a person mention starting within two tokens of j.
func (c *sctx) personAt(j int) bool {
	for q := max(j, 0); q < min(len(c.toks), j+3); q++ {
		if mi := c.at[q]; mi >= 0 {
			a := c.actor(mi)
			return a != nil && a.kind == schema.KindPerson
		}
	}
	return false
}

// partyOfRecentMeeting reports whether the actor named at j is a party of
// a meeting told in this sentence or the six before it.
func (c *sctx) partyOfRecentMeeting(j int) bool {
	var a *entity
	for q := j; q < min(len(c.toks), j+3) && a == nil; q++ {
		if mi := c.at[q]; mi >= 0 {
			a = c.actor(mi)
		}
	}
	if a == nil {
		return false
	}
	for _, e := range c.st.events {
		if e.typ == schema.Meeting && c.si-e.sent <= 6 && containsEntity(e.parts, a.canon()) {
			return true
		}
	}
	return false
}

// compoundMeeting reads "a Franco-German meeting", "the Spain-Portugal Summit",
// "the Xi-Lula talks": a bilateral meeting of the two countries or people
// the compound names.
func (c *sctx) compoundMeeting(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		if c.toks[j].kind != tokWord {
			return false
		}
		var pair []*entity
		people := false
		for _, m := range c.ms {
			switch {
			case !m.compound || m.i != j:
			case m.kind == mPerson && m.ent != nil:
				pair, people = append(pair, m.ent.canon()), true
			case m.kind != mPerson:
				pair = append(pair, c.st.country(m.iso3))
			}
		}
		if people && !c.ownPastDate() {
			// "reports of a Xi-Lula meeting", "the Xi-Lula summit that
			// X wanted": two names mostly label a meeting told elsewhere
			// or not held; only a date of their own tells one held.
			return true
		}
		if len(dedupEntities(pair)) == 2 {
			for _, e := range c.addMeeting(k, pair, nil, true) {
				c.meetingDetails(e, k)
				switch {
				case c.word(k-1, "video"):
					e.mode = schema.Video
				case c.word(k, "call", "conversation") || c.word(k-1, "phone", "telephone"):
					e.mode = schema.Telephone
				}
				// "the Modi-Sharif summit has been shelved"
				if st, ok := c.nounPredicate(k); ok && e.status == schema.Occurred {
					e.status = st
				}
			}
			return true
		}
		if c.at[j] >= 0 || c.toks[j].upper && !en.GatheringNouns[c.toks[j].lower] {
			return false // "the Anglo-Irish Council summit": a named body's
		}
	}
	return false
}

// ownPastDate reports a date expression of the sentence, outside its
// relative clauses, that is not explicitly future.
func (c *sctx) ownPastDate() bool {
	for _, d := range c.st.mainDates(c.si) {
		if !d.Date.IsZero() && !d.Future {
			return true
		}
	}
	return false
}

// jointSummit reads "Kishida and Yoon held a summit", "Japan, South Korea
// and China held their first trilateral summit": a joint meeting only.
func (c *sctx) jointSummit(k int) {
	d := k - 1
	for d > 0 && d >= k-4 && c.toks[d].kind == tokWord && !c.toks[d].upper && !c.word(d, "a", "their", "an") {
		d--
	}
	if !c.word(d, "a", "their", "an") || !c.word(d-1, "held", "had", "convened") && !c.word(d-2, "held", "had", "convened") {
		return
	}
	if subj := c.subjects(k); len(subj) >= 2 {
		for _, e := range c.addMeeting(k, subj, nil, true) {
			c.meetingDetails(e, k)
		}
	}
}

// talksBetween reads "talks between X and Y".
func (c *sctx) talksBetween(k, b int) {
	ps, end := c.objects(b+1, 3)
	if _, lead := c.delegationHead(b + 1); len(ps) == 1 && lead > b+1 && c.word(end, "and") && c.personAt(end+1) && !c.counterpartsAt(end+1) {
		// "between a team led by X and Y and their counterparts": Y
		// leads it too.
		more, e := c.objects(end+1, 1)
		ps, end = append(ps, personsOf(more)...), e
	}
	if len(ps) >= 1 && c.word(end, "and") && c.counterpartsAt(end+1) || len(ps) == 1 && c.word(end, "and") {
		// "between a team led by X and their counterparts, A and B".
		ps = append(ps, c.counterpartsNamed(end+1)...)
	}
	if len(ps) < 2 || c.in(k, en.ProcessNouns) && !allPersons(ps) {
		return
	}
	for _, e := range c.addMeeting(k, ps, nil, true) {
		c.meetingDetails(e, k)
		if st, ok := c.nounPredicate(k); ok && e.status == schema.Occurred {
			e.status = st
		}
	}
}

// counterpartsAt reports "their counterparts," or "its counterparts,"
// within a few words from j.
func (c *sctx) counterpartsAt(j int) bool {
	for q := j; q < min(len(c.toks), j+4); q++ {
		if c.in(q, en.CounterpartNouns) {
			return true
		}
		if c.toks[q].kind != tokWord || c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson && c.ms[c.at[q]].i == q {
			return false // a name comes first
		}
	}
	return false
}

// counterpartsNamed returns the people named after "their (American)
// counterparts," at j, or the parties of a plain list there.
func (c *sctx) counterpartsNamed(j int) []*entity {
	for q := j; q < min(len(c.toks), j+5); q++ {
		if c.in(q, en.CounterpartNouns) && q+1 < len(c.toks) && c.toks[q+1].text == "," {
			return c.listAfter(q + 2)
		}
		if c.toks[q].kind != tokWord {
			break
		}
	}
	obj, _ := c.objects(j, 3)
	return obj
}

// nounMarker finds the object marker of a meeting noun: "with" within
// three tokens ("talks with", "two rounds of talks with him"), a row's other
// marker right after the noun ("a phone call from X", "an audience to X"),
// or either after the manner, time and place words a clause may put first
// ("talks by video link with X", "talks in Geneva on Monday with X", "a
// meeting at the margins of the AU summit with X").
func (c *sctx) nounMarker(tr en.Trigger, k int) int {
	for j := k + 1; j < min(len(c.toks), k+3); j++ {
		if c.word(j, "with") && c.word(j-1, "along") {
			return -1 // "joined them at the dinner along with Y": company
		}
		if c.word(j, "with") || j == k+1 && c.word(j, tr.Markers...) {
			return j
		}
		if c.toks[j].kind == tokPunct {
			break
		}
	}
	// "held the round of talks between the envoys of A and B on the
	// boundary with X": past a "between" that names no person.
	if c.word(k+1, "between") {
		for j := k + 2; j < min(len(c.toks), k+12) && c.toks[j].kind == tokWord; j++ {
			if c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
				break
			}
			if c.word(j, "on", "about") {
				if m := c.nounMarker(tr, j-1); m > 0 {
					return m
				}
				break
			}
		}
	}
	// "held talks on trade and energy with X": a short topic first.
	if c.word(k+1, "on", "about") {
		for j := k + 2; j < min(len(c.toks), k+7); j++ {
			if c.word(j, "with") {
				return j
			}
			if c.toks[j].kind != tokWord || c.toks[j].upper || c.at[j] >= 0 || c.word(j, "the", "a", "an", "its", "their", "his", "her") {
				break // "a session on the revised loan plan with the IMF": the plan's
			}
		}
		// "talks on the lake boundary with the Malawian envoy, X": a
		// person after "with" is no topic's.
		for j := k + 2; j < min(len(c.toks), k+9) && c.toks[j].kind == tokWord && !en.WeekdayWords[c.toks[j].lower] && en.MonthNames[c.toks[j].lower] == 0 && !c.word(j, "his", "her", "their", "its") && len(en.Lookup(c.toks[j].lower)) == 0; j++ {
			if c.word(j, "with") && !c.word(j-1, "along") {
				if obj, _ := c.objects(j+1, 3); len(obj) > 0 && obj[0].canon().kind == schema.KindPerson {
					return j
				}
				break
			}
		}
	}
	// "his first meeting as president with X", "talks as head of state
	// with Y": past the capacity the subject held them in.
	if c.word(k+1, "as") {
		for j := k + 2; j < min(len(c.toks), k+7); j++ {
			if c.word(j, "with") {
				return j
			}
			if c.toks[j].kind != tokWord || c.at[j] >= 0 && c.ms[c.at[j]].kind != mRole {
				break
			}
		}
	}
	// "talks lasting two hours with X", "talks that lasted over an hour
	// with X", "a lunch of nearly two hours with X": past the
	// duration.
	if d := k + 1 + boolInt(c.word(k+1, "that")); c.word(d, "lasting", "lasted") || c.word(k+1, "of") && d == k+1 {
		q := d + 1
		for q < min(len(c.toks), d+7) && (c.in(q, en.TimeSpanWords) || c.toks[q].kind == tokNum) {
			q++
		}
		if q > d+1 && c.word(q, "with") {
			return q
		}
	}
	if b := c.copulaWith(k); b > 0 {
		return b
	}
	// "a phone call today from X": a row's marker after time words too.
	return c.markerAfter(k, append([]string{"with"}, tr.Markers...)...)
}

// copulaWith returns the "with" of a meeting noun at k whose copula
// stands past words of time or of the stretch it opened: "his only
// sit-down today was with Y", "her last meeting of the day was with Y",
// "the first talks of the trip were with Y"; or -1.
func (c *sctx) copulaWith(k int) int {
	q := k
	if c.word(k+1, "of") && c.word(k+2, "the") && (c.word(k+3, "day", "week") || c.in(k+3, en.ClockWords) || c.in(k+3, en.JourneyNouns)) {
		q = k + 3
	}
	b := q + 1
	if !c.word(b, "was", "were") {
		b = c.markerAfter(q, "was", "were")
	}
	if b > 0 && c.word(b+1, "with") {
		return b + 1
	}
	return -1
}

// markerAfter finds the first of markers after the trigger at k, stepping
// over the words that may stand between a trigger and its object: manner
// ("by video link", "via videoconference", "over the phone"), time ("on
// Tuesday", "late last week") and place ("in Geneva", "at the palace"). It
// returns -1 at a clause break or at any other word.
func (c *sctx) markerAfter(k int, markers ...string) int {
	np := 0 // words left of a place's noun phrase: "at a lakeside resort"
	reach := 10
	for q := k + 1; q < min(len(c.toks), k+reach); q++ {
		if c.word(q, markers...) {
			if q == k+1 {
				return -1
			}
			return q
		}
		t := c.toks[q]
		if c.word(q, "a", "an", "the") && c.word(q-1, "at", "in", "near", "outside") && slices.Contains(markers, "for") {
			// "met at a lakeside resort outside X on Thursday for the
			// summit": only a purpose reaches over a whole place.
			np, reach = 3, 14
			continue
		}
		if np > 0 && c.at[q] < 0 && t.kind == tokWord && !t.upper && len(en.Lookup(t.lower)) == 0 {
			np--
			continue
		}
		np = 0
		if n := c.capacityPhrase(q); n > 0 {
			q += n - 1 // "his first trip abroad as foreign minister to X"
			continue
		}
		if e := c.venueAside(q); e > q && c.word(e+1, markers...) {
			return e + 1 // "held talks at the ministry, Capital Hill, with X"
		}
		switch {
		case t.text == "," && c.word(q+1, markers...):
			// "a trip abroad in April, to Mauritania"
		case c.word(q, "outside", "near") && q > k+1:
			// "at a resort outside Kampala"
		case c.word(q, "next", "following") && c.word(q-1, "the") && c.word(q+1, "day", "morning", "evening", "afternoon"):
			// "held a working dinner the following day with X"
		case c.in(q, en.VenueDeterminers) && c.word(q-1, "at", "in"):
			// "sat down at her residence with X", "at a Nairobi lodge"
		case t.kind == tokPunct:
			return -1
		case en.AdverbialWords[t.lower] || en.MannerWords[t.lower] || en.SidelineWords[t.lower] || en.GatheringNouns[t.lower] ||
			en.WeekdayWords[t.lower] || en.MonthNames[t.lower] != 0 || hasDigit(t.text):
		case c.at[q] < 0 && (t.upper || en.VenueNouns[t.lower]) && c.inVenue(q):
			// "at the Kazan Expo centre", "at Lancaster House"
		case c.at[q] >= 0 && (c.ms[c.at[q]].kind == mCity || c.ms[c.at[q]].kind == mCountry || c.ms[c.at[q]].kind == mOrg):
		case c.at[q] >= 0 && c.ms[c.at[q]].kind == mDemonym && c.word(c.ms[c.at[q]].j, "capital"):
			// "in the Ghanaian capital"
		default:
			return -1
		}
	}
	return -1
}

// venueAside returns the comma closing a building's or square's proper
// name set off by commas at j after a venue ("at the ministry, Capital
// Hill,", "at the palace, Place de la Nation,"): capitalised words and
// the small words of names, no one with an office; or -1.
func (c *sctx) venueAside(j int) int {
	if c.toks[j].text != "," || !(c.in(j-1, en.VenueNouns) || c.inVenue(j-1)) {
		return -1
	}
	e := c.closingComma(j)
	if e < j+2 || e > j+6 {
		return -1
	}
	for q := j + 1; q < e; q++ {
		// (a bare name there, no office and no country, is the place's)
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind == mPerson && (c.ms[mi].role != "" || c.ms[mi].iso3 != "") || !c.toks[q].upper && !c.word(q, "de", "la", "du", "des", "of", "the") && !strings.HasPrefix(c.toks[q].lower, "l'") && !strings.HasPrefix(c.toks[q].lower, "d'") {
			return -1
		}
	}
	return e
}

// capacityPhrase returns the length of a phrase at q telling in what
// capacity someone travels ("as foreign minister", "as president-elect",
// "in the job", "in office", "in her new role"), or 0.
func (c *sctx) capacityPhrase(q int) int {
	if c.word(q, "as") {
		// "as foreign secretary": lower-case words, then the role.
		for j := q + 1; j < min(len(c.toks), q+4); j++ {
			if mi := c.at[j]; mi >= 0 {
				if c.ms[mi].kind == mRole && c.ms[mi].i >= q+1 {
					return c.ms[mi].j - q
				}
				return 0
			}
			if c.toks[j].kind != tokWord || c.toks[j].upper {
				return 0
			}
		}
		return 0
	}
	if c.word(q, "in") && c.word(q+1, "office") {
		return 2
	}
	if c.word(q, "in") && c.word(q+1, "the", "his", "her", "their") && c.word(q+2, "job", "post", "role") {
		return 3
	}
	if c.word(q, "in") && c.word(q+1, "his", "her", "their") && c.word(q+2, "new") && c.word(q+3, "job", "post", "role") {
		return 4
	}
	return 0
}

// forMeal reports "for" and a meal or talks at j ("hosted for dinner by
// X", "received for talks by Y").
func (c *sctx) forMeal(j int) bool {
	return c.word(j, "for") && (c.in(j+1, en.MealNouns) || c.word(j+1, "talks"))
}

// topicEnd returns the last word of a short topic phrase at j, "on" or
// "about" and up to seven plain words ("on fish and fuel prices"), or -1.
func (c *sctx) topicEnd(j int) int {
	if !c.word(j, "on", "about") {
		return -1
	}
	e := -1
	for q := j + 1; q < min(len(c.toks), j+8) && c.plainWord(q) && !c.word(q, "by", "with", "at", "in"); q++ {
		e = q
	}
	return e
}

// inVenue reports a word at q inside a venue phrase opened by "at" or
// "in" ("in the Kremlin", "at the Expo centre"): only capitalised words and
// venue nouns (en.VenueNouns) since that word.
func (c *sctx) inVenue(q int) bool {
	for j := q - 1; j >= max(0, q-6); j-- {
		if c.word(j, "at", "in") || c.word(j, "on") && c.toks[q].upper && c.st.x.lex.seatOf(phrase(c.toks, j+1, min(len(c.toks), j+3))) != "" {
			return true
		}
		t := c.toks[j]
		if t.kind != tokWord || !(t.upper || en.VenueNouns[t.lower] || c.in(j, en.VenueDeterminers)) {
			return false
		}
	}
	return false
}

// plainModifiers returns how many lower-case words, up to two, that no
// mention holds and no trigger reads, stand right before the noun at k
// ("official", "lengthy private"; not an article).
func (c *sctx) plainModifiers(k int) int {
	n := 0
	for n < 2 && k-1-n >= 0 && c.plainWord(k-1-n) && !c.word(k-1-n, "the", "a", "an", "after", "following") && len(en.Lookup(c.toks[k-1-n].lower)) == 0 {
		n++
	}
	return n
}

// jointTalks reads a meeting noun without an object: "X and Y held talks",
// "he, Baker and Poehl had a discussion", "she and Ryzhkov set targets
// during talks", and "X held three meetings on Wednesday".
func (c *sctx) jointTalks(k int, w string) {
	// "had a series of one-to-one talks at the margins of G", "had
	// bilateral talks there".
	if (w == "meetings" || w == "talks" && (c.word(k-1, "bilateral") || c.word(k-2, "series") && c.word(k-1, "of") || c.word(k-3, "series") && c.word(k-2, "of"))) && c.verbBefore(k) {
		c.meetingSeries(k)
	}
	// "A and B held a press conference after their talks": "their"
	// stands for the clause's two subjects ("confined their consultations
	// to officials" tells no talks of the two).
	// "A and B said on Thursday after talks in X", "... following
	// official talks": the talks were theirs.
	after := (c.afterNoun(k) || c.spanOfTalksEnded(k)) && (w == "talks" || w == "meeting")
	during := !after && c.duringNoun(k) && (w == "talks" || w == "meeting")
	held := w == "session" && c.heldNoun(k) // "A and B held a working session"
	if pair := c.pairsTalks(k); pair != nil && (w == "talks" || w == "meeting") {
		for _, m := range c.addMeeting(k, pair, nil, true) {
			c.meetingDetails(m, k)
		}
		return
	}
	if pair, v := c.theirsAside(k); pair != nil && (w == "talks" || w == "meeting" || w == "conversation" || w == "call") {
		// The day and place are the clause's ("agreed on Friday ..., in
		// their first conversation").
		for _, m := range c.addMeeting(v, pair, nil, true) {
			c.meetingDetails(m, v)
			if w == "call" {
				m.mode = schema.Telephone // "urged B in their call"
			}
		}
		return
	}
	if w == "call" || w == "calls" || w == "session" && !held || !c.verbBefore(k) && !(c.word(k-1, "their") && c.word(k-2, "after", "following", "during", "since")) && !after && !during {
		return
	}
	for j := c.clauseStart(k) + 1; j < k; j++ {
		if c.in(j-1, en.BeForms) && c.phraseAt(j, en.Presence) > 0 {
			return // "A and B were present during the audience": there, no party
		}
	}
	subj := c.subjects(k)
	if len(subj) < 2 && !after {
		if pair := c.groupPair(k); pair != nil {
			subj = pair
		}
	}
	if len(subj) < 2 && (after || c.word(k-1, "their") && c.word(k-2, "after", "following")) {
		subj = c.frontedTalksParty(k) // "After (their) talks, they ..."
	}
	if len(subj) < 2 || (c.in(k, en.ProcessNouns) || held) && !allPersons(subj) {
		return
	}
	if during && !c.st.ofSeveralStates(subj) {
		return // "A and B took a hard line in talks": one side's, with others
	}
	for _, e := range c.addMeeting(k, subj, nil, true) {
		if after || during {
			// the talks are over when the clause's own verb tells of them
			// ("said ... after talks ... that trade would grow"; "agreed
			// to raise ties after talks": the agreeing, not the raising)
			e.status = c.modality(c.pastVerbTo(k))
		}
		if c.has("video", "videoconference", "virtual", "virtually") {
			e.mode = schema.Video
		} else if c.has("phone", "telephone") {
			e.mode = schema.Telephone
		}
		c.meetingDetails(e, k)
	}
}

// afterNoun reports "after" or "following" before the meeting noun at k,
// with its modifiers and "a" or "their" between ("after talks", "after a
// private meeting", "following their meeting").
func (c *sctx) afterNoun(k int) bool {
	q := k - 1 - c.plainModifiers(k)
	if c.word(q, "a", "an", "their") {
		q--
	}
	return c.word(q, "after", "following")
}

// ofSeveralStates reports people of two or more states, each stated (not
// guessed).
func (st *docState) ofSeveralStates(ps []*entity) bool {
	seen := map[string]bool{}
	for _, p := range ps {
		c := st.countryOf(p.canon())
		if c == nil || c.kind != schema.KindCountry || p.canon().guessed {
			return false
		}
		seen[st.historical(c.iso3)] = true
	}
	return len(seen) >= 2
}

// duringNoun reports "during" or "in" before the meeting noun at k, with
// its modifiers and "a" or "their" between, after a clause's own verb:
// "A and B settled the text of a treaty in talks at the palace", "...
// during their meeting". Not "were in talks", which tells a negotiation.
func (c *sctx) duringNoun(k int) bool {
	q := k - 1
	for n := 0; n < 2 && q >= 0 && c.plainWord(q) && !c.word(q, "in", "during", "a", "an", "their", "the"); n++ {
		q-- // "in bilateral talks"
	}
	if c.word(q, "a", "an", "their") {
		q--
	}
	return c.word(q, "during") || c.word(q, "in") && q > 0 && c.toks[q-1].kind == tokWord && !c.in(q-1, en.BeForms) && !c.in(q-1, en.Auxiliaries) && c.pastVerbBefore(q) >= 0
}

// theirsAside returns the two or more people who are the subject of the
// clause before a comma that a phrase "in their (first) meeting" at k
// closes, and the clause's past verb: "A and B agreed on Friday to reopen
// the border, in their first conversation since May" tells a meeting of
// A and B. nil for none.
func (c *sctx) theirsAside(k int) ([]*entity, int) {
	q := k - 1
	for n := 0; n < 3 && q > 0 && c.plainWord(q) && !c.word(q, "their"); n++ {
		q-- // "their first", "their first direct"
	}
	if !c.word(q, "their") || !c.word(q-1, "in", "during") || q < 3 {
		return nil, -1
	}
	if c.toks[q-2].text != "," {
		return c.toldInTheirs(q - 1)
	}
	v := c.pastVerbBefore(q - 2)
	if v < 0 {
		return nil, -1
	}
	if subj := c.subjects(v); len(subj) >= 2 && allPersons(subj) {
		return subj, v
	}
	return nil, -1
}

// toldInTheirs returns the one person who is the subject of the past verb
// before the "in" or "during" at p and the one person it takes as its
// object before p, a short phrase at most between, and the verb: "A told
// B during their meeting that ...", "A thanked B for his support during
// their talks". nil for none.
func (c *sctx) toldInTheirs(p int) ([]*entity, int) {
	v := c.pastVerbBefore(p)
	if v < 0 {
		return nil, -1
	}
	subj := c.subjects(v)
	obj, end := c.objects(v+1, 1)
	if len(subj) != 1 || len(obj) != 1 || end > p || end+5 < p || !allPersons(subj, obj) {
		return nil, -1
	}
	for j := end; j < p; j++ {
		if c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson || c.toks[j].kind == tokPunct {
			return nil, -1 // ("thanked B for his support during": a phrase between)
		}
	}
	return []*entity{subj[0], obj[0]}, v
}

// spanOfTalksEnded reports a stretch of hours or days "of" the noun at k
// that has ended: "after four hours of talks", "following nearly an hour
// of private talks", "at the close of five days of talks". Months and
// years of talks tell a process (genericOf), no sitting.
func (c *sctx) spanOfTalksEnded(k int) bool {
	o := k - 1
	for o > max(0, k-3) && !c.word(o, "of") && c.plainWord(o) {
		o-- // "of bilateral talks"
	}
	if !c.word(o, "of") || !c.word(o-1, "hours", "hour", "days", "minutes") {
		return false
	}
	for j := o - 2; j >= max(0, o-7); j-- {
		switch {
		case c.word(j, "after", "following") || c.word(j, "of") && c.word(j-1, "end", "close", "conclusion"):
			return true
		case c.toks[j].kind == tokNum || c.in(j, en.TimeSpanWords) && !c.word(j, "the", "to"):
		default:
			return false
		}
	}
	return false
}

// pastVerbTo returns the past verb of the clause before k whose "to"
// opens the infinitive that the talks at k follow ("agreed to raise ties
// after talks", "have decided to lift ties to a partnership"), not one
// after a form of "be" or of wish and plan ("were expected to", "hoped
// to"); else k-1.
func (c *sctx) pastVerbTo(k int) int {
	cs := c.clauseStart(k)
	for j := k - 2; j > cs+1; j-- {
		if !c.word(j, "to") {
			continue
		}
		v := j - 1
		if en.FutureCues[c.toks[v].lower] || c.in(v-1, en.BeForms) {
			break
		}
		if c.pastForm(v) && c.at[v] < 0 {
			return v
		}
	}
	return k - 1
}

// pairsTalks returns the two whose talks at k open the clause as its
// subject, told by a possessive: "The two leaders' talks lasted an hour",
// "The presidents' meeting ran long" (the two told before), "Their talks
// at State House" (those the sentence before told together); nil
// otherwise.
func (c *sctx) pairsTalks(k int) []*entity {
	q := k - 1 - c.plainModifiers(k)
	cs := c.clauseStart(k)
	poss := q >= 0 && c.toks[q].poss
	if q > 0 && (c.toks[q].text == "'" || c.toks[q].text == "’") {
		q, poss = q-1, true // "the leaders' talks"
	}
	if q < cs || q > cs+2 || c.toks[q].kind != tokWord {
		return nil
	}
	if c.word(q, "their") && q == cs {
		if ps := c.theyParty(); len(ps) == 2 {
			return ps
		}
		return nil
	}
	if !poss || !c.word(cs, "the", "both") {
		return nil
	}
	if pair := c.groupPair(k); len(pair) == 2 {
		return pair
	}
	return nil
}

// frontedTalksParty returns the two of a clause that opens with "After
// talks" or "After a meeting" (k the noun) and goes on after a comma with
// "they" or "the two" ("After talks, they appeared before reporters":
// those the sentence before told together), or with two people named
// ("After talks in X, A and B signed a pact"); nil otherwise.
func (c *sctx) frontedTalksParty(k int) []*entity {
	a := k - 1 - c.plainModifiers(k)
	if c.word(a, "their", "a", "an") {
		a--
	}
	if a != c.clauseStart(k) {
		return nil
	}
	comma := -1
	for j := k + 1; j < min(len(c.toks), k+12); j++ {
		if c.toks[j].text == "," {
			comma = j
			break
		}
	}
	if comma < 0 {
		return nil
	}
	if !(c.word(comma+1, "they") || c.word(comma+1, "the") && c.word(comma+2, "two", "pair")) {
		// "After talks in X, A and B signed a pact": the two named.
		if ps, _ := c.objects(comma+1, 2); len(ps) >= 2 && allPersons(ps) {
			return ps
		}
		return nil
	}
	if ps := c.theyParty(); len(ps) == 2 {
		return ps
	}
	return c.st.pairSubjectOf(c.si - 1)
}

// pairSubjectOf returns the two people sentence si opens with, joined by
// "and" ("A and B rode together to X"), or nil.
func (st *docState) pairSubjectOf(si int) []*entity {
	if si < 0 {
		return nil
	}
	toks := st.doc.sentences[si].toks
	var ps []mention
	for _, m := range st.ms[si] {
		if m.kind == mPerson && m.ent != nil {
			ps = append(ps, m)
		}
	}
	if len(ps) < 2 || ps[0].i > 1 || ps[0].j >= len(toks) || toks[ps[0].j].lower != "and" || ps[1].i != ps[0].j+1 {
		return nil
	}
	if a, b := ps[0].ent.canon(), ps[1].ent.canon(); a != b {
		return []*entity{a, b}
	}
	return nil
}

// heldNoun reports the noun at k as the object of "held" or "had", with
// an article and lower-case modifiers between: "held a preparatory
// ministerial session".
func (c *sctx) heldNoun(k int) bool {
	for j := k - 1; j >= max(0, k-4); j-- {
		switch {
		case c.in(j, en.HoldVerbs):
			return true
		case c.toks[j].kind != tokWord || c.toks[j].upper:
			return false
		}
	}
	return false
}

// stayedFor reports talks told as the purpose of a past stay rather than
// of a journey still under way: "was in the capital for talks with Y",
// "stopped in Accra for talks with Y", "went on to Lome for talks".
func (c *sctx) stayedFor(k int) bool {
	top := k
	if n := c.parentheticalBefore(k); n > 0 {
		top = k - 1 - n // "was in X, his third visit this year, for talks"
	}
	for j := top - 1; j >= max(c.clauseStart(top), top-10); j-- {
		if c.in(j, en.StayVerbs) || c.in(j, en.OnwardLegs) && c.word(j+1, "on") {
			return !c.in(j-1, en.Modals) && !c.word(j-1, "to")
		}
		if c.in(j, en.PurposeLeads) {
			return false
		}
	}
	return false
}

// pastTripFor reports talks told as the purpose of a journey made on a
// day before the story's ("On May 4 X flew to Pretoria for talks with Y",
// written a week later): the talks were held by the time of writing.
func (c *sctx) pastTripFor(k int) bool {
	pub := c.st.a.Published
	if pub.IsZero() {
		return false
	}
	past := false
	month := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	for _, d := range c.st.dates[c.si] {
		// a past day, or a month over before the publication's ("flew
		// to X in January for talks", written in March)
		day := d.Date.Precision == schema.PrecisionDay && d.Date.Time.Before(pub.Truncate(24*time.Hour))
		over := d.Date.Precision == schema.PrecisionMonth && !d.Date.Time.AddDate(0, 1, 0).After(month)
		if d.Future || !day && !over {
			return false
		}
		past = true
	}
	// ("flew to X on Monday, a day after taking office, for talks": the
	// phrase set off by commas is no part of the reach.)
	reach := 12 + c.parentheticalBefore(k)
	for j := k - 1; j >= max(c.clauseStart(k), k-reach); j-- {
		if c.in(j, en.PastJourneyVerbs) || c.in(j, en.JourneyGerunds) && c.word(j-1, "before", "after") || c.in(j, en.JourneyParticiples) && c.word(j-1, "had") {
			return past && c.modality(j) == schema.Occurred // ("..., before proceeding to X for talks")
		}
	}
	return false
}

// messageRelative reports a relative clause whose verb is at k and whose
// antecedent is a message ("a letter from Z to Y, which X, an adviser,
// handed to Y"): "which" or "that" before k (past the subject and its
// apposition), a message noun within a few words before that.
func (c *sctx) messageRelative(k int) bool {
	for w := k - 1; w >= max(1, k-24); w-- {
		if !c.word(w, "which", "that") {
			continue
		}
		for j := w - 1; j >= max(0, w-12) && c.toks[j].text != "."; j-- {
			if c.in(j, en.MessageNouns) {
				return true
			}
		}
		return false
	}
	return false
}

// parentheticalBefore returns the length of a phrase set off by commas
// that closes right before the "for" of the purpose noun at k and names no
// one ("..., less than a day after being sworn in, for talks"), or 0.
func (c *sctx) parentheticalBefore(k int) int {
	end := k - 2
	if !c.word(k-1, "for") || end < 1 || c.toks[end].text != "," {
		return 0
	}
	for j := end - 1; j > 0 && j >= end-12; j-- {
		if c.at[j] >= 0 && c.ms[c.at[j]].kind != mCountry && c.ms[c.at[j]].kind != mPronoun || c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			return 0
		}
		if c.toks[j].text == "," {
			return end - j + 1
		}
	}
	return 0
}

// oneSitting reports a singular noun of one sitting at k, told with an
// indefinite article ("an emergency meeting", "a working dinner"): its
// partners sat at it together.
func (c *sctx) oneSitting(k int) bool {
	if !c.in(k, en.SittingNouns) {
		return false
	}
	for j := k - 1; j >= max(0, k-3); j-- {
		if c.word(j, "a", "an") {
			return true
		}
		if c.toks[j].kind != tokWord || c.toks[j].upper || c.at[j] >= 0 {
			return false
		}
	}
	return false
}

// counterpartsFrom reads "his counterparts from A, B and C" at o, the
// object of the meeting word at k, none of them named: the subject and
// counterparts of two or more states met as equals, a gathering of their
// countries. It reports whether it read one.
func (c *sctx) counterpartsFrom(k, o int) bool {
	if o <= 0 || !c.word(o, "his", "her", "their") || !c.word(o+1, "counterparts", "colleagues", "peers") || !c.word(o+2, "from", "of") {
		return false
	}
	list := c.listAfter(o + 3)
	states := countriesIn(list)
	subj := c.subjects(k)
	if len(states) < 2 || len(personsOf(list)) > 0 || len(subj) == 0 || c.modality(k) != schema.Occurred {
		return false // (counterparts named after their countries are met each)
	}
	e := c.newGathering(k, o+1, o+1)
	e.name = "meeting"
	for _, a := range append(subj, states...) {
		c.st.addAttendee(e, a)
	}
	return true
}

// talksWith reads "X held talks with Y": the subject is the clause's actor
// before the noun, else a person after the object, the subject of a
// coordinated verb, or the article's topic. "arrived for talks with X" is a
// purpose, planned.
func (c *sctx) talksWith(k, wi int, w string, mode schema.MeetingMode) {
	if mode != schema.Telephone && mode != schema.Video && !c.in(k, en.OneLineNouns) && c.counterpartsFrom(k, wi+1) {
		return // "held talks with his counterparts from A, B and C": a gathering (a call of theirs is a meeting)
	}
	obj, end := c.objects(wi+1, 3)
	if named := c.namedCounterparts(wi); len(named) > 0 {
		obj, end = named, wi+2
	}
	if len(obj) == 0 || c.multilateralNoun(k) || len(obj) >= 2 && c.namedMeetingNoun(k) {
		return // "a multilateral meeting with A, B and C", "the Lake Summit with A and B": gatherings
	}
	if c.talksAtFocus(k, end, obj) {
		c.addToRecent(k, append(c.subjects(k), obj...))
		return
	}
	purpose := c.word(k-1, "for") || c.word(k-2, "for") && c.word(k-1, "a", "the", "bilateral", "further", "more", "official") || c.word(k-3, "for") && c.word(k-2, "a", "the")
	if purpose && c.tookTimeFor(k) {
		purpose = false // "made time for a quick get-together with X": it was held
	}
	after := false
	for d := 1; d <= 5; d++ {
		after = after || c.word(k-d, "after")
	}
	if c.joinedTalks(k) {
		return // "A joined B for talks with C": one meeting of the three (joinedForTalks)
	}
	if c.reportedTalks(k) {
		// "X told reporters in Kazan that the talks with Y covered oil":
		// the speaker reports talks, which need not be theirs.
		return
	}
	subj := c.subjects(k)
	if c.gerundAfterComma(k) {
		// "X met Y on Thursday, soon after having talks with Z":
		// the main clause's subject held them.
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	if c.bareAdverbialNoun(k) {
		// "X landed on Tuesday and was met by Z before talks with Y",
		// "X met Z after talks with Y": the main clause's subject held
		// them.
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	if c.coordinatedVerb(k) {
		// "X visited Poland, the first such visit in years, and held
		// talks with Y": the verbs share the sentence's subject.
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	if c.nounSubject(end) && c.saidBefore(k) && c.modalAfter(end) {
		// "X said future talks with Y would be easier": a forecast of
		// talks, not X's own.
		subj = nil
	}
	another := c.anotherWith(end)
	if len(subj) == 0 && another < 0 {
		subj = c.personAfter(k, wi, obj)
	}
	if len(subj) == 0 && c.coordinatedVerb(k) {
		// "X visited Iraq ..., and held talks in Baghdad with Y".
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	if len(subj) == 0 && c.groupSubject(k) {
		return // "the two envoys were meeting with Y": read by meetVerb
	}
	if len(subj) == 0 && !c.nounSubject(end) {
		subj = c.topicSubjectFor(k, obj)
	}
	if c.in(k, en.ProcessNouns) && !allPersons(subj, obj) {
		return // "debt negotiations with Brazil": a process, not a meeting
	}
	// "joined a video call with A and B": one call of all of them; "hosted
	// an emergency meeting with A, B and C": one sitting.
	joint := len(obj) >= 2 && len(subj) > 0 && (c.in(k, en.OneLineNouns) || c.oneSitting(k))
	for _, e := range c.addMeeting(k, subj, obj, joint) {
		e.markIf(cueAfterTalks, after)
		if purpose && e.status == schema.Occurred && !c.stayedFor(k) {
			e.status = schema.Planned
		}
		if purpose && e.status == schema.Planned && c.pastTripFor(k) {
			e.status = schema.Occurred
		}
		if mode != "" {
			e.mode = mode // "a videoconference with X": the row's mode
		}
		if w == "call" || w == "calls" || w == "conversation" || w == "talk" || w == "talks" || w == "meeting" {
			if m, ok := c.nounMode(k, wi, w); ok {
				e.mode = m
			}
		}
		c.meetingDetails(e, k)
		if d, ok := c.talksBefore(k); ok && e.status == schema.Occurred {
			e.setDate(d) // "..., minutes before the talks with Y": that day
		}
		// "A meeting with X was not on the programme": the noun's own
		// predicate tells its fate.
		if st, ok := c.nounPredicate(k); ok && e.status == schema.Occurred && c.nounSubject(end) {
			e.status = st
		}
		mode = e.mode // the second of "a call with A, and one with B" is told alike
	}
	if another > 0 {
		// "a call with A on Monday, and one with B the next day": the
		// same subject's second meeting, with its own day.
		for _, e := range c.metAnother(another, subj) {
			if mode != "" {
				e.mode = mode
			}
		}
	}
}

// talksAtFocus reports talks at k with obj, ending at end, that are the
// gathering in focus, their parties those at it, not each one's meeting
// with the subject: "X chaired the talks, with A and B around the table",
// "X opened the meeting on Tuesday with A, B and C".
func (c *sctx) talksAtFocus(k, end int, obj []*entity) bool {
	return c.phraseAt(end, en.Presence) > 0 && c.inFocus(4) || len(obj) >= 2 && c.openedTheGathering(k)
}

// openedTheGathering reports a definite meeting noun at k, the object of
// a verb that opens, chairs or closes a sitting ("opened the meeting",
// "chaired the session"), while a gathering is in focus: that gathering.
func (c *sctx) openedTheGathering(k int) bool {
	return c.word(k-1, "the") && c.in(k-2, en.ChairVerbs) && c.gatheringNoun(k, 1) == k && c.inFocus(4)
}

// anotherWith returns the "with" of a second meeting told after the first
// one's object ended at end: ", and one with B", "and another with C",
// "and another round with D", "..., and with E"; -1 when there is none.
func (c *sctx) anotherWith(end int) int {
	for j := end; j+2 < len(c.toks) && j < end+12; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "who", "which", "whom") {
			return -1
		}
		// "talks with A, dealing with trade, and with B", "talks with A
		// on Monday and with B on Tuesday": the subject's talks with B
		// too (a plain "with A and with B" is one list).
		if c.word(j, "and") && c.word(j+1, "with") && c.personAt(j+2) && j > end {
			return j + 1
		}
		// ", and on Tuesday with B", "and later with B": a day of its own
		if w := c.dayThenWith(j); w > 0 && c.personAt(w+1) {
			return w
		}
		if !c.word(j, "and") || !c.word(j+1, "one", "another") {
			continue
		}
		w := j + 2
		if !c.word(w, "with") && (c.in(w, en.MeetingNouns) || c.word(w, "round", "call", "meeting", "session")) {
			w++ // "and another round with"
		}
		if c.word(w, "with") && c.personAt(w+1) {
			return w
		}
		return -1
	}
	return -1
}

// dayThenWith returns the "with" after an "and" at j and a short phrase
// of time ("and on Tuesday with", "and later with", "and the next day
// with"), or 0.
func (c *sctx) dayThenWith(j int) int {
	if q := c.dayThen(j); q > 0 && c.word(q, "with") {
		return q
	}
	return 0
}

// dayThen returns the token after an "and" at j and a short phrase of
// time, set off by commas or not ("and on Tuesday", "and, the next day,",
// "and later"), or 0. A comma before a sequel adverb stands for the "and"
// (", then with B", ", later B").
func (c *sctx) dayThen(j int) int {
	if c.toks[j].text == "," && c.in(j+1, en.SequelAdverbs) {
		q := j + 2
		if c.toks[min(q, len(c.toks)-1)].text == "," {
			q++ // ", later, with B"
		}
		return q
	}
	if !c.word(j, "and") {
		return 0
	}
	q := j + 1
	comma := c.toks[min(q, len(c.toks)-1)].text == ","
	if comma {
		q++ // "and, twice, with B"
	}
	switch {
	case c.word(q, "on") && c.in(q+1, en.WeekdayWords):
		q += 2
		if c.in(q, en.DayParts) {
			q++ // "and on Tuesday morning with"
		}
	case c.in(q, en.SequelAdverbs) || c.in(q, en.RepeatAdverbs):
		q++
	case c.dayInFocusAt(q) > q:
		q = c.dayInFocusAt(q)
	default:
		return 0
	}
	if comma && c.toks[min(q, len(c.toks)-1)].text == "," {
		q++
	}
	return q
}

// anotherObject returns the first token of a second person met by the
// subject of a verb whose first object ended at end, on a day of its
// own: "met A on Monday and B on Tuesday", "met A and, the next day,
// B"; -1 when there is none. A name that opens a clause of its own
// ("and B said") is no object.
func (c *sctx) anotherObject(end int) int {
	for j := end; j+1 < len(c.toks) && j < end+8; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "who", "which", "whom") {
			return -1
		}
		q := c.dayThen(j)
		if q == 0 && !c.word(j, "and") {
			if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson {
				return -1 // another party first
			}
			continue
		}
		own := q > 0
		if !own {
			q = j + 1
		}
		if mi := c.at[min(q, len(c.toks)-1)]; mi < 0 || c.ms[mi].i != q || c.ms[mi].kind != mPerson && c.ms[mi].kind != mRole {
			return -1
		}
		_, _, e := c.coordinated(q)
		if e < len(c.toks) && c.toks[e].kind == tokWord && isVerbish(c.toks[e].lower) {
			return -1
		}
		if !own && !(c.word(e, "on") && c.in(e+1, en.WeekdayWords) || c.dayInFocusAt(e) > e) {
			return -1 // "met A in X and B": no day of its own
		}
		return q
	}
	return -1
}

// tookTimeFor reports "found time for" or "made time (on Monday) for" a
// few words before the noun at k.
func (c *sctx) tookTimeFor(k int) bool {
	for j := k - 1; j >= max(2, k-4); j-- {
		if !c.word(j, "for") {
			continue
		}
		// "found time on Monday for": step over the time words.
		q := j - 1
		for q > 1 && (c.word(q, "on", "in", "late", "early") || en.WeekdayWords[c.toks[q].lower] || en.AdverbialWords[c.toks[q].lower]) && !c.word(q, "time") {
			q--
		}
		return c.word(q, "time") && c.word(q-1, "found", "made", "finds", "makes", "find", "make")
	}
	return false
}

// nounSubject reports whether the meeting noun phrase ending before token
// end is the subject of its clause ("talks with X are proving hard", "the
// meeting with Y will cover trade"): a verb follows it before any comma.
// Its participants are then the ones it names, not the article's topic.
func (c *sctx) nounSubject(end int) bool {
	for j := end; j < min(len(c.toks), end+12); j++ {
		if c.toks[j].text == "," && (c.word(j+1, "which", "who") || c.participleAppositive(j+1)) {
			if e := c.closingComma(j); e > j {
				j = e // "A session with X, which aides sought, did not ...", "..., planned for May, was dropped"
				continue
			}
		}
		if c.toks[j].kind == tokPunct && isQuote(c.toks[j].text) {
			continue // `a meeting with Y "could happen"`
		}
		if c.toks[j].kind == tokPunct || c.in(j, en.SayVerbs) || c.word(j, "that", "which", "who", "when", "where", "because", "while", "as", "after", "before", "if") {
			return false
		}
		if c.in(j, en.Auxiliaries) || c.word(j, "did", "does", "do") && c.word(j+1, "not") || c.word(j, "never") {
			return true
		}
	}
	return false
}

// participleAppositive reports a participle phrase opening at j after a
// comma: "planned for May", "initially scheduled for", "pencilled in",
// "held in secret".
func (c *sctx) participleAppositive(j int) bool {
	if j < len(c.toks) && c.toks[j].kind == tokWord && strings.HasSuffix(c.toks[j].lower, "ly") {
		j++
	}
	if c.in(j, en.PlannedParticiples) || c.in(j, en.CancelParticiples) {
		return true
	}
	return j < len(c.toks) && !c.toks[j].upper && c.pastForm(j) && c.word(j+1, "in", "for", "on", "by", "at", "last")
}

// nameOnlyBetween reports tokens [i, k) that are all inside mentions: "nor
// Zambian President X met", a subject and nothing else.
func (c *sctx) nameOnlyBetween(i, k int) bool {
	for j := i; j < k; j++ {
		if j >= len(c.at) || c.at[j] < 0 {
			return false
		}
	}
	return i < k
}

// weakModal reports "could", "may" or "might" at j; "May" with a capital
// inside a sentence is the month ("on 1 May").
func (c *sctx) weakModal(j int) bool {
	return c.in(j, en.WeakModals) && !(c.word(j, "may") && c.toks[j].upper && j > 0)
}

// seasonTime reports a season without a year ("in the autumn", "last
// spring", "this summer") in the clause of the trigger at k: a time the
// text gives only vaguely.
func (c *sctx) seasonTime(k int) bool {
	for j := c.clauseStart(k); j+1 < len(c.toks); j++ {
		if j > k && c.toks[j].kind == tokPunct {
			break // (the trigger's clause only)
		}
		if !c.in(j+1, en.Seasons) || c.toks[j+1].poss || c.word(j+2, "'s") || c.word(j-1, "since", "until", "when") || c.word(j-2, "since", "until", "when") {
			continue // "since last summer's standoff": another event's time
		}
		if c.word(j, "the") && c.word(j-1, "in", "during", "over") || c.word(j, "last", "this", "that") {
			if !c.word(j+2, "of") || c.dateEndAt(j+3) < 0 && !hasDigit(c.toks[min(j+3, len(c.toks)-1)].text) {
				return true // (not "in the spring of 2023")
			}
		}
	}
	return false
}

// modalAfter reports a modal verb after the noun phrase ending before end,
// in its clause: "talks with Y would be easier".
func (c *sctx) modalAfter(end int) bool {
	for j := end; j < min(len(c.toks), end+12) && c.toks[j].kind == tokWord; j++ {
		if c.in(j, en.Modals) || c.weakModal(j) || c.word(j, "should") {
			return true
		}
	}
	return false
}

// saidBefore reports a verb of saying right before the noun phrase of the
// trigger at k, with no name between ("said the talks", "says future
// talks").
func (c *sctx) saidBefore(k int) bool {
	for j := k - 1; j >= max(0, k-5) && c.toks[j].kind == tokWord && c.at[j] < 0; j-- {
		if c.in(j, en.SayVerbs) {
			return true
		}
	}
	return false
}

// reportedTalks reports a definite meeting noun at k that opens the clause
// a verb of saying reports ("said that the talks with Y", "told reporters
// that the meeting with Y").
func (c *sctx) reportedTalks(k int) bool {
	if !c.word(k-1, "the") || !c.word(k-2, "that") {
		return false
	}
	for j := k - 3; j >= max(0, k-11); j-- {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.in(j, en.SayVerbs) {
			return true
		}
	}
	return false
}

// personAfter returns the first person named after the marker at wi who is
// not an object: after "the meeting with X opened a visit by Y" or "after
// talks with X, Y said" the actor comes last. Unless the meeting noun at k
// stands in such an adverbial, a person named next to a verb of saying is
// the speaker, no participant ("talks with X are hard, said Y").
func (c *sctx) personAfter(k, wi int, obj []*entity) []*entity {
	adverbial := false
	for j := k - 1; j >= max(0, k-4) && c.toks[j].kind == tokWord; j-- {
		// ("In a phone call with X, Y said": a fronted "in" too)
		adverbial = adverbial || c.in(j, en.AdverbialPreps) || j == 0 && c.word(j, "in")
	}
	for mi := range c.ms {
		m := c.ms[mi]
		if m.i <= wi {
			continue
		}
		a := c.actor(mi)
		if a == nil || a.kind != schema.KindPerson || containsCanon(obj, a) {
			continue
		}
		inRelative := false
		for q := wi + 1; q < m.i; q++ {
			if c.word(q, "while", "whereas", "but") && c.toks[q-1].text == "," {
				return nil // "Talks with X centred on trade, while a meeting with Y ...": Y is another clause's
			}
			if !c.word(q, "who", "which", "whose") {
				continue
			}
			if e := c.relativeClose(q - 1); adverbial && c.toks[q-1].text == "," && e > q && e < m.i {
				q = e // "After talks with X, who flew in on Monday, Y said": the clause closes before Y
				continue
			}
			inRelative = true // the object's relative clause: "with X, who paved the way for Y"
			break
		}
		if inRelative {
			return nil
		}
		if !adverbial {
			for q := wi + 1; q <= m.j && q < len(c.toks); q++ {
				if c.in(q, en.SayVerbs) {
					return nil
				}
			}
		}
		return []*entity{a}
	}
	return nil
}

// nounMode reads how a meeting noun's talks were held from the words before
// it ("video talks", "a phone call") and between it and its marker ("talks
// by video link with"), or a video conference the sentence names.
func (c *sctx) nounMode(k, wi int, w string) (schema.MeetingMode, bool) {
	switch {
	case c.word(k-1, "video", "virtual", "online") || c.word(k-2, "video", "virtual") || c.has("videoconference", "video-conference"):
		return schema.Video, true
	case c.word(k-1, "phone", "telephone", "telephonic") || c.word(k-2, "phone", "telephone") || w == "call" || w == "calls":
		// "his call with the president": a call is by telephone unless
		// the text says video (above).
		return schema.Telephone, true
	}
	for q := k + 1; q < wi; q++ {
		if m, ok := en.ModeWords[c.toks[q].lower]; ok {
			return m, true
		}
	}
	return "", false
}

// discussWith reads "X discussed Y with Z" and "X held discussions on Y
// with Z" where "with" comes later in the clause.
func (c *sctx) discussWith(k int) {
	if !c.word(k, "discussed", "discusses", "discussing", "conferred", "consulted", "negotiated", "exchanged") {
		return
	}
	if c.word(k, "exchanged") && !c.word(k+1, "views", "ideas", "opinions") {
		return
	}
	if c.groupSubject(k) {
		// "The two leaders discussed a peace process with the rebels":
		// the "with" belongs to the topic of a meeting already read.
		return
	}
	wi := -1
	for j := k + 1; j < min(len(c.toks), k+14); j++ {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == "." || t.text == ";") || c.word(j, "said", "who", "which", "while", "whereas", "but", "where", "when") {
			break
		}
		if c.word(j, "with") {
			wi = j
			break
		}
	}
	if wi < 0 {
		if obj := c.frontedWith(k); len(obj) > 0 {
			// "With Kenya's trade minister, Y, X discussed tariffs".
			for _, e := range c.addMeeting(k, c.subjects(k), obj, false) {
				c.meetingDetails(e, k)
			}
			return
		}
		// "X and Y exchanged views by phone": a joint call; "X and Y
		// discussed a pipeline link": a joint meeting; ", discussing
		// trade" only tells what the clause before was about.
		if subj := c.subjects(k); len(subj) >= 2 && !(c.toks[k-1].text == "," && c.word(k, "discussing")) {
			for _, e := range c.addMeeting(k, subj, nil, true) {
				if c.has("phone", "telephone") {
					e.mode = schema.Telephone
				}
				c.meetingDetails(e, k)
			}
		}
		return
	}
	obj, _ := c.objects(wi+1, 3)
	if len(obj) == 0 {
		if u := c.unnamedOfficials(wi+1, 6); u != nil {
			obj = []*entity{u}
		}
	}
	if len(obj) == 0 {
		return
	}
	subj := c.subjectsOrTopic(k)
	for _, e := range c.addMeeting(k, subj, obj, false) {
		c.meetingDetails(e, k)
	}
}

// frontedWith returns the people of a "with" phrase that opens the
// sentence and closes with a comma before the clause of the verb at k:
// "With Y, X discussed ...", "With Kenya's trade minister, Z, X
// discussed ...".
func (c *sctx) frontedWith(k int) []*entity {
	w := c.clauseStart(k)
	for w < k && c.toks[w].kind == tokPunct {
		w++
	}
	if !c.word(w, "with") {
		return nil
	}
	var out []*entity
	for j := w + 1; j < k; j++ {
		if c.toks[j].text == "," {
			if j+1 < k && c.at[j+1] >= 0 && len(out) > 0 {
				return out
			}
			return nil
		}
		if mi := c.at[j]; mi >= 0 {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				out = append(out, a)
			}
			j = c.ms[mi].j - 1
		}
	}
	return nil
}

// counterpartsAgreed reads "A and his Kenyan counterpart B agreed (on
// Tuesday) to ...", "A and her counterpart, B, pledged ...": two people
// the text pairs as counterparts, whose agreement tells that they met (by
// telephone when the sentence says so). Other pairs that agree may have
// done so apart.
func (c *sctx) counterpartsAgreed(k int) {
	subj := c.subjects(k)
	if len(subj) != 2 || len(personsOf(subj)) != 2 || c.modality(k) != schema.Occurred || len(c.st.dates[c.si]) == 0 {
		return // (undated, it may be any of their sittings the text tells)
	}
	paired := false
	for j := c.clauseStart(k); j < k; j++ {
		if c.in(j, en.CounterpartNouns) && (c.word(j-1, "his", "her") || c.word(j-2, "his", "her")) {
			paired = true
		}
	}
	if !paired {
		return
	}
	for _, e := range c.st.events {
		if e.sent == c.si && e.typ == schema.Meeting && containsEntity(e.parts, subj[0]) && containsEntity(e.parts, subj[1]) {
			return // "talks, where he and his counterpart B agreed": told
		}
	}
	for _, e := range c.addMeeting(k, subj, nil, true) {
		if c.has("phone", "telephone") {
			e.mode = schema.Telephone
		}
		c.meetingDetails(e, k)
	}
}

// unnamedOfficials reads "met banking and government officials in
// Abidjan", "met a number of ministers during his visit to Uzbekistan":
// officials nobody names stand for the country of the place the sentence
// gives (participants may be countries when no person is named).
func (c *sctx) unnamedOfficials(k, reach int) *entity {
	g := -1
	for j := k; j < min(len(c.toks), k+reach); j++ {
		if mi := c.at[j]; mi >= 0 && !(c.ms[mi].kind == mRole && c.ms[mi].plural && c.ms[mi].ent == nil && c.ms[mi].iso3 == "") || c.toks[j].kind == tokPunct && c.toks[j].text != "-" {
			return nil
		}
		if c.word(j, "officials", "ministers", "authorities", "leaders", "representatives", "lawmakers", "diplomats", "counterparts", "envoys") {
			g = j
			break
		}
	}
	if g < 0 || c.in(g-1, en.NonStateLeaders) {
		return nil // ("met business leaders in Madrid": no state's)
	}
	// The place: "in X" after the officials, else a visit or "in X" earlier.
	for j := g + 1; j+1 < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct && (c.toks[j].text == "." || c.toks[j].text == ";") {
			break
		}
		if c.word(j, "in") && c.at[j+1] >= 0 {
			if h := c.hostAt(c.at[j+1]); h != nil {
				return h
			}
		}
	}
	for j := 0; j+1 < k; j++ {
		if c.word(j, "in", "to") && c.at[j+1] >= 0 && (c.word(j-1, "visit", "trip") || c.word(j, "in") && j == 0) {
			if h := c.hostAt(c.at[j+1]); h != nil {
				return h
			}
		}
	}
	return nil
}

// namedAmong returns the people named after a group that opens at o,
// the object of a meeting verb: "families of the crew, among them A and
// B", "community leaders, including C". Nil when a person is named before
// the list or there is no such list.
// groupReceived returns the members of a group received at k that the
// sentence names, for one meeting with them all: "received relatives of
// the crew, among them A and B", "received a group of civic leaders that
// included A and B". A party it leaves unnamed ("received the union
// delegation") waits for the next sentences (awaitMembers) when wait.
func (c *sctx) groupReceived(k int, subj []*entity, wait bool) []*entity {
	o := c.skipAdverbials(k + 1) // "received at the palace a group ..."
	if obj := c.namedAmong(k + 1); len(obj) > 0 || !c.partyAt(o) {
		return obj
	}
	obj := c.membersNamed(o)
	if len(obj) == 0 && wait {
		c.awaitMembers(k, subj)
	}
	return obj
}

// partyAt reports a party's noun phrase at o: "a delegation", "the
// union team", "a group of church leaders".
func (c *sctx) partyAt(o int) bool {
	if !c.word(o, "a", "an", "the") {
		return false
	}
	for j := o + 1; j < min(len(c.toks), o+5); j++ {
		if c.partyNoun(j) {
			return true
		}
		if c.toks[j].kind != tokWord || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson {
			return false
		}
	}
	return false
}

// partyNoun reports the noun of a party received at j: a delegation,
// side, team, entourage (en.DelegationNouns), group or mission.
func (c *sctx) partyNoun(j int) bool {
	return c.in(j, en.DelegationNouns) || c.word(j, "group", "mission")
}

// membersNamed returns the people a party's noun phrase from o names after
// "led by", "headed by", "including", "included" or "among them", up to
// the end of the sentence.
func (c *sctx) membersNamed(o int) []*entity {
	var out []*entity
	for j := o; j < min(len(c.toks), o+40); j++ {
		if c.toks[j].text == "." || c.toks[j].text == ";" {
			break
		}
		switch {
		case c.word(j, "led", "headed") && c.word(j+1, "by"):
			out = append(out, personsOf(c.listAfter(j+2))...)
		case c.madeUpOf(j) > 0:
			// "a delegation made up of A, B and C"
			return dedupEntities(append(out, c.peopleFrom(j+c.madeUpOf(j))...))
		case c.word(j, "included", "including", "comprising") || c.word(j, "among") && c.word(j+1, "them", "whom"):
			// "that included the head of X, A, and the chair of Y, B":
			// everyone the list names to the sentence's end.
			return dedupEntities(append(out, c.peopleFrom(j+1)...))
		}
	}
	return dedupEntities(out)
}

// verbOfMeeting reports "meeting" or "meet" at k used as a verb of
// meeting (w is its lower case; sitting: "are meeting in X today").
func (c *sctx) verbOfMeeting(k int, w string, sitting bool) bool {
	if w == "meeting" {
		if k > 0 && c.toks[k-1].text == "," && c.word(k+1, "in", "at") && c.blocMet(k) {
			return false // "the bloc's heads of state, meeting in X on D, ordered": as "met"
		}
		// "was meeting X", "after meeting X", "..., meeting President Y"
		// only: elsewhere "meeting" is a noun.
		if !(c.word(k-1, "was", "were", "is", "are", "after", "before", "while", "when", "by") || k > 0 && c.toks[k-1].text == ",") || k+1 >= len(c.toks) || c.at[k+1] < 0 && !c.word(k+1, "with") && !sitting {
			return false
		}
	}
	if w == "faced" && c.phraseAt(k+1, en.ReciprocalObjects) == 0 {
		return false // "faced each other across the table" only, not "faced questions"
	}
	if w == "meet" && !c.word(k-1, "to", "will", "would", "could", "may", "might", "not", "did", "didn't", "shall", "should", "cannot") {
		// "meet" after a subject without an auxiliary is present tense:
		// "leaders meet", and in a timeline's entry after a relative
		// clause too ("A and B, who chair the panel, meet in X").
		return k > 0 && c.at[k-1] >= 0 || k > 0 && c.toks[k-1].text == "," && c.timelineEntry()
	}
	return true
}

// partySubjects returns the members of a party that is the subject of
// the meeting verb at k with people as its objects obj ("A delegation
// made up of A and B met X"); with none named yet, the meeting waits for
// the next sentences to name them ("It was made up of A and B":
// partyNamed) and waits is true.
func (c *sctx) partySubjects(k int, obj []*entity) (subj []*entity, waits bool) {
	ps := c.partyBeforeVerb(k)
	if ps < 0 || len(personsOf(obj)) == 0 || c.modality(k) != schema.Occurred {
		return nil, false
	}
	if ms := c.membersNamed(ps); len(ms) > 0 {
		return ms, false
	}
	c.awaitMembers(k, personsOf(obj))
	return nil, true
}

// partyBeforeVerb returns the start of a party's noun phrase right
// before the verb at k ("On Tuesday a European delegation met"), or -1.
func (c *sctx) partyBeforeVerb(k int) int {
	for j := k - 1; j >= max(c.clauseStart(k), k-6); j-- {
		if c.word(j, "a", "an", "the") {
			if c.partyAt(j) && c.partyNoun(k-1) {
				return j
			}
			return -1
		}
	}
	return -1
}

// partyMadeUpOf returns the people of a party's noun phrase at k whose
// members follow "made up of" (madeUpOf): "a European delegation made up
// of A, B and C", and the token after the last of them; nil when none.
func (c *sctx) partyMadeUpOf(k int) ([]*entity, int) {
	if !c.partyAt(k) {
		return nil, k
	}
	j := k + 1
	for j < min(len(c.toks), k+5) && !c.partyNoun(j) {
		j++
	}
	n := c.madeUpOf(j + 1)
	if n == 0 {
		return nil, k
	}
	ps := personsOf(c.listAfter(j + 1 + n))
	if len(ps) == 0 {
		return nil, k
	}
	end := j + 1 + n
	for _, m := range c.ms {
		if m.i >= end && m.ent != nil && containsCanon(ps, m.ent.canon()) {
			end = m.j
		}
	}
	return ps, end
}

// madeUpOf returns the length of a phrase at j that lists a party's
// members, "made up of", "composed of", "consisting of", "consisted of",
// "comprised of", or 0.
func (c *sctx) madeUpOf(j int) int {
	switch {
	case c.word(j, "made") && c.word(j+1, "up") && c.word(j+2, "of"):
		return 3
	case c.word(j, "composed", "consisting", "consisted", "comprised") && c.word(j+1, "of"):
		return 2
	}
	return 0
}

// withMembers returns a delegation's head h with the members named right
// after the head's name at end: "led by A and B", "headed by A and
// including B", "led by A, and included B".
func (c *sctx) withMembers(h *entity, end int) []*entity {
	out := []*entity{h}
	q := end + boolInt(c.word(end, ","))
	if c.word(q, "and") && c.personAt(q+1) {
		out = append(out, personsOf(c.listAfter(q+1))...)
	} else if q += boolInt(c.word(q, "and")); c.word(q, "including", "included", "comprising") {
		out = append(out, personsOf(c.listAfter(q+1))...)
	} else if w := c.alongWithAfter(end); w > 0 {
		out = append(out, personsOf(c.listAfter(w))...) // "led by X, together with Y and Z"
	}
	return dedupEntities(out)
}

// alongWithAfter returns the token after "together with" or "along with"
// that follows the head of a party ending at end, past a comma phrase of
// the head's office ("led by X, the head of his office, together with"),
// or 0.
func (c *sctx) alongWithAfter(end int) int {
	for j := end; j < min(len(c.toks), end+12); j++ {
		if n := c.phraseAt(j, en.AlongWith); n > 0 && c.word(j+n-1, "with") {
			return j + n
		}
		// (a possessor may stand in the office: "the head of Y's office")
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson && !c.ms[c.at[j]].poss || isVerbish(c.toks[j].lower) {
			return 0
		}
	}
	return 0
}

// awaitMembers keeps the meeting of the hosts subj at k with a party not
// yet named, for the next sentences to fill (partyNamed).
func (c *sctx) awaitMembers(k int, subj []*entity) {
	hosts := personsOf(subj)
	if len(hosts) == 0 {
		return
	}
	e := &event{typ: schema.Meeting, status: schema.Occurred, mode: schema.InPerson, parts: hosts, sent: c.si, trig: k, conf: 0.8}
	c.meetingDetails(e, k)
	c.st.party, c.st.partySent, c.st.partyIn = e, c.si, false
}

// partyNamed reads who made up a party just received: "The delegation
// was led by A and B", "It was headed by A and included B", "They were
// accompanied by C" in the two sentences after it; they meet its host.
func (c *sctx) partyNamed() {
	e := c.st.party
	if e == nil || c.si == c.st.partySent || c.si-c.st.partySent > 2 {
		return
	}
	v := 1
	if c.word(0, "the") {
		v = 2
		if !c.partyNoun(1) {
			return
		}
	} else if !c.word(0, "it", "they") {
		return
	}
	if !c.word(v, "was", "were") && !c.word(v, "included", "comprised", "consisted") {
		return
	}
	var ms []*entity
	if c.word(v, "was", "were") && c.word(v+1, "accompanied", "joined") && c.word(v+2, "by") {
		ms = personsOf(c.listAfter(v + 3))
	} else {
		ms = c.membersNamed(v)
	}
	if len(ms) == 0 {
		return
	}
	e.parts = dedupEntities(append(e.parts, ms...))
	if !c.st.partyIn && len(e.parts) >= 2 {
		e.mark(cueJoint)
		c.st.events = append(c.st.events, e)
		c.st.partyIn = true
	}
}

func (c *sctx) namedAmong(o int) []*entity {
	for j := o; j < min(len(c.toks), o+14); j++ {
		if c.at[j] >= 0 && c.ms[c.at[j]].kind == mPerson || c.toks[j].text == "." || c.toks[j].text == ";" {
			return nil
		}
		if c.toks[j].text != "," {
			continue
		}
		n := 0
		switch {
		case c.word(j+1, "among") && c.word(j+2, "them", "whom"):
			n = 3
		case c.word(j+1, "including"):
			n = 2
		case c.word(j+1, "such") && c.word(j+2, "as"):
			n = 3
		}
		if n > 0 && j > o {
			return c.peopleFrom(j + n)
		}
	}
	return nil
}

// peopleFrom returns the people named from token q to the clause's end,
// past possessors ("X's mother, Y": Y).
func (c *sctx) peopleFrom(q int) []*entity {
	var out []*entity
	for mi, m := range c.ms {
		if m.i < q || m.kind != mPerson || c.toks[m.j-1].poss {
			continue
		}
		if slices.ContainsFunc(c.toks[q:m.i], func(t token) bool { return t.text == ";" || t.text == "." }) {
			break
		}
		if a := c.actor(mi); a != nil {
			out = append(out, a)
		}
	}
	return out
}

// saidOfRelative returns the antecedent of a relative clause whose verb
// of saying is at j: "X, whom he said recently spoke with Y" is X, not the
// sayer.
func (c *sctx) saidOfRelative(j int) *entity {
	if !c.in(j, en.SayVerbs) || j < 2 || c.at[j-1] < 0 {
		return nil
	}
	if w := c.ms[c.at[j-1]].i - 1; w > 0 && c.word(w, "whom", "who") {
		return c.antecedent(w)
	}
	return nil
}

// sentWhere returns the person a pronoun m after "where" stands for when
// this sentence sent someone on a trip before it: "X dispatched Y to
// Lilongwe, where he met Z" is Y, not the sender.
func (c *sctx) sentWhere(m mention) *entity {
	if m.kind != mPronoun || m.plural || !c.word(m.i-1, "where") {
		return nil
	}
	if v := c.tripBefore(m.i); v != nil && v.visitor != nil && c.in(v.trig, en.SendVerbs) {
		return v.visitor.canon()
	}
	return nil
}

// tripBefore returns the last visit this sentence tells before token i.
func (c *sctx) tripBefore(i int) *event {
	for n := len(c.st.events) - 1; n >= 0; n-- {
		e := c.st.events[n]
		if e.sent != c.si {
			break
		}
		if e.typ == schema.Visit && e.trig < i {
			return e
		}
	}
	return nil
}

// containsCanon reports whether es holds e or another name of it.
func containsCanon(es []*entity, e *entity) bool {
	for _, x := range es {
		if x.canon() == e.canon() {
			return true
		}
	}
	return false
}

func containsEntity(es []*entity, e *entity) bool {
	for _, x := range es {
		if x == e {
			return true
		}
	}
	return false
}

// call reads telephone and video calls: "spoke by telephone with",
// "talked with ... over the telephone", "called Y", "telephone
// conversation", "phoned", "dialled".
func (c *sctx) call(tr en.Trigger, k int) {
	if c.summonedLeaders(k) {
		return // "called the leaders of A, B and C to Paris for talks"
	}
	phone := c.has("telephone", "phone", "telephoned", "phoned", "video", "videoconference", "virtually", "dialled", "dialed")
	switch tr.Form {
	case en.Speak:
		c.speakWith(tr, k, phone)
	case en.PhoneVerb:
		c.phoneVerb(tr, k, phone)
	case en.CallNoun:
		c.callNoun(tr, k, phone)
	}
}

// summonedLeaders reads a host who "called" or "summoned" the leaders or
// ministers of several states to a place for talks or a meeting: "X
// called leaders of A, B and C to the palace in Y for emergency talks".
// The gathering is the host country's, the states attend
// (hostGatheredLeaders). It reports whether it read one.
func (c *sctx) summonedLeaders(k int) bool {
	if !c.word(k, "called", "summoned") {
		return false
	}
	to, f := -1, -1
	for j := k + 1; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "to") && to < 0 {
			to = j
		}
		if c.word(j, "for") && to > 0 {
			f = j
			break
		}
	}
	if to < 0 || f < 0 || !c.toks[to+1].upper && !c.word(to+1, "the", "his", "her") {
		return false
	}
	talks := false
	for j := f + 1; j < min(len(c.toks), f+5); j++ {
		talks = talks || c.in(j, en.MeetingNouns) || en.GatheringNouns[c.toks[j].lower]
	}
	if !talks || !c.hostGatheredLeaders(k, k+1) {
		return false
	}
	if g, e := c.gatheringNoun(f+1, 4), c.st.lastGathering(c.si); g > 0 && e != nil && e.sent == c.si {
		e.name = c.gatheringName(f+1, g) // "for an emergency meeting"
	}
	return true
}

// talkedAtLength reports "talked for four hours", "spoke at length": a
// duration after the verb, which a call seldom gets told with.
func (c *sctx) talkedAtLength(k int) bool {
	if c.word(k+1, "at") && c.word(k+2, "length") {
		return true
	}
	if !c.word(k+1, "for") {
		return false
	}
	for j := k + 2; j < min(len(c.toks), k+6); j++ {
		if c.word(j, "hours", "hour", "minutes", "minute") {
			return true
		}
	}
	return false
}

// timeWordsAfter returns how many of the words from q to the next
// preposition "with" or "to" (at most eight) are a date's or a time of
// day's ("on Thursday morning", "late on Friday"): they take no room
// between a verb and its marker.
func (c *sctx) timeWordsAfter(q int) int {
	n := 0
	for j := q; j < min(len(c.toks), q+8) && !c.word(j, "with", "to"); j++ {
		if c.dateTok(j) || c.word(j, "morning", "afternoon", "evening", "night", "late", "early") {
			n++
		}
	}
	return n
}

// asideAt returns the comma that closes a short time phrase set off by
// the comma at j (a subordinator and at most six words) ("..., before leaving Lilongwe, ...", "..., while still
// in Kisumu, ..."), with no person named in it, or -1.
func (c *sctx) asideAt(j int) int {
	if j >= len(c.toks) || c.toks[j].text != "," || !c.in(j+1, en.FrontedSubordinators) {
		return -1
	}
	e := c.closingComma(j)
	if e < 0 || e > j+8 {
		return -1
	}
	for q := j + 1; q < e; q++ {
		if mi := c.at[q]; mi >= 0 && (c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun) {
			return -1
		}
	}
	return e
}

// speakWith reads the Speak form of call.
// "spoke with/to Y"
func (c *sctx) speakWith(tr en.Trigger, k int, phone bool) {
	if c.word(k+1, "down", "up", "out") {
		return // "talked down the dollar", "spoke out against"
	}
	if strings.HasSuffix(c.toks[k].lower, "ing") && c.word(k-1, "by") {
		return // "is lobbying by talking to regulators": a means, no event
	}
	if c.word(k+1, "to") && c.addressGatheringAt(k, k+2) > k {
		return // "X spoke to the summit": addressed it, so attended
	}
	wi := -1
	// "spoke face to face with X": the marker after the manner;
	// "talked by telephone late on Monday night with X": after the time.
	manner := c.phraseAt(k+1, en.TogetherAdverbs)
	reach := 6 + manner + c.timeWordsAfter(k+1)
	for j := k + 1 + manner; j < min(len(c.toks), k+reach); j++ {
		if e := c.asideAt(j); e > j && c.word(e+1, tr.Markers...) {
			// "spoke by phone on Monday, before leaving X, with Y"
			wi = e + 1
			break
		}
		if c.in(j, en.MeetingNouns) || c.word(j, "meeting", "meetings") {
			break // "talking to the press before a meeting with X": the noun's "with"
		}
		if c.word(j, tr.Markers...) {
			if c.word(j, "to") && c.phraseAt(j+1, en.ReciprocalObjects) == 0 && j+1 < len(c.toks) && c.at[j+1] < 0 && c.toks[j+1].kind == tokWord && !c.toks[j+1].upper && !c.word(j+1, "the", "a", "an", "his", "her", "their", "its", "both", "reporters", "journalists") {
				break // "talked the yen lower to force": an infinitive
			}
			wi = j
			break
		}
	}
	// "A and B spoke to each other": with one another, as "directly".
	recip := wi >= 0 && c.phraseAt(wi+1, en.ReciprocalObjects) > 0
	if recip {
		wi = -1
	}
	if wi < 0 {
		// "Witkoff and Araghchi spoke directly": they met.
		// "A and B talked about oil": with each other, unless both did
		// so apart ("both talked about", "each spoke about").
		about := c.word(k+1, "about", "over") && !c.word(k-1, "both", "each", "also", "separately")
		// "At the forum, A, B and C all spoke in person": each gave a
		// speech there, no talks among them.
		apart := !recip && (c.word(k-1, "all", "each", "separately") || c.frontedAtGathering())
		if subj := c.subjects(k); len(personsOf(subj)) >= 2 && !phone && !apart && (recip || c.phraseAt(k+1, en.TogetherAdverbs) > 0 || c.talkedAtLength(k) || about || c.onSidelinesAfter(k)) {
			for _, e := range c.addMeeting(k, subj, nil, true) {
				c.meetingDetails(e, k)
			}
			return
		}
		// "Scholz and Li spoke over the phone": a joint call.
		if subj := c.subjects(k); len(subj) >= 2 && phone {
			for _, e := range c.addMeeting(k, subj, nil, true) {
				e.mode = schema.Telephone
				if c.has("video", "videoconference") {
					e.mode = schema.Video
				}
				c.meetingDetails(e, k)
			}
		}
		return
	}
	if c.word(wi, "to") && c.audienceAt(wi+1) {
		// "addressing Ghana's parliament": a speech, no meeting.
		return
	}
	obj, oend := c.objects(wi+1, 3)
	if len(obj) == 0 || c.word(wi+1, "reporters", "journalists", "the") && len(obj) == 0 {
		return
	}
	subj := c.subjectsOrTopic(k)
	// "spoke by video with A and B": one video call of all of them.
	joint := len(obj) >= 2 && phone && c.has("video", "videoconference")
	events := c.addMeeting(k, subj, obj, joint)
	for _, e := range events {
		c.meetingDetails(e, k)
	}
	if another := c.anotherWith(oend); another > 0 && !joint {
		// "spoke with A on Monday, and on Tuesday with B"
		events = append(events, c.metAnother(another, subj)...)
	}
	for _, e := range events {
		if phone {
			e.mode = schema.Telephone
			if c.has("video") {
				e.mode = schema.Video
			}
		}
	}
}

// phoneVerb reads the PhoneVerb form of call.
func (c *sctx) phoneVerb(tr en.Trigger, k int, phone bool) {
	if tr.Word == "called" && !phone && !c.calledPerson(k) {
		return
	}
	if c.word(k+1, "on", "for", "off", "it") || c.word(k+1, "the") && c.at[k+1] < 0 {
		return // "called for", "phoned the ministry" (not "phoned the Emir")
	}
	obj, end := c.objects(k+1, 2)
	if len(obj) == 0 {
		return
	}
	if c.in(k, en.ByPhoneVerbs) && !c.byPhoneWithin(end, 6) {
		return // "briefed X on the talks" in person, or nothing said
	}
	subj := c.subjects(k)
	for _, e := range c.addMeeting(k, subj, obj, false) {
		e.mode = tr.Mode
		c.meetingDetails(e, k)
	}
}

// phoneInfinitives reads the base verbs "telephone" and "phone" after
// "to" ("the first to telephone Y", "plans to phone Y"), which the trigger
// table leaves out as nouns ("by phone", "a telephone call"): a call, its
// status the infinitive's (modality).
func (c *sctx) phoneInfinitives() {
	for k := 1; k+1 < len(c.toks); k++ {
		if !c.word(k-1, "to") || !c.word(k, "telephone", "phone") {
			continue
		}
		obj, _ := c.objects(k+1, 2)
		if len(obj) == 0 || !allPersons(obj) {
			continue
		}
		for _, e := range c.addMeeting(k, c.subjects(k), obj, false) {
			e.mode = schema.Telephone
			c.meetingDetails(e, k)
		}
	}
}

// coHostedWith reports "X hosted the meeting together with Y": Y is a
// co-host of the gathering, not X's guest.
func (c *sctx) coHostedWith(k int) bool {
	if !c.word(k, "hosted", "hosts", "co-hosted") || !c.word(k+1, "the", "a", "an") {
		return false
	}
	for j := k + 2; j < min(len(c.toks)-1, k+6); j++ {
		if c.toks[j].kind != tokWord || c.at[j] >= 0 {
			return false
		}
		if c.word(j, "together", "jointly") && c.word(j+1, "with") || c.word(j, "alongside") {
			return j > k+2
		}
	}
	return false
}

// calledPerson reports "called X" as a call with no telephone named:
// the person called is followed by a time ("in early December", "on
// Tuesday") or a purpose ("to discuss", "to reaffirm"), not by what X was
// called ("called X a friend") nor X's own words ("called X's remarks").
func (c *sctx) calledPerson(k int) bool {
	mi := c.at[min(k+1, len(c.toks)-1)]
	if k+1 >= len(c.toks) || mi < 0 || c.ms[mi].kind != mPerson || c.ms[mi].poss {
		return false
	}
	e := c.ms[mi].j
	if items, _, end := c.coordinated(k + 1); len(items) > 1 && allPersons(items) {
		e = end // "called X and Y separately to urge calm"
	}
	if c.word(e, "separately", "individually") {
		e++
	}
	switch {
	case c.word(e, "to") && e+1 < len(c.toks) && c.plainWord(e+1) && !c.word(e+1, "the", "a", "an", "his", "her"):
		return true // "called X to discuss"
	case c.word(e, "on", "in", "at") && e+1 < len(c.toks) && (c.in(e+1, en.WeekdayWords) || en.MonthNames[c.toks[e+1].lower] != 0 || c.word(e+1, "early", "late", "mid")):
		return true // "called X on Tuesday", "in early December"
	case c.word(e, "yesterday", "today", "earlier", "last", "this"):
		return true
	case c.dayInFocusAt(e) > e:
		return true // "called X the same evening", "that night"
	case c.word(e, "from", "after", "ahead", "about", "twice", "again"):
		return true // "called X from the plane", "after the vote"
	case e >= len(c.toks) || c.toks[e].text == "." || c.toks[e].text == ";":
		// "X then called Y." with nothing after: no words follow to say
		// what Y was called, and a person or a pronoun calls (not "a unit
		// called Y.", where Y is being named).
		return c.personCaller(k)
	}
	return false
}

// dayInFocusAt returns the token after a day told by reference to the
// day in focus at j ("the same evening", "the next day", "that night",
// "the following morning"), or j.
func (c *sctx) dayInFocusAt(j int) int {
	q := j
	if c.word(q, "the") && c.word(q+1, "same", "next", "following") {
		q += 2
	} else if c.word(q, "that") {
		q++
	}
	if q > j && (c.in(q, en.DayParts) || c.word(q, "day", "week", "weekend")) && !c.toks[q].poss {
		return q + 1 // (not "that day's hero")
	}
	return j
}

// personCaller reports a person named, or a pronoun, right before the
// call verb at k, or before an adverb there ("X then called", "she also
// called").
func (c *sctx) personCaller(k int) bool {
	q := k - 1
	if q >= 0 && (c.in(q, en.SequelAdverbs) || c.word(q, "also", "first", "personally")) {
		q--
	}
	if q < 0 {
		return false
	}
	if c.word(q, "he", "she", "they") {
		return true
	}
	mi := c.at[q]
	return mi >= 0 && c.ms[mi].kind == mPerson && c.ms[mi].j == q+1
}

// phoneAfterObject reports a phrase of en.ByPhone right after the people
// a meeting verb at k names in its clause: "conferred with X by phone",
// "talked with X and Y over the telephone".
func (c *sctx) phoneAfterObject(k int) bool {
	end := -1
	for q := k + 1; q < min(len(c.toks), k+10) && c.toks[q].kind != tokPunct; q++ {
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind == mPerson {
			end = c.ms[mi].j
			q = end - 1
		}
	}
	return end > 0 && c.byPhoneWithin(end, 3)
}

// byPhoneWithin reports a phrase of en.ByPhone within reach tokens from
// j (past an appositive opening there), before the clause ends or another
// name comes: "briefed X by phone", "thanked Y for his support over the
// telephone".
func (c *sctx) byPhoneWithin(j, reach int) bool {
	if j < len(c.toks) && c.toks[j].text == "," && c.phraseAt(j+1, en.ByPhone) == 0 {
		// (not "briefed his counterpart, X, in a call on Monday, the
		// ministry said": the phone right after the comma)
		if e := c.closingComma(j); e > j {
			j = e + 1 // "briefed X, the UN envoy, by telephone"
		}
	}
	for q := j; q < min(len(c.toks), j+reach); q++ {
		if c.toks[q].text == "," && q+1 < len(c.toks) && c.phraseAt(q+1, en.ByPhone) > 0 {
			continue // "briefed X, the envoy on Haiti, by telephone"
		}
		if c.toks[q].kind == tokPunct || c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson {
			return false
		}
		if c.phraseAt(q, en.ByPhone) > 0 {
			return true
		}
	}
	return false
}

// callNoun reads the CallNoun form of call.
// "in a telephone conversation" without "with": the two people of the clause.
func (c *sctx) callNoun(tr en.Trigger, k int, phone bool) {
	if !(c.word(k-1, "telephone", "phone", "video") || c.word(k-1, "telephone")) {
		return
	}
	if c.word(k+1, "with") || c.word(k+1, "from") && c.personAt(k+2) || c.nounMarker(tr, k) > 0 {
		return // "a video link today with X", "a call from X": read by meetNoun
	}
	var ps []*entity
	cs := c.clauseStart(k)
	for mi := range c.ms {
		if c.ms[mi].i < k && c.ms[mi].i >= cs && !c.ms[mi].compound {
			if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
				ps = append(ps, a)
			}
		}
	}
	ps = dedupEntities(ps)
	if len(ps) < 2 && c.word(0, "in", "during", "on", "over") {
		// "In a phone call on Tuesday, Erdogan and Putin discussed ...":
		// the call of a fronted phrase is the clause's subjects'.
		for j := k + 1; j < len(c.toks); j++ {
			if c.at[j] >= 0 {
				if a := c.actor(c.at[j]); a != nil && a.kind == schema.KindPerson {
					ps, _ = c.objects(j, 1)
				}
				break
			}
		}
	}
	if len(ps) >= 2 {
		ps = c.callersOf(k, ps)
		for _, e := range c.addMeeting(k, ps, nil, true) {
			e.mode = schema.Telephone
			c.meetingDetails(e, k)
		}
	}
}

// callersOf returns the parties of the call noun at k among the people
// ps named before it in its clause: the subjects of the verb that holds
// it when they are a list of three or more ("A, B, C and D held a video
// call"), else the last two.
func (c *sctx) callersOf(k int, ps []*entity) []*entity {
	for v := k - 1; v >= max(0, k-4); v-- {
		if c.in(v, en.SupportVerbs) || c.word(v, "joined") {
			if subj := c.subjects(v); len(subj) > 2 && len(personsOf(subj)) == len(subj) {
				return subj
			}
			break
		}
	}
	return ps[len(ps)-2:]
}

// receive reads "courtesy call on Y", "received Y" (not at the airport),
// "hosted Y for talks".
func (c *sctx) receive(tr en.Trigger, k int) {
	if c.summonedLeaders(k) {
		return
	}
	switch tr.Form {
	case en.CalledOn:
		c.calledOn(tr, k)
	case en.Courtesy:
		c.courtesyCall(tr, k)
	case en.Welcome:
		c.welcomeGuest(tr, k)
	case en.Host:
		c.receiveGuest(tr, k)
	case en.Deliver:
		c.deliverMessage(tr, k)
	case en.Accept:
		c.credentialsReceived(k) // "accepted a proposal": nothing met
	}
}

// deliverMessage reads an envoy's errand: "X delivered a message from Z to
// Y", "X handed Y a letter from Z", "X conveyed to Y a message": X met Y;
// "X relayed messages to and fro between Y and Z": X met each.
func (c *sctx) deliverMessage(tr en.Trigger, k int) {
	msg := -1
	for j := k + 1; j < min(len(c.toks), k+10); j++ {
		if c.in(j, en.MessageNouns) {
			msg = j
			break
		}
	}
	if msg < 0 && c.messageRelative(k) {
		msg = k // "a letter from Z, which X handed to Y": the noun before
	}
	if msg < 0 || c.modality(k) != schema.Occurred {
		return
	}
	if c.credentialsPresented(k, msg) {
		return
	}
	var obj []*entity
	if c.personAt(k+1) && !(c.at[k+1] >= 0 && c.ms[c.at[k+1]].poss) {
		obj, _ = c.objects(k+1, 1) // "handed Y a letter", not "handed her letter"
	}
	for j := k + 1; len(obj) == 0 && j < min(len(c.toks), msg+12); j++ {
		if c.word(j, tr.Markers...) && c.personAt(j+1) {
			obj, _ = c.objects(j+1, 1) // "... to Y", "... between Y and Z" (each met apart)
		}
	}
	if len(personsOf(obj)) == 0 {
		return
	}
	for _, e := range c.addMeeting(k, c.subjects(k), personsOf(obj), false) {
		c.meetingDetails(e, k)
	}
}

// calledOn reads the CalledOn form of receive.
// "X called on President Y in Colombo": a courtesy call, unless
// "called on Y to do something".
func (c *sctx) calledOn(tr en.Trigger, k int) {
	if !c.word(k+1, tr.Markers...) || c.modality(k) != schema.Occurred {
		return
	}
	obj, end := c.objects(k+2, 3)
	if len(obj) == 0 || obj[0].kind != schema.KindPerson {
		return
	}
	// "called on X to retaliate", "called on X in a resolution to act":
	// an appeal; "called on X at the palace to discuss trade": a visit.
	for j := end; j < min(len(c.toks), end+10); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			break
		}
		// "called on X on Tuesday to congratulate him": a purpose after
		// a time is a visit's.
		// "called on X to congratulate him": to X's face.
		timed := c.timeWordsAfter(end) > 0 && c.in(j+1, en.CallPurposes) || c.word(j+1, "congratulate", "thank") && c.word(j+2, "him", "her", "them")
		if c.word(j, "to") && !c.word(j-1, "prior") && !timed && (j < end+4 || !c.in(j+1, en.CallPurposes)) {
			return // (not "prior to the talks": a time)
		}
	}
	subj := c.subjects(k)
	if len(obj) >= 2 && (c.hostedForSummit(k, end, subj, obj) || c.hostedManyAtGathering(k, subj, obj)) {
		return // "X welcomed A and B to the summit": attendees, no pairs
	}
	for _, e := range c.addMeeting(k, subj, obj, false) {
		c.meetingDetails(e, k)
		c.welcomedTo(e, end)
	}
	c.calledOnNext(k, end, subj)
}

// calledOnNext reads a second call on someone after the first's phrase
// ended at from: "called on A in X and on B in Y": a meeting with B, in
// Y when a city follows B.
func (c *sctx) calledOnNext(k, from int, subj []*entity) {
	for j := from; j+2 < len(c.toks) && j < from+8; j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			return
		}
		if !c.word(j, "and") || !c.word(j+1, "on", "upon") || !c.personAt(j+2) {
			continue
		}
		obj, end := c.objects(j+2, 3)
		for _, e := range c.addMeeting(k, subj, personsOf(obj), false) {
			c.meetingDetails(e, k)
			c.dateFor(e, j+2) // the day nearest this call's own object
			if c.word(end, "in") && end+1 < len(c.toks) && c.at[end+1] >= 0 && c.ms[c.at[end+1]].kind == mCity {
				m := c.ms[c.at[end+1]]
				e.place, e.inCountry = c.st.city(m.name, m.iso3), c.hostAt(c.at[end+1])
			}
		}
		return
	}
}

// welcomedTo reads "to" at end after a host's guests: "welcomed X to
// Berlin" tells that X came there, and the city is the meeting's.
func (c *sctx) welcomedTo(e *event, end int) {
	if c.word(end, "to") {
		c.welcomedAt(e, end+1)
	}
}

// welcomedAt marks meeting e a guest's welcome on a trip, to the place
// named at token j if any ("welcomed him to Oslo", "In Oslo, X welcomed
// him").
func (c *sctx) welcomedAt(e *event, j int) {
	e.mark(cueTrip)
	if j >= len(c.toks) || c.at[j] < 0 {
		return
	}
	mi := c.at[j]
	if m := c.ms[mi]; m.kind == mCity || m.kind == mCountry {
		if e.inCountry == nil {
			e.inCountry = c.hostAt(mi)
		}
		if e.place == nil && m.kind == mCity {
			e.place = c.st.city(m.name, m.iso3)
		}
	}
}

// groupOf reports a mention of a country's unnamed people among the tokens
// [i, j) that stands for the country o ("a Ugandan delegation", "visiting
// Ugandan MPs"): a party one receives, as a country's name is not.
func (c *sctx) groupOf(o *entity, i, j int) bool {
	for q := i; q < min(j, len(c.toks)); q++ {
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind == mGroup && !c.ms[mi].poss && !c.toks[c.ms[mi].j-1].poss && !(c.ms[mi].j < len(c.toks) && (c.toks[c.ms[mi].j].text == "'" || c.toks[c.ms[mi].j].text == "’")) && c.ms[mi].iso3 != "" && c.ms[mi].iso3 == o.iso3 && o.kind == schema.KindCountry {
			return true
		}
	}
	return false
}

// receivedBy reads the passive of a host's verb at k: "X was received by
// Y", "X was received in audience by Y", "X was received at the palace on
// Monday by Y".
func (c *sctx) receivedBy(k int) {
	by := k + 1
	if !c.word(by, "by") {
		by = c.afterAdverbial(k+1, "by")
	}
	if by <= 0 {
		c.receivedForMeeting(k)
		return
	}
	obj, oend := c.objects(by+1, 3)
	subj := c.subjects(k)
	if cs := c.clauseStart(k); len(subj) == 0 && c.partyAt(cs) && c.modality(k) == schema.Occurred {
		// "A delegation of church leaders was received by X": its
		// members named in it or next.
		if subj = c.membersNamed(cs); len(subj) == 0 {
			c.awaitMembers(k, obj)
			return
		}
	}
	// "X saw Y about the trade file, and was later received by Z":
	// the sentence's subject, not a name in the clause before.
	if b := k - 1 - boolInt(!c.in(k-1, en.BeForms)); c.word(b-1, "and") && c.in(b, en.BeForms) {
		if a := c.sentenceSubject(k); a != nil && !containsCanon(subj, a) {
			subj = []*entity{a}
		}
	}
	if len(obj) > 0 && !c.gatheringSubject(k) {
		for _, e := range c.addMeeting(k, subj, obj, false) {
			c.meetingDetails(e, k)
			// "X was received by Y at the palace in Luanda": a guest
			// received in a city came there, as "Y hosted X in Luanda".
			if c.cityWithin(oend, 10) {
				e.mark(cueTrip)
			}
		}
		// "was received by Y and, separately, by Z": Z received X too.
		if b := c.anotherBy(oend); b > 0 {
			if more, _ := c.objects(b+1, 3); len(more) > 0 {
				for _, e := range c.addMeeting(b, subj, more, false) {
					c.meetingDetails(e, b)
				}
			}
		}
	}
}

// onSidelinesAfter reports "on the sidelines" or "on the fringes"
// (en.SidelineWords) right after the verb at k, past its day ("A and B
// spoke Friday on the fringes of the forum"): they talked together.
func (c *sctx) onSidelinesAfter(k int) bool {
	for q := k + 1; q+2 < len(c.toks) && q < k+6 && c.toks[q].kind != tokPunct && !c.word(q, "with", "to"); q++ {
		if c.word(q, "on", "at", "along") && c.word(q+1, "the") && en.SidelineWords[c.toks[q+2].lower] {
			return true
		}
		if !c.dateTok(q) && !c.word(q, "on", "briefly", "privately") {
			return false
		}
	}
	return false
}

// anotherBy returns the "by" of a second agent right after the first one
// ends at j ("by Y and, separately, by Z", "by Y and later by Z"), or -1.
func (c *sctx) anotherBy(j int) int {
	q := j
	if c.toks[min(q, len(c.toks)-1)].text == "," {
		q++
	}
	if !c.word(q, "and") {
		return -1
	}
	for q++; q < len(c.toks) && (c.toks[q].text == "," || c.word(q, "separately", "later", "then", "also", "afterwards", "subsequently")); q++ {
	}
	if c.word(q, "by") {
		return q
	}
	return -1
}

// receivedForMeeting reads a passive "received" with no agent whose
// sentence names the sitting ("A and B were received at the palace
// for a meeting that lasted an hour"): the guests met the person in
// focus, the host the story follows, when that is none of them.
func (c *sctx) receivedForMeeting(k int) {
	q := c.markerAfter(k, "for")
	if c.airportNear(k) || q < 0 {
		return
	}
	sitting := func(j int) bool {
		return c.in(j, en.MeetingNouns) || c.in(j, en.MealNouns) || c.word(j, "meeting", "talks", "audience", "session")
	}
	if !c.word(q+1, "a", "an") || !sitting(q+2) && !sitting(q+3) {
		return
	}
	guests := c.subjects(k)
	t := c.st.topic
	if t != nil && containsCanon(guests, t) {
		t = c.st.prevTopic // the guests named first took the focus
	}
	if len(guests) == 0 || t == nil || t.kind != schema.KindPerson || containsCanon(guests, t) {
		return
	}
	for _, e := range c.addMeeting(k, []*entity{t}, guests, true) {
		c.meetingDetails(e, k)
	}
}

// cityWithin reports "in" and a city within n tokens from j, before the
// clause ends: "at the Great Hall in Beijing".
func (c *sctx) cityWithin(j, n int) bool {
	for q := j; q+1 < min(len(c.toks), j+n); q++ {
		if t := c.toks[q]; t.kind == tokPunct && t.text != "'" && t.text != "-" {
			return false
		}
		if c.word(q, "in") && c.at[q+1] >= 0 && c.ms[c.at[q+1]].kind == mCity {
			return true
		}
	}
	return false
}

// courtesyCall reads the Courtesy form of receive.
func (c *sctx) courtesyCall(tr en.Trigger, k int) {
	m := k + 1
	if !c.word(m, tr.Markers...) {
		m = c.skipAdverbials(k + 1) // "received a courtesy call at the palace from X"
	}
	if !c.in(k-1, en.CallKinds) && !c.paidCall(k) && !c.visitReceived(k) || !c.word(m, tr.Markers...) {
		return
	}
	if c.word(k, "visit", "visits") && !c.visitReceived(k) {
		return // "a courtesy visit by X to Y": read by VisitVerb
	}
	obj, _ := c.objects(m+1, 3)
	subj := c.subjects(k)
	if c.coordinatedVerb(k) {
		// "X met A and B, and then made a courtesy call to C": X's call.
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	if pair := c.groupPair(k); pair != nil {
		subj = pair
	}
	if t := c.st.titleOwner(); len(subj) == 0 && t != nil && c.agendaEntry(k) {
		subj = []*entity{t} // "08:45 Courtesy call by X" in the log of Y
	}
	if len(obj) > 0 {
		for _, e := range c.addMeeting(k, subj, obj, false) {
			c.meetingDetails(e, k)
		}
	}
}

// paidCall reports "paid a call" at the noun k: a call paid on someone is
// made in person, as a courtesy call is.
func (c *sctx) paidCall(k int) bool {
	return c.word(k, "call", "calls") && c.word(k-1, "a") && c.in(k-2, en.PayVerbs)
}

// visitReceived reports a visit noun at k as what its host received: "X
// received a visit from Y", "received the farewell visit of Y".
func (c *sctx) visitReceived(k int) bool {
	if !c.word(k, "visit", "visits") || !c.word(k+1, "from", "of", "by") {
		return false
	}
	j := k - 1
	for j > k-4 && (c.word(j, "a", "the", "an") || c.in(j, en.CallKinds)) {
		j--
	}
	return c.word(j, "received", "receives", "receiving", "receive")
}

// passiveHost reports a host verb at k in the passive: after a form of
// "be" ("was received by Y", "was warmly received"), a person right before
// it with its "by" after (reducedPassive), or "after being received by
// Y"; never a present participle ("was hosting Y").
func (c *sctx) passiveHost(k int) bool {
	if strings.HasSuffix(c.toks[k].lower, "ing") {
		return false
	}
	return c.word(k-1, "was", "were", "is", "been") || c.word(k-1, "also", "later", "then", "warmly") && c.word(k-2, "was", "were", "is", "been") || c.reducedPassive(k) ||
		c.word(k-1, "being") && c.word(k-2, "after", "upon", "on")
}

// reducedPassive reports the headline's passive without "was": a person
// right before the verb at k, and "by" and a person after it ("Albanese
// received by President Prabowo in Jakarta").
func (c *sctx) reducedPassive(k int) bool {
	if k == 0 || c.at[k-1] < 0 || c.ms[c.at[k-1]].kind != mPerson || c.ms[c.at[k-1]].poss {
		return false
	}
	by := k + 1
	if !c.word(by, "by") {
		by = c.afterAdverbial(k+1, "by")
	}
	return by > 0 && c.personAt(by+1)
}

// welcomeGuest reads the Welcome form of receive.
func (c *sctx) welcomeGuest(tr en.Trigger, k int) {
	if !c.airportNear(k) {
		c.welcome(k)
		return
	}
	c.airportWelcome(k)
}

// airportNear reports an airport named in the clause of the welcome verb
// at k: "X received Y at the airport", "Y was welcomed at Z International
// Airport by X"; not "welcomed at the airport ... before heading to the
// palace, where X received her".
func (c *sctx) airportNear(k int) bool {
	bound := func(j int) bool {
		if c.word(j, "before", "after") && (c.in(j+1, en.HoursOfDay) || c.in(j+1, en.DayParts) || j+1 < len(c.toks) && c.toks[j+1].kind == tokNum) {
			return false // "landed just before midnight and was met": a time
		}
		return c.toks[j].text == "." || c.toks[j].text == ";" || c.word(j, "where", "before", "after", "then", "while")
	}
	airport := func(j int) bool {
		return c.arrivalPoint(j) && !c.word(j, "field")
	}
	for j := k - 1; j >= 0; j-- {
		if o := c.relativeOpen(j); o >= 0 && j < k-1 {
			// "X, who landed at the airport and was greeted by Z, was
			// received by Y at his office": the aside's airport.
			j = o
			continue
		}
		if airport(j) {
			return true
		}
		if bound(j) {
			// "touched down at X Airport, where Y received him": the
			// airport is the "where".
			// "driven from the airport to X, where Y received him": the
			// place right before the "where" is X.
			for q := j - 1; c.word(j, "where") && q >= max(0, j-12) && c.toks[q].text != "." && c.toks[q].text != ";" && !c.word(q, "to", "into"); q-- {
				if airport(q) {
					return true
				}
			}
			break
		}
	}
	for j := k + 1; j < len(c.toks) && !bound(j); j++ {
		if airport(j) {
			return true
		}
	}
	return false
}

// airportWelcome reads "X welcomed Y at the airport": a welcome, no
// meeting, but Y arrived in X's country.
func (c *sctx) airportWelcome(k int) {
	if c.modality(k) != schema.Occurred {
		return
	}
	obj, _ := c.objects(k+1, 4)
	subj := c.subjects(k)
	if c.word(k-1, "was", "were", "been") {
		// The passive (Y welcomed there by X): the same, told of Y.
		by := c.afterAdverbial(k+1, "by")
		if by < 0 {
			return
		}
		obj = subj
		subj, _ = c.objects(by+1, 3)
	}
	if len(obj) != 1 || len(subj) != 1 || obj[0].kind != schema.KindPerson {
		return
	}
	host := c.st.partyOf(subj[0])
	// The guest's own country must be known and another: an airport
	// welcome at home tells no trip.
	if g := obj[0].canon(); host == nil || host.kind != schema.KindCountry || g.iso3 == "" || g.guessed || c.st.historical(g.iso3) == c.st.historical(host.iso3) {
		return
	}
	c.addVisit(k, obj[0], host, schema.Occurred, k, false)
}

// receiveGuest reads the Host form of receive.
func (c *sctx) receiveGuest(tr en.Trigger, k int) {
	if c.airportNear(k) {
		if c.word(k, "received", "receives") {
			c.airportWelcome(k) // "X received Y at the airport": Y arrived
		}
		return
	}
	if c.word(k, "host") {
		// "X played host to Y": only that idiom; "host" is a noun elsewhere.
		if !c.word(k-1, "played", "plays", "playing", "play") || !c.word(k+1, "to") {
			return
		}
		k++ // read the objects after "to"
	}
	if c.counterpartsAtGathering(k) {
		return
	}
	if c.word(k, "hosting") && (!c.personAt(k+1) || !c.in(k-1, en.ParticipleSubordinators) && !c.in(k-1, en.BeForms)) {
		// "while hosting Y", "was hosting Y": a guest named right after
		// it (not "the city hosting the Games", nor "spent three days
		// at the summit hosting A, B and C", its host's part).
		return
	}
	if c.credentialsReceived(k) || c.thingReceived(k) || c.coHostedWith(k) {
		return
	}
	passive := c.passiveHost(k)
	if c.word(k+1, "by") && !passive {
		return // "a summit hosted by X"
	}
	if passive {
		c.receivedBy(k)
		return
	}
	audience := c.inAudience(k + 1)
	if c.word(k+1, "in", "at", "on", "last", "this", "during", "since") && audience < 0 && c.skipAdverbials(k+1) == k+1 {
		return // "the summit that X hosted in Y": no guest after the verb
	}
	if q := c.skipAdverbials(k + 1); q > k+1 && c.word(q, "by") {
		return // "a meeting of the group hosted in Warsaw by X": X's agent phrase
	}
	obj, oend := c.objects(k+1, 5) // "received the new High Commissioner of X, Y"
	if c.word(k+1, "at", "in") && c.word(k+2, "his", "her", "their") && c.skipAdverbials(k+1) > k+1 {
		obj = nil // "received at her home a delegation ...": the venue's owner is no guest
	}
	if audience > 0 && len(obj) == 0 {
		obj, oend = c.objects(audience, 5) // "received in a private audience X's foreign minister, Y"
	}
	if q := c.skipAdverbials(k + 1); len(obj) == 0 && q > k+1 {
		// "received at the palace her counterparts A and B"
		if c.word(q, "his", "her") && (c.in(q+1, en.CounterpartNouns) || c.word(q+1, "guests", "guest")) {
			q += 2
		}
		obj, oend = c.objects(q, 5)
	}
	if c.word(k, "saw", "sees") && (c.word(k-1, "that", "which") || c.journeySubject(k) || k+1 >= len(c.toks) || c.at[k+1] < 0 || c.word(oend, "as", "how", "fit", "off", "to", "being") || c.word(oend, "that") && !c.timeAfterThat(oend) || c.ms[c.at[k+1]].poss || c.witnessedCeremony(oend)) {
		// "also saw the petroleum minister" met him; "saw Putin as a
		// threat", "saw X off", "saw Y's speech", "a swing that saw her
		// visit Hanoi", "saw X crowned" did not.
		return
	}
	subj := c.subjects(k)
	if len(obj) == 0 && len(subj) == 1 && c.word(k+1, "his", "her", "their") && (c.in(k+2, en.CounterpartNouns) || c.word(k+2, "guest", "visitor")) {
		// "Y hosted his counterpart": the other person in focus.
		if o := c.otherPerson(subj[0]); o != nil {
			obj = []*entity{o}
		}
	}
	together := false
	if c.word(k+1, "both") || c.word(k+1, "the") && c.word(k+2, "two") {
		// "received both ministers together": the pair told before.
		n := k + 2
		if c.word(k+1, "the") {
			n = k + 3
		}
		if pair := c.groupPairExcept(n+1, subj); pair != nil {
			obj, together = pair, true
		}
	}
	if len(obj) == 0 && c.word(k+1, "them") {
		// "A and B flew to Lima, where Y received them": one meeting;
		// "welcomed them in turn": one each.
		obj = c.themReceived(k)
		together = !c.phraseWithin(k+2, 4, en.InTurn)
	}
	if len(personsOf(obj)) == 0 && c.modality(k) == schema.Occurred {
		// "received a group of Malawian civic leaders that included A
		// and B": its members, not their country.
		if ms := c.groupReceived(k, subj, len(obj) == 0); len(ms) > 0 || len(obj) == 0 {
			obj, together = ms, len(ms) > 0
		}
	}
	// "received a delegation led by A and including B": one meeting;
	// "hosted A and B to a working breakfast": one table.
	together = together || len(obj) >= 2 && (c.partyAt(k+1) || c.sittingAfter(oend))
	if len(obj) == 0 {
		return
	}
	for _, o := range obj {
		if o.kind != schema.KindPerson && !c.groupOf(o, k+1, oend) {
			return
		}
	}
	if c.hostedForSummit(k, oend, subj, obj) || c.countryHosted(k, subj, obj) || c.hostedManyAtGathering(k, subj, obj) {
		return
	}
	obj = c.guestPronoun(k, subj, obj)
	for _, e := range c.addMeeting(k, subj, obj, together) {
		if len(obj) == 1 {
			e.guest = obj[0].canon()
		}
		c.meetingDetails(e, k)
		// "X hosted Y in Luanda": a guest received in a city came there.
		e.markIf(cueTrip, c.word(oend, "in") && oend+1 < len(c.toks) && c.at[oend+1] >= 0 && c.ms[c.at[oend+1]].kind == mCity)
	}
}

// sittingAfter reports one sitting named after "to" or "for" at j: "to a
// working breakfast", "for a closed-door dinner", "for a meeting", "for
// talks"; also after a closing comma or a phrase of place ("at the
// palace for talks").
func (c *sctx) sittingAfter(j int) bool {
	if j < len(c.toks) && c.toks[j].text == "," {
		j++ // "hosted A and B's minister, C, for a working breakfast"
	}
	if c.word(j, "in", "at") {
		// "hosted A and B at the fund's offices for talks": past the place.
		for q := j + 1; q < min(len(c.toks), j+8) && c.toks[q].kind != tokPunct; q++ {
			if c.word(q, "for", "to") {
				j = q
				break
			}
			if mi := c.at[q]; mi >= 0 && c.ms[mi].kind == mPerson {
				return false
			}
		}
	}
	if c.word(j, "for") && c.word(j+1, "talks", "consultations", "discussions") {
		return true // "hosted A and B for talks": one table
	}
	if !c.word(j, "to", "for") || !c.word(j+1, "a", "an") {
		return false
	}
	for q := j + 2; q < min(len(c.toks), j+7); q++ {
		if c.in(q, en.SittingNouns) || c.in(q, en.MealNouns) {
			return true
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "-" || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// thingReceived reports a thing, not a guest, after "received" at k:
// "received a letter", "received strong support", "investors received
// nine new shares each" (a quantity); not "hosted the two leaders".
func (c *sctx) thingReceived(k int) bool {
	for j := k + 1; j <= k+3 && j < len(c.toks); j++ {
		if c.word(j, "letter", "message", "award", "call", "calls", "support", "aid", "loan", "invitation", "letters", "messages", "invitations") {
			return true
		}
		if (hasDigit(c.toks[j].text) || c.in(j, en.SmallNumbers) || c.word(j, "one", "eight", "nine", "ten")) && !c.word(j-1, "the") || c.in(j, en.ThingNouns) {
			return true
		}
		if c.at[j] >= 0 {
			break
		}
	}
	return false
}

// credentialsReceived reads a head of state receiving envoys' credentials,
// each in an audience: "received the credentials of Ambassador X",
// "received letters of credence from A and B", "... from four envoys: A,
// B and C". It reports whether the object was credentials.
func (c *sctx) credentialsReceived(k int) bool {
	j := k + 1
	for j < min(len(c.toks), k+5) && !c.word(j, "credentials", "credence") {
		j++
	}
	if !c.word(j, "credentials", "credence") || !c.word(j+1, "of", "from") {
		return false
	}
	if c.modality(k) != schema.Occurred {
		return true
	}
	envoys := personsOf(c.listAfter(j + 2))
	if len(envoys) == 0 {
		for q := j + 2; q < len(c.toks); q++ {
			if c.toks[q].text == ":" {
				envoys = personsOf(c.labelList(q + 1)) // "from four envoys: A, B and C"
				break
			}
		}
	}
	subj := c.subjects(k)
	if len(envoys) == 0 {
		// The envoys may be named next, at this ceremony's date.
		c.st.credHost, c.st.credSent, c.st.credDay = subj, c.si, &event{typ: schema.Meeting, status: schema.Occurred, trig: k}
		c.dateFor(c.st.credDay, k)
	}
	c.audiences(k, subj, envoys, nil)
	return true
}

// audiences records a meeting of the receiver with each envoy apart,
// dated as the event day when its own sentence gives no date.
func (c *sctx) audiences(k int, receiver, envoys []*entity, day *event) {
	for _, v := range envoys {
		for _, e := range c.addMeeting(k, receiver, []*entity{v}, false) {
			c.meetingDetails(e, k)
			if day != nil && !e.dated() {
				e.date, e.dateFrom = day.date, borrowedDate
			}
		}
	}
}

// credentialsPresented reads envoys presenting credentials (the message
// noun at msg): "A and B presented their credentials to Y" is an audience
// of each with Y; "The diplomats who presented credentials were A and B",
// after a sentence that told Y received letters of credence, one of each
// with Y. It reports whether the message was credentials.
func (c *sctx) credentialsPresented(k, msg int) bool {
	cred := c.word(msg, "credentials") || c.word(msg, "letters", "letter") && c.word(msg+1, "of") && c.word(msg+2, "credence")
	if !cred {
		return false
	}
	envoys := personsOf(c.subjects(k))
	var receiver []*entity
	for j := msg + 1; j < min(len(c.toks), msg+8); j++ {
		if c.word(j, "to") && c.personAt(j+1) {
			obj, _ := c.objects(j+1, 1)
			receiver = personsOf(obj)
			break
		}
	}
	if len(envoys) == 0 && c.word(k-1, "who") {
		// "The diplomats who presented credentials were A and B"
		for j := msg + 1; j < min(len(c.toks), msg+6); j++ {
			if c.word(j, "were") {
				envoys = personsOf(c.listAfter(j + 1))
				break
			}
		}
	}
	var day *event
	if len(receiver) == 0 && c.st.credHost != nil && c.si-c.st.credSent <= 2 {
		receiver, day = c.st.credHost, c.st.credDay
	}
	c.audiences(k, receiver, envoys, day)
	return true
}

// counterpartsAtGathering reads "The host, X, received [at the venue] his
// counterparts A of B, C of D and E of F" told of the gathering in focus:
// the host and the counterparts attend it; no bilateral meetings.
func (c *sctx) counterpartsAtGathering(k int) bool {
	q := c.skipAdverbials(k + 1)
	if !c.word(q, "his", "her") || !c.word(q+1, "counterparts", "peers", "guests") {
		return false
	}
	g := c.st.lastGathering(c.si)
	if g == nil || c.si-g.sent > 2 || g.status != schema.Occurred || c.modality(k) != schema.Occurred {
		return false
	}
	hosts := c.subjects(k)
	if len(hosts) == 0 {
		// "The Argentine host, X, received": the person before the verb.
		for j := k - 1; j >= c.clauseStart(k); j-- {
			if mi := c.at[j]; mi >= 0 && c.ms[mi].kind == mPerson {
				if a := c.actor(mi); a != nil {
					hosts = []*entity{a}
				}
				break
			}
		}
	}
	for _, a := range append(hosts, c.listAfter(q+2)...) {
		if h := c.st.partyOf(a); h != nil && h.kind == schema.KindCountry {
			c.st.addAttendee(g, h)
		}
	}
	return true
}

// hostedManyAtGathering reads "X hosted A, B, C and D in a pavilion on
// the river" told just after a gathering: the host and the three or more
// guests are that gathering's attendees, not pairs meeting the host.
func (c *sctx) hostedManyAtGathering(k int, subj, obj []*entity) bool {
	if len(subj) != 1 || len(obj) < 2 || !allPersons(subj, obj) || !c.word(k, "hosted", "received", "welcomed") {
		return false
	}
	g := c.st.lastGathering(c.si)
	if g == nil || c.si-max(g.sent, g.seen) > 2 || g.status != schema.Occurred || c.modality(k) != schema.Occurred {
		return false
	}
	// Three or more guests, those "along with" them counted ("He
	// welcomed A and B, along with C"); two are a three-way meeting.
	guests := append(append([]*entity{}, obj...), personsOf(c.addedAttendees(k))...)
	if len(guests) < 3 {
		return false
	}
	for _, a := range append(append([]*entity{}, subj...), guests...) {
		c.st.addAttendee(g, a)
	}
	return true
}

// countryHosted reads "Laos hosted the Thai prime minister last month":
// a country (not a person of it) that hosts or receives
// foreign guests tells their visit, and no meeting with anyone named.
func (c *sctx) countryHosted(k int, subj, obj []*entity) bool {
	if len(subj) != 1 || subj[0].canon().kind != schema.KindCountry || !c.word(k, "hosted", "hosts", "received", "receives") {
		return false
	}
	host := subj[0].canon()
	for _, o := range obj {
		c.addVisit(k, o, host, c.modality(k), k, false)
	}
	return true
}

// hostedForSummit reads "X hosted A and B for the ninth trilateral
// summit", "X welcomed A and B to the Lakes summit": guests received for
// or welcomed to a summit, conference or ministerial attend
// that gathering, which the host's country hosts; no meeting besides.
func (c *sctx) hostedForSummit(k, oend int, subj, obj []*entity) bool {
	if len(subj) != 1 || len(obj) < 2 || oend < 0 {
		return false
	}
	// "... for the ninth summit", "welcomed A and B to the EAC summit",
	// "... to the convention centre for the summit".
	f, g := -1, -1
	for q := oend; q < min(len(c.toks), oend+14) && f < 0; q++ {
		if c.word(q, "for", "to") {
			if n := c.gatheringNoun(q+1, 8); n > 0 && (c.word(n, "summit", "conference", "ministerial", "forum") || c.groupMeeting(q+1, n)) {
				f, g = q, n
			}
			continue
		}
		if t := c.toks[q]; t.kind == tokPunct && t.text != "," || c.word(q, "and", "who", "which") {
			return false
		}
	}
	if f < 0 {
		return false
	}
	e := c.newGathering(k, g, f+1)
	if h := c.st.countryOf(subj[0]); h != nil && h.kind == schema.KindCountry {
		e.host = h
	}
	for _, a := range append(append([]*entity{}, subj...), obj...) {
		c.st.addAttendee(e, a)
	}
	return true
}

// phraseWithin reports a phrase of phrases starting within n tokens from j.
func (c *sctx) phraseWithin(j, n int, phrases [][]string) bool {
	for q := j; q < min(len(c.toks), j+n); q++ {
		if c.phraseAt(q, phrases) > 0 {
			return true
		}
	}
	return false
}

// travellersAt returns the two or more persons whose visits sentence si
// tells ("A and B flew to Jeddah"), or nil.
func (st *docState) travellersAt(si int) []*entity {
	if out := st.visitorsOf(si); len(out) >= 2 {
		return out
	}
	return nil
}

// themReceived returns the persons a "them" after a verb of receiving at
// k stands for: the subjects of its own sentence (pluralAntecedent), the
// travellers of the one before, or a pair told lately (pluralNear).
func (c *sctx) themReceived(k int) []*entity {
	if obj := c.pluralAntecedent(k); len(obj) > 0 {
		return obj
	}
	if obj := c.st.travellersAt(c.si - 1); len(obj) > 0 {
		return obj
	}
	return c.st.pluralNear(c.si)
}

// pluralAntecedent returns the persons a "them" at or after k stands for:
// the two or more coordinated subjects that open its sentence ("A and B
// flew to Lima, where Y received them"), or nil.
func (c *sctx) pluralAntecedent(k int) []*entity {
	// "after both presidents had flown to Baku, where X hosted them".
	for j := 0; j+2 < k; j++ {
		if c.word(j, "two", "both") && c.toks[j+1].kind == tokWord && !c.toks[j+1].upper {
			if pair := c.groupPair(j + 2); pair != nil {
				return pair
			}
		}
	}
	for j := 0; j < k; j++ {
		mi := c.at[j]
		if mi < 0 {
			continue
		}
		if c.ms[mi].kind != mPerson || c.notSubject(c.ms[mi], k) {
			return nil
		}
		for v := c.ms[mi].j; v < k; v++ {
			if t := c.toks[v]; t.kind == tokWord && !t.upper && c.at[v] < 0 && !c.word(v, "and") {
				subj := c.subjects(v)
				if len(subj) < 2 || !allPersons(subj, nil) {
					return nil
				}
				return subj
			}
		}
		return nil
	}
	return nil
}

// welcome reads "X welcomed Y to the palace", "X welcomes Y in Delhi for
// talks": a person welcomed to a place or an occasion. "X welcomed the
// decision" and "X welcomed Y's remarks" are not meetings, so the object
// must be people followed by to/at/in/for.
func (c *sctx) welcome(k int) {
	if c.modality(k) != schema.Occurred {
		return
	}
	if c.word(k-1, "was", "were", "been") {
		c.welcomedArrival(k)
		return
	}
	if c.word(k-1, "is", "be") {
		return
	}
	obj, end := c.objects(k+1, 12)
	if len(obj) >= 2 && c.hostedManyAtGathering(k, c.subjects(k), obj) {
		return // "The chair welcomed A, B and C" at the summit in focus: attendees
	}
	if len(obj) > 5 {
		return
	}
	if len(obj) == 0 || !c.word(end, "to", "at", "in", "for") && !c.welcomeEnds(k, end) {
		return
	}
	for _, o := range obj {
		if o.kind != schema.KindPerson {
			return
		}
	}
	subj := c.subjects(k)
	if len(obj) >= 2 && (c.hostedForSummit(k, end, subj, obj) || c.hostedManyAtGathering(k, subj, obj)) {
		return // "X welcomed A and B to the summit": attendees, no pairs
	}
	for _, e := range c.addMeeting(k, subj, obj, false) {
		c.meetingDetails(e, k)
		c.welcomedTo(e, end)
		if c.word(0, "in") && c.at[1] >= 0 && c.ms[c.at[1]].kind == mCity && c.ms[c.at[1]].i == 1 {
			c.welcomedAt(e, 1) // "In Paris, X welcomed him": welcomed to Paris
		}
		if len(obj) == 1 {
			e.guest = obj[0].canon()
		}
	}
}

// welcomeEnds reports a welcomed guest at k+1 whose phrase ends at end in
// the honours of a state welcome or the end of the clause ("welcomed him
// with military honours", "In Paris, X welcomed him."), in a sentence that
// names a place: a guest received, not an idea welcomed ("welcomed X's
// offer").
func (c *sctx) welcomeEnds(k, end int) bool {
	if mi := c.at[k+1]; mi < 0 || c.ms[mi].poss {
		return false
	}
	if !(end >= len(c.toks) || c.toks[end].text == "." || c.word(end, "with") && c.in(end+1, en.HonourWords) || c.word(end, "with") && c.in(end+2, en.HonourWords)) {
		return false
	}
	for _, m := range c.ms {
		if m.kind == mCity {
			return true
		}
	}
	return false
}

// welcomedArrival reads the passive "X and Y were welcomed to Oslo (by
// Z)": a ceremony on arrival, no meeting, but X and Y came to that
// country.
func (c *sctx) welcomedArrival(k int) {
	to := k + 1
	if !c.word(to, "to") || to+1 >= len(c.toks) || c.at[to+1] < 0 {
		return
	}
	mi := c.at[to+1]
	if m := c.ms[mi]; m.kind != mCity && m.kind != mCountry {
		return
	}
	host := c.hostAt(mi)
	for _, s := range c.subjects(k) {
		if s.kind == schema.KindPerson {
			c.addVisit(k, s, host, schema.Occurred, k, false)
		}
	}
}

// guestPronoun corrects a "him" or "her" right after a host's verb at k
// that stands for the last host: "A welcomed B on Monday. A day later, C
// hosted him": the one received along a tour is B, the guest.
func (c *sctx) guestPronoun(k int, subj, obj []*entity) []*entity {
	if len(obj) != 1 || !c.word(k+1, "him", "her") {
		return obj
	}
	for i := len(c.st.events) - 1; i >= 0; i-- {
		e := c.st.events[i]
		if e.sent >= c.si || e.typ != schema.Meeting {
			continue
		}
		if c.si-e.sent > 2 || e.guest == nil {
			return obj
		}
		if obj[0].canon() != e.guest && containsCanon(e.parts, obj[0]) && !containsCanon(e.parts, firstOf(subj)) {
			return []*entity{e.guest}
		}
		return obj
	}
	return obj
}

// firstOf returns the first of es, or nil.
func firstOf(es []*entity) *entity {
	if len(es) == 0 {
		return nil
	}
	return es[0]
}

// thereBefore returns the place a sentence opened by "There" refers to:
// the last city or country the sentence before named (a city and its
// country, or no city and the country), or nils.
func (c *sctx) thereBefore() (*entity, *entity) {
	if !c.word(0, "there") || c.si == 0 || c.word(1, "is", "are", "was", "were", "will", "has", "have", "had") {
		return nil, nil // "There were talks": no place
	}
	ms := c.st.ms[c.si-1]
	for mi := len(ms) - 1; mi >= 0; mi-- {
		m := ms[mi]
		if m.iso3 == "" || m.modifier || m.poss {
			continue // ("..., Malawi's first as a member": no place gone to)
		}
		switch m.kind {
		case mCity:
			return c.st.city(m.name, m.iso3), c.st.country(m.iso3)
		case mCountry:
			return nil, c.st.country(m.iso3)
		}
	}
	return nil, nil
}

// counted reports a count of occurrences after the trigger at k, in its
// clause: "met him on two occasions", "have met twice".
func (c *sctx) counted(k int) bool {
	for j := k + 1; j < min(len(c.toks), k+10); j++ {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.in(j, en.CountedTimes) {
			return true
		}
	}
	return false
}

// meetingDetails fills the date, place and topics of a meeting.
func (c *sctx) meetingDetails(e *event, k int) {
	c.dateFor(e, k)
	if e.mode == schema.InPerson && c.phoneAfterObject(k) {
		e.mode = schema.Telephone // "conferred with X by phone"
	}
	e.markIf(cueSince, c.word(k-1, "since") || c.word(k-2, "since") || c.word(k-3, "since"))
	e.markIf(cueTrip, c.hasClass(en.JourneyNouns))
	for j := 0; j+1 < len(c.toks); j++ {
		if j > k && c.word(j, "that", "which", "who", "said", "says") {
			break // "after meeting X that rain in Kenya ...": another clause
		}
		if c.word(j, "in", "at") && c.at[j+1] >= 0 {
			if m := c.ms[c.at[j+1]]; m.kind == mCountry || m.kind == mCity {
				e.inCountry = c.hostAt(c.at[j+1])
				// "In Seoul, X was received by Y": a stop of a journey
				// the story follows.
				if j == 0 && m.kind == mCity && m.j < len(c.toks) && c.toks[m.j].text == "," {
					e.mark(cueTrip)
				}
				break
			}
		}
	}
	if !e.dated() && (c.hasClass(en.VagueTimes) || c.counted(k) || c.seasonTime(k)) {
		e.mark(cueVague)
	}
	if city, country := c.thereBefore(); country != nil && e.inCountry == nil {
		// "..., coming from Harare. There, on Thursday, he met X": the
		// place the sentence before named last.
		e.place, e.inCountry = city, country
		e.mark(cueTrip | cueThere)
		// "The trip opened in Oslo on Monday. There X met Y": that day.
		if ds := c.st.dates[c.si-1]; !e.dated() && len(ds) == 1 && ds[0].Date.Precision == schema.PrecisionDay && !ds[0].Future {
			e.setDate(ds[0].Date)
		}
	} else {
		c.placeFor(e, k)
	}
	c.whereScene(e, k)
	e.topics = c.topics(k)
	// "on the sidelines/margins of"
	for j := 0; j < len(c.toks)-1; j++ {
		if c.in(j, en.SidelineWords) {
			var g *event
			if c.word(j+1, "of") {
				g = c.sidelineGathering(j+2, e)
			} else if c.word(j-1, "the") {
				// "met on its sidelines": of the gathering already read.
				if g = c.st.lastGathering(c.si); g != nil {
					for _, p := range e.parts {
						c.st.addAttendee(g, p)
					}
				}
			}
			e.sidelines = g
			if g != nil && !e.dated() && g.dated() {
				e.setDate(g.date)
			}
			break
		}
	}
	// "according to a statement from X", "X sources said"
	e.reported = c.reportedBy()
	c.againOccasion(e, k)
}

// againOccasion reads a second sitting of the same parties told after
// "and" with its own place and date, closing the clause ("met in A in
// March 2022 and again in B in May 2023", "their talks in A in 2022 and
// at B last year"): a meeting of its own.
func (c *sctx) againOccasion(e *event, k int) {
	if e.typ != schema.Meeting || e.status != schema.Occurred || !e.dated() {
		return
	}
	for j := k + 1; j+2 < len(c.toks); j++ {
		if c.toks[j].kind == tokPunct && c.toks[j].text != "," || c.word(j, "who", "which", "that") {
			return
		}
		if slices.ContainsFunc(en.Lookup(c.toks[j].lower), func(t en.Trigger) bool { return t.Event == schema.Meeting }) {
			return // (another meeting's phrase follows)
		}
		if !c.word(j, "and") {
			continue
		}
		q := j + 1
		for c.in(q, en.SequelAdverbs) || c.in(q, en.RepeatAdverbs) {
			q++ // "and again in B", "and later at B"
		}
		if !c.word(q, "in", "at") {
			continue
		}
		for _, d := range c.st.dates[c.si] {
			from, to := c.s.start+d.Start, c.s.start+d.End
			if from < c.toks[q].start || d.Date.IsZero() || d.Future || d.Date == e.date || !c.clauseEndsAt(to) || !c.plainUpTo(q, from) {
				continue
			}
			o := &event{typ: schema.Meeting, status: schema.Occurred, mode: e.mode, parts: e.parts, sent: e.sent, trig: q, conf: e.conf}
			o.setDate(d.Date)
			c.placeFor(o, q-1)
			c.st.events = append(c.st.events, o)
			return
		}
		return
	}
}

// plainUpTo reports whether the few tokens from q up to byte offset off
// hold no verb and no pronoun: one phrase of place, not a clause of its
// own ("and at noon she flew on to ...").
func (c *sctx) plainUpTo(q, off int) bool {
	for j := q; j < len(c.toks) && c.toks[j].start < off; j++ {
		if j > q+8 || c.pastForm(j) || len(en.Lookup(c.toks[j].lower)) > 0 || c.at[j] >= 0 && c.ms[c.at[j]].kind == mPronoun {
			return false
		}
	}
	return true
}

// clauseEndsAt reports whether the text at byte offset off ends the
// clause: punctuation or the sentence's end follows.
func (c *sctx) clauseEndsAt(off int) bool {
	for _, t := range c.toks {
		if t.start >= off {
			return t.kind == tokPunct
		}
	}
	return true
}

// reportedBy finds the source a sentence cites ("according to X", "...,
// the ministry said", "Italian sources said").
func (c *sctx) reportedBy() *entity {
	n := len(c.toks)
	for j := n - 1; j > 0 && j >= n-6; j-- {
		if c.word(j, "said", "says", "reported", "announced", "added") && c.toks[j-1].kind == tokWord {
			for q := j - 1; q >= max(0, j-5); q-- {
				if c.toks[q].text == "," {
					break
				}
				if mi := c.at[q]; mi >= 0 {
					if a := c.actor(mi); a != nil && a.kind != schema.KindCity {
						return a
					}
					if c.ms[mi].kind == mDemonym {
						return c.st.country(c.ms[mi].iso3)
					}
				}
			}
			break
		}
	}
	for j := 0; j+1 < len(c.toks); j++ {
		if c.word(j, "according") && c.word(j+1, "to") {
			for q := j + 2; q < min(len(c.toks), j+10); q++ {
				if c.at[q] >= 0 {
					if a := c.actor(c.at[q]); a != nil {
						return a
					}
				}
			}
		}
	}
	return nil
}

// bareWeekday reports whether a date expression is a weekday alone ("on
// Tuesday", "Tuesday evening"), which the text's tense places before or
// after publication.
func bareWeekday(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) > 0 && ws[0] == "on" {
		ws = ws[1:]
	}
	if len(ws) == 0 || !en.WeekdayWords[ws[0]] {
		return false
	}
	return len(ws) == 1 || len(ws) == 2 && en.DayParts[ws[1]]
}

// bareMonth reports whether a date expression is a month name without a
// year ("in April", "late April", "mid-May").
func bareMonth(text string) bool {
	ws := strings.Fields(strings.ToLower(strings.ReplaceAll(text, "-", " ")))
	for len(ws) > 1 && (ws[0] == "in" || ws[0] == "late" || ws[0] == "early" || ws[0] == "mid" || ws[0] == "the" || ws[0] == "end" || ws[0] == "of") {
		ws = ws[1:]
	}
	return len(ws) == 1 && en.MonthNames[ws[0]] != 0
}

// dateFor sets an event's date from the date expression of its sentence
// nearest the trigger.
func (c *sctx) dateFor(e *event, k int) {
	ds := c.st.dates[c.si]
	if e.typ == schema.Visit && c.returnOf(e.trig) {
		// "who returns from a state trip on Sunday": the day of the
		// return, not of the visit.
		return
	}
	if d, ok := c.anaphoricDay(k); ok {
		e.date, e.dateFrom = d, borrowedDate
		return
	}
	if len(ds) == 0 {
		// "since the 2014 visit to Australia": a year modifying the
		// event noun.
		if y := c.yearBefore(e.trig); y != 0 {
			e.setDate(schema.Year(y))
		}
		return
	}
	trigOff := c.toks[k].start - c.s.start
	aside := c.asideBefore(k)
	bestI, bestD := -1, 1<<30
	for i, d := range ds {
		if d.Date.IsZero() && !d.Relative {
			continue
		}
		if c.separated(d.Start+c.s.start, d.End+c.s.start, k) || c.attributiveDate(d.Start+c.s.start, d.End+c.s.start) || c.possessiveDateElsewhere(d.End+c.s.start, k) {
			continue
		}
		if e.typ == schema.Meeting && c.otherDeedBetween(k, d.Start+c.s.start) {
			continue
		}
		if c.deadline(d) {
			continue // "agreed to spend more by 2035": a target's date, no event's
		}
		if off := d.Start + c.s.start; off > aside[0] && off < aside[1] {
			continue // "was in X on Monday, his first trip since June, for talks"
		}
		dist := d.Start - trigOff
		if dist < 0 {
			dist = -dist + 20 // prefer expressions after the trigger a little
		}
		if c.dayOfSaying(d.Start+c.s.start, k) {
			dist += 1000 // "X said on Tuesday he met Y on Monday": the saying's, a last resort
		}
		if dist < bestD {
			bestI, bestD = i, dist
		}
	}
	if bestI < 0 {
		return
	}
	d := ds[bestI]
	e.setDate(d.Date)
	e.endDate = d.EndDate
	future := !d.Future && (c.hasClass(en.FutureTense) || c.scheduledPresent(e.trig))
	// "later on Wednesday", written on a Wednesday: that same day.
	e.markIf(cueWeekday, future && bareWeekday(d.Text) && !c.laterBefore(d.Start+c.s.start))
	e.markIf(cueBareMonth, future && bareMonth(d.Text))
	if prior := c.priorDeed(k); prior != nil && bareWeekday(d.Text) && d.Start > trigOff {
		c.afterPrior(e, prior)
	}
	low := strings.ToLower(d.Text)
	if (d.Future || strings.HasPrefix(low, "later this") || strings.HasPrefix(low, "next ") || strings.HasPrefix(low, "this coming") || strings.HasPrefix(low, "coming ")) && e.status == schema.Occurred {
		e.status = schema.Planned
	}
	if !d.Date.IsZero() && !c.st.a.Published.IsZero() && d.Date.Time.After(c.st.a.Published) && e.status == schema.Occurred && d.Date.Precision == schema.PrecisionDay {
		e.status = schema.Planned
	}
}

// asideBefore returns the byte offsets of the commas around the phrase
// set off right before the "for" of the purpose noun at k
// (parentheticalBefore), whose dates are the aside's, not the talks'; an
// empty span when there is none.
func (c *sctx) asideBefore(k int) [2]int {
	if n := c.parentheticalBefore(k); n > 0 {
		return [2]int{c.toks[k-1-n].start, c.toks[k-2].start}
	}
	return [2]int{}
}

// priorDeed returns the event of the sentence told before the phrase
// "before" and a determiner that the event noun at k closes ("met Y on
// Monday, before a summit on Thursday"), or nil. ("Ahead of a summit"
// is a plan already: en.FutureCues.)
func (c *sctx) priorDeed(k int) *event {
	j := k - 1
	for j > 0 && k-j <= 6 && (c.toks[j].kind == tokWord || c.toks[j].text == "-") && !c.word(j, "before", "ahead") && (c.at[j] < 0 || c.ms[c.at[j]].kind == mCountry) {
		j--
	}
	if !c.word(j, "before") || !c.word(j+1, "a", "an", "the", "their", "his", "her", "its") {
		return nil // "before flying on to X": a deed of the subject's, no noun
	}
	var prior *event
	for _, o := range c.st.events {
		if o.sent == c.si && o.trig < j && o.typ != schema.Gathering {
			prior = o
		}
	}
	return prior
}

// afterPrior dates event e, told after "before" an earlier deed of its
// sentence, on or after that deed: its bare weekday is the next such day
// after a deed on a known day ("met Y on Monday, before the summit on
// Thursday": that week's Thursday), and it is as planned as a planned
// deed ("will meet Y on Wednesday, before a summit on Thursday").
func (c *sctx) afterPrior(e, prior *event) {
	if prior.status == schema.Planned {
		e.status = schema.Planned
		e.mark(cueWeekday)
		return
	}
	if prior.date.Precision == schema.PrecisionDay && e.date.Precision == schema.PrecisionDay && !e.date.Time.After(prior.date.Time) {
		e.date = schema.Day(e.date.Time.AddDate(0, 0, 7))
	}
	if pub := c.st.a.Published; !pub.IsZero() && e.date.Time.After(pub) {
		e.status = schema.Planned
	}
}

// earlierSitting reports talks, a meeting or a gathering named within
// three words from q: the other event of "since talks in X", "days after
// a summit in Y".
func (c *sctx) earlierSitting(q int) bool {
	for j := q; j < min(len(c.toks), q+3); j++ {
		if c.sittingNoun(j) || c.in(j, en.GatheringNouns) {
			return true
		}
		if c.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// deadline reports a year or month after "by" that has not come when the
// text is written: the date of a target ("agreed to spend more by 2035"),
// not of the deed told beside it ("By November it was his turn to travel"
// is the deed's time).
func (c *sctx) deadline(d timex.Match) bool {
	pub := c.st.a.Published
	if pub.IsZero() || d.Date.Precision != schema.PrecisionYear && d.Date.Precision != schema.PrecisionMonth || !d.Date.Time.After(pub) {
		return false
	}
	j := c.tokenFrom(d.Start + c.s.start)
	return j < len(c.toks) && c.word(j-1, "by")
}

// dayOfSaying reports a date starting at text offset ds that dates a verb
// of saying before it ("said on Tuesday", "told reporters late on
// Monday") while the event at k is told after it.
func (c *sctx) dayOfSaying(ds, k int) bool {
	j := 0
	for j < len(c.toks) && c.toks[j].start < ds {
		j++
	}
	if j >= k {
		return false
	}
	for q := j - 1; q >= max(0, j-4); q-- {
		switch {
		case c.in(q, en.SayVerbs):
			return true
		case !c.word(q, "on", "late", "early", "reporters", "journalists", "the", "press"):
			return false
		}
	}
	return false
}

// laterClause reports a clause of its own, ", and" and a past verb,
// between tokens k and at.
func (c *sctx) laterClause(k, at int) bool {
	for j := k + 1; j+2 < at; j++ {
		if c.toks[j].text == "," && c.word(j+1, "and") && (c.pastForm(j+2) || c.pastForm(j+3)) {
			return true
		}
	}
	return false
}

// returnOf reports a visit noun at k told through the return from it:
// "returns from a visit to", "came back from a trip to".
func (c *sctx) returnOf(k int) bool {
	if !c.word(k, "visit", "trip", "tour") {
		return false
	}
	for j := k - 1; j >= max(1, k-4) && c.toks[j].kind == tokWord && c.at[j] < 0; j-- {
		if c.word(j, "from") {
			return c.word(j-1, "returns", "returned", "returning", "return", "back", "home")
		}
	}
	return false
}

// attributiveDate reports a date that names another thing: "the February
// 22 Paris accords", "the June 5 vote" (after "the", before a noun),
// "the Lome Declaration of June 2019" (after "of" a document).
func (c *sctx) attributiveDate(ds, de int) bool {
	before, after := -1, -1 // the tokens either side of the date
	for j, t := range c.toks {
		if t.end <= ds {
			before = j
		}
		if t.start >= de && after < 0 {
			after = j
		}
	}
	if before > 0 && c.word(before, "of") && c.in(before-1, en.DocumentNouns) {
		return true // "the Ankara Declaration of May 2021": the document's date
	}
	if before < 0 || after < 0 || !c.word(before, "the") {
		return false
	}
	t := c.toks[after]
	if en.EventHeads[t.lower] || en.GatheringNouns[t.lower] || c.in(after, en.MeetingNouns) || en.TripWords[t.lower] {
		return false // "chaired the June 12-14 meeting": the event's own date
	}
	return t.kind == tokWord && !c.word(after, "of", "in", "at", "and", "or", "to", "when", "after", "before", "as", "for", "with", "on")
}

// possessiveDateElsewhere reports a possessive day ending at de ("Saturday's
// session", "next week's summit") that dates an event the trigger at k
// comes before, when k lies outside that phrase: "Ahead of Saturday's
// session, X flew to Y", "X arrived for Monday's summit" are no flights on
// that day ("met Y at Saturday's summit" is a meeting on it).
func (c *sctx) possessiveDateElsewhere(de, k int) bool {
	last := -1
	for j, t := range c.toks {
		if t.end == de || t.end == de+2 && t.poss {
			last = j
			break
		}
	}
	if last < 0 || !c.toks[last].poss {
		return false
	}
	first := last
	for first > 0 && c.toks[first-1].kind == tokWord && (c.in(first-1, en.WeekdayWords) || c.word(first-1, "last", "next", "this", "week", "month")) {
		first--
	}
	if !c.word(first-1, "before", "until", "for", "towards", "toward") && !(c.word(first-1, "of") && c.word(first-2, "ahead")) {
		return false
	}
	end := last + 1
	for end < len(c.toks) && end < last+7 && c.toks[end].kind == tokWord && !c.word(end, "of", "in", "at", "on", "with", "between", "by", "for", "was", "were", "is", "had", "has") {
		end++
	}
	return k <= last || k >= end
}

// inRelative reports whether token k lies in a relative clause opened
// before it in its clause (", who met Y").
func (c *sctx) inRelative(k int) bool {
	for j := k - 1; j > 0; j-- {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.word(j, "who", "which", "whose") && c.toks[j-1].text == "," {
			return true
		}
	}
	return false
}

// wrapsUp reports whether tokens [from, k) in one clause end a visit
// ("she wrapped up her visit to", "concluding his visit to").
func (c *sctx) wrapsUp(from, k int) bool {
	verb := false
	for j := from; j < k; j++ {
		if c.toks[j].kind == tokPunct {
			return false
		}
		if c.word(j, "wrapped", "wrapping", "concluded", "concluding", "ended", "ending", "completed", "completing", "finished", "finishing") {
			verb = true
		}
		if verb && c.word(j, "visit", "trip", "tour", "stay") {
			return true
		}
	}
	return false
}

// wrapUpThenLeave reports whether the "and" at j joins the end of a visit
// to a departure ("ended a visit on Friday and left for Ottawa"):
// the departure is on the day the visit ended.
func (c *sctx) wrapUpThenLeave(j int) bool {
	if !c.word(j+1, "left", "departed", "headed") {
		return false
	}
	for q := j - 1; q >= 0 && c.toks[q].kind != tokPunct; q-- {
		if c.word(q, "wrapped", "concluded", "ended", "completed", "wound", "finished") {
			return true
		}
	}
	return false
}

// yearBefore returns the year written right before an event noun at k
// ("the 2014 visit", "the 2019 summit"), or 0.
func (c *sctx) yearBefore(k int) int {
	if k < 2 || !c.word(k, "visit", "trip", "summit", "meeting", "talks", "tour") || !c.word(k-2, "the", "his", "her", "their", "a") {
		return 0
	}
	t := c.toks[k-1]
	if len(t.text) != 4 {
		return 0
	}
	y, err := strconv.Atoi(t.text)
	if err != nil || y < 1900 || y > 2099 {
		return 0
	}
	return y
}

// anaphoricDay dates an event by the day in focus when its sentence points
// back to it instead of naming one:
//
//   - "that afternoon", "that evening", "later that day", "the same day",
//     "in the afternoon", "later in the day" take the last day named before the phrase in the sentence ("arrived on
//     Saturday and held talks that afternoon"), else the first day of the
//     nearest of the previous six sentences naming a date; "the next day",
//     "the following day" take the day after;
//   - a sentence opening on a definite agreement noun ("The agreement was
//     concluded during a meeting ...") takes the day of the previous
//     sentence, which reported that agreement;
//   - "before/after the signing" takes the day of the latest earlier
//     sentence that reports a signing.
func (c *sctx) anaphoricDay(k int) (schema.Date, bool) {
	shift, at := 0, -1
	for j := 0; j+1 < len(c.toks) && at < 0; j++ {
		switch {
		case c.word(j, "that") && c.word(j+1, "afternoon", "evening", "morning", "night", "day"):
			shift, at = 0, j
		case c.word(j, "same") && c.word(j-1, "the") && c.word(j+1, "day", "afternoon", "evening"):
			shift, at = 0, j
		case c.word(j, "the") && c.word(j-1, "in", "of") && c.word(j+1, "afternoon", "evening", "morning", "day") && !c.word(j+2, "of", "before", "after") && !(c.word(j+1, "day") && !c.word(j-2, "later", "earlier")):
			// "in the afternoon", "at the end of the afternoon", "later in the day"
			shift, at = 0, j
		case c.word(j, "by") && (c.in(j+1, en.DayParts) || c.word(j+1, "late", "early", "mid") && c.in(j+2, en.DayParts) || c.word(j+1, "nightfall", "midday", "noon", "lunchtime", "dusk")):
			// "By late afternoon X was in London", "by nightfall": later
			// on the day in focus.
			shift, at = 0, j
		case c.word(j, "next", "following") && c.word(j-1, "the") && c.word(j+1, "day", "morning"):
			shift, at = 1, j
		case c.word(j, "day") && c.word(j-1, "the") && c.word(j+1, "before") && !c.word(j+2, "the", "a", "an", "his", "her", "their", "its") && c.at[min(j+2, len(c.toks)-1)] < 0,
			c.word(j, "previous") && c.word(j-1, "the") && c.word(j+1, "day", "evening"),
			c.word(j, "eve") && c.word(j-1, "the") && c.word(j+1, "of") && (en.GatheringNouns[c.toks[min(j+3, len(c.toks)-1)].lower] || c.word(j+2, "the") && c.gatheringNoun(j+3, 4) > 0):
			// "the day before", "the previous day", "on the eve of the
			// summit": the day before the one in focus.
			shift, at = -1, j
		case c.word(j, "day", "days") && c.word(j+1, "later") && j > 0 && (c.word(j-1, "a") || timex.NumberWord(c.toks[j-1].lower) > 0) && j > k:
			// "landed on Thursday and met Y a day later": the day after
			// the one the sentence named before.
			shift, at = max(1, timex.NumberWord(c.toks[j-1].lower)), j-1
		case c.word(j, "day", "days") && c.word(j+1, "after", "before") && j > 0 && timex.NumberWord(c.toks[j-1].lower) > 0 && k > j+1 && c.toks[j-1].kind != tokPunct:
			// "reached Rome on Friday, one day after he held talks in
			// Paris": the talks were the day before.
			n := timex.NumberWord(c.toks[j-1].lower)
			if c.word(j+1, "after") {
				n = -n
			}
			shift, at = n, j-1
		}
	}
	if at >= 0 && c.relativeAround(at, k) {
		return schema.Date{}, false // "X, who landed the previous evening, met Y"
	}
	if at > k && c.laterClause(k, at) {
		// "when X held talks with Y, and continued to Z the following
		// day": the day of a later clause.
		return schema.Date{}, false
	}
	if at >= 0 {
		off := c.toks[at].start - c.s.start
		trig := c.toks[k].start - c.s.start
		lo, hi := min(off, trig), max(off, trig)
		for _, d := range c.st.dates[c.si] {
			if d.Start >= lo && d.Start < hi || d.Start >= off && d.Start < off+len("the same day") {
				// The trigger has a date of its own, or the phrase
				// belongs to another event of the sentence.
				return schema.Date{}, false
			}
		}
		if d, ok := lastDay(c.st.dates[c.si], off); ok {
			return schema.Day(d.Time.AddDate(0, 0, shift)), true
		}
		// The nearest of the previous six sentences that names a date: the day in
		// focus stays until another date is named.
		for i := c.si - 1; i >= 0 && i >= c.si-6; i-- {
			if d, ok := firstDay(c.st.mainDates(i)); ok {
				return schema.Day(d.Time.AddDate(0, 0, shift)), true
			}
			if len(c.st.dates[i]) > 0 {
				break
			}
		}
		return schema.Date{}, false
	}
	if len(c.st.dates[c.si]) > 0 || c.si == 0 {
		return schema.Date{}, false
	}
	if d, ok := c.laterThan(); ok {
		return d, true
	}
	if c.word(0, "the") && c.word(1, "agreement", "deal", "pact", "accord", "treaty", "declaration", "memorandum") {
		if ds := c.st.dates[c.si-1]; len(ds) == 1 {
			if d, ok := lastDay(ds, 1<<30); ok {
				return d, true
			}
		}
		return schema.Date{}, false
	}
	for j := 0; j+2 < len(c.toks); j++ {
		if c.word(j, "before", "after") && c.word(j+1, "the") && c.word(j+2, "signing") {
			for i := c.si - 1; i >= 0 && i >= c.si-6; i-- {
				s := c.st.doc.sentences[i]
				low := strings.ToLower(c.st.a.Text[s.start:s.end])
				if !strings.Contains(low, "signed") && !strings.Contains(low, "signing") {
					continue
				}
				if d, ok := lastDay(c.st.dates[i], 1<<30); ok {
					return d, true
				}
			}
			break
		}
	}
	return schema.Date{}, false
}

// laterThan reads "a week later", "two days later", "a month later" in a
// sentence with no date of its own: the date of the latest earlier
// sentence that names one, moved on by the interval at the precision that
// date has ("In July 2018 A flew to B. A week later C paid a return visit"
// is July 2018).
func (c *sctx) laterThan() (schema.Date, bool) {
	days, months := -1, 0
	for j := 1; j+1 < len(c.toks) && days < 0; j++ {
		if !c.word(j+1, "later") {
			continue
		}
		n := 1
		if c.word(j-1, "two") {
			n = 2
		} else if c.word(j-1, "three") {
			n = 3
		} else if !c.word(j-1, "a", "one") {
			continue
		}
		switch {
		case c.word(j, "day", "days"):
			days = n
		case c.word(j, "week", "weeks"):
			days = 7 * n
		case c.word(j, "month", "months"):
			days, months = 0, n
		}
	}
	if days < 0 {
		return schema.Date{}, false
	}
	for i := c.si - 1; i >= 0 && i >= c.si-3; i-- {
		for _, d := range c.st.mainDates(i) {
			if d.Date.IsZero() || d.Future {
				continue
			}
			t := d.Date.Time.AddDate(0, months, days)
			switch d.Date.Precision {
			case schema.PrecisionDay:
				return schema.Day(t), true
			case schema.PrecisionMonth:
				if days < 28 && months == 0 {
					return d.Date, true // the same month, as far as the text tells
				}
				return schema.Month(t.Year(), t.Month()), true
			default:
				return d.Date, true
			}
		}
	}
	return schema.Date{}, false
}

// mainDates returns the date expressions of sentence i outside relative
// clauses (", who arrived on Sunday,"): those of its main events.
func (st *docState) mainDates(i int) []timex.Match {
	s := st.doc.sentences[i]
	var out []timex.Match
	// "After landing late Wednesday, X was received on Friday": a fronted
	// phrase up to its comma is no main clause.
	fronted := -1
	if len(s.toks) > 1 && (s.toks[0].lower == "after" || s.toks[0].lower == "before" || s.toks[0].lower == "following" || s.toks[0].lower == "having" || s.toks[0].lower == "upon") && strings.HasSuffix(s.toks[1].lower, "ing") {
		for _, t := range s.toks {
			if t.text == "," {
				fronted = t.start - s.start
				break
			}
		}
	}
	for _, d := range st.dates[i] {
		if d.Start < fronted {
			continue
		}
		in := false
		for j, t := range s.toks {
			if t.start-s.start >= d.Start {
				break
			}
			switch {
			case t.text == "," && j+1 < len(s.toks) && (s.toks[j+1].lower == "who" || s.toks[j+1].lower == "which" || s.toks[j+1].lower == "where" || s.toks[j+1].lower == "whose"):
				in = true
			case t.text == "," && j > 0 && s.toks[j-1].upper && s.toks[j-1].kind == tokWord && j+1 < len(s.toks) && !s.toks[j+1].upper && (en.IrregularParticiples[s.toks[j+1].lower] || strings.HasSuffix(s.toks[j+1].lower, "ed")) && closesSoon(s.toks, j+1):
				in = true // "X, sworn in on Friday, arrived on Monday": an appositive's day
			case t.text == "," || t.text == ";":
				in = false
			}
		}
		if !in {
			out = append(out, d)
		}
	}
	return out
}

// closesSoon reports a comma within twelve tokens after j: the end of an
// appositive ("X, sworn in on Friday, arrived"), not a main verb's clause
// ("X, the head of state, completed on Thursday a tour of ...").
func closesSoon(toks []token, j int) bool {
	for q := j; q < min(len(toks), j+12); q++ {
		if toks[q].text == "," {
			return true
		}
		if toks[q].text == "." || toks[q].text == ";" {
			return false
		}
	}
	return false
}

// firstDay returns the first day-precision date among ds, the date in
// focus of its sentence (later ones tend to sit in subordinate clauses: "his
// first trip since she was sworn in on 9 May").
func firstDay(ds []timex.Match) (schema.Date, bool) {
	for _, d := range ds {
		if !d.Date.IsZero() && d.Date.Precision == schema.PrecisionDay && !d.Future {
			return d.Date, true
		}
	}
	return schema.Date{}, false
}

// lastDay returns the last day-precision date among ds that starts before
// byte offset off.
func lastDay(ds []timex.Match, off int) (schema.Date, bool) {
	var out schema.Date
	ok := false
	for _, d := range ds {
		if d.Start < off && !d.Date.IsZero() && d.Date.Precision == schema.PrecisionDay && !d.Future {
			out, ok = d.Date, true
		}
	}
	return out, ok
}

// separated reports whether a date expression at byte span [ds, de) belongs
// to another clause than trigger k: a relative clause (", who arrived last
// night"), or an earlier coordinated verb ("arrived on Saturday and has
// since met", "came in overnight from a meeting").
// conjoinedNames reports an "and" at j between two names that open the
// clause after a date ending at offset de: no verb stands between them.
func (c *sctx) conjoinedNames(j, de int) bool {
	if j < 1 || j+1 >= len(c.toks) || c.at[j-1] < 0 || c.at[j+1] < 0 {
		return false
	}
	for q := j - 1; q >= 0 && c.toks[q].start >= de; q-- {
		if c.word(q, "led", "headed") && c.word(q+1, "by") {
			continue // "a team led by A and B": a participle, no verb of a clause
		}
		if t := c.toks[q]; t.kind == tokWord && !t.upper && c.at[q] < 0 && (isVerbish(t.lower) || len(en.Lookup(t.lower)) > 0) {
			return false
		}
	}
	return true
}

// listAnd reports an "and" at j between two names whose second is followed
// by a preposition or punctuation, not a verb: the "and" of a list of
// objects ("joined A and B for a summit"), no clause's.
func (c *sctx) listAnd(j int) bool {
	if j < 1 || j+1 >= len(c.toks) || c.at[j-1] < 0 || c.at[j+1] < 0 {
		return false
	}
	end := c.ms[c.at[j+1]].j
	return end < len(c.toks) && (c.toks[end].kind == tokPunct || c.word(end, "for", "of", "in", "at", "to", "on", "from"))
}

// sinceYearThen reports "since 2019 on Friday" at j: a year after "since",
// then the event's own day at ds.
func (c *sctx) sinceYearThen(j, ds int) bool {
	if !c.word(j, "since") || j+3 >= len(c.toks) || !hasDigit(c.toks[j+1].text) {
		return false
	}
	return ds == c.toks[j+2].start && c.word(j+2, "last", "this", "yesterday") || c.word(j+2, "on", "in", "at") && ds == c.toks[j+3].start
}

func (c *sctx) separated(ds, de, k int) bool {
	if ds > c.toks[k].start {
		return c.separatedAfter(ds, de, k)
	}
	paren := 0
	for j := k - 1; j >= 0 && c.toks[j].start >= de; j-- {
		switch c.toks[j].text {
		case ")":
			paren++
		case "(":
			paren--
		}
		if paren > 0 {
			continue // "(local time; same day in Tokyo)": an aside
		}
		if c.toks[j].text == ";" {
			return true // "X landed on Tuesday; his talks with Y are set for ..."
		}
		if o := c.relativeOpen(j); o >= 0 && c.toks[o].start >= de {
			// "On May 2, X, who is in Rome from May 1 to 3, met Y": the
			// relative clause between the date and the trigger is an
			// aside.
			j = o
			continue
		}
		if c.word(j, "and") && c.wrapUpThenLeave(j) {
			continue
		}
		if c.word(j, "and") && c.conjoinedNames(j, de) {
			continue // "Last month A and B flew to Lima"
		}
		if c.word(j, "and") && c.listAnd(j) {
			continue // "On Tuesday, X joined A and B for a summit": a list, no clause
		}
		if c.word(j, "and") && c.frontedDate(ds, de) && c.noMentionBetween(j+1, k) {
			continue // "On May 2, X resurfaced in Y and held talks": the subject's two deeds
		}
		if c.word(j, "and") && c.sameDayDeed(j, k, de) {
			continue // "X landed in Y on Sunday and saw Z": the day of both deeds
		}
		if c.word(j, "after") && c.wrapsUp(j+1, k) {
			// "flew to Manila on Monday after she ended a visit to
			// Malaysia": the visit ended the day the next leg began.
			continue
		}
		if c.word(j, "after", "following") && j == k-1 && (c.saidOn(ds) || c.frontedDate(ds, de) && !c.travelBetween(de, j)) {
			// "A and B said on Thursday after talks", "On June 10, A
			// and B signed a pact after talks": the talks were that day;
			// not so "On June 10, A flew home after talks".
			continue
		}
		if c.word(j, "before") && k-j <= 4 && strings.HasSuffix(c.toks[j+1].lower, "ing") && (c.frontedDate(ds, de) || c.dateBeforeSubject(de)) {
			// "In Lima on Monday, X had lunch with Y, before flying to
			// Quito": the leg left that day.
			continue
		}
		if c.word(j, "before", "after") && strings.HasSuffix(c.toks[j+1].lower, "ing") && c.rightAfterDate(j, de) && c.commaIn(j, k) {
			// "On Tuesday before leaving X, Y called Z", "Y had, on
			// Tuesday before leaving X, called Z": the day's phrase.
			continue
		}
		if c.word(j, "which") && c.word(j-1, "after", "following") {
			// "a ceremony on Monday, after which they held talks": the
			// talks followed on the day of what came before.
			j--
			continue
		}
		if c.word(j, "before", "after") && c.word(j+1, "the", "a", "an", "his", "her", "their", "its") && c.commaPhrase(j, k) {
			// "On Monday evening, after the state banquet, X sat down
			// with Y": a phrase set off by commas, no clause.
			continue
		}
		if c.word(j, "and", "where") && ds-c.s.start <= len("In ") {
			// "In May 1974 X shuttled between A, where he met Y, and B,
			// where he saw Z": a date that opens the sentence holds for
			// its clauses.
			continue
		}
		if c.word(j, "and", "from", "after", "since", "before", "but", "who", "which") {
			return true
		}
		// "told a radio station today that the talks ... on June 28":
		// the date of the saying, not of the talks the clause tells.
		if c.word(j, "that") && c.word(j+1, "the") && en.EventHeads[c.toks[k].lower] {
			return true
		}
	}
	// A date inside a closed relative clause: "X, who visited Israel in
	// February, held talks".
	closed := false
	for j := k - 1; j >= 0; j-- {
		if c.toks[j].start >= de && c.toks[j].text == "," {
			closed = true
		}
		if c.toks[j].end <= ds && c.word(j, "who", "which", "whose") && j > 0 && c.toks[j-1].text == "," {
			return closed
		}
	}
	return false
}

// rightAfterDate reports token j right after a date that ends at offset
// de, or after it and a comma.
func (c *sctx) rightAfterDate(j, de int) bool {
	return j > 0 && c.toks[j-1].end == de || j > 1 && c.toks[j-1].text == "," && c.toks[j-2].end == de
}

// commaIn reports a comma between tokens i and k.
func (c *sctx) commaIn(i, k int) bool {
	for q := i + 1; q < k; q++ {
		if c.toks[q].text == "," {
			return true
		}
	}
	return false
}

// separatedAfter reports a date at offset ds after the trigger at k that
// belongs to another clause or phrase (see separated).
func (c *sctx) separatedAfter(ds, de, k int) bool {
	for j := k + 1; j < len(c.toks) && c.toks[j].start < ds; j++ {
		if c.toks[j].text == "," && c.word(j+1, "who", "which", "where", "whose") {
			// "met X, who had been ill, in Berlin on Sunday": the
			// main clause goes on after the relative one.
			if q := c.parentheticalEnd(j); q > j && c.toks[q].start < ds && c.word(q+1, "in", "on", "at", "for", "during") {
				j = q
				continue
			}
			return true
		}
		// "a visit before the election on Monday": the date of that
		// phrase; "talks since 2019" too, but not "since 2019 on
		// Friday"'s Friday.
		if c.word(j, "until", "before", "after", "since") && !c.sinceYearThen(j, ds) && !c.clockAt(j+1) {
			return true
		}
		// "A met B in Lusaka, and in March the two spoke by phone": a date
		// that opens the next clause, before its own subject, is that
		// clause's (", and on Friday was hosted by Y" shares
		// the subject and may share the day).
		if c.word(j, "and", "but") && c.toks[j-1].text == "," && c.clauseDate(j+1, ds, de) {
			return true
		}
		// "X, who met Y on the sidelines, will travel on Tuesday":
		// the trigger's relative clause closes before the date.
		if c.toks[j].text == "," && c.inRelative(k) {
			return true
		}
	}
	return false
}

// clauseDate reports a date (from ds to de) that opens a clause at q,
// after a preposition or none, with the clause's subject right after
// it: "in May the two ministers", "on Tuesday he".
func (c *sctx) clauseDate(q, ds, de int) bool {
	if c.word(q, "in", "on", "during") {
		q++
	}
	if q >= len(c.toks) || c.toks[q].start != ds {
		return false
	}
	for q < len(c.toks) && c.toks[q].start < de {
		q++
	}
	if q < len(c.toks) && c.toks[q].text == "," {
		q++
	}
	return q < len(c.toks) && (c.at[q] >= 0 && c.ms[c.at[q]].kind != mCity || c.word(q, "the", "they", "both"))
}

// otherDeedBetween reports a clause of another's deed between the
// trigger at k and the date starting at ds: "talks on the tariff that Z
// announced on Monday" (that day is Z's).
func (c *sctx) otherDeedBetween(k, ds int) bool {
	for j := k + 1; j < len(c.toks) && c.toks[j].start < ds; j++ {
		if c.word(j, "that", "which") && c.clauseOfOther(j+1, ds) {
			return true
		}
	}
	return false
}

// clauseOfOther reports an actor named at q and a verb in the past after
// it, before the date starting at ds: the subject and verb of a clause
// of its own ("that Z announced on Monday").
func (c *sctx) clauseOfOther(q, ds int) bool {
	if q >= len(c.toks) || c.at[q] < 0 || c.ms[c.at[q]].i != q {
		return false
	}
	v := c.ms[c.at[q]].j
	return v < len(c.toks) && c.toks[v].start < ds && c.pastForm(v) && !c.toks[v].upper
}

// cityAfterVenue returns the city named after a venue's proper name that
// starts at q and a comma: "at State House, Nairobi", "at the Unity
// Palace, Yaounde"; nil otherwise.
func (c *sctx) cityAfterVenue(q int) *mention {
	j := q
	for j < len(c.toks) && j < q+5 && c.toks[j].kind == tokWord && c.toks[j].upper && (c.at[j] < 0 || c.ms[c.at[j]].kind == mOrg) {
		j++
	}
	if j == q || j+1 >= len(c.toks) || c.toks[j].text != "," || c.at[j+1] < 0 {
		return nil
	}
	if m := &c.ms[c.at[j+1]]; m.kind == mCity && m.i == j+1 {
		return m
	}
	return nil
}

// relativeOpen returns the comma opening a relative clause (", who",
// ", which", ", whose") that the comma at j closes, or -1.
func (c *sctx) relativeOpen(j int) int {
	if c.toks[j].text != "," {
		return -1
	}
	for q := j - 1; q > 0; q-- {
		if c.toks[q].kind == tokPunct && c.toks[q].text != "(" && c.toks[q].text != ")" && c.toks[q].text != "-" {
			return -1
		}
		if c.word(q, "who", "which", "whose") || c.word(q, "whom") && c.quantifiedRelative(q-2) {
			if c.word(q, "whom") {
				q -= 2 // ", all of whom"
			}
			if q > 0 && c.toks[q-1].text == "," {
				return q - 1
			}
			return -1
		}
	}
	return -1
}

// relativeClose returns the comma closing the relative clause that the
// comma at j opens, or -1 when the sentence or clause ends first.
func (c *sctx) relativeClose(j int) int {
	for q := j + 2; q < len(c.toks); q++ {
		switch c.toks[q].text {
		case ",":
			if e := c.countryAfterCity(q); e > q {
				q = e - 1 // "in Port Louis, Mauritius, on Sunday": one place
				continue
			}
			return q
		case ".", ";", ":":
			return -1
		}
	}
	return -1
}

// countryAfterCity returns the token after "City, Country," whose first
// comma is at q, or -1 when the comma follows no city or no country's name
// and comma follow it.
func (c *sctx) countryAfterCity(q int) int {
	if q < 1 || c.at[q-1] < 0 || c.ms[c.at[q-1]].kind != mCity || q+1 >= len(c.toks) || c.at[q+1] < 0 {
		return -1
	}
	m := c.ms[c.at[q+1]]
	if m.kind != mCountry || m.j >= len(c.toks) || c.toks[m.j].text != "," {
		return -1
	}
	return m.j + 1
}

// laterBefore reports "later" or "later on" right before the date at
// text offset ds.
func (c *sctx) laterBefore(ds int) bool {
	j := c.tokenFrom(ds)
	return j < len(c.toks) && (c.word(j-1, "later") || c.word(j-1, "on") && c.word(j-2, "later"))
}

// tokenFrom returns the first token that starts at or after text offset
// off, or len(c.toks).
func (c *sctx) tokenFrom(off int) int {
	for j := range c.toks {
		if c.toks[j].start >= off {
			return j
		}
	}
	return len(c.toks)
}

// frontedDate reports a date at text offsets ds to de that opens its
// sentence ("On" at most before it, or "Later on"), closed by a comma:
// "On June 10, ...", "Later on Tuesday, ...".
func (c *sctx) frontedDate(ds, de int) bool {
	if ds < c.s.start || ds-c.s.start > len("On ") && !frontedDayPrefixes[strings.ToLower(c.st.a.Text[c.s.start:ds])] {
		return false
	}
	for j := range c.toks {
		if c.toks[j].start >= de {
			// "On May 2, X ...", "May 2 – X ...", "May 2: X ...".
			switch c.toks[j].text {
			case ",", "–", "—", "-", ":":
				return true
			}
			return false
		}
	}
	return false
}

// frontedDayPrefixes may stand before a date that opens its sentence,
// besides a preposition ("On May 2, ..."): "Later on Tuesday, ...",
// "Early on Friday, ...".
var frontedDayPrefixes = map[string]bool{"later ": true, "later on ": true, "earlier ": true,
	"earlier on ": true, "late ": true, "late on ": true, "early ": true, "early on ": true}

// sameDayDeed reports a second past-tense deed of one subject, "and" at j
// and the verb at k with nothing but an adverb between, right after a
// date that ends at text offset de: "flew to Y on Sunday and met Z",
// "landed on May 2 and then saw Z". With no date of its own after it, the
// second deed took place on the day of the first.
func (c *sctx) sameDayDeed(j, k, de int) bool {
	if !c.pastForm(k) || j == 0 || c.toks[j-1].end != de && !(c.toks[j-1].text == "," && j > 1 && c.toks[j-2].end == de) {
		return false
	}
	for q := j + 1; q < k; q++ {
		if !c.word(q, "then", "later", "also", "soon", "quickly") {
			return false
		}
	}
	for _, d := range c.st.dates[c.si] {
		if d.Start+c.s.start > c.toks[k].start {
			return false // "returned on Saturday and met Z on Sunday": its own day
		}
	}
	for q := j - 1; q >= 0; q-- {
		if c.word(q, "had") {
			return false // "had arrived on Wednesday and also met": told from a later day
		}
	}
	return true
}

// timeAfterThat reports "that" at j opening a time, not a clause: "saw
// her that evening", "that same night", "that day".
func (c *sctx) timeAfterThat(j int) bool {
	q := j + 1
	if c.word(q, "same") {
		q++
	}
	return q < len(c.toks) && (en.DayParts[c.toks[q].lower] || c.word(q, "day", "night", "week", "weekend"))
}

// dateBeforeSubject reports a date ending at text offset de before the
// sentence names anyone: "In Lima on Monday, X had lunch with Y".
func (c *sctx) dateBeforeSubject(de int) bool {
	for _, m := range c.ms {
		if m.kind == mPerson || m.kind == mRole || m.kind == mPronoun {
			return c.toks[m.i].start >= de
		}
	}
	return false
}

// travelBetween reports a travel verb between text offset from and token k.
func (c *sctx) travelBetween(from, k int) bool {
	for j := k - 1; j >= 0 && c.toks[j].start >= from; j-- {
		if c.in(j, en.TravelVerbs) {
			return true
		}
	}
	return false
}

// saidOn reports a date starting at text offset ds that dates a verb of
// saying: "said Thursday", "said on Monday".
func (c *sctx) saidOn(ds int) bool {
	j := c.tokenFrom(ds)
	return j < len(c.toks) && (c.in(j-1, en.SayVerbs) || c.word(j-1, "on") && c.in(j-2, en.SayVerbs))
}

// gatheringAhead reports a gathering noun at g that a meeting looks
// ahead to: "to prepare for the summit", "ahead of the alliance's
// conference". A place after it is the gathering's, not the meeting's;
// a meeting told on its margins keeps it.
func (c *sctx) gatheringAhead(g int) bool {
	if !c.in(g, en.GatheringNouns) || c.in(g, en.MeetingNouns) {
		return false // "for talks in X": the meeting's own
	}
	for j := g - 1; j >= max(1, g-6); j-- {
		if c.in(j, en.SidelineWords) || c.toks[j].kind == tokPunct {
			return false
		}
		if c.word(j, "ahead", "toward", "towards", "run-up") {
			return true
		}
		// "preparations for", "to get ready for"; a meeting "planned for
		// the summit" is at it.
		if c.word(j, "for") && c.toks[j-1].kind == tokWord && (strings.HasPrefix(c.toks[j-1].lower, "prepar") || c.word(j-1, "ready", "readying")) {
			return true
		}
	}
	return false
}

// clauseAhead reports a clause of its own opening at q: a subject
// pronoun or a verb in the past before anyone is named ("and the next day
// she toured", "and later met"), not the next item of a list ("and the
// defence secretary, Z").
func (c *sctx) clauseAhead(from int) bool {
	for q := from; q < min(len(c.toks), from+6); q++ {
		if c.at[q] >= 0 && c.ms[c.at[q]].kind != mPronoun {
			return false
		}
		if c.word(q, "he", "she", "they", "we", "it") || c.pastForm(q) && !c.toks[q].upper {
			return true
		}
	}
	return false
}

// whereScene places a meeting told in a "where" clause at the place the
// clause refers back to: "flew into A from Malawi, where he had met Y"
// met Y in Malawi, a stop of the journey, not in A.
func (c *sctx) whereScene(e *event, k int) {
	w := c.whereAntecedent(k)
	if w < 0 || e.typ != schema.Meeting {
		return
	}
	mi := c.at[w]
	m := c.ms[mi]
	if m.kind == mCity {
		if e.place == nil || e.place.iso3 != m.iso3 {
			e.place = c.st.city(m.name, m.iso3)
		}
	} else if e.place != nil && e.place.iso3 != m.iso3 {
		e.place = nil
	}
	e.inCountry = c.hostAt(mi)
	e.mark(cueTrip | cueThere)
}

// settlementOf returns the token after "of" in a phrase that names the
// kind of place a name is, from q ("city of", "the lakeside resort of",
// "resort town of"), or q.
func (c *sctx) settlementOf(q int) int {
	j := q
	for n := 0; n < 2 && c.plainWord(j) && !c.in(j, en.SettlementNouns); n++ {
		j++ // "lakeside", "coastal"
	}
	if !c.in(j, en.SettlementNouns) {
		return q
	}
	for c.in(j, en.SettlementNouns) {
		j++ // "resort town"
	}
	if !c.word(j, "of") {
		return q
	}
	return j + 1
}

// placeFor sets the city of an event: "in X" after the trigger in its
// clause, "here" for the dateline city.
func (c *sctx) placeFor(e *event, k int) {
	for j := k + 1; j < len(c.toks); j++ {
		t := c.toks[j]
		if t.kind == tokPunct && (t.text == ";" || t.text == ".") {
			break
		}
		if t.text == "," && c.word(j+1, "and", "but", "while", "whereas", "then") && c.clauseAhead(j+2) {
			break // "..., and the next day she toured a museum in Y": the next clause's place
		}
		if t.text == "," && c.word(j+1, "which", "who", "whose") {
			// "met Y, who is on a visit from May 2 to 4, at the palace in
			// Rome": the clause closes and the place is the meeting's.
			if q := c.relativeClose(j); q > 0 && c.word(q+1, "in", "at") {
				j = q
				continue
			}
			break // "the forum, which Fiji will host in Suva": another event's place
		}
		if c.word(j, "in") && c.in(j-1, en.ClockWords) && c.localTime() {
			continue // "noon local time, late evening in Ottawa": a clock, not the place
		}
		if c.word(j, "since", "after") && c.earlierSitting(j+1) {
			break // "their first meeting since talks in Nairobi": those talks' place
		}
		if c.word(j, "in", "at") && c.gatheringAhead(j-1) {
			continue // "talked over plans for next month's forum in Oslo": the forum's place
		}
		if c.word(j, "in", "at") && j+1 < len(c.toks) {
			q := j + 1
			if c.word(q, "the", "a", "an") {
				q++ // "at a Bangkok hotel": the city too
			}
			if mi := c.at[min(q, len(c.toks)-1)]; q < len(c.toks) && mi >= 0 && c.ms[mi].kind == mDemonym && c.ms[mi].i == q && c.word(c.ms[mi].j, "city") && c.word(c.ms[mi].j+1, "of") {
				q = c.ms[mi].j // "in the Kenyan city of Kisumu"
			}
			named := false
			if n := c.settlementOf(q); n > q {
				q, named = n, true // "in the city of X", "in the lakeside resort of X"
			}
			// "in the Zambian capital, Lusaka": the city named after it.
			if q < len(c.toks) && c.at[q] >= 0 && c.ms[c.at[q]].kind == mDemonym && c.word(c.ms[c.at[q]].j, "capital") {
				q = c.ms[c.at[q]].j + 1
				if q < len(c.toks) && c.toks[q].text == "," {
					q++
				}
			}
			if q < len(c.toks) && c.at[q] >= 0 && !(c.ms[c.at[q]].poss && c.word(c.ms[c.at[q]].j, "request", "invitation", "behest", "initiative", "urging", "suggestion")) {
				// ("at Kyiv's request": no place; "at Lima's convention
				// centre" is one.)
				m := c.ms[c.at[q]]
				// "in Singapore": a city-state is its own city.
				if m.kind == mCity || m.kind == mCountry && en.CityStates[m.iso3] {
					e.place = c.st.city(m.name, m.iso3)
					return
				}
			}
			if m := c.cityAfterVenue(q); m != nil {
				e.place = c.st.city(m.name, m.iso3)
				return
			}
			if named && q < len(c.toks) && c.at[q] < 0 && c.toks[q].upper && c.toks[q].kind == tokWord {
				// "in the resort town of Siavonga": a town the gazetteer
				// does not know, named as one.
				e.place = c.st.city(c.toks[q].text, "")
				return
			}
			if city := c.seatCity(q); city != nil && e.typ == schema.Meeting {
				e.place = city // "at the Kremlin": Moscow
				return
			}
		}
		if c.word(j, "here") && c.dlCity() != "" {
			e.place = c.st.city(c.dlCity(), c.dlISO())
			return
		}
	}
	for j := k - 1; j >= 0; j-- {
		// "travelled to Riga, where on Monday she met Y"
		if c.word(j, "where") && j >= 2 && c.toks[j-1].text == "," && c.at[j-2] >= 0 && c.ms[c.at[j-2]].kind == mCity {
			m := c.ms[c.at[j-2]]
			e.place = c.st.city(m.name, m.iso3)
			return
		}
		// "in Riga", "went on to Riga that evening for talks": the city
		// reached.
		if (c.word(j, "in") || c.word(j, "to") && (c.in(j-1, en.PastJourneyVerbs) || c.word(j-1, "on") && c.in(j-2, en.PastJourneyVerbs))) && c.at[j+1] >= 0 && c.ms[c.at[j+1]].kind == mCity {
			m := c.ms[c.at[j+1]]
			e.place = c.st.city(m.name, m.iso3)
			return
		}
	}
}

// seatCity returns the capital of the state whose seat of government is
// named at q ("the Kremlin", "Downing Street"), when no city follows it.
func (c *sctx) seatCity(q int) *entity {
	for n := 2; n >= 1; n-- {
		if q+n > len(c.toks) {
			continue
		}
		if iso := c.st.x.lex.seatOf(phrase(c.toks, q, q+n)); iso != "" {
			if c.word(q+n, "in") || q+n < len(c.toks) && c.toks[q+n].text == "," {
				return nil // "at the White House in ...": the city named next
			}
			if capital := c.st.x.lex.capitalOf(iso); capital != "" {
				return c.st.city(capital, iso)
			}
		}
	}
	return nil
}

// localTime reports "local time" in the sentence: the text tells the hour
// in two places.
func (c *sctx) localTime() bool {
	for j := 1; j < len(c.toks); j++ {
		if c.word(j, "time") && c.word(j-1, "local") {
			return true
		}
	}
	return false
}

// topics reads short noun phrases after "discussed", "talks on", "to
// discuss", "focused on", "matters ... including", splitting coordinated
// lists ("economic relations, the pandemic and a gas pipeline").
func (c *sctx) topics(k int) []string {
	var out []string
	for j := k; j < len(c.toks) && len(out) < 6; j++ {
		start := -1
		switch {
		case c.in(j, en.TopicVerbs):
			start = j + 1
		case c.in(j, en.TopicParticles) && c.in(j-1, en.TopicPhrasals):
			// "to go through X", "focused on X"
			start = j + 1
		case c.word(j, "on", "about", "over") && (c.in(j-1, en.TopicHeads) || c.topicMarker(k, j)):
			// "talks on X", "held talks at the Elysee Palace on X", "spoke
			// by phone with Y about X"
			start = j + 1
		case c.word(j, "including") && j > k:
			start = j + 1
		case c.agendaVerb(j):
			// "where fishing rights and ferries topped the agenda"
			for _, t := range c.agendaItems(j) {
				out = appendUnique(out, t)
			}
			continue
		}
		if start < 0 {
			continue
		}
		p := start
		for p < len(c.toks) && len(out) < 6 {
			for p < len(c.toks) && c.word(p, "the", "a", "an", "issues", "matters", "ways", "range", "of", "number", "various", "several", "bilateral", "ties", "mutual", "interest", "including") && !(c.word(p, "bilateral") && c.word(p+1, "relations", "ties", "cooperation", "trade")) {
				p++
			}
			var cur []string
			for p < len(c.toks) && len(cur) < 8 {
				t := c.toks[p]
				// "crisis in Syria", "progress on a gas pipeline": a preposition
				// inside the phrase, but not before a date or a person.
				if len(cur) > 0 && c.word(p, "in", "on", "of", "for") && p+1 < len(c.toks) && c.toks[p+1].kind == tokWord && !en.WeekdayWords[c.toks[p+1].lower] && en.MonthNames[c.toks[p+1].lower] == 0 && !c.word(p+1, "recent", "the") && (c.at[p+1] < 0 || c.ms[c.at[p+1]].kind == mCountry || c.ms[c.at[p+1]].kind == mCity || c.ms[c.at[p+1]].kind == mOrg) {
					cur = append(cur, t.text)
					p++
					continue
				}
				if t.kind == tokPunct && t.text != "-" || c.word(p, "and", "with", "in", "during", "at", "as", "which", "that", "but", "when", "after", "before", "said", "to", "where", "on", "last", "this", "next", "today", "yesterday", "tomorrow", "earlier", "later", "while", "who", "according", "because") || en.WeekdayWords[t.lower] {
					break
				}
				cur = append(cur, t.text)
				p++
			}
			if len(cur) > 0 && c.word(p, "said", "told", "reported", "says", "added") {
				break // ", Brazilian delegation sources said": the source, not a topic
			}
			if len(cur) > 0 && !(len(cur) == 1 && (c.word(p-1, "dinner", "lunch", "breakfast", "luncheon", "tea", "coffee", "phone", "telephone", "video", "videoconference"))) {
				out = appendUnique(out, strings.Join(cur, " "))
			}
			// Continue a list: ", X", "and X", ", and X".
			q := p
			if q < len(c.toks) && c.toks[q].text == "," {
				q++
			}
			if c.word(q, "and") {
				q++
			}
			if q == p || q >= len(c.toks) || c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson || c.word(q, "said", "the", "who", "which") && !c.word(q, "the") {
				break
			}
			if c.toks[q].kind != tokWord || isVerbish(c.toks[q].lower) {
				break
			}
			p = q
		}
		j = p
	}
	return out
}

// topicMarker reports whether "on", "about" or "over" at j, in the clause
// of the meeting trigger at k, opens its topics: nothing between breaks
// the clause (punctuation, another verb, a relative pronoun), and what
// follows is no date, number, possessive or en.NotTopics noun ("on
// Tuesday", "on the sidelines", "on his visit").
func (c *sctx) topicMarker(k, j int) bool {
	if j <= k+1 {
		return false
	}
	for q := k + 1; q < j; q++ {
		t := c.toks[q]
		if t.kind == tokPunct && t.text != "-" || c.word(q, "said", "says", "which", "who", "that", "while", "when", "and", "but", "where") || q > k+1 && verbTrigger(t.lower) && !t.upper {
			return false
		}
	}
	n := j + 1
	if c.word(n, "the", "a", "an") {
		n++
	}
	if n >= len(c.toks) || c.toks[n].kind != tokWord || hasDigit(c.toks[n].text) || en.WeekdayWords[c.toks[n].lower] || en.MonthNames[c.toks[n].lower] != 0 {
		return false
	}
	// "on only two occasions": a count of times, no topic.
	h := n
	for h < len(c.toks) && (c.word(h, "only", "just", "at", "least") || c.in(h, en.SmallNumbers)) {
		h++
	}
	return !c.word(j+1, "his", "her", "their", "its", "behalf") && !c.in(n, en.NotTopics) && !c.in(h, en.NotTopics) && !c.in(n, en.SidelineWords)
}

// verbTrigger reports whether w starts a frame other than a meeting noun's
// (a verb of another clause): "talks before the dinner on fishing" goes on.
func verbTrigger(w string) bool {
	for _, tr := range en.Lookup(w) {
		if tr.Frame != en.MeetNoun {
			return true
		}
	}
	return false
}

// audienceAt reports whether the noun phrase at j is an audience one speaks
// to, not a party one meets: a legislature, committee, conference, crowd or
// the press ("Ghana's parliament", "a UN committee on refugees",
// "a conference of donors").
func (c *sctx) audienceAt(j int) bool {
	for q := j; q < min(len(c.toks), j+6); q++ {
		t := c.toks[q]
		if t.kind == tokPunct || c.word(q, "on", "of", "for", "about", "in", "at", "and") {
			return false
		}
		if c.in(q, en.Audiences) {
			return true
		}
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind == mOrg {
			name := strings.Fields(strings.ToLower(c.ms[mi].name))
			if len(name) > 0 && en.Audiences[name[len(name)-1]] {
				return true
			}
			q = c.ms[mi].j - 1
		}
	}
	return false
}

// agendaVerb reports "dominated/topped/led the agenda" (or "the talks")
// at j, whose subject lists topics.
func (c *sctx) agendaVerb(j int) bool {
	return c.word(j, "dominated", "topped", "led", "headed") && c.word(j+1, "the") && c.word(j+2, "agenda", "talks", "discussions")
}

// agendaItems returns the list of topics that is the subject of the agenda
// verb at j, back to the clause's start or its "where".
func (c *sctx) agendaItems(j int) []string {
	a := c.clauseStart(j)
	for q := j - 1; q >= a; q-- {
		if c.word(q, "where", "as", "while") {
			a = q + 1
			break
		}
	}
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
		cur = nil
	}
	for q := a; q < j; q++ {
		switch {
		case c.toks[q].text == "," || c.word(q, "and"):
			flush()
		case c.word(q, "the") && len(cur) == 0:
		default:
			cur = append(cur, c.toks[q].text)
		}
	}
	flush()
	if len(out) > 5 {
		return nil
	}
	return out
}

// laterTopics adds topics that a later sentence gives for the last meeting
// ("They also discussed economic relations ..."), when its subject refers
// back to the meeting's parties.
func (c *sctx) laterTopics() {
	for k := range c.toks {
		topicVerb := c.word(k, "discussed", "reviewed", "talked", "exchanged")
		// "Their conversation covered X", "The talks focused on Y": the
		// meeting told before, named by its noun.
		nounVerb := (c.in(k, en.TopicVerbs) || c.in(k, en.TopicPhrasals) && c.in(k+1, en.TopicParticles)) && c.meetingNounSubject(k)
		if !(topicVerb && (c.groupSubject(k) || c.pronounSubject(k)) || nounVerb) {
			continue
		}
		for i := len(c.st.events) - 1; i >= 0; i-- {
			e := c.st.events[i]
			if c.si-e.sent > 6 {
				break
			}
			if e.typ == schema.Meeting && e.sent < c.si {
				for _, t := range c.topics(k) {
					e.topics = appendUnique(e.topics, t)
				}
				return
			}
		}
	}
}

// meetingNounSubject reports a clause before the verb at k whose subject
// is a meeting's noun after a determiner or possessive ("The talks", "Their
// conversation, which ran to an hour,"), with no one named between.
func (c *sctx) meetingNounSubject(k int) bool {
	cs := c.clauseStart(k)
	for j := cs; j < k; j++ {
		if c.at[j] >= 0 && !c.word(j, "their", "his", "her", "its") {
			return false
		}
		if c.in(j, en.MeetingNouns) || c.word(j, "meeting", "talk", "call", "session", "encounter", "discussion") {
			return j > cs && c.word(j-1, "the", "their", "his", "her", "its", "that", "this")
		}
	}
	return false
}

// pronounSubject reports whether the clause before token k opens with a
// personal pronoun ("They also discussed").
func (c *sctx) pronounSubject(k int) bool {
	cs := c.clauseStart(k)
	for j := cs; j < k; j++ {
		if mi := c.at[j]; mi >= 0 {
			return c.ms[mi].kind == mPronoun && !c.ms[mi].poss
		}
	}
	return false
}

var _ = timex.Match{}

// afterAdverbial returns the index of the word prep reached from j across
// a time or place adverbial only (words of en.AdverbialWords, weekdays,
// months, numbers, cities and countries), or -1.
func (c *sctx) afterAdverbial(j int, prep string) int {
	if j >= len(c.toks) || !c.word(j, "on", "in", "at", "this", "last", "late", "early", "earlier", "today", "yesterday", "there", "the") &&
		!(c.word(j, "that") && c.in(j+1, en.AdverbialWords)) && !c.word(j, "later", "then", "also", "again") && !c.forMeal(j) {
		if c.word(j, "together", "jointly", "separately", "warmly", "briefly") && c.word(j+1, prep) {
			return j + 1 // "were received together by X"
		}
		return -1 // "received that evening by X", "received later by Y"
	}
	if q := c.skipAdverbials(j); q > j {
		// "welcomed at the Al Alam Palace in Seeb by X": a venue, then
		// a town the gazetteer may not know.
		if c.word(q, "in") && q+2 < len(c.toks) && c.toks[q+1].upper && c.word(q+2, prep) {
			q += 2
		}
		if c.word(q, prep) {
			return q
		}
	}
	reach := 8
	for q := j; q < min(len(c.toks), j+reach); q++ {
		t := c.toks[q]
		if c.word(q, prep) {
			if q == j {
				return -1
			}
			return q
		}
		switch {
		case t.kind == tokPunct:
			return -1
		case c.forMeal(q):
			q++ // "welcomed on Friday for lunch by X"
			if e := c.topicEnd(q + 1); e > q {
				reach += e - q // "received for talks on fuel supplies by X"
				q = e
			}
		case en.AdverbialWords[t.lower] || en.WeekdayWords[t.lower] || en.MonthNames[t.lower] != 0 || hasDigit(t.text) || c.word(q, "that", "later", "then"):
		case c.at[q] >= 0 && (c.ms[c.at[q]].kind == mCity || c.ms[c.at[q]].kind == mCountry):
		case c.at[q] >= 0 && c.ms[c.at[q]].kind == mPerson && c.ms[c.at[q]].role == "" && c.ms[c.at[q]].iso3 == "" && c.word(q-1, "at") && c.word(c.ms[c.at[q]].j, prep):
			// "received at Dar al-Nour by X": a venue the scanner took
			// for a name.
			q = c.ms[c.at[q]].j - 1
		case c.at[q] < 0 && t.kind == tokWord && (t.upper || strings.HasPrefix(t.lower, "al-") || strings.HasPrefix(t.lower, "el-") || c.word(q, "at", "in", "the", "parliament", "senate", "ministry", "palace", "residence", "office", "airport")):
			// "received at Dar al-Salam by X", "at the senate by Y": a
			// place the gazetteer does not know.
		default:
			return -1
		}
	}
	return -1
}

// noGatheringNear reports that no gathering was told in this sentence or
// the three before it.
func (c *sctx) noGatheringNear() bool {
	for _, e := range c.st.events {
		if e.typ == schema.Gathering && c.si-e.sent <= 3 {
			return false
		}
	}
	return true
}

// groupPair resolves a clause subject "the two leaders" ("the two
// presidents", "the two heads of state", "both ministers", "the pair") before token k
// to the two people the preceding text is about: the two most recent
// distinct people named in this sentence before the subject or in the four
// sentences before it, of the country and title the phrase gives. It returns nil when the subject is not such a
// phrase or fewer than two people are in reach.
func (c *sctx) groupPair(k int) []*entity { return c.groupPairExcept(k, nil) }

// groupPairExcept is groupPair leaving out the people of not: "X hosted
// the two leaders" are two others than X.
func (c *sctx) groupPairExcept(k int, not []*entity) []*entity {
	cs := c.clauseStart(k)
	at, iso, title, size := -1, "", "", 2
	couple := false // a couple holds a spouse
	for j := cs; j < k; j++ {
		// "Their Majesties arrived", "the royal couple", "the couple":
		// the two told last, a spouse too; majesties hold a royal title.
		if c.royalPlural(j) {
			at, title, couple = j, "royal", true
			break
		}
		if c.word(j, "couple") && c.coupleNoun(j) {
			return c.coupleBefore(j)
		}
		// "the pair then talked alone", "the duo met".
		// "The leaders held talks" after two leaders were named: those
		// two, unless a gathering of more is in focus.
		if c.word(j, "leaders") && c.word(j-1, "the") && j == cs+1 && c.noGatheringNear() {
			at, size, title = j, 2, "leader"
			break
		}
		// "The Secretaries arrived late Monday": the two of that title
		// told before.
		if t, ok := en.PluralTitles[c.toks[j].lower]; ok && c.word(j-1, "the") && j == cs+1 && c.noGatheringNear() {
			at, size, title = j, 2, t
			break
		}
		// "the visiting pair", "the Japanese pair": two people (of that
		// country).
		if c.word(j, "pair", "duo") {
			if d, dIso := c.pairDeterminer(j); d {
				at, size, iso = j, 2, dIso
				break
			}
		}
		if !c.word(j, "two", "both", "three", "four") {
			continue
		}
		// "the three leaders": as many as the number says.
		size = map[string]int{"three": 3, "four": 4}[c.toks[j].lower]
		if size == 0 {
			size = 2
		}
		n := j + 1
		if c.word(j-1, "the") && c.word(n, "of") && c.word(n+1, "them") {
			at = j // "the three of them talked with Y"
			break
		}
		// "the two Japanese ministers": people of that country only.
		if n < len(c.at) {
			if mi := c.at[n]; mi >= 0 && (c.ms[mi].kind == mDemonym || c.ms[mi].kind == mCountry) {
				iso = c.ms[mi].iso3
				n = c.ms[mi].j
			} else if mi >= 0 && (c.ms[mi].kind == mRole || c.ms[mi].kind == mGroup) && c.ms[mi].plural && c.ms[mi].iso3 != "" {
				iso, at = c.ms[mi].iso3, j
				break
			}
		}
		if c.in(n, en.TimeUnits) || c.word(n, "nights") {
			iso = ""
			continue // "Over the three days, X met ...": a span of time
		}
		v := n
		for c.word(v, "later", "then", "also", "again", "afterwards", "subsequently", "briefly") {
			v++ // "the two then held talks"
		}
		if (c.word(j-1, "the") || c.word(j, "both")) && v < len(c.toks) && c.toks[v].kind == tokWord && (c.in(v, en.SupportVerbs) || len(en.Lookup(c.toks[v].lower)) > 0 || v == k || (c.in(v, en.BeForms) || c.in(v, en.Auxiliaries)) && v+1 == k || c.phraseAt(v, en.ProceedTo) > 0) {
			at = j // "the two held talks", "the four were hosted by Y": no noun
			break
		}
		if c.in(n, en.PartyGroupHeads) && !c.word(n, "countries", "delegations") {
			at, title = j, groupTitle(c.toks[n].lower)
			break
		}
		iso = ""
	}
	if at < 0 {
		return nil
	}
	var out []*entity
	add := func(e *entity) bool {
		if e == nil || e.kind != schema.KindPerson || iso != "" && e.canon().iso3 != iso || containsCanon(not, e) || !c.hasGroupTitle(e, title) {
			return false
		}
		e = e.canon()
		if !containsEntity(out, e) {
			out = append(out, e)
		}
		return len(out) == size
	}
	for mi := len(c.ms) - 1; mi >= 0; mi-- {
		// "X met Y, and Z said the pair had discussed": the speaker is not
		// one of the two.
		// "A greeted her on landing, and the two then held talks": a
		// pronoun of the sentence stands for one of them too.
		// "..., the Pope was received by X, where the two held talks": a
		// title that stands for one named person, as a clause's subject,
		// is one of them ("next to the prime minister" is none).
		roleSubject := c.ms[mi].kind == mRole && !c.ms[mi].plural && c.ms[mi].ent != nil && (c.ms[mi].i == 0 || c.toks[c.ms[mi].i-1].text == ",")
		// ("I understand the two of them met": the writer is none of them.)
		person := c.ms[mi].kind == mPerson || c.ms[mi].kind == mPronoun && c.ms[mi].pron == 's' && (!c.ms[mi].poss || objectPronoun(c.toks, c.ms[mi].i)) || roleSubject
		if c.ms[mi].i < at && person && (couple || !spouse(c.toks, c.ms[mi].i)) && !commemorated(c.toks, c.ms[mi].i) && !c.in(c.ms[mi].j, en.SayVerbs) && add(c.actor(mi)) {
			return out
		}
	}
	for si := c.si - 1; si >= max(0, c.si-4); si-- {
		ms := c.st.ms[si]
		toks := c.st.doc.sentences[si].toks
		for mi := len(ms) - 1; mi >= 0; mi-- {
			if ms[mi].kind == mPerson && ms[mi].ent != nil && (couple || !spouse(toks, ms[mi].i)) && !commemorated(toks, ms[mi].i) && add(ms[mi].ent) {
				return out
			}
		}
	}
	return nil
}

// royalPlural reports "Their Majesties" or "Their Highnesses" at j.
func (c *sctx) royalPlural(j int) bool {
	return c.word(j, "majesties", "highnesses") && c.word(j-1, "their")
}

// coupleNoun reports "couple" at j after its determiner ("the couple",
// "the royal couple").
func (c *sctx) coupleNoun(j int) bool {
	d, _ := c.pairDeterminer(j)
	return d
}

// coupleObject reads "(on/with) the (royal) couple" at k: the two told
// before, and the token after the noun.
func (c *sctx) coupleObject(k int) ([]*entity, int) {
	q := k
	if c.word(q, "with", "by", "to", "on") {
		q++
	}
	if !c.word(q, "the") {
		return nil, k
	}
	n := q + 1
	if c.plainWord(n) && c.word(n+1, "couple") {
		n++
	}
	if !c.word(n, "couple") {
		return nil, k
	}
	return c.coupleBefore(n), n + 1
}

// coupleBefore returns the two people "the (royal) couple" at j stands
// for: of the people told last (in this sentence before j, then in the
// four before it), the latest two of one country.
func (c *sctx) coupleBefore(j int) []*entity {
	var told []*entity
	for mi := len(c.ms) - 1; mi >= 0; mi-- {
		if c.ms[mi].i < j && c.ms[mi].kind == mPerson {
			if a := c.actor(mi); a != nil {
				told = append(told, a.canon())
			}
		}
	}
	for si := c.si - 1; si >= max(0, c.si-4); si-- {
		ms := c.st.ms[si]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			if ms[mi].kind == mPerson && ms[mi].ent != nil {
				told = append(told, ms[mi].ent.canon())
			}
		}
	}
	for a := 0; a < len(told); a++ {
		for b := a + 1; b < len(told); b++ {
			if told[a] != told[b] && told[a].iso3 != "" && told[a].iso3 == told[b].iso3 {
				return []*entity{told[b], told[a]}
			}
		}
	}
	return nil
}

// groupTitle returns the title the people of a group noun hold ("the two
// presidents"), for hasGroupTitle; "" for any.
func groupTitle(noun string) string {
	switch {
	case en.RoyalGroupHeads[noun]:
		return "monarch"
	case noun == "leaders":
		return "leader"
	case noun == "presidents":
		return "president"
	case noun == "ministers" || noun == "foreign" || noun == "defence" || noun == "defense":
		return "minister" // or a cabinet "secretary" (hasGroupTitle)
	case noun == "premiers" || noun == "prime":
		return "prime"
	case noun == "secretaries":
		return "secretary"
	}
	return ""
}

// hasGroupTitle reports whether e holds the title a group noun names
// ("the two ministers": people the text, or the gazetteer when the text
// gives none, gives that title); any title when title is "".
func (c *sctx) hasGroupTitle(e *entity, title string) bool {
	if title == "" {
		return true
	}
	r := e.canon().role
	if r == "" {
		r = c.st.knownTitle(e.canon())
	}
	if title == "leader" {
		return en.LeaderRole(r)
	}
	if title == "royal" {
		return en.RoyalRole(r)
	}
	if title == "monarch" {
		return en.ReigningRole(r)
	}
	r = strings.ToLower(r)
	if !strings.Contains(r, title) && !(title == "prime" && strings.Contains(r, "premier")) && !(title == "minister" && strings.Contains(r, "secretary")) {
		return false
	}
	// "the two presidents" are no vice president
	return title != "president" || !strings.Contains(r, "vice") && !strings.Contains(r, "deputy")
}

// pairDeterminer reports "the" before the noun "pair" at j, with at most
// one lower-case word or a demonym between ("the pair", "the visiting
// pair", "the Japanese pair"), and the demonym's country.
func (c *sctx) pairDeterminer(j int) (bool, string) {
	switch {
	case c.word(j-1, "the"):
		return true, ""
	case c.word(j-2, "the") && c.at[j-1] < 0 && c.plainBetween(j-1, j):
		return true, ""
	case j >= 2 && c.at[j-1] >= 0 && c.ms[c.at[j-1]].kind == mDemonym && c.word(c.ms[c.at[j-1]].i-1, "the"):
		return true, c.ms[c.at[j-1]].iso3
	}
	return false, ""
}

// commemorated reports a person named at i as the one a memorial is to
// or of ("flowers at the memorial to X", "the tomb of Y"): no one
// present.
func commemorated(toks []token, i int) bool {
	return i >= 2 && (toks[i-1].lower == "to" || toks[i-1].lower == "of") && en.MemorialNouns[toks[i-2].lower]
}

// spouse reports whether the name at token i is introduced as someone's
// spouse ("the king and his wife the queen"): a companion, not one of "the two
// leaders".
func spouse(toks []token, i int) bool {
	for j := i - 1; j >= max(0, i-2); j-- {
		switch toks[j].lower {
		case "wife", "husband", "spouse":
			return true
		case ",", "the", "first", "lady":
			continue
		}
		return false
	}
	return false
}

// otherPerson returns the person other than not whom the text is about:
// the discourse topic, else the most recent other person named in the two
// sentences before.
func (c *sctx) otherPerson(not *entity) *entity {
	not = not.canon()
	if tp := c.st.topic; tp != nil && tp.kind == schema.KindPerson && tp.canon() != not {
		return tp.canon()
	}
	for si := c.si - 1; si >= max(0, c.si-2); si-- {
		ms := c.st.ms[si]
		for mi := len(ms) - 1; mi >= 0; mi-- {
			if e := ms[mi].ent; ms[mi].kind == mPerson && e != nil && e.kind == schema.KindPerson && e.canon() != not {
				return e.canon()
			}
		}
	}
	return nil
}

// subjectsOrTopic returns the subjects of the verb at k, or the actor in
// focus when the clause names none ("Later he met ...", a pronoun already
// resolved, or a subjectless continuation).
func (c *sctx) subjectsOrTopic(k int) []*entity {
	subj := c.subjects(k)
	if len(subj) == 0 {
		subj = c.topicSubject(k)
	}
	return subj
}

// topicSubject returns the article's topic as the subject of a trigger
// at k whose clause names none, unless a company or a relative pronoun is
// the clause's subject.
func (c *sctx) topicSubject(k int) []*entity {
	if c.st.topic == nil {
		return nil
	}
	for j := c.clauseStart(k); j < k; j++ {
		if mi := c.at[j]; mi >= 0 && (c.ms[mi].company || c.ms[mi].kind == mPronoun && c.ms[mi].pron == 'i' && c.ms[mi].ent == nil) {
			return nil // a company, or an "I" the text never names
		}
	}
	if c.unnamedSubject(k) || c.unnamedSpeaker(k) {
		return nil
	}
	if c.sourceIsTopic() {
		// "According to spokesman X, the meeting with Y ...": the one in
		// focus before the source was named.
		if p := c.st.prevTopic; p != nil && p.kind == schema.KindPerson && p.canon() != c.st.topic.canon() {
			return []*entity{p}
		}
		return nil
	}
	// "after talks with the envoy, who came from a meeting with Y": the
	// trigger's clause has a subject of its own, only not a named one.
	for j := k - 1; j >= 0; j-- {
		if c.word(j, "who", "whom", "which") {
			return nil
		}
		if mi := c.at[j]; mi >= 0 && c.actor(mi) != nil || c.toks[j].kind == tokPunct && c.toks[j].text != "," {
			break
		}
	}
	return []*entity{c.st.topic}
}

// sourceIsTopic reports the person in focus named by the sentence as its
// source ("According to spokesman X, the meeting with Y covered ..."): who
// tells of the talks, not a party to them.
func (c *sctx) sourceIsTopic() bool {
	for j := 0; j+2 < len(c.toks); j++ {
		if c.word(j, "according") && c.word(j+1, "to") && c.at[j+2] >= 0 {
			if a := c.actor(c.at[j+2]); a != nil && a.canon() == c.st.topic.canon() {
				return true
			}
		}
	}
	return false
}

// unknownName reports a capitalised word at j that the gazetteer and the
// article's people do not know, standing as a clause's subject: inside the
// sentence ("Marlow also had talks with"), or opening it before an
// auxiliary ("Schultz is currently visiting Peking", a misspelt name).
func (c *sctx) unknownName(j int) bool {
	// "X on Monday visited Y", "X in March flew to Y": a time, no name
	// (not "Prime Minister Godwin Friday").
	w := c.toks[j].lower
	when := (en.WeekdayWords[w] || en.MonthNames[w] != 0) && c.word(j-1, "on", "in", "last", "this", "next", "early", "late")
	if en.ClauseOpeners[w] || en.SentenceStarters[w] || c.st.namePart(c.toks[j].text) || determiners[w] || when {
		return false
	}
	return j > 0 && c.toks[j-1].kind == tokWord || j == 0 && c.in(j+1, en.Auxiliaries)
}

// unknownNameBefore reports an unknown capitalised subject right before the
// verb at k, past auxiliaries and adverbs.
func (c *sctx) unknownNameBefore(k int) bool {
	j := k - 1
	for j >= 0 && c.at[j] < 0 && (c.in(j, en.Auxiliaries) || strings.HasSuffix(c.toks[j].lower, "ly") && c.toks[j].kind == tokWord) {
		j--
	}
	if c.in(j, en.VisitKinds) && c.in(k, en.JourneyNouns) {
		return false // "paid an Official Visit": the visit's kind, no name
	}
	return j >= 0 && c.at[j] < 0 && c.toks[j].kind == tokWord && c.toks[j].upper && c.unknownName(j)
}

// topicSubjectFor is topicSubject for a meeting with obj: when the person
// in focus after the sentence is the one met ("Also held talks with Y"),
// the person in focus before it is the subject.
func (c *sctx) topicSubjectFor(k int, obj []*entity) []*entity {
	if t := c.st.titleOwner(); t != nil && c.agendaEntry(k) && !containsCanon(obj, t) {
		// "10:00 Meeting with X. Done." under "Agenda of President Y":
		// the programme's owner met X.
		return []*entity{t}
	}
	subj := c.topicSubject(k)
	if len(subj) == 1 && containsCanon(obj, subj[0]) && c.st.prevTopic != nil && c.st.prevTopic.kind == schema.KindPerson && !containsCanon(obj, c.st.prevTopic) {
		return []*entity{c.st.prevTopic}
	}
	return subj
}

// agendaEntry reports a meeting noun at k that opens an entry of a
// programme or log, with no subject: only a time ("10:00", "14:30 -") and
// words qualifying the noun (en.EntryModifiers: "Bilateral", "Phone") before
// it.
func (c *sctx) agendaEntry(k int) bool {
	if k > 6 {
		return false
	}
	for j := 0; j < k; j++ {
		t := c.toks[j]
		if !(t.kind == tokNum || t.kind == tokPunct || hasDigit(t.text) || c.in(j, en.EntryModifiers)) {
			return false
		}
	}
	return true
}

// unnamedSubject reports whether the verb at k has a common noun phrase
// for its subject ("representatives of the refiners met", "the bankers
// held talks", "Marlow also had talks"): the clause names its actor, only
// not by a name the gazetteer knows, so the article's topic is not it. The
// noun stands right before the verb, past auxiliaries and adverbs: a
// common noun led by a determiner or an "of", or a capitalised word inside
// the sentence.
func (c *sctx) unnamedSubject(k int) bool {
	// A noun trigger: look before its verb ("the bankers held [a
	// telephone] conversation").
	for d := k - 1; d >= max(0, k-4) && c.toks[d].kind == tokWord && c.at[d] < 0; d-- {
		if c.word(d, "a", "an", "the", "further", "more") {
			if d == 0 && c.nounPhraseBetween(d+1, k) {
				return false // "The meeting with Y took place": the noun is the subject
			}
			if c.in(d-1, en.SupportVerbs) {
				k = d - 1
			}
			break
		}
	}
	j := k - 1
	if c.word(j, "in") && c.in(k, en.MeetingNouns) {
		j-- // "analysts currently in talks with"
	}
	for j >= 0 && c.at[j] < 0 && (c.in(j, en.Auxiliaries) || c.word(j, "be", "been", "being", "also", "then", "later") || j == k-1 && c.in(j, en.SupportVerbs) || strings.HasSuffix(c.toks[j].lower, "ly") && c.toks[j].kind == tokWord) {
		j--
	}
	if j < 0 || c.at[j] >= 0 || c.toks[j].kind != tokWord || en.Pronouns[c.toks[j].lower] != 0 || c.in(j, en.ParticipleOpeners) {
		return false
	}
	if c.in(j, en.UnnamedPeople) {
		return true // "analysts currently in talks with"
	}
	if c.toks[j].upper {
		return c.unknownName(j)
	}
	for q := j - 1; q >= max(0, j-4); q-- {
		if c.toks[q].kind != tokWord {
			return false
		}
		if c.word(q, "the", "a", "an", "of", "these", "those", "some", "many", "its", "their") {
			return true
		}
	}
	return false
}

// nounPhraseBetween reports tokens [i, k) as modifiers of the noun at k:
// lower-case words, none a verb ("long-awaited", "first bilateral").
func (c *sctx) nounPhraseBetween(i, k int) bool {
	for q := i; q < k; q++ {
		if c.toks[q].upper || c.in(q, en.SupportVerbs) || c.pastForm(q) && !strings.Contains(c.toks[q].lower, "-") {
			return false
		}
	}
	return true
}

// unnamedSpeaker reports a verb of saying before k whose subject is an
// unnamed group ("trade officials said the talks with Ghana had stalled"):
// the talks are the group's side's, not the article's person's.
func (c *sctx) unnamedSpeaker(k int) bool {
	for j := 1; j < k; j++ {
		if !c.in(j, en.SayVerbs) {
			continue
		}
		p := j - 1
		if mi := c.at[p]; mi >= 0 {
			return c.ms[mi].kind == mGroup
		}
		return c.toks[p].kind == tokWord && !c.toks[p].upper && en.Pronouns[c.toks[p].lower] == 0 && !c.in(p, en.Auxiliaries)
	}
	return false
}

// satDown reads "X sat down with Y": a meeting.
func (c *sctx) satDown(k int) {
	// "sat opposite X", "sat across the table from X": face to face.
	if n := c.phraseAt(k+1, en.Facing); n > 0 {
		// At a gathering in focus it is a seating plan, no meeting.
		if c.modality(k) == schema.Occurred && !c.inFocus(3) {
			c.satFacing(k, k+1+n)
		}
		return
	}
	// "sat with X for two hours": as "sat down with X", unless X is a
	// party of a meeting just told ("A and B sat with X, while Y was
	// joined by C": X's side of it).
	with := c.word(k+1, "with") && !c.partyOfRecentMeeting(k+2)
	if with && !c.personAt(k+2+boolInt(c.word(k+2, "the"))) {
		head, _ := c.delegationHead(k + 2) // "sat with the Sudanese team headed by X"
		with = head != nil
	}
	table := c.phraseAt(k+1, en.AtTheTable)
	if !c.word(k+1, "down") && !with && (table == 0 || c.inFocus(3)) {
		return // (at a gathering in focus a table is its seating)
	}
	// "sat down with X", "sat down privately with X", "sat down in the
	// afternoon with X"
	w := k + 2
	if with {
		w = k + 1
	} else if table > 0 {
		w = k + 1 + table // "sat at the negotiating table with X"
	}
	if !c.word(w, "with") {
		if w = c.markerAfter(k+1, "with"); w < 0 {
			// "A and B sat down in Tokyo for an hour": together.
			// "A and B sat down to dinner": together too.
			subj := c.subjects(k)
			if pair := c.groupPair(k); len(personsOf(subj)) < 2 && pair != nil {
				subj = pair // "the two premiers then sat down to dinner"
			}
			// "Indian and Chinese diplomats sat down": two sides.
			sides := len(personsOf(subj)) >= 2 || len(subj) >= 2 && allKind(subj, schema.KindCountry)
			if sides && (!c.word(k+2, "to") || c.mealAt(k+3)) {
				for _, e := range c.addMeeting(k, subj, nil, true) {
					c.meetingDetails(e, k)
				}
			}
			return
		}
	}
	obj, end := c.objects(w+1, 3)
	if len(obj) == 0 {
		return
	}
	obj = append(obj, c.includedAfter(end)...)
	subj := c.subjectsOrTopic(k)
	if c.coordinatedVerb(k) {
		// "X went on to meet A, and sat down separately with B": X's.
		if a := c.sentenceSubject(k); a != nil && !containsEntity(obj, a) {
			subj = []*entity{a}
		}
	}
	// "sat down with A, B and C": one table, one meeting of all.
	for _, e := range c.addMeeting(k, subj, obj, len(personsOf(obj)) >= 2) {
		c.meetingDetails(e, k)
		c.visitFromMeeting(e, subj, k)
	}
	if another := c.anotherWith(end); another > 0 {
		c.metAnother(another, subj) // "sat down with A, then with B"
	}
}

// satFacing reads the people after a facing phrase that ends before o
// ("sat opposite A and B"): the subject met them, at one table.
func (c *sctx) satFacing(k, o int) {
	obj, _ := c.objects(o, 3)
	subj := c.subjects(k)
	if len(personsOf(obj)) == 0 || len(subj) == 0 {
		return
	}
	for _, e := range c.addMeeting(k, subj, obj, len(personsOf(obj)) >= 2) {
		c.meetingDetails(e, k)
	}
}

// mealAt reports a meal at j, after an article and up to two lower-case
// words: "dinner", "a working lunch", "an early private breakfast".
func (c *sctx) mealAt(j int) bool {
	if c.word(j, "a", "an") {
		j++
	}
	for q := j; q < min(len(c.toks), j+3); q++ {
		if c.in(q, en.MealWords) {
			return true
		}
		if c.toks[q].kind != tokWord || c.toks[q].upper || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// commaPhrase reports a short phrase from j, a preposition, a determiner
// and lower-case words, set off by commas before k: ", before the final
// plenary,".
func (c *sctx) commaPhrase(j, k int) bool {
	if j == 0 || c.toks[j-1].text != "," {
		return false
	}
	for q := j + 2; q < min(k, j+7); q++ {
		if c.toks[q].text == "," {
			return q > j+2
		}
		if c.toks[q].kind != tokWord || c.toks[q].upper || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// gatheringSubject reports a clause whose subject is a gathering ("The
// three-day gathering, the last such summit in Asia, was hosted by X"): the
// clause of k opens with a determiner, lower-case words and a gathering
// noun.
func (c *sctx) gatheringSubject(k int) bool {
	j := c.clauseStart(k)
	if !c.word(j, "the", "a", "an", "this", "its", "their") {
		return false // "After the summit X was received by Y": X's
	}
	for j++; j < k && (c.toks[j].kind == tokWord && !c.toks[j].upper || c.toks[j].kind == tokNum); j++ {
		if en.GatheringNouns[c.toks[j].lower] {
			return !c.word(j, "talks")
		}
		if c.at[j] >= 0 {
			return false
		}
	}
	return false
}

// includedAfter returns the people of ", including A and B" right after an
// object list ending at end ("sat down with X and members of his cabinet,
// including A and B"): at the same table.
func (c *sctx) includedAfter(end int) []*entity {
	q := end
	for q < len(c.toks) && q < end+8 && c.toks[q].kind == tokWord && !c.word(q, "including") {
		if mi := c.at[q]; mi >= 0 && c.ms[mi].kind != mCountry && c.ms[mi].kind != mDemonym && c.ms[mi].kind != mGroup {
			break
		}
		q++ // "and members of Uganda's cabinet"
	}
	if q < len(c.toks) && c.toks[q].text == "," {
		q++
	}
	if !c.word(q, "including", "among", "notably") {
		return nil
	}
	return personsOf(c.listAfter(q + 1))
}

// relativeStart returns the index of the comma opening a relative clause
// (", which ...", ", who ...") that the comma at j closes, or -1.
func (c *sctx) relativeStart(j int) int {
	for r := j - 1; r >= max(1, j-16); r-- {
		if c.toks[r].kind == tokPunct {
			if c.toks[r].text == "," && c.word(r+1, "who", "whom", "whose", "which") {
				return r
			}
			return -1
		}
	}
	return -1
}

// mediators reads "talks hosted by X", "a meeting mediated by X": the host
// or mediator takes part in the meeting this sentence reports.
func (c *sctx) mediators() {
	var m *event
	for i := len(c.st.events) - 1; i >= 0; i-- {
		if e := c.st.events[i]; e.sent == c.si && e.typ == schema.Meeting {
			m = e
			break
		}
	}
	if m == nil {
		return
	}
	add := func(as []*entity) {
		for _, a := range as {
			if a.kind == schema.KindPerson && !containsEntity(m.parts, a) {
				m.parts = append(m.parts, a)
				m.mark(cueJoint | cueMediated)
			}
		}
	}
	// "X mediated the talks between A and B": the verb's subject.
	if v := m.trig - 1 - boolInt(c.word(m.trig-1, "the")); v > 0 && c.in(v, en.MediateVerbs) && c.modality(v) == schema.Occurred {
		add(c.subjects(v))
		return
	}
	for k := m.trig + 1; k+2 < len(c.toks); k++ {
		if c.toks[k].kind == tokPunct && c.toks[k].text != "," {
			return
		}
		// "talks hosted by X", "talks between A and B were mediated by X"
		if !c.in(k, en.MediateVerbs) || !c.word(k+1, "by") || !c.word(k-1, "talks", "meeting", "discussions", "meetings") && !c.in(k-1, en.BeForms) {
			continue
		}
		add(c.listAfter(k + 2))
		return
	}
}

// plainClause reports whether tokens [i, j) hold no verb of an event or
// speech, so that they can be a noun phrase in apposition.
func (c *sctx) plainClause(i, j int) bool {
	relative := false
	for q := i; q < j; q++ {
		// "a diplomat who served as deputy minister and envoy": the "and"
		// of a relative clause joins no subjects.
		relative = relative || c.word(q, "who", "whose")
		if c.toks[q].kind == tokWord && (en.EventHeads[c.toks[q].lower] || c.word(q, "said", "says", "held", "told") || c.word(q, "and") && !relative) {
			return false
		}
	}
	return true
}

// delegations reads who made up a country's side at talks reported as
// between countries ("Chilean and Peruvian officials held talks"): "A and B
// led the Chilean team", "the Peruvian delegation was led by C and
// included D and E". The people replace their country among the parties
// of the meeting read in the last three sentences.
func (c *sctx) delegations() {
	c.delegationsLedBy()
	for k := 1; k < len(c.toks); k++ {
		if !c.word(k, "team", "delegation", "side") {
			continue
		}
		// "the American team" is read as one group mention, or as a
		// demonym before the noun.
		mi := c.at[k]
		if mi < 0 || c.ms[mi].kind != mGroup || c.ms[mi].j != k+1 {
			mi = c.at[k-1]
			if mi < 0 || c.ms[mi].kind != mDemonym && c.ms[mi].kind != mCountry {
				continue
			}
		}
		iso := c.ms[mi].iso3
		d := c.ms[mi].i
		if iso == "" {
			continue
		}
		var people []*entity
		addPeople := func(es []*entity) {
			for _, e := range es {
				if e.kind == schema.KindPerson && (e.iso3 == iso || e.iso3 == "") && !containsEntity(people, e) {
					people = append(people, e)
				}
			}
		}
		switch {
		case c.word(d-1, "the") && c.word(d-2, "led", "headed"):
			// "A and B led the American team"
			addPeople(c.subjects(d - 2))
		case (c.word(k+1, "was", "is") || c.toks[k+1].text == ",") && c.word(k+2, "led", "headed") && c.word(k+3, "by"):
			// "the Peruvian delegation was headed by C, accompanied by
			// F, ..., and included D and E": those of its country; "the
			// Peruvian side, led by C with D, ...".
			heads, end := c.objects(k+4, 3)
			addPeople(heads)
			if c.word(end, "with") {
				aides, _ := c.objects(end+1, 3)
				addPeople(aides)
			}
			for j := k + 4; j < len(c.toks); j++ {
				if c.word(j, "accompanied") && c.word(j+1, "by") {
					aides, _ := c.objects(j+2, 3)
					addPeople(aides)
				}
				if c.word(j, "included", "including") {
					addPeople(c.listAfter(j + 1))
					break
				}
			}
		case c.in(k+1, en.Included):
			// "while the Chilean side comprised D and E"
			members, _ := c.objects(k+2, 3)
			addPeople(members)
		case c.word(k+1, "by") && c.ledBefore(d):
			// "..., and the Chilean delegation by F": the verb left out.
			heads, _ := c.objects(k+2, 3)
			addPeople(heads)
		}
		if len(people) == 0 {
			continue
		}
		for i := len(c.st.events) - 1; i >= 0; i-- {
			e := c.st.events[i]
			if c.si-e.sent > 3 {
				break
			}
			if e.typ != schema.Meeting || len(e.parts) > 2 && allKind(e.parts, schema.KindCountry) {
				continue // (three states or more: a gathering's delegations)
			}
			at := -1
			for pi, p := range e.parts {
				if p.kind == schema.KindCountry && p.iso3 == iso {
					at = pi
				}
			}
			if at < 0 {
				continue
			}
			parts := append(append([]*entity{}, e.parts[:at]...), e.parts[at+1:]...)
			e.parts = dedupEntities(append(parts, people...))
			e.mark(cueJoint)
			break
		}
	}
}

// delegationsLedBy reads the heads a participle names after talks between
// states told in this sentence: "Kenyan and Ugandan delegations met in
// Kisumu, led by Kenya's X and Uganda's Y". Each head replaces their
// country among the meeting's parties.
func (c *sctx) delegationsLedBy() {
	for k := 1; k+2 < len(c.toks); k++ {
		if c.toks[k-1].text != "," || !c.word(k, "led", "headed") || !c.word(k+1, "by") {
			continue
		}
		heads := personsOf(c.listAfter(k + 2))
		for _, e := range c.st.events {
			if e.sent != c.si || e.trig >= k || e.typ != schema.Meeting || len(e.parts) != 2 || !allKind(e.parts, schema.KindCountry) {
				continue
			}
			parts := append([]*entity{}, e.parts...)
			for pi, p := range parts {
				for _, h := range heads {
					if h = h.canon(); h.iso3 != "" && !h.guessed && c.st.historical(h.iso3) == c.st.historical(p.iso3) {
						parts[pi] = h
					}
				}
			}
			if allKind(parts, schema.KindPerson) {
				e.parts = parts
			}
		}
		return
	}
}

// ledBefore reports "led by" or "headed by" in the sentence before d: a
// later side may leave the verb out ("A's team was led by X and B's by
// Y").
func (c *sctx) ledBefore(d int) bool {
	for j := 1; j+1 < d; j++ {
		if c.word(j, "led", "headed") && c.word(j+1, "by") {
			return true
		}
	}
	return false
}

// seriesWithEach reads the partners a plural meeting noun at k lists, each
// after its own "with": "had four meetings at the margins of the summit,
// with A, with B and with C": a meeting with each. It reports
// whether it read two or more.
func (c *sctx) seriesWithEach(k int) bool {
	var objs [][]*entity
	for j := k + 1; j+1 < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";"; j++ {
		if c.word(j, "with") && (len(objs) == 0 || c.toks[j-1].text == "," || c.word(j-1, "and")) && !c.absoluteWith(j) {
			if obj, _ := c.objects(j+1, 3); len(personsOf(obj)) > 0 {
				objs = append(objs, personsOf(obj))
			}
		}
	}
	subj := c.subjects(k)
	if v := k - 1 - c.plainModifiers(k); c.coordinatedVerb(v) {
		if a := c.sentenceSubject(v); a != nil {
			subj = []*entity{a} // "met A, and then had separate talks with B and with C"
		}
	}
	if len(objs) < 2 || len(subj) != 1 || c.modality(k) != schema.Occurred {
		return false
	}
	for _, obj := range objs {
		for _, e := range c.addMeeting(k, subj, obj, false) {
			c.meetingDetails(e, k)
		}
	}
	return true
}

// meetingSeries reads "X held three bilateral meetings on Wednesday on the
// sidelines of G": no meeting yet, but the day and gathering of the
// meetings of X the next sentences tell.
func (c *sctx) meetingSeries(k int) {
	subj := c.subjects(k)
	if len(subj) != 1 || subj[0].kind != schema.KindPerson || c.modality(k) != schema.Occurred {
		return
	}
	e := &event{typ: schema.Meeting, status: schema.Occurred, parts: subj, sent: c.si, trig: k}
	c.dateFor(e, k)
	for j := k + 1; j+1 < len(c.toks); j++ {
		if c.in(j, en.SidelineWords) && c.word(j+1, "of") {
			e.sidelines = c.sidelineGathering(j+2, e)
			break
		}
	}
	c.st.series = append(c.st.series, e)
}

// ledPartyAfter reports a delegation with its leader right after the verb
// at k ("met a party delegation led by A and including B"): its people
// sat as one party.
func (c *sctx) ledPartyAfter(k int) bool {
	for q := k + 1; q <= k+2; q++ {
		if h, _ := c.delegationHead(q); h != nil {
			return true
		}
	}
	return false
}

// delegationHead reads "a (Chinese) delegation led by Foreign Minister Wang
// Yi" at k: the person who leads it stands for the delegation.
func (c *sctx) delegationHead(k int) (*entity, int) {
	j := k
	if !c.word(j, "a", "an", "the") {
		return nil, k
	}
	j++
	for q := j; q < min(len(c.toks), j+4); q++ {
		if c.word(q, "delegation", "team", "mission") {
			// "a team of senators led by their leader, X": the "of"
			// phrase (an acronym in brackets too) and the leader's title
			// may come between.
			// ("a delegation of the X union (XU), headed by": a comma
			// before the participle too.)
			l := q + 1
			for l < min(len(c.toks), q+16) && !c.word(l, "led", "headed") && (c.toks[l].kind == tokWord || c.toks[l].text == "'" || c.toks[l].text == "(" || c.toks[l].text == ")" || c.toks[l].text == "," && c.word(l+1, "led", "headed")) {
				l++
			}
			if !c.word(l, "led", "headed") || !c.word(l+1, "by") {
				return nil, k
			}
			for b := l + 2; b < min(len(c.toks), l+9); b++ {
				if c.at[b] >= 0 && c.namedPossession(c.ms[c.at[b]]) {
					b = c.ms[c.at[b]].j - 1 // "led by X's chief of staff, Y": Y
					continue
				}
				if c.at[b] >= 0 {
					if a := c.actor(c.at[b]); a != nil && a.kind == schema.KindPerson {
						return a, c.ms[c.at[b]].j
					}
					return nil, k
				}
				if c.toks[b].kind == tokPunct && c.toks[b].text != "," {
					break
				}
			}
			return nil, k
		}
		if c.toks[q].kind != tokWord {
			return nil, k
		}
	}
	return nil, k
}

// gerundAfterComma reports a meeting noun at k after a gerund of support
// ("holding talks") that follows "after", "before" or "while" in a phrase
// set off by a comma: ", soon after having talks with Z".
func (c *sctx) gerundAfterComma(k int) bool {
	g := k - 1
	if c.word(g, "a", "an", "the", "his", "her", "their", "separate", "bilateral") {
		g--
	}
	if !c.word(g, "holding", "having") || !c.word(g-1, "after", "before", "while") {
		return false
	}
	for j := g - 2; j >= max(0, g-7); j-- {
		if c.toks[j].text == "," {
			return true
		}
		if c.at[j] >= 0 || c.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// coordinatedVerb reports whether the verb phrase of token k is coordinated
// with an earlier one of the same subject: ", and held talks".
func (c *sctx) coordinatedVerb(k int) bool {
	v := k
	if c.in(k-1, en.SupportVerbs) {
		v = k - 1 // "held talks"
	}
	if v > 0 && c.toks[v-1].text == "," && c.pastForm(v) && c.relativeOpen(v-1) < 0 {
		// "met A at X, held talks with B at Y, and ...": a list of verbs
		// (not "said X, who landed on Sunday, held talks": the relative
		// clause closes and X's verb follows).
		return true
	}
	for j := k - 1; j >= max(1, k-6); j-- {
		if c.word(j, "and") && c.toks[j-1].text == "," {
			return true
		}
		if c.at[j] >= 0 || c.toks[j].kind == tokPunct {
			return false
		}
	}
	return false
}

// andThenVerb reports a verb at k that a time phrase parts from the "and"
// before it: "and the next day met", "and later that evening met", "and
// on Tuesday met".
func (c *sctx) andThenVerb(k int) bool {
	for j := k - 1; j >= max(1, k-6); j-- {
		if c.word(j, "and") {
			return j < k-1
		}
		if c.at[j] >= 0 || c.toks[j].kind != tokWord || !(c.dateTok(j) || en.AdverbialWords[c.toks[j].lower] || c.word(j, "next", "following", "later", "then")) {
			return false
		}
	}
	return false
}

// accompanied reads "X travels with a delegation that includes Y",
// "X, accompanied by Y, arrived", "X flew to Y, joined by Z": Y makes X's
// visit too.
func (c *sctx) accompanied() {
	for k := 1; k+1 < len(c.toks); k++ {
		// ", joined by Y" travels with X; "X, who arrived on Friday, was
		// joined by Y" is Y meeting X there, from wherever Y came.
		// "X led a delegation to Y. X was joined by A and B.": with no
		// place of its own, the sentence names the party of the trip.
		joined := c.word(k, "joined") && (c.toks[k-1].text == "," || c.word(k-1, "was", "were") && !c.placeNamed())
		if !c.word(k, "accompanied") && !joined || !c.word(k+1, "by") || c.modality(k) != schema.Occurred {
			continue
		}
		from := k + 2
		for j := from; j < min(len(c.toks), from+6); j++ {
			if c.word(j, "includes", "included", "including") {
				from = j + 1
				break
			}
		}
		list := c.listAfter(from)
		for q := from; q+1 < len(c.toks) && c.toks[q].text != "."; q++ {
			if c.toks[q].text == "," && c.word(q+1, "where", "when", "after", "before") {
				list = c.between(from, q) // "..., where Y greeted him": Y is no companion
				break
			}
		}
		var people []*entity
		for _, a := range list {
			if a.kind == schema.KindPerson && !c.possessorAfter(a, from) {
				people = append(people, a) // ("Y, X's son-in-law": not X)
			}
		}
		// No subject, or a place ("X led a delegation to Kenya, joined by
		// Y"): the sentence's person subject.
		subj := c.subjects(k)
		if a := c.sentenceSubject(k); a != nil && (len(subj) == 0 || len(subj) == 1 && subj[0].kind != schema.KindPerson) {
			subj = []*entity{a}
		}
		if len(people) == 0 || len(subj) != 1 {
			return
		}
		lead := subj[0].canon()
		if containsEntity(people, lead) {
			// "She is accompanied by A and B": not one of them.
			if lead = c.st.lastTraveller(c.si); lead == nil {
				return
			}
		}
		c.companionsMeet(lead, people)
		if joined {
			c.companionsTrip(k, lead, people)
			c.st.parties = append(c.st.parties, party{sent: c.si, members: append([]*entity{lead}, people...)})
			return
		}
		for _, p := range people {
			if p.canon() != lead {
				c.st.companions = append(c.st.companions, companion{who: p.canon(), lead: lead, sent: c.si, trig: k})
			}
		}
		return
	}
}

// joinedTraveller reads an active "Y joined him" (or "her") told of one
// whose trip the text just told: "X flew to Suva, where Y joined her",
// "X reached Lusaka on Monday. Y joined him there": Y came to that place
// too.
func (c *sctx) joinedTraveller() {
	for k := 1; k+1 < len(c.toks); k++ {
		if !c.word(k, "joined") || !c.word(k+1, "him", "her", "them") || c.word(k-1, "was", "were", "had", "has", "have") || c.modality(k) != schema.Occurred {
			continue
		}
		mi := c.at[k+1]
		if mi < 0 {
			return
		}
		lead := c.actor(mi)
		people := personsOf(c.subjects(k))
		if c.word(k+1, "them") {
			// "Y joined them": the party of the trip told last, when
			// that trip is the last event told ("A and B held talks
			// before Y joined them" is no trip of Y's).
			if lead = c.st.lastTraveller(c.si); !c.st.tripToldLast(c.si) {
				return
			}
		}
		if lead != nil && containsEntity(people, lead.canon()) {
			// "Y joined her": not Y, but the one whose trip was told.
			lead = c.st.lastTraveller(c.si)
		}
		if lead == nil || len(people) == 0 || containsEntity(people, lead.canon()) {
			return
		}
		c.companionsTrip(k, lead.canon(), people)
		if len(c.st.dates[c.si]) > 0 {
			// "Y joined them on Sunday": the day Y came, not the lead's.
			for _, e := range c.st.events {
				if e.typ == schema.Visit && e.sent == c.si && e.trig == k {
					c.dateFor(e, k)
				}
			}
		}
		return
	}
}

// tripToldLast reports that the last event told before sentence si is a
// visit that took place.
func (st *docState) tripToldLast(si int) bool {
	for i := len(st.events) - 1; i >= 0; i-- {
		if e := st.events[i]; e.sent < si {
			return e.typ == schema.Visit && e.status == schema.Occurred
		}
	}
	return false
}

// travelAfter reports a trip of one of people told in this sentence by a
// word after k: the people are the trip's own subject.
func (c *sctx) travelAfter(people []*entity, k int) bool {
	for _, e := range c.st.events {
		if e.typ == schema.Visit && e.sent == c.si && e.trig > k && e.visitor != nil && containsCanon(people, e.visitor) {
			return true
		}
	}
	return false
}

// possessorAfter reports that the sentence names a after k only as a
// possessor ("X's son-in-law").
func (c *sctx) possessorAfter(a *entity, k int) bool {
	poss := false
	for mi, m := range c.ms {
		if m.i < k || m.kind != mPerson {
			continue
		}
		if e := c.actor(mi); e != nil && e.canon() == a.canon() {
			if !m.poss {
				return false
			}
			poss = true
		}
	}
	return poss
}

// placeNamed reports a city or country named in the sentence.
func (c *sctx) placeNamed() bool {
	for _, m := range c.ms {
		if m.kind == mCity || m.kind == mCountry {
			return true
		}
	}
	return false
}

// party is a travelling party the text named the members of, told at
// sentence sent.
type party struct {
	sent    int
	members []*entity
}

// partyNear returns the members of the party told in the last eight
// sentences, or nil.
func (st *docState) partyNear(si int) []*entity {
	for i := len(st.parties) - 1; i >= 0; i-- {
		if p := st.parties[i]; p.sent <= si && si-p.sent <= 8 {
			return p.members
		}
	}
	return nil
}

// pluralNear returns the persons last told as one side of a journey or
// meeting in the three sentences before si, or nil.
func (st *docState) pluralNear(si int) []*entity {
	for i := len(st.plurals) - 1; i >= 0; i-- {
		if p := st.plurals[i]; p.sent < si {
			if si-p.sent <= 3 {
				return p.members
			}
			return nil
		}
	}
	return nil
}

// notePlural keeps two or more persons told as one side of an event in
// sentence si (pluralNear).
func (st *docState) notePlural(si int, ps []*entity) {
	if ps = personsOf(ps); len(ps) >= 2 {
		st.plurals = append(st.plurals, party{sent: si, members: ps})
	}
}

// ledBy returns the person after "led by" or "headed by" in the tokens
// [cs, k): "The group, led by Sen. X, included ...".
func (c *sctx) ledBy(cs, k int) *entity {
	for j := cs; j+2 < k; j++ {
		if c.word(j, "led", "headed") && c.word(j+1, "by") {
			if mi := c.at[j+2]; mi >= 0 && c.ms[mi].kind == mPerson {
				return c.actor(mi)
			}
		}
	}
	return nil
}

// companionsTrip gives the people who joined lead lead's latest visit told
// in the last three sentences, bar those at home there.
func (c *sctx) companionsTrip(k int, lead *entity, people []*entity) {
	for i := len(c.st.events) - 1; i >= 0; i-- {
		v := c.st.events[i]
		if c.si-v.sent > 3 {
			break
		}
		if v.typ != schema.Visit || v.visitor == nil || v.visitor.canon() != lead || v.status != schema.Occurred {
			continue
		}
		for _, p := range people {
			if p.canon() == lead {
				continue
			}
			p := p.canon()
			ofLeadCountry(p, lead)
			e := &event{typ: schema.Visit, status: v.status, visitor: p, host: v.host, date: v.date, dateFrom: v.dateFrom, place: v.place, sent: c.si, trig: k, conf: v.conf}
			if p.iso3 != "" && c.st.historical(p.iso3) == v.host.iso3 {
				continue
			}
			c.st.events = append(c.st.events, e)
		}
		return
	}
}

// delegationIncludes reads "The delegation also includes A and B",
// "Members of her delegation include A and B": the members travel with the
// delegation's leader, the one it was told led by or the latest traveller
// (st.companions).
func (c *sctx) delegationIncludes() {
	for k := 1; k+1 < len(c.toks); k++ {
		if !c.in(k, en.IncludeVerbs) {
			continue
		}
		cs := c.clauseStart(k)
		d := -1
		for j := cs; j < k; j++ {
			if c.in(j, en.EntourageNouns) {
				d = j
			}
		}
		if c.word(k, "including") {
			// "travelling with a delegation of twenty officials, including
			// A and B": the party's noun just before.
			d = -1
			for j := k - 1; j >= max(0, k-8) && c.toks[j].text != "."; j-- {
				if c.in(j, en.EntourageNouns) {
					d = j
					break
				}
			}
		}
		if d < 0 && c.word(k-1, "it") && k-1 == cs && c.si > 0 && c.st.sentenceHas(c.si-1, en.EntourageNouns) {
			d = k - 1 // "A delegation arrived on Friday. It included A and B."
		}
		if d < 0 || c.modality(k) != schema.Occurred {
			continue
		}
		var people []*entity
		if c.semicolonAfter(k) {
			// "includes A, Minister of X; B, Minister of Y; and C": the
			// items hold commas of their own.
			people = c.namedAfter(k)
		} else {
			people = personsOf(c.listAfter(k + 1))
		}
		lead := c.delegationLeader(cs, k)
		if lead == nil {
			lead = c.ledBy(cs, k)
		}
		switch {
		case lead != nil:
		case c.travelAfter(people, k):
			// "A group including A, B and C flew in": the one of them
			// the trip was read for takes the others along.
			lead = c.st.lastTraveller(c.si)
		default:
			// "X flew to Y with a delegation that included A and B": A
			// and B may have Y's visit from this sentence; X led them.
			lead = c.st.lastTravellerBut(c.si, people)
		}
		if lead != nil && len(people) > 0 {
			c.st.parties = append(c.st.parties, party{sent: c.si, members: append([]*entity{lead}, people...)})
		}
		for _, p := range people {
			if lead != nil && p.canon() != lead {
				c.st.companions = append(c.st.companions, companion{who: p.canon(), lead: lead, sent: c.si, trig: k})
			}
		}
		return
	}
}

// togetherWith reads "Together with Y, X met Z", "X, along with Y, held
// talks with Z", "X arrived and, together with Y, met Z": the people of
// the phrase (en.AlongWith) take part in the meetings told after it in the
// sentence, on its subject's side. Told last in the clause ("X sat down
// with Z on Monday alongside Y"), they join the meeting told just
// before it.
func (c *sctx) togetherWith() {
	for k := 0; k+2 < len(c.toks); k++ {
		n := c.phraseAt(k, en.AlongWith)
		if n == 0 {
			continue
		}
		var people []*entity
		end := k + n
		for ; end < len(c.toks) && c.toks[end].kind != tokPunct; end++ {
			if mi := c.at[end]; mi >= 0 {
				if a := c.actor(mi); a != nil && a.kind == schema.KindPerson {
					people = append(people, a.canon())
				}
				end = c.ms[mi].j - 1
			}
		}
		if len(people) == 0 {
			continue
		}
		before := k == 0 || c.toks[k-1].text == ","
		if !before || end >= len(c.toks) || c.toks[end].text != "," {
			c.alongsideLast(k, end, people)
			continue
		}
		for _, e := range c.st.events {
			if e.typ != schema.Meeting || e.sent != c.si || e.trig <= end || e.status != schema.Occurred {
				continue
			}
			for _, p := range people {
				if !containsEntity(e.parts, p) {
					e.parts = append(e.parts, p)
				}
			}
		}
	}
}

// alongsideLast adds the people of an en.AlongWith phrase [k, end) that
// closes its clause to the meeting told last before it in the sentence:
// "X sat down with Z on Monday alongside Y".
func (c *sctx) alongsideLast(k, end int, people []*entity) {
	if end < len(c.toks) && c.toks[end].text != "." && c.toks[end].text != "," && c.toks[end].text != ";" {
		return
	}
	var last *event
	for _, e := range c.st.events {
		if e.typ == schema.Meeting && e.sent == c.si && e.trig < k && e.status == schema.Occurred {
			last = e
		}
	}
	if last == nil {
		return
	}
	for _, p := range people {
		if !containsEntity(last.parts, p) {
			last.parts = append(last.parts, p)
		}
	}
}

// companionsMeet adds the people who accompanied lead to the meetings of
// this sentence lead is a party of: "The King, accompanied by the Queen,
// granted an audience to X", "received X, who was accompanied by Y".
func (c *sctx) companionsMeet(lead *entity, people []*entity) {
	for _, e := range c.st.events {
		if e.typ != schema.Meeting || e.sent != c.si || e.status != schema.Occurred || !containsEntity(e.parts, lead) || !c.foreignParty(e, lead) {
			continue // ("X, accompanied by two ministers, met farmers": at home)
		}
		for _, p := range people {
			if !containsEntity(e.parts, p.canon()) {
				e.parts = append(e.parts, p.canon())
			}
		}
	}
}

// foreignParty reports whether meeting e has a party of another country
// than lead's: one of a known other country, a person of no known country
// when lead's is known, or any of a country when lead's is not.
func (c *sctx) foreignParty(e *event, lead *entity) bool {
	home := c.st.countryOf(lead)
	for _, p := range e.parts {
		if p.canon() == lead {
			continue
		}
		o := c.st.countryOf(p)
		if p.canon().guessed {
			o = nil // (a country read off the words around a name is no proof)
		}
		if o != nil && (home == nil || o.canon() != home.canon()) || o == nil && home != nil && p.canon().kind == schema.KindPerson {
			return true // (a person of no known country is no compatriot)
		}
	}
	return false
}

// nounPredicate reads the predicate of a meeting noun that opens its
// clause ("A meeting between X and Y is being planned", "Talks between X
// and Y were postponed"): the status it gives, if any.
func (c *sctx) nounPredicate(k int) (schema.EventStatus, bool) {
	from := k + 1
	if c.word(from, "between", "with", "among") && from+1 < len(c.toks) && c.at[from+1] >= 0 {
		// "The summit between A, B and C, set for Sunday, did not take
		// place": past the parties' list and its commas.
		_, _, from = c.coordinated(from + 1)
	}
	for j := from; j < len(c.toks); j++ {
		t := c.toks[j]
		if t.text == "," {
			// "talks, scheduled for Thursday, will ...": a participle
			// appositive tells the status ("initially scheduled" too);
			// another one is stepped over.
			p := j + 1
			if c.toks[min(p, len(c.toks)-1)].kind == tokWord && strings.HasSuffix(c.toks[min(p, len(c.toks)-1)].lower, "ly") {
				p++
			}
			// ("announced for Sunday": a plan too.)
			if c.in(p, en.PlannedParticiples) || c.word(p, "announced") && c.word(p+1, "for") {
				// "A meeting with X, pencilled in for Friday, was
				// dropped": the predicate after it may cancel the plan.
				if e := c.plannedClose(j); e > j && p == j+1 {
					if st, ok := c.nounPredicate(e); ok && st == schema.Cancelled {
						return st, true
					}
				}
				return schema.Planned, true
			}
			if c.in(p, en.CancelParticiples) {
				return schema.Cancelled, true
			}
			if e := c.appositiveEnd(j); e > j {
				j = e
				continue
			}
			// "A session with X, which aides had sought for the first
			// leg, did not take place": the relative clause is stepped
			// over; so is a participle phrase ("flagged by Y last week").
			if c.word(j+1, "which", "who") || p < len(c.toks) && c.pastForm(p) && c.word(p+1, "by") {
				if e := c.closingComma(j); e > j {
					j = e
					continue
				}
			}
		}
		if t.kind == tokPunct && t.text != "-" && !isQuote(t.text) || c.word(j, "which", "who", "that", "said") {
			return "", false
		}
		if c.word(j, "did", "does", "do") && c.word(j+1, "not") || c.word(j, "never") || c.phraseAt(j, en.FailPredicates) > 0 {
			return schema.Cancelled, true // "the session did not take place", "the sit-down fell through"
		}
		if !c.in(j, en.Auxiliaries) {
			continue
		}
		if c.in(j, en.Modals) || c.weakModal(j) {
			return schema.Planned, true
		}
		if c.word(j, "is", "are", "was", "were") && c.word(j+1, "to") {
			// "the talks are to take place in Arusha"
			return schema.Planned, true
		}
		for q := j + 1; q < min(len(c.toks), j+4); q++ {
			switch {
			case c.in(q, en.PlannedParticiples):
				return schema.Planned, true
			case c.in(q, en.CancelParticiples) || c.word(q, "called") && c.word(q+1, "off"):
				return schema.Cancelled, true
			case c.word(q, "not"):
				return schema.Cancelled, true
			}
		}
		return "", false
	}
	return "", false
}

// plannedClose returns the comma that closes a plan's appositive opened
// by the comma at j, past the commas of its date and place ("set for
// Sunday, December 15, in Lusaka,"), or -1.
func (c *sctx) plannedClose(j int) int {
	e := c.closingComma(j)
	for e > 0 && e+1 < len(c.toks) && (c.dateTok(e+1) || c.word(e+1, "in", "at") && c.at[min(e+2, len(c.toks)-1)] >= 0) {
		if n := c.closingComma(e); n > e {
			e = n
			continue
		}
		break
	}
	return e
}

// closingComma returns the comma that closes the clause opened by the
// comma at j, within sixteen words and before any other punctuation, or -1.
func (c *sctx) closingComma(j int) int {
	for q := j + 1; q < min(len(c.toks), j+17); q++ {
		if c.toks[q].text == "," {
			return q
		}
		if c.toks[q].kind == tokPunct && c.toks[q].text != "-" && c.toks[q].text != "'" {
			return -1
		}
	}
	return -1
}

// appositiveEnd returns the comma closing a participle or prepositional
// appositive opened by the comma at j ("talks, held in secret, ended"), or
// j when there is none within eight words.
func (c *sctx) appositiveEnd(j int) int {
	if !c.word(j+1, "held", "hosted", "chaired", "led", "in", "at", "on", "with", "which", "the", "a") {
		return j
	}
	for q := j + 2; q < min(len(c.toks), j+10); q++ {
		if c.toks[q].text == "," {
			return q
		}
		if c.toks[q].kind == tokPunct {
			return j
		}
	}
	return j
}
