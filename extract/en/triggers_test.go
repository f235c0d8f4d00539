package en

import (
	"strings"
	"testing"
)

func TestTriggerTable(t *testing.T) {
	type key struct {
		word  string
		frame Frame
		form  Form
	}
	seen := map[key]bool{}
	for _, tr := range Triggers() {
		key := key{tr.Word, tr.Frame, tr.Form}
		if seen[key] {
			t.Errorf("%q: frame %d form %d listed twice", tr.Word, tr.Frame, tr.Form)
		}
		seen[key] = true
		if tr.Word == "" || tr.Word != strings.ToLower(tr.Word) || strings.TrimSpace(tr.Word) != tr.Word {
			t.Errorf("%q: a trigger word is one lower-case word", tr.Word)
		}
		if tr.Frame < MeetVerb || tr.Frame > Address {
			t.Errorf("%q: unknown frame %d", tr.Word, tr.Frame)
		}
		if tr.Event == "" {
			t.Errorf("%q: no event type", tr.Word)
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		name   string
		word   string
		frames []Frame
	}{
		{"verb of one frame", "visited", []Frame{VisitVerb}},
		{"a meeting verb is also a sitting of a named body and a group gathering", "met", []Frame{MeetVerb, Unfold, Gather}},
		{"noun and verb, and a named body's sitting (\"has been meeting since\")", "meeting", []Frame{MeetVerb, MeetNoun, Unfold}},
		{"three frames in order", "call", []Frame{MeetNoun, Call, Receive}},
		{"phone verb before courtesy call, then a gathering's outcome (\"called for\")", "called", []Frame{Call, Receive, Unfold}},
		{"journey noun", "trip", []Frame{Travel}},
		{"not a trigger", "said", nil},
		{"case matters: rows are lower case", "Met", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []Frame
			for _, tr := range Lookup(tt.word) {
				got = append(got, tr.Frame)
			}
			if len(got) != len(tt.frames) {
				t.Fatalf("Lookup(%q) frames = %v, want %v", tt.word, got, tt.frames)
			}
			for i := range got {
				if got[i] != tt.frames[i] {
					t.Fatalf("Lookup(%q) frames = %v, want %v", tt.word, got, tt.frames)
				}
			}
		})
	}
}

func TestTravelMarkers(t *testing.T) {
	tests := []struct {
		word    string
		form    Form
		markers string
		flyIn   bool
	}{
		{"flew", Go, "to into", true},
		{"travelled", Go, "to", false},
		{"left", Leave, "for", false},
		{"tour", Tour, "of through", false},
		{"swing", Tour, "through", false},
		{"flew", Return, "back home", false},
		{"returned", Return, "from", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			var travel []Trigger
			for _, r := range Lookup(tt.word) {
				if r.Frame == Travel && r.Form == tt.form {
					travel = append(travel, r)
				}
			}
			if len(travel) != 1 {
				t.Fatalf("Lookup(%q) = %d travel rows of form %d, want 1", tt.word, len(travel), tt.form)
			}
			r := travel[0]
			if r.Form != tt.form || strings.Join(r.Markers, " ") != tt.markers || r.FlyIn != tt.flyIn {
				t.Errorf("Lookup(%q) = form %d markers %q flyIn %v, want form %d markers %q flyIn %v",
					tt.word, r.Form, r.Markers, r.FlyIn, tt.form, tt.markers, tt.flyIn)
			}
		})
	}
}
