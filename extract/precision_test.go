package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestThingSubjects: goods, forces and news that travel make no visit of
// the person named elsewhere in the sentence; people and the planes that
// carry them do.
func TestThingSubjects(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"cargo arrived", "The first wheat cargo arrived in Djibouti on Tuesday, shipping agent Omar Farah said.", nil},
		{"aid flown on", "The tents were flown to Niger and then on to Chad, relief coordinator Julie Marsh said.", nil},
		{"news reached", "News of the coup reached Abuja within hours, analyst Femi Ade told the broadcaster.", nil},
		{"shipment of goods", "A shipment of vaccines reached Kinshasa on Monday, health minister Jean Kabila said.", nil},
		{"it arrived", "It arrived in Maputo on Sunday, port director Ana Mucavele said of the tanker.", nil},
		{"troops arrived", "By the time troops arrived in the village, the gang led by Idris Musa had gone.", nil},
		{"person arrived", "Kenyan President Daniel Ochieng finally arrived in Accra on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-11"}},
		{"the plane carrying a person", "The plane carrying Kenyan President Daniel Ochieng landed in Accra on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-11"}},
		{"group visiting", "Canadian farmers visiting Seoul this week raised beef quotas, Trade Minister Mary Ng said.", nil},
		{"tourists arriving", "Tourists arriving in Fiji rose by a fifth, Tourism Minister Viliame Gavoka said.", nil},
		{"the time has arrived", "The time has arrived to settle the border, Kenyan President Daniel Ochieng said.", nil},
		{"person today visiting", "Kenyan President Daniel Ochieng is today visiting Accra for talks.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-14"}},
		{"on arriving", "Kenyan President Daniel Ochieng told journalists at the airfield on arriving in Accra on Tuesday.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06-11"}},
	})
}

// TestScheduledPresent: a present-tense verb of a timetable with a weekday
// tells a plan, dated forward ("leaves on Saturday" written on a Friday is
// tomorrow); the past tense stays a fact.
func TestScheduledPresent(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"begins a visit", "Chilean President Gabriel Boric begins a state visit to Peru on Monday.",
			[]string{"visit planned Gabriel Boric>Peru @2024-06-17"}},
		{"pays a visit", "Chilean President Gabriel Boric pays an official visit to Peru on Monday.",
			[]string{"visit planned Gabriel Boric>Peru @2024-06-17"}},
		{"meets", "Chilean President Gabriel Boric meets Peruvian President Dina Boluarte in Lima on Tuesday.",
			[]string{"meeting planned Dina Boluarte+Gabriel Boric @2024-06-18"}},
		{"leaves on a trip", "Chilean President Gabriel Boric leaves on Saturday on a short trip to Peru.",
			[]string{"visit planned Gabriel Boric>Peru @2024-06-15"}},
		{"began is past", "Chilean President Gabriel Boric began a state visit to Peru on Monday.",
			[]string{"visit occurred Gabriel Boric>Peru @2024-06-10"}},
		{"possessed plural is no verb", "Chilean President Gabriel Boric's visits to Peru on Monday drew protests.",
			[]string{"visit occurred Gabriel Boric>Peru @2024-06-10"}},
	})
}

// TestPresentOfTheDay: a present tense with a weekday timetables nothing
// when the weekday follows "earlier" or is the day of the dateline it is
// told under (a caption, a report of that day); another weekday still
// timetables.
func TestPresentOfTheDay(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday; May 2 is a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the dateline's weekday",
			"LILONGWE, May 2 - Malawian President Peter Banda meets Zambian President Hakainde Hichilema in the palace gardens on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2024-05-02"}},
		{"earlier on a weekday",
			"Malawian President Peter Banda, left, meets Zambian President Hakainde Hichilema in Lilongwe earlier on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2024-05-02"}},
		{"another weekday under the dateline is a timetable",
			"LILONGWE, May 2 - Malawian President Peter Banda meets Zambian President Hakainde Hichilema in the palace gardens on Monday.",
			[]string{"meeting planned Hakainde Hichilema+Peter Banda @2024-05-06"}},
	})
}

// TestSpeakerIsNoParticipant: talks a speaker describes are not the
// speaker's own unless the clause makes them so; the actor after an
// adverbial "after talks with" still is.
func TestSpeakerIsNoParticipant(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"talks as subject, speaker after", "Lenders say debt talks with Ghana are dragging on, said Treasury adviser Paul Reed.", nil},
		{"talks as subject, pronoun speaker", "Trade economist Maria Vogel was sceptical. \"The talks with Chile on copper are going nowhere,\" she said.", nil},
		{"adverbial talks, actor after", "After talks with Ghanaian President John Mahama on Monday, Kenyan President Daniel Ochieng said trade would grow.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-10"}},
		{"coming years is no fact", "Kenyan President Daniel Ochieng said his talks with Ghana over the coming months would settle the tariff row.",
			[]string{"meeting planned Daniel Ochieng+Ghana @"}},
	})
}

// TestPortfolioNames: the capitalised nouns of a portfolio are no part of
// the name after it.
func TestPortfolioNames(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"negotiations", "New Zealand's Minister for Trade Negotiations Ian Grey arrived in Hanoi on Tuesday.",
			[]string{"visit occurred Ian Grey>Vietnam @2024-06-11"}},
		{"investments", "Kenya's Cabinet Secretary for Trade and Investments Rose Wanjiku arrived in Hanoi on Tuesday.",
			[]string{"visit occurred Rose Wanjiku>Vietnam @2024-06-11"}},
		{"industry", "Malaysia's Minister of Trade and Industry Aziz Rahman arrived in Hanoi on Tuesday.",
			[]string{"visit occurred Aziz Rahman>Vietnam @2024-06-11"}},
		{"receipts are no person", "Orsini Group SpA said it would list American Depositary Receipts. Orsini is also holding talks with Egypt on new stores.", nil},
	})
}

