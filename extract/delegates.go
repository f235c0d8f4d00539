package extract

import (
	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/schema"
)

// delegates reads the officials a sentence puts at the meeting told just
// before it: "X was accompanied by Y", "Y sat with X", "X had Y at his
// side", "Y also attended the talks", "Also at the table were Y and Z",
// "the Chilean delegation included Y". Each is one more party of that
// meeting, not a meeting of their own.
func (c *sctx) delegates() {
	c.inThePresenceOf()
	m := c.recentMeeting()
	if c.hasClass(en.Unconfirmed) || c.hasClass(en.Hearsay) {
		return
	}
	if m == nil {
		// "The leaders sat down three-on-three: A with B and C; D with
		// E": the sides of the sentence's own meeting.
		if own := c.ownMeeting(); own != nil {
			c.addDelegates(own, append(c.sidesWith(own), c.aideTail(own)...))
		}
		return
	}
	if c.refersToMeeting() {
		m.seen = c.si // keeps it in focus for the next sentence
	}
	var people []*entity
	for k := 0; k < len(c.toks); k++ {
		if by, _ := c.joinedBy(k); by > 0 && c.forManySided(by) {
			continue // "were joined by Z for a trilateral meeting": a gathering
		}
		if found := c.delegatesAt(k, m); len(found) > 0 && c.modality(k) == schema.Occurred {
			people = append(people, found...)
			people = append(people, c.joinerTail(k)...)
		}
	}
	people = append(people, c.sidesWith(m)...)
	c.addDelegates(m, people)
}

// addDelegates makes people parties of meeting m, a joint one once it
// has more.
func (c *sctx) addDelegates(m *event, people []*entity) {
	added := false
	for _, p := range people {
		if !containsCanon(m.parts, p) {
			m.parts = append(m.parts, p.canon())
			added = true
		}
	}
	if added {
		m.mark(cueJoint)
	}
}

// aideTail reads a participle tail after the sentence's own meeting m:
// "X received Y at State House, flanked by A and B" (or "accompanied by",
// "joined by"): A and B sat in.
func (c *sctx) aideTail(m *event) []*entity {
	for k := m.trig + 1; k+1 < len(c.toks); k++ {
		if c.toks[k-1].text != "," || !c.in(k, en.AidePassives) {
			continue
		}
		if by := k + 1 + c.phraseAt(k+1, en.AmongOthers); c.word(by, "by") && c.modality(k) == schema.Occurred {
			return personsOf(c.listAfter(by + 1))
		}
	}
	return nil
}

// ownMeeting returns the last occurred meeting the sentence tells, or nil.
func (c *sctx) ownMeeting() *event {
	for i := len(c.st.events) - 1; i >= 0 && c.st.events[i].sent == c.si; i-- {
		if e := c.st.events[i]; e.typ == schema.Meeting && e.status == schema.Occurred {
			return e
		}
	}
	return nil
}

// joinerTail returns the people a tail after the first comma of the
// clause at k adds to those it placed at the meeting: "Y sat in, as did
// Z", "Y also took part, together with Z".
func (c *sctx) joinerTail(k int) []*entity {
	for j := k + 1; j < len(c.toks); j++ {
		switch c.toks[j].text {
		case ".", ";":
			return nil
		case ",":
			if n := c.phraseAt(j+1, en.JoinerTails); n > 0 {
				return personsOf(c.listAfter(j + 1 + n))
			}
			return nil
		}
	}
	return nil
}

