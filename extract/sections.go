package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dipgraph/dipgraph/extract/en"
	"github.com/dipgraph/dipgraph/extract/timex"
	"github.com/dipgraph/dipgraph/schema"
)

// section is what a dated heading line of a programme, agenda or log
// ("Wednesday 9 July - Vienna", "State House, Lusaka - Friday, 4 July
// 2025") tells the entries under it, up to the next heading: their day
// and, when it names one, their city.
type section struct {
	date schema.Date
	city *entity
	// entry marks a dated entry of a chronology: a paragraph that opens
	// with its date and a dash ("March 3, 2024 - X meets Y ...").
	entry bool
}

// maxHeadingWords is the most words a dated heading has besides its date:
// a venue and a city.
const maxHeadingWords = 4

// readSections gives each sentence the dated heading it stands under, if
// any (st.sections[i] nil otherwise). A date line in a page's header ("23
// May 2025 | Staff Reporter") tells when the page was posted, not when
// the prose below happened: dated headings count as a programme's days
// when there are several of them, or when the first line of prose after
// one is a timed entry ("10:00 -").
func (st *docState) readSections(ref time.Time) {
	st.sections = make([]*section, len(st.doc.sentences))
	heads := make([]*section, len(st.doc.sentences))
	days := map[schema.Date]bool{}
	for i, s := range st.doc.sentences {
		if s.heading {
			if heads[i] = st.datedHeading(i, ref); heads[i] != nil {
				days[heads[i].date] = true
			}
		}
	}
	// A title that names the one day of a log ("Minister X's day:
	// Friday, 4 July") dates its timed entries that stand under no dated
	// heading, and the lines of their paragraphs.
	titleDay := st.titleDay(ref)
	live := titleDay == nil && st.liveLog() && !ref.IsZero()
	if live {
		// A live page's timed entries with no day above them tell the
		// day it was written, up to a day an entry names ("A recap: on
		// Monday X flew to Y ...").
		titleDay = &section{date: schema.Day(ref)}
	}
	var cur, entry *section
	entryPara := -1
	for i, s := range st.doc.sentences {
		if titleDay != nil && st.timedEntry(i) {
			entryPara = s.para
		}
		if live && s.para == entryPara && len(st.dates[i]) > 0 {
			entryPara = -1
		}
		switch {
		case !s.heading:
			st.sections[i] = cur
			if cur == nil && s.para == entryPara {
				st.sections[i] = titleDay
			}
			if i == 0 || st.doc.sentences[i-1].para != s.para {
				entry = st.datedEntry(i)
			}
			if entry != nil {
				st.sections[i] = entry
			}
		case heads[i] != nil && (len(days) > 1 || st.timedEntry(st.nextProse(i))):
			cur = heads[i]
		case i > 0 && st.doc.sentences[i-1].heading && cur != nil:
			// "Status at 18:30" right under the dated heading: a
			// line of the same head.
		default:
			cur = nil
		}
	}
}

// datedEntry returns the section of the chronology entry sentence i opens,
// or nil: the sentence starts with a date of the past, after a list mark
// if any, and a dash or colon follows it ("* May 14, 2023 - ...",
// "12 March 2024: ...").
func (st *docState) datedEntry(i int) *section {
	ds := st.dates[i]
	if len(ds) == 0 || ds[0].Date.IsZero() {
		return nil
	}
	s := st.doc.sentences[i]
	text := st.a.Text[s.start:s.end]
	if strings.TrimLeft(text[:ds[0].Start], "*-\u2022\u2013\u2014 \t") != "" {
		return nil
	}
	if !entryMark(text[ds[0].End:]) {
		return nil
	}
	if pub := st.a.Published; !pub.IsZero() && ds[0].Date.Time.After(pub) {
		return nil
	}
	return &section{date: ds[0].Date, entry: true}
}

