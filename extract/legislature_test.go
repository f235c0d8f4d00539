package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestSpeakerOfPossessiveBody: "the Speaker of <country>'s <chamber>,
// <name>" gives the holder that country, whatever the chamber is called,
// and the chamber's name is no sitting of a gathering.
func TestSpeakerOfPossessiveBody(t *testing.T) {
	pub := day(2024, time.May, 10)
	wantCountries(t, pub,
		"The Speaker of Nepal's House of Representatives, Devraj Ghimire, welcomed the visitors in Kathmandu on Thursday.",
		map[string]string{"Devraj Ghimire": "Nepal"})
	wantCountries(t, pub,
		"Visiting lawmakers later called on the Chair of Russia's Federation Council, Valentina Matviyenko, at her office.",
		map[string]string{"Valentina Matviyenko": "Russia"})
	wantCountries(t, pub,
		"A message was read out by the President of Chile's Chamber of Deputies, Karol Cariola, before the vote.",
		map[string]string{"Karol Cariola": "Chile"})
	checkBriefs(t, pub, []briefCase{
		{"a titled subject before its verb is no sitting of the council it heads",
			"The head of Russia's Federation Council, Valentina Matviyenko, met Ghanaian lawmakers in Moscow on Thursday.",
			[]string{"meeting occurred Ghana+Valentina Matviyenko @2024-05-09"}},
	})
}

// TestUnnamedLegislators: lawmakers, officials or a delegation of one
// country met or received with no name given stand for that country.
func TestUnnamedLegislators(t *testing.T) {
	pub := day(2024, time.May, 10)
	checkBriefs(t, pub, []briefCase{
		{"lawmakers", "Speaker Moses Wetangula of Kenya met Ghanaian lawmakers in Nairobi on Thursday.",
			[]string{"meeting occurred Ghana+Moses Wetangula @2024-05-09"}},
		{"visiting MPs received", "Speaker Moses Wetangula of Kenya received visiting Ugandan MPs in Nairobi on Thursday.",
			[]string{"meeting occurred Moses Wetangula+Uganda @2024-05-09"}},
		{"a delegation received", "Speaker Moses Wetangula of Kenya received a Ugandan delegation in Nairobi on Thursday.",
			[]string{"meeting occurred Moses Wetangula+Uganda @2024-05-09"}},
		{"officials hosted", "Kenyan President William Ruto hosted Ugandan officials at State House on Thursday.",
			[]string{"meeting occurred Uganda+William Ruto @2024-05-09"}},
		{"a group's possessive is no party met", "Kenyan President William Ruto hosted Uganda's officials' retreat on Thursday.",
			nil},
		{"senators", "Kenyan President William Ruto held talks with American senators at State House on Thursday.",
			[]string{"meeting occurred United States+William Ruto @2024-05-09"}},
	})
}

// TestFateAfterParenthesis: the main verb after a name in apposition or a
// relative clause still tells the fate of the noun before them.
func TestFateAfterParenthesis(t *testing.T) {
	pub := day(2025, time.March, 10)
	checkBriefs(t, pub, []briefCase{
		{"relative clause", "A visit to Rome by Prime Minister Ana Reyes of Portugal, which aides had pencilled in for Monday, was called off.",
			[]string{"visit cancelled Ana Reyes>Italy @"}},
		{"name in apposition", "A trip to Rome by the Portuguese premier, Ana Reyes, was postponed on Sunday.",
			[]string{"visit cancelled Ana Reyes>Italy @2025-03-09"}},
		{"both", "A visit to Lisbon by the Speaker of Nepal's House of Representatives, Devraj Ghimire, which officials had expected this week, has been postponed.",
			[]string{"visit cancelled Devraj Ghimire>Portugal @"}},
		{"talks", "Talks between Portuguese Prime Minister Ana Reyes and Chancellor Olaf Scholz, which had been set for Monday, were postponed.",
			[]string{"meeting cancelled Ana Reyes+Olaf Scholz @"}},
		{"a relative clause with no fate leaves the visit told", "A visit to Rome by Prime Minister Ana Reyes of Portugal, which lasted two days, ended on Sunday.",
			[]string{"visit occurred Ana Reyes>Italy @2025-03"}},
		{"a relative clause after the object of a meeting, the date after it", "Prime Minister Ana Reyes of Portugal met Chancellor Olaf Scholz, who had been ill, in Berlin on Sunday.",
			[]string{"meeting occurred Ana Reyes+Olaf Scholz @2025-03-09"}},
	})
}

// TestSessionIsNoName: a capitalised run that ends in a gathering noun is
// the gathering's name, not a person's.
func TestSessionIsNoName(t *testing.T) {
	f := testX.Extract(schema.Article{ID: "t", Published: day(2024, time.May, 10),
		Text: "Lawmakers of the bloc began their Second Ordinary Session in Lagos this week. Its Chairman said little."})
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson && strings.Contains(a.Name, "Session") {
			t.Errorf("person %q", a.Name)
		}
	}
}