// inThePresenceOf reads "X received Y, in the presence of Z" and "X met
// Y, with Z at his side": Z is one more party of the meeting this sentence
// tells.
func (c *sctx) inThePresenceOf() {
	for k := 0; k < len(c.toks); k++ {
		n := c.phraseAt(k, en.InPresenceOf)
		along := n == 0 && c.phraseAt(k, en.AlongWith) > 0
		if along {
			n = c.phraseAt(k, en.AlongWith)
		}
		if by := c.meetingAttendedBy(k); by > 0 {
			n = by + 1 - k // "for talks also attended by Z"
		}
		joined, _ := c.joinedBy(k)
		var present []*entity
		aside := false // told beside the clause: the meeting may come after
		switch {
		case n > 0:
			present = personsOf(c.listAfter(k + n))
		case c.word(k, "with"):
			present, aside = c.atSide(k+1), true // "with Z at his side"
			if len(present) == 0 {
				present = c.withAside(k) // "X, with the foreign minister, Z, met Y"
			}
			if len(present) == 0 {
				present = c.withAlsoThere(k) // "met Y, with A and B also in the room"
			}
		case k == 0 && c.in(0, en.AidePassives) && c.word(1, "by"):
			present, aside = personsOf(c.listAfter(2)), true // "Flanked by Z, X met Y"
		case c.phraseAt(k, en.SatIn) > 0 && c.possessedTalks(k+c.phraseAt(k, en.SatIn)):
			// "Z sat in on Y's talks with X": Z is at them too
			present, aside = personsOf(c.subjects(k)), true
		case joined > 0:
			// "a wider session, which was joined by Z", "spoke alone and
			// were later joined by Z", "held a meeting, joined by Z"
			present = personsOf(c.listAfter(joined + 1))
		case c.word(k, "that", "which") && c.talksOrTeamsBefore(k):
			// "for talks that also included Z", "with their delegations,
			// which included Z"
			q := k + 1 + boolInt(c.word(k+1, "also"))
			if c.in(q, en.IncludeVerbs) || c.word(q, "involved") {
				present = personsOf(c.listAfter(q + 1))
			}
		case c.word(k, "which") && k > 0 && c.toks[k-1].text == ",":
			present = c.whichJoined(k) // "a working lunch, which Z joined"
		case c.word(k, "format") && c.word(k+1, "with"):
			// "A and B met in a trilateral format with Z": one more party;
			// more than one make a gathering, told as one elsewhere.
			if ps := personsOf(c.listAfter(k + 2)); len(ps) == 1 {
				present = ps
			}
		}
		if len(present) == 0 {
			continue
		}
		for i := len(c.st.events) - 1; i >= 0; i-- {
			e := c.st.events[i]
			if e.sent != c.si {
				return
			}
			if e.typ == schema.Meeting && e.status == schema.Occurred && (e.trig < k || aside) {
				if along && (!allPersons(e.parts) || c.adjunctBetween(e.trig, k)) {
					// "X hosted the talks together with the AU": a co-host;
					// "met Y in Tokyo on Sunday, along with Z": Z's part is
					// not told.
					return
				}
				for _, p := range present {
					if !containsCanon(e.parts, p) {
						e.parts = append(e.parts, p.canon())
					}
				}
				e.mark(cueJoint)
				return
			}
		}
		return
	}
}

// forManySided reports a "for" after the "by" at k that gives the joiners'
// purpose as a meeting of three or more sides (en.ManySided: "were joined
// by Z for a trilateral meeting"): a gathering of its own, not one more
// party of the talks told before.
func (c *sctx) forManySided(k int) bool {
	for q := k + 1; q < len(c.toks) && c.toks[q].text != "." && c.toks[q].text != ";"; q++ {
		if c.word(q, "for") {
			for r := q + 1; r < min(len(c.toks), q+4); r++ {
				if c.in(r, en.ManySided) {
					return true
				}
			}
		}
	}
	return false
}

// talksOrTeamsBefore reports a meeting noun or a plural of a delegation
// noun right before the relative word at k, past a comma: "talks that",
// "the full delegations, which".
func (c *sctx) talksOrTeamsBefore(k int) bool {
	a := k - 1
	if a > 0 && c.toks[a].text == "," {
		a--
	}
	return c.in(a, en.MeetingRefs) || c.word(a, "delegations", "teams", "sides")
}

// possessedTalks reports a person in the possessive at q whose meeting
// noun follows ("Ruto's talks", "the president's meeting").
func (c *sctx) possessedTalks(q int) bool {
	if c.word(q, "the") {
		q++
	}
	if q >= len(c.toks) || c.at[q] < 0 || !c.ms[c.at[q]].poss {
		return false
	}
	return c.in(c.ms[c.at[q]].j, en.MeetingRefs)
}

