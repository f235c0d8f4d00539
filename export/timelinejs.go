package export

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// TimelineJS is a TimelineJS 3 document (https://timeline.knightlab.com/docs/json-format.html).
type TimelineJS struct {
	Title  *TimelineSlide  `json:"title,omitempty"`
	Events []TimelineSlide `json:"events"`
}

// TimelineSlide is one slide: an event, or the title slide (no date).
type TimelineSlide struct {
	StartDate   *TimelineDate `json:"start_date,omitempty"`
	EndDate     *TimelineDate `json:"end_date,omitempty"`
	DisplayDate string        `json:"display_date,omitempty"`
	Text        TimelineText  `json:"text"`
	Group       string        `json:"group,omitempty"`
	UniqueID    string        `json:"unique_id,omitempty"`
}

// TimelineDate is a date at the precision known: year always, month and day
// when known.
type TimelineDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

// TimelineText is a slide's headline and HTML text.
type TimelineText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// BuildTimelineJS makes the TimelineJS document of evs under title: one
// slide per dated event (TimelineJS needs a year; undated events are left
// out and counted in skipped), its headline the event in one phrase and its
// status when not occurred, its text the evidence sentence, place, topics
// and sources (linked when their URL is known), HTML-escaped.
func BuildTimelineJS(ctx context.Context, st Store, title string, evs []schema.Event) (doc TimelineJS, skipped int, err error) {
	l, err := newLookup(ctx, st, evs)
	if err != nil {
		return TimelineJS{}, 0, err
	}
	doc.Title = &TimelineSlide{Text: TimelineText{Headline: html.EscapeString(title),
		Text: "<p>Events extracted by dipgraph, each with its evidence and sources.</p>"}}
	doc.Events = []TimelineSlide{}
	name := func(x schema.IRI) string { return l.actor(x).Name }
	for _, e := range evs {
		if e.Date.IsZero() {
			skipped++
			continue
		}
		head := Summary(e, name)
		if e.Status != schema.Occurred && e.Status != "" {
			head += " (" + string(e.Status) + ")"
		}
		s := TimelineSlide{StartDate: timelineDate(e.Date), DisplayDate: e.Date.String(),
			Text: TimelineText{Headline: html.EscapeString(head), Text: l.slideText(e)}, Group: string(e.Type), UniqueID: slideID(e)}
		if !e.EndDate.IsZero() {
			s.EndDate = timelineDate(e.EndDate)
			s.DisplayDate += " – " + e.EndDate.String()
		}
		doc.Events = append(doc.Events, s)
	}
	if l.err != nil {
		return TimelineJS{}, 0, l.err
	}
	return doc, skipped, nil
}

// WriteTimelineJS writes doc as indented JSON (its HTML left readable).
func WriteTimelineJS(w io.Writer, doc TimelineJS) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}

func timelineDate(d schema.Date) *TimelineDate {
	t := &TimelineDate{Year: strconv.Itoa(d.Time.Year())}
	if d.Precision == schema.PrecisionDay || d.Precision == schema.PrecisionMonth {
		t.Month = strconv.Itoa(int(d.Time.Month()))
	}
	if d.Precision == schema.PrecisionDay {
		t.Day = strconv.Itoa(d.Time.Day())
	}
	return t
}

// slideID is a TimelineJS slide id from the event IRI (letters, digits and
// dashes).
func slideID(e schema.Event) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.TrimPrefix(string(e.IRI()), schema.IDNS))
}

// slideText is the HTML text of an event's slide.
func (l *lookup) slideText(e schema.Event) string {
	var b strings.Builder
	if e.Evidence.Sentence != "" {
		b.WriteString("<blockquote>" + html.EscapeString(e.Evidence.Sentence) + "</blockquote>")
	}
	if e.Place != "" {
		b.WriteString("<p>Place: " + html.EscapeString(l.actor(e.Place).Name) + "</p>")
	}
	if len(e.Topics) > 0 {
		b.WriteString("<p>Topics: " + html.EscapeString(strings.Join(e.Topics, "; ")) + "</p>")
	}
	var srcs []string
	for _, s := range e.Sources {
		a := l.articles[s]
		label := a.Title
		if label == "" {
			label = schema.Local(s)
		}
		label = html.EscapeString(label)
		if a.URL != "" {
			label = `<a href="` + html.EscapeString(a.URL) + `">` + label + "</a>"
		}
		srcs = append(srcs, label)
	}
	if len(srcs) > 0 {
		b.WriteString("<p>Sources: " + strings.Join(srcs, "; ") + "</p>")
	}
	return b.String()
}
