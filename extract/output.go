package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// finish completes events after all sentences are read: default dates,
// multilateral meetings as gatherings, duplicates merged, people's
// countries filled in.
func (st *docState) finish() {
	st.dropInterview()
	st.sectionDays()
	st.shareSeriesDays()
	st.dateGatheringsBySidelines()
	st.plannedDatesForward()
	st.meetingPlacesAtGatherings()
	st.meetingPlacesFromTrips()
	st.visitsFromMeetings()
	st.companionVisits()
	st.arrivalsAttend()
	st.meetingsAtGatherings()
	st.plannedTripsStayPlanned()
	for i, e := range st.events {
		if e.status == schema.Occurred && !e.dated() {
			st.settleDate(i, e)
		}
	}
	// A country is no party of its own beside a person who acts for it;
	// a call or video link has no place.
	st.leadersOfCountryTalks()
	for _, e := range st.events {
		if e.typ == schema.Meeting {
			e.parts = st.personsForCountries(e.parts)
			if e.mode == schema.Telephone || e.mode == schema.Video {
				e.place = nil
			}
		}
	}
	st.countryTalksByPeople()
	st.spousesAccompany()
	st.bilateralSummits()
	st.summitWithMany()
	st.multilateralMeetings()
	st.blocsAsMembers()
	st.mergeDuplicates()
	st.mergeBlocGatherings()
	st.dropEmpty()
	st.dropConvenors()
	for _, e := range st.events {
		for _, p := range e.parts {
			p.event = true
		}
		if e.visitor != nil {
			e.visitor.event = true
		}
	}
}

// dropInterview drops the interview itself from a transcript: a meeting
// told in the introduction, before the first paragraph a speaker's label
// opens, of someone the text gives no office or country ("X spoke to the
// Weekly's Y on Thursday. Y: ... X: ...").
func (st *docState) dropInterview() {
	first := st.firstLabelled()
	if first < 0 {
		return
	}
	kept := st.events[:0]
	for _, e := range st.events {
		if e.typ != schema.Meeting || e.sent >= first || !slices.ContainsFunc(e.parts, plainPerson) {
			kept = append(kept, e)
		}
	}
	st.events = kept
}

// plainPerson reports a person the text gives neither an office nor a
// country.
func plainPerson(p *entity) bool {
	p = p.canon()
	return p.kind == schema.KindPerson && p.iso3 == "" && p.role == ""
}

// firstLabelled returns the first sentence of a transcript's labelled
// paragraphs ("Q:", "A:", "OCHIENG:", "Ruth Akinyi:"), or -1 when fewer
// than four paragraphs open with a label, or all with the same one.
func (st *docState) firstLabelled() int {
	if st.labelled == 0 {
		st.labelled = st.readLabelled() + 1
	}
	return st.labelled - 1
}

// readLabelled finds what firstLabelled returns.
func (st *docState) readLabelled() int {
	first, n := -1, 0
	labels := map[string]bool{}
	for i, s := range st.doc.sentences {
		if i > 0 && st.doc.sentences[i-1].para == s.para {
			continue
		}
		if l := speakerLabel(s.toks); l != "" {
			if first < 0 {
				first = i
			}
			n++
			labels[l] = true
		}
	}
	if n < 4 || len(labels) < 2 {
		return -1
	}
	return first
}

// speakerLabel returns the lower-case last word of a speaker's label that
// opens toks (one to four capitalised words and a colon), or "".
func speakerLabel(toks []token) string {
	for j := 0; j < min(len(toks), 5); j++ {
		switch {
		case toks[j].text == ":" && j > 0:
			return toks[j-1].lower
		case toks[j].kind != tokWord || !toks[j].upper:
			return ""
		}
	}
	return ""
}

// countryTalksByPeople drops talks told by countries ("Iranian and
// American negotiators met") when the story names people of those
// countries meeting then: the participants are the people (a country is a
// party only when no person is named).
func (st *docState) countryTalksByPeople() {
	kept := st.events[:0]
	for _, e := range st.events {
		if !st.countryTalks(e) || !st.toldByPeople(e) {
			kept = append(kept, e)
		}
	}
	st.events = kept
}

// countryTalks reports an occurred meeting of countries only. (Talks of
// a person with a country's officials are other talks than with its
// leader.)
func (st *docState) countryTalks(e *event) bool {
	return e.typ == schema.Meeting && e.status == schema.Occurred && allKind(e.parts, schema.KindCountry)
}

// toldByPeople reports another occurred meeting on a compatible day whose
// people stand for every country of e.
func (st *docState) toldByPeople(e *event) bool {
	for _, o := range st.events {
		if o == e || o.typ != schema.Meeting || o.status != schema.Occurred || !allKind(o.parts, schema.KindPerson) || !sameOrWithin(e.date, o.date) {
			continue
		}
		covered := true
		for _, p := range e.parts {
			covered = covered && st.actsFor(o.parts, p.canon().iso3)
		}
		if covered {
			return true
		}
	}
	return false
}

// actsFor reports a person of parts of country iso.
func (st *docState) actsFor(parts []*entity, iso string) bool {
	for _, p := range parts {
		if p = p.canon(); p.kind == schema.KindPerson && p.iso3 != "" && st.historical(p.iso3) == st.historical(iso) {
			return true
		}
	}
	return false
}