// joinedBy returns the "by" of a "joined ... by" at k that adds people to
// a meeting, or 0: a passive ("which was joined by Z", "were afterwards
// joined in a larger session by Z") or a participle after a comma ("...,
// joined by Z"); and whether it is the participle. The passive's subject
// is left to the caller.
func (c *sctx) joinedBy(k int) (int, bool) {
	if !c.word(k, "joined") {
		return 0, false
	}
	by := k + 1
	for by < min(len(c.toks), k+10) && !c.word(by, "by") && c.toks[by].kind == tokWord {
		by++ // "joined during the larger session by"
	}
	if !c.word(by, "by") {
		return 0, false
	}
	if k > 0 && c.toks[k-1].text == "," {
		return by, true
	}
	aux := k - 1
	if c.in(aux, en.SequelAdverbs) || c.word(aux, "soon", "also") {
		aux--
	}
	if !c.word(aux, "were", "was") {
		return 0, false
	}
	return by, false
}

// joinedByParties reports a joinedBy at k whose subject is a meeting
// told before or its parties: "a wider session, which was joined by Z",
// "after which they were joined by Z", "Their talks went on, joined by Z".
func (c *sctx) joinedByParties(k int) bool {
	by, participle := c.joinedBy(k)
	switch {
	case by == 0:
		return false
	case participle:
		for q := 0; q < k; q++ {
			if c.in(q, en.MeetingRefs) {
				return true
			}
		}
		return false
	}
	q := k - 2
	if !c.word(k-1, "were", "was") {
		q-- // "they were later joined"
	}
	return c.word(q, "they") || c.word(q, "which") && c.in(q-2, en.MeetingRefs)
}

// whichJoined returns the people of a relative clause at k that joined
// or attended the meeting or meal named right before it and ends there
// ("a working lunch, which the trade minister, Z, joined."), or nil.
func (c *sctx) whichJoined(k int) []*entity {
	if !c.in(k-2, en.MeetingRefs) && !c.in(k-2, en.MealNouns) {
		return nil // "met Y at the summit in Quito, which Z attended": the summit's
	}
	for v := k + 2; v < min(len(c.toks), k+14); v++ {
		if c.word(v, "joined", "attended") && c.bareEnd(v+1) {
			return personsOf(c.between(k+1, v))
		}
		if c.at[v] < 0 && c.toks[v].kind == tokWord && !c.toks[v].upper && !c.in(v, en.RoleHeads) && !c.word(v, "and", "the", "also", "later") {
			return nil
		}
	}
	return nil
}

// adjunctBetween reports a phrase of place or time between tokens i and k
// ("in Tokyo", "on Sunday"), which closes the objects of a verb at i.
func (c *sctx) adjunctBetween(i, k int) bool {
	for q := i + 1; q+1 < k; q++ {
		if !c.word(q, "in", "on", "at") {
			continue
		}
		if c.in(q+1, en.WeekdayWords) || en.MonthNames[c.toks[q+1].lower] != 0 || c.toks[q+1].kind == tokNum {
			return true
		}
		if mi := c.at[q+1]; mi >= 0 && (c.ms[mi].kind == mCity || c.ms[mi].kind == mCountry) {
			return true
		}
	}
	return false
}

// withAlsoThere returns the people of a "with" phrase at k that ends in
// a phrase of presence ("with A and B also in the room", "with Z also
// present", "..., with A and B sitting in"), or nil.
func (c *sctx) withAlsoThere(k int) []*entity {
	// After a comma the phrase needs no "also": "..., with Z sitting in".
	absolute := k > 0 && c.toks[k-1].text == ","
	there := func(j int) bool {
		return c.word(j, "also") && c.phraseAt(j, en.AlsoThere) > 0 || absolute && c.phraseAt(j, en.PresentHere) > 0
	}
	also := false // (cheap first: objects is dear, and "with" is everywhere)
	for j := k + 2; j < len(c.toks) && c.toks[j].text != "." && c.toks[j].text != ";" && !also; j++ {
		also = there(j)
	}
	if !also {
		return nil
	}
	obj, end := c.objects(k+1, 3)
	if len(obj) == 0 || !allPersons(obj) || !there(end) {
		return nil
	}
	return obj
}

