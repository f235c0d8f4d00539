package synth

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// Options sizes the generated graph.
type Options struct {
	// Seed makes the output reproducible.
	Seed uint64
	// Articles is how many articles to generate (each states 1 to 5 events).
	Articles int
	// People is how many distinct people take part (default Articles/10, at least 50).
	People int
	// From and To bound the event dates (default 2000-01-01 to 2024-12-31).
	From, To time.Time
}

// About 150 quads are stored per generated article on average (measured
// with graph.QuadCount over 5,000 articles: 149.4), so 1M quads takes
// roughly 6,700 articles.
const approxQuadsPerArticle = 150

// ArticlesFor returns the number of articles that yields about quads quads.
func ArticlesFor(quads int) int { return max(1, quads/approxQuadsPerArticle) }

var (
	countries = []string{"USA", "RUS", "CHN", "GBR", "FRA", "DEU", "IND", "PAK", "JPN", "KOR", "BRA", "ZAF",
		"NGA", "KEN", "ETH", "EGY", "SAU", "IRN", "TUR", "ISR", "IDN", "AUS", "NZL", "MEX", "ARG", "CAN", "ITA",
		"ESP", "POL", "UKR", "VNM", "THA", "PHL", "MYS", "SGP", "QAT", "ARE", "AFG", "BGD", "LKA", "NPL", "GHA",
		"SEN", "CIV", "AGO", "COL", "CHL", "PER", "CUB", "VEN", "FJI", "PNG", "NOR", "SWE", "FIN", "KAZ", "UZB"}
	cities = []string{"Geneva", "New York", "Vienna", "Brussels", "Addis Ababa", "Jakarta", "Doha", "Davos",
		"Beijing", "Moscow", "Washington", "London", "Paris", "Berlin", "New Delhi", "Islamabad", "Tokyo", "Seoul",
		"Brasilia", "Pretoria", "Abuja", "Nairobi", "Cairo", "Riyadh", "Tehran", "Ankara", "Canberra", "Mexico City"}
	roles  = []string{"President", "Prime Minister", "Foreign Minister", "Defence Minister", "Trade Minister", "Ambassador", "Special Envoy"}
	first  = []string{"Amara", "Boris", "Chen", "Dalia", "Emeka", "Farah", "Goran", "Hana", "Ivan", "Jomo", "Kenji", "Lina", "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sergio", "Tariq", "Uma", "Viktor", "Wen", "Yusuf", "Zara"}
	last   = []string{"Abadi", "Berg", "Costa", "Diallo", "Eriksen", "Fontaine", "Gupta", "Haddad", "Ito", "Jovanovic", "Kamau", "Lopez", "Mensah", "Novak", "Okafor", "Park", "Qureshi", "Rossi", "Sato", "Tanaka", "Usman", "Volkov", "Wang", "Yilmaz", "Zhou"}
	topics = []string{"trade", "energy security", "climate finance", "regional security", "counter-terrorism",
		"nuclear non-proliferation", "maritime cooperation", "debt relief", "migration", "public health",
		"the peace process", "food security", "investment", "education exchanges", "cyber security"}
	gatheringNames = []string{"summit", "conference", "ministerial meeting", "forum", "dialogue"}
)

type person struct {
	actor schema.Actor
}

