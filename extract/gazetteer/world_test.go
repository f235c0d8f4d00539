package gazetteer

import "testing"

// worldCities counts the cities loaded from data/cities_world.tsv: those
// that are not capitals, not in cities.tsv and marked ambiguous.
func worldCities(t *testing.T) int {
	t.Helper()
	raw, err := dataFS.ReadFile("data/cities_world.tsv")
	if err != nil {
		t.Fatalf("read cities_world.tsv: %v", err)
	}
	hand := map[string]bool{}
	if err := eachLine("data/cities.tsv", func(f []string) error {
		name, _ := mark(f[0])
		hand[name] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	g := Default()
	n := 0
	for _, c := range g.Cities() {
		if c.Capital || hand[c.Name] {
			continue
		}
		for _, e := range g.Lookup(c.Name) {
			if e.Kind == KindCity && e.City.Name == c.Name && e.Ambiguous {
				n++
				break
			}
		}
	}
	if len(raw) > 400<<10 {
		t.Errorf("cities_world.tsv is %d bytes, want at most 400 KB", len(raw))
	}
	return n
}

func TestWorldCitiesLoad(t *testing.T) {
	if n := worldCities(t); n < 2000 {
		t.Errorf("%d cities come from cities_world.tsv, want at least 2000", n)
	}
}

func TestWorldCity(t *testing.T) {
	g := Default()
	tests := []struct {
		name, input, wantName, wantCountry string
	}{
		{name: "regional summit host", input: "Santa Marta", wantName: "Santa Marta", wantCountry: "COL"},
		{name: "Indonesian city", input: "Bogor", wantName: "Bogor", wantCountry: "IDN"},
		{name: "US state capital", input: "Indianapolis", wantName: "Indianapolis", wantCountry: "USA"},
		{name: "British town", input: "Milton Keynes", wantName: "Milton Keynes", wantCountry: "GBR"},
		{name: "Korean provincial seat", input: "Jeonju", wantName: "Jeonju", wantCountry: "KOR"},
		{name: "Turkish port", input: "Mersin", wantName: "Mersin", wantCountry: "TUR"},
		{name: "GeoNames spelling with diacritics", input: "Florianópolis", wantName: "Florianopolis", wantCountry: "BRA"},
		{name: "GeoNames apostrophe for a soft sign", input: "Nal'chik", wantName: "Nalchik", wantCountry: "RUS"},
		{name: "all caps", input: "KOZHIKODE", wantName: "Kozhikode", wantCountry: "IND"},
		{name: "a word news hardly capitalises", input: "Astrakhan", wantName: "Astrakhan", wantCountry: "RUS"},
		{name: "hand-compiled row wins over Spain's Córdoba", input: "Córdoba", wantName: "Cordoba", wantCountry: "ARG"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *City
			for _, e := range g.Lookup(tt.input) {
				if e.Kind == KindCity {
					got = e.City
					break
				}
			}
			if got == nil || got.Name != tt.wantName || got.Country != tt.wantCountry || got.Capital {
				t.Fatalf("Lookup(%q) city = %+v; want %s in %s", tt.input, got, tt.wantName, tt.wantCountry)
			}
			if c, ok := g.City(tt.input); !ok || c.Name != tt.wantName {
				t.Errorf("City(%q) = %+v, %v; want %s", tt.input, c, ok, tt.wantName)
			}
		})
	}
}

// TestWorldCityFilters checks that GeoNames cities whose name means
// something else did not become places.
func TestWorldCityFilters(t *testing.T) {
	g := Default()
	tests := []struct {
		name, input string
	}{
		{name: "a given name (Charlotte, USA)", input: "Charlotte"},
		{name: "a surname (Jackson, USA)", input: "Jackson"},
		{name: "an English word (Reading, UK)", input: "Reading"},
		{name: "an English word (Mobile, USA)", input: "Mobile"},
		{name: "cities of the name in three countries (Richmond)", input: "Richmond"},
		{name: "a company (Toyota, Japan)", input: "Toyota"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range g.Lookup(tt.input) {
				if e.Kind == KindCity {
					t.Errorf("Lookup(%q) has city %+v, want none", tt.input, e.City)
				}
			}
		})
	}
	// A world city found next to a capitalised name does not cut it short.
	for _, e := range g.Lookup("Kamina") {
		if e.Kind == KindCity && !e.Ambiguous {
			t.Errorf("Lookup(Kamina) city entry is not ambiguous")
		}
	}
}

func TestWorldCityRanksLast(t *testing.T) {
	g := empty()
	b := newBuilder(g)
	steps := []error{
		b.country([]string{"XXA", "Aland", "Acity", "", "Alander", ""}),
		b.country([]string{"XXB", "Bland", "Bcity", "", "Blander", ""}),
		b.city([]string{"Portville", "XXA", "Porto Ville"}),
		b.region([]string{"Greater Bay", "XXA", ""}),
		b.leader([]string{"Jane Roe", "Roe", "XXA:GOV:20200101::President"}),
		b.worldCity([]string{"Portville", "XXB", "", "500000"}),
		b.worldCity([]string{"Porto Ville", "XXB", "", "400000"}),
		b.worldCity([]string{"Greater Bay", "XXB", "", "300000"}),
		b.worldCity([]string{"Roe", "XXB", "", "200000"}),
		b.worldCity([]string{"Newtown", "XXB", "Newtówn|Alander", "100000"}),
	}
	for i, err := range steps {
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	b.finish()
	if c, _ := g.City("Portville"); c.Country != "XXA" {
		t.Errorf("City(Portville) in %s, want the hand-compiled XXA", c.Country)
	}
	if c, _ := g.City("Porto Ville"); c.Country != "XXA" {
		t.Errorf("City(Porto Ville) in %s, want the hand-compiled alias's XXA", c.Country)
	}
	for _, s := range []string{"Greater Bay", "Roe", "Alander"} {
		for _, e := range g.Lookup(s) {
			if e.Kind == KindCity {
				t.Errorf("Lookup(%q) has world city %+v, want the region, person or demonym alone", s, e.City)
			}
		}
	}
	c, ok := g.City("Newtówn")
	if !ok || c.Name != "Newtown" || c.Country != "XXB" {
		t.Errorf("City(Newtówn) = %+v, %v; want Newtown in XXB", c, ok)
	}
	if err := b.worldCity([]string{"Nowhere", "QQQ", ""}); err == nil {
		t.Errorf("worldCity in an unknown country: no error")
	}
}