// withAside returns the people of a "with" phrase set off by commas
// right after a person, the subject of the verb after it ("X, with the
// foreign minister, Z, then held talks with Y", "X, with Minister Z, met
// Y"): they took part beside X. Nil for any other "with".
func (c *sctx) withAside(k int) []*entity {
	if k < 2 || c.toks[k-1].text != "," || c.at[k-2] < 0 || c.ms[c.at[k-2]].kind != mPerson {
		return nil
	}
	obj, end := c.objects(k+1, 3)
	if len(obj) == 0 || !allPersons(obj) || end >= len(c.toks) || c.toks[end].text != "," {
		return nil
	}
	v := end + 1
	for c.word(v, "then", "later", "also", "first") {
		v++
	}
	if !c.word(v, "met", "held", "had", "received", "hosted", "sat", "spoke", "talked") {
		return nil
	}
	return obj
}

// atSide returns the person named at o when a side phrase follows the
// name ("Z at his side", "Foreign Minister Z by her side", "Z at his
// elbow", "the Foreign Minister, Z, at his side"), or nil.
func (c *sctx) atSide(o int) []*entity {
	side := false // (cheap first: objects is dear, and "with" is everywhere)
	for j := o; j < len(c.toks) && !side; j++ {
		side = c.phraseAt(j, en.SideWords) > 0
	}
	if !side {
		return nil
	}
	obj, end := c.objects(o, 3)
	if end < len(c.toks) && c.toks[end].text == "," {
		end++ // "with the Foreign Minister, Z, at his side"
	}
	if len(obj) != 1 || obj[0].kind != schema.KindPerson || c.phraseAt(end, en.SideWords) == 0 {
		return nil
	}
	return obj
}

// meetingInSentence reports an occurred meeting read from this sentence
// before token k.
func (c *sctx) meetingInSentence(k int) bool {
	for _, e := range c.st.events {
		if e.sent == c.si && e.typ == schema.Meeting && e.trig < k {
			return true
		}
	}
	return false
}

// meetingAttendedBy returns the "by" of "attended by" at k right after a
// meeting's noun, or "also" and the noun, or a comma, or -1: "for talks
// also attended by Z", "The talks were attended by Z", "In a long
// exchange, also attended by Z, ...", and with a side between ("attended
// on the Kenyan side by Z").
func (c *sctx) meetingAttendedBy(k int) int {
	if !c.word(k, "attended") {
		return -1
	}
	by := k + 1 + boolInt(c.word(k+1, "also")) // "attended also by Z"
	if !c.word(by, "by") {
		if by = c.sideBy(k + 1); by < 0 {
			return -1
		}
	}
	j := k - 1
	for c.word(j, "also", "was", "were") {
		j--
	}
	if c.word(j, "which") && j > 1 && c.toks[j-1].text == "," {
		j-- // "had talks, which were attended also by Z"
	}
	if j > 0 && c.toks[j].text == "," {
		j--
	}
	if !c.in(j, en.MeetingRefs) {
		return -1 // ("Attended by Z, the talks ...": no noun before it)
	}
	return by
}

// sideBy returns the "by" after a side phrase at j ("on the Kenyan side
// by", "on the host side by"), or -1.
func (c *sctx) sideBy(j int) int {
	if !c.word(j, "on") || !c.word(j+1, "the") {
		return -1
	}
	q := j + 2
	if mi := c.at[min(q, len(c.toks)-1)]; q < len(c.toks) && mi >= 0 && (c.ms[mi].kind == mDemonym || c.ms[mi].kind == mCountry) {
		q = c.ms[mi].j
	} else if c.word(q, "host", "visiting", "other") {
		q++
	} else {
		return -1
	}
	if !c.word(q, "side") || !c.word(q+1, "by") {
		return -1
	}
	return q + 1
}

