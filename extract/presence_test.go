package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// gatheringsOf renders the gatherings of a text as "name: A+B+C" with the
// attendees sorted.
func gatheringsOf(text string, pub time.Time) []string {
	return gatheringsBy(text, pub, func(e schema.Event, _ map[schema.IRI]string) string { return e.Name })
}

// gatheringsBy renders the gatherings held of a text as "head: A+B+C",
// the head given by head (the name, the place), the attendees sorted.
func gatheringsBy(text string, pub time.Time, head func(schema.Event, map[schema.IRI]string) string) []string {
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	var out []string
	for _, e := range f.Events {
		if e.Type != schema.Gathering || e.Status != schema.Occurred {
			continue
		}
		var as []string
		for _, a := range e.Attendees {
			as = append(as, names[a])
		}
		sort.Strings(as)
		out = append(out, head(e, names)+": "+strings.Join(as, "+"))
	}
	return out
}

// TestGatheringPresenceAndNames covers attendance told by presence ("were
// around the table", "Attending were ...", "was on hand"), a body's numbered
// session as a gathering of its own, and names that are the text's noun
// phrase, never a fragment with a date or a verb in it.
func TestGatheringPresenceAndNames(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"presence phrases and an inverted list",
			"Leaders of the Andean Community gathered in Lima on Thursday for the annual summit. Bolivian President Luis Arce and Colombia's Gustavo Petro were around the table. Attending were Ecuador's Daniel Noboa and the leaders of Peru and Chile. Brazil was on hand as an observer.",
			[]string{"annual summit: Andean Community+Bolivia+Brazil+Chile+Colombia+Ecuador+Peru"}},
		{"also present",
			"Kenya hosted a regional security summit in Nairobi on Monday. Also present were Uganda and Rwanda.",
			[]string{"regional security summit: Kenya+Rwanda+Uganda"}},
		{"no date or preposition in the name",
			"The leaders of Kenya, Uganda and Rwanda gathered in Kampala on Wednesday for the summit of the East African Community, which ended late.",
			[]string{"summit of the East African Community: Kenya+Rwanda+Uganda"}},
		{"a numbered session of a named body is its own gathering",
			"The leaders of Kenya, Uganda and Rwanda gathered in Kampala on Wednesday for the summit of the East African Community. Ministers from Chile, Peru and Bolivia attended the 12th session of the Joint Andean Commission in La Paz on Monday.",
			[]string{"summit of the East African Community: Kenya+Rwanda+Uganda", "12th session of the Joint Andean Commission: Bolivia+Chile+Peru"}},
		{"a capitalised of-phrase stays in the name",
			"Finance ministers of the Group of Seven met in Rome on Monday. Italy hosted the Group of Seven meeting.",
			[]string{"Group of Seven meeting: G7+Italy"}},
		{"a named summit opened with an auxiliary, members among the leaders present",
			"By noon the 44th ASEAN Summit had formally opened in Jakarta. Indonesia chaired the summit. Delegates said Vietnam's Pham Minh Chinh and Thailand's Srettha Thavisin were among the leaders present, together with Malaysia's Anwar Ibrahim.",
			[]string{"44th ASEAN Summit: Indonesia+Malaysia+Thailand+Vietnam"}},
		{"among leaders with no place or verb is nothing",
			"Kenya hosted a regional security summit in Nairobi on Monday. Uganda and Rwanda were among the leaders who criticised the plan.",
			[]string{"regional security summit: Kenya"}},
		{"an unknown body of states and attendance told many ways",
			"Foreign ministers of the Lake Basin Forum met in Bratislava on Thursday. The ministers of Poland and the Czech Republic were there. Austria took part virtually. Croatia sent its deputy minister, and Slovenia boycotted the meeting.",
			[]string{"Lake Basin Forum meeting: Austria+Croatia+Czech Republic+Poland"}},
		{"a named session with no subject, attendance told after it",
			"Ministers signed the water accord on Thursday at the 12th session of the Andean Council of Ministers, chaired by Peruvian President Dina Boluarte in Lima. Chile, Bolivia and Ecuador took part. Colombia was represented by its vice-president.",
			[]string{"12th session of the Andean Council of Ministers: Bolivia+Chile+Colombia+Ecuador+Peru"}},
		{"a session of a parliament is domestic",
			"Tempers flared on Thursday at the spring sitting of Kenya's senate in Nairobi.", nil},
		{"a company's meeting is no gathering",
			"Investors backed the buyout on Thursday at an extraordinary meeting of Rheinwerk Holdings AG in Frankfurt.", nil},
		{"a bank's symposium is no gathering",
			"The governor spoke on Thursday at a seminar in Frankfurt organised by Nordbank AG.", nil},
		{"ministers gathered for a named meeting, and took part along with",
			"TUNIS - Ministers from across the region gathered in the Tunisian capital on Friday for the start of the fifth Sahel Water Council Ministers Meeting. Niger and Chad took part in the first day, along with UN Secretary-General Antonio Guterres.",
			[]string{"fifth Sahel Water Council Ministers Meeting: Chad+Niger+United Nations"}},
		{"gathering for something that is no meeting is nothing",
			"Crowds gathered in Tunis on Friday for the start of a football final.", nil},
		{"a later planned presence is nothing",
			"Kenya hosted a regional security summit in Nairobi on Monday. Uganda and Rwanda will be at the table next year.",
			[]string{"regional security summit: Kenya"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if d := cmp.Diff(tc.want, gatheringsOf(tc.text, pub)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestSeatsAndRepresentation covers more ways a text puts leaders at the
// gathering in focus: a label opened by an adverb ("Further around the
// table sat", en.LabelLeads), a seat taken ("took the seat to the host's
// left"), and the active "represented" ("A and B represented the bloc's
// founding members"); the passive "was represented by" keeps its own
// reading.
func TestSeatsAndRepresentation(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"a label after an adverb",
			"The ninth Andean Water Summit opened in Quito on Thursday. Further around the table sat Peru's Dina Boluarte and Colombia's Gustavo Petro.",
			[]string{"ninth Andean Water Summit: Colombia+Peru"}},
		{"a seat taken",
			"The ninth Andean Water Summit opened in Quito on Thursday. Bolivian President Luis Arce took the seat to the host's left.",
			[]string{"ninth Andean Water Summit: Bolivia"}},
		{"represented, active and passive",
			"The ninth Andean Water Summit opened in Quito on Thursday. Peru's Dina Boluarte and Colombia's Gustavo Petro represented the bloc's founding members. Chile was represented by a deputy trade minister.",
			[]string{"ninth Andean Water Summit: Chile+Colombia+Peru"}},
	})
}

