package eval

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/sharedtest"
)

// TestAgreementWithScorePy perturbs the dev gold deterministically into
// prediction sets and checks that WriteText prints exactly what score.py
// prints for each.
func TestAgreementWithScorePy(t *testing.T) {
	ev := sharedtest.Path(t, "eval")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not on PATH, cannot run score.py")
	}
	goldDir := filepath.Join(ev, "dev", "gold")
	gold, err := LoadDir(goldDir)
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) == 0 {
		t.Fatalf("no gold files in %s", goldDir)
	}
	// Files score.py reads leniently: broken JSON counts as empty, and
	// non-strings in participant and attendee lists are skipped.
	malformed := map[string]string{
		"000.json": `{"meetings": [{"participants": ["Sergei Lavrov", null, "Imran Khan", 7], "date": "2021-04-07"}],
			"gatherings": [{"attendees": [null, "Russia", "United States", {"x": 1}], "place": null}],
			"people": null, "visits": null}`,
		"029.json": `{"meetings": [`,
		"030.json": `{"meetings": []} {"extra": true}`,
	}
	tests := []struct {
		name string
		pred func() map[string]Doc
		raw  map[string]string
	}{
		{"identical", func() map[string]Doc { return gold }, nil},
		{"empty", func() map[string]Doc { return map[string]Doc{} }, nil},
		{"perturbed seed 1", func() map[string]Doc { return perturbAll(gold, 1, 0.3) }, nil},
		{"perturbed seed 2", func() map[string]Doc { return perturbAll(gold, 2, 0.5) }, nil},
		{"perturbed seed 3", func() map[string]Doc { return perturbAll(gold, 3, 0.7) }, nil},
		{"perturbed seed 4", func() map[string]Doc { return perturbAll(gold, 4, 0.9) }, nil},
		{"perturbed seed 5", func() map[string]Doc { return perturbAll(gold, 5, 0.15) }, nil},
		{"malformed files", func() map[string]Doc { return perturbAll(gold, 6, 0.2) }, malformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compareWithScorePy(t, python, ev, goldDir, gold, tt.pred(), tt.raw)
		})
	}
}

// TestAgreementSynthetic scores synthetic gold sets built to reach every
// branch of the name and gathering matching (short surnames, initials,
// titles only, aliases, odd attendee counts, places) with both scorers.
func TestAgreementSynthetic(t *testing.T) {
	ev := sharedtest.Path(t, "eval")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not on PATH, cannot run score.py")
	}
	for seed := uint64(1); seed <= 4; seed++ {
		t.Run(fmt.Sprintf("seed %d", seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 0xfab))
			gold := syntheticGold(r, 40)
			goldDir := t.TempDir()
			if err := WriteDir(goldDir, gold); err != nil {
				t.Fatal(err)
			}
			compareWithScorePy(t, python, ev, goldDir, gold, perturbAll(gold, seed+10, 0.2+0.2*float64(seed)), nil)
		})
	}
}