// Generate calls yield with the facts of each generated article, in order.
// It stops at the first error yield returns and returns it.
func Generate(o Options, yield func(schema.Facts) error) error {
	if o.Articles <= 0 {
		return fmt.Errorf("synth: articles must be positive, got %d", o.Articles)
	}
	if o.People <= 0 {
		o.People = max(50, o.Articles/10)
	}
	if o.From.IsZero() {
		o.From = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.To.IsZero() {
		o.To = time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	days := int(o.To.Sub(o.From).Hours()/24) + 1
	r := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	people := make([]person, o.People)
	byIRI := make(map[schema.IRI]schema.Actor, o.People)
	for i := range people {
		name := fmt.Sprintf("%s %s %d", first[i%len(first)], last[(i/len(first))%len(last)], i)
		c := countries[r.IntN(len(countries))]
		people[i] = person{actor: schema.Actor{IRI: schema.PersonIRI(name), Kind: schema.KindPerson, Name: name,
			Role: roles[r.IntN(len(roles))], Country: schema.CountryIRI(c)}}
		byIRI[people[i].actor.IRI] = people[i].actor
	}
	// Zipf-like popularity: a few people appear in very many events.
	zipf := rand.NewZipf(rand.New(rand.NewPCG(o.Seed+1, o.Seed+2)), 1.3, 4, uint64(o.People-1))
	pick := func() person { return people[zipf.Uint64()] }

	var recent []schema.Event // events a later article may report again
	for i := 0; i < o.Articles; i++ {
		pub := o.From.AddDate(0, 0, r.IntN(days))
		art := schema.Article{ID: fmt.Sprintf("synth-%07d", i), Title: fmt.Sprintf("Synthetic report %d", i),
			Source: "synth", Published: pub, Text: fmt.Sprintf("synthetic article %d seed %d", i, o.Seed)}
		f := schema.Facts{Article: art}
		actors := map[schema.IRI]schema.Actor{}
		addActor := func(a schema.Actor) { actors[a.IRI] = a }
		addCountry := func(iso string) schema.IRI {
			iri := schema.CountryIRI(iso)
			addActor(schema.Actor{IRI: iri, Kind: schema.KindCountry, Name: iso})
			return iri
		}
		addCity := func(name string) schema.IRI {
			iri := schema.CityIRI(name)
			addActor(schema.Actor{IRI: iri, Kind: schema.KindCity, Name: name})
			return iri
		}
		n := 1 + r.IntN(5)
		for j := 0; j < n; j++ {
			var e schema.Event
			if len(recent) > 0 && r.IntN(10) == 0 { // the same event reported again
				e = recent[r.IntN(len(recent))]
				e.Sources = nil
			} else {
				e = event(r, pick, pub, addActor, addCountry, addCity)
				if len(recent) < 1000 {
					recent = append(recent, e)
				} else {
					recent[r.IntN(len(recent))] = e
				}
			}
			for _, iri := range append(append(append([]schema.IRI{e.Visitor, e.Host, e.Place}, e.Participants...), e.Attendees...), e.Remote...) {
				if iri == "" {
					continue
				}
				if _, ok := actors[iri]; !ok {
					switch schema.KindOf(iri) {
					case schema.KindCountry:
						addCountry(schema.Local(iri))
					case schema.KindPerson:
						addActor(byIRI[iri])
					}
				}
			}
			f.Events = append(f.Events, e)
		}
		for _, a := range actors {
			f.Actors = append(f.Actors, a)
		}
		if err := yield(f); err != nil {
			return err
		}
	}
	return nil
}

// event makes one random meeting, visit or gathering around pub.
func event(r *rand.Rand, pick func() person, pub time.Time, addActor func(schema.Actor),
	addCountry func(string) schema.IRI, addCity func(string) schema.IRI) schema.Event {
	date := schema.Day(pub.AddDate(0, 0, -r.IntN(7)))
	if r.IntN(10) == 0 {
		date = schema.Month(pub.Year(), pub.Month())
	}
	e := schema.Event{Status: schema.Occurred, Date: date, Confidence: 0.5 + r.Float64()/2}
	switch k := r.IntN(10); {
	case k < 6:
		a, b := pick(), pick()
		for b.actor.IRI == a.actor.IRI {
			b = pick()
		}
		addActor(a.actor)
		addActor(b.actor)
		e.Type = schema.Meeting
		e.Mode = schema.InPerson
		if r.IntN(4) == 0 {
			e.Mode = schema.Telephone
		}
		e.Participants = []schema.IRI{a.actor.IRI, b.actor.IRI}
		e.Place = addCity(cities[r.IntN(len(cities))])
		e.Topics = []string{topics[r.IntN(len(topics))], topics[r.IntN(len(topics))]}
		e.Evidence.Sentence = fmt.Sprintf("%s met %s.", a.actor.Name, b.actor.Name)
	case k < 8:
		a := pick()
		addActor(a.actor)
		host := countries[r.IntN(len(countries))]
		e.Type = schema.Visit
		e.Visitor = a.actor.IRI
		e.Host = addCountry(host)
		e.Evidence.Sentence = fmt.Sprintf("%s visited %s.", a.actor.Name, host)
	default:
		e.Type = schema.Gathering
		e.Place = addCity(cities[r.IntN(len(cities))])
		e.Host = addCountry(countries[r.IntN(len(countries))])
		e.Name = gatheringNames[r.IntN(len(gatheringNames))] + " in " + schema.Local(e.Place)
		for _, i := range r.Perm(len(countries))[:3+r.IntN(12)] {
			e.Attendees = append(e.Attendees, addCountry(countries[i]))
		}
		e.Topics = []string{topics[r.IntN(len(topics))]}
		e.Evidence.Sentence = "A " + e.Name + " took place."
	}
	e.Evidence.End = len(e.Evidence.Sentence)
	e.PloverType, e.PloverMode, e.CameoCode = schema.Classify(e)
	return e
}
