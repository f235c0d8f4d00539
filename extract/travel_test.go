package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestTopicIsNoDestination: what a traveller flew in to talk "about", or
// the subject of sessions spent "on" it, is no place gone to; the place of the
// stay still is.
func TestTopicIsNoDestination(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"come to talk about", "Kenyan President William Ruto told reporters he had flown in to talk about Malawi, Tanzania and the lake.", nil},
		{"travelled to speak about", "Kenyan President William Ruto told reporters he had travelled to speak about Malawi, Tanzania and the lake.", nil},
		{"sessions on", "Kenyan Foreign Minister Joseph Mwita spent the morning in long sessions on Tanzania and Mozambique.", nil},
		{"a day in a city", "Kenyan Foreign Minister Joseph Mwita spent Thursday in Maputo.",
			[]string{"visit occurred Joseph Mwita>Mozambique @2025-03-13"}},
	})
}

// TestSentOnATrip: a person "sent" or "dispatched" to a place went there,
// and "where he met Y" after it is the one sent, not the sender; a letter
// or condolences sent to a person or a country are no trip.
func TestSentOnATrip(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"dispatched as an envoy, where he met", "In December, Zambian President Hakainde Hichilema dispatched former minister Joseph Mwita to Lilongwe with a message, where he met Malawian President Peter Banda.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-12", "visit occurred Joseph Mwita>Malawi @2024-12"}},
		{"sent on a day", "Zambian President Hakainde Hichilema sent Foreign Minister Mulambo Haimbe to Nairobi on Tuesday.",
			[]string{"visit occurred Mulambo Haimbe>Kenya @2025-03-11"}},
		{"to be sent", "Zambian President Hakainde Hichilema will send Foreign Minister Mulambo Haimbe to Nairobi next week.",
			[]string{"visit planned Mulambo Haimbe>Kenya @2025-03"}},
		{"a letter", "On Tuesday Zambian President Hakainde Hichilema sent a letter to Kenya's William Ruto.", nil},
		{"condolences", "Zambian President Hakainde Hichilema sent his condolences to Kenya on Tuesday.", nil},
	})
}

// TestWentAlongWith: "X travelled with A and B." closing its clause,
// "Travelling with him were A and B", "Accompanying him are ...", "A and B
// are travelling with him", "A and B were part of the delegation" and a
// delegation that "includes" items with commas of their own, after X's
// trip, give A and B the trip too; "travelled with A in 2019", with a
// time of its own, "was not part of that delegation", "at the airport to
// meet the delegation" and "part of a delegation to Y last year" do not.
func TestWentAlongWith(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const trip = "Kenya's William Ruto spent three hours in Lilongwe on Friday. "
	visits := []string{"visit occurred Grace Phiri>Malawi @2025-03-14", "visit occurred Joseph Mwita>Malawi @2025-03-14", "visit occurred William Ruto>Malawi @2025-03-14"}
	checkBriefs(t, pub, []briefCase{
		{"travelled with", trip + "Ruto travelled with Foreign Minister Joseph Mwita and Trade Minister Grace Phiri.", visits},
		{"travelling with him were", trip + "Travelling with him were Foreign Minister Joseph Mwita and Trade Minister Grace Phiri.", visits},
		{"travelled with, another time", trip + "Ruto also travelled with Foreign Minister Joseph Mwita in 2019.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-14"}},
		{"accompanying him are", trip + "Accompanying him are Foreign Minister Joseph Mwita and Trade Minister Grace Phiri.", visits},
		{"are travelling with him", trip + "Foreign Minister Joseph Mwita and Trade Minister Grace Phiri are travelling with him.", visits},
		{"part of the delegation", trip + "Foreign Minister Joseph Mwita and Trade Minister Grace Phiri were part of the delegation.", visits},
		{"among the ministers in his entourage", trip + "Foreign Minister Joseph Mwita and Trade Minister Grace Phiri were among the ministers in his entourage.", visits},
		{"delegation includes, items with commas", trip + "The delegation with him includes Joseph Mwita, the Foreign Minister; and Grace Phiri, the Trade Minister.", visits},
		{"not part of the delegation", trip + "Joseph Mwita, the opposition leader, was not part of that delegation.", []string{"visit occurred William Ruto>Malawi @2025-03-14"}},
		{"at the airport to meet the delegation", trip + "Malawi's Foreign Minister Nancy Tembo went out to the airport to meet the delegation.", []string{"visit occurred William Ruto>Malawi @2025-03-14"}},
		{"a delegation's other trip", trip + "Foreign Minister Joseph Mwita was part of a delegation to Zambia last year.", []string{"visit occurred William Ruto>Malawi @2025-03-14"}},
	})
}

// TestDemonymLeadersArrived: "the Malawian and Kenyan leaders arrived"
// are the leaders of those states the text names, as "the leaders of
// Malawi and Kenya" are; "the Malawian and Kenyan foreign ministers" their
// foreign ministers; a state whose office-holder the text does not name
// leaves the subject unresolved.
func TestDemonymLeadersArrived(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const table = "The Lake Basin summit opened in Lusaka on Thursday with Malawian President Peter Banda and Kenyan President William Ruto at the table. "
	checkBriefs(t, pub, []briefCase{
		{"leaders", table + "The Malawian and Kenyan leaders arrived on Tuesday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-13", "visit occurred Peter Banda>Zambia @2025-03-11", "visit occurred William Ruto>Zambia @2025-03-11"}},
		{"foreign ministers, had arrived",
			"Malawian Foreign Minister Grace Phiri and Kenyan Foreign Minister Joseph Mwita met in Lusaka on Thursday. The Malawian and Kenyan foreign ministers had arrived on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-13", "visit occurred Grace Phiri>Zambia @2025-03-11", "visit occurred Joseph Mwita>Zambia @2025-03-11"}},
		{"a state without its leader named", table + "The Malawian and Tanzanian leaders arrived on Tuesday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-13"}},
	})
}

// TestTravelForms covers the ways a trip is told: arrivals with and without
// a preposition, an arrival told in a fronted "where" clause, legs, tours,
// and the idiom "reached an agreement".
func TestTravelForms(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	const who = "Kenyan President Daniel Ochieng "
	checkBriefs(t, pub, []briefCase{
		{"reached a city", who + "reached Accra on Friday evening.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-14"}},
		{"reached an agreement is no trip", who + "reached an agreement with Ghana on Friday.", nil},
		{"fronted where clause", "In Lusaka, where he touched down on Tuesday, " + who + "toured a clinic.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"flew in to", who + "flew in to Jakarta on Wednesday.",
			[]string{"visit occurred Daniel Ochieng>Indonesia @2024-06-12"}},
		{"flew back home is no visit", who + "flew back to Nairobi on Wednesday.", nil},
		{"left a foreign city", "Japanese Prime Minister Shigeru Ishiba left Geneva on Monday after the talks.",
			[]string{"visit occurred Shigeru Ishiba>Switzerland @2024-06-10"}},
		{"left home for abroad", "Indian Prime Minister Narendra Modi left New Delhi on Monday for Washington.",
			[]string{"visit occurred Narendra Modi>United States @2024-06-10"}},
		{"left a country open is an idiom", "Economists warned the drought left Kenya exposed to higher food prices.", nil},
		{"trip with a fronted time", "Senegalese President Bassirou Faye went on a short trip last month, to the Gambia.",
			[]string{"visit occurred Bassirou Faye>Gambia @2024-05"}},
		{"arrived under a dateline", "PORT VILA, June 14 - Princess Anne arrived on Tuesday and opened a hospital.",
			[]string{"visit occurred Anne>Vanuatu @2024-06-11"}},
		{"has been in a country since a day", who + "has been in Zambia since Wednesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-12"}},
		{"had been in the country since, under a dateline", "LUSAKA (Reuters) - " + who + "had by then been in the country since Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"There after a place left: the meeting and the stay were there", who + "landed in Lusaka on Friday night, coming from Harare. There, on Thursday, he had met Zimbabwe's Emmerson Mnangagwa.",
			[]string{"meeting occurred Daniel Ochieng+Emmerson Mnangagwa @2024-06-13", "visit occurred Daniel Ochieng>Zambia @2024-06-14", "visit occurred Daniel Ochieng>Zimbabwe @2024-06-13"}},
		{"There after a country left", who + "reached Lusaka on Friday, fresh from Malawi. There, on Thursday, he had met Lazarus Chakwera, Malawi's president.",
			[]string{"meeting occurred Daniel Ochieng+Lazarus Chakwera @2024-06-13", "visit occurred Daniel Ochieng>Malawi @2024-06-13", "visit occurred Daniel Ochieng>Zambia @2024-06-14"}},
		{"There after a place and a country's possessive", who + "went on to Lusaka, arriving on Thursday for the Lake Basin summit, Malawi's first as a member. There he sat with Zambian President Hakainde Hichilema.",
			[]string{"gathering occurred Kenya+Zambia @2024-06-13", "meeting occurred Daniel Ochieng+Hakainde Hichilema @2024-06-13", "visit occurred Daniel Ochieng>Zambia @2024-06-13"}},
		{"There is no place", who + "reached Lusaka on Friday. There were talks with Zambia's Hakainde Hichilema that evening.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2024-06-14", "visit occurred Daniel Ochieng>Zambia @2024-06-14"}},
		{"a city as the modifier of a site in another city", who + "toured the Bata shoe museum in Lusaka on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"a university named after a person is no place", who + "visited Tomas Bata University on Tuesday.",
			nil},
		{"arrived by train under a dateline", "LUSAKA (Reuters) - " + who + "arrived by train on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"greeted on arrival by a host is no arrival told", who + "was greeted on arrival by Zambian President Hakainde Hichilema.",
			nil},
		{"touched down under a dateline", "ACCRA (Reuters) - " + who + "touched down on Thursday to find his host waiting at the foot of the steps.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"landed under a dateline, then a second verb", "LUSAKA, June 14 - " + who + "landed late on Wednesday and drove to the state house.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-12"}},
		{"landed a contract under a dateline is no trip", "LUSAKA, June 14 - Kenyan firm Safaricom landed a contract on Wednesday.", nil},
		{"days in a place before", "UN Secretary-General Antonio Guterres reached Lusaka on Sunday following three nights in Malawi.",
			[]string{"visit occurred Antonio Guterres>Malawi @", "visit occurred Antonio Guterres>Zambia @2024-06-09"}},
		{"two days in a row is no stay", who + "spoke after two days in a row of talks.", nil},
		{"joined by, after a comma, travels with", who + "flew to Lusaka on Tuesday, joined by Foreign Minister Musalia Mudavadi.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11", "visit occurred Musalia Mudavadi>Zambia @2024-06-11"}},
		{"was joined by, after an arrival in a who clause, is a meeting up", "Kenyan President Daniel Ochieng, who reached Lusaka on Tuesday, was joined by Ghana's John Mahama.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"a swing that saw him in two cities", "Admiral Grace Otieno met army chief Kwame Mensah on Monday. " + who + "flew in from Lusaka on Friday, ending a swing that saw him in Accra and in Abuja.",
			[]string{"meeting occurred Grace Otieno+Kwame Mensah @2024-06-10", "visit occurred Daniel Ochieng>Ghana @", "visit occurred Daniel Ochieng>Nigeria @", "visit occurred Daniel Ochieng>Zambia @2024-06"}},
		{"a trip which has seen her in a city", "Kenyan Foreign Minister Grace Otieno ended her trip on Friday. The trip, which has seen her in Cairo, was her first.",
			[]string{"visit occurred Grace Otieno>Egypt @"}},
		{"saw a person in a city during a visit is a meeting", "During the visit, " + who + "saw Nigeria's Bola Tinubu in Accra on Friday.",
			[]string{"meeting occurred Bola Tinubu+Daniel Ochieng @2024-06-14"}},
		{"touched down", who + "touched down in Lusaka on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"flew on to", who + "flew on to Lusaka on Wednesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-12"}},
		{"landed in a demonym's capital", who + "landed in the Zambian capital on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
		{"tour of three countries", who + "ended a three-nation tour of Ghana, Togo and Benin on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Benin @2024-06-11", "visit occurred Daniel Ochieng>Ghana @2024-06-11", "visit occurred Daniel Ochieng>Togo @2024-06-11"}},
		{"paid a state visit", who + "paid a state visit to Zambia on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-11"}},
	})
}

// TestAirportArrivals covers welcomes on arrival: no meeting, but a visit
// to the country of whoever welcomed the guest, of the city named at the
// airport, or of the dateline; and an honorific before a name that opens
// with a particle ("H.E. al-Hakim").
func TestAirportArrivals(t *testing.T) {
	pub := day(2025, time.April, 28) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"greeted at an airport by a host of a stated country",
			"Georgian Prime Minister Irakli Kobakhidze was greeted at Zvartnots airport on Saturday by Armenian Deputy Prime Minister Mher Grigoryan.",
			[]string{"visit occurred Irakli Kobakhidze>Armenia @2025-04-26"}},
		{"active welcome at a named city's airport",
			"Armenian Deputy Prime Minister Mher Grigoryan welcomed Georgian Prime Minister Irakli Kobakhidze at Yerevan's Zvartnots airport on Saturday.",
			[]string{"visit occurred Irakli Kobakhidze>Armenia @2025-04-26"}},
		{"a welcome under a dateline",
			"YEREVAN, April 26 - Georgian Prime Minister Irakli Kobakhidze was met by a guard of honour on the tarmac on Saturday.",
			[]string{"visit occurred Irakli Kobakhidze>Armenia @2025-04-26"}},
		{"a welcome to come is no arrival",
			"Armenian Deputy Prime Minister Mher Grigoryan will greet Georgian Prime Minister Irakli Kobakhidze at the airport on Saturday.",
			nil},
		{"an honorific before a particle name",
			"H.E. al-Hakim was welcomed at Zvartnots airport by Armenian Deputy Prime Minister Mher Grigoryan.",
			[]string{"visit occurred al-Hakim>Armenia @2025-04"}},
	})
}

// TestAirBasesAndWhereBack: a named air base or air force station is an
// airport for a welcome ("He was met at Kamuzu Air Force Base by Y";
// "Station" is no word of a person's name), a "where" looks back
// past time words to the airport it stands for ("landed at Z Airport
// shortly after nine that day, where he was met by Y"), but not past the place it
// follows ("driven from the airport to Sanjika Palace, where Y received
// him": talks there).
func TestAirBasesAndWhereBack(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a named air base",
			"Kenyan President William Ruto reached Lilongwe late on Thursday. He was met at Kamuzu Air Force Base by Deputy Minister Grace Phiri.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-13"}},
		{"a named air force station",
			"Kenyan President William Ruto reached Lilongwe late on Thursday. He was met at Kamuzu Air Force Station by Deputy Minister Grace Phiri.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-13"}},
		{"an air force station named after",
			"Kenyan President William Ruto reached Lilongwe late on Thursday. At Air Force Station Kamuzu he was met by Deputy Minister Grace Phiri.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-13"}},
		{"where, past time words",
			"Kenyan President William Ruto flew to Lilongwe on Thursday. He landed at Kamuzu International Airport shortly after nine that day, where he was met by Deputy Minister Grace Phiri.",
			[]string{"visit occurred William Ruto>Malawi @2025-03-13"}},
		{"where, after the place driven to",
			"Kenyan President William Ruto landed in Lilongwe on Thursday. From the airport he was driven to Sanjika Palace, where Malawian President Peter Banda received him.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-13", "visit occurred William Ruto>Malawi @2025-03-13"}},
	})
}

// TestGreetedByOwnEnvoy: a guest met at the airport by an envoy of the
// guest's own country came to the country of the city or dateline, not
// to the envoy's.
func TestGreetedByOwnEnvoy(t *testing.T) {
	pub := day(2025, time.February, 5) // a Wednesday
	want := []string{"visit occurred Peter Banda>Japan @2025-02-02"}
	checkBriefs(t, pub, []briefCase{
		{"a city's airport", "Malawian President Peter Banda was greeted at Tokyo's Haneda airport on Sunday by Malawi's ambassador, Grace Phiri.", want},
		{"the airport of a city named after it", "Malawian President Peter Banda was met at Haneda airport in Tokyo on Sunday by the Malawian ambassador to Japan, Grace Phiri.", want},
		{"under a dateline", "TOKYO - Malawian President Peter Banda was welcomed at the airport on Sunday by Malawi's envoy Grace Phiri.", want},
	})
}

// TestArrivalOrigins covers an arrival whose only place is where the
// traveller came from ("arrived on Sunday from Suva"): the place left is no
// destination; the arrival is at the gathering or dateline in focus, and a
// place left where something happened ("from Apia, where he met ...") was
// an earlier stop.
func TestArrivalOrigins(t *testing.T) {
	pub := day(2025, time.September, 9) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"an origin after the day, a gathering in focus",
			"The 54th Coral Sea Leaders Meeting opened in Port Moresby on Monday. Fijian Prime Minister Sitiveni Rabuka arrived on Sunday from Suva.",
			[]string{"gathering occurred Fiji @2025-09-08", "visit occurred Sitiveni Rabuka>Papua New Guinea @2025-09-07"}},
		{"an origin that was a stop",
			"The 54th Coral Sea Leaders Meeting opened in Port Moresby on Monday. Samoan Prime Minister Fiame Naomi Mata'afa attended. Indian Foreign Minister Subrahmanyam Jaishankar arrived on Sunday from Fiji, where he had met Fijian Prime Minister Sitiveni Rabuka in Suva on Friday.",
			[]string{
				"gathering occurred India+Samoa @2025-09-08",
				"meeting occurred Sitiveni Rabuka+Subrahmanyam Jaishankar @2025-09-05",
				"visit occurred Subrahmanyam Jaishankar>Fiji @2025-09-05",
				"visit occurred Subrahmanyam Jaishankar>Papua New Guinea @2025-09-07",
			}},
		{"an origin right after the verb, under a dateline",
			"SUVA, Sept 8 - Samoan Prime Minister Fiame Naomi Mata'afa arrived from Apia aboard an Australian air force plane on Monday.",
			[]string{"visit occurred Fiame Naomi Mata'afa>Fiji @2025-09-08"}},
	})
}

// TestStopsAndTripsAsDid covers an arrival told after a place it points
// back to ("His first stop was X, where he arrived on Saturday"), and the
// journeys of those who "made the trip, as did A and B".
func TestStopsAndTripsAsDid(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"where he arrived",
			"Kenyan President William Ruto toured the region last week. His first stop was Kampala, where he arrived on Saturday.",
			[]string{"visit occurred William Ruto>Uganda @2025-03-08"}},
		{"made the trip, as did",
			"The Baltic Ports summit opened in Tallinn on Monday. Lithuania's Gitanas Nauseda made the trip, as did Latvia's Edgars Rinkevics.",
			[]string{"gathering occurred Latvia+Lithuania @2025-03-10", "visit occurred Edgars Rinkevics>Estonia @2025-03-10", "visit occurred Gitanas Nauseda>Estonia @2025-03-10"}},
	})
}