// entryMark reports a dash or a colon opening rest, after spaces: the
// mark after an entry's date ("March 3, 2024 - ...", "Wednesday: ...").
func entryMark(rest string) bool {
	rest = strings.TrimLeft(rest, " \t")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "\u2013") || strings.HasPrefix(rest, "\u2014") || strings.HasPrefix(rest, ":")
}

// titleDay returns a section for the one day-precision date of the
// article's title, or nil.
func (st *docState) titleDay(ref time.Time) *section {
	ds := timex.Find(st.a.Title, ref)
	if len(ds) != 1 || ds[0].Date.Precision != schema.PrecisionDay || !ds[0].EndDate.IsZero() {
		return nil
	}
	return &section{date: ds[0].Date}
}

// minLiveEntries is how many timed entries make a page a live log.
const minLiveEntries = 3

// liveLog reports a page of timed entries of prose ("09:40 The talks have
// begun ..."), as live coverage is written.
func (st *docState) liveLog() bool {
	n := 0
	for i := range st.doc.sentences {
		if st.timedEntry(i) {
			n++
		}
	}
	return n >= minLiveEntries
}

// nextProse returns the first sentence after i that is no heading.
func (st *docState) nextProse(i int) int {
	j := i + 1
	for j < len(st.doc.sentences) && st.doc.sentences[j].heading {
		j++
	}
	return j
}

// timedEntry reports whether sentence i opens with a clock time ("10:00
// - Meeting with", "14.30 Talks with"): an entry of a programme.
func (st *docState) timedEntry(i int) bool {
	if i >= len(st.doc.sentences) || st.doc.sentences[i].heading {
		return false
	}
	s := st.doc.sentences[i]
	return clockTime.MatchString(st.a.Text[s.start:s.end])
}

// clockTime matches a clock time at the start of a line.
var clockTime = regexp.MustCompile(`^\d{1,2}[:.h]\d{2}\b`)

// datedHeading returns the section heading sentence i opens, or nil when
// it is no dated heading: one date of one day, and at most a few words
// beside it.
func (st *docState) datedHeading(i int, ref time.Time) *section {
	s := st.doc.sentences[i]
	text := st.a.Text[s.start:s.end]
	ds := timex.Find(text, ref)
	if len(ds) != 1 || ds[0].Date.Precision != schema.PrecisionDay || !ds[0].EndDate.IsZero() {
		return nil
	}
	rest := text[:ds[0].Start] + " " + text[ds[0].End:]
	words := 0
	for _, f := range strings.Fields(rest) {
		if strings.ContainsFunc(f, unicode.IsLetter) {
			words++
		}
	}
	if words > maxHeadingWords {
		return nil
	}
	sec := &section{date: ds[0].Date}
	if en.WeekdayWords[strings.ToLower(strings.TrimSpace(text))] && ds[0].Date.Time.Weekday() == ref.Weekday() {
		// A heading "WEDNESDAY" over a log written on a Wednesday: that
		// day, not the one a week before.
		sec.date = schema.Day(ref)
	}
	for _, m := range st.ms[i] {
		if m.kind == mCity && m.iso3 != "" {
			sec.city = st.city(m.name, m.iso3)
			break
		}
	}
	return sec
}

// sectionDays dates the undated events of a programme's entries by the
// heading they stand under, and places its in-person meetings in the
// heading's city. An entry under a day still to come is a plan.
func (st *docState) sectionDays() {
	pub := st.a.Published
	for _, e := range st.events {
		sec := st.sections[e.sent]
		if sec == nil {
			continue
		}
		// A visit is dated by the day it began: an entry tells that day
		// only when it tells the arrival ("21:15 Arrival in X"), not a
		// tour of a site during the stay.
		stay := e.typ == schema.Visit && !e.is(cueArrival)
		if !e.dated() && !stay {
			e.setDate(sec.date)
			if !pub.IsZero() && sec.date.Time.After(pub) && e.status == schema.Occurred {
				e.status = schema.Planned
			}
		}
		if e.typ == schema.Meeting && e.place == nil && sec.city != nil && e.mode != schema.Telephone && e.mode != schema.Video {
			e.place = sec.city
		}
		if sec.entry && e.typ == schema.Meeting && e.place == nil && e.mode == schema.InPerson {
			e.place = st.entryScene(e.sent)
		}
	}
}