// delegatesAt returns the people a delegate construction at token k adds
// to meeting m; nil when there is none.
func (c *sctx) delegatesAt(k int, m *event) []*entity {
	by := c.meetingAttendedBy(k)
	front := 0 // "In attendance were": the list opening the sentence
	if k == 0 {
		var named bool
		front, named = c.presentFront()
		if !named && c.word(0, "also") && c.st.gatheringWithin(c.si, 6) != nil {
			front = 0 // "Also around the table were ...": with a summit in view, its table
		}
	}
	switch {
	case by > 0 && (c.word(k-1, "was", "were", "also") || c.toks[k-1].text == ",") && !c.meetingInSentence(k):
		// a meeting noun, then "was also attended by Z" or ", attended by Z,"
		return personsOf(c.listAfter(by + 1))
	case c.joinedByParties(k):
		// "..., which was joined by Z" after "a wider session" of the
		// meeting just told; "Their talks went on, joined by Z"
		by, _ := c.joinedBy(k)
		return personsOf(c.listAfter(by + 1))
	case c.in(k, en.AidePassives) && c.word(k-1, "was", "were") && c.word(k+1+c.phraseAt(k+1, en.AmongOthers), "by"):
		// "X was flanked by Y and Z by W", "X was accompanied among
		// others by Y": X (or Z) is a party.
		if !anyParty(m, c.subjects(k)) || c.tripToldSince(m, c.subjects(k)) {
			return nil
		}
		by := k + 1 + c.phraseAt(k+1, en.AmongOthers)
		return append(personsOf(c.listAfter(by+1)), c.gappedParty(by+1, m)...)
	case c.phraseAt(k, en.SeatedBeside) > 0:
		n := c.phraseAt(k, en.SeatedBeside)
		if obj, _ := c.objects(k+n, 2); !anyParty(m, obj) {
			return nil
		}
		return personsOf(c.subjects(k))
	case c.phraseAt(k, en.SideWords) > 0:
		// "X had Y at his side".
		for h := k - 1; h > c.clauseStart(k); h-- {
			if c.word(h, "had", "has") {
				if !anyParty(m, c.subjects(h)) {
					return nil
				}
				return personsOf(c.between(h+1, k))
			}
		}
	case c.in(k, en.PresenceVerbs) && c.word(k+1, "at", "by") && c.sideOf(k+2, m):
		// "Y sat at X's side", "Y was at his side".
		return personsOf(c.subjects(k))
	case c.word(k, "was", "were") && c.phraseAt(k+1, en.InTheTalks) > 0 && c.bareEnd(k+1+c.phraseAt(k+1, en.InTheTalks)):
		// "Y and Z were also at the table.", not a bare "Y was also
		// present": in the building, maybe not in the talks.
		return personsOf(c.subjects(k))
	case c.phraseAt(k, en.BesideVerbs) > 0 && c.joinedParty(k+c.phraseAt(k, en.BesideVerbs), m):
		// "Y joined X at the talks", "Z joined the president across the
		// table", "W accompanied X at the meeting", "V was associated with
		// X at the talks": one more party beside a party.
		return personsOf(c.subjects(k))
	case c.word(k, "joined") && c.phraseAt(k+1, en.ByPhone) > 0 && c.modality(k) == schema.Occurred:
		// "C joined by telephone": one more party of the meeting just told.
		return personsOf(c.subjects(k))
	case c.phraseAt(k, en.PartOf) > 0 && c.sideAfter(k+c.phraseAt(k, en.PartOf)):
		// "Y was part of X's delegation", "Y sat on the Korean side", "Y
		// joined the Malawian side".
		return personsOf(c.subjects(k))
	case c.phraseAt(k, en.SatIn) > 0:
		n := c.phraseAt(k, en.SatIn)
		if c.meetingRefAt(k + n) {
			return personsOf(c.subjects(k))
		}
		// "A and B sat in.", "C sat in, officials said", "D also
		// attended.", "E also took part, a readout said", "On the
		// Malawian side, F took part.": the meeting just told.
		if c.bareEnd(k+n) && (c.word(k, "sat") && n == 2 || !c.word(k, "joined") && (c.word(k-1, "also") || c.sideFronted()) && c.st.gatheringWithin(c.si, 6) == nil) {
			// (with a summit in view, the summit's)
			return personsOf(c.subjects(k))
		}
	case k == 0 && c.in(0, en.JoiningFronts):
		// "Joining X were Y and Z", "Accompanying X was Y": X's side.
		for v := 1; v < min(len(c.toks), 8); v++ {
			if c.word(v, "were", "was") {
				if !anyParty(m, c.between(1, v)) && (v != 2 || !c.word(1, "them", "him", "her")) {
					return nil // "Joining them were": the parties just told
				}
				return personsOf(c.listAfter(v + 1))
			}
		}
	case front > 0:
		// "Also at the table were Y and Z", "Present at the talks were Y".
		items := c.labelList(front) // items may part with semicolons
		// "Attending the meeting were the ministers of A, B and C": a
		// gathering's; the states of "X on the Malawian side and, for
		// Zambia, Y" only label the sides.
		if len(items)-len(personsOf(items)) > 1 && !c.has("side", "sides") {
			return nil
		}
		return personsOf(items)
	case c.in(k, en.BroughtAlong) && anyParty(m, c.subjects(k)):
		// "X brought national security adviser Y and envoy Z".
		from := k + 1
		if c.word(from, "along") {
			from++
		}
		if obj, _ := c.objects(from, 2); len(obj) > 0 && allPersons(obj) {
			return obj
		}
	case c.in(k, en.DelegationNouns) && c.in(k+1, en.Included) && c.plainHead(k) && c.personNext(k+2):
		// "The Chilean delegation included Y", not "Issues raised by
		// the other side included ... Y's return".
		return personsOf(c.listAfter(k + 2))
	}
	return nil
}