// TestBlocPossessorNames covers a gathering named through its bloc's
// possessive ("the group's 16th summit", "their 16th summit" after "the
// BRICS countries"): the name takes the bloc as the text writes it; a
// proper name, or "their" of a coordinated subject, stays as written. Leaders
// who gathered "at the Expo centre in Kazan for" it are read past the
// venue.
func TestBlocPossessorNames(t *testing.T) {
	pub := day(2024, time.October, 23) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"the group's",
			"Leaders of the SCO countries met on Tuesday for the closed sitting of the group's 24th summit.",
			[]string{"24th SCO summit: Shanghai Cooperation Organisation"}},
		{"their, past a venue",
			"Heads of state of the SCO countries gathered at the Palace of Nations centre in Astana on Tuesday for a closed sitting of their 24th summit.",
			[]string{"24th SCO summit: Shanghai Cooperation Organisation"}},
		{"their of a coordinated subject",
			"The European Union together with five Gulf states held their second summit in Bishkek on Tuesday.",
			[]string{"second summit: European Union"}},
	})
}

// TestGracedAndStoodIn covers attendance told through the gathering as
// "it" ("It was attended by", "It was graced by Presidents A of X and B of
// Y") and through one who stood in for a leader ("X's foreign minister
// stood in for President Y").
func TestGracedAndStoodIn(t *testing.T) {
	pub := day(2024, time.December, 16) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"it was graced by",
			"The 12th Ordinary Summit of the Sahel Water Authority opened in Niamey on Sunday. It was graced by Presidents Mahamat Deby of Chad and Faure Gnassingbe of Togo.",
			[]string{"12th Ordinary Summit of the Sahel Water Authority: Chad+Togo"}},
		{"it was also attended by",
			"The 12th Ordinary Summit of the Sahel Water Authority opened in Niamey on Sunday. It was also attended by Ghana's vice president.",
			[]string{"12th Ordinary Summit of the Sahel Water Authority: Ghana"}},
		{"stood in for",
			"The 12th Ordinary Summit of the Sahel Water Authority opened in Niamey on Sunday. Benin's foreign minister, Ama Dossou, stood in for the head of state.",
			[]string{"12th Ordinary Summit of the Sahel Water Authority: Benin"}},
	})
}