// entryScene returns the city an earlier sentence of sentence si's
// chronology entry puts the story in ("... talks in Khartoum. X also calls
// on Y."), or nil.
func (st *docState) entryScene(si int) *entity {
	for i := si - 1; i >= 0 && st.doc.sentences[i].para == st.doc.sentences[si].para; i-- {
		if city := st.sceneCityOf(i); city != nil {
			return city
		}
	}
	return nil
}

// inEntry reports whether sentence si belongs to a chronology entry.
func (st *docState) inEntry(si int) bool {
	return st.sections[si] != nil && st.sections[si].entry
}

// yearHeadings gives the dates without a year of the prose under a heading
// that is a bare year ("2023" above a timeline's "August 29 - ...") that
// year, in place of the one the publication date chose.
func (st *docState) yearHeadings() {
	year := 0
	for i, s := range st.doc.sentences {
		if s.heading {
			if y, ok := bareYear(strings.TrimSpace(st.a.Text[s.start:s.end])); ok {
				year = y
			}
			continue
		}
		if year == 0 {
			continue
		}
		for j := range st.dates[i] {
			d := &st.dates[i][j]
			if d.Date.IsZero() || yearWritten.MatchString(d.Text) || !monthNamed(d.Text) {
				continue
			}
			d.Date = withYear(d.Date, year)
			if !d.EndDate.IsZero() {
				d.EndDate = withYear(d.EndDate, year)
			}
		}
	}
}

// yearWritten matches a year written out in a date expression.
var yearWritten = regexp.MustCompile(`\b(1[89]|20)\d\d\b`)

// bareYear reports a line that is a year and nothing else ("2024").
func bareYear(line string) (int, bool) {
	if len(line) != 4 || !yearWritten.MatchString(line) {
		return 0, false
	}
	y, err := strconv.Atoi(line)
	return y, err == nil
}

// monthNamed reports a date expression that names a month ("August 29",
// "in May").
func monthNamed(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if en.MonthNames[w] != 0 {
			return true
		}
	}
	return false
}

// withYear returns d moved to the year y, at its precision.
func withYear(d schema.Date, y int) schema.Date {
	t := d.Time
	moved := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	switch d.Precision {
	case schema.PrecisionDay:
		return schema.Day(moved)
	case schema.PrecisionMonth:
		return schema.Month(y, t.Month())
	}
	return d
}

// aheadEntries dates the weekday entries under a heading that looks
// ahead ("The week ahead", "Coming up") forward: "Wednesday: X receives
// Y" under it is the next Wednesday from the reference day, not the last,
// and tells a plan, up to the next heading.
func (st *docState) aheadEntries(ref time.Time) {
	if ref.IsZero() {
		return
	}
	ahead := false
	for i, s := range st.doc.sentences {
		if s.heading {
			ahead = en.AheadHeading(strings.ToLower(st.a.Text[s.start:s.end]))
			continue
		}
		ds := st.dates[i]
		if !ahead || len(ds) == 0 || ds[0].Future || !ds[0].Relative || ds[0].Date.Precision != schema.PrecisionDay || !entryLead(st.a.Text[s.start:s.start+ds[0].Start]) {
			continue
		}
		if !entryMark(st.a.Text[s.start+ds[0].End : s.end]) {
			continue
		}
		if d := ds[0].Date.Time; d.Before(ref.Truncate(24 * time.Hour)) {
			ds[0].Date = schema.Day(d.AddDate(0, 0, 7))
		}
		ds[0].Future = true
	}
}
