package main

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		name, input, want string
		wantErr           bool
	}{
		{name: "two-digit 20xx", input: "080507", want: "20080507"},
		{name: "two-digit 19xx", input: "991231", want: "19991231"},
		{name: "pivot year 14", input: "140130", want: "20140130"},
		{name: "pivot year 15", input: "150101", want: "19150101"},
		{name: "eight digits", input: "20040309", want: "20040309"},
		{name: "zero day", input: "490100", want: "19490101"},
		{name: "bad month", input: "991301", wantErr: true},
		{name: "letters", input: "99AB01", wantErr: true},
		{name: "wrong length", input: "9901", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDate(tt.input)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("parseDate(%q) = %q, %v; want %q, error %v", tt.input, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestParseCode(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  role
		ok    bool
	}{
		{name: "range", input: "[RUSGOV 991231-080507]", want: role{"RUS", "GOV", "19991231", "20080507"}, ok: true},
		{name: "open end", input: "[RUSGOV >20040309]", want: role{"RUS", "GOV", "20040309", ""}, ok: true},
		{name: "open start", input: "[USRARM <900823]", want: role{"USR", "ARM", "", "19900823"}, ok: true},
		{name: "undated", input: "[RUSELI]", want: role{"RUS", "ELI", "", ""}, ok: true},
		{name: "long sector", input: "[AUSGOVLEG 19940314-20130918]", want: role{"AUS", "GOVLEG", "19940314", "20130918"}, ok: true},
		{name: "bad date", input: "[RUSGOV 99-08]", ok: false},
		{name: "inverted range", input: "[EGYGOV 121207-120802]", ok: false},
		{name: "no code", input: "[]", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := parseCode(tt.input)
			if ok != tt.ok || (ok && got != tt.want) {
				t.Errorf("parseCode(%q) = %+v, %v; want %+v, %v", tt.input, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestSplitHistorical(t *testing.T) {
	tests := []struct {
		name  string
		input role
		want  []role
	}{
		{name: "before the cut", input: role{"DEU", "GOV", "19821001", "19900101"}, want: []role{{"FRG", "GOV", "19821001", "19900101"}}},
		{name: "spanning the cut", input: role{"DEU", "GOV", "19821001", "19981027"}, want: []role{{"FRG", "GOV", "19821001", "19901002"}, {"DEU", "GOV", "19901003", "19981027"}}},
		{name: "open start", input: role{"RUS", "GOV", "", "19950101"}, want: []role{{"SUN", "GOV", "", "19911225"}, {"RUS", "GOV", "19911226", "19950101"}}},
		{name: "after the cut", input: role{"RUS", "GOV", "20040309", ""}, want: []role{{"RUS", "GOV", "20040309", ""}}},
		{name: "undated stays", input: role{"RUS", "ELI", "", ""}, want: []role{{"RUS", "ELI", "", ""}}},
		{name: "other country", input: role{"FRA", "GOV", "19810521", "19950517"}, want: []role{{"FRA", "GOV", "19810521", "19950517"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitHistorical(tt.input)
			if len(got) != len(tt.want) {
				t.Fatalf("splitHistorical(%+v) = %+v, want %+v", tt.input, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("splitHistorical(%+v) = %+v, want %+v", tt.input, got, tt.want)
				}
			}
		})
	}
}

func TestTitleCase(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{name: "plain", input: "SERGEY_LAVROV_", want: "Sergey Lavrov"},
		{name: "initial", input: "SERGEY_V._LAVROV", want: "Sergey V. Lavrov"},
		{name: "al- particle", input: "BASHAR_AL-ASSAD", want: "Bashar al-Assad"},
		{name: "leading Al kept", input: "AL-SISI", want: "Al-Sisi"},
		{name: "von der", input: "URSULA_VON_DER_LEYEN", want: "Ursula von der Leyen"},
		{name: "Mc", input: "JOHN_MCCAIN", want: "John McCain"},
		{name: "apostrophe", input: "CONOR_O'BRIEN", want: "Conor O'Brien"},
		{name: "roman numeral", input: "ABDULLAH_II", want: "Abdullah II"},
		{name: "hyphenated", input: "BAN_KI-MOON", want: "Ban Ki-Moon"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleCase(tt.input); got != tt.want {
				t.Errorf("titleCase(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

// sample is a dictionary fragment in the Phoenix format, written for this test.
const sample = `# comment line
RIVERIA_  [RVR]
+RIVERIAN_
	[RVRGOV]

JANE_EXAMPLE_  # CountryInfo.txt
+JANE_Q._EXAMPLE_
+PRESIDENT_JANE_EXAMPLE
+RIVERIAN_LEADER_EXAMPLE
+EXAMPLE
	[RVRELI 600101-990630]
	[RVRGOV >990701]
	[ZZZGOV >990701]
JOHN_SAMPLE_  # CountryInfo.txt
JON_SAMPLE_
	[OLDGOV 800101-851231]
RIVERIAN_ARMY
	[RVRMIL]
NEWLAND_  [NEW]
+NEWLANDIA_
OLD_RULER_  # CountryInfo.txt
	[NEWGOV 700101-801231]
NOBODY_ATALL_  # CountryInfo.txt
	[ZZZGOV 800101-851231]
`

func TestParse(t *testing.T) {
	known := map[string]bool{"RVR": true, "NEW": true}
	demonyms := map[string]bool{"riverian": true}
	places := map[string]bool{"riveria": true}
	old := phoenixCodes["OLD"]
	phoenixCodes["OLD"] = "NEW"
	defer func() {
		if old == "" {
			delete(phoenixCodes, "OLD")
		} else {
			phoenixCodes["OLD"] = old
		}
	}()
	people, err := parse(strings.NewReader(sample), known, demonyms, places)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	write(w, people)
	w.Flush()
	var got []string
	for _, l := range strings.Split(buf.String(), "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			got = append(got, l)
		}
	}
	want := []string{
		"Jane Example\tJane Q. Example|Example\tRVR:ELI:19600101:19990630;RVR:GOV:19990701:",
		"John Sample\tJon Sample\tNEW:GOV:19800101:19851231",
		"Old Ruler\t\tNEW:GOV:19700101:19801231",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("parse+write =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGeneratedFileUpToDate regenerates data/people.tsv from the shared
// Phoenix dictionary and compares it with the committed file.
func TestGeneratedFileUpToDate(t *testing.T) {
	root, err := sharedtest.Root()
	if err != nil {
		t.Fatalf("find repo root: %v", err)
	}
	src := filepath.Join(root, "..", "shared", "data", "phoenix", "Phoenix.Countries.actors.txt")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("Phoenix dictionary not available at %s (shared reference data absent): %v", src, err)
	}
	gaz := filepath.Join(root, "extract", "gazetteer")
	out := filepath.Join(t.TempDir(), "people.tsv")
	if err := run(src, filepath.Join(gaz, "data", "countries.tsv"), out); err != nil {
		t.Fatalf("run: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(gaz, "data", "people.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/people.tsv is stale: run go generate in extract/gazetteer")
	}
	if len(got) > 3<<20 {
		t.Errorf("people.tsv is %d bytes, want < 3 MB", len(got))
	}
}