// TestArriveBaseForm covers the base form "arrive": "the first to arrive"
// at a gathering in focus is an arrival there, "is due to arrive" a planned
// one, and a base form with no person as its subject ("before the convoys
// arrive") no visit.
func TestArriveBaseForm(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"among the first to arrive",
			"The third Sahel Water Summit opened in Niamey on Thursday. Chad's Idriss Deby and Togo's Faure Gnassingbe had been among the earliest to arrive.",
			[]string{"gathering occurred Chad+Togo @2024-06-13", "visit occurred Faure Gnassingbe>Niger @2024-06", "visit occurred Idriss Deby>Niger @2024-06"}},
		{"due to arrive",
			"Chadian President Idriss Deby is due to arrive in Niamey on Monday.",
			[]string{"visit planned Idriss Deby>Niger @2024-06-17"}},
		{"a convoy is no visitor",
			"Chadian President Idriss Deby spoke in Niamey on Thursday. Crews cleared the avenue before the convoys arrive.",
			nil},
	})
}

// TestWelcomedTo covers a host who "welcomed X to" a place in the host's
// country: X came there (a visit), and guests received for talks "in the
// Weimar format" (en.JointCues) met together; a fronted "Ahead of the
// talks," closes before the clause it leads, whose verb keeps its tense.
func TestWelcomedTo(t *testing.T) {
	pub := day(2024, time.March, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"welcomed two guests to the capital in a format",
			"On Friday German Chancellor Olaf Scholz welcomed Emmanuel Macron of France and Donald Tusk of Poland to his office in Berlin for talks in the Weimar format.",
			[]string{"meeting occurred Donald Tusk+Emmanuel Macron+Olaf Scholz @2024-03-15", "visit occurred Donald Tusk>Germany @2024-03-15", "visit occurred Emmanuel Macron>Germany @2024-03-15"}},
		{"a fronted phrase before the host's verb",
			"Ahead of the talks, the German leader Olaf Scholz received French President Emmanuel Macron for an hour alone.",
			[]string{"meeting occurred Emmanuel Macron+Olaf Scholz @2024-03"}},
	})
}

// TestSummitSidelineForms covers more of a summit told in passing: "made
// time for a brief get-together with X" (a meeting noun of en's table,
// held, not a purpose), a leader who "flew back to" his own capital (no trip on to a
// country named after), and a part of the gathering in focus that
// "brought in" further leaders (they attend it).
func TestSummitSidelineForms(t *testing.T) {
	pub := day(2025, time.June, 17) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"time found on a weekday for a short meeting noun",
			"Before his departure the Canadian premier Doug Ford found time on Monday for a short sit-down with Gavin Newsom, the governor of California.",
			[]string{"meeting occurred Doug Ford+Gavin Newsom @2025-06-16"}},
		{"flew back home",
			"The meeting closed without Mexican President Claudia Sheinbaum, who had flown back to Mexico City late on Monday, citing floods in Chiapas and a dispute with Guatemala.",
			nil},
	})
	checkGatherings(t, pub, []briefCase{
		{"sessions that brought in leaders",
			"The G20 summit opened in Durban on Monday. Tuesday's closing sessions brought in Chile's Gabriel Boric and Kenya's William Ruto.",
			[]string{"G20 summit: Chile+G20+Kenya"}},
		{"sessions that drew leaders",
			"The G20 summit opened in Durban on Monday. Tuesday's closing sessions drew Chile's Gabriel Boric and Kenya's William Ruto.",
			[]string{"G20 summit: Chile+G20+Kenya"}},
		{"sessions that brought in leaders, three sentences on",
			"The G20 summit opened in Durban on Monday. Rain kept the motorcades waiting. Protesters marched downtown. Ministers argued over the text. Tuesday's closing sessions brought in Chile's Gabriel Boric and Kenya's William Ruto.",
			[]string{"G20 summit: Chile+G20+Kenya"}},
	})
}

// TestTimelineEntries covers a dated timeline's entries ("October 2024 —
// X travels to Delhi", "March 3, 2025: X flies to London"): their present
// tense tells the past; outside such an entry a present "flies"/"travels"
// (en.PresentGo) tells a journey not yet made.
func TestTimelineEntries(t *testing.T) {
	pub := day(2025, time.November, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"an entry with a dash",
			"October 2024 — Canadian Foreign Minister Melanie Joly travels to Delhi.",
			[]string{"visit occurred Melanie Joly>India @2024-10"}},
		{"an entry with a colon",
			"March 3, 2025: Canadian Prime Minister Mark Carney flies to London.",
			[]string{"visit occurred Mark Carney>United Kingdom @2025-03-03"}},
		{"a present outside a timeline",
			"Canadian Prime Minister Mark Carney flies to London today for talks.",
			[]string{"visit planned Mark Carney>United Kingdom @2025-11-05"}},
	})
}

// TestFlewIntoAirport covers a flight into an airport the gazetteer does
// not place ("flew into Grantley Adams International Airport"): a visit to
// the country of the gathering in focus, and its country attends.
func TestFlewIntoAirport(t *testing.T) {
	pub := day(2025, time.July, 9) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"flew into an airport by its name",
			"The 52nd Caribbean Leaders' Conference opened in Bridgetown on Sunday. Jamaica's Andrew Holness flew into Grantley Adams International Airport on Saturday.",
			[]string{"gathering occurred Jamaica @2025-07-06", "visit occurred Andrew Holness>Barbados @2025-07-05"}},
	})
}

// TestTimelinePresentForms covers the present forms a dated timeline
// tells events in (rows of en's table: "phones", "touches down", "sit
// down", "calls on"), and a sentence that opens with "Whether", no name.
func TestTimelinePresentForms(t *testing.T) {
	pub := day(2025, time.October, 14) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"phones",
			"June 6, 2025 — Australian Prime Minister Anthony Albanese phones Indonesia's Prabowo Subianto.",
			[]string{"meeting occurred Anthony Albanese+Prabowo Subianto (phone) @2025-06-06"}},
		{"touches down",
			"Oct. 12, 2025 — Australian Foreign Minister Penny Wong touches down in Jakarta.",
			[]string{"visit occurred Penny Wong>Indonesia @2025-10-12"}},
		{"sit down, then calls on",
			"Oct. 13, 2025 — Australian Foreign Minister Penny Wong and her Indonesian counterpart Sugiono sit down in Jakarta. Later she calls on President Prabowo Subianto.",
			[]string{"meeting occurred Penny Wong+Prabowo Subianto @2025-10-13", "meeting occurred Penny Wong+Sugiono @2025-10-13"}},
		{"whether opens no name",
			"Whether Anthony Albanese and Prabowo Subianto meet at the summit next month is undecided.",
			[]string{"meeting planned Anthony Albanese+Prabowo Subianto @2025-11"}},
	})
}

// TestCompanionsAndComing covers a traveller told "in X with Y for the
// summit" (Y came too, and both were there for it) and "came to X" with a
// person just before it (no one's visit when the subject is a group or a
// market).
func TestCompanionsAndComing(t *testing.T) {
	pub := day(2025, time.May, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"in a city with a companion for a summit",
			"New Zealand Foreign Minister Winston Peters was in Suva on Monday with Prime Minister Christopher Luxon for the Pacific Energy Summit.",
			[]string{"gathering occurred New Zealand @2025-05-12", "visit occurred Christopher Luxon>Fiji @2025-05-12", "visit occurred Winston Peters>Fiji @2025-05-12"}},
		{"came to a capital",
			"Indian External Affairs Minister Subrahmanyam Jaishankar came to Wellington on Monday and sat down with Winston Peters.",
			[]string{"meeting occurred Subrahmanyam Jaishankar+Winston Peters @2025-05-12", "visit occurred Subrahmanyam Jaishankar>New Zealand @2025-05-12"}},
		{"tourists came",
			"Tourists came to Fiji in record numbers last year, officials in Suva said.",
			nil},
	})
}

// TestCompanionsVisit covers one who "accompanied" a traveller ("X, who
// accompanied him, met Y"; "X, accompanying the president, ..."): X made
// the traveller's visits too, unless X is at home there.
func TestCompanionsVisit(t *testing.T) {
	checkBriefs(t, day(2025, time.September, 17), []briefCase{
		{"who accompanied him",
			"Portugal's President Marcelo Rebelo de Sousa arrived in Luanda on Tuesday. Foreign Minister Paulo Rangel, who accompanied him, met his Angolan counterpart Tete Antonio on Wednesday.",
			[]string{"meeting occurred Paulo Rangel+Tete Antonio @2025-09-17", "visit occurred Marcelo Rebelo de Sousa>Angola @2025-09-16", "visit occurred Paulo Rangel>Angola @2025-09-16"}},
		{"accompanying, at home",
			"Angola's President Joao Lourenco arrived in Lisbon on Tuesday. Portugal's ambassador Ana Sousa, accompanying Lourenco, briefed reporters.",
			[]string{"visit occurred Joao Lourenco>Portugal @2025-09-16"}},
	})
}

// TestOutOfForAndAccompaniedBy covers "flew out of X on Tuesday for Y"
// (a visit to Y's country) and ", accompanied by Z" after a trip: Z
// travelled too, and is of the traveller's country, not the host's.
func TestOutOfForAndAccompaniedBy(t *testing.T) {
	text := "Zambian President Hakainde Hichilema flew out of Ndola on Tuesday morning for Luanda, accompanied by Transport Minister Chanda Mulenga."
	checkBriefs(t, day(2024, time.December, 5), []briefCase{
		{"out of, for, accompanied by", text,
			[]string{"visit occurred Chanda Mulenga>Angola @2024-12-03", "visit occurred Hakainde Hichilema>Angola @2024-12-03"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2024, time.December, 5)})
	for _, a := range f.Actors {
		if a.Name == "Chanda Mulenga" && a.Country != schema.CountryIRI("ZMB") {
			t.Errorf("Chanda Mulenga's country = %s, want Zambia's", a.Country)
		}
	}
}

// TestDocumentsNamedAfterCities covers a text or process named after a city
// ("builds on the Kampala Declaration"): no place of the sentence, so no
// visit there; and "X was accompanied by Z": Z made X's trip.
func TestDocumentsNamedAfterCities(t *testing.T) {
	checkBriefs(t, day(2025, time.January, 12), []briefCase{
		{"declaration, accompanied",
			"Somalia's President Hassan Sheikh Mohamud arrived in Nairobi on Saturday for talks. Mohamud's party included his chief of staff, and Mohamud was accompanied by his foreign minister, Ahmed Moalim Fiqi. The visit builds on the Kampala Declaration.",
			[]string{"visit occurred Ahmed Moalim Fiqi>Kenya @2025-01-11", "visit occurred Hassan Sheikh Mohamud>Kenya @2025-01-11"}},
	})
}

// TestOnwardLegs covers a next leg told by a verb that is a journey only
// before "on to" ("moved on to X", "pressed on to Y", "continued on to
// Z"); the verb alone ("moved to impose") is none.
func TestOnwardLegs(t *testing.T) {
	pub := day(2025, time.January, 12) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"moved on to a city",
			"Fijian Prime Minister Sitiveni Rabuka spent Thursday in Canberra. He moved on to Wellington late Friday.",
			[]string{
				"visit occurred Sitiveni Rabuka>Australia @2025-01-09",
				"visit occurred Sitiveni Rabuka>New Zealand @2025-01-10",
			}},
		{"pressed on to a country",
			"Fijian Prime Minister Sitiveni Rabuka spent Thursday in Canberra. He pressed on to New Zealand on Friday.",
			[]string{
				"visit occurred Sitiveni Rabuka>Australia @2025-01-09",
				"visit occurred Sitiveni Rabuka>New Zealand @2025-01-10",
			}},
		{"moved to do something is no journey",
			"Fijian Prime Minister Sitiveni Rabuka moved to calm markets in Suva on Friday, and Australia moved its consulate to Nadi.",
			nil},
	})
}

// TestTimeSpentWith covers time two people spent together told with a
// duration ("spent roughly six hours with Y", "across the table
// from Y"): a meeting.
func TestTimeSpentWith(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"across the table from",
			"Egypt's foreign minister, Badr Abdelatty, spent roughly six hours across the table from his Ethiopian counterpart, Gedion Timothewos, in Cairo today.",
			[]string{"meeting occurred Badr Abdelatty+Gedion Timothewos @2025-02-18"}},
		{"some hours with",
			"Egypt's foreign minister, Badr Abdelatty, spent some two hours with Gedion Timothewos in Cairo today.",
			[]string{"meeting occurred Badr Abdelatty+Gedion Timothewos @2025-02-18"}},
		{"most of the day across a table from",
			"Kenyan envoy Joseph Mwita spent most of the day across a table from Malawian President Peter Banda in Lilongwe today.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-02-18"}},
		{"nearly, and a day between",
			"Kenyan Foreign Minister Joseph Mwita and Trade Minister Daniel Ochieng spent nearly eight hours on Monday with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-02-17"}},
	})
}

// TestTourStops covers stops of a journey the story follows: "The first
// stop was X, where ...", "The final leg took Y to X", and a meeting told
// from a fronted foreign city ("In X, Y was received by Z").
func TestTourStops(t *testing.T) {
	pub := day(2023, time.September, 4) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"the first stop was a city",
			"Ghanaian Defence Minister Omane Boamah toured the Sahel last week. The first stop was Niamey, where on Tuesday he met Nigerien Defence Minister Salifou Mody.",
			[]string{
				"meeting occurred Edward Omane Boamah+Salifou Mody @2023-08-29",
				"visit occurred Edward Omane Boamah>Niger @2023-08-29",
			}},
		{"the final leg took him to a city",
			"Ghanaian Defence Minister Omane Boamah toured the Sahel last week. The final leg took Boamah to Bamako on Friday.",
			[]string{"visit occurred Edward Omane Boamah>Mali @2023-09-01"}},
		{"a fronted foreign city",
			"Ghanaian Defence Minister Omane Boamah toured the Sahel last week. In Ouagadougou, Boamah held talks on Thursday with Burkinabe Defence Minister Kassoum Coulibaly.",
			[]string{
				"meeting occurred Edward Omane Boamah+Kassoum Coulibaly @2023-08-31",
				"visit occurred Edward Omane Boamah>Burkina Faso @2023-08-31",
			}},
	})
}

// TestAirportWelcomeIsArrival covers a guest welcomed or received at the
// airport (or on a train's platform, at a railway station) by a host: no
// meeting, but the guest came to the host's
// country; a guest of the host's own country made no trip.
func TestAirportWelcomeIsArrival(t *testing.T) {
	pub := day(2025, time.July, 25) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"welcomed at the airport, the guest named after a title of his country",
			"On Friday President Wavel Ramkalawan of Seychelles welcomed the Prime Minister of India, Narendra Modi, at the airport.",
			[]string{"visit occurred Narendra Modi>Seychelles @2025-07-25"}},
		{"received at the airport, the same",
			"On Friday President Wavel Ramkalawan of Seychelles received the Prime Minister of India, Narendra Modi, at the airport.",
			[]string{"visit occurred Narendra Modi>Seychelles @2025-07-25"}},
		{"a minister of the host's own country",
			"Seychelles President Wavel Ramkalawan today welcomed Seychelles Foreign Minister Sylvestre Radegonde at the airport.",
			nil},
		{"greeted on the platform after a train journey",
			"Malawian President Peter Banda reached Lusaka by rail on Thursday, and Zambian Foreign Minister Mulambo Haimbe greeted him on the platform.",
			[]string{"visit occurred Peter Banda>Zambia @2025-07-24"}},
		{"welcomed at the railway station",
			"Zambian Foreign Minister Mulambo Haimbe welcomed Malawian President Peter Banda at Lusaka railway station on Thursday.",
			[]string{"visit occurred Peter Banda>Zambia @2025-07-24"}},
		{"an airport in a relative clause before the main verb",
			"Malawian President Peter Banda, who flew into Kenneth Kaunda International Airport on Thursday and was greeted there by Foreign Minister Mulambo Haimbe, was received for talks by Zambia's Hakainde Hichilema at his office.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-07-24", "visit occurred Peter Banda>Zambia @2025-07-24"}},
		{"a platform of ideas is no arrival",
			"Zambian President Hakainde Hichilema received Malawian President Peter Banda in Lusaka on Thursday, calling the bloc a platform for trade.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-07-24", "visit occurred Peter Banda>Zambia @2025-07-24"}},
	})
}

// TestWelcomedToACity covers "welcomed X to <city>": the city is the
// meeting's and X's visit is there; the passive "X and Y were welcomed to
// <city> by Z" is an arrival ceremony, a visit of X and Y and no meeting;
// "X, who arrived with Y" / "who flew in with Y" made Y's trip too.
func TestWelcomedToACity(t *testing.T) {
	pub := day(2025, time.September, 19) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"welcomed to a city",
			"Greek Prime Minister Kyriakos Mitsotakis welcomed Cypriot President Nikos Christodoulides to Athens on Wednesday.",
			[]string{"meeting occurred Kyriakos Mitsotakis+Nikos Christodoulides @2025-09-17", "visit occurred Nikos Christodoulides>Greece @2025-09-17"}},
		{"passive welcome of a couple, no meeting",
			"Cypriot President Nikos Christodoulides and his wife Philippa Karsera were welcomed to Athens by Greek President Konstantinos Tasoulas on Wednesday.",
			[]string{"visit occurred Nikos Christodoulides>Greece @2025-09-17", "visit occurred Philippa Karsera>Greece @2025-09-17"}},
		{"welcomed at home, no visit",
			"Greek President Konstantinos Tasoulas was welcomed to Athens by cheering crowds on Wednesday.",
			nil},
		{"who arrived with the president",
			"Greek Prime Minister Kyriakos Mitsotakis welcomed Cypriot President Nikos Christodoulides to Athens on Wednesday. Cypriot Foreign Minister Constantinos Kombos, who arrived with Christodoulides, met his Greek counterpart Giorgos Gerapetritis on Thursday.",
			[]string{"meeting occurred Constantinos Kombos+Giorgos Gerapetritis @2025-09-18", "meeting occurred Kyriakos Mitsotakis+Nikos Christodoulides @2025-09-17", "visit occurred Constantinos Kombos>Greece @2025-09-17", "visit occurred Nikos Christodoulides>Greece @2025-09-17"}},
		{"who flew in with",
			"Greek Prime Minister Kyriakos Mitsotakis welcomed Cypriot President Nikos Christodoulides to Athens on Wednesday. Cypriot Foreign Minister Constantinos Kombos, who flew in with the president, met his Greek counterpart Giorgos Gerapetritis on Thursday.",
			[]string{"meeting occurred Constantinos Kombos+Giorgos Gerapetritis @2025-09-18", "meeting occurred Kyriakos Mitsotakis+Nikos Christodoulides @2025-09-17", "visit occurred Constantinos Kombos>Greece @2025-09-17", "visit occurred Nikos Christodoulides>Greece @2025-09-17"}},
	})
}