// presentFront returns the token after the fronted subject and verb of
// an inverted list of those at the meeting just told, or 0, and whether
// the subject names the meeting: "Also at the table were", "In attendance
// were", "Present during the closed talks were", "Those present included".
func (c *sctx) presentFront() (next int, named bool) {
	q := 0
	if c.word(0, "also", "those") {
		q++
	}
	n := c.phraseAt(q, en.PresentHere)
	if n == 0 {
		return 0, false
	}
	q += n
	ref := 0 // the reference to the meeting, if any: "the talks", "at the talks"
	switch {
	case c.word(q, "the"):
		ref = q + 1
	case c.word(q, "at", "during", "for", "in", "on") && c.word(q+1, "the"):
		ref = q + 2
	}
	if ref > 0 {
		h := ref
		for h < min(len(c.toks), ref+4) && !c.sittingNoun(h) {
			h++
		}
		if !c.sittingNoun(h) {
			return 0, false // "Present at the lunch were", "Around the table for the talks were"
		}
		q = h + 1
	}
	if c.word(q, "were", "was", "sat", "included", "include", "includes") {
		return q + 1, ref > 0
	}
	return 0, false
}

// sideFronted reports a sentence that opens with the side of a meeting
// it speaks of: "On the Malawian side, ...", "On the Kenyan side were".
func (c *sctx) sideFronted() bool {
	if !c.word(0, "on", "for") || !c.word(1, "the") {
		return false
	}
	for q := 2; q < min(len(c.toks), 6); q++ {
		if c.in(q, en.DelegationNouns) {
			return q+1 < len(c.toks) && c.toks[q+1].text == ","
		}
	}
	return false
}

// sideOf reports a side phrase at j after "at" or "by" whose possessor is
// a pronoun or a party of meeting m: "his side", "Banda's elbow".
func (c *sctx) sideOf(j int, m *event) bool {
	if c.in(j, en.PossessivePronouns) {
		return c.in(j+1, en.FlankNouns)
	}
	for h := j; h < min(len(c.toks), j+5); h++ {
		if c.toks[h].poss {
			return c.in(h+1, en.FlankNouns) && anyParty(m, c.between(j, h+1))
		}
	}
	return false
}

