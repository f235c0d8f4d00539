package export

import (
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Summary describes an event in one phrase ("meeting of A, B", "A visits
// X", "summit hosted by X; attendees: A, B"), naming actors with name.
func Summary(e schema.Event, name func(schema.IRI) string) string {
	list := func(xs []schema.IRI) string {
		ns := make([]string, len(xs))
		for i, x := range xs {
			ns[i] = name(x)
		}
		return strings.Join(ns, ", ")
	}
	switch e.Type {
	case schema.Meeting:
		if e.Mode == schema.Telephone || e.Mode == schema.Video {
			return string(e.Mode) + " call of " + list(e.Participants)
		}
		return "meeting of " + list(e.Participants)
	case schema.Visit:
		return name(e.Visitor) + " visits " + name(e.Host)
	case schema.Gathering:
		s := e.Name
		if s == "" {
			s = "gathering"
		}
		if e.Host != "" {
			s += " hosted by " + name(e.Host)
		}
		if len(e.Attendees) > 0 {
			s += "; attendees: " + list(e.Attendees)
		}
		return s
	case schema.Agreement:
		return "agreement of " + list(e.Participants)
	case schema.Statement:
		return "statement by " + list(e.Participants)
	}
	return string(e.Type)
}