// TestPlaceKindOfDemonym covers a trip to "the <demonym> island/port
// city/region of X": a visit to the demonym's country whether or not the
// place is known.
func TestPlaceKindOfDemonym(t *testing.T) {
	pub := day(2024, time.July, 13) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"an island the gazetteer does not know",
			"Canadian Foreign Minister Melanie Joly flew to the Danish island of Bornholm on Friday.",
			[]string{"visit occurred Melanie Joly>Denmark @2024-07-12"}},
		{"two words before of",
			"Canadian Foreign Minister Melanie Joly arrived in the Italian port city of Bari on Friday.",
			[]string{"visit occurred Melanie Joly>Italy @2024-07-12"}},
		{"a region",
			"Canadian Foreign Minister Melanie Joly travelled to the Spanish region of Asturias on Friday.",
			[]string{"visit occurred Melanie Joly>Spain @2024-07-12"}},
		{"a demonym before a common noun is no place",
			"Canadian Foreign Minister Melanie Joly flew to the Danish navy's base on Friday.",
			nil},
	})
}

// TestStopLeftAndRoomLists covers a place a traveller "came from" or "flew
// in from", followed by ", where" and what happened there (an earlier stop
// of the trip), and a label list of those present at a gathering in focus
// ("Also in the room:", "Among those at the table:").
func TestStopLeftAndRoomLists(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	const arrived = "Moldovan President Maia Sandu arrived in Oslo on Friday. "
	checkBriefs(t, pub, []briefCase{
		{"came from, where",
			arrived + "She came from Vilnius, where she spent Thursday in talks with Lithuanian President Gitanas Nauseda.",
			[]string{"meeting occurred Gitanas Nauseda+Maia Sandu @2025-05-15", "visit occurred Maia Sandu>Lithuania @2025-05-15", "visit occurred Maia Sandu>Norway @2025-05-16"}},
		{"had flown in from, where",
			arrived + "She had flown in from Vilnius, where she held talks with Lithuanian President Gitanas Nauseda on Thursday.",
			[]string{"meeting occurred Gitanas Nauseda+Maia Sandu @2025-05-15", "visit occurred Maia Sandu>Lithuania @2025-05-15", "visit occurred Maia Sandu>Norway @2025-05-16"}},
		{"came from a place, no clause after",
			arrived + "She came from Vilnius by plane.",
			[]string{"visit occurred Maia Sandu>Norway @2025-05-16"}},
	})
	const summit = "Leaders of a dozen countries met in Oslo on Friday for the Nordic-Baltic summit. "
	checkBriefs(t, pub, []briefCase{
		{"also in the room",
			summit + "Also in the room: Latvia's Evika Silina and Estonia's Kristen Michal.",
			[]string{"gathering occurred Estonia+Latvia @2025-05-16"}},
		{"among those at the table",
			summit + "Among those at the table: Latvia's Evika Silina and Estonia's Kristen Michal.",
			[]string{"gathering occurred Estonia+Latvia @2025-05-16"}},
		{"a label of no presence",
			summit + "Also on the agenda: energy links and ferry routes.",
			[]string{"gathering occurred  @2025-05-16"}},
	})
}

// TestTripPurposeAndArrivalForms covers a meeting that was the purpose of
// a journey told as made ("flew to X to meet Y": held; "will fly to X to
// meet Y": planned), a call told as time "on the phone with" someone, and
// arrivals told as stepping off a plane or onto a platform.
func TestTripPurposeAndArrivalForms(t *testing.T) {
	pub := day(2025, time.May, 11) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"flew to meet",
			"On Friday Dutch Prime Minister Dick Schoof flew to Copenhagen to meet Danish Prime Minister Mette Frederiksen.",
			[]string{"meeting occurred Dick Schoof+Mette Frederiksen @2025-05-09", "visit occurred Dick Schoof>Denmark @2025-05-09"}},
		{"stopped in a city on a day to meet",
			"Dutch Prime Minister Dick Schoof stopped in Copenhagen on Friday to meet Danish Prime Minister Mette Frederiksen.",
			[]string{"meeting occurred Dick Schoof+Mette Frederiksen @2025-05-09", "visit occurred Dick Schoof>Denmark @2025-05-09"}},
		{"a trip still to come",
			"Dutch Prime Minister Dick Schoof will fly to Copenhagen on Friday to meet Danish Prime Minister Mette Frederiksen.",
			[]string{"meeting planned Dick Schoof+Mette Frederiksen @2025-05-16", "visit planned Dick Schoof>Denmark @2025-05-16"}},
		{"a verb between the trip and the purpose",
			"Dutch Prime Minister Dick Schoof flew to Copenhagen and hoped to meet Danish Prime Minister Mette Frederiksen.",
			[]string{"meeting planned Dick Schoof+Mette Frederiksen @", "visit occurred Dick Schoof>Denmark @2025-05"}},
		{"on the phone with",
			"Dutch Prime Minister Dick Schoof was on the phone with Danish Prime Minister Mette Frederiksen for an hour on Saturday.",
			[]string{"meeting occurred Dick Schoof+Mette Frederiksen (phone) @2025-05-10"}},
		{"stepped off the plane",
			"Dutch Prime Minister Dick Schoof stepped off the plane in Copenhagen on Saturday.",
			[]string{"visit occurred Dick Schoof>Denmark @2025-05-10"}},
		{"stepped onto the platform",
			"After a night on the train, Dutch Prime Minister Dick Schoof stepped onto a platform in Copenhagen on Saturday.",
			[]string{"visit occurred Dick Schoof>Denmark @2025-05-10"}},
		{"stepped down",
			"Dutch Prime Minister Dick Schoof stepped down in The Hague on Saturday.",
			nil},
	})
}

// TestTimeGrantedAndClockCities covers time given to a meeting ("got 45
// minutes with Y", "had half an hour with Y"), a stay told with an
// adjective before its day ("spent a whirlwind Sunday in X"), and a city
// named only for its clock when the text gives the local time too.
func TestTimeGrantedAndClockCities(t *testing.T) {
	pub := day(2025, time.October, 28) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"got minutes with",
			"On Sunday Chilean President Gabriel Boric got twenty minutes with Indian Prime Minister Narendra Modi.",
			[]string{"meeting occurred Gabriel Boric+Narendra Modi @2025-10-26"}},
		{"had half an hour with",
			"On Sunday Chilean President Gabriel Boric had half an hour with Modi, India's prime minister.",
			[]string{"meeting occurred Gabriel Boric+Narendra Modi @2025-10-26"}},
		{"minutes of a speech",
			"Chilean President Gabriel Boric spoke for 45 minutes with reporters on Sunday.",
			nil},
		{"a whirlwind day in a city",
			"Chilean President Gabriel Boric spent a whirlwind Sunday in New Delhi.",
			[]string{"visit occurred Gabriel Boric>India @2025-10-26"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "Indian Prime Minister Narendra Modi saw Chilean President Gabriel Boric at noon local time, late evening in Santiago."})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, e := range f.Events {
		if e.Type == schema.Meeting && e.Place != "" {
			t.Errorf("talks placed at %q, a city named for its clock", names[e.Place])
		}
	}
	f = testX.Extract(schema.Article{ID: "t", Published: pub, Text: "Indian Prime Minister Narendra Modi saw Chilean President Gabriel Boric at noon in Santiago."})
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, e := range f.Events {
		if e.Type == schema.Meeting && names[e.Place] != "Santiago" {
			t.Errorf("talks placed at %q, want Santiago", names[e.Place])
		}
	}
}

// TestStopOfATour covers a leg told as "The third stop of his tour was X"
// or "The next stop was X, where Y received him": a visit of the
// traveller (the tour's owner, else the one whose trip was told last, not
// a host named in the clause), with the meetings after it placed there;
// "the next stop is X" is still to come.
func TestStopOfATour(t *testing.T) {
	pub := day(2024, time.July, 12) // a Friday
	const kyiv = "Slovak Prime Minister Robert Fico went to Kyiv on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"the third stop of his tour",
			kyiv + "The second stop of his journey was Beijing. On Thursday Fico met President Xi Jinping.",
			[]string{"meeting occurred Robert Fico+Xi Jinping @2024-07-11", "visit occurred Robert Fico>China @2024-07-11", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
		{"the next stop was, where a host received him",
			kyiv + "The next stop was Beijing, where Chinese President Xi Jinping received him on Thursday.",
			[]string{"meeting occurred Robert Fico+Xi Jinping @2024-07-11", "visit occurred Robert Fico>China @2024-07-11", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
		{"the next stop is ahead",
			kyiv + "The next stop is Beijing.",
			[]string{"visit occurred Robert Fico>Ukraine @2024-07-09"}},
	})
}

// TestCompanionOnOneLeg covers a companion told in the part of a story
// about one stop of a tour ("X, who went along with the leader, held
// talks with Y" after the Beijing stop): the companion made that leg, not
// every leg of the tour.
func TestCompanionOnOneLeg(t *testing.T) {
	pub := day(2024, time.July, 12) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the leg told before the companion",
			"Slovak Prime Minister Robert Fico went to Kyiv on Tuesday. On Thursday Fico met President Xi Jinping in Beijing. Foreign Minister Juraj Blanar, who accompanied Fico, also met Wang Yi, China's foreign minister.",
			[]string{"meeting occurred Juraj Blanar+Wang Yi @2024-07", "meeting occurred Robert Fico+Xi Jinping @2024-07-11", "visit occurred Juraj Blanar>China @2024-07-11", "visit occurred Robert Fico>China @2024-07-11", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
		{"a companion told before the legs",
			"Foreign Minister Juraj Blanar, accompanying Prime Minister Robert Fico, briefed reporters on Monday. Fico travelled to Kyiv on Tuesday.",
			[]string{"visit occurred Juraj Blanar>Ukraine @2024-07-09", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
	})
}

// TestArrivedWithADelegation covers an arrival "with a delegation that
// includes Y" or "with a team including Y": Y travelled too.
func TestArrivedWithADelegation(t *testing.T) {
	pub := day(2025, time.April, 30) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a delegation that includes",
			"On Monday Lebanese President Joseph Aoun reached Doha with a delegation that includes Economy Minister Amer Bisat.",
			[]string{"visit occurred Amer Bisat>Qatar @2025-04-28", "visit occurred Joseph Aoun>Qatar @2025-04-28"}},
		{"a team including",
			"Lebanese President Joseph Aoun landed in Doha on Monday with a team including Foreign Minister Youssef Rajji.",
			[]string{"visit occurred Joseph Aoun>Qatar @2025-04-28", "visit occurred Youssef Rajji>Qatar @2025-04-28"}},
		{"a delegation of no one named",
			"On Monday Lebanese President Joseph Aoun reached Doha with a delegation of business leaders.",
			[]string{"visit occurred Joseph Aoun>Qatar @2025-04-28"}},
	})
}

// TestGuestReceivedInACity covers a guest "hosted" or "received in" a
// city of the host's country: the guest came there (a visit), unless the
// guest is of that country or no city is named.
func TestGuestReceivedInACity(t *testing.T) {
	pub := day(2024, time.March, 22) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"hosted in a city, last month",
			"Angolan President Joao Lourenco, who hosted Congolese President Felix Tshisekedi in Luanda last month, told reporters he was hopeful.",
			[]string{"meeting occurred Felix Tshisekedi+Joao Lourenco @2024-02", "visit occurred Felix Tshisekedi>Angola @2024-02"}},
		{"received in a city",
			"Angolan President Joao Lourenco received Congolese President Felix Tshisekedi in Luanda on Tuesday.",
			[]string{"meeting occurred Felix Tshisekedi+Joao Lourenco @2024-03-19", "visit occurred Felix Tshisekedi>Angola @2024-03-19"}},
		{"no city",
			"Angolan President Joao Lourenco received Congolese President Felix Tshisekedi on Tuesday.",
			[]string{"meeting occurred Felix Tshisekedi+Joao Lourenco @2024-03-19"}},
		{"a guest at home",
			"Angolan President Joao Lourenco received Angolan Foreign Minister Tete Antonio in Luanda on Tuesday.",
			[]string{"meeting occurred Joao Lourenco+Tete Antonio @2024-03-19"}},
	})
}

// TestCountryBeforeJourneyNoun covers a country named as the modifier of a
// journey noun ("made the China trip", "his Japan visit"): a visit there;
// one told as planned right after the noun is no visit made.
func TestCountryBeforeJourneyNoun(t *testing.T) {
	pub := day(2023, time.April, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"made the country trip",
			"Chilean President Gabriel Boric finally made the Japan trip on Friday.",
			[]string{"visit occurred Gabriel Boric>Japan @2023-04-14"}},
		{"wrapped up his country visit",
			"Chilean President Gabriel Boric wrapped up his Japan visit on Friday.",
			[]string{"visit occurred Gabriel Boric>Japan @2023-04-14"}},
		{"a trip planned for later",
			"Chilean President Gabriel Boric has pushed back a Japan trip planned for Wednesday.",
			nil},
	})
}

// TestFlewWithCompanion covers a journey told with its company ("flew to X
// on Sunday with Prime Minister Y"): Y made it too; company after another
// verb ("flew to X and returned with Y") made another leg.
func TestFlewWithCompanion(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"flew with",
			"Chilean Trade Minister Ana Ruiz flew to Lima on Sunday with Chilean Prime Minister Hugo Vidal.",
			[]string{"visit occurred Ana Ruiz>Peru @2025-03-16", "visit occurred Hugo Vidal>Peru @2025-03-16"}},
		{"travelled with",
			"Chilean Trade Minister Ana Ruiz travelled to Lima with Chilean Prime Minister Hugo Vidal on Sunday.",
			[]string{"visit occurred Ana Ruiz>Peru @2025-03-16", "visit occurred Hugo Vidal>Peru @2025-03-16"}},
		{"returned with someone",
			"Envoy Ana Ruiz flew to Lima on Sunday and returned with the freed reporter Hugo Vidal.",
			[]string{"visit occurred Ana Ruiz>Peru @2025-03-16"}},
		{"the companion before the way",
			"Chilean Trade Minister Ana Ruiz travelled with Chilean Prime Minister Hugo Vidal to Lima on Sunday.",
			[]string{"visit occurred Ana Ruiz>Peru @2025-03-16", "visit occurred Hugo Vidal>Peru @2025-03-16"}},
		{"a pronoun companion before the way",
			"Chilean Prime Minister Hugo Vidal needed an interpreter. Chilean Trade Minister Ana Ruiz flew with him to Lima on Sunday.",
			[]string{"visit occurred Ana Ruiz>Peru @2025-03-16", "visit occurred Hugo Vidal>Peru @2025-03-16"}},
	})
}

// TestSetFootAndSwing covers "set foot in X" as a journey there (and
// "never set foot in" as none), and a "swing through" several countries as
// a tour of each, also with no verb of its own after the traveller's
// sentence.
func TestSetFootAndSwing(t *testing.T) {
	pub := day(2025, time.March, 18)
	checkBriefs(t, pub, []briefCase{
		{"set foot in",
			"In February, Chilean Foreign Minister Alberto van Klaveren set foot in Bolivia for the first time.",
			[]string{"visit occurred Alberto van Klaveren>Bolivia @2025-02"}},
		{"never set foot in",
			"Chilean Foreign Minister Alberto van Klaveren has never set foot in Bolivia.",
			[]string{"visit cancelled Alberto van Klaveren>Bolivia @"}},
		{"a swing through",
			"Chilean Foreign Minister Alberto van Klaveren made a swing through Peru and Ecuador in February.",
			[]string{"visit occurred Alberto van Klaveren>Ecuador @2025-02", "visit occurred Alberto van Klaveren>Peru @2025-02"}},
		{"a swing with no verb of its own",
			"Chilean Foreign Minister Alberto van Klaveren had a busy winter. A swing through Peru and Ecuador came in February.",
			[]string{"visit occurred Alberto van Klaveren>Ecuador @2025-02", "visit occurred Alberto van Klaveren>Peru @2025-02"}},
	})
}

// TestAmongThoseWhoCame covers "Among those who came to <city> were A and
// B" after a gathering: each listed person made the journey to the city's
// country, on the gathering's day; "Among those present were" tells no
// journey.
func TestAmongThoseWhoCame(t *testing.T) {
	pub := day(2025, time.June, 3) // a Tuesday
	const summit = "Leaders gathered in Tallinn on Monday for a regional summit. "
	checkBriefs(t, pub, []briefCase{
		{"came to the capital",
			summit + "Among the guests who came to the Estonian capital were Lithuanian President Gitanas Nauseda and Czech President Petr Pavel.",
			[]string{"gathering occurred Czech Republic+Lithuania @2025-06-02", "visit occurred Gitanas Nauseda>Estonia @2025-06-02", "visit occurred Petr Pavel>Estonia @2025-06-02"}},
		{"present tells no journey",
			summit + "Among those present were Lithuanian President Gitanas Nauseda and Czech President Petr Pavel.",
			[]string{"gathering occurred Czech Republic+Lithuania @2025-06-02"}},
	})
}

// TestTourOfMeetingsWithHosts covers a tour told only through meetings
// with hosts in their own capitals: each meeting abroad with a host at
// home is a leg, and a visit; one such meeting alone is none.
func TestTourOfMeetingsWithHosts(t *testing.T) {
	pub := day(2024, time.February, 1) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"two meetings with hosts at home",
			"On January 10 the Sudanese envoy Omar Salih sat down in Kampala with Uganda's president, Yoweri Museveni. On January 12 Salih sat down in Nairobi with Kenya's president, William Ruto.",
			[]string{"meeting occurred Omar Salih+William Ruto @2024-01-12", "meeting occurred Omar Salih+Yoweri Museveni @2024-01-10",
				"visit occurred Omar Salih>Kenya @2024-01-12", "visit occurred Omar Salih>Uganda @2024-01-10"}},
		{"one meeting with a host is no tour",
			"On January 10 the Sudanese envoy Omar Salih sat down in Kampala with Uganda's president, Yoweri Museveni.",
			[]string{"meeting occurred Omar Salih+Yoweri Museveni @2024-01-10"}},
	})
}