// sameOrWithin reports two dates of one event: equal, either unknown, or
// one inside the other (a day of that month).
func sameOrWithin(a, b schema.Date) bool {
	x, y := a.String(), b.String()
	return x == "" || y == "" || strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// plannedTripsStayPlanned reads a visit the text gives no date, told after
// the story announced that same trip as planned ("X's trip to Tokyo next
// week, which starts tomorrow", then "during his visit to Tokyo, X will
// raise ...") as the planned trip, not one made.
func (st *docState) plannedTripsStayPlanned() {
	for _, e := range st.events {
		if e.typ != schema.Visit || e.status != schema.Occurred || e.dated() || e.is(cueArrival) {
			continue
		}
		for _, p := range st.events {
			if p.typ == schema.Visit && p.status == schema.Planned && p.sent < e.sent && p.visitor == e.visitor && p.host == e.host {
				e.status = schema.Planned
				break
			}
		}
	}
}

// leadersOfCountryTalks reads talks between two countries whose sentence
// speaks of their leaders ("Kenyan-Ghanaian talks ...; the presidents
// focused on trade") as talks of the one leader the text has named for
// each country up to that sentence.
func (st *docState) leadersOfCountryTalks() {
	for _, e := range st.events {
		if e.typ != schema.Meeting || len(e.parts) != 2 || e.sent >= len(st.doc.sentences) {
			continue
		}
		var ps []*entity
		for _, c := range e.parts {
			if c = c.canon(); c.kind != schema.KindCountry {
				break
			}
			if p := st.leaderOf(c.iso3, e.sent); p != nil {
				ps = append(ps, p)
			}
		}
		// "the two leaders", or one of them named in the sentence: "The
		// premier, X, and her visitor opened the Spain-Portugal summit".
		if len(ps) == 2 && ps[0] != ps[1] && (st.speaksOfLeaders(e.sent) || st.namesOneOf(e.sent, ps)) {
			e.parts = ps
		}
	}
}

// namesOneOf reports a mention in sentence si that stands for one of ps.
func (st *docState) namesOneOf(si int, ps []*entity) bool {
	for _, m := range st.ms[si] {
		if (m.kind == mPerson || m.kind == mRole) && m.ent != nil && containsCanon(ps, m.ent.canon()) {
			return true
		}
	}
	return false
}

// speaksOfLeaders reports a plural leader noun in sentence si: "the
// presidents", "the two leaders", "both prime ministers".
func (st *docState) speaksOfLeaders(si int) bool {
	for _, t := range st.doc.sentences[si].toks {
		if en.LeaderPlurals[t.lower] {
			return true
		}
	}
	return false
}

// leaderOf returns the one person named by sentence si with a leader's
// role for country iso, or nil when there is none or more than one.
func (st *docState) leaderOf(iso string, si int) *entity {
	var out *entity
	for _, p := range st.people {
		if p.first > si || p.iso3 == "" || st.historical(p.iso3) != st.historical(iso) || !isLeaderRole(p.role) {
			continue
		}
		if out != nil && out != p.canon() {
			return nil
		}
		out = p.canon()
	}
	return out
}

// plannedDatesForward moves the bare weekday of a planned event to the
// next such day after publication ("will meet on Tuesday" written on a
// Friday is the coming Tuesday, not the past one), and a month without a
// year to the next such month ("will visit in late April" written in
// March is this April, not last year's).
func (st *docState) plannedDatesForward() {
	pub := st.a.Published
	if pub.IsZero() {
		return
	}
	thisMonth := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	for _, e := range st.events {
		if e.status != schema.Planned {
			continue
		}
		switch {
		case e.is(cueWeekday) && e.date.Precision == schema.PrecisionDay && !e.date.Time.After(pub):
			e.date = schema.Day(e.date.Time.AddDate(0, 0, 7))
		case e.is(cueBareMonth) && e.date.Precision == schema.PrecisionMonth && e.date.Time.Before(thisMonth):
			// "will visit in late April" written in March: this April.
			t := e.date.Time.AddDate(1, 0, 0)
			e.date = schema.Month(t.Year(), t.Month())
		}
		e.unmark(cueWeekday | cueBareMonth)
	}
}

// hostMet reports whether visit v is to the country of a party of meeting
// e, other than the visitor.
func (st *docState) hostMet(e, v *event) bool {
	for _, p := range e.parts {
		if p.canon() == v.visitor.canon() {
			continue
		}
		if c := st.countryOf(p); c != nil && st.historical(c.iso3) == st.historical(v.host.iso3) {
			return true
		}
	}
	return false
}

// meetingPlacesFromTrips places an in-person meeting the text gives no city
// for in the city of a participant's visit told in the twelve sentences
// before it (four when a gathering is told between) or the next one, when
// the meeting is in that visit's country
// ("X landed in Lusaka on Monday. Y received him at State House."), or in
// the dateline's city when a participant is visiting the dateline's
// country, or, with no visit told, when one party acts for the dateline's
// country and another for a foreign one ("ASTANA - X met Y").
func (st *docState) meetingPlacesFromTrips() {
	for _, e := range st.events {
		if e.typ != schema.Meeting || e.status != schema.Occurred || e.place != nil || e.mode != schema.InPerson {
			continue
		}
		var visit *event
		for _, v := range st.events {
			if v.typ != schema.Visit || v.status != schema.Occurred || e.sent-v.sent > 12 || v.sent-e.sent > 1 || !containsEntity(e.parts, v.visitor) {
				continue
			}
			if e.inCountry != nil && st.historical(e.inCountry.iso3) != st.historical(v.host.iso3) {
				continue
			}
			if !duringTrip(v, e) {
				continue // "A met B on Monday. In March, A visited Dhaka."
			}
			if e.sent-v.sent > 4 && (e.sidelines != nil || st.gatheringBetween(e, v)) {
				continue // a visit told long before, with a summit told since: the summit's city
			}
			// A visit to the country of a party met comes first: "A and
			// B met Peruvian officials. They flew in from Quito".
			if visit == nil || st.hostMet(e, v) && !st.hostMet(e, visit) || st.hostMet(e, v) == st.hostMet(e, visit) && abs(v.sent-e.sent) < abs(visit.sent-e.sent) {
				visit = v
			}
		}
		city, iso := st.datelineAt(e.sent)
		switch {
		case visit == nil && city != "" && e.inCountry == nil && (st.homeParty(e, iso) || st.onStoryDay(e)) && !st.inEntry(e.sent):
			// "ASTANA - X met Y": a meeting with a party of the
			// dateline's country, reported from there; in a run of
			// datelined items, any meeting of the item's day.
			e.place = st.city(city, iso)
		case visit == nil:
		case visit.place != nil:
			e.place = visit.place
		case city != "" && st.historical(iso) == st.historical(visit.host.iso3):
			e.place = st.city(city, iso)
		}
	}
}

// duringTrip reports whether meeting e can have been held on visit v: no
// date of either rules it out, or e's falls within a fortnight of the
// trip's (a visit may be dated by its arrival or by its departure).
func duringTrip(v, e *event) bool {
	if v.date.IsZero() || e.date.IsZero() {
		return true
	}
	end := v.date.End()
	if !v.endDate.IsZero() {
		end = v.endDate.End()
	}
	return e.date.Overlaps(v.date.Time.AddDate(0, 0, -14), end.AddDate(0, 0, 14))
}

// visitsFromMeetings reads a visit from a meeting held in a city its
// sentence names, in a sentence that speaks of a journey ("A met B in
// Tokyo on his first trip abroad") or in a document that tells the
// participant's other legs abroad, for each participant whose stated country is
// another, when a participant of that country received them there; the
// visit takes the meeting's day and city. A visit the text tells already
// is not told twice.
func (st *docState) visitsFromMeetings() {
	n := len(st.events)
	for _, e := range st.events[:n] {
		if e.typ != schema.Meeting || e.status != schema.Occurred || e.mode != schema.InPerson || e.inCountry == nil || e.place == nil && !e.is(cueThere) || e.place != nil && e.place.iso3 == "" {
			continue
		}
		host := st.historical(e.inCountry.iso3)
		if e.place != nil && st.historical(e.place.iso3) != host {
			continue
		}
		local := false
		for _, p := range e.parts {
			if c := st.countryOf(p); c != nil && st.historical(c.iso3) == host {
				local = true
			}
		}
		if !local {
			continue
		}
		for _, p := range e.parts {
			p = p.canon()
			if p.kind != schema.KindPerson || p.iso3 != "" && !p.guessed && st.historical(p.iso3) == host || st.visited(p, host) {
				continue
			}
			// One whose country the text does not state is a traveller
			// when the text tells two other countries they went to.
			if p.iso3 == "" || p.guessed {
				if st.legsElsewhere(p, host) < 2 {
					continue
				}
			} else if !e.is(cueTrip) && st.legsElsewhere(p, host) == 0 {
				continue
			}
			v := &event{typ: schema.Visit, status: schema.Occurred, visitor: p, host: e.inCountry.canon(), date: e.date,
				dateFrom: e.dateFrom, place: e.place, sent: e.sent, trig: e.trig, conf: 0.6}
			st.events = append(st.events, v)
		}
	}
}

// companionVisits gives one who "accompanied" a traveller the
// traveller's occurred visits abroad, unless the text tells one of them
// already or the country is the companion's own.
func (st *docState) companionVisits() {
	n := len(st.events)
	for _, cp := range st.companions {
		who, lead := cp.who, cp.lead
		ofLeadCountry(who, lead)
		leg := st.legAt(lead, cp.sent, n)
		for _, v := range st.events[:n] {
			if v.typ != schema.Visit || v.status != schema.Occurred || v.visitor == nil || v.visitor.canon() != lead || v.host == nil || v.sent != leg {
				continue
			}
			host := st.historical(v.host.iso3)
			if who.iso3 != "" && st.historical(who.iso3) == host || st.visited(who, host) {
				continue
			}
			c := &event{typ: schema.Visit, status: schema.Occurred, visitor: who, host: v.host, date: v.date,
				dateFrom: v.dateFrom, place: v.place, sent: cp.sent, trig: cp.trig, conf: 0.6}
			st.events = append(st.events, c)
		}
	}
}

// ofLeadCountry gives one who went along with lead, whose country the
// text does not state, lead's country: a minister who accompanied a
// president is of the president's country, not of the one they visit.
func ofLeadCountry(who, lead *entity) {
	if (who.iso3 == "" || who.guessed) && lead.iso3 != "" {
		who.iso3, who.guessed = lead.iso3, true
	}
}

// legAt returns the sentence of the leg of lead's journey a companion told
// at sentence si went on: the last of lead's visits told up to si, else
// the first told after it ("X, who accompanied him, met Y" in the part of
// the story about one stop). Only the first n events are looked at.
func (st *docState) legAt(lead *entity, si, n int) int {
	before, after := -1, -1
	for _, v := range st.events[:n] {
		if v.typ != schema.Visit || v.status != schema.Occurred || v.visitor == nil || v.visitor.canon() != lead || v.host == nil {
			continue
		}
		if v.sent <= si && v.sent > before {
			before = v.sent
		}
		if v.sent > si && (after < 0 || v.sent < after) {
			after = v.sent
		}
	}
	if before >= 0 {
		return before
	}
	return after
}

// kept reports whether event g is among the events the facts hold.
func (st *docState) kept(g *event) bool {
	for _, e := range st.events {
		if e == g {
			return true
		}
	}
	return false
}

// arrivalsAttend reads a traveller who arrived in the country of the
// gathering the text is about, a few sentences from it and within its
// days ("X hosted the summit in Y. Z flew in on Thursday"), as one who
// attends it, with the traveller's country.
func (st *docState) arrivalsAttend() {
	n := len(st.events)
	for _, g := range st.events[:n] {
		if g.typ != schema.Gathering || g.status != schema.Occurred || g.place == nil || g.place.iso3 == "" {
			continue
		}
		host := st.historical(g.place.iso3)
		for _, v := range st.events[:n] {
			if v.typ != schema.Visit || v.status != schema.Occurred || v.host == nil || st.historical(v.host.iso3) != host || v.visitor == nil {
				continue
			}
			if v.sent < g.sent-2 || v.sent > g.sent+4 || st.gatheringBetween(g, v) || !withinDays(v.date, g.date, 2) {
				continue
			}
			p := v.visitor.canon()
			if c := st.countryOf(p); c != nil && c.kind == schema.KindCountry && !p.guessed {
				st.addAttendee(g, c)
			}
		}
	}
}

// meetingsAtGatherings reads the leaders who met in the city of a
// gathering on one of its days as its attendees ("On the sidelines, A met
// B. A also conferred on Sunday with C"), with their countries.
func (st *docState) meetingsAtGatherings() {
	n := len(st.events)
	for _, g := range st.events[:n] {
		if g.typ != schema.Gathering || g.status != schema.Occurred || g.place == nil || g.place.kind != schema.KindCity || g.date.Precision != schema.PrecisionDay {
			continue
		}
		for _, m := range st.events[:n] {
			// "after the service", "before the funeral": at the
			// ceremony in focus.
			atCeremony := g.is(cueCeremony) && (st.sentenceHas(m.sent, en.CeremonyHeads) || st.sentenceHas(m.sent, en.CeremonyTails))
			there := (m.is(cueThere) || st.sentenceHas(m.sent, en.AtGatheringWords) || atCeremony) && st.gatheringInFocus(m) == g
			if there && atCeremony && m.typ == schema.Meeting && m.date.Precision != schema.PrecisionDay && withinDays(m.date, g.date, 1) {
				// "Before the service began, A and B talked": on
				// the ceremony's day.
				m.date, m.dateFrom = g.date, borrowedDate
			}
			// An undated meeting in the gathering's city, told in the
			// story of it, is on one of its days too.
			undatedHere := !m.dated() && m.place == g.place && m.sent > g.sent && st.proseBetween(g.sent, m.sent) <= 12
			if m.typ != schema.Meeting || m.status != schema.Occurred || m.mode != schema.InPerson || m.place != g.place && !(there && m.place == nil) || !undatedHere && (m.date.Precision != schema.PrecisionDay || !duringGathering(m, g)) || st.gatheringBetween(g, m) {
				continue
			}
			// A gathering the text shows with several attendees or
			// over several days, or the one in focus a meeting held
			// "there" or "on the sidelines" points back to.
			if len(g.attendees) < 2 && !there && g.endDate.IsZero() {
				continue
			}
			for _, p := range m.parts {
				p = p.canon()
				if p.kind != schema.KindPerson {
					continue
				}
				if c := st.countryOf(p); c != nil && c.kind == schema.KindCountry && !p.guessed {
					st.addAttendee(g, c)
				} else if p.org != "" {
					st.addAttendee(g, p)
				}
			}
		}
	}
}

// meetingPlacesAtGatherings places an in-person meeting the text gives no
// place for, told while a gathering with a city is in focus and within its
// days, in that city, when one of its parties attends the gathering ("The
// summit opened in Honiara. A met B on the sidelines on Tuesday.").
func (st *docState) meetingPlacesAtGatherings() {
	for _, m := range st.events {
		if m.typ != schema.Meeting || m.status != schema.Occurred || m.mode != schema.InPerson || m.place != nil || m.inCountry != nil {
			continue
		}
		g := st.gatheringInFocus(m)
		if g == nil || !withinDays(m.date, g.date, 1) && (g.endDate.IsZero() || !m.date.Within(g.date.Time, g.endDate.End())) {
			continue
		}
		for _, p := range m.parts {
			if c := st.countryOf(p.canon()); c != nil && containsEntity(g.attendees, c.canon()) {
				m.place = g.place
				break
			}
		}
	}
}

// duringGathering reports a meeting m on gathering g's days: within a
// day of its date, or between its first and last day.
func duringGathering(m, g *event) bool {
	return withinDays(m.date, g.date, 1) || !g.endDate.IsZero() && m.date.Within(g.date.Time, g.endDate.End())
}

// gatheringInFocus returns the occurred gathering with a city told in the
// sentences up to three before event m, with no other gathering between.
func (st *docState) gatheringInFocus(m *event) *event {
	var out *event
	for _, g := range st.events {
		if g.typ != schema.Gathering || g.status != schema.Occurred || g.place == nil || g.place.kind != schema.KindCity {
			continue
		}
		if g.sent <= m.sent && m.sent-max(g.sent, g.seen) <= 3 && (out == nil || g.sent > out.sent) {
			out = g
		}
	}
	if out != nil && st.gatheringBetween(out, m) {
		return nil
	}
	return out
}

// gatheringBetween reports another gathering told between g and event v
// (one of the same name, as a headline's and the body's, is no other).
func (st *docState) gatheringBetween(g, v *event) bool {
	lo, hi := min(g.sent, v.sent), max(g.sent, v.sent)
	for _, o := range st.events {
		if o != g && o.typ == schema.Gathering && o.sent >= lo && o.sent <= hi && o.name != g.name {
			return true
		}
	}
	return false
}

// withinDays reports two dates that can be days of one event: day
// dates at most n days apart, or a coarser date that holds the other.
// An unknown date fits any.
func withinDays(a, b schema.Date, n int) bool {
	if a.IsZero() || b.IsZero() {
		return true
	}
	if a.Precision == schema.PrecisionDay && b.Precision == schema.PrecisionDay {
		d := a.Time.Sub(b.Time).Hours() / 24
		return d <= float64(n) && d >= -float64(n)
	}
	return !a.Time.After(b.End()) && !b.Time.After(a.End())
}

// legsElsewhere counts the countries other than iso3 and p's own that the
// document tells p went to: a meeting abroad told beside other legs of a
// journey ("met B in Lome on Tuesday. She flew on to Accra") is a leg too.
func (st *docState) legsElsewhere(p *entity, iso3 string) int {
	seen := map[string]bool{}
	own := st.historical(p.iso3)
	for _, v := range st.events {
		if v.typ == schema.Visit && v.status == schema.Occurred && v.visitor != nil && v.visitor.canon() == p && v.host != nil {
			if h := st.historical(v.host.iso3); h != iso3 && h != own {
				seen[h] = true
			}
		}
		// "sat down in Kampala with Uganda's president; two days on,
		// in Nairobi, with Kenya's": each meeting with a host in the
		// host's country is a leg of the tour.
		if h := st.hostedMeetingCountry(v, p); h != "" && h != iso3 && h != own {
			seen[h] = true
		}
	}
	return len(seen)
}

// hostedMeetingCountry returns the country of an in-person meeting e of
// p that took place, placed in a country one of its other parties is
// stated to be of, or "".
func (st *docState) hostedMeetingCountry(e *event, p *entity) string {
	if e.typ != schema.Meeting || e.status != schema.Occurred || e.mode != schema.InPerson || e.inCountry == nil || !containsEntity(e.parts, p) {
		return ""
	}
	h := st.historical(e.inCountry.iso3)
	for _, q := range e.parts {
		if q = q.canon(); q != p && q.kind == schema.KindPerson && !q.guessed && st.historical(q.iso3) == h {
			return h
		}
	}
	return ""
}

// visited reports whether the document tells an occurred visit of p to
// the country iso3.
func (st *docState) visited(p *entity, iso3 string) bool {
	for _, v := range st.events {
		if v.typ == schema.Visit && v.status == schema.Occurred && v.visitor != nil && v.visitor.canon() == p && st.historical(v.host.iso3) == iso3 {
			return true
		}
	}
	return false
}

// homeParty reports whether a party of meeting e acts for the dateline's
// country and another for a foreign one.
func (st *docState) homeParty(e *event, dlISO string) bool {
	home, foreign := false, false
	for _, p := range e.parts {
		c := st.countryOf(p)
		switch {
		case c == nil:
		case st.historical(c.iso3) == st.historical(dlISO):
			home = true
		default:
			foreign = true
		}
	}
	return home && foreign
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// shareSeriesDays gives the meetings told after "X held three meetings on
// Wednesday on the sidelines of G" that day and gathering.
func (st *docState) shareSeriesDays() {
	for _, s := range st.series {
		for _, e := range st.events {
			if e.typ != schema.Meeting || e.status != schema.Occurred || e.sent <= s.sent || e.sent-s.sent > 6 || !containsEntity(e.parts, s.parts[0].canon()) {
				continue
			}
			if !e.dated() && s.dated() {
				e.setDate(s.date)
			}
			if g := s.sidelines; g != nil && e.sidelines == nil {
				e.sidelines = g
				for _, p := range e.parts {
					st.addAttendee(g, p)
				}
				if e.place == nil {
					e.place = g.place
				}
			}
		}
	}
}

// dateGatheringsBySidelines dates a gathering whose own day the text does
// not give by the earliest day of the meetings held on its sidelines.
func (st *docState) dateGatheringsBySidelines() {
	for _, g := range st.events {
		if g.typ != schema.Gathering || g.status != schema.Occurred || g.dated() {
			continue
		}
		for _, e := range st.events {
			if e.sidelines != g || !e.dated() || e.date.Precision != schema.PrecisionDay || e.status != schema.Occurred {
				continue
			}
			if !g.dated() || e.date.Time.Before(g.date.Time) {
				g.setDate(e.date)
			}
		}
	}
}

// settleDate dates the undated occurred event i: from an earlier event of
// the same trip, from the meetings that show when a visitor arrived, or else
// from the publication day or month.
func (st *docState) settleDate(i int, e *event) {
	if d := st.storyDay(e.sent); !d.IsZero() {
		e.setDate(schema.Day(d))
		return
	}
	if e.typ == schema.Meeting && !e.is(cueAfterTalks) && !e.is(cueVague) {
		if d, si, ok := st.sceneDay(e); ok {
			e.setDate(d)
			if e.place == nil && e.mode == schema.InPerson && si == e.sent-1 {
				e.place = st.sceneCityOf(si) // "... in Kampala on Tuesday. The two then held talks"
			}
			return
		}
		if st.dateFromEarlierTalks(i, e) || st.dateFromTrip(i, e) {
			return
		}
	}
	if e.typ == schema.Visit && st.dateArrivalByMeetings(e) {
		return
	}
	if d, _, ok := st.eraOfParagraph(e); ok && e.typ == schema.Visit {
		e.setDate(d)
		return
	}
	pub := st.a.Published
	if pub.IsZero() {
		return
	}
	switch {
	case e.is(cuePastLeg) || e.is(cueVague):
	case e.typ == schema.Meeting && e.is(cueAfterTalks), e.typ == schema.Gathering && e.is(cueOngoing):
		e.date = schema.Day(pub)
	default:
		e.date = schema.Month(pub.Year(), pub.Month())
	}
}

// sceneDay returns the day a sentence of its own sets for what follows,
// between the last sentence with an event and the undated meeting e: one
// that opens with the day and tells no event ("Sunday brought two more
// stops.", "On Sunday it was on to Kigali.").
func (st *docState) sceneDay(e *event) (schema.Date, int, bool) {
	for _, p := range st.events {
		if p != e && p.sent == e.sent && p.dated() {
			return schema.Date{}, -1, false // the sentence's own event lends its date
		}
	}
scan:
	for si := e.sent - 1; si >= max(0, e.sent-3); si-- {
		for _, p := range st.events {
			if p.sent == si {
				break scan
			}
		}
		ds := st.dates[si]
		if len(ds) != 1 || ds[0].Future || ds[0].Date.Precision != schema.PrecisionDay || strings.EqualFold(ds[0].Text, "today") {
			continue
		}
		text := st.a.Text[st.doc.sentences[si].start:st.doc.sentences[si].end]
		if lead := strings.TrimSpace(text[:ds[0].Start]); lead == "" || strings.EqualFold(lead, "on") {
			return ds[0].Date, si, true
		}
		// "X was welcomed by Y in Kampala on Tuesday. The two leaders then
		// held talks": a sequel to the sentence just before, that day.
		if si == e.sent-1 && st.sequelTold(e.sent) && !st.relativeDay(si, ds[0]) {
			return ds[0].Date, si, true
		}
		// "The round of calls went on on Monday. He spoke with Y": a
		// sentence that carries the story on to a day sets its scene.
		if si == e.sent-1 && st.carriesOn(si) && !st.relativeDay(si, ds[0]) {
			return ds[0].Date, si, true
		}
	}
	if d, si, ok := st.eraOfParagraph(e); ok {
		return d, si, true
	}
	return schema.Date{}, -1, false
}

// eraOfParagraph returns the past month or year that an earlier sentence
// of undated event e's paragraph (up to three back, past undated ones)
// sets and tells no event of ("Her breakthrough came in May 1988. After
// days of quiet contacts, she held talks with Y"): a retrospective's
// scene, two years or more before publication.
func (st *docState) eraOfParagraph(e *event) (schema.Date, int, bool) {
	pub := st.a.Published
	if pub.IsZero() || e.is(cueSince) {
		return schema.Date{}, -1, false
	}
	for si := e.sent - 1; si >= max(0, e.sent-3) && st.doc.sentences[si].para == st.doc.sentences[e.sent].para; si-- {
		ds := st.dates[si]
		if len(ds) == 0 {
			continue // (an undated deed of the same scene between)
		}
		if len(ds) != 1 || ds[0].Relative || ds[0].Date.IsZero() || ds[0].Date.Precision == schema.PrecisionDay || pub.Year()-ds[0].Date.Time.Year() < 2 {
			return schema.Date{}, -1, false
		}
		for _, p := range st.events {
			if p.sent == si {
				return schema.Date{}, -1, false // a dated deed, not a scene
			}
		}
		return ds[0].Date, si, true
	}
	return schema.Date{}, -1, false
}

// sequelTold reports a bare sequel adverb in sentence si ("The two then
// held talks", "They later met"): not one that opens a time phrase of its
// own ("later that week", "later in the day") or closes one ("two days
// later").
func (st *docState) sequelTold(si int) bool {
	toks := st.doc.sentences[si].toks
	for i, t := range toks {
		if t.kind != tokWord || !en.SequelAdverbs[t.lower] {
			continue
		}
		if i+1 < len(toks) && en.TimePhraseOpeners[toks[i+1].lower] || i > 0 && en.TimeUnits[toks[i-1].lower] {
			return false
		}
		return true
	}
	return false
}

// carriesOn reports a verb in sentence si that carries the story on
// (en.CarryOnVerbs: "continued", "resumed", "went on").
func (st *docState) carriesOn(si int) bool {
	for _, t := range st.doc.sentences[si].toks {
		if t.kind == tokWord && en.CarryOnVerbs[t.lower] {
			return true
		}
	}
	return false
}

// relativeDay reports a date of sentence si told inside a relative clause
// ("X, who signed a decree on Thursday, then ..."): no day for the scene.
func (st *docState) relativeDay(si int, d timex.Match) bool {
	text := st.a.Text[st.doc.sentences[si].start:st.doc.sentences[si].end]
	lead := text[:d.Start]
	c := strings.LastIndex(lead, ",")
	return c >= 0 && strings.HasPrefix(lead[c:], ", who ")
}

// sceneCityOf returns the city sentence si puts its scene in ("... in
// Kampala on Tuesday"), or nil.
func (st *docState) sceneCityOf(si int) *entity {
	toks := st.doc.sentences[si].toks
	for _, m := range st.ms[si] {
		if m.kind == mCity && m.i > 0 && (toks[m.i-1].lower == "in" || toks[m.i-1].lower == "at") {
			return st.city(m.name, m.iso3)
		}
	}
	return nil
}

// dateFromEarlierTalks gives a meeting the day of the talks or signing it
// belongs to, which come before the trip that brought a party there: "X
// arrived on Sunday. The two leaders held talks before the signing."
func (st *docState) dateFromEarlierTalks(i int, e *event) bool {
	if st.tripInSentence(e) {
		return false // "travelled to X last July and held talks": dateFromTrip
	}
	for j := i - 1; j >= 0; j-- {
		p := st.events[j]
		if p.typ != schema.Meeting && p.typ != schema.Agreement || e.sent-p.sent > 6 || p.status != schema.Occurred || !p.dated() || p.date.Precision != schema.PrecisionDay {
			continue
		}
		if e.inCountry != nil && p.inCountry != nil && p.inCountry != e.inCountry {
			continue
		}
		if st.shareParty(p, e) {
			if st.movedOn(p, e) {
				return false // the trip since then dates it (dateFromTrip), not talks before it
			}
			e.setDate(p.date)
			return true
		}
	}
	return false
}

// tripInSentence reports a dated visit of a party of meeting e told
// earlier in e's own sentence, which lends the meeting its date.
func (st *docState) tripInSentence(e *event) bool {
	for _, p := range st.events {
		if p.typ == schema.Visit && p.sent == e.sent && p.trig < e.trig && p.status == schema.Occurred && p.dated() && !p.is(cuePastLeg) && !e.is(cueSince) && shareParticipant(p, e) {
			return true
		}
	}
	return false
}

// movedOn reports whether a party of meeting p, held in one country,
// travelled to another by the time of meeting e ("A held talks in Doha
// on Wednesday and reached Abu Dhabi on Thursday; B received him"): e
// is no part of p's day.
func (st *docState) movedOn(p, e *event) bool {
	if p.place == nil {
		return false
	}
	for _, v := range st.events {
		if v.typ == schema.Visit && v.status == schema.Occurred && v.sent >= p.sent && v.sent <= e.sent && containsEntity(p.parts, v.visitor) && containsEntity(e.parts, v.visitor) && v.host != nil && st.historical(v.host.iso3) != st.historical(p.place.iso3) {
			return true
		}
	}
	return false
}

// dateFromTrip gives a meeting without a date in its sentence the day of an
// earlier dated meeting or visit of the same trip ("Lavrov also met ...").
func (st *docState) dateFromTrip(i int, e *event) bool {
	pub := st.a.Published
	for j := i - 1; j >= 0; j-- {
		p := st.events[j]
		if p.typ != schema.Meeting && !(p.typ == schema.Visit && (p.sent < e.sent || p.sent == e.sent && p.trig < e.trig && !e.is(cueSince))) || e.sent-p.sent > 6 || p.status != schema.Occurred {
			continue
		}
		if p.typ == schema.Visit && e.inCountry != nil && p.host != e.inCountry {
			continue
		}
		if p.typ == schema.Visit && p.is(cueRelative) && p.sent == e.sent && p.dated() && !pub.IsZero() && pub.Sub(p.date.Time) > 24*time.Hour {
			// "X, who arrived on Thursday, also met Y" told days later:
			// the arrival is background, and the meeting may have been on
			// any day of the stay.
			continue
		}
		// "visited Iraq last month and held talks in Baghdad": a visit told
		// earlier in the sentence lends its date at any precision.
		sameSentence := p.typ == schema.Visit && p.sent == e.sent && !p.is(cuePastLeg)
		if p.dated() && (p.date.Precision == schema.PrecisionDay || sameSentence) && shareParticipant(p, e) {
			e.setDate(p.date)
			if p.typ == schema.Visit && !p.endDate.IsZero() && p.endDate != p.date {
				// A meeting during a visit of several days: only the
				// month is known.
				e.date = schema.Month(p.date.Time.Year(), p.date.Time.Month())
			}
			return true
		}
	}
	return false
}

// dateArrivalByMeetings dates a visit by the earliest own-dated meeting of
// the visitor in the host country. "X, who is here on a visit, met Y on
// Monday" gives no arrival day, so a visit under way without an arrival
// keeps none.
func (st *docState) dateArrivalByMeetings(e *event) bool {
	if e.is(cuePastLeg) || e.is(cueVague) || e.is(cueUnderWay) && !e.is(cueArrival) {
		return false
	}
	var best *event
	for _, p := range st.events {
		// A day the meeting borrowed from another event says nothing of
		// when this visitor arrived.
		if p.typ != schema.Meeting || p.status != schema.Occurred || !p.dated() || p.dateFrom == borrowedDate || p.date.Precision != schema.PrecisionDay || !containsEntity(p.parts, e.visitor) {
			continue
		}
		inHost := p.place != nil && st.historical(p.place.iso3) == e.host.iso3 || p.place == nil && st.historical(st.dlISO) == e.host.iso3
		if inHost && (best == nil || p.date.Time.Before(best.date.Time)) {
			best = p
		}
	}
	if best == nil {
		return false
	}
	e.setDate(best.date)
	return true
}

// sentenceHas reports whether sentence si holds a word of the class.
func (st *docState) sentenceHas(si int, class map[string]bool) bool {
	if si < 0 || si >= len(st.doc.sentences) {
		return false
	}
	for _, t := range st.doc.sentences[si].toks {
		if t.kind == tokWord && class[t.lower] {
			return true
		}
	}
	return false
}

// spousesAccompany drops from a meeting a leader's spouse ("First Lady
// X") beside a person of the same country: the spouse came along; the
// talks were the leader's.
func (st *docState) spousesAccompany() {
	for _, e := range st.events {
		if e.typ != schema.Meeting {
			continue
		}
		var keep []*entity
		for _, p := range e.parts {
			c := p.canon()
			if c.kind == schema.KindPerson && en.SpouseRoles[strings.ToLower(c.role)] && st.compatriotIn(e.parts, c) {
				continue
			}
			keep = append(keep, p)
		}
		e.parts = keep
	}
}

// compatriotIn reports another person among parts of p's country.
func (st *docState) compatriotIn(parts []*entity, p *entity) bool {
	for _, q := range parts {
		q = q.canon()
		if q != p && q.kind == schema.KindPerson && q.iso3 != "" && p.iso3 != "" && st.historical(q.iso3) == st.historical(p.iso3) && !en.SpouseRoles[strings.ToLower(q.role)] {
			return true
		}
	}
	return false
}

// multilateralMeetings turns meetings of three or more countries into
// bilateralSummits reads a gathering told by a common noun as the two
// sides' own, whose only attendees are two states ("after the first summit
// between the two neighbours", "the bilateral summit"), as what it is,
// talks of the two sides: dropped when a meeting of one person of each
// is told in its sentence, else a meeting of the one person of each side
// the sentence names (of the text's stated countries); kept otherwise.
func (st *docState) bilateralSummits() {
	for _, g := range st.events {
		// ("The third meeting of the A-B commission was co-chaired by X
		// and Y": the two sides' own, whatever its name.)
		if g.typ != schema.Gathering || !(g.is(cueBilateral) && plainName(g.name) || g.is(cueCoChairs)) || len(g.attendees) != 2 || len(g.remote)+len(g.absent) > 0 {
			continue
		}
		a, b := g.attendees[0].canon(), g.attendees[1].canon()
		if a.kind == schema.KindCountry && b.kind == schema.KindCountry {
			if st.sidesMet(g.sent, a, b) {
				g.attendees = nil // dropped as empty
				continue
			}
			if pa, pb := st.oneOfCountry(g.sent, a), st.oneOfCountry(g.sent, b); pa != nil && pb != nil {
				asMeeting(g, []*entity{pa, pb})
				continue
			}
		}
		// "The summit between A and B took place today. A was represented
		// by X and Y. B was represented by Z."; a body may be a side ("The
		// EU was represented by X and Y").
		if ra, rb := st.sideReps(g.sent, a), st.sideReps(g.sent, b); len(ra) > 0 && len(rb) > 0 {
			asMeeting(g, dedupEntities(append(ra, rb...)))
		}
	}
}

// asMeeting makes gathering g the meeting of parts.
func asMeeting(g *event, parts []*entity) {
	g.typ, g.parts, g.attendees, g.name, g.host = schema.Meeting, parts, nil, "", nil
}

// sideReps returns the people the two sentences after si say represented
// country or body c ("Kenya was represented by X and Y", "The AU was
// represented by X, chairperson of its commission, and Y"): those named
// after the "by" of a sentence whose subject is c. nil for none.
func (st *docState) sideReps(si int, c *entity) []*entity {
	var out []*entity
	for s := si + 1; s <= si+2 && s < len(st.ms); s++ {
		toks := st.doc.sentences[s].toks
		by := -1
		for k := 1; k+1 < len(toks); k++ {
			if toks[k].lower == "represented" && toks[k+1].lower == "by" {
				by = k + 1
				break
			}
		}
		if by < 0 || len(st.ms[s]) == 0 || !st.standsFor(st.ms[s][0], c) || st.ms[s][0].i >= by {
			continue
		}
		for _, m := range st.ms[s] {
			if m.kind == mPerson && m.ent != nil && m.i > by {
				out = append(out, m.ent.canon())
			}
		}
	}
	return dedupEntities(out)
}

// standsFor reports that mention m names country or body c.
func (st *docState) standsFor(m mention, c *entity) bool {
	switch m.kind {
	case mCountry:
		return c.kind == schema.KindCountry && m.iso3 != "" && st.historical(m.iso3) == st.historical(c.iso3)
	case mOrg:
		return c.kind == schema.KindOrganization && st.org(m.name).canon() == c
	}
	return false
}

// plainName reports a gathering's name in lower-case words only ("first
// stand-alone summit"), told by a common noun, not a proper name.
func plainName(name string) bool {
	return name != "" && strings.ToLower(name) == name
}

// sidesMet reports a meeting told in sentence si whose parties include a
// person of country a and one of country b.
func (st *docState) sidesMet(si int, a, b *entity) bool {
	for _, e := range st.events {
		if e.typ != schema.Meeting || e.sent != si {
			continue
		}
		var ha, hb bool
		for _, p := range e.parts {
			c := st.countryOf(p)
			ha = ha || c != nil && c.canon() == a
			hb = hb || c != nil && c.canon() == b
		}
		if ha && hb {
			return true
		}
	}
	return false
}

// oneOfCountry returns the one person sentence si names whose stated
// country is c, or nil for none or several.
func (st *docState) oneOfCountry(si int, c *entity) *entity {
	var found *entity
	for _, m := range st.ms[si] {
		if m.kind != mPerson || m.ent == nil {
			continue
		}
		p := m.ent.canon()
		if p.iso3 == "" || p.guessed || st.historical(p.iso3) != st.historical(c.iso3) {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// gatherings.
func (st *docState) multilateralMeetings() {
	for _, e := range st.events {
		if e.typ != schema.Meeting || e.is(cueMediated) {
			continue
		}
		cs := map[string]bool{}
		for _, p := range e.parts {
			if p.iso3 != "" {
				cs[st.historical(p.iso3)] = true
			}
		}
		if len(cs) < 3 || len(e.parts) < 3 {
			continue
		}
		g := st.gatheringOfNoun(e)
		if g == nil {
			// "X chaired an enlarged sitting, at which A sat down with B and
			// C": three states at a sitting of the sentence are at it.
			g = st.sittingOfSentence(e)
		}
		if g != nil {
			// "X hosted an emergency meeting with A, B and C": the
			// meeting noun told a gathering too; its parties attend it.
			for _, p := range e.parts {
				st.addAttendee(g, p)
			}
			e.parts = nil // dropped as empty
			continue
		}
		// Leaders who met on a summit's sidelines stay a meeting up to six.
		side := e.sidelines != nil || st.sentenceHas(e.sent, en.SidelineWords)
		if (len(e.parts) <= 4 && (!e.is(cueEquals) || st.hostedTalks(e) || st.repeatsMeeting(e)) || side && len(e.parts) <= 6) && allPersons(e.parts) && e.name == "" {
			// "X hosted A and B for three-way talks", a call of four:
			// named leaders in talks held through a third party, a
			// meeting. Three or more states meeting as equals ("the
			// three ministers met in Tokyo") are a multilateral meeting,
			// a gathering.
			continue
		}
		e.typ = schema.Gathering
		if e.name == "" {
			e.name = "multilateral meeting"
		}
		for _, p := range e.parts {
			st.addAttendee(e, p)
		}
		e.parts = nil
	}
}

// sittingOfSentence returns the one gathering told as a sitting ("a
// session", "a meeting", en.SittingNouns) in the sentence of meeting e,
// with its status, whose relative clause "at which" or "where" tells the
// meeting; nil for none.
func (st *docState) sittingOfSentence(e *event) *event {
	var found *event
	toks := st.doc.sentences[e.sent].toks
	for _, g := range st.events {
		if g.typ != schema.Gathering || g.sent != e.sent || g.status != e.status || g.trig < 0 || g.trig+3 >= e.trig || e.trig >= len(toks) {
			continue
		}
		if !en.SittingNouns[toks[g.trig].lower] || !relativeAt(toks, g.trig+1, e.trig) {
			continue
		}
		if found != nil {
			return nil
		}
		found = g
	}
	return found
}

// relativeAt reports "at which", "during which" or "where" among tokens
// [i, j): the relative clause of a sitting's noun before it.
func relativeAt(toks []token, i, j int) bool {
	for q := i; q+1 < j; q++ {
		if toks[q].lower == "where" || (toks[q].lower == "at" || toks[q].lower == "during") && toks[q+1].lower == "which" {
			return true
		}
	}
	return false
}

// summitWithMany folds the meetings read from one summit noun that the
// sentence also read as a gathering ("took part in a regional summit with
// A and B": the subject's meeting with each) into that gathering's
// attendees, when there are two or more: a summit with several is one
// sitting of all. A summit with one other stays a meeting.
func (st *docState) summitWithMany() {
	for _, g := range st.events {
		if g.typ != schema.Gathering || g.trig < 0 || g.trig >= len(st.doc.sentences[g.sent].toks) || !en.SummitHeads[st.doc.sentences[g.sent].toks[g.trig].lower] {
			continue
		}
		var ms []*event
		for _, e := range st.events {
			if e.typ == schema.Meeting && sameNoun(e, g) && len(e.parts) > 0 {
				ms = append(ms, e)
			}
		}
		if len(ms) < 2 {
			continue
		}
		for _, e := range ms {
			for _, p := range e.parts {
				st.addAttendee(g, p)
			}
			e.parts = nil // dropped as empty
		}
	}
}

// hostedTalks reports a meeting of three or four held through a third
// party (en.ThirdPartyWords in its sentence: "X hosted A and B", "talks
// mediated by X") or a call: not a gathering of equals.
func (st *docState) hostedTalks(e *event) bool {
	// "X hosted A and B. The three leaders then held talks": the
	// sentence before may tell the host.
	return e.mode == schema.Telephone || e.mode == schema.Video || st.sentenceHas(e.sent, en.ThirdPartyWords) || st.sentenceHas(e.sent-1, en.ThirdPartyWords)
}

// gatheringOfNoun returns the gathering read from the same noun as the
// meeting e, or nil.
func (st *docState) gatheringOfNoun(e *event) *event {
	for _, g := range st.events {
		if g.typ == schema.Gathering && sameNoun(g, e) {
			return g
		}
	}
	return nil
}

// sameNoun reports events a and b read from one noun of one sentence,
// with one status.
func sameNoun(a, b *event) bool {
	return a.sent == b.sent && a.trig == b.trig && a.status == b.status
}

// repeatsMeeting reports a meeting of equals that tells again, by a group
// subject, a meeting of host and guests just before ("A and B met C and
// D. The four principals later discussed ..."): every party of e was at
// one meeting of the two sentences before.
func (st *docState) repeatsMeeting(e *event) bool {
	for _, o := range st.events {
		if o == e || o.typ != schema.Meeting || o.is(cueEquals) || o.sent > e.sent || e.sent-o.sent > 2 {
			continue
		}
		all := true
		for _, p := range e.parts {
			all = all && containsEntity(o.parts, p.canon())
		}
		if all {
			return true
		}
	}
	return false
}

// blocsAsMembers lets a bloc whose members the text lists attend as its
// members.
func (st *docState) blocsAsMembers() {
	for _, e := range st.events {
		if e.typ != schema.Gathering {
			continue
		}
		var atts []*entity
		for _, a := range e.attendees {
			ms := st.members[a]
			if len(ms) == 0 {
				ms = []*entity{a}
			}
			for _, m := range ms {
				if !containsEntity(atts, m) {
					atts = append(atts, m)
				}
			}
		}
		e.attendees = atts
	}
}

// mergeDuplicates folds each event into the first earlier one it repeats.
func (st *docState) mergeDuplicates() {
	// A merge can make an event the same as one kept before it ("A met
	// B", "A met C", "the three met"): merge until nothing changes.
	for st.fold(st.sameOccasion) {
	}
}

// fold merges each event into the first earlier kept one that same
// reports it repeats, in one pass, and reports whether any was merged.
func (st *docState) fold(same func(kept, e *event) bool) bool {
	var out []*event
	for _, e := range st.events {
		dup := false
		for _, o := range out {
			if same(o, e) {
				mergeEvent(o, e)
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	merged := len(out) < len(st.events)
	st.events = out
	return merged
}

// mergeBlocGatherings folds a gathering into an earlier one the story
// names after the same body by another of its names ("the Asia-Pacific
// Economic Cooperation summit", then "the APEC leaders' meeting"), held in
// the same place (or one unplaced) within three days of it (or one
// undated).
func (st *docState) mergeBlocGatherings() {
	st.fold(func(o, e *event) bool {
		return o.typ == schema.Gathering && e.typ == schema.Gathering && o.status == e.status && st.sameBlocGathering(o, e)
	})
}

// sameBlocGathering reports two gatherings named after one body, in one
// place, within three days.
func (st *docState) sameBlocGathering(a, b *event) bool {
	ka, kb := st.nameBloc(a.name), st.nameBloc(b.name)
	if ka == "" || ka != kb || a.place != nil && b.place != nil && a.place != b.place {
		return false
	}
	if !a.dated() || !b.dated() {
		return true
	}
	if a.date.Precision != schema.PrecisionDay || b.date.Precision != schema.PrecisionDay {
		return false
	}
	d := a.date.Time.Sub(b.date.Time).Hours() / 24
	return d <= 3 && d >= -3
}

// nameBloc returns the body of states a gathering's name is named after
// (any of its names, "APEC" or "Asia-Pacific Economic Cooperation"), or ""
// for none; a pair's compound ("CELAC-EU") names neither.
func (st *docState) nameBloc(name string) string {
	ws := strings.Fields(name)
	for i := range ws {
		for j := min(len(ws), i+6); j > i; j-- {
			phrase := strings.Trim(strings.Join(ws[i:j], " "), "'")
			for _, le := range st.x.lex.lookup(phrase) {
				if le.kind == lexOrg {
					return st.orgKey(le.name)
				}
			}
		}
	}
	return ""
}

// dropEmpty drops gatherings that name no attendee and either no place or
// no more than a bare noun, ceremonies with no guest from abroad, and
// meetings left with fewer than two parties.
func (st *docState) dropEmpty() {
	kept := st.events[:0]
	for _, e := range st.events {
		// "When the meeting closed": a bare noun with no one at it is
		// no gathering a researcher can use.
		if e.typ == schema.Gathering && len(e.attendees) == 0 && (e.place == nil || bareName(e.name)) || e.typ == schema.Meeting && len(e.parts) < 2 || e.is(cueCeremony) && !guestsFromAbroad(e) {
			continue
		}
		kept = append(kept, e)
	}
	st.events = kept
}

// guestsFromAbroad reports whether ceremony e has an attendee besides its
// host: a swearing-in with no one from abroad at it is a domestic affair. A
// nation's own day needs guests of two countries: one guest at a parade
// is on a visit.
func guestsFromAbroad(e *event) bool {
	home := ""
	if e.host != nil {
		home = e.host.canon().iso3
	} else if e.place != nil {
		home = e.place.iso3 // "the celebrations in New Delhi"
	}
	n, states := 0, 0
	for _, a := range e.attendees {
		if a != e.host && (home == "" || a.canon().iso3 != home) {
			n++
			states += boolInt(a.canon().kind == schema.KindCountry)
		}
	}
	if e.is(cueCommemoration) {
		return states >= 2
	}
	return n >= 1
}

// dropConvenors drops the bloc from the attendees of a gathering named for
// it ("the G20 summit", "Mercosur meeting") when the text lists three or
// more member countries: the bloc is what meets. "The EU and five Central
// Asian states held their first summit" keeps the EU as a party.
func (st *docState) dropConvenors() {
	for _, e := range st.events {
		if e.typ != schema.Gathering {
			continue
		}
		n := 0
		for _, a := range e.attendees {
			if a.kind == schema.KindCountry {
				n++
			}
		}
		if n < 3 {
			continue
		}
		own := func(a *entity) bool {
			a = a.canon()
			return a == e.convenor && strings.Contains(strings.ToLower(e.name), strings.ToLower(a.name)) || a.kind == schema.KindOrganization && st.namesOwnBloc(e.name, a)
		}
		e.attendees = slices.DeleteFunc(e.attendees, own)
		e.remote = slices.DeleteFunc(e.remote, own)
	}
}

// orgKey returns the name the gazetteer files an organisation under
// ("Association of Southeast Asian Nations" for "ASEAN"), or name.
func (st *docState) orgKey(name string) string {
	for _, le := range st.x.lex.lookup(name) {
		if le.kind == lexOrg {
			return le.name
		}
	}
	return name
}

// namesOwnBloc reports whether a gathering's name names the body org by
// any of its names ("the 46th Gulf Cooperation Council summit", "the
// CARICOM Conference", "Group of Seven summit" for the G7), not as one
// side of a pair ("CELAC-EU Summit").
func (st *docState) namesOwnBloc(name string, org *entity) bool {
	ws := strings.Fields(name)
	for i := range ws {
		for j := i + 1; j <= min(len(ws), i+6); j++ {
			phrase := strings.Join(ws[i:j], " ")
			if strings.Contains(phrase, "-") {
				break
			}
			for _, le := range st.x.lex.lookup(phrase) {
				if le.kind == lexOrg && (le.name == org.name || le.name == st.orgKey(org.name)) {
					return true
				}
			}
		}
	}
	return false
}

func shareParticipant(a, b *event) bool {
	as := append(append([]*entity{}, a.parts...), a.visitor)
	bs := append(append([]*entity{}, b.parts...), b.visitor)
	for _, x := range as {
		if x == nil {
			continue
		}
		for _, y := range bs {
			if x == y {
				return true
			}
		}
	}
	return false
}

// shareParty reports whether two events share a party, a person counting
// as the country they act for ("Iran and the United States held talks",
// then "Iranian Foreign Minister Araghchi held talks").
func (st *docState) shareParty(a, b *event) bool {
	if shareParticipant(a, b) {
		return true
	}
	countries := map[string]bool{}
	for _, x := range a.parts {
		if x.kind == schema.KindCountry {
			countries[st.historical(x.iso3)] = true
		}
	}
	for _, y := range b.parts {
		if y.kind == schema.KindPerson && y.iso3 != "" && countries[st.historical(y.iso3)] {
			return true
		}
	}
	return false
}

// sameEvent reports whether two extracted events are one.
func sameEvent(a, b *event) bool {
	if a.typ != b.typ || a.status != b.status {
		return false
	}
	switch a.typ {
	case schema.Meeting:
		if len(a.parts) != len(b.parts) {
			return partOf(a, b) || partOf(b, a) || summaryOf(a, b) || summaryOf(b, a)
		}
		for _, p := range a.parts {
			if !containsEntity(b.parts, p) {
				return false
			}
		}
		return a.mode == b.mode || a.date == b.date || !a.dated() || !b.dated()
	case schema.Visit:
		return a.visitor == b.visitor && a.host == b.host
	case schema.Agreement:
		return a.sent == b.sent && len(a.parts) == len(b.parts)
	case schema.Gathering:
		if a.sent == b.sent || a.name == b.name && a.name != "" {
			return true
		}
		return a.place != nil && a.place == b.place && (a.date == b.date || !a.dated() || !b.dated()) && b.sent-a.sent <= 8
	}
	return false
}

// sameOccasion reports whether event b repeats event a (sameEvent), save
// two meetings whose sentences give them two different days: the same
// people meeting again ("talks in May; talks again in February"), not one
// meeting told twice (a day a meeting took over from the sentences around
// it is no proof); nor two sittings of one body (twoSittings).
func (st *docState) sameOccasion(a, b *event) bool {
	return sameEvent(a, b) && !(a.typ == schema.Meeting && st.ownDay(a) && st.ownDay(b) && apartDays(a, b)) && !st.twoSittings(a, b)
}

// twoSittings reports two gatherings of one name whose own sentences give
// them two different days (or months) in two different cities: the bloc's
// leaders in one capital on Monday, its ministers in another on Tuesday.
func (st *docState) twoSittings(a, b *event) bool {
	return a.typ == schema.Gathering && a.sent != b.sent && a.place != nil && b.place != nil && a.place != b.place &&
		st.ownDay(a) && st.ownDay(b) && (apartDays(a, b) || apartMonths(a, b))
}

// apartMonths reports two events dated, one of them to a month only, to
// two different months.
func apartMonths(a, b *event) bool {
	if !a.dated() || !b.dated() || a.date.Precision != schema.PrecisionMonth && b.date.Precision != schema.PrecisionMonth {
		return false
	}
	month := func(d schema.Date) bool {
		return d.Precision == schema.PrecisionDay || d.Precision == schema.PrecisionMonth
	}
	return month(a.date) && month(b.date) && (a.date.Time.Year() != b.date.Time.Year() || a.date.Time.Month() != b.date.Time.Month())
}

// ownDay reports whether event e's sentence, or the chronology entry it
// stands in, gives a date.
func (st *docState) ownDay(e *event) bool {
	return len(st.dates[e.sent]) > 0 || st.inEntry(e.sent)
}

// apartDays reports two events dated to two different days, neither within
// the other's span, or to periods that do not overlap ("on Thursday" and
// "in January", "last August").
func apartDays(a, b *event) bool {
	if a.date.IsZero() || b.date.IsZero() || a.date == b.date {
		return false
	}
	if a.date.Precision != schema.PrecisionDay || b.date.Precision != schema.PrecisionDay {
		return !a.date.Overlaps(b.date.Time, spanEnd(b)) && !b.date.Overlaps(a.date.Time, spanEnd(a))
	}
	within := func(x, y *event) bool {
		return !y.endDate.IsZero() && !x.date.Time.Before(y.date.Time) && !x.date.Time.After(y.endDate.Time)
	}
	return !within(a, b) && !within(b, a)
}

// spanEnd returns the first instant after event e's dates, its end date's
// included.
func spanEnd(e *event) time.Time {
	if !e.endDate.IsZero() {
		return e.endDate.End()
	}
	return e.date.End()
}

// partOf reports whether meeting a is the same meeting as the joint
// meeting b told with fewer of its parties ("the meeting on Monday with
// Baker", then "he, Baker and Poehl met on Monday"): same day, same mode,
// a few sentences apart.
func partOf(a, b *event) bool {
	if !b.is(cueJoint) || len(b.parts) < 3 || len(a.parts) >= len(b.parts) || !a.dated() || !b.dated() ||
		a.date != b.date || a.date.Precision != schema.PrecisionDay || a.mode != b.mode || b.sent-a.sent > 3 || a.sent-b.sent > 3 {
		return false
	}
	for _, p := range a.parts {
		if !containsEntity(b.parts, p) {
			return false
		}
	}
	return true
}

// summaryOf reports whether meeting a, undated or dated to a month only,
// tells in brief the meeting b that names more of its parties on a day of
// that month ("A and B held talks in October", then "A and B met on the
// 25th, joined by C and D"): one meeting.
func summaryOf(a, b *event) bool {
	if !b.is(cueJoint) || len(a.parts) >= len(b.parts) || a.mode != b.mode || !b.dated() || b.date.Precision != schema.PrecisionDay {
		return false
	}
	if a.dated() && !sameMonth(a.date, b.date) {
		return false
	}
	for _, p := range a.parts {
		if !containsEntity(b.parts, p) {
			return false
		}
	}
	return true
}

// sameMonth reports a date of a month and a day within that month.
func sameMonth(m, d schema.Date) bool {
	return m.Precision == schema.PrecisionMonth && d.Precision == schema.PrecisionDay &&
		m.Time.Year() == d.Time.Year() && m.Time.Month() == d.Time.Month()
}

// mergeEvent folds b into a.
func mergeEvent(a, b *event) {
	for _, p := range b.parts {
		if !containsEntity(a.parts, p) {
			a.parts = append(a.parts, p)
			a.mark(cueJoint)
		}
	}
	if !a.dated() && b.dated() || (a.typ == schema.Meeting || a.typ == schema.Visit) && sameMonth(a.date, b.date) {
		a.setDate(b.date) // (a month told in brief, the day told later)
		a.endDate = b.endDate
	}
	// A visit is dated by its arrival day when the text gives one.
	if a.typ == schema.Visit && b.is(cueArrival) && !a.is(cueArrival) && b.dated() && b.date.Precision == schema.PrecisionDay {
		a.date, a.endDate = b.date, b.endDate
		a.mark(cueArrival)
	}
	if a.is(cuePastLeg) && !b.is(cuePastLeg) {
		a.unmark(cuePastLeg)
		if a.date.IsZero() {
			a.date = b.date
		}
	}
	if a.place == nil {
		a.place = b.place
	}
	if a.mode == schema.InPerson && b.mode != "" {
		a.mode = b.mode
	}
	if a.mode == schema.Telephone || a.mode == schema.Video {
		a.place = nil // one event told as talks and as a call: a call has no place
	}
	for _, t := range b.topics {
		a.topics = appendUnique(a.topics, t)
	}
	for _, x := range b.attendees {
		if !containsEntity(a.attendees, x) {
			a.attendees = append(a.attendees, x)
		}
	}
	for _, x := range b.remote {
		if !containsEntity(a.remote, x) {
			a.remote = append(a.remote, x)
		}
	}
	for _, x := range b.absent {
		if !containsEntity(a.absent, x) {
			a.absent = append(a.absent, x)
		}
	}
	if a.host == nil {
		a.host = b.host
	}
	if a.convenor == nil {
		a.convenor = b.convenor
	}
	if bareName(a.name) && strings.ToLower(b.name) != b.name {
		a.name = b.name // "Leaders met in X. The Lakes summit ...": the summit's proper name
	}
}

// bareName reports a gathering's name that is a bare noun ("meeting").
func bareName(name string) bool {
	return !strings.Contains(name, " ") && en.GatheringNouns[strings.ToLower(name)]
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// iri returns the IRI of an entity.
func (st *docState) iri(e *entity) schema.IRI {
	if e == nil {
		return ""
	}
	e = e.canon()
	switch e.kind {
	case schema.KindPerson:
		return schema.PersonIRI(e.name)
	case schema.KindCountry:
		return schema.CountryIRI(e.iso3)
	case schema.KindOrganization:
		return schema.OrgIRI(e.name)
	case schema.KindCity:
		return schema.CityIRI(e.name)
	}
	return ""
}

// facts converts the document state into schema.Facts.
func (st *docState) facts() schema.Facts {
	f := schema.Facts{Article: st.a}
	seen := map[schema.IRI]bool{}
	addActor := func(e *entity) {
		if e == nil {
			return
		}
		e = e.canon()
		iri := st.iri(e)
		if iri == "" || seen[iri] {
			return
		}
		seen[iri] = true
		a := schema.Actor{IRI: iri, Kind: e.kind, Name: e.name, Aliases: e.aliases, Role: e.role}
		if e.iso3 != "" && (e.kind == schema.KindPerson || e.kind == schema.KindCity) {
			a.Country = schema.CountryIRI(st.historical(e.iso3))
			a.CountryGuessed = e.kind == schema.KindPerson && e.guessed
		} else if o := st.actsForOrg(e); o != nil {
			a.Country = st.iri(o) // "NATO Secretary General X" acts for NATO
		}
		f.Actors = append(f.Actors, a)
	}
	// ref lists e among the actors and returns its IRI ("" for none).
	ref := func(e *entity) schema.IRI {
		if e == nil {
			return ""
		}
		addActor(e)
		return st.iri(e)
	}
	refs := func(es []*entity) []schema.IRI {
		var out []schema.IRI
		for _, e := range es {
			out = append(out, ref(e))
		}
		return out
	}
	for _, p := range st.people {
		if p.into != nil {
			continue
		}
		// ("representing Narendra Modi": a head of government by the
		// gazetteer, with his country.)
		if p.role != "" || p.explicit || p.event || p.inOffice {
			addActor(p)
			if p.iso3 != "" {
				addActor(st.country(p.iso3))
			} else if o := st.actsForOrg(p); o != nil {
				addActor(o)
			}
		}
	}
	for _, e := range st.events {
		ev := schema.Event{Type: e.typ, Status: e.status, Name: e.name, Date: e.date, EndDate: e.endDate, Topics: e.topics, Confidence: e.conf}
		if e.typ == schema.Meeting {
			ev.Mode = e.mode
		}
		ev.Participants = refs(e.parts)
		ev.Visitor = ref(e.visitor)
		ev.Host = ref(e.host)
		ev.Attendees = refs(e.attendees)
		ev.Remote = refs(e.remote)
		ev.Absent = refs(e.absent)
		ev.Place = ref(e.place)
		ev.ReportedBy = ref(e.reported)
		if e.sidelines != nil && st.kept(e.sidelines) {
			// Only a gathering the facts hold: one dropped or merged away
			// would leave a dangling reference in the store.
			ev.Sidelines = schema.EventIRI(schema.Event{Type: schema.Gathering, Status: e.sidelines.status, Date: e.sidelines.date, Name: e.sidelines.name, Place: st.iri(e.sidelines.place), Host: st.iri(e.sidelines.host)})
		}
		s := st.doc.sentences[e.sent]
		// The sentence with hard-wrapped lines joined; Start and End still
		// point at it in the article text.
		ev.Evidence = schema.Evidence{Sentence: joinLines(st.a.Text[s.start:s.end]), Start: s.start, End: s.end}
		ev.PloverType, ev.PloverMode, ev.CameoCode = schema.Classify(ev)
		f.Events = append(f.Events, ev)
	}
	sort.SliceStable(f.Actors, func(i, j int) bool { return f.Actors[i].Kind < f.Actors[j].Kind })
	return f
}

// actsForOrg returns the organisation a person of no country holds an
// office of ("NATO Secretary General X", "the UN's refugee chief Y"), or
// nil: for an institution of a larger one, the larger ("European
// Commission President X" acts for the European Union).
func (st *docState) actsForOrg(e *entity) *entity {
	if e.kind != schema.KindPerson || e.iso3 != "" || e.org == "" {
		return nil
	}
	o := st.org(e.org)
	if u := st.partOf(o); u != nil {
		return u
	}
	return o
}

// partOf returns the organisation the institution o is part of (the
// European Union for the European Commission), or nil.
func (st *docState) partOf(o *entity) *entity {
	for _, le := range st.x.lex.lookup(o.name) {
		if le.kind != lexOrg || le.partOf == "" {
			continue
		}
		for _, pe := range st.x.lex.lookup(le.partOf) {
			if pe.kind == lexOrg {
				return st.org(pe.name)
			}
		}
	}
	return nil
}

// personsForCountries removes from a meeting's parties the countries that
// a person among them acts for. "The chiefs of the intelligence services of
// Kyrgyzstan and Tajikistan, A and B, met" names as many countries as
// people of no known country: they pair up in order first.
func (st *docState) personsForCountries(parts []*entity) []*entity {
	var people, countries []*entity
	for _, p := range parts {
		switch p.canon().kind {
		case schema.KindPerson:
			if p.canon().iso3 == "" {
				people = append(people, p.canon())
			}
		case schema.KindCountry:
			countries = append(countries, p)
		}
	}
	if len(people) >= 2 && len(people) == len(countries) {
		for i, p := range people {
			p.iso3 = countries[i].iso3
		}
	}
	acts := map[string]bool{}
	for _, p := range parts {
		if p := p.canon(); p.kind == schema.KindPerson && p.iso3 != "" {
			acts[st.historical(p.iso3)] = true
		}
	}
	out := parts[:0:0]
	for _, p := range parts {
		if p.canon().kind == schema.KindCountry && acts[st.historical(p.canon().iso3)] {
			continue
		}
		out = append(out, p)
	}
	return out
}

// joinLines folds the line breaks and indentation of a hard-wrapped
// sentence into single spaces.
func joinLines(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
