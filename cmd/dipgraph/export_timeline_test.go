package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/export"
)

// TestExportTimelineJS exports Gervasi's events as a TimelineJS document.
func TestExportTimelineJS(t *testing.T) {
	db := andes(t)
	b, err := os.ReadFile(exportFile(t, db, "timelinejs", "--actor", "Gervasi"))
	if err != nil {
		t.Fatal(err)
	}
	var doc export.TimelineJS
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	if doc.Title == nil || doc.Title.Text.Headline != "dipgraph: Ana Cecilia Gervasi" {
		t.Errorf("title slide: %+v", doc.Title)
	}
	// The 2022 meeting, the Lima meeting, the call, the planned Beijing meeting.
	if len(doc.Events) != 4 {
		t.Fatalf("%d slides, want 4: %+v", len(doc.Events), doc.Events)
	}
	year := doc.Events[0]
	if *year.StartDate != (export.TimelineDate{Year: "2022"}) || year.Text.Headline != "meeting of Ana Cecilia Gervasi, Antonia Urrejola" {
		t.Errorf("the 2022 slide: %+v", year)
	}
	lima := doc.Events[1]
	if *lima.StartDate != (export.TimelineDate{Year: "2023", Month: "6", Day: "13"}) || lima.Group != "meeting" {
		t.Errorf("the Lima slide: %+v", lima)
	}
	for _, want := range []string{"<blockquote>Japanese Foreign Minister Yoshimasa Hayashi met", "<p>Place: Lima</p>",
		`<a href="https://news.example.org/lima-talks">Peru and Japan ministers hold talks in Lima</a>`} {
		if !strings.Contains(lima.Text.Text, want) {
			t.Errorf("the Lima slide's text lacks %s: %s", want, lima.Text.Text)
		}
	}
	if call := doc.Events[2]; call.Text.Headline != "telephone call of Ana Cecilia Gervasi, Mauro Vieira" {
		t.Errorf("the call slide: %+v", call.Text)
	}
	if plan := doc.Events[3]; plan.Text.Headline != "meeting of Ana Cecilia Gervasi, Wang Yi (planned)" || plan.StartDate.Month != "7" || plan.StartDate.Day != "" {
		t.Errorf("the planned slide: %+v %+v", plan.Text, plan.StartDate)
	}
}