// compareWithScorePy writes pred (then the raw files over it) to a
// directory, runs score.py on it and checks WriteText prints the same lines.
func compareWithScorePy(t *testing.T, python, ev, goldDir string, gold, predDocs map[string]Doc, raw map[string]string) {
	t.Helper()
	predDir := t.TempDir()
	if err := WriteDir(predDir, predDocs); err != nil {
		t.Fatal(err)
	}
	for fn, content := range raw {
		if err := os.WriteFile(filepath.Join(predDir, fn), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(python, filepath.Join(ev, "score.py"), goldDir, predDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	want, err := cmd.Output()
	if err != nil {
		t.Fatalf("score.py: %v\n%s", err, stderr.String())
	}
	pred, err := LoadPredictions(predDir)
	if err != nil && raw == nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := Score(gold, pred).WriteText(&got); err != nil {
		t.Fatal(err)
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got.String(), "\n")
	for i := 0; i < max(len(wl), len(gl)); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Errorf("line %d:\nscore.py: %q\nGo:       %q", i+1, w, g)
		}
	}
}

// Name pools for synthetic gold: short surnames, shared surnames with
// different initials, names that are all titles, diacritics, country aliases.
var (
	synPeople = []string{"Wang Yi", "Li Yi", "Xi Jinping", "Sergei Lavrov", "Svetlana Lavrov", "Ban Ki-moon",
		"Recep Tayyip Erdoğan", "King Abdullah", "The Prince", "Ng Eng Hen", "Jean-Yves Le Drian", "Yves Le Drian",
		"Mohammed bin Salman", "Emir Tamim", "O Lavrov", "Sheikh Mohamed bin Zayed", "Anna Ng", "Ali Ali",
		"WANG YI", "sergei lavrov"}
	synAliases   = []string{"MBS", "Mr Wang", "Le Drian", "Erdogan", "Tamim bin Hamad", "President Xi"}
	synCountries = []string{"United States", "United Kingdom", "Russia", "China", "South Korea", "Turkey",
		"European Union", "Chad", "Mali", "Iran", "Soviet Union", "Czech Republic"}
	synCountryForms = []string{"U.S.", "Britain", "Russian Federation", "PRC", "Korea", "Türkiye", "EU", "Chad",
		"MALI", "Islamic Republic of Iran", "USSR", "Czechia"}
	synPlaces = []string{"Moscow", "Beijing", "Geneva", "São Paulo", "N'Djamena", "U.S.", "New York", "Addis Ababa", "Port Moresby", "Kuala Lumpur"}
	synTopics = []string{"trade", "the war in Sudan", "energy and climate", "bilateral ties", "its role",
		"Trade deals", "security cooperation in the Pacific", "FOOD SECURITY", "über tarife", "oil and gas", "tax", "aid"}
	synDates = []string{"2021-04-07", "2021-04", "2021", "1980s", "2020-12-31"}
)

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func maybeDate(r *rand.Rand) *string {
	if r.IntN(3) == 0 {
		return nil
	}
	return ptr(pick(r, synDates))
}

// syntheticGold builds n gold documents from the pools.
func syntheticGold(r *rand.Rand, n int) map[string]Doc {
	out := map[string]Doc{}
	for i := 0; i < n; i++ {
		d := Doc{Doc: fmt.Sprintf("S%02d.txt", i), Meetings: []Meeting{}, Visits: []Visit{}, Gatherings: []Gathering{}, People: []Person{}}
		for k := r.IntN(5); k > 0; k-- {
			p := Person{Name: pick(r, synPeople), Role: "Minister"}
			if r.IntN(2) == 0 {
				p.Country = ptr(pick(r, synCountries))
			}
			if r.IntN(3) == 0 {
				p.Aliases = []string{pick(r, synAliases)}
			}
			d.People = append(d.People, p)
		}
		for k := r.IntN(4); k > 0; k-- {
			m := Meeting{Date: maybeDate(r)}
			if r.IntN(2) == 0 {
				m.Place = ptr(pick(r, synPlaces))
			}
			for j := r.IntN(3); j > 0; j-- {
				m.Topics = append(m.Topics, pick(r, synTopics))
			}
			for j := 2 + r.IntN(3); j > 0; j-- {
				if r.IntN(4) == 0 {
					m.Participants = append(m.Participants, pick(r, synCountries))
				} else {
					m.Participants = append(m.Participants, pick(r, synPeople))
				}
			}
			d.Meetings = append(d.Meetings, m)
		}
		for k := r.IntN(3); k > 0; k-- {
			d.Visits = append(d.Visits, Visit{Visitor: pick(r, synPeople), Country: pick(r, synCountries), Date: maybeDate(r)})
		}
		for k := r.IntN(3); k > 0; k-- {
			g := Gathering{Name: "summit", Date: maybeDate(r), Attendees: Names{}}
			if r.IntN(2) == 0 {
				g.Place = ptr(pick(r, synPlaces))
			}
			for j := 1 + r.IntN(6); j > 0; j-- {
				g.Attendees = append(g.Attendees, pick(r, synCountries))
			}
			d.Gatherings = append(d.Gatherings, g)
		}
		out[fmt.Sprintf("S%02d.json", i)] = d
	}
	return out
}

// perturbAll makes a prediction set from the gold by deterministic random
// edits; p is the probability of each edit. Some documents are left out.
func perturbAll(gold map[string]Doc, seed uint64, p float64) map[string]Doc {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	out := map[string]Doc{}
	for _, fn := range sortedKeys(gold) {
		if r.Float64() < p/4 {
			continue // a missing prediction
		}
		out[fn] = perturb(gold[fn], r, p)
	}
	return out
}

func sortedKeys(m map[string]Doc) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// variants are surface edits the scorer should (or should not) forgive.
var nameEdits = []func(string) string{
	func(s string) string { return "President " + s },
	func(s string) string { return strings.ToUpper(s) },
	func(s string) string { // surname only
		f := strings.Fields(s)
		return f[len(f)-1]
	},
	func(s string) string { // initial and surname
		f := strings.Fields(s)
		if len(f) < 2 {
			return s
		}
		return f[0][:1] + ". " + f[len(f)-1]
	},
	func(s string) string { // a wrong initial
		f := strings.Fields(s)
		if len(f) < 2 {
			return s
		}
		return "Q " + f[len(f)-1]
	},
	func(s string) string { return s + " Jr" },
	func(s string) string { return strings.ReplaceAll(s, "e", "é") },
	func(s string) string { return strings.NewReplacer("o", "ö", "a", "á", "i", "ı").Replace(s) },
	func(s string) string { return "Mr " + s },
	func(s string) string { return strings.ToLower(s) },
	func(s string) string { return "Someone Else" },
	func(s string) string { return "" },
	func(s string) string { // another person of the pool, often with the same surname
		return synPeople[len(s)%len(synPeople)]
	},
	func(s string) string { // a country written another way
		for i, c := range synCountries {
			if c == s {
				return synCountryForms[i]
			}
		}
		return s
	},
	func(s string) string {
		switch s {
		case "United States":
			return "U.S."
		case "United Kingdom":
			return "Britain"
		case "Soviet Union":
			return "USSR"
		}
		return "the " + s
	},
}

var dateEdits = []func(*string) *string{
	func(*string) *string { return nil },
	func(d *string) *string {
		if d == nil || len(*d) < 7 {
			return ptr("2020-01-01")
		}
		return ptr((*d)[:7])
	},
	func(d *string) *string {
		if d == nil {
			return ptr("")
		}
		return ptr(*d + "x")
	},
}

// placeEdits are place variants the meeting-place measure should (or should
// not) accept: missing, empty, case, containment either way, another city.
var placeEdits = []func(*string) *string{
	func(*string) *string { return nil },
	func(*string) *string { s := ""; return &s },
	func(p *string) *string { return ptr(strings.ToUpper(str(p))) },
	func(p *string) *string { return ptr("central " + str(p) + ", capital") },
	func(p *string) *string { // the first word only
		if f := strings.Fields(str(p)); len(f) > 0 {
			return ptr(f[0])
		}
		return p
	},
	func(p *string) *string { return ptr(str(p) + "burg") },
	func(*string) *string { return ptr("United States") },
	func(*string) *string { return ptr("Atlantis") },
}

// topicEdits are topic variants: dropped, one word kept, short words only,
// accents, another topic.
var topicEdits = []func(string) string{
	func(string) string { return "" },
	func(t string) string {
		f := strings.Fields(t)
		return f[len(f)-1]
	},
	func(string) string { return "the war" },
	func(t string) string { // its short words only
		var short []string
		for _, w := range strings.Fields(t) {
			if len(w) < 4 {
				short = append(short, w)
			}
		}
		return strings.Join(short, " ")
	},
	func(t string) string { return strings.NewReplacer("a", "á", "e", "ë").Replace(t) },
	func(t string) string { return "talks on " + strings.ToUpper(t) },
	func(string) string { return "its role with them" },
}

func perturb(g Doc, r *rand.Rand, p float64) Doc {
	hit := func() bool { return r.Float64() < p }
	name := func(s string) string {
		if hit() {
			return nameEdits[r.IntN(len(nameEdits))](s)
		}
		return s
	}
	date := func(d *string) *string {
		if hit() {
			return dateEdits[r.IntN(len(dateEdits))](d)
		}
		return d
	}
	place := func(p *string) *string {
		if hit() {
			return placeEdits[r.IntN(len(placeEdits))](p)
		}
		return p
	}
	topics := func(ts Names) Names {
		var out Names
		for _, t := range ts {
			if hit() {
				t = topicEdits[r.IntN(len(topicEdits))](t)
			}
			if t != "" {
				out = append(out, t)
			}
		}
		if hit() {
			out = append(out, pick(r, synTopics))
		}
		return out
	}
	d := Doc{Doc: g.Doc, Published: g.Published, Meetings: []Meeting{}, Visits: []Visit{}, Gatherings: []Gathering{}, People: []Person{}}
	for _, m := range g.Meetings {
		if hit() && hit() {
			continue
		}
		nm := Meeting{Date: date(m.Date), Place: place(m.Place), Topics: topics(m.Topics)}
		for _, x := range m.Participants {
			if hit() && hit() {
				continue
			}
			nm.Participants = append(nm.Participants, name(x))
		}
		if hit() {
			nm.Participants = append([]string{}, reversed(nm.Participants)...)
		}
		d.Meetings = append(d.Meetings, nm)
		if hit() {
			d.Meetings = append(d.Meetings, nm) // a duplicate
		}
		if hit() {
			up := Meeting{Date: date(m.Date)}
			for _, x := range nm.Participants {
				up.Participants = append(up.Participants, strings.ToUpper(x)+".")
			}
			d.Meetings = append(d.Meetings, up) // a duplicate once normalised
		}
	}
	if hit() && len(g.People) > 1 {
		d.Meetings = append(d.Meetings, Meeting{Participants: []string{g.People[0].Name, g.People[len(g.People)-1].Name}})
	}
	for _, v := range g.Visits {
		if hit() && hit() {
			continue
		}
		d.Visits = append(d.Visits, Visit{Visitor: name(v.Visitor), Country: name(v.Country), Date: date(v.Date)})
	}
	for _, x := range g.Gatherings {
		if hit() && hit() {
			continue
		}
		ng := Gathering{Name: x.Name, Place: x.Place, Date: date(x.Date), Host: x.Host, Attendees: []string{}}
		if hit() {
			ng.Place = nil
		}
		if hit() {
			ng.Place = ptr("Atlantis")
		}
		for _, a := range x.Attendees {
			if hit() {
				continue
			}
			ng.Attendees = append(ng.Attendees, name(a))
		}
		if hit() {
			ng.Attendees = ng.Attendees[:r.IntN(len(ng.Attendees)+1)]
		}
		if hit() && x.Place != nil {
			ng.Place = ptr(strings.ToUpper(*x.Place))
		}
		if hit() {
			ng.Attendees = append(ng.Attendees, ng.Attendees...)
		}
		d.Gatherings = append(d.Gatherings, ng)
	}
	if hit() {
		d.Gatherings = append(d.Gatherings, Gathering{Name: "invented", Place: ptr("Atlantis"), Attendees: []string{"Narnia", "Russia"}})
	}
	for _, x := range g.People {
		if hit() && hit() {
			continue
		}
		np := Person{Name: name(x.Name), Role: x.Role, Country: x.Country}
		if hit() {
			np.Country = nil
		}
		if hit() && x.Country != nil {
			np.Country = ptr(name(*x.Country))
		}
		if hit() && x.Country == nil {
			np.Country = ptr(pick(r, synCountries))
		}
		if hit() && len(x.Aliases) > 0 {
			np.Name = x.Aliases[0]
		}
		d.People = append(d.People, np)
	}
	return d
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[len(s)-1-i] = x
	}
	return out
}