// TestPresenceAndRouteForms covers a traveller's whereabouts told with a
// word between the verb of being and "in" ("is now in", "was still on the
// ground in"), a landing at an airfield named by a common noun, a journey
// by a means of transport ("took the night train to"), and the stops of a
// trip that is the subject of its verbs ("Her tour began in A, ran
// through B and C and ended in D").
func TestPresenceAndRouteForms(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	const who = "Kenyan President Daniel Ochieng "
	checkBriefs(t, pub, []briefCase{
		{"is now in", who + "is now in Lusaka.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06"}},
		{"was still on the ground in, dated", who + "was still on the ground in Harare on Thursday.",
			[]string{"visit occurred Daniel Ochieng>Zimbabwe @2024-06-13"}},
		{"on the ground as an idiom is no stay", "Kenyan troops on the ground in Haiti are short of supplies.", nil},
		{"landed at a common-noun airfield outside a city", who + "landed at a small military airfield outside Lusaka on Thursday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2024-06-13"}},
		{"took the night train to", who + "took the night train to Kyiv on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ukraine @2024-06-11"}},
		{"took a flight to", "Kenya's Foreign Minister Musalia Mudavadi took a late flight to Doha on Wednesday.",
			[]string{"visit occurred Musalia Mudavadi>Qatar @2024-06-12"}},
		{"took a decision to is no journey", who + "took the decision to Kenya's parliament on Wednesday.", nil},
		{"a possessed tour begins, runs through and ends",
			"Kenyan President Daniel Ochieng's regional tour began in Kigali on Monday, ran through Kampala and Dodoma and ended in Lusaka on Thursday.",
			[]string{
				"visit occurred Daniel Ochieng>Rwanda @2024-06-10",
				"visit occurred Daniel Ochieng>Tanzania @",
				"visit occurred Daniel Ochieng>Uganda @",
				"visit occurred Daniel Ochieng>Zambia @2024-06-13",
			}},
		{"the tour of the traveller told before, ending in a participle",
			who + "flew to Kigali on Monday and went on to Kampala. The tour moved south on Wednesday, ending in Lusaka on Thursday.",
			[]string{
				"visit occurred Daniel Ochieng>Rwanda @2024-06-10",
				"visit occurred Daniel Ochieng>Uganda @2024-06",
				"visit occurred Daniel Ochieng>Zambia @2024-06-13",
			}},
		{"a called-off tour has no stops",
			"Kenyan President Daniel Ochieng's planned tour, which was to begin in Kigali, was called off.", nil},
	})
}

// TestStayedOnAndCameFor covers a traveller kept abroad ("stayed on in
// Madrid", "remained in Cairo") and a journey "for" the gathering in
// focus ("X, who came for the summit"): a visit to its country, and the
// traveller's country attends.
func TestStayedOnAndCameFor(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"stayed on in a foreign city", "Kenyan President Daniel Ochieng stayed on in Accra on Thursday to meet investors.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"remained in a foreign city", "Kenyan President Daniel Ochieng remained in Accra for an extra day.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06"}},
		{"stayed at home is no visit", "Kenyan President Daniel Ochieng stayed in Nairobi to handle the floods.", nil},
		{"came for the summit in focus",
			"The Gulf of Guinea summit opened in Accra on Thursday. Kenyan President Daniel Ochieng, who came for the summit, stayed on for talks.",
			[]string{"gathering occurred Kenya @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"will come for the summit is a plan",
			"The Gulf of Guinea summit opened in Accra on Thursday. Kenyan President Daniel Ochieng will come for the summit.",
			[]string{"gathering occurred  @2024-06-13"}},
	})
}

// TestTripByTravellerTo covers a trip noun with its traveller after "by"
// and the destination after the name ("the March trip by President X to
// Y"), and a question word opening a sentence, which names no one.
func TestTripByTravellerTo(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the trip by a titled traveller to a city",
			"It followed the trip by Kenyan President Daniel Ochieng to Accra in April.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-04"}},
		{"a question word opens the sentence",
			"What changed was the trip by Kenyan President Daniel Ochieng to Accra in April.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-04"}},
		{"a called-off trip by a traveller",
			"The trip by Kenyan President Daniel Ochieng to Accra was called off.",
			[]string{"visit cancelled Daniel Ochieng>Ghana @"}},
	})
}

// TestFlewInRelative covers "who (had) flown in" in a relative clause:
// the traveller is the person the "who" stands for, past an appositive,
// and the place is where the sentence or its main clause puts them; a
// purpose after "in to" is no destination. Those who "flew in from X
// with" the traveller went too, unless the "with" is the main clause's.
func TestFlewInRelative(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the relative's antecedent past an appositive, the sentence's place",
			"In Accra on Thursday, Ghana's foreign minister Samuel Ablakwa met Musalia Mudavadi, his Kenyan counterpart, who had flown in to settle the dispute.",
			[]string{"meeting occurred Musalia Mudavadi+Samuel Ablakwa @2024-06-13", "visit occurred Musalia Mudavadi>Ghana @2024-06-13"}},
		{"the main clause's place after the relative clause",
			"Kenya's Musalia Mudavadi, who flew in on Wednesday, met Ghana's Samuel Ablakwa in Accra on Thursday.",
			[]string{"meeting occurred Musalia Mudavadi+Samuel Ablakwa @2024-06-13", "visit occurred Musalia Mudavadi>Ghana @2024-06-12"}},
		{"two joined by and who flew in together",
			"The Gulf of Guinea summit opened in Accra on Thursday. Togo's Faure Gnassingbe and Benin's Patrice Talon, who flew in together on Wednesday, sat in the front row.",
			[]string{"gathering occurred Benin+Togo @2024-06-13", "visit occurred Faure Gnassingbe>Ghana @2024-06-12", "visit occurred Patrice Talon>Ghana @2024-06-12"}},
		{"the last of two, who flew in from elsewhere",
			"ACCRA, June 14 - Ghana's John Mahama and Togo's Faure Gnassingbe, who flew in from Lome, spoke to farmers.",
			[]string{"visit occurred Faure Gnassingbe>Ghana @2024-06"}},
		{"flew in from home with ministers: their trip too",
			"ACCRA, June 14 - Kenya's President William Ruto flew in from Nairobi on Wednesday evening with Foreign Minister Musalia Mudavadi and Trade Minister Lee Kinyanjui.",
			[]string{"visit occurred Lee Kinyanjui>Ghana @2024-06-12", "visit occurred Musalia Mudavadi>Ghana @2024-06-12", "visit occurred William Ruto>Ghana @2024-06-12"}},
		{"who flew in, then a main clause's with: no company",
			"ACCRA, June 14 - Kenya's President William Ruto, who flew in from Nairobi on Wednesday, sat down with Ghana's Samuel Ablakwa on Thursday.",
			[]string{"meeting occurred Samuel Ablakwa+William Ruto @2024-06-13", "visit occurred William Ruto>Ghana @2024-06-12"}},
		{"a place inside the relative clause is no destination",
			"Ghana's Samuel Ablakwa met Kenya's Musalia Mudavadi, who had flown in early and spoke about peace in Sudan.",
			[]string{"meeting occurred Musalia Mudavadi+Samuel Ablakwa @2024-06"}},
	})
}

// TestAppositivePresence covers a traveller's whereabouts in an
// appositive after the name ("X, in Accra as Y's guest, met Z") and
// "stuck in" a foreign city: visits; at home, none.
func TestAppositivePresence(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"in a city as a guest",
			"Kenyan President Daniel Ochieng, in Accra as the host's guest, met Ghana's Samuel Ablakwa on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+Samuel Ablakwa @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"in a city for talks, told before a comma",
			"Kenyan President Daniel Ochieng, in Accra, praised the port deal on Thursday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"at home is no visit",
			"Kenyan President Daniel Ochieng, in Nairobi for the budget, met Ghana's Samuel Ablakwa on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+Samuel Ablakwa @2024-06-13"}},
		{"also in a city for a session, ending the sentence",
			"Evening: talks with Kenya's Foreign Minister Musalia Mudavadi, also in Accra for the trade session.",
			[]string{"visit occurred Musalia Mudavadi>Ghana @2024-06"}},
		{"met X, in a city on a day: the meeting's place",
			"Ghana's Samuel Ablakwa met Kenya's Musalia Mudavadi, in Accra on Thursday to discuss trade.",
			[]string{"meeting occurred Musalia Mudavadi+Samuel Ablakwa @2024-06-13"}},
		{"arrived in the morning at an airport, at the gathering's place",
			"The Gulf of Guinea summit opened in Accra on Thursday. Kenyan President Daniel Ochieng, who arrived in the morning at Kotoka airport, took part.",
			[]string{"gathering occurred Kenya @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"stuck in a foreign city",
			"Kenyan President Daniel Ochieng was still stuck in Accra on Thursday after his plane broke down.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
	})
}

// TestTripWordingAndFlewInToMeet covers a stay told in the present
// ("spends four days in X", as timelines put it), a trip whose
// destination follows the capacity the traveller goes in ("his first
// trip abroad as foreign minister to X", "in office to Y"), and "flew in
// ... and held talks with his Latvian counterpart": the counterpart's
// country, unless a gathering is in focus (then those met are fellow
// guests) or the counterpart is of the traveller's own country.
func TestTripWordingAndFlewInToMeet(t *testing.T) {
	pub := day(2025, time.May, 23) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"spends days in",
			"March 2024 - Kenyan Foreign Minister Musalia Mudavadi spends three days in Ghana.",
			[]string{"visit occurred Musalia Mudavadi>Ghana @2024-03"}},
		{"defence spending in a country is no stay",
			"Kenyan Foreign Minister Musalia Mudavadi praised defence spending in Ghana.",
			nil},
		{"as a role, then to",
			"Musalia Mudavadi made his first trip abroad as foreign minister to Ghana on Tuesday.",
			[]string{"visit occurred Musalia Mudavadi>Ghana @2025-05-20"}},
		{"in office, then to",
			"Kenyan President William Ruto made his first trip in office to Uganda on Tuesday.",
			[]string{"visit occurred William Ruto>Uganda @2025-05-20"}},
		{"flew in and met a counterpart of another country",
			"Estonian Defence Minister Hanno Pevkur flew in on Tuesday and then met his Latvian counterpart Andris Spruds.",
			[]string{"meeting occurred Andris Spruds+Hanno Pevkur @2025-05-20", "visit occurred Hanno Pevkur>Latvia @2025-05-20"}},
		{"flew in and met a compatriot",
			"Estonian Defence Minister Hanno Pevkur flew in and on Tuesday held talks with Kristen Michal, the Estonian premier.",
			[]string{"meeting occurred Hanno Pevkur+Kristen Michal @2025-05-20"}},
		{"flew in during a gathering",
			"The Three Seas Summit opened in Vilnius on Monday with Estonia and Latvia attending. Debate centred on air defence. Delegates also discussed rail links. The hosts pressed for more funds. Estonian Defence Minister Hanno Pevkur flew in and on Tuesday held talks with his Latvian counterpart Andris Spruds.",
			[]string{"gathering occurred Estonia+Latvia @2025-05-19", "meeting occurred Andris Spruds+Hanno Pevkur @2025-05-20"}},
	})
}

// TestCountryLegAndCrossedTo covers a leg of a trip named by its country
// ("the Ghanaian leg of his tour", "the Ghana leg") as a stop there, a
// planned one staying planned, and "crossed to" a country.
func TestCountryLegAndCrossedTo(t *testing.T) {
	pub := day(2024, time.September, 20) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a demonym's leg",
			"Kenyan President William Ruto closed the Ghanaian leg of his West African tour on Wednesday.",
			[]string{"visit occurred William Ruto>Ghana @2024-09-18"}},
		{"a country's leg",
			"Kenyan President William Ruto opened the Ghana leg of his tour on Monday.",
			[]string{"visit occurred William Ruto>Ghana @2024-09-16"}},
		{"a leg still to come",
			"Kenyan President William Ruto will start the Ghanaian leg of his tour next week.",
			[]string{"visit planned William Ruto>Ghana @2024-09"}},
		{"crossed to a country",
			"Kenyan President William Ruto crossed to Uganda by road on Thursday.",
			[]string{"visit occurred William Ruto>Uganda @2024-09-19"}},
	})
}

// TestReachedWithNoPlaceAndHostedForDinner covers "X, who reached a day
// earlier, ..." with a gathering in focus (X came to its country; a
// subject that is no person's relative clause is nothing) and "was
// received that night for supper by Y" (a meeting with Y).
func TestReachedWithNoPlaceAndHostedForDinner(t *testing.T) {
	pub := day(2024, time.August, 4) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"who reached a day earlier",
			"The Gulf of Guinea forum opened in Accra on Thursday with Ghana and Togo attending. Nigeria's foreign minister, Yusuf Tuggar, who reached a day earlier, spoke first.",
			[]string{"gathering occurred Ghana+Nigeria+Togo @2024-08-01", "visit occurred Yusuf Tuggar>Ghana @2024-08"}},
		{"a deal reached a day earlier",
			"The Gulf of Guinea forum opened in Accra on Thursday with Ghana and Togo attending. A deal, reached a day earlier, was signed.",
			[]string{"gathering occurred Ghana+Togo @2024-08-01"}},
		{"received that night for supper by",
			"Kenyan President William Ruto landed in Accra on Saturday; he was received that night for supper by Ghanaian President John Mahama.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-08-03", "visit occurred William Ruto>Ghana @2024-08-03"}},
	})
}

// TestFlyingInFromAndUnknownAirfield covers "after flying in from X" (a
// stop abroad before this one, none when X is home), "who landed at Y on
// Monday" with Y a name the gazetteer does not know while a gathering is
// in focus (its country), and "was flying to X" (on the way: no visit).
func TestFlyingInFromAndUnknownAirfield(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"flying in from a foreign city",
			"Kenyan Foreign Minister Musalia Mudavadi reached Accra on Thursday after flying in from Lagos.",
			[]string{"visit occurred Musalia Mudavadi>Ghana @2024-08-29", "visit occurred Musalia Mudavadi>Nigeria @2024-08"}},
		{"flying in from home",
			"Kenyan Foreign Minister Musalia Mudavadi reached Accra on Thursday after flying in from Nairobi.",
			[]string{"visit occurred Musalia Mudavadi>Ghana @2024-08-29"}},
		{"landed at an airfield the gazetteer does not know",
			"The Lake Forum opened in Kampala on Monday with Kenya and Rwanda attending. Tanzanian President Samia Suluhu Hassan, who landed at Nakasongola on Tuesday, spoke first.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania @2024-08-26", "visit occurred Samia Suluhu Hassan>Uganda @2024-08-27"}},
		{"on the way is not there",
			"Kenyan President William Ruto took the call while he was flying to Ghana on Tuesday.",
			nil},
	})
}

// TestWhoIsAccompanying covers a companion told by a relative clause with
// an auxiliary ("X, who is accompanying Y,", "who was accompanying"): X
// went where Y went.
func TestWhoIsAccompanying(t *testing.T) {
	pub := day(2024, time.June, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"who was accompanying",
			"Ghanaian President John Mahama arrived in Nairobi on Tuesday. Foreign Minister Samuel Ablakwa, who was accompanying the president, saw Kenyan Foreign Minister Musalia Mudavadi on Wednesday.",
			[]string{"meeting occurred Musalia Mudavadi+Samuel Ablakwa @2024-06-05", "visit occurred John Mahama>Kenya @2024-06-04", "visit occurred Samuel Ablakwa>Kenya @2024-06-04"}},
	})
}

// TestFlewInAsDidAndFirstToArrive covers "A flew in on Sunday, as did B"
// (both came; not "A, who flew in, attended, as did B", where B attended)
// and "A and B were among the last to land" while a gathering is in focus
// (both came to its country and attend it).
func TestFlewInAsDidAndFirstToArrive(t *testing.T) {
	pub := day(2025, time.July, 7) // a Monday
	const open = "The Windward summit opened in Kingstown on Sunday with Grenada attending. "
	checkBriefs(t, pub, []briefCase{
		{"flew in, as did",
			open + "Guyanese President Irfaan Ali flew in early on Sunday, as did Barbadian Prime Minister Mia Mottley.",
			[]string{"gathering occurred Barbados+Grenada+Guyana @2025-07-06", "visit occurred Irfaan Ali>Saint Vincent and the Grenadines @2025-07-06", "visit occurred Mia Mottley>Saint Vincent and the Grenadines @2025-07-06"}},
		{"who flew in, then attended, as did",
			open + "Guyanese President Irfaan Ali, who flew in early on Sunday, spoke first, as did Barbadian Prime Minister Mia Mottley.",
			[]string{"gathering occurred Grenada+Guyana @2025-07-06", "visit occurred Irfaan Ali>Saint Vincent and the Grenadines @2025-07-06"}},
		{"among the last to land",
			open + "Irfaan Ali of Guyana and Mia Mottley of Barbados were among the last to land, late in the evening.",
			[]string{"gathering occurred Barbados+Grenada+Guyana @2025-07-06", "visit occurred Irfaan Ali>Saint Vincent and the Grenadines @2025-07-06", "visit occurred Mia Mottley>Saint Vincent and the Grenadines @2025-07-06"}},
	})
}

// TestTogetherWithAndPairsFlyingIn: "together with Y" or "along with Y" on
// the subject's side brings Y into the meeting told after it; "the two
// ministers flew in" is a visit of each of the two told before; a meeting
// with a country's officials is placed on the visit to that country, not on
// the stop before it.
func TestTogetherWithAndPairsFlyingIn(t *testing.T) {
	pub := day(2024, time.July, 30) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"together with, in commas", "Chilean Defence Minister Ben Ortiz, together with Ana Reyes, held talks in Tokyo on Sunday with Japan's foreign minister, Yoko Kamikawa.",
			[]string{"meeting occurred Ana Reyes+Ben Ortiz+Yoko Kamikawa @2024-07-28"}},
		{"along with, fronted", "Along with Ana Reyes, Chilean Defence Minister Ben Ortiz sat down in Tokyo on Sunday with Japan's foreign minister, Yoko Kamikawa.",
			[]string{"meeting occurred Ana Reyes+Ben Ortiz+Yoko Kamikawa @2024-07-28"}},
		{"along with after the object is no party of the subject", "Chilean Defence Minister Ben Ortiz met Japan's foreign minister, Yoko Kamikawa, in Tokyo on Sunday, along with Ana Reyes, before flying home.",
			[]string{"meeting occurred Ben Ortiz+Yoko Kamikawa @2024-07-28"}},
		{"the two flew in", "LIMA - Chilean Foreign Minister Ana Reyes and Defence Minister Ben Ortiz met Peruvian officials on Tuesday. The two ministers flew in on Monday night.",
			[]string{"meeting occurred Ana Reyes+Ben Ortiz+Peru @2024-07-30", "visit occurred Ana Reyes>Peru @2024-07-29", "visit occurred Ben Ortiz>Peru @2024-07-29"}},
	})
}