// TestHostOfEventAndVideoLink covers the host told as the one "hosting the
// event" (en.EventWords: the gathering in focus) and a leader who
// addressed the others "over a video link" (attending remotely).
func TestHostOfEventAndVideoLink(t *testing.T) {
	pub := day(2024, time.October, 23) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"hosting the event",
			"The 16th Andean Water Summit opened in Lima on Tuesday. Peruvian President Dina Boluarte, who is hosting the event, greeted the delegations at the door.",
			[]string{"16th Andean Water Summit: Peru"}},
		{"over a video link",
			"The 16th Andean Water Summit opened in Lima on Tuesday. Colombian President Gustavo Petro stayed home and spoke to the other leaders over a video link from Bogota.",
			[]string{"16th Andean Water Summit: Colombia"}},
	})
}

// TestMinistersMeetingAndSourcedLabel covers a gathering named by its
// bloc and the ministers who meet ("The Quad foreign ministers' meeting
// opened") and a presence label with its source before the colon
// ("Around the table, according to an official: A; B; C").
func TestMinistersMeetingAndSourcedLabel(t *testing.T) {
	pub := day(2025, time.July, 2) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"a bloc's ministers' meeting, a sourced label",
			"The Mekong defence ministers' meeting opened on Monday in Hanoi. Around the table, according to one aide: Cambodia's Tea Seiha; Laos's Chansamone Chanyalath; and Thailand's Phumtham Wechayachai.",
			[]string{"Mekong defence ministers' meeting: Cambodia+Laos+Thailand"}},
	})
}

