package gazetteer

import (
	"testing"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestRoleAt(t *testing.T) {
	p := Person{Name: "Test Person", Roles: []PersonRole{
		{Country: "AAA", Sector: "ELI"},
		{Country: "AAA", Sector: "GOV", From: day(2000, 1, 1), To: day(2004, 12, 31)},
		{Country: "BBB", Sector: "GOVDIP", From: day(2005, 1, 1)},
		{Country: "AAA", Sector: "ELI", From: day(2005, 1, 1)},
	}}
	tests := []struct {
		name   string
		at     time.Time
		want   string // country + sector
		wantOK bool
	}{
		{name: "before any dated role: undated", at: day(1990, 1, 1), want: "AAAELI", wantOK: true},
		{name: "inside dated role", at: day(2002, 6, 1), want: "AAAGOV", wantOK: true},
		{name: "last day inclusive", at: day(2004, 12, 31).Add(23 * time.Hour), want: "AAAGOV", wantOK: true},
		{name: "open role, government preferred", at: day(2021, 4, 7), want: "BBBGOVDIP", wantOK: true},
		{name: "zero time: latest", at: time.Time{}, want: "BBBGOVDIP", wantOK: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := p.RoleAt(tt.at)
			if ok != tt.wantOK || r.Country+r.Sector != tt.want {
				t.Errorf("RoleAt(%v) = %+v, %v; want %s", tt.at, r, ok, tt.want)
			}
		})
	}
	titled := Person{Roles: []PersonRole{
		{Country: "AAA", Sector: "GOV", From: day(2010, 1, 1), To: day(2014, 1, 30)},
		{Country: "AAA", Sector: "GOV", From: day(2010, 1, 1), Title: "Foreign Minister"},
	}}
	if r, ok := titled.RoleAt(day(2012, 1, 1)); !ok || r.Title != "Foreign Minister" {
		t.Errorf("RoleAt with a titled twin = %+v, %v; want the titled role", r, ok)
	}
	bounded := Person{Roles: []PersonRole{{Country: "AAA", Sector: "GOV", From: day(2000, 1, 1), To: day(2001, 1, 1)}}}
	if r, ok := bounded.RoleAt(day(2010, 1, 1)); ok {
		t.Errorf("RoleAt after the only role = %+v, want none", r)
	}
	if got := p.Country(day(2002, 1, 1)); got != "AAA" {
		t.Errorf("Country(2002) = %q, want AAA", got)
	}
}