// TestDelegationMembers: those a delegation "includes" or who accompany a
// traveller make the traveller's trip and keep the traveller's country;
// one who greets them on arrival does neither.
func TestDelegationMembers(t *testing.T) {
	pub := day(2024, time.March, 23) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"the delegation also includes", "GENEVA - Chilean Senate President Ana Reyes arrived in Switzerland on Friday for the assembly. The Chilean delegation also includes senators Carl Dunn and Dora Mills.",
			[]string{"visit occurred Ana Reyes>Switzerland @2024-03-22", "visit occurred Carl Dunn>Switzerland @2024-03-22", "visit occurred Dora Mills>Switzerland @2024-03-22"}},
		{"members of her delegation", "Chilean Senate President Ana Reyes arrived in Bern on Friday for talks. Members of her delegation include Foreign Minister Carl Dunn and Trade Minister Dora Mills.",
			[]string{"visit occurred Ana Reyes>Switzerland @2024-03-22", "visit occurred Carl Dunn>Switzerland @2024-03-22", "visit occurred Dora Mills>Switzerland @2024-03-22"}},
		{"a pronoun accompanied", "Chilean Senate President Ana Reyes arrived in Bern on Friday for talks. She is accompanied by Foreign Minister Carl Dunn and Trade Minister Dora Mills.",
			[]string{"visit occurred Ana Reyes>Switzerland @2024-03-22", "visit occurred Carl Dunn>Switzerland @2024-03-22", "visit occurred Dora Mills>Switzerland @2024-03-22"}},
		{"the greeter after where is no companion", "Chilean Senate President Ana Reyes, accompanied by Foreign Minister Carl Dunn, flew into Bern on Friday, where Swiss State Secretary Dora Mills greeted them.",
			[]string{"visit occurred Ana Reyes>Switzerland @2024-03-22", "visit occurred Carl Dunn>Switzerland @2024-03-22"}},
	})
	wantCountries(t, pub,
		"Chilean Senate President Ana Reyes arrived in Bern on Friday for talks. Members of her delegation include Foreign Minister Carl Dunn.",
		map[string]string{"Carl Dunn": "Chile"})
}

// TestDelegationsMetLedBy: talks between two states' delegations with
// their heads named after ", led by" are a meeting of the heads; a head
// of a third state changes nothing.
func TestDelegationsMetLedBy(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"both heads named",
			"Kenyan and Ugandan delegations met in Kisumu on Tuesday, led by Kenya's Foreign Minister Musalia Mudavadi and Uganda's Jeje Odongo.",
			[]string{"meeting occurred Jeje Odongo+Musalia Mudavadi @2025-03-04"}},
		{"talks held, headed by",
			"Kenyan and Ugandan officials held talks in Kisumu on Tuesday, headed by Kenya's Musalia Mudavadi and Uganda's Jeje Odongo.",
			[]string{"meeting occurred Jeje Odongo+Musalia Mudavadi @2025-03-04"}},
		{"a mediator's team is neither side",
			"Kenyan and Ugandan delegations met in Kisumu on Tuesday, led by Tanzania's Mahmoud Kombo.",
			[]string{"meeting occurred Kenya+Uganda @2025-03-04"}},
	})
}

// TestArrivedAtASeat: an arrival "at" a seat of government ("the White
// House", "the Kremlin") is a trip to its state for one of another
// stated state; at another building, or for one of no stated state, it
// stays none.
func TestArrivedAtASeat(t *testing.T) {
	pub := day(2025, time.May, 22) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the White House",
			"Malawian President Peter Banda reached the capital on Tuesday and arrived at the White House early on Wednesday.",
			[]string{"visit occurred Peter Banda>United States @2025-05-21"}},
		{"one of the seat's own state, or of no stated state",
			"Treasury Secretary Joseph Mwita arrived at the White House for lunch that day.",
			nil},
		{"the Kremlin",
			"Malawian President Peter Banda arrived at the Kremlin on Wednesday morning.",
			[]string{"visit occurred Peter Banda>Russia @2025-05-21"}},
		{"a building of no state",
			"Malawian President Peter Banda arrived at the conference hall on Wednesday morning.",
			nil},
	})
}

// TestWhoTravelsWithTheParty: one "who travels with the official
// delegation" (or "his entourage") makes the trip of the traveller the
// story follows; a party of no known traveller gives nothing.
func TestWhoTravelsWithTheParty(t *testing.T) {
	pub := day(2023, time.June, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"the official delegation",
			"CARACAS - Malawian President Peter Banda arrived in Caracas on Monday. Foreign Minister Grace Phiri, who travels with the official delegation, sat down with Venezuelan Foreign Minister Yvan Gil in the afternoon.",
			[]string{"meeting occurred Grace Phiri+Yvan Gil @2023-06-12", "visit occurred Grace Phiri>Venezuela @2023-06-12", "visit occurred Peter Banda>Venezuela @2023-06-12"}},
		{"his entourage, travelled",
			"CARACAS - Malawian President Peter Banda arrived in Caracas on Monday. Foreign Minister Grace Phiri, who travelled with his entourage, later met Yvan Gil.",
			[]string{"meeting occurred Grace Phiri+Yvan Gil @2023-06", "visit occurred Grace Phiri>Venezuela @2023-06-12", "visit occurred Peter Banda>Venezuela @2023-06-12"}},
		{"no traveller told",
			"CARACAS - Foreign Minister Grace Phiri, who travels with the official delegation, sat down with Venezuelan Foreign Minister Yvan Gil on Monday.",
			[]string{"meeting occurred Grace Phiri+Yvan Gil @2023-06-12"}},
	})
}

// TestWhoMetAfterAPair: "A and B, who met at X" is a meeting of the two
// the relative clause follows; one antecedent met no one.
func TestWhoMetAfterAPair(t *testing.T) {
	pub := day(2025, time.December, 5) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a pair, who met",
			"NAIROBI - The accord was signed on Tuesday by Malawi's Peter Banda and Kenya's Joseph Mwita, who met at State House.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-12"}},
		{"one antecedent, who met another",
			"NAIROBI - The accord was welcomed by Kenya's Joseph Mwita, who met Malawi's Peter Banda at State House on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-12-02"}},
	})
}

// TestLandedAtARelativeTime: "landed" with no place and a time told
// against the story's events ("a few hours earlier", "the same day") is an
// arrival where the story is.
func TestLandedAtARelativeTime(t *testing.T) {
	pub := day(2024, time.August, 23) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the same day", "Chile hosted the Andean summit in Santiago on Tuesday. Peruvian President Ana Reyes landed the same day.",
			[]string{"gathering occurred Chile+Peru @2024-08-20", "visit occurred Ana Reyes>Chile @2024-08-20"}},
		{"hours earlier, past perfect", "Chile hosted the Andean summit in Santiago on Tuesday. Peruvian President Ana Reyes had touched down a few hours earlier.",
			[]string{"gathering occurred Chile+Peru @2024-08-20", "visit occurred Ana Reyes>Chile @2024-08"}},
		{"in a relative clause", "Chile hosted the Andean summit in Santiago on Tuesday. Peruvian President Ana Reyes, who had landed the previous evening, met the Chilean president on Wednesday.",
			[]string{"gathering occurred Chile+Peru @2024-08-20", "meeting occurred Ana Reyes+Chile @2024-08-21", "visit occurred Ana Reyes>Chile @2024-08-19"}},
	})
}

// TestNamedPartyTravels: a group whose members the text names ("The group,
// led by X, included A and B") is who "the lawmakers" and "they" stand
// for after it: each arrives, and each takes part in the talks.
func TestNamedPartyTravels(t *testing.T) {
	pub := day(2026, time.January, 17) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"the lawmakers, then they",
			"OSLO - A congressional delegation spent Friday in the Norwegian capital. The group, led by Sen. Ann Cole (D-Ohio), included Sens. Ray Dunn (R-Utah) and Jo Park (D-Md.). The lawmakers flew in on Friday morning. By midday they held talks with Norwegian Prime Minister Jonas Gahr Store.",
			[]string{"meeting occurred Ann Cole+Jo Park+Jonas Gahr Store+Ray Dunn @2026-01-16",
				"visit occurred Ann Cole>Norway @2026-01-16", "visit occurred Jo Park>Norway @2026-01-16", "visit occurred Ray Dunn>Norway @2026-01-16"}},
		{"it included, then the senators",
			"OSLO - A congressional delegation led by Sen. Ann Cole (D-Ohio) arrived on Friday. It included Sens. Ray Dunn (R-Utah) and Jo Park (D-Md.). The senators met Norwegian Prime Minister Jonas Gahr Store later that day.",
			[]string{"meeting occurred Ann Cole+Jo Park+Jonas Gahr Store+Ray Dunn @2026-01-16",
				"visit occurred Ann Cole>Norway @2026-01-16", "visit occurred Jo Park>Norway @2026-01-16", "visit occurred Ray Dunn>Norway @2026-01-16"}},
	})
}

// TestGreeterTellsTheCountry: an arrival at an airport the gazetteer does
// not know, with no dateline or place in focus, is to the country of the
// one who greeted the traveller there, when that is not the traveller's
// own.
func TestGreeterTellsTheCountry(t *testing.T) {
	pub := day(2025, time.August, 24) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"landed, greeted by a demonym's official", "South Korean President Ana Reyes landed at Hoshizora Airport late on Saturday and was greeted by Japanese Deputy Foreign Minister Eva Paz.",
			[]string{"visit occurred Ana Reyes>Japan @2025-08-23"}},
		{"arrived, where welcomed", "South Korean President Ana Reyes arrived at Hoshizora Airport on Saturday, where she was welcomed by Japan's deputy foreign minister, Eva Paz.",
			[]string{"visit occurred Ana Reyes>Japan @2025-08-23"}},
		{"greeted by the traveller's own envoy tells nothing", "South Korean President Ana Reyes arrived at Hoshizora Airport on Saturday, where she was welcomed by South Korean Ambassador Eva Paz.",
			nil},
	})
}

// TestTripBeganOnADayIn: "The trip, X's second to Y, began on Wednesday
// evening in Z" and "X's trip began ..." are X's visit to Z's country on
// that day: a day between the verb and "in", and a possessor in apposition.
func TestTripBeganOnADayIn(t *testing.T) {
	pub := day(2024, time.April, 26) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"possessor in apposition", "The journey, Reyes's second to Japan this year, began on Wednesday evening in Osaka. Chilean Foreign Minister Ana Reyes is due home on Sunday.",
			[]string{"visit occurred Ana Reyes>Japan @2024-04-24"}},
		{"possessive before", "Chilean Foreign Minister Ana Reyes is due home on Sunday. Her tour started late on Tuesday in Osaka.",
			[]string{"visit occurred Ana Reyes>Japan @2024-04-23"}},
	})
}

// TestTravellingWithADelegationIncluding: "is travelling with a delegation
// of twenty officials, including A and B" makes A and B companions of the
// traveller: the trip and the country are theirs too.
func TestTravellingWithADelegationIncluding(t *testing.T) {
	pub := day(2023, time.June, 13) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"including after the party's noun", "BEIJING - Honduran President Ana Reyes arrived in Beijing on Friday. She is travelling with a party of some thirty people, including Finance Minister Carl Dunn and her economy secretary, Eva Paz.",
			[]string{"visit occurred Ana Reyes>China @2023-06-09", "visit occurred Carl Dunn>China @2023-06-09", "visit occurred Eva Paz>China @2023-06-09"}},
	})
	wantCountries(t, pub,
		"BEIJING - Honduran President Ana Reyes arrived in Beijing on Friday. She is travelling with a party of some thirty people, including Finance Minister Carl Dunn.",
		map[string]string{"Carl Dunn": "Honduras"})
}

// TestLeadersOfStatesTravel: "the leaders (presidents, foreign ministers)
// of A, B and C" as the subject of a journey are the people of those
// states the text names with that office, before or after; when one state
// has none named, no one is guessed.
func TestLeadersOfStatesTravel(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"leaders named after the arrival", "The leaders of Chile, Peru and Bolivia arrived in Quito on Friday. Chilean President Ana Ruiz, Peruvian President Hugo Salas and Bolivian President Raul Tapia were greeted by a band.",
			[]string{"visit occurred Ana Ruiz>Ecuador @2024-06-14", "visit occurred Hugo Salas>Ecuador @2024-06-14", "visit occurred Raul Tapia>Ecuador @2024-06-14"}},
		{"foreign ministers named before", "Lao Foreign Minister Somchai Vong and Vietnamese Foreign Minister Tran Van Minh spoke of trade. The foreign ministers of Laos and Vietnam then flew to Tokyo on Monday.",
			[]string{"visit occurred Somchai Vong>Japan @2024-06-10", "visit occurred Tran Van Minh>Japan @2024-06-10"}},
		{"one state with no leader named", "The leaders of Chile and Peru arrived in Quito on Friday. Chilean President Ana Ruiz spoke first.", nil},
	})
}

// TestCompanyAfterAParty: "along with" a minister after the party a
// leader arrived with names a companion; a "with" after a verb names none.
func TestCompanyAfterAParty(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"along with, after the party", "Chilean President Gabriel Boric arrived in Lima on Sunday with a record party of some 80 executives, along with Trade Minister Ana Lya Uriarte.",
			[]string{"visit occurred Ana Lya Uriarte>Peru @2025-03-16", "visit occurred Gabriel Boric>Peru @2025-03-16"}},
		{"with after a verb", "Mexican President Claudia Sheinbaum landed in Madrid on Sunday for the trip she had put off to deal with Governor Samuel Garcia.",
			[]string{"visit occurred Claudia Sheinbaum>Spain @2025-03-16"}},
	})
}

// TestMetAtTheAirportWhere: "landed at X Airport, where he was met by Y"
// and "landed at X Airport and was met by Y" are welcomes on arrival, no
// meetings; the landing is a visit.
func TestMetAtTheAirportWhere(t *testing.T) {
	pub := day(2024, time.July, 6) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"where he was met", "Kenyan President William Ruto landed at Kotoka International Airport in Accra on Friday, where he was met by Vice President Mahamudu Bawumia.",
			[]string{"visit occurred William Ruto>Ghana @2024-07-05"}},
		{"and was met", "Kenyan President William Ruto landed at Kotoka International Airport in Accra on Friday and was met by Vice President Mahamudu Bawumia.",
			[]string{"visit occurred William Ruto>Ghana @2024-07-05"}},
	})
}

// TestSurnameLikeATitleEndsASentence: a surname spelled like a title's
// abbreviation ("Sen.") ends the sentence when a pronoun follows, so the
// next sentence's reception is not read as an airport welcome.
func TestSurnameLikeATitleEndsASentence(t *testing.T) {
	pub := day(2024, time.July, 6) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"Sen. He", "Lao President Thongloun Sisoulith reached Phnom Penh on Friday and was greeted on the airstrip by former premier Hun Sen. He was received at the palace by King Norodom Sihamoni that evening.",
			[]string{"meeting occurred Norodom Sihamoni+Thongloun Sisoulith @2024-07-05", "visit occurred Thongloun Sisoulith>Cambodia @2024-07-05"}},
	})
}

// TestTourListEndsAtAsClause checks that the countries of a clause opened
// by "as" after a tour ("as Sudan's war drags on") are no stops of it,
// while "as minister" leaves the tour alone.
func TestTourListEndsAtAsClause(t *testing.T) {
	checkBriefs(t, day(2024, time.March, 5), []briefCase{ // a Tuesday
		{"as-clause after the tour",
			"Kenya's foreign minister Musalia Mudavadi arrived in Kampala on Monday to open a tour of the region as Sudan's war against the RSF drags on.",
			[]string{"visit occurred Musalia Mudavadi>Uganda @2024-03-04"}},
	})
}

// TestVisitPaidToPerson covers a visit paid to a person, not a place ("X
// visited former President Y at his home", "paid a courtesy visit to Y"):
// the two met. A visit to a person's hometown or grave is no meeting, and
// a visit still to come is a planned meeting.
func TestVisitPaidToPerson(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"visited a former leader at home",
			"Ruto visited former President Uhuru Kenyatta at his home in Gatundu on Tuesday.",
			[]string{"meeting occurred Uhuru Kenyatta+William Ruto @2025-03-11"}},
		{"paid a visit to a titled person",
			"On Wednesday Kenyan President William Ruto paid a visit to the ailing former Zambian President Edgar Lungu in Lusaka.",
			[]string{"meeting occurred Edgar Lungu+William Ruto @2025-03-12", "visit occurred William Ruto>Zambia @2025-03-12"}},
		{"a courtesy visit to a head of state",
			"Mudavadi paid a courtesy visit to Tanzanian President Samia Suluhu Hassan at State House on Thursday.",
			[]string{"meeting occurred Musalia Mudavadi+Samia Suluhu Hassan @2025-03-13"}},
		{"a visiting leader at a session is no visit paid to them",
			"Mudavadi left to attend a session of the Senate also attended by visiting Zambian President Hakainde Hichilema.",
			nil},
		{"a visit to a person's hometown",
			"Ruto visited Kenyatta's hometown of Gatundu on Tuesday.",
			nil},
		{"a visit to a person still to come",
			"Ruto will pay a visit to former President Uhuru Kenyatta next week.",
			[]string{"meeting planned Uhuru Kenyatta+William Ruto @2025-03"}},
	})
}

// TestVietnameseSpellings covers country and city names written with
// Vietnamese marks ("Việt Nam", "Hà Nội"): the same places as their
// plain spellings, never a person met.
func TestVietnameseSpellings(t *testing.T) {
	pub := day(2025, time.March, 17) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"arrived in Việt Nam, then talks in Hà Nội",
			"Cambodian Foreign Minister Prak Sokhonn arrived in Việt Nam late on Sunday. In Hà Nội on Monday, Planning Minister Nguyễn Chí Dũng received him.",
			[]string{"meeting occurred Nguyễn Chí Dũng+Prak Sokhonn @2025-03-17", "visit occurred Prak Sokhonn>Vietnam @2025-03-16"}},
	})
}