// bareEnd reports the end of a clause at k: the sentence's end or a
// comma, semicolon or full stop.
func (c *sctx) bareEnd(k int) bool {
	return k >= len(c.toks) || c.toks[k].text == "." || c.toks[k].text == "," || c.toks[k].text == ";"
}

// joinedParty reports a party of meeting m at k followed by a phrase that
// places one at the meeting ("X at the talks").
func (c *sctx) joinedParty(k int, m *event) bool {
	if c.word(k, "by") {
		return false
	}
	if c.word(k-1, "joined") && c.word(k, "them", "him", "her") {
		// "Y later joined them for wider talks", "Y joined him at
		// the table": the pronoun stands for the meeting's parties.
		return c.atTheMeeting(k+1) || c.forTalks(k+1)
	}
	obj, end := c.objects(k, 2)
	return anyParty(m, obj) && c.atTheMeeting(end)
}

// atTheMeeting reports a phrase at k that places one at the meeting just
// told: "at the talks", "for the meeting", "at the table", "across the
// table".
func (c *sctx) atTheMeeting(k int) bool {
	if !c.word(k+1, "the") {
		return false
	}
	return c.word(k, "at", "for", "in") && (c.in(k+2, en.MeetingRefs) || c.word(k+2, "table")) || c.word(k, "across") && c.word(k+2, "table")
}

// forTalks reports "for" and talks or a meal at k, with at most two
// words before the noun: "for expanded talks", "for a working lunch".
func (c *sctx) forTalks(k int) bool {
	if !c.word(k, "for") {
		return false
	}
	for q := k + 1; q < min(len(c.toks), k+4); q++ {
		if c.sittingNoun(q) {
			return true
		}
		if c.toks[q].kind != tokWord || c.toks[q].upper || c.at[q] >= 0 {
			return false
		}
	}
	return false
}

// tripToldSince reports a visit of one of ps told after meeting m, in the
// sentence before this one: "X met Y. X landed at the airport, where Z
// greeted him. He was accompanied by W": W travelled with X, and the
// trip, not the meeting, is in focus.
func (c *sctx) tripToldSince(m *event, ps []*entity) bool {
	for _, v := range c.st.events {
		if v.typ == schema.Visit && v.sent > m.sent && v.sent == c.si-1 && v.visitor != nil && containsCanon(ps, v.visitor.canon()) {
			return true
		}
	}
	return false
}

// meetingRefAt reports a definite reference back to a meeting at q:
// "the talks", "those discussions", "the wider talks", "the main meeting".
func (c *sctx) meetingRefAt(q int) bool {
	if !c.word(q, "the", "that", "this", "those", "these") {
		return false
	}
	if c.in(q+1, en.SittingKinds) {
		q++
	}
	return c.in(q+1, en.MeetingRefs)
}

// sittingNoun reports a noun at j that refers back to a sitting: talks or
// a meeting (en.MeetingRefs), or a meal.
func (c *sctx) sittingNoun(j int) bool { return c.in(j, en.MeetingRefs) || c.in(j, en.MealNouns) }

// sidesWith reads the sides of meeting m told without a verb, each a
// party "with" its aides, after a colon or semicolon: "The talks were
// three-on-three: A with B and C; D with E and F".
func (c *sctx) sidesWith(m *event) []*entity {
	var people []*entity
	for p := 1; p+2 < len(c.toks); p++ {
		if c.toks[p-1].text != ":" && c.toks[p-1].text != ";" {
			continue
		}
		mi := c.at[p]
		if mi < 0 || c.ms[mi].i != p || !c.word(c.ms[mi].j, "with") {
			continue
		}
		if a := c.actor(mi); a != nil && anyParty(m, []*entity{a}) {
			people = append(people, personsOf(c.listAfter(c.ms[mi].j+1))...)
		}
	}
	return people
}

