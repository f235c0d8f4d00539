package graph

import (
	"time"

	"github.com/cayleygraph/quad"

	"github.com/dipgraph/dipgraph/schema"
)

// The fixture is written by hand from schema types: five short articles about
// real diplomatic events, in sentences written for these tests.

var (
	lavrov  = schema.PersonIRI("Sergei Lavrov")
	imran   = schema.PersonIRI("Imran Khan")
	sadiq   = schema.PersonIRI("Sadiq Khan")
	qureshi = schema.PersonIRI("Shah Mahmood Qureshi")
	wangYi  = schema.PersonIRI("Wang Yi")
	blinken = schema.PersonIRI("Antony Blinken")
	putin   = schema.PersonIRI("Vladimir Putin")

	rus = schema.CountryIRI("RUS")
	pak = schema.CountryIRI("PAK")
	chn = schema.CountryIRI("CHN")
	usa = schema.CountryIRI("USA")
	ind = schema.CountryIRI("IND")
	gbr = schema.CountryIRI("GBR")

	islamabad = schema.CityIRI("Islamabad")
	moscow    = schema.CityIRI("Moscow")
	delhi     = schema.CityIRI("New Delhi")
)

func day(y int, m time.Month, d int) schema.Date {
	return schema.Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	actorLavrov  = schema.Actor{IRI: lavrov, Kind: schema.KindPerson, Name: "Sergei Lavrov", Aliases: []string{"Sergey Lavrov"}, Role: "Foreign Minister", Country: rus}
	actorImran   = schema.Actor{IRI: imran, Kind: schema.KindPerson, Name: "Imran Khan", Role: "Prime Minister", Country: pak}
	actorSadiq   = schema.Actor{IRI: sadiq, Kind: schema.KindPerson, Name: "Sadiq Khan", Role: "Mayor of London", Country: gbr}
	actorQureshi = schema.Actor{IRI: qureshi, Kind: schema.KindPerson, Name: "Shah Mahmood Qureshi", Role: "Foreign Minister", Country: pak}
	actorWang    = schema.Actor{IRI: wangYi, Kind: schema.KindPerson, Name: "Wang Yi", Role: "Foreign Minister", Country: chn}
	actorBlinken = schema.Actor{IRI: blinken, Kind: schema.KindPerson, Name: "Antony Blinken", Role: "Secretary of State", Country: usa}
	actorPutin   = schema.Actor{IRI: putin, Kind: schema.KindPerson, Name: "Vladimir Putin", Role: "President", Country: rus}
	countryRUS   = schema.Actor{IRI: rus, Kind: schema.KindCountry, Name: "Russia"}
	countryPAK   = schema.Actor{IRI: pak, Kind: schema.KindCountry, Name: "Pakistan"}
	countryCHN   = schema.Actor{IRI: chn, Kind: schema.KindCountry, Name: "China"}
	countryUSA   = schema.Actor{IRI: usa, Kind: schema.KindCountry, Name: "United States", Aliases: []string{"US", "America"}}
	countryIND   = schema.Actor{IRI: ind, Kind: schema.KindCountry, Name: "India"}
	cityIsl      = schema.Actor{IRI: islamabad, Kind: schema.KindCity, Name: "Islamabad", Country: pak}
	cityMoscow   = schema.Actor{IRI: moscow, Kind: schema.KindCity, Name: "Moscow", Country: rus}
	cityDelhi    = schema.Actor{IRI: delhi, Kind: schema.KindCity, Name: "New Delhi", Country: ind}
)