// TestThingNames: a capitalised run that ends in the noun of an accord, a
// prize, a fair, an address or a district names no person, so it is
// nobody's partner in talks.
func TestThingNames(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a numbered consensus",
			"The visiting special envoy held talks in Lilongwe on Tuesday with Malawian President Peter Banda about carrying out the SADC Seven-Point Consensus.",
			nil}, // the envoy is unnamed: no pair
		{"a district",
			"The special envoy held talks on Monday with Malawian President Peter Banda about security in Mangochi District.",
			nil},
		{"an address",
			"Malawian President Peter Banda and Kenyan President William Ruto shook hands outside the residence at 12 Chilambula Marg. Afterwards the pair sat down for talks.",
			[]string{"meeting occurred Peter Banda+William Ruto @2024-05"}},
		{"a portfolio ending in change",
			"Malawi's Minister of Forestry and Climate Change Ruth Phiri arrived in Hanoi on Tuesday.",
			[]string{"visit occurred Ruth Phiri>Vietnam @2024-04-30"}},
	})
}

// TestCountedAndReportedDates: meetings counted ("on two occasions") get no
// date of their own, and a date of the saying is not the date of the talks
// its "that" clause tells.
func TestCountedAndReportedDates(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"counted meetings", "Vietnamese Premier Pham Minh said he had met Thai Prime Minister Arun Chai on three occasions.",
			[]string{"meeting occurred Arun Chai+Pham Minh @"}},
		{"date of the saying", "Kenyan President Daniel Ochieng told a radio station today that the talks between Kenya and Ghana in Accra on June 28 would be short.",
			[]string{"meeting planned Ghana+Kenya @2024-06-28"}},
	})
}

// TestWishesAndUnnamedSubjects: talks wished for are planned, and a clause
// whose subject is an unnamed group gives the speaker or the article's
// person no meeting.
func TestWishesAndUnnamedSubjects(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"seeking talks", "Zambian Finance Minister Situmbeko Musokotwane said Zambia was seeking talks with the IMF.",
			[]string{"meeting planned International Monetary Fund+Zambia @"}},
		{"wanted talks", "Zambian Finance Minister Situmbeko Musokotwane said Zambia wanted talks with the IMF soon.",
			[]string{"meeting planned International Monetary Fund+Zambia @"}},
		{"willing without to", "Officials said Kenya is willing talk with Somalia about the maritime border.",
			[]string{"meeting planned Kenya+Somalia @"}},
		{"unnamed group subject", "Delegates of the cocoa growers met Ghanaian officials on Monday, said market analyst Kofi Mensah.", nil},
		{"the bankers held talks", "The creditor banks held talks with Zambia on Monday, Zambian Finance Minister Situmbeko Musokotwane said.",
			nil},
	})
}

// TestAppealsPlansAndOtherSubjects: "called on X ... to act" is an appeal;
// a verb coordinated with a future one is planned; "future talks" are
// planned; a person in the object's relative clause and the subject of a
// reporting clause are no participants.
func TestAppealsPlansAndOtherSubjects(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"appeal far from its to", "The Kenyan parliament on Tuesday called on President Daniel Ochieng in a unanimous vote to close the border.", nil},
		{"call with a purpose", "Ghanaian Foreign Minister Sam Ablakwa called on President Daniel Ochieng at State House on Tuesday to discuss trade.",
			[]string{"meeting occurred Daniel Ochieng+Sam Ablakwa @2024-06-11"}},
		{"coordinated future", "Japanese Prime Minister Fumio Kishida will pay a five-day state visit to Kenya from June 20 and hold talks in Nairobi with President Daniel Ochieng.",
			[]string{"meeting planned Daniel Ochieng+Fumio Kishida @", "visit planned Fumio Kishida>Kenya @2024-06-20"}},
		{"future talks", "Zambian Finance Minister Situmbeko Musokotwane said Zambia's future debt talks with the IMF would be easier.",
			[]string{"meeting planned International Monetary Fund+Zambia @"}},
		{"talks the speaker describes", "Zambian Finance Minister Situmbeko Musokotwane said future debt talks with the IMF would be easier.", nil},
		{"person in the object's relative clause", "Senators were wary after three meetings with Japan's ex-foreign minister Taro Kono, who came to prepare the visit of Prime Minister Fumio Kishida.", nil},
		{"unknown name after said", "Westfield Savings said Marlow also had talks with board chairman Paul Stern and director Ruth Stern about their stake.", nil},
		{"unknown name after said, held talks", "Westfield Savings said Marlow also held talks with its chairman Paul Stern and director Ruth Stern about their stake.", nil},
	})
}

// TestTalkIdioms: "talked the currency down" and "spoke out" are no talks
// with anyone named later; a company ending in "Properties" is no party.
func TestTalkIdioms(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"talked down", "In that row, Kenyan ministers talked down the shilling to push Uganda to buy more.", nil},
		{"talked lower to", "Officials in Tokyo talked the yen lower to press the United States on tariffs.", nil},
		{"spoke out", "Kenyan President Daniel Ochieng spoke out against Ghana's tariffs on Monday.", nil},
		{"spoke to", "Kenyan President Daniel Ochieng spoke to Ghanaian President John Mahama on Monday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-10"}},
		{"properties company", "Gerald Ruiz and Harbor Properties confirmed early discussions on a joint bid.", nil},
	})
}