// TestTripOfATermAndOnToTalks covers a trip's first stop told past an
// "of" phrase of time or office ("began the first trip of his second
// term in X") and a pair who "went on to talks" after a welcome.
func TestTripOfATermAndOnToTalks(t *testing.T) {
	pub := day(2025, time.May, 16) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the first trip of the year began in a capital",
			"Ruto started his longest trip of the year in Abuja on Tuesday.",
			[]string{"visit occurred William Ruto>Nigeria @2025-05-13"}},
		{"the first tour of a second term",
			"Mahama opened the first tour of his second term in Nairobi on Wednesday.",
			[]string{"visit occurred John Mahama>Kenya @2025-05-14"}},
		{"a trip of a delegation is no term",
			"Ruto began the trip of the delegation in Abuja on Tuesday.",
			nil},
		{"going on to talks after a greeting",
			"Mahama drove out to the airport to greet Ruto, and the pair then went on to talks at Jubilee House.",
			[]string{"meeting occurred John Mahama+William Ruto @2025-05"}},
	})
}

// TestLandingParticiples covers "landing" and "touching down" as
// participles of arrival ("after landing in X"), whose traveller is the
// subject of the main clause: not a person named inside the participle's
// clause, and not a thing the participle describes.
func TestLandingParticiples(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"greeted after landing",
			"Kenyan President William Ruto was greeted by Malawian Foreign Minister Joseph Mwita after landing in Lilongwe on Thursday.",
			[]string{"visit occurred William Ruto>Malawi @2024-05-02"}},
		{"fronted landing",
			"Shortly after landing in Lilongwe on Thursday, Kenyan President William Ruto laid a wreath.",
			[]string{"visit occurred William Ruto>Malawi @2024-05-02"}},
		{"fronted touching down",
			"After touching down in Lilongwe on Thursday, Kenyan President William Ruto drove to the lakeshore.",
			[]string{"visit occurred William Ruto>Malawi @2024-05-02"}},
		{"a person inside the participle's clause travels nowhere",
			"After arriving in Lilongwe on Wednesday and opening a clinic named after Joseph Mwita, Kenya's president gave a speech.",
			nil},
		{"a plane landing is no visit",
			"Kenyan President William Ruto said the cargo plane landing in Lilongwe on Thursday carried maize.",
			nil},
	})
}

// TestPurposeOfPlannedTravel covers a trip noun after "for" whose travel
// verb is planned ("is to fly to X later for a state visit to Y"): the
// visit is ahead; after a travel verb that happened it was made.
func TestPurposeOfPlannedTravel(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"is to fly for a visit",
			"Kenyan President William Ruto met Zambian President Hakainde Hichilema in Lusaka on Saturday. He is to fly to Lilongwe later for a state visit to Malawi.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2024-05-04", "visit planned William Ruto>Malawi @"}},
		{"flew for a visit",
			"Kenyan President William Ruto flew to Lilongwe on Friday for a state visit to Malawi.",
			[]string{"visit occurred William Ruto>Malawi @2024-05-03"}},
	})
}

// TestQuantifiedRelativeList covers a list of people followed by "all of
// whom" or "both of whom": the relative clause is every one's (each flew
// in), and the main clause after it has the whole list as its subject.
func TestQuantifiedRelativeList(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"both of whom, then held talks with",
			"On Tuesday, Kenya's William Ruto and Zambia's Hakainde Hichilema, both of whom had flown in the night before, held talks with Peter Banda in Lilongwe.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda+William Ruto @2025-03-11",
				"visit occurred Hakainde Hichilema>Malawi @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"all of whom, then joined",
			"Kenya's William Ruto, Zambia's Hakainde Hichilema and Tanzania's Samia Suluhu Hassan, all of whom flew in on Tuesday, joined Peter Banda in Lilongwe for talks.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda+Samia Suluhu Hassan+William Ruto @2025-03-11",
				"visit occurred Hakainde Hichilema>Malawi @2025-03-11", "visit occurred Samia Suluhu Hassan>Malawi @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
	})
}

// TestLabelledPost covers a post or remark quoted after its author's name
// and a colon, its verb first and its subject left out, as social-media
// posts are written: the author arrived, met or held talks; a quote that
// names its own subject keeps it; and an opening verb is no part of the
// title after it.
func TestLabelledPost(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"arrived, under a timestamp",
			`Tuesday, 09:45 - Zambia's President Hakainde Hichilema: "Arrived in Lilongwe for the Lake Basin Summit. Looking forward to the talks."`,
			[]string{"gathering occurred Zambia @2025-03-11", "visit occurred Hakainde Hichilema>Malawi @2025-03-11"}},
		{"met, with the title after the verb",
			`Kenya's Foreign Minister Joseph Mwita: "Met President Peter Banda of Malawi in Lilongwe on Tuesday to talk about trade."`,
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"a quote with its own subject",
			`Kenya's Foreign Minister Joseph Mwita: "President Peter Banda of Malawi arrived in Nairobi on Tuesday."`,
			[]string{"visit occurred Peter Banda>Kenya @2025-03-11"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: `Kenya's Foreign Minister Joseph Mwita: "Met President Peter Banda of Malawi in Lilongwe on Tuesday."`})
	for _, a := range f.Actors {
		if a.Name == "Peter Banda" && a.Role != "President" {
			t.Errorf("Peter Banda's role %q, want President", a.Role)
		}
	}
}

// TestQuotedFirstPerson covers a quoted "I" whose speaker the sentence
// names before the quote with a verb of saying or posting, or right after
// it: the speaker met or travelled. A quote with no speaker named gives no
// one.
func TestQuotedFirstPerson(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"speaker before, said on a day",
			`Zambia's President Hakainde Hichilema said on Tuesday: "I met President Peter Banda of Malawi in Lilongwe on Monday and we agreed on the railway."`,
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"speaker after the quote",
			`"I held talks with President Peter Banda of Malawi in Lilongwe on Monday," Zambia's President Hakainde Hichilema told reporters.`,
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"said after the quote, then the speaker",
			`"I sat down with President Peter Banda of Malawi in Lilongwe on Monday," said Hakainde Hichilema, Zambia's president.`,
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"no speaker named",
			`"I met President Peter Banda of Malawi in Lilongwe on Monday," the statement read.`,
			nil},
	})
}

// TestDayOfSaying covers a day told with a verb of saying before the
// event it reports: the event takes its own day, and the saying's only
// when it has none.
func TestDayOfSaying(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"said on a day, met on another",
			"Zambia's President Hakainde Hichilema said on Tuesday that he met President Peter Banda of Malawi in Lilongwe on Monday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-10"}},
		{"told reporters late on a day",
			"Kenya's foreign minister Joseph Mwita told reporters late on Tuesday he had held talks with Malawi's foreign minister Grace Phiri in Lilongwe on Sunday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-09"}},
	})
}

// TestTravelledAlongside covers a companion told by "alongside" right
// after the trip ("flew into X alongside Y"): Y travelled too; one beside
// the traveller at an event told further on ("opened ..., alongside Y")
// did not.
func TestTravelledAlongside(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"flew into alongside",
			"On Tuesday, Malawi's Peter Banda flew into Kisumu alongside the Zambian envoy Grace Phiri and met Kenya's President William Ruto.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-11",
				"visit occurred Grace Phiri>Kenya @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Peter Banda of Malawi, now on a three-day tour of Kenya, also opened a trade fair in Kisumu last year, alongside Zambian President Hakainde Hichilema."})
	for _, e := range f.Events {
		if e.Type == schema.Visit && strings.HasSuffix(string(e.Visitor), "hakainde-hichilema") {
			t.Errorf("a companion at a later event travelled: %+v", e)
		}
	}
}

// TestHandles covers people named by social-media handles in quoted
// posts ("talks with President @PeterBanda"): the capitalised words of the
// handle name the person the text names in words, even spelt a little
// differently; a handle that names no one the text or the gazetteer knows
// is no person.
func TestHandles(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	const lead = "Kenya's President William Ruto landed in Malawi on Monday. Malawi's President Peter Banda called the visit historic.\n\n"
	checkBriefs(t, pub, []briefCase{
		{"a handle of a person named before",
			lead + `Tuesday, 18:10 - Ruto again: "A long and warm conversation with President @PeterBanda this evening in Lilongwe."`,
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-10"}},
		{"a handle spelt differently",
			lead + `Tuesday, 18:10 - Banda: "Met my brother President @WillRuto this evening at Kamuzu Palace."`,
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-10"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: lead + `Tuesday, 18:10 - Banda thanked @LakeNewsDaily and @CitizenTvKenya for the coverage.`})
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson && (strings.Contains(a.Name, "News") || strings.Contains(a.Name, "Citizen")) {
			t.Errorf("a handle read as a person: %q", a.Name)
		}
	}
}

// TestHostedHimAfterOnwardLeg covers "him" in a "where" clause after an
// onward leg: the traveller, the subject the legs share, not the one met
// on the leg before.
func TestHostedHimAfterOnwardLeg(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"where C hosted him",
			"The trip opened in Lilongwe on March 3, when Kenya's Daniel Ochieng held talks with Malawian President Peter Banda, and went on to Lusaka the following day, where Zambian President Hakainde Hichilema hosted him at State House.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-04", "meeting occurred Daniel Ochieng+Peter Banda @2025-03-03",
				"visit occurred Daniel Ochieng>Malawi @2025-03-03", "visit occurred Daniel Ochieng>Zambia @2025-03-04"}},
	})
}

// TestTravelledToList covers a trip "to" a list of places: every place of
// the list is a stop, dated as the trip; a place after another phrase is
// none ("flew to X to discuss trade with Y").
func TestTravelledToList(t *testing.T) {
	pub := day(2025, time.June, 12)
	checkBriefs(t, pub, []briefCase{
		{"cities listed",
			"Malawi's President Peter Banda travelled to Nairobi, Kampala and then Kigali last month.",
			[]string{"visit occurred Peter Banda>Kenya @2025-05", "visit occurred Peter Banda>Rwanda @2025-05", "visit occurred Peter Banda>Uganda @2025-05"}},
		{"countries listed",
			"Malawi's President Peter Banda went on to Kenya and Uganda in May.",
			[]string{"visit occurred Peter Banda>Kenya @2025-05", "visit occurred Peter Banda>Uganda @2025-05"}},
		{"one stop, then another phrase",
			"Malawi's President Peter Banda flew to Nairobi in May to discuss trade with Uganda and Zambia.",
			[]string{"visit occurred Peter Banda>Kenya @2025-05"}},
	})
}

// TestPresenceOfMany covers a presence told of several travellers at once:
// "A and B were both in X", its ", along with C and D", and "A and B,
// both in X for the summit," before the main verb.
func TestPresenceOfMany(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a pair were both in a city",
			"Kenyan President William Ruto and Zambian President Hakainde Hichilema were both in Lilongwe on Tuesday.",
			[]string{"visit occurred Hakainde Hichilema>Malawi @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"along with two more",
			"Kenya's William Ruto was in Lilongwe on Tuesday, along with Tanzania's Samia Suluhu Hassan and Uganda's Yoweri Museveni.",
			[]string{"visit occurred Samia Suluhu Hassan>Malawi @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11", "visit occurred Yoweri Museveni>Malawi @2025-03-11"}},
		{"both in a city between commas",
			"Kenyan President William Ruto and Zambian President Hakainde Hichilema, both in Lilongwe for the trade fair, held talks on Tuesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-11", "visit occurred Hakainde Hichilema>Malawi @2025-03-11", "visit occurred William Ruto>Malawi @2025-03-11"}},
		{"the host country's own leader is no visitor",
			"Malawian President Peter Banda and Zambian President Hakainde Hichilema were both in Lilongwe on Tuesday.",
			[]string{"visit occurred Hakainde Hichilema>Malawi @2025-03-11"}},
	})
}

// TestArrivalAfterMainClause covers an arrival told in a phrase of time
// after a past main clause ("... shortly after landing in X on Monday",
// "... upon landing in Y"): the main subject's visit, on the phrase's day.
func TestArrivalAfterMainClause(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"shortly after landing",
			"Kenyan envoy Daniel Ochieng met Malawian President Peter Banda shortly after landing in Lilongwe on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03", "visit occurred Daniel Ochieng>Malawi @2025-03-10"}},
		{"upon landing, written on the day",
			"Kenyan envoy Daniel Ochieng spoke to reporters upon landing in Lilongwe on Friday.",
			[]string{"visit occurred Daniel Ochieng>Malawi @2025-03-14"}},
	})
}

// TestGoingOnTo covers an onward leg told by a participle after the main
// clause ("met Y in Nairobi before going on to Kampala and Kigali"): the
// main clause's subject travels on, not the one just named; a clause that
// tells a plan ("is due in A, before going on to B") gives no visit yet.
func TestGoingOnTo(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"had gone on to",
			"After the lake summit, Malawian Foreign Minister Peter Banda had gone on to Kigali.",
			[]string{"visit occurred Peter Banda>Rwanda @2024-08"}},
		{"before going on to",
			"Malawian Foreign Minister Peter Banda held talks with Kenyan Foreign Minister Joseph Mwita in Nairobi on Saturday before going on to Kampala and Kigali.",
			[]string{
				"meeting occurred Joseph Mwita+Peter Banda @2024-08-17",
				"visit occurred Peter Banda>Kenya @2024-08-17",
				"visit occurred Peter Banda>Rwanda @2024-08",
				"visit occurred Peter Banda>Uganda @2024-08",
			}},
		{"a plan before going on",
			"Malawian Foreign Minister Peter Banda is due in Nairobi later on Tuesday, before going on to Kampala.",
			nil},
		{"he met two before flying on",
			"Malawian President Peter Banda landed in Nairobi on Sunday. On Monday he saw Kenyan President Joseph Mwita and Vice President Daniel Ochieng, before flying on to Kigali.",
			[]string{
				"meeting occurred Daniel Ochieng+Peter Banda @2024-08-19",
				"meeting occurred Joseph Mwita+Peter Banda @2024-08-19",
				"visit occurred Peter Banda>Kenya @2024-08-18",
				"visit occurred Peter Banda>Rwanda @2024-08-19",
			}},
		{"was to speak before flying",
			"Malawian President Peter Banda was to address the assembly in Nairobi before flying to Kigali on Wednesday evening.",
			nil},
		{"flying back home",
			"The Malawian head of state saw Kenyan President Joseph Mwita before flying back to Lilongwe.",
			[]string{"meeting occurred Joseph Mwita+Malawi @2024-08"}},
	})
}

// TestReturnedFromAfterADay covers a return told with its day before the
// place it was made from ("returned home on Friday night from X",
// "returned on Saturday from X"): the traveller had been to X's country.
func TestReturnedFromAfterADay(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	want := []string{"visit occurred Peter Banda>Kenya @"}
	checkBriefs(t, pub, []briefCase{
		{"home, a day, then from", "Malawian President Peter Banda returned home on Saturday night from Nairobi.", want},
		{"returned on a day from", "Malawian President Peter Banda returned on Saturday from Nairobi.", want},
	})
}

// TestHomewardFrom covers the way back told with the place left: the home
// city between the verb and "from" ("returned to X on Friday from Y"), and
// other verbs of travel once "back" or "home" follows them ("flew back
// from Y", "came home from Y"). The traveller had been in Y's country; a
// plain "arrived from Y" names only where a journey started.
func TestHomewardFrom(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	want := []string{"visit occurred Peter Banda>Kenya @"}
	checkBriefs(t, pub, []briefCase{
		{"returned to the capital, a day, from", "Malawian President Peter Banda returned to Lilongwe on Saturday from Nairobi.", want},
		{"returned to the capital from", "Malawian President Peter Banda returned to Lilongwe from Nairobi late on Saturday.", want},
		{"flew back from", "Malawian President Peter Banda flew back from Nairobi on Saturday once the trade talks had ended.", want},
		{"came home from", "Malawian President Peter Banda came home from Kenya on Saturday evening.", want},
		{"had come back from talks in", "Malawian President Peter Banda had just come back from talks in Nairobi.", want},
		{"arrived back from a stay", "Malawian President Peter Banda arrived back on Saturday from three days in Kenya.", want},
		{"arrived from: where the trip began", "Malawian President Peter Banda arrived from Nairobi on Saturday.", nil},
		{"a planned return", "Malawian President Peter Banda will fly back from Nairobi on Saturday.", nil},
	})
}

// TestEnvoyAtPost covers an envoy whose role names the country of the
// post ("ambassador to Kenya", "High Commissioner to Kenya"): being there
// is living there, no visit unless the text has the envoy arrive there or
// leave after a stay (a post held from abroad); a trip to a third country
// still is one.
func TestEnvoyAtPost(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"flew back to the post",
			"Malawi's ambassador to Kenya, Joseph Mwita, flew back from Nairobi for the talks in Lilongwe on Monday.", nil},
		{"a call made at the post",
			"Joseph Mwita, Malawi's High Commissioner to Kenya, paid a courtesy call on Kenyan President Daniel Ochieng in Kenya on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2024-08-19"}},
		{"arrived from abroad",
			"Joseph Mwita, Malawi's High Commissioner to Kenya, arrived in Nairobi on Monday from Lilongwe, where the mission has sat since the floods.",
			[]string{"visit occurred Joseph Mwita>Kenya @2024-08-19"}},
		{"left after a stay",
			"Malawi's ambassador to Kenya, Joseph Mwita, left Nairobi on Monday, his round of lake border talks done.",
			[]string{"visit occurred Joseph Mwita>Kenya @2024-08-19"}},
		{"a third country",
			"Malawi's ambassador to Kenya, Joseph Mwita, flew to Kampala on Monday.",
			[]string{"visit occurred Joseph Mwita>Uganda @2024-08-19"}},
	})
}

// TestArrivalAtNamedAirport covers an arrival at an airport news names by
// its own name, which the gazetteer's airport table knows (OurAirports):
// "landed at Wattay airport" is a visit to Laos with no city or dateline
// told; the traveller's own airport is a way home.
func TestArrivalAtNamedAirport(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"landed at, lower-case head", "Kenyan President Joseph Mwita landed at Wattay airport on Sunday.",
			[]string{"visit occurred Joseph Mwita>Laos @2025-03-09"}},
		{"arrived at, full name", "Kenyan President Joseph Mwita arrived at Ben Gurion International Airport on Sunday evening.",
			[]string{"visit occurred Joseph Mwita>Israel @2025-03-09"}},
		{"flew into", "Kenyan President Joseph Mwita flew into Toncontín International Airport on Sunday.",
			[]string{"visit occurred Joseph Mwita>Honduras @2025-03-09"}},
		{"another name of the airport", "Kenyan President Joseph Mwita landed at Ezeiza on Sunday for two days of talks.",
			[]string{"visit occurred Joseph Mwita>Argentina @2025-03-09"}},
		{"the traveller's own airport", "On Sunday Kenyan President Joseph Mwita was home, landing at Jomo Kenyatta International Airport.", nil},
		{"greeted at the airport by an unnamed official", "Kenyan President Joseph Mwita was greeted at Wattay airport on Sunday by a deputy foreign minister.",
			[]string{"visit occurred Joseph Mwita>Laos @2025-03-09"}},
	})
}