// TestUnnamedSummitOpened covers a summit the story never names, told as
// the subject of its course ("The two-day summit opened in Lisbon"): it is
// the gathering those present in the next sentences attend.
func TestUnnamedSummitOpened(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"opened, then a host with leaders from a list",
			"The two-day summit opened in Lisbon on Monday. Luis Montenegro, the Portuguese prime minister, played host to leaders from Spain, France and Italy.",
			[]string{"gathering occurred France+Italy+Portugal+Spain @2025-03-03"}},
		{"began, then by video and in person",
			"A regional security conference began in Oslo on Tuesday. Kenya's president, William Ruto, took part over a video link; Ghana's foreign minister attended in person.",
			[]string{"gathering occurred Ghana+Kenya @2025-03-04"}},
		{"took place, then seated around the table",
			"The emergency summit took place in Amman on Thursday. Seated around the table were Egypt's Abdel Fattah el-Sisi and King Abdullah II of Jordan.",
			[]string{"gathering occurred Egypt+Jordan @2025-03-06"}},
		{"in a relative clause, then those taking part",
			"The three-day forum, which opened on Wednesday, was held in a lakeside hotel. Taking part were ministers from Chad, Niger and Mali.",
			[]string{"gathering occurred Chad+Mali+Niger @2025-03-05"}},
		{"a host opened it, then those in the room",
			"Latvian President Edgars Rinkevics opened the two-day summit in Riga on Friday. Petteri Orpo and Gitanas Nauseda were in the room for the first session.",
			[]string{"gathering occurred Finland+Latvia+Lithuania @2025-03-07"}},
		{"the host welcomed a group from a list",
			"The climate summit began in Nairobi on Tuesday. William Ruto welcomed heads of state from Ghana, Senegal and Ethiopia.",
			[]string{"gathering occurred Ethiopia+Ghana+Kenya+Senegal @2025-03-04"}},
		{"received ministers from a list",
			"The climate summit began in Nairobi on Tuesday. On the first morning William Ruto received ministers from Chad and Niger at the venue.",
			[]string{"gathering occurred Chad+Niger @2025-03-04"}},
		{"around them sat",
			"The emergency summit took place in Amman on Thursday. Around them sat Recep Tayyip Erdogan of Turkey and Egypt's Abdel Fattah el-Sisi.",
			[]string{"gathering occurred Egypt+Turkey @2025-03-06"}},
		{"beside her stood",
			"The emergency summit took place in Amman on Thursday. Beside her stood Recep Tayyip Erdogan of Turkey.",
			[]string{"gathering occurred Turkey @2025-03-06"}},
		{"a meeting held there the next day",
			"The Mekong Forum opened in Hanoi on Friday. Minoru Kihara, the Japanese defence minister, met Shin Won-sik of South Korea there on Saturday.",
			[]string{"gathering occurred Japan+South Korea @2025-03-07", "meeting occurred Minoru Kihara+Shin Won-sik @2025-03-08"}},
		{"the summit a country is hosting, then those in the hall",
			"The two-day summit Kenya is hosting in Mombasa enters its last day on Saturday. Among the heads of state in the hall on Friday were Uganda's Yoweri Museveni and Rwanda's Paul Kagame.",
			[]string{"gathering occurred Kenya+Rwanda+Uganda @2025-03-08"}},
		{"a summit a country only plans to host",
			"Kenya says the summit it will host in Mombasa next year will focus on trade.",
			nil},
		{"a list that ends where its purpose begins",
			"The climate summit began in Nairobi on Tuesday. Over lunch the leaders were joined by ministers from Chad and Niger, for talks on a truce in Gaza.",
			[]string{"gathering occurred Chad+Niger @2025-03-04"}},
		{"a roundtable two leaders co-chaired",
			"Japan's Shigeru Ishiba and India's Narendra Modi co-chaired a roundtable of investors in Osaka on Tuesday.",
			[]string{"gathering occurred India+Japan @2025-03-04"}},
		{"a host and counterparts from three states",
			"Canadian Foreign Minister Anita Anand hosted her counterparts from Chile, Peru and Mexico in Quebec City on Thursday.",
			[]string{"gathering occurred Canada+Chile+Mexico+Peru @2025-03-06"}},
		{"a counterpart from one state is no gathering",
			"Canadian Foreign Minister Anita Anand hosted her counterpart from Chile in Quebec City on Thursday.",
			nil},
		{"a meeting is not enough: it may be of two",
			"The meeting opened in Lisbon on Monday. Spain and France attended.",
			nil},
		{"a summit yet to open is no gathering that happened",
			"The two-day summit opens in Lisbon on Monday. Leaders from Spain, France and Italy are expected.",
			nil},
		{"a named one told in the present with a later weekday",
			"The Tagus Summit begins in Lisbon on Tuesday.",
			nil},
	})
}

// TestLivePageStampsKeepFocus covers a live page whose time stamps stand
// between a gathering and the list of those present: the stamps are no
// prose, and the gathering stays in focus over them.
func TestLivePageStampsKeepFocus(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	const page = "08.10 CET\nLeaders of some 30 states met in Skopje on Friday for the regional security summit hosted by North Macedonia.\n\n08.40 CET\nThe first arrivals came early.\n\n09.05 CET\nSecurity is tight.\n\n09.30 CET\nTraffic is closed in the centre.\n\n09.55 CET\nThe plenary will start late.\n\n10.20 CET\nCoffee is being served.\n\n10.45 CET\nAlso in the room: Bulgaria's Rosen Zhelyazkov and Serbia's Aleksandar Vucic.\n"
	checkBriefs(t, pub, []briefCase{
		{"a list after six stamped entries", page,
			[]string{"gathering occurred Bulgaria+North Macedonia+Serbia @2025-05-16"}},
		{"a list above the entry that tells the summit opened",
			"11.40 CET\nAlso in the room: Chile's Gabriel Boric and Peru's Dina Boluarte.\n\n09.15 CET\nIn Belem, Brazil's Lula opened the summit, which lasts two days.\n",
			[]string{"gathering occurred Brazil+Chile+Peru @2025-05-16"}},
		{"a delegation before any gathering stays its own",
			"The Peruvian delegation had its foreign minister at its head.\n\nLater Brazil's Lula opened the two-day summit in Belem.\n",
			[]string{"gathering occurred Brazil @2025-05-16"}},
	})
}