// TestPurposesAndAgents: talks that a departure or preparation is for are
// planned, as are "probable" talks and a meeting "when they meet"; a visit
// "by" someone is theirs; a speaker ends a list and is not one of "the two".
func TestPurposesAndAgents(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"leaves for talks", "Kenyan Trade Minister Rose Wanjiku leaves today for Accra for trade talks with Ghanaian officials.",
			[]string{"meeting planned Ghana+Rose Wanjiku @2024-06-14"}},
		{"groundwork for talks", "A Kenyan team is in Accra preparing the ground for talks between Rose Wanjiku and Ghanaian Trade Minister Kofi Mensah.",
			[]string{"meeting planned Kofi Mensah+Rose Wanjiku @"}},
		{"met for talks", "Kenyan Trade Minister Rose Wanjiku met Ghanaian Trade Minister Kofi Mensah in Accra on Tuesday for talks on tariffs.",
			[]string{"meeting occurred Kofi Mensah+Rose Wanjiku @2024-06-11"}},
		{"probable meeting", "Traders awaited a probable encounter, and a probable meeting between Kenyan Trade Minister Rose Wanjiku and Ghanaian Trade Minister Kofi Mensah is set for later today.",
			[]string{"meeting planned Kofi Mensah+Rose Wanjiku @2024-06-14"}},
		{"when they meet", "Analysts said the two ministers may settle the row when they meet in Geneva in July.", nil},
		{"his visit on a weekday", "Kenyan President Daniel Ochieng leaves on his third state visit to Japan on Wednesday.",
			[]string{"visit planned Daniel Ochieng>Japan @2024-06-19"}},
		{"visit by an agent", "The dinner in Nairobi opened a four-day visit to Kenya by Ghanaian Trade Minister Kofi Mensah.",
			[]string{"visit occurred Kofi Mensah>Kenya @2024-06"}},
		{"trip by a group", "Kenyan Trade Minister Rose Wanjiku said little had changed even after a trip to Chile last month by senior Kenyan officials.", nil},
		{"which arrived", "The two Swiss banks, which arrived in Frankfurt in 2019, are hiring, said banker Hans Meier.", nil},
		{"speaker ends the list", "Ghanaian President John Mahama met with IMF chief Kristalina Georgieva, and finance minister Ato Forson said the two discussed the debt.",
			[]string{"meeting occurred John Mahama+Kristalina Georgieva @2024-06"}},
	})
}

// TestAgentsAndUnnamedSpeakers: the agent of a passive at a meeting is its
// participant; talks reported by unnamed officials are not the article's
// person's.
func TestAgentsAndUnnamedSpeakers(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"passive agent at a meeting", "Kenyan President Daniel Ochieng spoke first. The offer was made yesterday by Ghanaian Trade Minister Kofi Mensah at a meeting with Kenyan Trade Minister Rose Wanjiku.",
			[]string{"meeting occurred Kofi Mensah+Rose Wanjiku @2024-06-13"}},
		{"unnamed officials said", "Kenyan President Daniel Ochieng left early. Trade officials said the talks with Ghana on tariffs had stalled.", nil},
		{"officials of a country said", "Kenyan President Daniel Ochieng left early. Kenyan officials said they saw little movement in talks with Ghana on tariffs.",
			[]string{"meeting occurred Ghana+Kenya @2024-06"}},
	})
}

// TestCompoundAdjectivesAreNoNames: "Kawasaki-built" and model codes are
// no person's name.
func TestCompoundAdjectivesAreNoNames(t *testing.T) {
	for _, text := range []string{
		"The air force will replace all of Japan's Kawasaki-built C-1 transports by 2030.",
		"Kenya's Nairobi-based Safari Tours said bookings rose.",
		"Kenya's Gross Domestic Product grew by five percent last year.",
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2024, time.June, 14)})
		for _, a := range f.Actors {
			if a.Kind == schema.KindPerson {
				t.Errorf("%q: person %q", text, a.Name)
			}
		}
	}
}

// TestTogetherWithAnUnnamedParty: two people meeting an unnamed party did
// not meet each other; "met with each other" they did.
func TestTogetherWithAnUnnamedParty(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"with investors", "Chief executive Ana Lima and finance director Paul Ode are meeting with fund managers in London this week.", nil},
		{"with each other", "Kenyan President Daniel Ochieng and Ghanaian President John Mahama met with each other in Accra on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-11"}},
	})
}

// TestArrivalAtAPostAndReturnDays: an arrival with no place is at a post,
// not in a country; the day someone returns from a visit is not the visit's.
func TestArrivalAtAPostAndReturnDays(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"arrival at a post", "NAIROBI, June 14 - Shares rose soon after chief executive Paul Ode's arrival, traders said.", nil},
		{"return day", "Kenyan President Daniel Ochieng, who returns from a state visit to Japan on Sunday, faces a budget fight.",
			[]string{"visit occurred Daniel Ochieng>Japan @2024-06"}},
	})
}

