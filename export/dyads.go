package export

import (
	"slices"

	"github.com/dipgraph/dipgraph/schema"
)

// Roles of an actor in a dyad.
const (
	RoleParticipant    = "participant"
	RoleVisitor        = "visitor"
	RoleHost           = "host"
	RoleAttendee       = "attendee"
	RoleRemoteAttendee = "remote_attendee"
)

// Dyad is one actor pair of an event, or one actor of a gathering (B
// empty): the unit of a row in event data.
type Dyad struct {
	A, B         schema.IRI
	RoleA, RoleB string
}

// Dyads returns the dyads of e: each pair of participants of a meeting or
// agreement (in IRI order), the visitor and host of a visit, and for a
// gathering one dyad per host, attendee and remote attendee with no second
// actor. A statement is one dyad of its speaker. An event with no actor has
// none.
func Dyads(e schema.Event) []Dyad {
	switch e.Type {
	case schema.Visit:
		if e.Visitor == "" && e.Host == "" {
			return nil
		}
		return []Dyad{{A: e.Visitor, B: e.Host, RoleA: RoleVisitor, RoleB: RoleHost}}
	case schema.Gathering:
		var out []Dyad
		if e.Host != "" {
			out = append(out, Dyad{A: e.Host, RoleA: RoleHost})
		}
		for _, x := range e.Attendees {
			if x != e.Host {
				out = append(out, Dyad{A: x, RoleA: RoleAttendee})
			}
		}
		for _, x := range e.Remote {
			out = append(out, Dyad{A: x, RoleA: RoleRemoteAttendee})
		}
		return out
	}
	ps := slices.Clone(e.Participants)
	slices.Sort(ps)
	ps = slices.Compact(ps)
	if len(ps) == 1 {
		return []Dyad{{A: ps[0], RoleA: RoleParticipant}}
	}
	var out []Dyad
	for i := range ps {
		for j := i + 1; j < len(ps); j++ {
			out = append(out, Dyad{A: ps[i], B: ps[j], RoleA: RoleParticipant, RoleB: RoleParticipant})
		}
	}
	return out
}