// TestHeadAtGatheringIncluded covers attendance told by a presence head
// and the gathering it was at as the subject of "included" or "were"
// ("Guests at the forum included", "Among the leaders at Monday's summit
// were"), and a bare presence head after a gathering told before.
func TestHeadAtGatheringIncluded(t *testing.T) {
	pub := day(2025, time.June, 11) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"participants at a named summit included",
			"Participants at the Tagus Water Summit in Lisbon on Monday included Finnish President Alexander Stubb and Kenyan President William Ruto.",
			[]string{"gathering occurred Finland+Kenya @2025-06-09"}},
		{"leaders at the summit on a weekday included",
			"Leaders at the Tagus Water Summit on Tuesday included Ghana's John Mahama, Chile's Gabriel Boric and Peru's Dina Boluarte.",
			[]string{"gathering occurred Chile+Ghana+Peru @2025-06-10"}},
		{"among the leaders at a possessive-dated summit were",
			"Among the leaders at Monday's Tagus Water Summit were Finnish President Alexander Stubb and Kenyan President William Ruto.",
			[]string{"gathering occurred Finland+Kenya @2025-06-09"}},
		{"guests included, after the summit opened",
			"The Tagus Water Summit opened in Lisbon on Monday. Guests included Finnish President Alexander Stubb and Kenyan President William Ruto.",
			[]string{"gathering occurred Finland+Kenya @2025-06-09"}},
		{"delegates at a conference included",
			"Delegates at the Danube Energy Conference in Vienna on Tuesday included the foreign ministers of Hungary and Slovakia.",
			[]string{"gathering occurred Hungary+Slovakia @2025-06-10"}},
		{"guests included with no gathering told is nothing",
			"Guests included Finnish President Alexander Stubb and Kenyan President William Ruto.",
			nil},
		{"participants at a summit still to come",
			"Participants at the Tagus Water Summit next month will include Finnish President Alexander Stubb and Kenyan President William Ruto.",
			nil},
	})
}

// TestCountedStatesThenAttendees covers a gathering told only by the
// count of states it drew ("drew ministers from 40 countries"), its
// attendees listed after, and a fronted phrase of those already counted
// ("Besides the Kenyan delegation, attendees included").
func TestCountedStatesThenAttendees(t *testing.T) {
	pub := day(2024, time.June, 4) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a count of states, then attendees",
			"The annual forum drew ministers from 40 countries on Friday. Attendees included Ghana's Dominic Nitiwul and Peru's Walter Astudillo.",
			[]string{"gathering occurred Ghana+Peru @2024-05-31"}},
		{"those counted before the list attend too",
			"The annual forum drew defence chiefs from more than 30 nations on Friday. Besides the Kenyan delegation, attendees included Ghana's Dominic Nitiwul.",
			[]string{"gathering occurred Ghana+Kenya @2024-05-31"}},
		{"a count of states with nothing listed after is no gathering",
			"The annual forum drew ministers from 40 countries on Friday.",
			nil},
		{"a forum still to come",
			"The annual forum will draw ministers from 40 countries next week. Attendees will include Ghana's Dominic Nitiwul.",
			nil},
	})
}

// TestObserversAndLargestDelegations covers attendance told by what a
// party sent ("sent observers"), two bodies each with "the" joined by
// "and", and an elliptical "Among the largest were those of A and B".
func TestObserversAndLargestDelegations(t *testing.T) {
	pub := day(2024, time.March, 28) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"sent observers, two bodies with the",
			"The Lake Forum opened in Geneva on Saturday. The OSCE and the Council of Europe had sent observers.",
			[]string{"gathering occurred Council of Europe+OSCE @2024-03-23"}},
		{"among the largest were those of",
			"The Lake Forum opened in Geneva on Saturday with delegations from 40 countries. Among the largest were those of Chile, Peru and Ghana.",
			[]string{"gathering occurred Chile+Ghana+Peru @2024-03-23"}},
		{"among the bigger ones",
			"The Lake Forum opened in Geneva on Saturday, with delegations from 40 countries. Among the bigger ones were those of Chile and Peru.",
			[]string{"gathering occurred Chile+Peru @2024-03-23"}},
		{"sent a message is no attendance",
			"The Lake Forum opened in Geneva on Saturday. Chile sent greetings.",
			[]string{"gathering occurred  @2024-03-23"}},
	})
}

