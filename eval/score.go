package eval

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Measure names, in the order Score reports them.
const (
	MeetingPairs       = "meeting pairs"
	Visits             = "visits"
	GatheringAttendees = "gathering attendees"
	Gatherings         = "gatherings"
	People             = "people"
)

// Date and place measure names, in the order Score reports them.
const (
	MeetingDates    = "meeting dates"
	VisitDates      = "visit dates"
	GatheringDates  = "gathering dates"
	GatheringPlaces = "gathering places"
	// MeetingPlaces counts matched meeting pairs whose gold meeting has a
	// place and whose predicted place names it (see placeOK).
	MeetingPlaces = "meeting places"
	// MeetingTopics counts the gold topics of matched meeting pairs that a
	// predicted topic shares a content word with (recall only, see topicFound).
	MeetingTopics = "meeting topics"
)

// Measure is the precision, recall and F1 of one kind of fact.
type Measure struct {
	// Name is one of MeetingPairs, Visits, GatheringAttendees, Gatherings, People.
	Name string
	// Matched is the number of gold items matched one-to-one by a prediction.
	Matched int
	// Gold and Predicted count the (deduplicated) gold and predicted items.
	Gold, Predicted int
	// Precision, Recall and F1 follow score.py: with no predictions precision
	// is 1 when there is no gold either and 0 otherwise; with no gold recall is 1.
	Precision, Recall, F1 float64
}

// DateMeasure is the agreement of dates (or places) on matched items.
type DateMeasure struct {
	// Name is one of MeetingDates, VisitDates, GatheringDates,
	// GatheringPlaces, MeetingPlaces, MeetingTopics.
	Name string
	// Correct of Total matched items agree exactly.
	Correct, Total int
}

// Accuracy returns Correct/Total, and false when nothing was matched.
func (d DateMeasure) Accuracy() (float64, bool) {
	if d.Total == 0 {
		return 0, false
	}
	return float64(d.Correct) / float64(d.Total), true
}

// DocScore is the per-document breakdown of the five measures.
type DocScore struct {
	// Doc is the gold file name (NNN.json).
	Doc string
	// Measures are the five measures on this document alone, in Score's order.
	Measures []Measure
}

// Report is the result of Score.
type Report struct {
	// Measures are meeting pairs, visits, gathering attendees, gatherings and people.
	Measures []Measure
	// Dates are meeting dates, visit dates, gathering dates, gathering
	// places, meeting places and meeting topics; none enters Overall.
	Dates []DateMeasure
	// Overall is the mean F1 of meeting pairs, visits, gathering attendees and people.
	Overall float64
	// PerDoc holds one entry per gold document, in file-name order.
	PerDoc []DocScore
}

// Measure returns the measure with the given name, and false if there is none.
func (r Report) Measure(name string) (Measure, bool) {
	for _, m := range r.Measures {
		if m.Name == name {
			return m, true
		}
	}
	return Measure{}, false
}