// TestClausesAroundTalks: a country in a "that" clause after a meeting is
// no place of it; a visit whose relative clause starts it on a weekday is
// planned; talks that "will focus" are planned; sources in talks are
// unnamed; leaving a country is a visit only of a foreigner.
func TestClausesAroundTalks(t *testing.T) {
	pub := day(2024, time.June, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"that clause", "Indonesian Energy Minister Bahlil Lahadalia told reporters after meeting President Prabowo Subianto that mild weather in the United States cut demand.",
			[]string{"meeting occurred Bahlil Lahadalia+Prabowo Subianto @2024-06"}},
		{"which starts on Friday", "Kenyan President Daniel Ochieng's state visit to Ghana, which starts on Friday, drew protests.",
			[]string{"visit planned Daniel Ochieng>Ghana @"}},
		{"talks will focus", "Kenyan President Daniel Ochieng's discussions with Ghanaian President John Mahama will focus on trade, an aide said.",
			[]string{"meeting planned Daniel Ochieng+John Mahama @"}},
		{"sources in talks", "Kenyan President Daniel Ochieng left early. Analysts currently in talks with Ghana agree.", nil},
		{"left a country", "Investigators say the two partners in the shop, Paul Ode and his brother Sam Ode, have left Kenya.", nil},
	})
}

// TestTheTwoMinisters: "the two ministers" are the pair told before,
// cabinet secretaries included, and never the article's other person;
// "we" in talks gives no named participant.
func TestTheTwoMinisters(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"pair with a third", "Kenyan Finance Minister John Mbadi and U.S. Treasury Secretary Janet Yellen met in Nairobi on Tuesday. Economist Paul Ode said rates fell. As both ministers were meeting with central bank governor Kamau Thugge, the shilling firmed.",
			[]string{"meeting occurred Janet Yellen+John Mbadi @2024-06-11", "meeting occurred Janet Yellen+John Mbadi+Kamau Thugge @2024-06-11"}},
		{"we hold talks", "Kenyan Finance Minister John Mbadi spoke. \"We are in detailed discussions with the IMF,\" an aide added.", nil},
	})
}

// TestTerritoriesBeforeTransfer: a stop in Hong Kong before 1997 is no
// visit to China; after it, it is.
func TestTerritoriesBeforeTransfer(t *testing.T) {
	const text = "German banker Karl Meister arrived in Hong Kong on Tuesday."
	checkBriefs(t, day(1987, time.April, 9), []briefCase{{"1987", text, nil}})
	checkBriefs(t, day(2024, time.June, 14), []briefCase{{"2024", text, []string{"visit occurred Karl Meister>China @2024-06-11"}}})
}

// TestProspectsHabitsAndVessels: prospects, obstruction, permission and
// habit make no held meeting; a timetable told in a "who" clause is a plan;
// a list with parentheses stays one list; ships are no visitors.
func TestProspectsHabitsAndVessels(t *testing.T) {
	pub := day(2024, time.June, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"who arrives on Friday", "Protests were planned for the visit of Kenyan President Daniel Ochieng, who arrives on a three-day official tour of Ghana on Friday.",
			[]string{"visit planned Daniel Ochieng>Ghana @2024-06-14"}},
		{"coming up", "\"With my meeting with Ghanaian President John Mahama coming up, I will say no more,\" Kenyan President Daniel Ochieng said.",
			[]string{"meeting planned Daniel Ochieng+John Mahama @"}},
		{"prospects for a meeting", "Prospects look dim for a July meeting between Kenyan and Ghanaian officials, Kenyan President Daniel Ochieng said.", nil},
		{"obstructing talks", "A lender accused Kenya of obstructing talks with Ghana and Togo last year.",
			[]string{"meeting cancelled Ghana+Kenya @2023", "meeting cancelled Kenya+Togo @2023"}},
		{"habit", "Kenyan President Daniel Ochieng praised Ghanaian President John Mahama. \"We speak on the phone with him weekly.\"", nil},
		{"permission", "A pact signed in Accra last year lets Kenya and Ghana attend meetings of the council.", nil},
		{"list with parentheses", "Following meetings with Senator Ann Cole (D-Ohio) and Senator Ray Dunn (R-Utah), the farm groups issued a statement.", nil},
		{"ship after an appositive", "Kenyan President Daniel Ochieng spoke. A research ship, escorted by two frigates, left for Ghana on Tuesday.", nil},
		{"named vessel", "Dockers resumed work on the bulk carrier Ocean Pearl. The Ocean Pearl arrived in Mombasa recently with wheat.", nil},
	})
}

// TestBeforeAndReceived: talks someone speaks before, talks that "would"
// do something, meetings someone "is to hold" are plans; received shares
// are no guests; "talking to the press before the talks with X" is no call with X.
func TestBeforeAndReceived(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"speaking before a meeting", "Kenyan Finance Minister John Mbadi, talking to the press before the talks with the Paris Club, said Kenya would seek relief.",
			[]string{"meeting planned John Mbadi+Paris Club @"}},
		{"is to hold meetings", "Kenyan Trade Minister Rose Wanjiku is to hold three rounds of meetings with Ghanaian Trade Minister Kofi Mensah.",
			[]string{"meeting planned Kofi Mensah+Rose Wanjiku @"}},
		{"talks would", "Few expect the talks with Ghana would end the row, Kenyan Trade Minister Rose Wanjiku said.", nil},
		{"received shares", "Investors in Nordholm Vie received nine new shares each, and holders of Nordholm Re got six.", nil},
		{"the coming summit", "Kenyan President Daniel Ochieng urged leaders to act at the coming trade summit in Nairobi.", nil},
	})
}

// TestAttributiveDates: "the June 2 Lome accords" dates the accords, not the
// visit in the sentence; "the June 12-14 meeting" dates the meeting.
func TestAttributiveDates(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"date of another thing", "Kenyan President Daniel Ochieng, opening a three-day visit to Ghana, said the June 2 Lome accords should guide trade.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2024-06"}},
		{"date of the event", "Ghanaian President John Mahama held the June 12-14 talks with Kenyan President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-12"}},
	})
}

