package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// controlBytes returns the control characters in s other than the newlines
// that end lines.
func controlBytes(s string) string {
	var out []string
	for _, r := range s {
		if r != '\n' && unsafeRune(r) {
			out = append(out, string(r))
		}
	}
	return strings.Join(out, "")
}

// TestTerminalSafety feeds file names, titles and evidence with control
// characters (ESC, OSC, CR, newline) through the commands that print them for
// people: nothing reaches the terminal raw, and no line can be forged.
func TestTerminalSafety(t *testing.T) {
	isolate(t)
	const evilName = "evil\n\x1b[2Jdipgraph: all good\r.txt"
	if err := os.MkdirAll("in", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join("in", evilName), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	article := `{"id":"x1","title":"Evil \u001b]0;pwned\u0007 title","published":"2021-04-07",` +
		`"text":"Russian Foreign Minister Sergei Lavrov met Pakistani Prime Minister Imran Khan \u001b[2J in Islamabad on Monday."}` + "\n"
	if err := os.WriteFile("a.jsonl", []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		// wantOut and wantErr must appear in stdout and stderr, escaped.
		wantOut, wantErr string
		// errLines is the number of lines stderr must have.
		errLines int
	}{
		{
			name: "ingest names a rejected file in one line", args: []string{"--db", "db", "ingest", "in"}, wantCode: exitInput,
			wantErr: `dipgraph: skipped in/evil\n\x1b[2Jdipgraph: all good\r.txt: empty input`, errLines: 2,
		},
		{
			name: "extract table escapes title and evidence", args: []string{"extract", "--format", "table", "a.jsonl"},
			wantOut: `# x1 Evil \x1b]0;pwned\x07 title`,
		},
		{
			name: "extract table evidence", args: []string{"extract", "--format", "table", "a.jsonl"},
			wantOut: `Imran Khan \x1b[2J in Islamabad on Monday.`,
		},
		{
			name: "an error quoting a file name is one line", args: []string{"import", "no\x1b[31m\nsuch.nq"}, wantCode: exitError,
			wantErr: `no\x1b[31m\nsuch.nq`, errLines: 1,
		},
		{
			name: "retract names an unknown article in one line each", args: []string{"--db", "db", "retract", "a\rb", "c\nd"}, wantCode: exitNotFound,
			wantErr: `dipgraph: article a\rb is not in the store; skipped`, errLines: 3,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := cli(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d\nstderr: %q", code, tt.wantCode, errs)
			}
			if c := controlBytes(out + errs); c != "" {
				t.Errorf("output holds control characters %q\nstdout: %q\nstderr: %q", c, out, errs)
			}
			if !strings.Contains(out, tt.wantOut) {
				t.Errorf("stdout %q lacks %q", out, tt.wantOut)
			}
			if !strings.Contains(errs, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", errs, tt.wantErr)
			}
			if tt.errLines > 0 {
				lines := stderrLines(errs)
				if len(lines) != tt.errLines {
					t.Errorf("stderr has %d lines, want %d: %q", len(lines), tt.errLines, errs)
				}
				for _, l := range lines {
					if !strings.HasPrefix(l, "dipgraph: ") {
						t.Errorf("stderr line %q does not start with \"dipgraph: \"", l)
					}
				}
			}
		})
	}
}
