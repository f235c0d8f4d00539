package resolve

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/schema"
)

func person(name, role, country string) schema.Actor {
	a := schema.Actor{IRI: schema.PersonIRI(name), Kind: schema.KindPerson, Name: name, Role: role}
	if country != "" {
		a.Country = schema.CountryIRI(country)
	}
	return a
}

func TestDistance(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		want int
	}{
		{"equal", "shultz", "shultz", 0},
		{"insertion", "shultz", "schultz", 1},
		{"swap", "jaime", "jamie", 1},
		{"substitution", "mikhail", "mikhael", 1},
		{"two", "regan", "reagans", 2},
		{"empty", "", "abc", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Distance(tt.a, tt.b); got != tt.want {
				t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestVariant(t *testing.T) {
	tests := []struct {
		name string
		a, b schema.Actor
		want bool
	}{
		{"OneLetter", person("George Shultz", "Secretary of State", "USA"), person("George Schultz", "", ""), true},
		{"RunTogether", person("Margaret Thatcher", "", ""), person("MargaretThatcher", "", ""), true},
		{"GivenName", person("Mikhail Gorbachev", "leader", "SUN"), person("Mikhael Gorbachev", "", "SUN"), true},
		{"TwoWordsDiffer", person("Donald Regan", "chief of staff", "USA"), person("Ronald Reagan", "President", "USA"), false},
		{"FatherAndSon", person("Stewart Bainum Jr.", "", ""), person("Stewart Bainum Sr.", "", ""), false},
		{"OtherForm", person("David Cook", "chairman", ""), person("David Cooke", "chairman", ""), false},
		{"SurnameInitial", person("David Karnes", "", ""), person("David Barnes", "", ""), false},
		{"CountriesDiffer", person("George Shultz", "", "USA"), person("George Schultz", "", "CAN"), false},
		{"NoEvidence", person("Thomas Hanley", "director", ""), person("Thomas Haley", "president", ""), false},
		{"OneWord", person("Reagan", "", ""), person("Reagans", "", ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := Variant(tt.a, tt.b); got != tt.want {
				t.Errorf("Variant(%q, %q) = %v, want %v", tt.a.Name, tt.b.Name, got, tt.want)
			}
		})
	}
}

type labelled struct {
	same bool
	a, b schema.Actor
}

// readPairs reads testdata/variants.tsv.
func readPairs(t *testing.T) []labelled {
	t.Helper()
	f, err := os.Open("testdata/variants.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 9 || c[0] != "same" && c[0] != "different" {
			t.Fatalf("variants.tsv:%d: want 9 tab-separated columns starting with same or different", n)
		}
		out = append(out, labelled{same: c[0] == "same", a: person(c[1], c[2], c[3]), b: person(c[5], c[6], c[7])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestVariantPairs holds Variant to the bar on the labelled pairs:
// at least 90% of the spelling variants joined, no different people
// merged. With -v it prints how other thresholds would do.
func TestVariantPairs(t *testing.T) {
	pairs := readPairs(t)
	var same, joined, merged int
	for _, p := range pairs {
		_, ok := Variant(p.a, p.b)
		switch {
		case p.same:
			same++
			if ok {
				joined++
			} else {
				t.Logf("split: %s / %s", p.a.Name, p.b.Name)
			}
		case ok:
			merged++
			t.Errorf("merged different people: %s / %s", p.a.Name, p.b.Name)
		}
	}
	t.Logf("joined %d of %d variant pairs (%.0f%%), merged %d of %d different pairs",
		joined, same, 100*float64(joined)/float64(same), merged, len(pairs)-same)
	if 10*joined < 9*same {
		t.Errorf("joined %d of %d variant pairs, want at least 90%%", joined, same)
	}
	for _, th := range []float64{0.6, 0.65, 0.7, 0.75, 0.8, 0.85} {
		var j, m int
		for _, p := range pairs {
			_, ok := variantAt(p.a, p.b, th)
			if ok && p.same {
				j++
			} else if ok {
				m++
			}
		}
		t.Log(fmt.Sprintf("threshold %.2f: joined %d of %d, merged %d", th, j, same, m))
	}
}