// TestOpensThisMorning covers a live report of a gathering opening on the
// day ("X opens the 9th Andean summit this morning"): it takes place on
// the publication day and its opener attends; one that opens tomorrow or
// on a later weekday has not yet.
func TestOpensThisMorning(t *testing.T) {
	pub := day(2025, time.July, 6) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"opens this morning",
			"Chile's president, Gabriel Boric, opens the 9th Andean summit at the Palace of Culture this morning.",
			[]string{"gathering occurred Chile @2025-07-06"}},
		{"opens tomorrow",
			"Chile's president, Gabriel Boric, opens the 9th Andean summit in Santiago tomorrow morning.",
			nil},
		{"closes this afternoon",
			"Gabriel Boric closes the 9th Andean Summit in Santiago this afternoon.",
			[]string{"gathering occurred  @2025-07-06"}},
	})
}

// TestPresenceListForms covers a presence list whose items hold commas of
// their own and part with semicolons ("Also present were the Kenyan
// minister, A; the Zambian minister, B; and ..."), and one headed by a
// rough count ("Among some 20 participants were ..."); a clause after a
// semicolon stays out of the list.
func TestPresenceListForms(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const summit = "Foreign ministers of the region met in Lilongwe on Monday for the Lake Basin Summit. "
	checkBriefs(t, pub, []briefCase{
		{"items with commas, parted by semicolons",
			summit + "Also present were the Kenyan Foreign Minister, Joseph Mwita; the Zambian Foreign Minister, Mulambo Haimbe; and the Tanzanian Foreign Minister, Mahmoud Kombo.",
			[]string{"gathering occurred Kenya+Tanzania+Zambia @2025-03-10"}},
		{"a clause after the semicolon",
			summit + "Also present was the Kenyan Foreign Minister, Joseph Mwita; Zambia sent nobody.",
			[]string{"gathering occurred Kenya @2025-03-10"}},
		{"among a rough count",
			"President Lazarus Chakwera chaired a video conference of regional leaders on Tuesday. Among some 20 participants were Kenyan President William Ruto and Zambian President Hakainde Hichilema.",
			[]string{"gathering occurred Kenya+Malawi+Zambia @2025-03-11"}},
	})
}

// TestCoChairedByTwo covers a meeting or talks "co-chaired by" two people
// of two states, with no one else at it: the two sides' own meeting, as
// "A and B co-chaired the meeting" is; a summit two co-chair stays a
// gathering.
func TestCoChairedByTwo(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	met := []string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"a commission's meeting", "The third meeting of the Joint Permanent Commission was co-chaired by Kenyan Foreign Minister Joseph Mwita and Zambian Foreign Minister Mulambo Haimbe in Lusaka on Monday.", met},
		{"talks", "The talks in Lusaka on Monday were co-chaired by Kenyan Foreign Minister Joseph Mwita and Zambian Foreign Minister Mulambo Haimbe.", met},
		{"a summit", "The Lake Basin Summit in Lilongwe on Monday was co-chaired by Ruto of Kenya and Hichilema of Zambia, the two presidents.",
			[]string{"gathering occurred Kenya+Zambia @2025-03-10"}},
	})
}

// TestGappedRepresentationOfThree: after "A was represented by X", every
// gapped clause ", B by Y and C by Z" names a state that attended, the one
// set off by a comma as well as the one after "and".
func TestGappedRepresentationOfThree(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"three states, a comma and an and",
			"Zambia hosted the Lake Basin talks in Lusaka on Thursday. Kenya was represented by Foreign Minister Joseph Mwita, Uganda by envoy Grace Phiri and Tanzania by envoy Amani Mrisho.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda+Zambia @2025-03-13"}},
		{"four states, two commas",
			"Zambia hosted the Lake Basin talks in Lusaka on Thursday. Kenya was represented by Foreign Minister Joseph Mwita, Uganda by envoy Grace Phiri, Rwanda by its ambassador and Tanzania by envoy Amani Mrisho.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania+Uganda+Zambia @2025-03-13"}},
	})
}