// WriteText writes the report exactly as score.py prints it: one line per
// measure, one per date measure, then "overall F1 X.XXX".
func (r Report) WriteText(w io.Writer) error {
	var b strings.Builder
	for _, m := range r.Measures {
		fmt.Fprintf(&b, "%-22s P %.3f  R %.3f  F1 %.3f   (gold %d, predicted %d)\n",
			m.Name, m.Precision, m.Recall, m.F1, m.Gold, m.Predicted)
	}
	for _, d := range r.Dates {
		fmt.Fprintf(&b, "%-22s %d/%d correct", d.Name, d.Correct, d.Total)
		if acc, ok := d.Accuracy(); ok {
			fmt.Fprintf(&b, " = %.3f", acc)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "overall F1 %.3f\n", r.Overall)
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// titles are words ignored when comparing person names.
var titles = setOf("president", "prime", "minister", "pm", "foreign", "general", "gen", "dr", "mr", "mrs", "ms",
	"sheikh", "king", "queen", "prince", "emir", "his", "her", "highness", "majesty", "excellency",
	"secretary", "state", "chancellor", "premier", "vice", "deputy", "chief", "army", "field", "marshal",
	"lt", "lieutenant", "col", "colonel", "ambassador", "sir", "the", "hon", "honourable", "honorable")

// countryAliases folds normalised country and organisation variants.
var countryAliases = map[string]string{
	"us": "united states", "u s": "united states", "usa": "united states", "u s a": "united states",
	"united states of america": "united states", "america": "united states",
	"uk": "united kingdom", "u k": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"russian federation": "russia", "ussr": "soviet union", "u s s r": "soviet union",
	"prc": "china", "peoples republic of china": "china", "people s republic of china": "china",
	"republic of korea": "south korea", "rok": "south korea", "korea": "south korea",
	"dprk": "north korea", "uae": "united arab emirates", "u a e": "united arab emirates",
	"ksa": "saudi arabia", "kingdom of saudi arabia": "saudi arabia", "turkiye": "turkey",
	"islamic republic of iran": "iran", "islamic republic of afghanistan": "afghanistan",
	"eu": "european union", "un": "united nations", "czechia": "czech republic",
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Norm normalises a name as score.py does: NFKD, combining marks removed,
// lower case, every run of characters other than a-z and 0-9 folded to one
// space, trimmed, then country aliases folded ("U.S." → "united states").
func Norm(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	space := false
	for i := 0; i < len(d); {
		r, size := utf8.DecodeRuneInString(d[i:])
		ccc := norm.NFKD.PropertiesString(d[i:]).CCC()
		i += size
		if ccc != 0 {
			continue
		}
		// Only ASCII survives, so per-rune lower-casing agrees with
		// Python's str.lower (whose special cases, like U+0130, NFKD has
		// already decomposed).
		if l := unicode.ToLower(r); l >= 'a' && l <= 'z' || l >= '0' && l <= '9' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(l)
		} else {
			space = true
		}
	}
	out := b.String()
	if a, ok := countryAliases[out]; ok {
		return a
	}
	return out
}

// entity is a gold name with its aliases (score.py's Entity).
type entity struct {
	name  string
	forms []string
}

func newEntity(name string, aliases []string) entity {
	e := entity{name: name, forms: []string{Norm(name)}}
	for _, a := range aliases {
		if a == "" {
			continue
		}
		if f := Norm(a); !slices.Contains(e.forms, f) {
			e.forms = append(e.forms, f)
		}
	}
	return e
}

// nameTokens returns the words of a normalised name without titles, or all
// of them when only titles are left.
func nameTokens(n string) []string {
	all := strings.Fields(n)
	var toks []string
	for _, t := range all {
		if !titles[t] {
			toks = append(toks, t)
		}
	}
	if len(toks) == 0 {
		return all
	}
	return toks
}

// same reports whether a predicted name matches a gold entity: the same
// normalised form, the same words after titles are dropped, or the same
// surname (longer than two letters) with given names whose first initials
// agree where both have any.
func same(pred string, ent entity) bool {
	p := Norm(pred)
	if p == "" {
		return false
	}
	if slices.Contains(ent.forms, p) {
		return true
	}
	pt := nameTokens(p)
	for _, f := range ent.forms {
		gt := nameTokens(f)
		if len(pt) == 0 || len(gt) == 0 {
			continue
		}
		if slices.Equal(pt, gt) {
			return true
		}
		if pt[len(pt)-1] == gt[len(gt)-1] && len(pt[len(pt)-1]) > 2 {
			a, b := pt[:len(pt)-1], gt[:len(gt)-1]
			if len(a) == 0 || len(b) == 0 || a[0][0] == b[0][0] {
				return true
			}
		}
	}
	return false
}

// matchPairs matches gold items to predictions greedily, one to one, in gold
// order, each gold item taking the first unused prediction it equals.
func matchPairs(nGold, nPred int, eq func(g, p int) bool) [][2]int {
	used := make([]bool, nPred)
	var out [][2]int
	for gi := 0; gi < nGold; gi++ {
		for pi := 0; pi < nPred; pi++ {
			if !used[pi] && eq(gi, pi) {
				used[pi] = true
				out = append(out, [2]int{gi, pi})
				break
			}
		}
	}
	return out
}

// dedupe keeps the first item of each key, in order.
func dedupe[T any](items []T, key func(T) string) []T {
	seen := make(map[string]bool, len(items))
	var out []T
	for _, it := range items {
		k := key(it)
		if !seen[k] {
			seen[k] = true
			out = append(out, it)
		}
	}
	return out
}

// pairKey is an unordered key for two strings (Python's frozenset of two).
func pairKey(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "\x00" + b
}

// dateOK reports whether two dates agree, null and "" being the same.
func dateOK(gold, pred *string) bool { return str(gold) == str(pred) }

// placeOK reports whether a predicted place names the gold one: the
// normalised names are equal or one holds the other as whole words. An empty
// prediction is never right.
func placeOK(gold, pred string) bool {
	if pred == "" {
		return false
	}
	g, p := " "+Norm(gold)+" ", " "+Norm(pred)+" "
	return strings.Contains(p, g) || strings.Contains(g, p)
}

// topicStop are words that never make two topics agree (score.py's STOP).
var topicStop = setOf("the", "and", "for", "with", "from", "into", "over", "about", "between", "their", "its",
	"his", "her", "this", "that", "on", "of", "in", "to", "a", "an")

// topicFound reports whether one predicted topic shares a content word (four
// letters or more, not in topicStop) with the gold topic.
func topicFound(gold string, preds []string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(Norm(gold)) {
		if len(w) >= 4 && !topicStop[w] {
			words[w] = true
		}
	}
	for _, t := range preds {
		for _, w := range strings.Fields(Norm(t)) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// tally accumulates matched, gold and predicted counts.
type tally struct{ tp, nGold, nPred int }

func (t *tally) add(tp, nGold, nPred int) {
	t.tp += tp
	t.nGold += nGold
	t.nPred += nPred
}

func (t tally) measure(name string) Measure {
	m := Measure{Name: name, Matched: t.tp, Gold: t.nGold, Predicted: t.nPred}
	switch {
	case t.nPred > 0:
		m.Precision = float64(t.tp) / float64(t.nPred)
	case t.nGold == 0:
		m.Precision = 1
	}
	m.Recall = 1
	if t.nGold > 0 {
		m.Recall = float64(t.tp) / float64(t.nGold)
	}
	if m.Precision+m.Recall != 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	return m
}

// measureNames lists the measures in report order.
var measureNames = []string{MeetingPairs, Visits, GatheringAttendees, Gatherings, People}

// Score compares gold documents with predictions keyed by file name
// (NNN.json), exactly as score.py does; a missing prediction counts as
// empty. Documents are scored in file-name order.
func Score(gold, pred map[string]Doc) Report {
	names := make([]string, 0, len(gold))
	for fn := range gold {
		names = append(names, fn)
	}
	slices.Sort(names)
	total := make([]tally, len(measureNames))
	dates := []DateMeasure{{Name: MeetingDates}, {Name: VisitDates}, {Name: GatheringDates}, {Name: GatheringPlaces},
		{Name: MeetingPlaces}, {Name: MeetingTopics}}
	var rep Report
	for _, fn := range names {
		doc := make([]tally, len(measureNames))
		scoreDoc(gold[fn], pred[fn], doc, dates)
		ds := DocScore{Doc: fn}
		for i, t := range doc {
			total[i].add(t.tp, t.nGold, t.nPred)
			ds.Measures = append(ds.Measures, t.measure(measureNames[i]))
		}
		rep.PerDoc = append(rep.PerDoc, ds)
	}
	sum := 0.0
	for i, t := range total {
		m := t.measure(measureNames[i])
		rep.Measures = append(rep.Measures, m)
		if m.Name != Gatherings {
			sum += m.F1
		}
	}
	rep.Dates = dates
	rep.Overall = sum / 4
	return rep
}

// scoreDoc adds one document's counts to t (indexed like measureNames) and dates.
func scoreDoc(g, p Doc, t []tally, dates []DateMeasure) {
	ents := map[string]entity{}
	for _, x := range g.People {
		ents[Norm(x.Name)] = newEntity(x.Name, x.Aliases)
	}
	entFor := func(name string) entity {
		if e, ok := ents[Norm(name)]; ok {
			return e
		}
		return newEntity(name, nil)
	}
	scoreMeetings(g, p, entFor, &t[0], dates)
	scoreVisits(g, p, entFor, &t[1], dates)
	scoreAttendees(g, p, &t[2])
	scoreGatherings(g, p, &t[3], dates)
	scorePeople(g, p, &t[4])
}

// scoreMeetings scores meeting pairs and, on matched pairs, meeting dates,
// places and topics.
func scoreMeetings(g, p Doc, entFor func(string) entity, t *tally, dates []DateMeasure) {
	// meeting pairs
	type goldPair struct {
		a, b entity
		m    *Meeting
	}
	type predPair struct {
		a, b string
		m    *Meeting
	}
	var gp []goldPair
	for k := range g.Meetings {
		m := &g.Meetings[k]
		ps := m.Participants
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				gp = append(gp, goldPair{entFor(ps[i]), entFor(ps[j]), m})
			}
		}
	}
	gp = dedupe(gp, func(x goldPair) string { return pairKey(x.a.name, x.b.name) })
	var pp []predPair
	for k := range p.Meetings {
		m := &p.Meetings[k]
		ps := m.Participants
		for i := range ps {
			for j := i + 1; j < len(ps); j++ {
				pp = append(pp, predPair{ps[i], ps[j], m})
			}
		}
	}
	pp = dedupe(pp, func(x predPair) string { return pairKey(Norm(x.a), Norm(x.b)) })
	mm := matchPairs(len(gp), len(pp), func(gi, pi int) bool {
		a, b := gp[gi], pp[pi]
		return (same(b.a, a.a) && same(b.b, a.b)) || (same(b.a, a.b) && same(b.b, a.a))
	})
	t.add(len(mm), len(gp), len(pp))
	for _, m := range mm {
		gm, pm := gp[m[0]].m, pp[m[1]].m
		dates[0].Total++
		if dateOK(gm.Date, pm.Date) {
			dates[0].Correct++
		}
		if str(gm.Place) != "" {
			dates[4].Total++
			if placeOK(str(gm.Place), str(pm.Place)) {
				dates[4].Correct++
			}
		}
		for _, topic := range gm.Topics {
			dates[5].Total++
			if topicFound(topic, pm.Topics) {
				dates[5].Correct++
			}
		}
	}

}

// scoreVisits scores (visitor, country) pairs and, on matched ones, visit
// dates.
func scoreVisits(g, p Doc, entFor func(string) entity, t *tally, dates []DateMeasure) {
	// visits
	type goldVisit struct {
		visitor, country entity
		date             *string
	}
	var gv []goldVisit
	for _, v := range g.Visits {
		gv = append(gv, goldVisit{entFor(v.Visitor), newEntity(v.Country, nil), v.Date})
	}
	gv = dedupe(gv, func(x goldVisit) string { return x.visitor.name + "\x00" + x.country.name })
	pv := dedupe(p.Visits, func(x Visit) string { return Norm(x.Visitor) + "\x00" + Norm(x.Country) })
	mv := matchPairs(len(gv), len(pv), func(gi, pi int) bool {
		return same(pv[pi].Visitor, gv[gi].visitor) && same(pv[pi].Country, gv[gi].country)
	})
	t.add(len(mv), len(gv), len(pv))
	for _, m := range mv {
		dates[1].Total++
		if dateOK(gv[m[0]].date, pv[m[1]].Date) {
			dates[1].Correct++
		}
	}
}

// scoreAttendees scores the gathering attendees of a document, across its
// gatherings.
func scoreAttendees(g, p Doc, t *tally) {
	// gathering attendees, across the document
	var ga []entity
	for _, x := range g.Gatherings {
		for _, a := range x.Attendees {
			ga = append(ga, newEntity(a, nil))
		}
	}
	ga = dedupe(ga, func(e entity) string { return e.name })
	var pa []string
	for _, x := range p.Gatherings {
		pa = append(pa, x.Attendees...)
	}
	pa = dedupe(pa, Norm)
	ma := matchPairs(len(ga), len(pa), func(gi, pi int) bool { return same(pa[pi], ga[gi]) })
	t.add(len(ma), len(ga), len(pa))
}

// scoreGatherings matches gatherings (attendee overlap of at least half the
// gold attendees, or the same place) and scores their dates and places.
func scoreGatherings(g, p Doc, t *tally, dates []DateMeasure) {
	// gatherings: attendee overlap of at least half the gold attendees, or the same place
	gg, pg := g.Gatherings, p.Gatherings
	mg := matchPairs(len(gg), len(pg), func(gi, pi int) bool {
		a, b := gg[gi], pg[pi]
		atts := make([]entity, len(a.Attendees))
		for i, x := range a.Attendees {
			atts[i] = newEntity(x, nil)
		}
		ov := 0
		for _, x := range b.Attendees {
			if slices.ContainsFunc(atts, func(e entity) bool { return same(x, e) }) {
				ov++
			}
		}
		return ov >= max(1, len(atts)/2) || (str(a.Place) != "" && Norm(str(a.Place)) == Norm(str(b.Place)))
	})
	t.add(len(mg), len(gg), len(pg))
	for _, m := range mg {
		a, b := gg[m[0]], pg[m[1]]
		dates[2].Total++
		if dateOK(a.Date, b.Date) {
			dates[2].Correct++
		}
		dates[3].Total++
		if Norm(str(a.Place)) == Norm(str(b.Place)) {
			dates[3].Correct++
		}
	}
}

// scorePeople scores people: the name, and the country where the gold
// states one.
func scorePeople(g, p Doc, t *tally) {
	// people: the name, and the country where the gold states one
	type goldPerson struct {
		ent     entity
		country string
	}
	gpp := make([]goldPerson, len(g.People))
	for i, x := range g.People {
		gpp[i] = goldPerson{newEntity(x.Name, x.Aliases), str(x.Country)}
	}
	ppp := dedupe(p.People, func(x Person) string { return Norm(x.Name) })
	mp := matchPairs(len(gpp), len(ppp), func(gi, pi int) bool {
		a, b := gpp[gi], ppp[pi]
		return same(b.Name, a.ent) && (a.country == "" || Norm(a.country) == Norm(str(b.Country)))
	})
	t.add(len(mp), len(gpp), len(ppp))
}