// TestTravellingWith covers one told to be travelling with a traveller in
// a relative clause ("X, who is travelling with Banda, met Y"):
// X made the trip too.
func TestTravellingWith(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"is travelling with",
			"Malawian President Peter Banda arrived in Nairobi on Sunday. Foreign Minister Grace Phiri, who is travelling with Banda, saw Kenyan Foreign Minister Joseph Mwita on Monday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-10", "visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
		{"was flying with",
			"Malawian President Peter Banda arrived in Nairobi on Sunday. Foreign Minister Grace Phiri, who was flying with him, stayed at the embassy.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
	})
}

// TestSpentTimeInTwoPlaces covers a stay told over a list of places
// ("spent the week in Nairobi and Kampala"): a visit to each country.
func TestSpentTimeInTwoPlaces(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"visit occurred Peter Banda>Kenya @2025-03", "visit occurred Peter Banda>Uganda @2025-03"}
	checkBriefs(t, pub, []briefCase{
		{"a main clause", "Malawian Foreign Minister Peter Banda spent the week in Nairobi and Kampala.", want},
		{"a relative clause", "Malawian Foreign Minister Peter Banda, who spent the week in Nairobi and then Kampala, was absent from the forum.", want},
	})
}

// TestClosedDaysOfTalks covers a stay told by its length when it closes:
// "closed three days of consultations in X", "... here" under a dateline:
// a visit, its arrival day untold.
func TestClosedDaysOfTalks(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"visit occurred Daniel Ochieng>Malawi @2025-03"}
	checkBriefs(t, pub, []briefCase{
		{"in a city", "Kenyan Foreign Minister Daniel Ochieng closed three days of consultations in Lilongwe on Friday.", want},
		{"here under a dateline", "LILONGWE - Kenyan Foreign Minister Daniel Ochieng on Friday concluded three days of intense border talks here.", want},
		{"no place", "Kenyan Foreign Minister Daniel Ochieng closed three days of consultations on Friday.", nil},
		{"a group closed them", "LILONGWE - Lake Basin ministers finished four days of consultations here on Friday with Kenya's Daniel Ochieng watching from afar.", nil},
	})
}

// TestArrivalAfterHomeLeadersTrip: under a dateline of the home country of
// a leader whose trip abroad was just told, a bare arrival of another
// leader is at that trip's place, and "arrived there" always is; otherwise
// a bare arrival stays where the story is filed.
func TestArrivalAfterHomeLeadersTrip(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the home leader's trip",
			"LILONGWE - Malawian President Peter Banda flew to Nairobi on Monday night for talks hosted by Kenya. Tanzanian President Samia Suluhu Hassan arrived on Tuesday afternoon.",
			[]string{"visit occurred Peter Banda>Kenya @2025-03-03", "visit occurred Samia Suluhu Hassan>Kenya @2025-03-04"}},
		{"arrived there",
			"LILONGWE - Zambian President Grace Phiri flew to Nairobi on Monday night for talks hosted by Kenya. Tanzanian President Samia Suluhu Hassan arrived there on Tuesday afternoon.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-03", "visit occurred Samia Suluhu Hassan>Kenya @2025-03-04"}},
		{"a foreign leader's trip: the dateline",
			"LILONGWE - Zambian President Grace Phiri flew to Nairobi on Monday night for talks hosted by Kenya. Tanzanian President Samia Suluhu Hassan arrived on Tuesday afternoon.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-03", "visit occurred Samia Suluhu Hassan>Malawi @2025-03-04"}},
	})
}

// TestVisitPaidBy covers a visit noun with a relative clause whose verb
// "paid" or "made" takes its person "to" a place ("the visit X paid to
// Nairobi in April", "the state visit that X made to Kenya"): X's visit,
// told by that verb's tense.
func TestVisitPaidBy(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	want := []string{"visit occurred Hakainde Hichilema>Kenya @2025-04"}
	checkBriefs(t, pub, []briefCase{
		{"paid, no that", "Ruto spoke warmly of the visit Zambia's Hakainde Hichilema paid to Nairobi in April.", want},
		{"made, with that", "Officials still praise the state visit that Zambia's Hakainde Hichilema made to Kenya in April.", want},
		{"will make", "Officials are preparing for the state visit Zambia's Hakainde Hichilema will make to Kenya in June.", nil},
	})
}

// TestChoseForTrip: "chose X for his first trip abroad" is a trip to X,
// and "chose A and B" one to each; a place chosen to host something else,
// or a choice to come, is none. A participle after the chosen places ("...,
// meeting Y", "..., having talks with Y") is the chooser's, not the places'
// states'.
func TestChoseForTrip(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a country, first trip abroad", "Malawian President Peter Banda chose Kenya for his first trip abroad last month.",
			[]string{"visit occurred Peter Banda>Kenya @2025-02"}},
		{"a city, official visit", "Last month Malawian President Peter Banda picked Nairobi for his first official visit.",
			[]string{"visit occurred Peter Banda>Kenya @2025-02"}},
		{"chosen to host", "Malawian President Peter Banda chose Kenya for the venue of the talks.", nil},
		{"a choice to come", "Malawian President Peter Banda will choose Kenya for his first trip abroad.", nil},
		{"two cities", "Last month Malawian President Peter Banda chose Lusaka and Nairobi for his first tour as head of state.",
			[]string{"visit occurred Peter Banda>Kenya @2025-02", "visit occurred Peter Banda>Zambia @2025-02"}},
		{"three countries with a serial comma", "Malawian President Peter Banda picked Zambia, Tanzania, and Kenya for his first journey abroad in February.",
			[]string{"visit occurred Peter Banda>Kenya @2025-02", "visit occurred Peter Banda>Tanzania @2025-02", "visit occurred Peter Banda>Zambia @2025-02"}},
		{"a participle after the places: the chooser met",
			"Malawian President Peter Banda chose Lusaka and Nairobi for his first trip abroad last month, meeting Zambian President Hakainde Hichilema and Kenyan President William Ruto.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-02", "meeting occurred Peter Banda+William Ruto @2025-02",
				"visit occurred Peter Banda>Kenya @2025-02", "visit occurred Peter Banda>Zambia @2025-02"}},
		{"a participle after one place",
			"Malawian President Peter Banda chose Lusaka for his first trip abroad last month, sitting down with Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-02", "visit occurred Peter Banda>Zambia @2025-02"}},
		{"a participle with its noun of talks",
			"Malawian President Peter Banda chose Lusaka for his first trip abroad last month, having talks there with Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-02", "visit occurred Peter Banda>Zambia @2025-02"}},
	})
}

// TestDelegationIsIn: "a delegation led by X is in Y" puts its head in Y.
func TestDelegationIsIn(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"led by, is in", "A Malawian delegation led by Foreign Minister Peter Banda is in Nairobi for talks on the lake.",
			[]string{"visit occurred Peter Banda>Kenya @2025-03"}},
		{"headed by, was in", "A Malawian team headed by Foreign Minister Peter Banda was in Nairobi on Tuesday.",
			[]string{"visit occurred Peter Banda>Kenya @2025-03-04"}},
	})
}

// TestTripInApposition: a trip noun in apposition (", his first trip to
// X") shares the clause before it: a plan when that clause is one.
func TestTripInApposition(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a plan", "Kenyan envoy Joseph Mwita is scheduled to begin two days of talks in Lilongwe on Friday, his first trip to Malawi in the post.",
			[]string{"visit planned Joseph Mwita>Malawi @2025-03-07"}},
		{"a trip made", "Kenyan envoy Joseph Mwita began two days of talks in Lilongwe on Monday, his first trip to Malawi in the post.",
			[]string{"visit occurred Joseph Mwita>Malawi @2025-03-03"}},
	})
}

// TestProceededForTalks: a past journey verb of moving on ("proceeded",
// "walked", "crossed") before "for a meeting with Y", on a past day, is a
// meeting that took place, as "went" and "drove" are; "will proceed" is
// a plan.
func TestProceededForTalks(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"proceeded", "Malawian President Peter Banda reached Kisumu on Tuesday and proceeded to State Lodge for a meeting with Kenyan Vice-President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
		{"walked", "Malawian Foreign Minister Peter Banda walked across the square on Tuesday to the ministry for talks with Kenyan Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"a plan", "Malawian President Peter Banda will proceed to State House on Friday to hold a meeting with Kenyan Vice-President Daniel Ochieng.",
			[]string{"meeting planned Daniel Ochieng+Peter Banda @2025-03-14"}},
	})
}

// TestAccompaniedOnTheTripBy: "He was accompanied throughout by A; B; and
// C" after a leader's arrival gives each companion named by name the
// leader's visit and country, through a list whose items part with
// semicolons and hold offices with commas; the offices themselves stand
// for no one.
func TestAccompaniedOnTheTripBy(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a semicolon list", "Malawian President Peter Banda landed in Nairobi on Tuesday. He was accompanied throughout by the Energy Minister, Mr Joseph Phiri; the Trade Minister, Dr Grace Phiri; and Governor Daniel Mbewe of the Central Region.",
			[]string{"visit occurred Daniel Mbewe>Kenya @2025-03-11", "visit occurred Grace Phiri>Kenya @2025-03-11", "visit occurred Joseph Phiri>Kenya @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
		{"is accompanied by", "Malawian President Peter Banda reached Nairobi on Tuesday. He is accompanied by Trade Minister Grace Phiri.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
	})
	checkPersonCountries(t, pub, []countryCase{
		{"the leader's country", "Malawian President Peter Banda reached Nairobi on Tuesday. He was accompanied throughout by the Trade Minister, Dr Grace Phiri; and Governor Daniel Mbewe of the Central Region.", "Daniel Mbewe", "Malawi"},
	})
}

// TestContinuedToAPlace: "continued to X" and "proceeded to X" with a
// place right after "to" are a journey there; "continued to press Kenya"
// is an infinitive, no journey.
func TestContinuedToAPlace(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"continued to a city", "Malawian President Peter Banda wrapped up his Kenyan stop on Monday and continued to Kampala on Tuesday.",
			[]string{"visit occurred Peter Banda>Uganda @2025-03-11"}},
		{"proceeded to a city", "Malawian Foreign Minister Grace Phiri proceeded to Lusaka on Wednesday.",
			[]string{"visit occurred Grace Phiri>Zambia @2025-03-12"}},
		{"an infinitive", "Malawian President Peter Banda continued to press Kenya on the border dispute on Tuesday.", nil},
	})
}

// TestBeforeProceedingForTalks: "..., before heading to State Lodge
// for a meeting with Y" after an arrival on a past day is a meeting that
// took place, as "and proceeded to" is.
func TestBeforeProceedingForTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"before heading", "Malawian President Peter Banda reached Kisumu on Tuesday morning, where Governor Daniel Ochieng welcomed him at the airport, before heading to State Lodge for a meeting with Kenyan Vice-President Joseph Mwita.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-11"}},
	})
}

// TestAndTheNextDayMet: "arrived in X on Sunday and the next day met Y":
// the first verb's subject met Y, on the day after; "the next day" is a
// time, not a plan like "the next meeting" (which tells no meeting held).
func TestAndTheNextDayMet(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the next day", "Kenyan envoy Joseph Mwita landed in Lilongwe on Sunday and the next day met Malawian President Peter Banda.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-10", "visit occurred Joseph Mwita>Malawi @2025-03-09"}},
		{"the next meeting", "Kenyan envoy Joseph Mwita said the next meeting with Malawian President Peter Banda would settle the text.", nil},
	})
}

// TestFlewInAPastMonthForTalks: a flight "in January for talks with Y",
// told in March, is a trip made, so the talks took place; the same in the
// month of publication may still be ahead.
func TestFlewInAPastMonthForTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a past month", "Kenyan envoy Joseph Mwita flew to Lilongwe in January for talks with Malawian President Peter Banda.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-01", "visit occurred Joseph Mwita>Malawi @2025-01"}},
		{"this month", "Kenyan envoy Joseph Mwita flew to Lilongwe in March for talks with Malawian President Peter Banda.",
			[]string{"meeting planned Joseph Mwita+Peter Banda @2025-03", "visit occurred Joseph Mwita>Malawi @2025-03"}},
	})
}

// TestHadComeTo: "who had come to X" is a journey there, as "came to X"
// is; "urged that Y come to X" is a wish.
func TestHadComeTo(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"had come", "On Friday, Malawian President Peter Banda received Kenyan Vice-President Daniel Ochieng, who had come to Lilongwe for the fisheries talks.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-14", "visit occurred Daniel Ochieng>Malawi @2025-03-14"}},
		{"a wish", "Malawian President Peter Banda had urged that Kenyan Vice-President Daniel Ochieng come to Lilongwe in person.", nil},
	})
}

// TestCapitalisedVisitKinds: official style capitalises a visit's kind and
// noun ("paid a State Visit", "an Official Visit"); neither is a name, and
// the visit is one.
func TestCapitalisedVisitKinds(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a State Visit with dates",
			"Malawian President Peter Banda paid a State Visit to Kenya from 28 to 30 April 2024.",
			[]string{"visit occurred Peter Banda>Kenya @2024-04-28"}},
		{"an Official Visit after an invitation",
			"At the invitation of Kenyan President Daniel Ochieng, Malawian President Peter Banda began an Official Visit to Kenya on Tuesday.",
			[]string{"visit occurred Peter Banda>Kenya @2024-04-30"}},
	})
}

// TestStayingIn: "has been staying in X since Monday" and "remains in X"
// tell a stay abroad under way, dated from the "since" like "has been in".
func TestStayingIn(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"staying since",
			"Kenyan Foreign Minister Daniel Ochieng has been staying in Lilongwe since Monday.",
			[]string{"visit occurred Daniel Ochieng>Malawi @2024-04-29"}},
		{"staying in a relative clause",
			"Kenyan envoy Daniel Ochieng, who has been staying in Lilongwe since Monday, met President Peter Banda on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "visit occurred Daniel Ochieng>Malawi @2024-04-29"}},
	})
}

// TestLeftAndAttended: a departure joined to the gathering its traveller
// then attended abroad ("left Lilongwe on Saturday and attended a summit
// in the Zambian capital") is a trip there, dated by the departure; one
// at home is none.
func TestLeftAndAttended(t *testing.T) {
	pub := day(2025, time.October, 28) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a summit abroad", "Malawian President Peter Banda left Lilongwe on Saturday and attended a summit in the Zambian capital on Sunday.",
			[]string{"gathering occurred Malawi @2025-10-26", "visit occurred Peter Banda>Zambia @2025-10-25"}},
		{"a summit of several in a city", "Malawian President Peter Banda left Lilongwe on Saturday and joined a summit between Malawi and the bloc's other members in Lusaka.",
			[]string{"visit occurred Peter Banda>Zambia @2025-10-25"}},
		{"a summit at home", "Malawian President Peter Banda left Lilongwe on Saturday and attended a summit in Blantyre on Sunday.",
			[]string{"gathering occurred Malawi @2025-10-26"}},
	})
}

// TestVisitedTogether: "A and B visited X" is a visit of each, with an
// adverb of time between subject and verb too; a country's pavilion or
// stand toured abroad is no visit to that country.
func TestVisitedTogether(t *testing.T) {
	pub := day(2025, time.March, 2) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"two named and titled",
			"Kenyan Foreign Minister Daniel Ochieng and Trade Minister Grace Phiri visited Lusaka on Monday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2025-02-24", "visit occurred Grace Phiri>Zambia @2025-02-24"}},
		{"a time adverb before the verb",
			"Kenyan Foreign Minister Daniel Ochieng and Trade Minister Grace Phiri last week toured Zambia's copper belt.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2025-02", "visit occurred Grace Phiri>Zambia @2025-02"}},
		{"a pavilion of a country at a fair at home",
			"Kenyan Trade Minister Daniel Ochieng and Zambian Vice President Grace Phiri jointly toured the Zambia pavilion in Nairobi on Monday.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-02-24"}},
	})
}

// TestTimeBetweenSubjectAndVerb covers the wire style that puts the day
// between the traveller and the verb ("X on Monday visited Y", "X in
// February flew to Y"): a time is no unknown name standing as the subject.
func TestTimeBetweenSubjectAndVerb(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"on a weekday visited", "Zambian President Hakainde Hichilema on Monday visited Malawi.",
			[]string{"visit occurred Hakainde Hichilema>Malawi @2025-03-10"}},
		{"on a weekday arrived in a city", "Kenyan Foreign Minister Joseph Mwita on Wednesday arrived in Lilongwe for two days of talks.",
			[]string{"visit occurred Joseph Mwita>Malawi @2025-03-12"}},
		{"in a month flew to", "Zambia's trade minister, Grace Phiri, in February flew to Kenya.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-02"}},
		{"a day's trip put off", "Kenyan Foreign Minister Joseph Mwita's Thursday trip to Lilongwe was called off.", nil},
	})
}

// TestLedADelegationTo covers a trip told by the party its leader took
// there: "led a delegation to Y", "headed a trade mission of twenty firms
// to Y", "is leading a team to Z this week"; "will lead" is planned, and
// "the mission to Y" one heads is an embassy, no trip.
func TestLedADelegationTo(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"led a delegation to a country", "Zambian Senator Peter Banda led a cross-party delegation to Kenya on Monday.",
			[]string{"visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"headed a mission of firms to a city", "Malawi's trade minister, Grace Phiri, headed a trade mission of twenty firms to Lusaka on Tuesday.",
			[]string{"visit occurred Grace Phiri>Zambia @2025-03-11"}},
		{"led a delegation to a city, where", "Kenyan Foreign Minister Joseph Mwita led a delegation to Blantyre on Wednesday, where he met Malawi's Nancy Tembo.",
			[]string{"meeting occurred Joseph Mwita+Nancy Tembo @2025-03-12", "visit occurred Joseph Mwita>Malawi @2025-03-12"}},
		{"will lead", "Zambian Senator Peter Banda will lead a delegation to Kenya next month.",
			[]string{"visit planned Peter Banda>Kenya @2025-04"}},
		{"heads the mission to a country", "Kenyan diplomat Joseph Mwita, who heads the Kenyan mission to Malawi, spoke on Monday.", nil},
	})
}