// gappedParty reads a clause after a semicolon that leaves out the verb
// of the one before ("X was joined by A and B; Y by C and D"): the people
// after "by" joined party Y of meeting m.
func (c *sctx) gappedParty(from int, m *event) []*entity {
	for j := from; j+3 < len(c.toks); j++ {
		if c.toks[j].text == "." {
			return nil
		}
		if c.toks[j].text != ";" {
			continue
		}
		mi := c.at[j+1]
		if mi < 0 || c.ms[mi].i != j+1 || !c.word(c.ms[mi].j, "by") {
			return nil
		}
		if a := c.actor(mi); a == nil || !anyParty(m, []*entity{a}) {
			return nil
		}
		return personsOf(c.listAfter(c.ms[mi].j + 1))
	}
	return nil
}

// recentMeeting returns the meeting that took place, told in one of the
// two sentences before (or up to four when this sentence or the one before
// refers back to it: "The talks were held in ..."), with no gathering told
// since and no meeting in this sentence; nil otherwise.
func (c *sctx) recentMeeting() *event {
	reach := 2
	if c.refersToMeeting() {
		reach = 4
	}
	for i := len(c.st.events) - 1; i >= 0; i-- {
		e := c.st.events[i]
		switch {
		case e.sent == c.si && e.typ == schema.Meeting, e.typ == schema.Gathering:
			return nil
		case e.typ != schema.Meeting:
			continue
		case e.status != schema.Occurred:
			return nil
		case c.si-e.sent <= reach || c.si-e.sent <= 4 && e.seen == c.si-1 && e.seen > e.sent:
			return e
		}
		return nil
	}
	return nil
}

// refersToMeeting reports a sentence that opens with "The talks" or "The
// meeting", or with a list of those present at it ("Present during the
// talks were").
func (c *sctx) refersToMeeting() bool {
	if c.word(0, "the") && c.in(1, en.MeetingRefs) {
		return true
	}
	_, named := c.presentFront() // "Present during the talks were"
	return named
}

// anyParty reports whether one of es is a party of meeting m.
func anyParty(m *event, es []*entity) bool {
	for _, a := range es {
		if containsCanon(m.parts, a) {
			return true
		}
	}
	return false
}

// between returns the actors named in tokens [i, k).
func (c *sctx) between(i, k int) []*entity {
	var out []*entity
	for j := i; j < k; j++ {
		if mi := c.at[j]; mi >= 0 {
			if a := c.actor(mi); a != nil {
				out = append(out, a)
			}
			j = c.ms[mi].j - 1
		}
	}
	return out
}

// plainHead reports whether the noun at k heads its clause's subject with
// only a determiner, a country or a demonym before it ("the Chilean
// delegation", "Chile's team", ", and the other side").
func (c *sctx) plainHead(k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch {
		case c.toks[j].text == "," || c.word(j, "and", "while", "whereas"):
			return true
		case c.word(j, "the", "'s", "his", "her", "their", "its", "other"):
		case c.toks[j].upper && (c.at[j] < 0 || c.ms[c.at[j]].kind != mPerson):
		default:
			return false
		}
	}
	return true
}

// personNext reports whether a person is named at k, or after an office
// that starts there ("Foreign Minister Y").
func (c *sctx) personNext(k int) bool {
	for j := k; j < min(len(c.toks), k+6); j++ {
		if mi := c.at[j]; mi >= 0 {
			return c.ms[mi].kind == mPerson
		}
		if c.toks[j].kind != tokWord || !c.toks[j].upper {
			return false
		}
	}
	return false
}

// sideAfter reports a delegation or a side named at j: "X's delegation",
// "the Chilean team", "the host's side", with only a
// determiner, a possessive or a demonym before its noun.
func (c *sctx) sideAfter(j int) bool {
	for q := j; q < min(len(c.toks), j+5); q++ {
		if c.in(q, en.DelegationNouns) {
			return q > j && !c.word(q+1, "of") || c.word(q+1, "of") && c.word(q+2, "the") && c.word(q+3, "table")
		}
		if !(c.word(q, "the", "his", "her", "their", "its") || c.toks[q].poss || c.at[q] >= 0 && c.ms[c.at[q]].kind != mCity) {
			return false
		}
	}
	return false
}
