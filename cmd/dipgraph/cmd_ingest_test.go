package main

import (
	"os"
	"strings"
	"testing"
)

// TestIngestHeadlineOnly ingests Reuters-style records, two of them with a
// title and no body (wire flashes): every record is stored and the exit
// status is 0.
func TestIngestHeadlineOnly(t *testing.T) {
	isolate(t)
	records := strings.Join([]string{
		`{"newid": 1, "date": "7-APR-2021 09:15:00.00", "title": "LAVROV MEETS PAKISTAN'S KHAN IN ISLAMABAD"}`,
		`{"newid": 2, "date": "7-APR-2021 10:15:00.00", "title": "RUSSIA, PAKISTAN TALK ENERGY", "body": ""}`,
		`{"newid": 3, "date": "7-APR-2021 11:15:00.00", "title": "LAVROV IN PAKISTAN", "body": "Russian Foreign Minister Sergei Lavrov met Pakistani Prime Minister Imran Khan in Islamabad on Wednesday."}`,
	}, "\n") + "\n"
	if err := os.WriteFile("reuters.jsonl", []byte(records), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := cli(t, "", "--db", "db", "ingest", "reuters.jsonl")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q; want 0 and no message", code, errs)
	}
	if !strings.Contains(out, "stored:             3\n") || !strings.Contains(out, "skipped:            0\n") {
		t.Errorf("summary does not count 3 stored and none skipped:\n%s", out)
	}
	if n := articleCount(t, "--db", "db"); n != 3 {
		t.Errorf("%d articles in the store, want 3", n)
	}
}
