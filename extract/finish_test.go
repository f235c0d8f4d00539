package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestFinishSteps covers the steps finish() runs after all sentences are
// read, one short text per step.
func TestFinishSteps(t *testing.T) {
	pub := day(2023, time.March, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"series day and gathering",
			"Foreign Minister Lena Brandt of Austria held three meetings on Wednesday on the sidelines of the OSCE ministerial in Skopje. Brandt met Polish Foreign Minister Adam Nowicki.",
			[]string{"gathering occurred Austria+Poland @2023-03-08", "meeting occurred Adam Nowicki+Lena Brandt @2023-03-08"}},
		{"meeting dated by the visit told before it",
			"Kenyan President Daniel Ochieng arrived in Tanzania on Tuesday. Ochieng held talks with Tanzanian President Grace Mollel in Dodoma.",
			[]string{"meeting occurred Daniel Ochieng+Grace Mollel @2023-03-07", "visit occurred Daniel Ochieng>Tanzania @2023-03-07"}},
		{"visit dated by the visitor's first meeting there",
			"Vietnamese Prime Minister Tran Van Long arrived in Laos for an official visit. Long met Lao Prime Minister Somsak Vongsa in Vientiane on Wednesday.",
			[]string{"meeting occurred Somsak Vongsa+Tran Van Long @2023-03-08", "visit occurred Tran Van Long>Laos @2023-03-08"}},
		{"undated meeting falls back on the publication month",
			"Chilean President Marta Rojas met Argentine President Pablo Gimenez to discuss lithium.",
			[]string{"meeting occurred Marta Rojas+Pablo Gimenez @2023-03"}},
		{"three countries meeting is a gathering",
			"The foreign ministers of Brazil, Colombia and Peru met in Lima on Thursday to discuss the Amazon.",
			[]string{"gathering occurred Brazil+Colombia+Peru @2023-03-09"}},
		{"duplicate meetings merge",
			"Egyptian President Karim Fahmy met Jordanian King Samir Haddad in Cairo on Monday. Fahmy and Haddad met to discuss Gaza, officials said.",
			[]string{"meeting occurred Karim Fahmy+Samir Haddad @2023-03-06"}},
	})
}

// TestMergeCallKeepsNoPlace covers talks told in a city and the same
// talks told as a call: once merged, the event is a call, which has no
// place.
func TestMergeCallKeepsNoPlace(t *testing.T) {
	lusaka := &entity{kind: schema.KindCity, name: "Lusaka", iso3: "ZMB"}
	a := &event{typ: schema.Meeting, mode: schema.InPerson, place: lusaka}
	b := &event{typ: schema.Meeting, mode: schema.Telephone}
	mergeEvent(a, b)
	if a.mode != schema.Telephone || a.place != nil {
		t.Errorf("merged: mode %q, place %v; want a telephone call with no place", a.mode, a.place)
	}
	c := &event{typ: schema.Meeting, mode: schema.InPerson}
	mergeEvent(c, &event{typ: schema.Meeting, mode: schema.InPerson, place: lusaka})
	if c.place != lusaka {
		t.Errorf("merged in-person talks: place %v, want Lusaka", c.place)
	}
}