// TestCompanyShortNamesAndAdverbs: a company's name without its suffix is
// still the company; a sentence adverb starts no name.
func TestCompanyShortNamesAndAdverbs(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"short company name", "Harlow Mercer Corp shares rose. Harlow Mercer on Thursday met with Kenyan President Daniel Ochieng.", nil},
		{"sentence adverb", "Reportedly Kenyan President Daniel Ochieng met Ghanaian President John Mahama on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
	})
}

// TestMealsAndJointDiscussions: a working lunch or dinner with someone, and
// "lunched/dined with", are meetings; "A and B discussed X" is a joint
// meeting.
func TestMealsAndJointDiscussions(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"working lunch", "Kenyan President Daniel Ochieng held a working lunch with Ghanaian President John Mahama on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
		{"dined with", "Kenyan President Daniel Ochieng dined with Ghanaian President John Mahama on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
		{"joint discussion", "Kenyan President Daniel Ochieng and Ghanaian President John Mahama discussed a rail link on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
		{"dinner as a time", "Kenyan President Daniel Ochieng and Ghanaian President John Mahama held talks before the dinner on fishing rights.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06"}},
	})
}

// TestLongNegationsAndPassiveReceptions: "has not had a proper one-to-one
// meeting" cancels it; "was also received by" is a meeting.
func TestLongNegationsAndPassiveReceptions(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"not held a formal meeting", "Kenyan President Daniel Ochieng has not had a proper one-to-one meeting with Ghanaian President John Mahama.",
			[]string{"meeting cancelled Daniel Ochieng+John Mahama @"}},
		{"was also received by", "Kenyan President Daniel Ochieng toured Accra on Thursday. He was also received by Ghanaian President John Mahama.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
	})
}

// TestMonthMayAndCoordinatedVerbs: the month "May" is no modal; the object
// of the first verb is not the subject of "and met"; "crossed into" and
// "flew in" under a dateline are trips; a far "will" of the same clause
// makes a summit planned.
func TestMonthMayAndCoordinatedVerbs(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"visited in May and met", "Ghanaian Foreign Minister Sam Ablakwa had visited Nairobi in May and met President Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Sam Ablakwa @2024-05", "visit occurred Sam Ablakwa>Kenya @2024-05"}},
		{"crossed into", "Ghanaian President John Mahama crossed into Togo by car on Tuesday.",
			[]string{"visit occurred John Mahama>Togo @2024-06-11"}},
		{"flew in under a dateline", "LOME, June 14 - Leaders met at a hotel on Friday. Ghanaian President John Mahama flew in for the day.",
			[]string{"visit occurred John Mahama>Togo @2024-06"}},
		{"far will", "Envoys of the seven nations will meet in Lome from June 30 to July 2 to settle the agenda for the group's Accra summit in August.", nil},
	})
}

// TestSurnameFirstCapitals: names written surname first in capitals are
// read as names, in the order the gazetteer knows, and a compound summit
// noun with its own "with" is the two people's meeting.
func TestSurnameFirstCapitals(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"surname first", "On June 12, Mr. ISHIBA Shigeru, the Japanese premier, held a bilateral Japan-Korea meeting with Mr. YOON Suk Yeol, the Korean president.",
			[]string{"meeting occurred Shigeru Ishiba+Yoon Suk Yeol @2024-06-12"}},
		{"initials stay", "Nepali Prime Minister KP Sharma Oli held talks on Wednesday with India's Prime Minister Narendra Modi.",
			[]string{"meeting occurred KP Sharma Oli+Narendra Modi @2024-06-12"}},
	})
}

// TestNamedGatheringAsSubject: a gathering named as the subject of
// "opened", or as what leaders "met ... for", is read with its whole proper
// name, an apostrophe and a "for" inside it included.
func TestNamedGatheringAsSubject(t *testing.T) {
	pub := day(2024, time.June, 14)
	for _, tc := range []struct{ text, name string }{
		{"The 9th Ministerial Meeting of the Lake Chad Basin Commission opened in Ndjamena on Thursday. Ministers of Niger, Nigeria and Cameroon attended.",
			"9th Ministerial Meeting of the Lake Chad Basin Commission"},
		{"The 12th Coastal Ministers' Meeting opened in Mombasa on Thursday. Ministers of Kenya, Tanzania and Somalia attended.",
			"12th Coastal Ministers' Meeting"},
		{"Leaders of Kenya, Ghana and Togo attended the 2nd Summit of the Forum for Africa-Caribbean Trade in Accra on Thursday.",
			"2nd Summit of the Forum for Africa-Caribbean Trade"},
		{"The leaders of Kenya, Ghana and Togo met in Lome on Thursday for the West Africa Trade summit.",
			"West Africa Trade summit"},
		{"Ministers from Kenya, Ghana and Togo wrapped up a two-day Lake Volta Basin summit in Accra on Thursday.",
			"Lake Volta Basin summit"},
		{"The fourth summit of the Union of Coastal African States (UCAS) ended in Lome on Thursday. Kenya, Ghana and Togo attended.",
			"fourth summit of the Union of Coastal African States"},
	} {
		f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub})
		var names []string
		for _, e := range f.Events {
			if e.Type == schema.Gathering {
				names = append(names, e.Name)
			}
		}
		if len(names) != 1 || names[0] != tc.name {
			t.Errorf("%q: gatherings %q, want [%q]", tc.text, names, tc.name)
		}
	}
}

