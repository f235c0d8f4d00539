package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// eventKeys are the keys of every event object in JSON listings, as the
// README documents them.
var eventKeys = []string{"absent", "attendees", "cameo", "confidence", "date", "end_date", "evidence", "host", "iri",
	"mode", "name", "participants", "place", "plover_mode", "plover_type", "precision", "remote", "reported_by",
	"sidelines", "sources", "status", "topics", "type", "visitor"}

// TestJSONForMachines checks the JSON documents: stats is one object of
// numbers; event listings carry every key on every event, IRIs beside names,
// empty lists as [] and absent actors as null; actors likewise.
func TestJSONForMachines(t *testing.T) {
	db := andes(t)
	with := func(args ...string) []string { return append(append([]string{}, db...), args...) }

	var stats map[string]any
	if err := json.Unmarshal([]byte(mustCLI(t, with("stats", "--format", "json")...)), &stats); err != nil {
		t.Fatalf("stats --format json is not one object: %v", err)
	}
	for _, k := range []string{"quads", "nodes", "articles", "actors", "events"} {
		if _, ok := stats[k].(float64); !ok {
			t.Errorf("stats %q = %#v, want a number", k, stats[k])
		}
	}
	if byType, ok := stats["events_by_type"].(map[string]any); !ok || byType["meeting"] != float64(4) {
		t.Errorf("stats events_by_type = %#v, want meeting: 4", stats["events_by_type"])
	}

	for _, args := range [][]string{{"who-met", "Gervasi"}, {"visits"}, {"gatherings"}, {"timeline", "Peru"}} {
		var evs []map[string]json.RawMessage
		if err := json.Unmarshal([]byte(mustCLI(t, with(append(args, "--format", "json")...)...)), &evs); err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			t.Fatalf("%s listed nothing", args)
		}
		for _, e := range evs {
			var keys []string
			for k := range e {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			if !slices.Equal(keys, eventKeys) {
				t.Errorf("%s: event keys %v, want %v", args, keys, eventKeys)
			}
		}
	}

	var visits []eventView
	if err := json.Unmarshal([]byte(mustCLI(t, with("visits", "Hayashi", "--format", "json")...)), &visits); err != nil {
		t.Fatal(err)
	}
	v := visits[0]
	if v.Visitor == nil || *v.Visitor != (ref{IRI: hayashi, Name: "Yoshimasa Hayashi"}) || v.Host == nil || v.Host.IRI != peru ||
		v.Participants == nil || len(v.Participants) != 0 || v.Sidelines != nil {
		t.Errorf("visit as JSON: %+v", v)
	}
	raw := mustCLI(t, with("visits", "Hayashi", "--format", "json")...)
	for _, want := range []string{`"participants": []`, `"topics": []`, `"sidelines": null`, `"end_date": ""`} {
		if !strings.Contains(raw, want) {
			t.Errorf("visit JSON lacks %s:\n%s", want, raw)
		}
	}

	var actors []actorView
	if err := json.Unmarshal([]byte(mustCLI(t, with("actors", "Urrejola", "--format", "json")...)), &actors); err != nil {
		t.Fatal(err)
	}
	if len(actors) != 1 || actors[0].Country == nil || actors[0].Country.IRI != "https://dipgraph.org/id/country/CHL" || actors[0].Aliases == nil {
		t.Errorf("actors Urrejola as JSON: %+v", actors)
	}
	for _, args := range [][]string{{"actors", "nobody-by-this-name"}, {"who-met", "Gervasi", "--from", "2030"}} {
		if out := mustCLI(t, with(append(args, "--format", "json")...)...); strings.TrimSpace(out) != "[]" {
			t.Errorf("%s with no result prints %q, want []", args, out)
		}
	}
}
