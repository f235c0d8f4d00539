package gazetteer

import (
	"strings"
	"testing"
)

func TestRole(t *testing.T) {
	g := Default()
	tests := []struct {
		name   string
		input  string
		want   string // Norm
		head   bool
		sector string
	}{
		{name: "Foreign Minister", input: "Foreign Minister", want: "Foreign Minister", sector: "GOV"},
		{name: "lower case", input: "foreign minister", want: "Foreign Minister", sector: "GOV"},
		{name: "official form", input: "Minister of Foreign Affairs", want: "Foreign Minister", sector: "GOV"},
		{name: "India", input: "External Affairs Minister", want: "Foreign Minister", sector: "GOV"},
		{name: "President", input: "President", want: "President", head: true, sector: "GOV"},
		{name: "Prime Minister", input: "Prime Minister", want: "Prime Minister", head: true, sector: "GOV"},
		{name: "Premier", input: "Premier", want: "Premier", head: true, sector: "GOV"},
		{name: "hyphen", input: "Vice-President", want: "Vice President", sector: "GOV"},
		{name: "Secretary of State", input: "Secretary of State", want: "Secretary of State", sector: "GOV"},
		{name: "Foreign Secretary", input: "Foreign Secretary", want: "Foreign Secretary", sector: "GOV"},
		{name: "Defense spelling", input: "Defense Minister", want: "Defence Minister", sector: "MIL"},
		{name: "Chancellor", input: "Chancellor", want: "Chancellor", head: true, sector: "GOV"},
		{name: "King", input: "King", want: "King", head: true, sector: "ROY"},
		{name: "Emir", input: "Emir", want: "Emir", head: true, sector: "ROY"},
		{name: "Crown Prince", input: "Crown Prince", want: "Crown Prince", sector: "ROY"},
		{name: "Supreme Leader", input: "Supreme Leader", want: "Supreme Leader", head: true, sector: "GOV"},
		{name: "Special Envoy", input: "Special Envoy", want: "Special Envoy", sector: "DIP"},
		{name: "Secretary-General", input: "Secretary-General", want: "Secretary-General", sector: "IGO"},
		{name: "Secretary General spaced", input: "Secretary General", want: "Secretary-General", sector: "IGO"},
		{name: "Army Chief", input: "Army Chief", want: "Chief of Army Staff", sector: "MIL"},
		{name: "Spokeswoman", input: "spokeswoman", want: "Spokesperson", sector: "GOV"},
		{name: "modifier Deputy", input: "Deputy Defence Minister", want: "Deputy Defence Minister", sector: "MIL"},
		{name: "modifier former drops head", input: "former Prime Minister", want: "Former Prime Minister", sector: "GOV"},
		{name: "modifier vice", input: "Vice Minister of Commerce", want: "Vice Trade Minister", sector: "GOV"},
		{name: "modifier then", input: "then Prime Minister", want: "Former Prime Minister", sector: "GOV"},
		{name: "modifier acting keeps head", input: "Acting President", want: "Acting President", head: true, sector: "GOV"},
		{name: "generic minister", input: "Minister for Fisheries and Oceans", want: "Minister for Fisheries and Oceans", sector: "GOV"},
		{name: "generic extends listed", input: "Minister of Foreign Affairs, Trade and Development", want: "Foreign Minister", sector: "GOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := g.Role(tt.input)
			if !ok || r.Norm != tt.want || r.Head != tt.head || r.Sector != tt.sector {
				t.Errorf("Role(%q) = %+v, %v; want Norm %q head %v sector %s", tt.input, r, ok, tt.want, tt.head, tt.sector)
			}
		})
	}
	for _, miss := range []string{"", "Atlantis", "said", "Minister of state media"} {
		if r, ok := g.Role(miss); ok {
			t.Errorf("Role(%q) = %+v, want not found", miss, r)
		}
	}
}

func TestMatchRole(t *testing.T) {
	g := Default()
	tests := []struct {
		name  string
		input string
		want  string
		n     int
	}{
		{name: "longest listed", input: "Prime Minister Imran Khan", want: "Prime Minister", n: 2},
		{name: "not just Minister", input: "Foreign Minister Sergei Lavrov", want: "Foreign Minister", n: 2},
		{name: "generic stops at name", input: "Minister of Water Resources John Doe said", want: "Minister of Water Resources", n: 4},
		{name: "listed role not extended into name", input: "Secretary of State Antony Blinken", want: "Secretary of State", n: 3},
		{name: "official form not extended into name", input: "Minister of Foreign Affairs Sergei Lavrov", want: "Foreign Minister", n: 4},
		{name: "generic with a place", input: "Envoy for Syria Geir Pedersen", want: "Envoy for Syria", n: 3},
		{name: "generic with a region", input: "Minister for Central Asia", want: "Minister for Central Asia", n: 4},
		{name: "generic stops at lower case", input: "Minister for Women said", want: "Minister for Women", n: 3},
		{name: "trailing connector not taken", input: "Minister of Health and the", want: "Health Minister", n: 3},
		{name: "none", input: "said on Tuesday", n: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, n, ok := g.MatchRole(strings.Fields(tt.input))
			if ok != (tt.n > 0) || n != tt.n || (ok && r.Norm != tt.want) {
				t.Errorf("MatchRole(%q) = %+v, %d, %v; want %q over %d words", tt.input, r, n, ok, tt.want, tt.n)
			}
		})
	}
}

func TestMinisterOf(t *testing.T) {
	tests := []struct {
		name   string
		input  string
		want   string
		n      int
		sector string
	}{
		{name: "of", input: "Minister of Fisheries", want: "Minister of Fisheries", n: 3, sector: "GOV"},
		{name: "for and", input: "Minister for Foreign Affairs and Trade", want: "Minister for Foreign Affairs and Trade", n: 6, sector: "GOV"},
		{name: "defence sector", input: "Minister of National Defence", want: "Minister of National Defence", n: 4, sector: "MIL"},
		{name: "envoy", input: "Envoy for Climate", want: "Envoy for Climate", n: 3, sector: "DIP"},
		{name: "stops before a name", input: "Minister of Health Jane Roe", want: "Minister of Health", n: 3, sector: "GOV"},
		{name: "place needs the gazetteer", input: "Envoy for Syria", n: 0},
		{name: "no preposition", input: "Minister Fisheries", n: 0},
		{name: "lower-case object", input: "Minister of state", n: 0},
		{name: "other head", input: "President of France", n: 0},
		{name: "too short", input: "Minister of", n: 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, n, ok := MinisterOf(strings.Fields(tt.input))
			if ok != (tt.n > 0) || n != tt.n || (ok && (r.Norm != tt.want || r.Sector != tt.sector)) {
				t.Errorf("MinisterOf(%q) = %+v, %d, %v; want %q over %d words, sector %s", tt.input, r, n, ok, tt.want, tt.n, tt.sector)
			}
		})
	}
}

func TestRolesLongestFirst(t *testing.T) {
	rs := Default().Roles()
	if len(rs) < 100 {
		t.Fatalf("len(Roles()) = %d, want at least 100", len(rs))
	}
	for i := 1; i < len(rs); i++ {
		a, b := len(strings.Fields(rs[i-1].Phrase)), len(strings.Fields(rs[i].Phrase))
		if a < b {
			t.Fatalf("Roles()[%d] %q has fewer words than [%d] %q", i-1, rs[i-1].Phrase, i, rs[i].Phrase)
		}
	}
	rs[0].Norm = "changed"
	if Default().Roles()[0].Norm == "changed" {
		t.Error("Roles() shares its slice with the gazetteer")
	}
}