// TestTopicAtTheSentence: a subjectless clause falls back on the person in
// focus at its sentence, not on a person named later in the article; a
// "he" after a fronted phrase is that person, not one named inside it.
func TestTopicAtTheSentence(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"focus at the sentence", "ACCRA, June 14 - Kenyan President Daniel Ochieng arrived on Tuesday. Also held talks with Ghanaian President John Mahama on Wednesday. Analyst Kofi Boateng said the trip mattered.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-12", "visit occurred Daniel Ochieng>Ghana @2024-06-11"}},
		{"he after a fronted phrase", "ACCRA, June 14 - Kenyan President Daniel Ochieng pledged support. Speaking after talks with President John Mahama, he said trade would grow.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-14"}},
	})
}

// TestBeenToAndUnnamedTeams: "has been to Riyadh" is a trip, "has been to
// persuade" is not; a trip of unnamed teams is no one's.
func TestBeenToAndUnnamedTeams(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"been to a city", "Since then Ghanaian Foreign Minister Sam Ablakwa has been to Nairobi twice.",
			[]string{"visit occurred Sam Ablakwa>Kenya @2024-06"}},
		{"been to persuade", "Ghanaian Foreign Minister Sam Ablakwa's task has been to persuade Kenya to cut tariffs.", nil},
		{"teams had been", "Ghanaian Foreign Minister Sam Ablakwa spoke. He said inspection teams have already been to Kenya and Uganda.", nil},
	})
}

// TestSawSomeone: "also saw the minister" is a meeting; seeing someone as
// something, seeing them off, or seeing their speech is not.
func TestSawSomeone(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"saw a minister", "Ghanaian President John Mahama was in Nairobi on Thursday. He also saw Kenyan Trade Minister Rose Wanjiku.",
			[]string{"meeting occurred John Mahama+Rose Wanjiku @2024-06-13", "visit occurred John Mahama>Kenya @2024-06-13"}},
		{"saw as", "Ghanaian President John Mahama saw Kenyan President Daniel Ochieng as a partner.", nil},
		{"saw off", "Ghanaian President John Mahama saw Kenyan President Daniel Ochieng off at the airport.", nil},
		{"saw a speech", "Ghanaian President John Mahama saw Daniel Ochieng's speech on television.", nil},
	})
}

// TestSuggestionsAndThatClauses: suggested talks are a plan; a country in
// a "that" clause after a return is no stop of the trip.
func TestSuggestionsAndThatClauses(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"suggested talks", "Kenyan Trade Minister Rose Wanjiku said she suggested bilateral talks with Ghana on tariffs.",
			[]string{"meeting planned Ghana+Rose Wanjiku @"}},
		{"that clause after a return", "Kenyan Trade Minister Rose Wanjiku told reporters on her return from London that Ghana is willing to cut tariffs.",
			[]string{"visit occurred Rose Wanjiku>United Kingdom @"}},
	})
}

// TestDinnersAndVisitsUnderWay: a dinner for a guest is a meeting; a guest
// "who is on a three-day working visit", received in a city, is visiting its
// country.
func TestDinnersAndVisitsUnderWay(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"dinner for", "Ghanaian President John Mahama hosted a dinner for Kenyan President Daniel Ochieng in Accra on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
		{"who is on a three-day working visit", "Ghanaian President John Mahama received Kenyan President Daniel Ochieng, who is on a three-day working visit, at the palace in Accra.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06", "visit occurred Daniel Ochieng>Ghana @2024-06"}},
	})
}

// TestLaterThan: "a week later" dates an event from the sentence before.
func TestLaterThan(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"a week later, month precision", "In March 2019 Kenyan President Daniel Ochieng flew to Accra. A week later Ghanaian President John Mahama paid a return visit to Nairobi.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2019-03", "visit occurred John Mahama>Kenya @2019-03"}},
		{"two days later, day precision", "Kenyan President Daniel Ochieng flew to Accra on 4 March 2019. Two days later Ghanaian President John Mahama paid a return visit to Nairobi.",
			[]string{"visit occurred Daniel Ochieng>Ghana @2019-03-04", "visit occurred John Mahama>Kenya @2019-03-06"}},
	})
}

// TestHostingCallsAndParticiples: "played host to", "his call with" a
// leader, ", meeting President Y" after a visit, "after their talks" are
// meetings; "confined their consultations to" and a call that "had not
// taken place" are not.
func TestHostingCallsAndParticiples(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"played host to", "Ghanaian President John Mahama on Thursday played host to his Kenyan counterpart Daniel Ochieng in Accra.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"call with a leader", "Kenyan President Daniel Ochieng described his call with Ghanaian President John Mahama on Thursday as warm.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama (phone) @2024-06-13"}},
		{"participle after a visit", "Kenyan President Daniel Ochieng made a one-day visit to Ghana on Thursday, meeting President John Mahama.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13", "visit occurred Daniel Ochieng>Ghana @2024-06-13"}},
		{"after their talks", "Kenyan President Daniel Ochieng and Ghanaian President John Mahama spoke to reporters after their talks in Accra on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+John Mahama @2024-06-13"}},
		{"confined their consultations", "Kenyan President Daniel Ochieng and Vice-President Ruth Aluoch have confined their consultations to party officials.", nil},
		{"call that did not take place", "Kenyan President Daniel Ochieng spoke. A call with Ghanaian President John Mahama that aides had announced had still not taken place by Friday.",
			[]string{"meeting cancelled Daniel Ochieng+John Mahama (phone) @2024-06-14"}},
	})
}