// TestPartyOfATrip covers the members of a travelling party named beside
// its leader's trip: "with a delegation that included A and B" (the
// leader is the one who flew, not a member whose trip the same sentence
// told), ", joined by A and B" after "led a delegation to Y", and "X was
// joined by A and B." in the next sentence, which names no place of its
// own. The members take the leader's trip, are of the leader's country,
// and sit in the talks "the senators" (or "the Members") held; one named only as a possessor
// ("B, X's son-in-law") is no member. When "the delegation" lands, its
// leader, whose trip was told before the members were named, lands too. A
// trip told first by its month and then by its day keeps the day.
func TestPartyOfATrip(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	visits := []string{"visit occurred Grace Phiri>Kenya @2025-03-10", "visit occurred Joseph Mwita>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}
	talks := "meeting occurred Grace Phiri+Joseph Mwita+Peter Banda+William Ruto @2025-03-11"
	checkBriefs(t, pub, []briefCase{
		{"a delegation that included",
			"Zambian Senator Peter Banda flew to Nairobi on Monday with a delegation that included Senator Grace Phiri and Senator Joseph Mwita. On Tuesday the lawmakers held talks with President William Ruto.",
			append([]string{talks}, visits...)},
		{"joined by, after led a delegation to",
			"Zambian Senator Peter Banda led a cross-party delegation to Kenya on Monday, joined by Senator Grace Phiri and Senator Joseph Mwita. On Tuesday the delegation met President William Ruto.",
			append([]string{talks}, visits...)},
		{"was joined by, the next sentence",
			"Zambian Senator Peter Banda, leading a group of lawmakers, touched down in Nairobi on Monday. Banda was joined by Senator Grace Phiri and Senator Joseph Mwita. On Tuesday the senators sat down with President William Ruto.",
			append([]string{talks}, visits...)},
		{"the party lands, its leader too",
			"Zambian Senator Peter Banda this week led a cross-party delegation to Kenya. Banda was joined by Senator Grace Phiri and Senator Joseph Mwita. The delegation landed in Nairobi on Monday.",
			visits},
		{"the members",
			"Zambian Senator Peter Banda, Senator Grace Phiri and Senator Joseph Mwita flew into Nairobi on Monday. The next morning the Members were received by President William Ruto.",
			append([]string{talks}, visits...)},
		{"a possessor is no member",
			"Zambian Senator Peter Banda arrived in Nairobi on Monday, accompanied by adviser Joseph Mwita, Hakainde Hichilema's nephew.",
			[]string{"visit occurred Joseph Mwita>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"a month, then the day",
			"LILONGWE - Kenyan Foreign Minister Joseph Mwita flew in from Lusaka on Thursday. The regional tour had opened on Tuesday in Lusaka.",
			[]string{"visit occurred Joseph Mwita>Malawi @2025-03-13", "visit occurred Joseph Mwita>Zambia @2025-03-11"}},
	})
}

// TestTripForTalksPastAnAside covers a trip made for talks with an aside
// set off by commas between the two ("flew to X on Monday, barely hours
// after taking the oath of office, for talks with Y"): the talks were
// held, as without the aside; one that names a person is no aside.
func TestTripForTalksPastAnAside(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	held := []string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-10", "visit occurred Joseph Mwita>Zambia @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"an aside of time", "Kenya's new foreign minister, Joseph Mwita, flew to Lusaka on Monday, barely hours after taking the oath of office, for talks with his Zambian counterpart, Mulambo Haimbe.", held},
		{"an aside with a pronoun", "Kenya's new foreign minister, Joseph Mwita, flew to Lusaka on Monday, his first trip since taking office, for talks with his Zambian counterpart, Mulambo Haimbe.", held},
	})
}

// TestArrivedWithKinNamed covers a traveller who arrived "with his wife,
// Y" or "with her chief aide, Y": the one named after the comma came too.
func TestArrivedWithKinNamed(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"his wife", "Kenya's William Ruto touched down in Lilongwe on Sunday evening with his wife, Rachel Ruto.",
			[]string{"visit occurred Rachel Ruto>Malawi @2025-03-09", "visit occurred William Ruto>Malawi @2025-03-09"}},
		{"her chief aide", "Zambia's trade minister, Grace Phiri, flew into Nairobi on Monday with her chief aide, Peter Banda.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
	})
}

// TestSinceEndsTheDestinations: a "since" clause after a trip's noun or
// verb tells a time ("since the Sudan war began", "since Russia's
// invasion of Ukraine"), not a place gone to.
func TestSinceEndsTheDestinations(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a tour of the region",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe wrapped up his fourth tour of East Africa since the Sudan war started.",
			nil},
		{"a first trip",
			"NAIROBI - Malawian President Lazarus Chakwera flew to Nairobi on Monday, his first trip abroad since Mozambique's floods.",
			[]string{"visit occurred Lazarus Chakwera>Kenya @2025-03-10"}},
	})
}

// TestWentWithCompany: "went with Y to X" and "drove with Y to X" take Y
// along, as "travelled with" and "flew with" do.
func TestWentWithCompany(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"went with",
			"LUSAKA - On Monday Zambia's top diplomat, Mulambo Haimbe, went with Trade Minister Peter Banda to Nairobi.",
			[]string{"visit occurred Mulambo Haimbe>Kenya @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"drove with",
			"LILONGWE - Malawian President Lazarus Chakwera drove with Foreign Minister Nancy Tembo to Lusaka on Tuesday.",
			[]string{"visit occurred Lazarus Chakwera>Zambia @2025-03-11", "visit occurred Nancy Tembo>Zambia @2025-03-11"}},
	})
}

// TestCompanyBeforeTheWay: the company named after "with" may come before
// the way ("flew with A and B to X", "travelled with his wife to X",
// "flew with his minister, Y, to X"); a "to" of purpose ("to review the
// plan") is no way.
func TestCompanyBeforeTheWay(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"two named",
			"LILONGWE - On Tuesday Malawi's Lazarus Chakwera flew with Foreign Minister Nancy Tembo and Trade Minister Grace Phiri to Lusaka.",
			[]string{"visit occurred Grace Phiri>Zambia @2025-03-11", "visit occurred Lazarus Chakwera>Zambia @2025-03-11", "visit occurred Nancy Tembo>Zambia @2025-03-11"}},
		{"a spouse unnamed",
			"LILONGWE - On Tuesday Malawi's Lazarus Chakwera travelled with his wife to Lusaka for a two-day stay.",
			[]string{"visit occurred Lazarus Chakwera>Zambia @2025-03-11"}},
		{"a minister named after a comma",
			"LILONGWE - On Tuesday Malawi's Lazarus Chakwera flew with his foreign minister, Nancy Tembo, to Lusaka.",
			[]string{"visit occurred Lazarus Chakwera>Zambia @2025-03-11", "visit occurred Nancy Tembo>Zambia @2025-03-11"}},
	})
}

// TestDepartureAheadEndsAStay: a departure still ahead ("is due to leave
// X", "leaves X on Friday") tells a stay under way only when a phrase
// says it ends one ("at the close of a four-day trip", "wrapping up his
// trip"); the day told is the departure's, no day of the stay. A
// departure ahead with nothing more, or one for a trip to come, is none.
func TestDepartureAheadEndsAStay(t *testing.T) {
	pub := day(2025, time.February, 20) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"due to leave, closing a trip",
			"Zambian Foreign Minister Mulambo Haimbe is due to leave Kenya on Friday at the close of a four-day trip.",
			[]string{"visit occurred Mulambo Haimbe>Kenya @2025-02"}},
		{"leaves after a stay",
			"Zambian Foreign Minister Mulambo Haimbe departs Malawi on Saturday after a two-day stay.",
			[]string{"visit occurred Mulambo Haimbe>Malawi @2025-02"}},
		{"expected to leave, wrapping up a trip",
			"Zambian Foreign Minister Mulambo Haimbe was expected to leave Kenya later, wrapping up his trip.",
			[]string{"visit occurred Mulambo Haimbe>Kenya @2025-02"}},
		{"a departure ahead and nothing more",
			"Zambian Foreign Minister Mulambo Haimbe leaves Kenya on Saturday.",
			nil},
		{"leaving for a visit to come",
			"Zambian Foreign Minister Mulambo Haimbe will leave for Kenya on Monday week, for talks and a short stay.",
			nil},
	})
}

// TestMeetingInAWhereClause: a meeting told in a "where" clause after a
// place ("flew into A from B, where he had met Y") was held at that
// place, a stop of the journey: B is visited, and A is not the
// meeting's place.
func TestMeetingInAWhereClause(t *testing.T) {
	pub := day(2025, time.January, 17) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a country before where",
			"Kenyan President William Ruto reached Lusaka on Friday from Malawi, where he had sat down with President Lazarus Chakwera on Thursday.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-01-16", "visit occurred William Ruto>Malawi @2025-01-16", "visit occurred William Ruto>Zambia @2025-01-17"}},
		{"a city before where",
			"Kenyan President William Ruto reached Lusaka on Friday from Blantyre, where he had sat down with President Lazarus Chakwera on Thursday.",
			[]string{"meeting occurred Lazarus Chakwera+William Ruto @2025-01-16", "visit occurred William Ruto>Malawi @2025-01-16", "visit occurred William Ruto>Zambia @2025-01-17"}},
	})
	for text, want := range map[string]string{
		"Kenyan President William Ruto reached Lusaka on Friday from Blantyre, where he had sat down with President Lazarus Chakwera on Thursday.": "Lazarus Chakwera+William Ruto @2025-01-16 in Blantyre",
		"Kenyan President William Ruto reached Lusaka on Friday from Malawi, where he had sat down with President Lazarus Chakwera on Thursday.":   "Lazarus Chakwera+William Ruto @2025-01-16",
	} {
		got := meetingsWithPlaces(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}))
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: got %v, want %q", text, got, want)
		}
	}
}

// TestPairOnAVisit: "A and B, who are on a visit to X" tells both visit
// X; "A and his wife, who are on a visit" tells A's, not that of the
// host named before.
func TestPairOnAVisit(t *testing.T) {
	pub := day(2023, time.September, 22) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"two named",
			"Kenyan Deputy President Daniel Ochieng and Foreign Minister Grace Phiri, who are on a working visit to Zambia until Monday, called on President Hakainde Hichilema on Friday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Hakainde Hichilema @2023-09-22", "visit occurred Daniel Ochieng>Zambia @2023-09", "visit occurred Grace Phiri>Zambia @2023-09"}},
		{"one named and his wife",
			"President Hakainde Hichilema gave a lunch on Friday in honour of Kenyan Deputy President Daniel Ochieng and his wife, who are in Zambia on a working visit until Monday.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2023-09"}},
	})
}

// TestSecondParticipleSharesTheSubject covers a participle joined by
// "and" to one after a comma ("X toured the region, meeting A and B and
// having an audience with C"): X is its subject too, not the people the
// first one met.
func TestSecondParticipleSharesTheSubject(t *testing.T) {
	pub := day(2025, time.March, 28) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"having an audience",
			"Malawi's President Peter Banda toured the region last week, meeting Zambian President Hakainde Hichilema and Kenyan President William Ruto and having an audience with Eswatini's King Mswati III.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Mswati III+Peter Banda @2025-03", "meeting occurred Peter Banda+William Ruto @2025-03"}},
		{"and holding talks",
			"Malawi's President Peter Banda toured the region last week, meeting Zambian President Hakainde Hichilema and Kenyan President William Ruto and holding talks with King Mswati III.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Mswati III+Peter Banda @2025-03", "meeting occurred Peter Banda+William Ruto @2025-03"}},
	})
}

// TestJoinedTheTraveller covers one who "joined" a traveller the text
// just took somewhere ("X flew to A, where Y joined him", "Y joined her
// there"): Y came to A too. A spouse's title ("First Partner Y") is no part
// of Y's name.
func TestJoinedTheTraveller(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"where Y joined him",
			"Kenyan President William Ruto flew to Lusaka on Monday, where Foreign Minister Daniel Ochieng joined him.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2025-03-03", "visit occurred William Ruto>Zambia @2025-03-03"}},
		{"Y joined her there, a spouse's title",
			"Malawi's Grace Phiri, a provincial governor, reached Nairobi on Monday. First Partner Peter Banda joined her there.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-03", "visit occurred Peter Banda>Kenya @2025-03-03"}},
	})
}

// TestDenialSparesARelativeClause covers a denied meeting whose other
// party a relative clause places somewhere: the denial does not reach
// the relative clause, so the stay is told as done.
func TestDenialSparesARelativeClause(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"who was in the city that week",
			"Aides denied reports that Hakainde Hichilema had sat down with Uganda's envoy Joseph Mwita, who was in Lusaka on Tuesday.",
			[]string{"meeting cancelled Hakainde Hichilema+Joseph Mwita @", "visit occurred Joseph Mwita>Zambia @2025-03-04"}},
	})
}

// TestLeftAPeople covers "left" before a plural demonym ("left the
// Zambians alone", "left the Kenyans to it"): a people left, not a
// country, so no stay there; "left Zambia" still is one.
func TestLeftAPeople(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"left a people alone",
			"After a short photo call, Uganda's Yoweri Museveni withdrew and left the Zambians and Malawians alone.",
			nil},
		{"left a people to it",
			"Uganda's Yoweri Museveni left the Kenyans to it on Tuesday.",
			nil},
		{"left a country",
			"Uganda's Yoweri Museveni left Zambia on Tuesday.",
			[]string{"visit occurred Yoweri Museveni>Zambia @2025-03-04"}},
	})
}

// TestTravelledTooWithNoPlace covers a bare "had travelled" (flew) with
// only a time after it, told after another's trip: the same destination,
// on the day the time phrase gives ("a day earlier": the day before the
// other's arrival); a manner word instead of a time names no trip.
func TestTravelledTooWithNoPlace(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	const ruto = "Kenya's William Ruto reached Lusaka on Tuesday. "
	rutoVisit := "visit occurred William Ruto>Zambia @2025-03-04"
	checkBriefs(t, pub, []briefCase{
		{"a day earlier",
			ruto + "Uganda's Yoweri Museveni had travelled a day earlier.",
			[]string{rutoVisit, "visit occurred Yoweri Museveni>Zambia @2025-03-03"}},
		{"the previous day",
			ruto + "Uganda's Yoweri Museveni had travelled the previous day.",
			[]string{rutoVisit, "visit occurred Yoweri Museveni>Zambia @2025-03-03"}},
		{"a weekday",
			ruto + "Uganda's Yoweri Museveni flew on Wednesday.",
			[]string{rutoVisit, "visit occurred Yoweri Museveni>Zambia @2025-03-05"}},
		{"a manner, no time",
			ruto + "Uganda's Yoweri Museveni had travelled widely.",
			[]string{rutoVisit}},
	})
}

// TestStayNoun covers a stay told by its noun after a possessive ("his
// stay in X", "Y's three-day stay in X"), whatever the verb around it
// (cut short, extended, ended): a visit, one to come when planned; "stay
// in school" is none.
func TestStayNoun(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"cut short his stay", "Uganda's Yoweri Museveni cut short his stay in Nairobi on Wednesday.",
			[]string{"visit occurred Yoweri Museveni>Kenya @2025-03-05"}},
		{"a possessive's stay ended", "Yoweri Museveni's three-day stay in Kenya ended on Wednesday.",
			[]string{"visit occurred Yoweri Museveni>Kenya @2025-03-05"}},
		{"a planned stay", "Uganda's Yoweri Museveni plans a three-day stay in Kenya in April.",
			[]string{"visit planned Yoweri Museveni>Kenya @2025-04"}},
		{"no place", "Uganda's Yoweri Museveni urged pupils to stay in school.", nil},
	})
}

// TestStayForTalksPastAnAside: talks told as the purpose of a stay ("was in
// X for talks with Y") were held, with an aside between the stay and its
// purpose as without one; a journey still ahead keeps its talks planned.
func TestStayForTalksPastAnAside(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	held := []string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11", "visit occurred Joseph Mwita>Malawi @2025-03-11"}
	checkBriefs(t, pub, []briefCase{
		{"no aside", "Kenyan Foreign Minister Joseph Mwita was in Lilongwe on Tuesday for talks with Malawian President Peter Banda.", held},
		{"an aside", "Kenyan Foreign Minister Joseph Mwita was in Lilongwe on Tuesday, his second trip there since June, for talks with Malawian President Peter Banda.", held},
		{"a stop with an aside", "Kenyan Foreign Minister Joseph Mwita stopped in Lilongwe on Tuesday, a detour added late to his tour, for talks with Malawian President Peter Banda.", held},
	})
}

// TestJoinedThemOnADay: "Y joined them" after a party's trip is Y's trip
// to the same country, on the day the sentence gives if it gives one; after
// a meeting "them" are its parties, and Y made no trip.
func TestJoinedThemOnADay(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	trip := "Kenyan Foreign Minister Joseph Mwita and envoy Amani Mrisho flew to Lusaka on Saturday. "
	checkBriefs(t, pub, []briefCase{
		{"joined them on a day", trip + "Trade chief Daniel Ochieng joined them on Sunday.",
			[]string{"visit occurred Amani Mrisho>Zambia @2025-03-08", "visit occurred Daniel Ochieng>Zambia @2025-03-09", "visit occurred Joseph Mwita>Zambia @2025-03-08"}},
		{"joined him, no day", "Kenyan Foreign Minister Joseph Mwita flew to Lusaka on Saturday. Trade chief Daniel Ochieng joined him.",
			[]string{"visit occurred Daniel Ochieng>Zambia @2025-03-08", "visit occurred Joseph Mwita>Zambia @2025-03-08"}},
		{"joined them after a meeting", "Kenyan Foreign Minister Joseph Mwita met Malawian President Peter Banda on Saturday. Trade chief Daniel Ochieng joined them on Sunday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-08"}},
	})
}

// TestHadFlownForTalks: a journey told in the pluperfect on a past day
// ("had flown into X on Thursday for talks with Y") was made, and so were
// the talks it was for; a journey still to come keeps its talks planned.
func TestHadFlownForTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"had flown into",
			"Kenyan Prime Minister Daniel Ochieng reached Lusaka on Saturday. He had flown into Lilongwe on Thursday for talks with Malawian President Peter Banda on maize.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-13", "visit occurred Daniel Ochieng>Malawi @2025-03-13", "visit occurred Daniel Ochieng>Zambia @2025-03-08"}},
		{"had travelled to",
			"Kenyan Prime Minister Daniel Ochieng had travelled to Lilongwe on Thursday for talks with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-13", "visit occurred Daniel Ochieng>Malawi @2025-03-13"}},
		{"will fly",
			"Kenyan Prime Minister Daniel Ochieng will fly to Lilongwe on Monday for talks with Malawian President Peter Banda.",
			[]string{"meeting planned Daniel Ochieng+Peter Banda @2025-03-17", "visit planned Daniel Ochieng>Malawi @2025-03-17"}},
	})
}