// Events of the fixture.
var (
	// meetLavrovImran is stated by articles a1 and a2.
	meetLavrovImran = schema.Event{
		Type: schema.Meeting, Status: schema.Occurred, Mode: schema.InPerson,
		Participants: []schema.IRI{lavrov, imran},
		Date:         day(2021, time.April, 7), Place: islamabad,
		Topics:   []string{"energy cooperation", "Afghanistan"},
		Evidence: schema.Evidence{Sentence: "Lavrov and Khan talked about energy.", Start: 40, End: 76}, Confidence: 0.8,
	}
	meetLavrovQureshi = schema.Event{
		Type: schema.Meeting, Status: schema.Occurred, Mode: schema.InPerson,
		Participants: []schema.IRI{qureshi, lavrov},
		Date:         day(2021, time.April, 7), Place: islamabad,
		Confidence: 0.7,
	}
	visitLavrovPAK = schema.Event{
		Type: schema.Visit, Status: schema.Occurred,
		Visitor: lavrov, Host: pak, Date: day(2021, time.April, 6), EndDate: day(2021, time.April, 7), Place: islamabad,
		Confidence: 0.9,
	}
	plannedImranPutin = schema.Event{
		Type: schema.Meeting, Status: schema.Planned,
		Participants: []schema.IRI{imran, putin}, Date: schema.Month(2021, time.May),
		Confidence: 0.5,
	}
	moscowConference = schema.Event{
		Type: schema.Gathering, Status: schema.Occurred, Name: "conference on Afghanistan",
		Host: rus, Attendees: []schema.IRI{chn, pak, rus, usa}, Date: day(2021, time.March, 18), Place: moscow,
		Topics: []string{"Afghan peace process"}, Confidence: 0.9,
	}
	callWangLavrov = schema.Event{
		Type: schema.Meeting, Status: schema.Occurred, Mode: schema.Telephone,
		Participants: []schema.IRI{wangYi, lavrov}, Date: schema.Month(2021, time.March),
		Confidence: 0.6,
	}
	visitBlinkenIND = schema.Event{
		Type: schema.Visit, Status: schema.Occurred,
		Visitor: blinken, Host: ind, Date: day(2021, time.July, 28), Place: delhi,
		Topics: []string{"Quad"}, Confidence: 0.9,
	}
	statementSadiq = schema.Event{
		Type: schema.Statement, Status: schema.Occurred,
		Participants: []schema.IRI{sadiq}, Date: schema.Year(2021), Topics: []string{"climate"},
	}
	meetBlinkenWang = schema.Event{
		Type: schema.Meeting, Status: schema.Occurred, Mode: schema.InPerson,
		Participants: []schema.IRI{blinken, wangYi}, Date: schema.Decade(2020),
	}
)

func article(id string, published time.Time, text string) schema.Article {
	return schema.Article{ID: id, Title: "Headline of " + id, URL: "https://news.example/" + id, Source: "example", Published: published, Text: text}
}

// fixture returns the five articles; each call returns fresh slices.
func fixture() []schema.Facts {
	a1 := schema.Facts{
		Article: article("a1", date(2021, time.April, 7), "Lavrov came to Islamabad. Lavrov and Khan talked about energy."),
		Actors:  []schema.Actor{actorLavrov, actorImran, actorQureshi, countryRUS, countryPAK, cityIsl},
		Events:  []schema.Event{meetLavrovImran, meetLavrovQureshi, visitLavrovPAK},
	}
	e := meetLavrovImran
	e.Evidence = schema.Evidence{Sentence: "Khan received Lavrov on Wednesday.", Start: 0, End: 34}
	e.Confidence = 0.95
	a2 := schema.Facts{
		Article: article("a2", date(2021, time.April, 8), "Khan received Lavrov on Wednesday. Khan plans to see Putin in May."),
		Actors:  []schema.Actor{actorLavrov, actorImran, actorPutin, countryPAK, countryRUS},
		Events:  []schema.Event{e, plannedImranPutin},
	}
	a3 := schema.Facts{
		Article: article("a3", date(2021, time.March, 19), "Delegations met in Moscow on Afghanistan. Wang and Lavrov spoke by phone in March."),
		Actors:  []schema.Actor{actorLavrov, actorWang, countryRUS, countryCHN, countryUSA, countryPAK, cityMoscow},
		Events:  []schema.Event{moscowConference, callWangLavrov},
	}
	a4 := schema.Facts{
		Article: article("a4", date(2021, time.July, 28), "Blinken arrived in New Delhi. The mayor spoke about climate this year."),
		Actors:  []schema.Actor{actorBlinken, actorSadiq, countryUSA, countryIND, cityDelhi},
		Events:  []schema.Event{visitBlinkenIND, statementSadiq},
	}
	a5 := schema.Facts{
		Article: article("a5", time.Time{}, "Blinken and Wang have met in this decade."),
		Actors:  []schema.Actor{actorBlinken, actorWang},
		Events:  []schema.Event{meetBlinkenWang},
	}
	return []schema.Facts{a1, a2, a3, a4, a5}
}

// distinctQuads is the number of quads a store holding exactly facts must have.
func distinctQuads(facts []schema.Facts) int64 {
	set := make(map[quad.Quad]struct{})
	for _, f := range facts {
		for _, q := range factQuads(f) {
			set[q] = struct{}{}
		}
	}
	return int64(len(set))
}

// withSources returns e as a query returns it: Sources filled in and the
// classification computed.
func withSources(e schema.Event, sources ...schema.IRI) schema.Event {
	e.Sources = sources
	e.PloverType, e.PloverMode, e.CameoCode = schema.Classify(e)
	return e
}