// TestAmongTheLeadersWho: "A, B and C were among the leaders who
// attended" makes all three attend; "X was represented at the summit by"
// and "the summit drew the presidents of A, B and C" tell attendance too.
func TestAmongTheLeadersWho(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"took part in a late-headed gathering", "Ministers from 20 countries, including Kenya, Ghana and Togo, took part in the third round of the Lome talks on Thursday.",
			[]string{"gathering occurred Ghana+Kenya+Togo @2024-06-13"}},
		{"represented at", "Ghana was represented at the Lome summit on Thursday by Vice President Jane Opoku-Agyemang.",
			[]string{"gathering occurred Ghana @2024-06-13"}},
		{"drew the presidents of", "The summit in Lome on Thursday drew the presidents of Ghana, Kenya and Benin.",
			[]string{"gathering occurred Benin+Ghana+Kenya @2024-06-13"}},
		{"among the leaders who attended", "Ghanaian President John Mahama, Kenyan President Daniel Ochieng and Togolese President Faure Gnassingbe were among the leaders who attended the Lome summit on Thursday.",
			[]string{"gathering occurred Ghana+Kenya+Togo @2024-06-13"}},
	})
}

// TestShortWrappedStory: a short wire story whose lines break mid-sentence
// is read as wrapped paragraphs, so its lead keeps its names whole; a
// misspelt name opening a sentence is its own subject.
func TestShortWrappedStory(t *testing.T) {
	pub := day(1987, time.March, 25)
	text := "Former Kenyan party chief Daniel\n" +
		"Ochieng met Ghanaian President John Mahama in the\n" +
		"capital Accra on Tuesday, officials in the\n" +
		"government said.\n" +
		"    Ochieng said the talks went well and he\n" +
		"expected more trade.\n"
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	if got := brief(f); len(got) != 1 || got[0] != "meeting occurred Daniel Ochieng+John Mahama @1987-03-24" {
		t.Errorf("events %q", got)
	}
	checkBriefs(t, day(2024, time.June, 14), []briefCase{
		{"misspelt name opens the sentence", "Ghanaian President John Mahama spoke in Accra. Ochiang is currently visiting Lagos.", nil},
	})
}

// TestSeparateObjectsAndCountryRoles covers a list of people met one by one
// ("met A and, separately, B", "A and later B": one meeting each) and a
// role with a country ("the Turkish minister") that stands for the person
// of that country, not one of no known country named later.
func TestSeparateObjectsAndCountryRoles(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"and, separately,",
			"Kenyan Foreign Minister Musalia Mudavadi met Ugandan President Yoweri Museveni and, separately, Foreign Minister Jeje Odongo in Kampala on Monday.",
			[]string{
				"meeting occurred Jeje Odongo+Musalia Mudavadi @2025-05-05",
				"meeting occurred Musalia Mudavadi+Yoweri Museveni @2025-05-05",
			}},
		{"and later",
			"Kenyan Foreign Minister Musalia Mudavadi met Ugandan President Yoweri Museveni and later Foreign Minister Jeje Odongo in Kampala on Monday.",
			[]string{
				"meeting occurred Jeje Odongo+Musalia Mudavadi @2025-05-05",
				"meeting occurred Musalia Mudavadi+Yoweri Museveni @2025-05-05",
			}},
		{"the country's minister before a minister of no known country",
			"Kenyan Foreign Minister Musalia Mudavadi held talks with Tanzanian Foreign Minister Mahmoud Thabit Kombo in Nairobi on Thursday. The Kenyan minister had been in Kampala on Monday, when he met Foreign Minister Jeje Odongo.",
			[]string{
				"meeting occurred Jeje Odongo+Musalia Mudavadi @2025-05-05",
				"meeting occurred Mahmoud Thabit Kombo+Musalia Mudavadi @2025-05-08",
				"visit occurred Musalia Mudavadi>Uganda @2025-05-05",
			}},
	})
}

// TestCallMarkersAfterTime covers a call noun whose marker comes after
// time words ("got a telephone call today from X", "a call on Monday
// from X").
func TestCallMarkersAfterTime(t *testing.T) {
	pub := day(2025, time.October, 14) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a call today from",
			"Kuwait's foreign minister, Abdullah Al-Yahya, got a telephone call today from Turkish Foreign Minister Hakan Fidan.",
			[]string{"meeting occurred Abdullah Al-Yahya+Hakan Fidan (phone) @2025-10-14"}},
		{"a call on a weekday from",
			"Kuwait's foreign minister, Abdullah Al-Yahya, took a telephone call on Monday from Turkish Foreign Minister Hakan Fidan.",
			[]string{"meeting occurred Abdullah Al-Yahya+Hakan Fidan (phone) @2025-10-13"}},
	})
}

// TestDemonymCounterparts covers "his <demonym> counterpart" standing for
// the person of that country named before, not for the country.
func TestDemonymCounterparts(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"talks with his demonym counterpart",
			"Beninese Foreign Minister Olushegun Adjadi Bakari arrived in Lome on Wednesday. Togolese Foreign Minister Robert Dussey held long talks with his Beninese counterpart on Thursday.",
			[]string{"meeting occurred Olushegun Adjadi Bakari+Robert Dussey @2025-03-06", "visit occurred Olushegun Adjadi Bakari>Togo @2025-03-05"}},
		{"no one of that country named",
			"Togolese Foreign Minister Robert Dussey held long talks with his Beninese counterpart on Thursday.",
			[]string{"meeting occurred Benin+Robert Dussey @2025-03-06"}},
	})
}