// TestPeople checks people from the embedded data: hand-compiled leaders
// (with titles), Phoenix people, and the two merged.
func TestPeople(t *testing.T) {
	g := Default()
	tests := []struct {
		name        string
		input       string
		at          time.Time
		wantName    string
		wantCountry string
		wantSector  string
		wantTitle   string
	}{
		{name: "leader by variant", input: "Sergey Lavrov", at: day(2021, 4, 7), wantName: "Sergei Lavrov", wantCountry: "RUS", wantSector: "GOV", wantTitle: "Foreign Minister"},
		{name: "bare surname, lower case", input: "lavrov", at: day(2010, 1, 1), wantName: "Sergei Lavrov", wantCountry: "RUS", wantSector: "GOV", wantTitle: "Foreign Minister"},
		{name: "Phoenix variant merged into leader", input: "Sergey V. Lavrov", at: day(2021, 4, 7), wantName: "Sergei Lavrov", wantCountry: "RUS", wantSector: "GOV", wantTitle: "Foreign Minister"},
		{name: "Putin as president", input: "Vladimir Putin", at: day(2005, 6, 1), wantName: "Vladimir Putin", wantCountry: "RUS", wantSector: "GOV", wantTitle: "President"},
		{name: "Putin as prime minister", input: "Putin", at: day(2010, 6, 1), wantName: "Vladimir Putin", wantCountry: "RUS", wantSector: "GOV", wantTitle: "Prime Minister"},
		{name: "Putin before office, Soviet era", input: "Vladimir Putin", at: day(1985, 6, 1), wantName: "Vladimir Putin", wantCountry: "SUN", wantSector: "ELI"},
		{name: "Kohl in West Germany", input: "Helmut Kohl", at: day(1987, 3, 1), wantName: "Helmut Kohl", wantCountry: "FRG", wantSector: "GOV"},
		{name: "Kohl after unification", input: "Helmut Kohl", at: day(1995, 3, 1), wantName: "Helmut Kohl", wantCountry: "DEU", wantSector: "GOV"},
		{name: "Gorbachev in the Soviet Union", input: "Gorbachev", at: day(1987, 3, 1), wantName: "Mikhail Gorbachev", wantCountry: "SUN", wantSector: "GOV"},
		{name: "diacritics folded", input: "Recep Tayyip Erdogan", at: day(2021, 1, 1), wantName: "Recep Tayyip Erdoğan", wantCountry: "TUR", wantSector: "GOV", wantTitle: "President"},
		{name: "Jaishankar short form", input: "S Jaishankar", at: day(2023, 1, 1), wantName: "Subrahmanyam Jaishankar", wantCountry: "IND", wantSector: "GOV", wantTitle: "External Affairs Minister"},
		{name: "UN official keeps nationality", input: "Antonio Guterres", at: day(2022, 1, 1), wantName: "António Guterres", wantCountry: "PRT", wantSector: "IGO", wantTitle: "UN Secretary-General"},
		{name: "leader listed twice", input: "Micheal Martin", at: day(2023, 6, 1), wantName: "Micheál Martin", wantCountry: "IRL", wantSector: "GOV", wantTitle: "Foreign Minister"},
		{name: "Phoenix only, in office", input: "Tony Abbott", at: day(2014, 1, 1), wantName: "Tony Abbott", wantCountry: "AUS", wantSector: "GOV"},
		{name: "Phoenix only, earlier role", input: "Anthony John Abbott", at: day(2000, 1, 1), wantName: "Tony Abbott", wantCountry: "AUS", wantSector: "GOVLEG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := g.People(tt.input)
			var found *Person
			for i := range ps {
				if ps[i].Name == tt.wantName {
					found = &ps[i]
				}
			}
			if found == nil {
				t.Fatalf("People(%q) = %v, want %s among them", tt.input, ps, tt.wantName)
			}
			r, ok := found.RoleAt(tt.at)
			if !ok || r.Country != tt.wantCountry || r.Sector != tt.wantSector || r.Title != tt.wantTitle {
				t.Errorf("%s.RoleAt(%v) = %+v, %v; want %s %s %q", found.Name, tt.at, r, ok, tt.wantCountry, tt.wantSector, tt.wantTitle)
			}
		})
	}
	if ps := g.People("Nobody Atlantean"); len(ps) != 0 {
		t.Errorf("People(unknown) = %v, want none", ps)
	}
	if n := len(g.people); n < 10000 {
		t.Errorf("%d people loaded, want the Phoenix conversion (> 10000)", n)
	}
}

// TestLeadersMergedOnce checks that a leader known to both sources is one person.
func TestLeadersMergedOnce(t *testing.T) {
	g := Default()
	for _, name := range []string{"Vladimir Putin", "Sergei Lavrov", "Narendra Modi", "Benjamin Netanyahu", "Micheál Martin", "Mohammed bin Salman"} {
		if ps := g.People(name); len(ps) != 1 {
			t.Errorf("People(%q) = %d people, want 1", name, len(ps))
		}
	}
}

func TestRoleRangesOrdered(t *testing.T) {
	bad := 0
	for _, p := range Default().people {
		for _, r := range p.Roles {
			if !r.From.IsZero() && !r.To.IsZero() && r.To.Before(r.From) {
				bad++
				if bad <= 5 {
					t.Logf("%s: role %+v ends before it starts", p.Name, r)
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d roles end before they start", bad)
	}
}

// TestCabinetMembersSince2022 checks a few of the cabinet members of 62
// states since 2022 (vice premiers; trade, energy, health and finance
// ministers): each is one person with the state of the office held on a
// day in it.
func TestCabinetMembersSince2022(t *testing.T) {
	g := Default()
	day := time.Date(2025, time.June, 1, 0, 0, 0, 0, time.UTC)
	for name, iso := range map[string]string{"He Lifeng": "CHN", "Alparslan Bayraktar": "TUR", "Wes Streeting": "GBR", "Howard Lutnick": "USA",
		"Cassiel Ato Forson": "GHA"} {
		ps := g.People(name)
		if len(ps) != 1 {
			t.Errorf("People(%q) = %d people, want 1", name, len(ps))
			continue
		}
		if got := ps[0].Country(day); got != iso {
			t.Errorf("%s: country on %s = %q, want %s", name, day.Format("2006-01-02"), got, iso)
		}
	}
}
