package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEventCommand shows one event reported by two fixture articles: both
// articles with their titles, the evidence sentence and its offsets; a name
// that is no event IRI is a usage error, an unknown event is not found.
func TestEventCommand(t *testing.T) {
	isolate(t)
	db := []string{"--db", "db"}
	mustCLI(t, append(db, "ingest", writeFixtures(t))...)
	var evs []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, append(db, "who-met", "Eide", "--format", "json")...)), &evs); err != nil || len(evs) != 1 {
		t.Fatalf("who-met Eide: want one meeting, got %+v (%v)", evs, err)
	}
	var d eventDetail
	out := mustCLI(t, append(db, "event", evs[0].IRI, "--format", "json")...)
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("event --format json: %v\n%s", err, out)
	}
	if d.IRI != evs[0].IRI || d.Evidence == "" || d.EvidenceEnd <= d.EvidenceStart || len(d.Articles) != 2 {
		t.Fatalf("event: want the meeting with its evidence and two articles, got %+v", d)
	}
	titles := d.Articles[0].Title + " / " + d.Articles[1].Title
	for _, want := range []string{"Norway and Chile discuss ocean protection", "Chilean minister ends Nordic trip"} {
		if !strings.Contains(titles, want) {
			t.Errorf("event articles lack %q: %s", want, titles)
		}
	}
	short := strings.TrimPrefix(evs[0].IRI, "https://dipgraph.org/id/")
	if out := mustCLI(t, append(db, "event", short)...); !strings.Contains(out, "evidence") || !strings.Contains(out, "oslo-again") {
		t.Errorf("event %s (table) lacks its evidence or a source:\n%s", short, out)
	}

	tests := []struct {
		name string
		arg  string
		code int
		want string
	}{
		{"not an event", "person/espen-barth-eide", exitUsage, "is not an event IRI"},
		{"unknown event", "event/meeting/1999-01-01/nobody", exitNotFound, "not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errs := cli(t, "", append(db, "event", tt.arg)...)
			if code != tt.code || !strings.Contains(errs, tt.want) {
				t.Errorf("event %s: exit %d, stderr %q; want exit %d and %q", tt.arg, code, errs, tt.code, tt.want)
			}
		})
	}
}