// TestTablesAndTalksOver covers two leaders who "sat down to dinner",
// people at the same table listed after "including" ("sat down with X and
// members of his cabinet, including A and B"), and two who spoke "after
// talks" (their talks, held).
func TestTablesAndTalksOver(t *testing.T) {
	pub := day(2025, time.July, 8) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"sat down to dinner",
			"Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down to dinner at State House on Monday evening.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-07-07"}},
		{"sat down to write is no meeting",
			"Kenyan President William Ruto and Ugandan President Yoweri Museveni sat down to write a joint letter on Monday.",
			nil},
		{"members of a cabinet, including",
			"Kenyan President William Ruto sat down on Monday with Museveni and members of Uganda's cabinet, including Foreign Minister Jeje Odongo and Ruhakana Rugunda, in Entebbe.",
			[]string{"meeting occurred Jeje Odongo+Ruhakana Rugunda+William Ruto+Yoweri Museveni @2025-07-07"}},
		{"said after talks",
			"Kenyan President William Ruto and Ugandan President Yoweri Museveni said on Monday after talks in Entebbe that a rail deal would follow.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-07-07"}}, // spoken of the day they were held
	})
}

// TestInterviewsAreNoMeetings covers a talk with one of the press ("sat
// down with Fox News host X", "met CNN anchor Y", "a reporter"): an
// interview, no meeting; an official beside them still meets.
func TestInterviewsAreNoMeetings(t *testing.T) {
	pub := day(2025, time.August, 16) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"sat down with a host",
			"After the summit, Brazilian President Lula sat down with TV Globo host Renata Vasconcellos.",
			nil},
		{"met an anchor",
			"Mexican President Claudia Sheinbaum met Televisa anchor Denise Maerker on Friday.",
			nil},
		{"an official beside the press",
			"Mexican President Claudia Sheinbaum met Mark Carney of Canada and Televisa anchor Denise Maerker on Friday.",
			[]string{"meeting occurred Claudia Sheinbaum+Mark Carney @2025-08-15"}},
	})
}

// TestNotVisitsNorTalks covers business copy that names no visit or
// meeting: a quantity of things "were in" a country, "newly arrived" as an
// adjective, and talking "by" way of a means.
func TestNotVisitsNorTalks(t *testing.T) {
	pub := day(1987, time.March, 20)
	checkBriefs(t, pub, []briefCase{
		{"a share of purchases in a country",
			"Nordchem chairman Pieter Vos, a Dutchman, spoke in Amsterdam. The chairman said in the past year Nordchem had spent 900 mln guilders on six firms, of which four were in the United States.",
			nil},
		{"newly arrived money",
			"British fund manager Pieter Vos said some funds quickly place newly arrived investment dollars into futures in New York.",
			nil},
		{"talking as a means",
			"Bank analyst Pieter Vos asserted that Brazil is doing its own lobbying by talking to U.S. regulators about the debt.",
			nil},
		{"a stay with a person as subject is still one",
			"Dutch chairman Pieter Vos said he was in the United States last week for talks with bankers.",
			[]string{"visit occurred Pieter Vos>United States @1987-03"}},
	})
}

// TestSituationIsNoPlace checks that a country named as the subject of the
// talks ("the war in X") is not where a traveller told without a place
// arrived.
func TestSituationIsNoPlace(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the crisis in a country told before",
			"Egyptian President Abdel Fattah al-Sisi received French President Emmanuel Macron on Monday; their talks covered the crisis in Sudan. German Chancellor Olaf Scholz, who also arrived on Monday, met the Egyptian leader later that night.",
			[]string{"meeting occurred Abdel Fattah al-Sisi+Emmanuel Macron @2025-03-10", "meeting occurred Abdel Fattah al-Sisi+Olaf Scholz @2025-03-10"}},
	})
}

// TestNameEndingInATitleAbbreviation: a surname spelled like a title's
// abbreviation ("Sen", "Gov") that ends a sentence keeps no period, so the
// name is the person's and the next sentence starts after it.
func TestNameEndingInATitleAbbreviation(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a sentence ends in Sen",
			"On Thursday, Japanese Foreign Minister Takeshi Iwaya called on Senate President Chea Sen. The two discussed aid.",
			[]string{"meeting occurred Chea Sen+Takeshi Iwaya @2024-05-02"}},
	})
}

// TestBodyNamedBuildingIsNoParty: a building named for a body ("SADC
// House", "APEC Haus") where people meet is a venue, not a party to their
// meeting; a body's office named with "for" stays a body.
func TestBodyNamedBuildingIsNoParty(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"House", "Zambian President Hakainde Hichilema and Malawian President Peter Banda met at SADC House on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13"}},
		{"Haus", "Zambian President Hakainde Hichilema held talks with Malawian President Peter Banda at APEC Haus on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-13"}},
		{"a body's office is a body", "Zambian President Hakainde Hichilema met the UN Office for Project Services on Thursday.",
			[]string{"meeting occurred Hakainde Hichilema+United Nations @2025-03-13"}},
	})
}

// TestMetSomeonesAssociate covers a meeting with someone told only as
// another's associate or stand-in ("met X's son", "received Y's envoy",
// "Y's wife"): no meeting with X or Y; when the associate is named ("Y's
// envoy, Z"), the meeting is with Z.
func TestMetSomeonesAssociate(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"a son", "Kenya's William Ruto met Kenneth Kaunda's son in Lusaka on Tuesday.", nil},
		{"an envoy", "Kenya's William Ruto received Yoweri Museveni's envoy in Nairobi on Tuesday.", nil},
		{"a wife", "Kenya's William Ruto hosted Yoweri Museveni's wife in Nairobi on Tuesday.", nil},
		{"an envoy named after a comma", "Kenya's William Ruto met Yoweri Museveni's envoy, Joseph Mwita, in Nairobi on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+William Ruto @2025-03-04"}},
	})
}
