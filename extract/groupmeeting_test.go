package extract

import (
	"testing"
	"time"
)

// TestGatheringsNamedInPassing covers gatherings told in the phrases
// around a trip or a host rather than as a subject: "for a meeting of NATO
// defence ministers", "for a meeting of the Visegrad Group", "to attend
// a summit", a name in quotes, "joining X for a summit", a named summit
// with its course in a relative clause ("which began on Sunday") and an
// inverted list ("Among those who travelled in person were A and B", who
// also came to the summit's country; "who took part" tells no trip).
func TestGatheringsNamedInPassing(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a meeting of a bloc's ministers",
			"Ruben Brekelmans, the Dutch defence minister, travelled to Brussels on Wednesday for a meeting of NATO defence ministers.",
			[]string{"gathering occurred Netherlands @2025-10-08", "visit occurred Ruben Brekelmans>Belgium @2025-10-08"}},
		{"a meeting of a group by its own name, hosted",
			"Czech Foreign Minister Jan Lipavsky hosted Slovak Foreign Minister Juraj Blanar and Hungarian Foreign Minister Peter Szijjarto in Prague on Wednesday for a meeting of the Visegrad Group.",
			[]string{"gathering occurred Czech Republic+Hungary+Slovakia @2025-10-08"}},
		{"a group of counterparts by their demonyms, hosted",
			"Czech Foreign Minister Jan Lipavsky hosted his Slovak and Hungarian counterparts in Prague on Wednesday for a meeting of the Visegrad Group.",
			[]string{"gathering occurred Czech Republic+Hungary+Slovakia @2025-10-08"}},
		{"a meeting of an association is no gathering of states",
			"Canadian Energy Minister Jonathan Wilkinson flew to Houston on Wednesday for a meeting of the Drilling Contractors Association.",
			[]string{"visit occurred Jonathan Wilkinson>United States @2025-10-08"}},
		{"to attend a summit",
			"William Ruto of Kenya and Ghana's John Mahama arrived in Malabo on Wednesday to attend a summit on trade.",
			[]string{"gathering occurred Ghana+Kenya @2025-10-08", "visit occurred John Mahama>Equatorial Guinea @2025-10-08", "visit occurred William Ruto>Equatorial Guinea @2025-10-08"}},
		{"a name in quotes",
			`Irish Taoiseach Micheal Martin arrived in Oslo on Wednesday for a "Friends of the Arctic" conference.`,
			[]string{"gathering occurred Ireland @2025-10-08", "visit occurred Micheal Martin>Norway @2025-10-08"}},
		{"joining a host for a summit",
			"Several foreign leaders came to Tirana on Wednesday, joining Edi Rama, the Albanian premier, for a summit on the Western Balkans.",
			[]string{"gathering occurred Albania @2025-10-08"}},
		{"a relative clause of its course, then the host's guests",
			"The Nordic-Baltic Leaders Summit, which began on Monday and ended yesterday, drew eight governments to Tallinn. Estonian Prime Minister Kristen Michal hosted Finnish President Alexander Stubb, Latvian Prime Minister Evika Silina and Lithuanian President Gitanas Nauseda.",
			[]string{"gathering occurred Estonia+Finland+Latvia+Lithuania @2025-10-06"}},
		{"an inverted list of those who came",
			"The Nordic-Baltic Leaders Summit opened in Tallinn on Wednesday. Among those who travelled in person were Finnish President Alexander Stubb and Latvian Prime Minister Evika Silina.",
			[]string{"gathering occurred Finland+Latvia @2025-10-08", "visit occurred Alexander Stubb>Estonia @2025-10-08", "visit occurred Evika Silina>Estonia @2025-10-08"}},
		{"an inverted list of those who took part is no trip",
			"The Nordic-Baltic Leaders Summit opened in Tallinn on Wednesday. Among those who took part were Finnish President Alexander Stubb and Latvian Prime Minister Evika Silina.",
			[]string{"gathering occurred Finland+Latvia @2025-10-08"}},
	})
}

// TestLeadersGatheredInAMeeting covers leaders who "gathered" with the
// gathering named only in a later phrase ("..., in an unusual meeting on
// water"), a host named by "at the invitation of", and a list after
// "Taking part were".
func TestLeadersGatheredInAMeeting(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a later phrase names the gathering; the inviting host attends",
			"The presidents of six Central Asian states gathered on Tuesday in Astana, at the invitation of Kazakh President Kassym-Jomart Tokayev, in an unusual meeting on water. Taking part were Uzbekistan's Shavkat Mirziyoyev and Kyrgyzstan's Sadyr Japarov.",
			[]string{"gathering occurred Kazakhstan+Kyrgyzstan+Uzbekistan @2025-10-07"}},
		{"a meeting of two leaders is no gathering",
			"Kassym-Jomart Tokayev and Shavkat Mirziyoyev gathered their aides on Tuesday in Astana in a meeting on water.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Shavkat Mirziyoyev @2025-10-07"}},
	})
}

// TestPlenaryKeepsFocus covers "The leaders' plenary opened" a few
// sentences after the gathering was named: a part of it, which keeps it in
// focus for "A and B were among those at the table"; and "C and D got no
// invitation; none of them attended", which adds no one.
func TestPlenaryKeepsFocus(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	const open = "Fiji's Sitiveni Rabuka held talks with Samoa's Fiame Naomi Mata'afa on the margins of the Melanesian Leaders Summit in Port Vila. The pair spoke for an hour. Rabuka called it useful. He had arrived by air on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"the plenary, then those around the table",
			open + "The leaders' plenary opened on Wednesday. Aisake Eke of Tonga and Feleti Teo of Tuvalu were among those at the table.",
			[]string{"gathering occurred Fiji+Samoa+Tonga+Tuvalu @2025-10", "meeting occurred Fiame Naomi Mata'afa+Sitiveni Rabuka @2025-10", "visit occurred Sitiveni Rabuka>Vanuatu @2025-10-07"}},
		{"none of them attended",
			"The Melanesian Leaders Summit opened in Port Vila on Wednesday. China and Japan got no invitation; none of them attended.",
			[]string{"gathering occurred  @2025-10-08"}},
	})
}

// TestGatheringAfter covers a gathering named in a phrase of time ("after
// an OPEC+ session of ministers in Vienna", "following the Arab League
// summit"): it took place and the clause's subject was there; a bare
// "after the meeting" or a cabinet's meeting is none.
func TestGatheringAfter(t *testing.T) {
	pub := day(2023, time.June, 6) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"after a bloc's meeting, with a plus",
			"Algeria's energy minister Mohamed Arkab said after an OPEC+ session of ministers in Vienna on Sunday that output would stay flat.",
			[]string{"gathering occurred Algeria @2023-06-04"}},
		{"following a named summit",
			"Following the Arab League summit in Baghdad on May 17, Egypt's Abdel Fattah el-Sisi flew home.",
			[]string{"gathering occurred Egypt @2023-05-17"}},
		{"a bare meeting",
			"Algeria's energy minister Mohamed Arkab said after the session on Sunday that output would stay flat.",
			nil},
		{"after a named summit, a plan",
			"After the Arab League summit in Baghdad, Egypt's Abdel Fattah el-Sisi will fly to Rome.",
			[]string{"visit planned Abdel Fattah el-Sisi>Italy @"}},
		{"the day after a summit ends",
			"Egypt will publish the figures on May 20, the day after the Arab League summit ends.",
			nil},
		{"a cabinet's meeting",
			"Algeria's energy minister Mohamed Arkab told reporters after a cabinet meeting on Sunday that output would stay flat.",
			nil},
	})
}

// TestInaugurationAttended covers foreign leaders who attend a leader's
// inauguration: a gathering the new leader's country hosts; an
// inauguration no one is said to attend is none.
func TestInaugurationAttended(t *testing.T) {
	pub := day(2025, time.March, 3) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"attended the inauguration of",
			"Paraguay's Santiago Pena and Bolivia's Luis Arce attended the inauguration of Ecuadorian President Daniel Noboa in Quito on Saturday.",
			[]string{"gathering occurred Bolivia+Ecuador+Paraguay @2025-03-01"}},
		{"sworn in, with no one attending",
			"Daniel Noboa was sworn in on Saturday and spoke by phone with Santiago Pena once the ceremony was over.",
			[]string{"meeting occurred Daniel Noboa+Santiago Pena (phone) @2025-03-01"}},
	})
}

// TestJoinedForASummit covers "X joined A and B for a summit in Y" and "X
// joined three heads of state — A, B and C — for the third China–Central
// Asia summit": a gathering of them all, not a meeting.
func TestJoinedForASummit(t *testing.T) {
	pub := day(2025, time.June, 18) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"joined two leaders for a summit",
			"On Tuesday, Xi Jinping of China joined Sadyr Japarov of Kyrgyzstan and Kassym-Jomart Tokayev of Kazakhstan for a summit in Astana.",
			[]string{"gathering occurred China+Kazakhstan+Kyrgyzstan @2025-06-17"}},
		{"joined a group named on the way, dashes",
			"On Tuesday, Xi Jinping of China joined three heads of state of the region — Emomali Rahmon of Tajikistan, Sadyr Japarov of Kyrgyzstan and Kassym-Jomart Tokayev of Kazakhstan — for the third China–Central Asia summit.",
			[]string{"gathering occurred China+Kazakhstan+Kyrgyzstan+Tajikistan @2025-06-17"}},
	})
}

// TestHostGatheredLeaders covers a host who "brought together" or
// "gathered" leaders with no gathering noun ("X brought together leaders
// from across the region at Y in Z"): a gathering the host's country
// hosts, which "A took part alongside the leaders of B and C" and "among
// those around the table" fill; business leaders are no such gathering.
func TestHostGatheredLeaders(t *testing.T) {
	pub := day(2025, time.June, 2) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"brought together leaders, then took part alongside",
			"Canadian Prime Minister Mark Carney brought together Arctic leaders at Rideau Hall in Ottawa on Sunday. Greenland's Jens-Frederik Nielsen took part alongside the leaders of Norway, Iceland and Finland.",
			[]string{"gathering occurred Canada+Finland+Greenland+Iceland+Norway @2025-06-01"}},
		{"gathered several leaders, then among those at the table",
			"On Sunday, French President Emmanuel Macron gathered several EU leaders at the Chateau de Versailles for a private dinner. Olaf Scholz of Germany and Donald Tusk of Poland were among those at the table.",
			[]string{"gathering occurred France+Germany+Poland @2025-06-01"}},
		{"business leaders",
			"French President Emmanuel Macron brought together business leaders in Paris on Sunday.",
			nil},
	})
}

// TestHostedLeadersOfCountedStates covers a host who received "the
// leaders of four southern African countries" or "ministers from several
// Gulf states" with the states named after ("Around the table were A's
// X and B's Y"): a gathering the host's country hosts; two states make
// a meeting, not a gathering.
func TestHostedLeadersOfCountedStates(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the leaders of four countries, named after",
			"President Peter Mutharika hosted the leaders of four southern African countries at Kamuzu Palace in Lilongwe on Wednesday. Around the table were Zambia's Hakainde Hichilema, Tanzania's Samia Suluhu Hassan and Mozambique's Daniel Chapo.",
			[]string{"gathering occurred Malawi+Mozambique+Tanzania+Zambia @2025-03-05"}},
		{"ministers from several states, by number",
			"Kenya's foreign minister Musalia Mudavadi hosted ministers from 5 East African nations in Kisumu on Tuesday. Present were Uganda's Jeje Odongo and Rwanda's Olivier Nduhungirehe.",
			[]string{"gathering occurred Kenya+Rwanda+Uganda @2025-03-04"}},
		{"two countries make no gathering",
			"President Peter Mutharika hosted the leaders of two neighbouring countries in Lilongwe on Wednesday.",
			nil},
	})
}

// TestSummonedLeadersForTalks covers a host who "called" or "summoned"
// several states' leaders to a place "for" talks or a meeting: a
// gathering the host's country holds, with those states (and a body's
// head) attending; "called X to discuss Y" is still a call.
func TestSummonedLeadersForTalks(t *testing.T) {
	pub := day(2025, time.February, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"called leaders to a palace for talks",
			"On Monday, Kenyan President William Ruto called leaders of Uganda, Tanzania and Burundi, along with the head of the African Union Commission, to State House in Nairobi for emergency talks.",
			[]string{"gathering occurred African Union+Burundi+Kenya+Tanzania+Uganda @2025-02-17"}},
		{"summoned leaders for a meeting: the host attends",
			"On Monday, Kenyan President William Ruto summoned the leaders of Uganda, Tanzania and Rwanda to State House in Nairobi for an emergency meeting.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania+Uganda @2025-02-17"}},
		{"a call to one leader",
			"On Monday, Kenyan President William Ruto called Ugandan President Yoweri Museveni to discuss the border.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni (phone) @2025-02-17"}},
	})
}

// TestUnnamedGatheringsHeld covers a gathering told without a gathering
// noun after its verb or before its attendees: hosted in a fronted or
// trailing "after hosting" / "having hosted" phrase, "gathered" or
// "convened" like "met" with a bloc's or several countries' ministers as
// subject, and a meeting "chaired by" someone, which is a gathering even
// with no name.
func TestUnnamedGatheringsHeld(t *testing.T) {
	pub := day(2025, time.June, 13) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"said after hosting, attendees at the table",
			"The bloc would fund the new grid, Danish Prime Minister Mette Frederiksen said after hosting a summit in Copenhagen on Tuesday. Around the table were Sweden's Ulf Kristersson and Finland's Petteri Orpo.",
			[]string{"gathering occurred Denmark+Finland+Sweden @2025-06-10"}},
		{"having hosted, fronted",
			"Having hosted a conference of Arctic states in Tromso on Monday, Norway's Jonas Gahr Store flew to Reykjavik.",
			[]string{"gathering occurred Norway @2025-06-09", "visit occurred Jonas Gahr Store>Iceland @2025-06-09"}},
		{"a bloc's ministers gathered",
			"EU fisheries ministers gathered in Luxembourg on Wednesday.",
			[]string{"gathering occurred European Union @2025-06-11"}},
		{"ministers of three countries convened",
			"Energy ministers from Chile, Peru and Bolivia convened in Arica on Wednesday.",
			[]string{"gathering occurred Bolivia+Chile+Peru @2025-06-11"}},
		{"a chaired meeting, attendees after",
			"An informal meeting took place on Wednesday and was chaired by Maltese Energy Minister Miriam Dalli. Among those present were Cyprus's George Papanastasiou and Greece's Stavros Papastavrou.",
			[]string{"gathering occurred Cyprus+Greece+Malta @2025-06-11"}},
		{"talks chaired are a meeting, no gathering",
			"Talks with Cyprus's George Papanastasiou were chaired by Maltese Energy Minister Miriam Dalli on Wednesday.",
			[]string{"meeting occurred George Papanastasiou+Miriam Dalli @2025-06-11"}},
		{"a crowd gathered",
			"Thousands of fishermen gathered in Luxembourg on Wednesday.",
			nil},
	})
}

// TestBroughtForAndBlocModifiers covers a host who "brought" leaders to a
// place "for" a gathering (as "brought together"), and a bloc's gathering
// told with modifiers between the bloc and the noun ("the African Union's
// two-day summit").
func TestBroughtForAndBlocModifiers(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"brought leaders to a palace for a meeting",
			"On Monday Spanish Prime Minister Pedro Sanchez brought Mediterranean leaders to Madrid for a crisis summit on migration. Italy's Giorgia Meloni and Greece's Kyriakos Mitsotakis took part.",
			[]string{"gathering occurred Greece+Italy+Spain @2025-02-17"}},
		{"brought a letter, no gathering",
			"Spanish Prime Minister Pedro Sanchez brought a letter to the Moncloa Palace on Monday for the cabinet.",
			nil},
		{"a bloc's two-day summit",
			"The Caribbean Community's two-day summit ended on Monday in Bridgetown.",
			[]string{"gathering occurred CARICOM @2025-02-16"}},
	})
}

// TestJoinedANamedGathering covers "X joined the annual summit of <bloc>"
// with no gathering in focus: a gathering X's country attends; and a
// sentence opening with "There," that takes the city and the day of the
// sentence before.
func TestJoinedANamedGathering(t *testing.T) {
	pub := day(2025, time.October, 28) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"joined a bloc's summit",
			"On Sunday Chilean President Gabriel Boric joined the yearly summit of the Pacific Alliance in Lima.",
			[]string{"gathering occurred Chile+Pacific Alliance @2025-10-26"}},
		{"there, after a day in a city",
			"Chilean President Gabriel Boric spent Sunday in Lima. There, Boric joined the yearly summit of the Pacific Alliance.",
			[]string{"gathering occurred Chile+Pacific Alliance @2025-10-26", "visit occurred Gabriel Boric>Peru @2025-10-26"}},
		{"joined a party, no gathering",
			"Chilean President Gabriel Boric joined the ranks of critics on Sunday.",
			nil},
	})
}

// TestPresenceListUnderWay covers an inverted list of those present at a
// gathering under way, in the present tense ("Among those taking part are
// A and B"), and a plain "is" that tells no presence.
func TestPresenceListUnderWay(t *testing.T) {
	pub := day(2025, time.February, 11) // a Tuesday
	const opened = "The three-day Gulf Energy Forum opened in Doha on Tuesday. "
	checkGatherings(t, pub, []briefCase{
		{"among those taking part are",
			opened + "Among those taking part are Kenyan President William Ruto and Chilean President Gabriel Boric.",
			[]string{"Gulf Energy Forum: Chile+Kenya"}},
		{"a plain is",
			opened + "The mood is upbeat, and Kenyan President William Ruto is optimistic.",
			[]string{"Gulf Energy Forum: "}},
	})
}

// TestBlocSummitByPossessive covers "their 45th summit" after the bloc's
// leaders are named in the sentence (the bloc's gathering), and a
// delegation led "on behalf of" an absent ruler (its country attends the
// gathering in focus).
func TestBlocSummitByPossessive(t *testing.T) {
	pub := day(2024, time.December, 2) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"their Nth summit",
			"GCC heads of state called for calm as their 44th summit concluded in Doha on Sunday.",
			[]string{"gathering occurred Gulf Cooperation Council @2024-12-01"}},
		{"an appeal before the as-clause is no plan of the summit",
			"ASEAN leaders urged restraint as their annual summit closed in Vientiane on Sunday.",
			[]string{"gathering occurred ASEAN @2024-12-01"}},
		{"an appeal to meet stays a plan",
			"ASEAN foreign ministers urged the two generals to meet in Vientiane next month.",
			nil},
		{"a delegation led on behalf of a ruler",
			"The 44th GCC summit got under way in Doha on Sunday. Deputy Prime Minister Shihab bin Tarik led the Omani delegation on behalf of the ailing Sultan.",
			[]string{"gathering occurred Gulf Cooperation Council+Oman @2024-12-01"}},
		{"a delegation on trade",
			"The 44th GCC summit got under way in Doha on Sunday. Deputy Prime Minister Shihab bin Tarik led the Omani delegation on trade to Tokyo.",
			[]string{"gathering occurred Gulf Cooperation Council @2024-12-01", "visit occurred Shihab bin Tarik>Japan @2024-12"}},
	})
}

// TestRoundTheTableAndNotJoined covers a host who "chaired the talks, with
// A and B around the table" (A and B attend the gathering in focus; no
// meeting of the host with each), and one who "never joined, not even by
// video" (absent, not remote).
func TestRoundTheTableAndNotJoined(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	const opened = "Caribbean leaders met in Bridgetown on Monday for their yearly summit. "
	checkBriefs(t, pub, []briefCase{
		{"with A and B around the table",
			opened + "Barbadian Prime Minister Mia Mottley chaired the talks, with Jamaica's Andrew Holness and Guyana's Irfaan Ali around the table.",
			[]string{"gathering occurred Barbados+Guyana+Jamaica @2024-08-26"}},
		{"never joined, not even by video",
			opened + "Haiti's Garry Conille was ill and never joined, not even by video.",
			[]string{"gathering occurred  @2024-08-26"}},
		{"joined by video",
			opened + "Haiti's Garry Conille stayed home because of unrest but joined by video.",
			[]string{"gathering occurred Haiti @2024-08-26"}},
	})
}

// TestOfficialsNamedInApposition: a group of officials of no stated
// country named in apposition after the verb ("the leaders of the coalition
// parties, A and B", "the party leaders, A and B") are those met.
func TestOfficialsNamedInApposition(t *testing.T) {
	pub := day(2025, time.June, 4) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"leaders of the parties", "Prime Minister Ana Reyes met the leaders of the governing parties, Carl Dunn and Dora Mills, in The Hague on Tuesday.",
			[]string{"meeting occurred Ana Reyes+Carl Dunn @2025-06-03", "meeting occurred Ana Reyes+Dora Mills @2025-06-03"}},
		{"the party leaders, with a number", "Prime Minister Ana Reyes sat down with the three party leaders, Carl Dunn, Dora Mills and Eva Paz, in The Hague on Tuesday.",
			[]string{"meeting occurred Ana Reyes+Carl Dunn+Dora Mills+Eva Paz @2025-06-03"}},
		{"the names opening a clause of their own", "Prime Minister Ana Reyes met the party leaders, Carl Dunn and Dora Mills said on Tuesday.",
			nil},
	})
}

// TestEnvoyNamedInApposition: the one received is the envoy named after
// "a special envoy of X," or "X's personal envoy,", not X who sent them.
func TestEnvoyNamedInApposition(t *testing.T) {
	pub := day(2025, time.March, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"envoy of", "President Carl Dunn received a special envoy of Peruvian President Eva Paz, Foreign Minister Luis Ortega, on Tuesday.",
			[]string{"meeting occurred Carl Dunn+Luis Ortega @2025-03-18"}},
		{"possessive envoy", "President Carl Dunn hosted Peruvian President Eva Paz's personal emissary, former minister Luis Ortega, on Tuesday.",
			[]string{"meeting occurred Carl Dunn+Luis Ortega @2025-03-18"}},
	})
}

// TestJoinedTheSession: "X joined the session" after talks told just
// before makes X one more party of those talks.
func TestJoinedTheSession(t *testing.T) {
	pub := day(2024, time.May, 17) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"joined the session", "LIMA - Chilean Foreign Minister Ana Reyes held talks with Peruvian Foreign Minister Luis Ortega on Thursday. Peru's interior minister, Tom Borg, later joined the session.",
			[]string{"meeting occurred Ana Reyes+Luis Ortega+Tom Borg @2024-05-16"}},
	})
}

// TestAlsoAttended: "A and B also attended." after a meeting told just
// before makes them parties of it.
func TestAlsoAttended(t *testing.T) {
	pub := day(2025, time.June, 19) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"also attended", "President Carl Dunn hosted the Pakistani army chief, Ana Reyes, for lunch in Washington on Wednesday. His deputy, Tom Borg, and envoy Eva Paz also attended.",
			[]string{"meeting occurred Ana Reyes+Carl Dunn+Eva Paz+Tom Borg @2025-06-18"}},
	})
}

// TestAmbassadorNamedInApposition: "sat down with Chile's ambassador to
// Japan, X" meets X, not Chile; a stop "where" a leader hoped to meet
// someone, then dropped, is a cancelled visit.
func TestAmbassadorNamedInApposition(t *testing.T) {
	pub := day(2023, time.March, 16) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"ambassador to", "TOKYO - Chilean President Ana Reyes sat down with Chile's ambassador to Japan, Carl Dunn, for a briefing on Monday.",
			[]string{"meeting occurred Ana Reyes+Carl Dunn @2023-03-13"}},
		{"a stop where, dropped", "Chilean President Ana Reyes flew home on Monday. A stop in Lima, where she had planned to see mining chiefs, was dropped before she set off.",
			[]string{"visit cancelled Ana Reyes>Peru @"}},
	})
}

// TestTalksAfterGerund: "X met Y, soon after having talks with Z":
// X held the talks with Z, not Y.
func TestTalksAfterGerund(t *testing.T) {
	pub := day(2025, time.February, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"after holding talks", "BEIJING - Thai Prime Minister Ana Reyes met President Xi Jinping in the afternoon, soon after having talks with Li Qiang, the premier.",
			[]string{"meeting occurred Ana Reyes+Li Qiang @2025-02-07", "meeting occurred Ana Reyes+Xi Jinping @2025-02"}},
	})
}

// TestDemonymListOfNamedOfficials checks that "the A and B ministers"
// after two officials of those countries were named are those two people,
// the gazetteer's country counting for one the text gives none, while a
// bare "German ministers" stays the country's unnamed officials.
func TestDemonymListOfNamedOfficials(t *testing.T) {
	checkBriefs(t, day(2025, time.June, 14), []briefCase{ // a Saturday
		{"stated countries",
			"Sweden's Maria Lindqvist and Portugal's Pedro Alves flew into Amman on Friday. The Swedish and Portuguese ministers were received at the palace by King Abdullah II.",
			[]string{"meeting occurred Abdullah II+Maria Lindqvist+Pedro Alves @2025-06-13", "visit occurred Maria Lindqvist>Jordan @2025-06-13", "visit occurred Pedro Alves>Jordan @2025-06-13"}},
		{"gazetteer's countries",
			"Johann Wadephul and Jean-Noël Barrot landed in Beirut on Friday. The German and French ministers then held talks with President Joseph Aoun.",
			[]string{"meeting occurred Jean-Noël Barrot+Johann Wadephul+Joseph Aoun @2025-06-13", "visit occurred Jean-Noël Barrot>Lebanon @2025-06-13", "visit occurred Johann Wadephul>Lebanon @2025-06-13"}},
		{"a bare group is the country's",
			"Johann Wadephul landed in Beirut on Friday. German ministers then held talks with President Joseph Aoun.",
			[]string{"meeting occurred Germany+Joseph Aoun @2025-06", "visit occurred Johann Wadephul>Lebanon @2025-06-13"}},
	})
}

// TestAppositiveListJoinsTalks checks that two officials each named after
// their title and a comma ("the foreign minister, A, and the trade
// minister, B") both join the talks just told, and that one side's
// officials taking part in talks this reading did not find make no
// gathering of their own.
func TestAppositiveListJoinsTalks(t *testing.T) {
	checkBriefs(t, day(2025, time.June, 18), []briefCase{ // a Wednesday
		{"two appositives join the meeting",
			"President Ana Ribeiro met President Tomas Lindgren in Libreville on Wednesday. From the Gabonese side, the foreign minister, Karl Berg, and the minister of hydrocarbons, Eva Holm, took part in the talks.",
			[]string{"meeting occurred Ana Ribeiro+Eva Holm+Karl Berg+Tomas Lindgren @2025-06-18"}},
		{"one side's officials alone",
			"The two presidents sat down late into the night. Sweden's foreign minister, Karl Berg, and its trade minister, Eva Holm, took part in the talks.",
			nil},
	})
}

// TestNameGlossInList checks that a name followed by its own script or a
// gloss in brackets still heads a list subject.
func TestNameGlossInList(t *testing.T) {
	checkBriefs(t, day(2024, time.December, 3), []briefCase{ // a Tuesday
		{"name in its own script",
			"Premier Wang Hsiu-lan (王秀蘭) and the Palauan leader, Surangel Whipps Jr., held talks in Koror on Tuesday morning.",
			[]string{"meeting occurred Surangel Whipps Jr.+Wang Hsiu-lan @2024-12-03"}},
		{"a gloss",
			"Governor Aiyana Locklear (pictured) and Canada's envoy Marc Tremblay held talks in Raleigh on Tuesday.",
			[]string{"meeting occurred Aiyana Locklear+Marc Tremblay @2024-12-03"}},
	})
}

// TestThreeStatesAsEquals covers a meeting of three or four named people
// of as many states: as equals it is a multilateral meeting, a gathering
// of their states; held through a host, a mediator or someone present,
// or by phone, it stays a meeting.
func TestThreeStatesAsEquals(t *testing.T) {
	pub := day(2025, time.March, 22) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"three ministers met as equals",
			"Foreign ministers Annalena Baerbock of Germany, Jean-Noel Barrot of France and Radoslaw Sikorski of Poland met in Weimar on Friday.",
			[]string{"gathering occurred France+Germany+Poland @2025-03-21"}},
		{"a trilateral meeting of three named ministers",
			"Annalena Baerbock, Jean-Noel Barrot and Radoslaw Sikorski held a trilateral meeting in Weimar on Friday.",
			[]string{"gathering occurred France+Germany+Poland @2025-03-21"}},
		{"a host and two guests for talks",
			"In Ankara on Friday, Erdogan hosted Ethiopia's Abiy Ahmed and Somalia's Hassan Sheikh Mohamud for talks.",
			[]string{"meeting occurred Abiy Ahmed+Hassan Sheikh Mohamud+Recep Tayyip Erdoğan @2025-03-21"}},
		{"two met in a third's presence",
			"Ethiopia's Abiy Ahmed and Somalia's Hassan Sheikh Mohamud held talks in Ankara on Friday in the presence of Recep Tayyip Erdogan.",
			[]string{"meeting occurred Abiy Ahmed+Hassan Sheikh Mohamud+Recep Tayyip Erdogan @2025-03-21"}},
		{"a call of four leaders",
			"Gustavo Petro, Claudia Sheinbaum, Yamandu Orsi and Gabriel Boric held a video call on Friday.",
			[]string{"meeting occurred Claudia Sheinbaum+Gabriel Boric+Gustavo Petro+Yamandu Orsi (phone) @2025-03-21"}},
	})
}

// TestOneSittingWithMany covers a singular noun of one sitting with
// several partners ("hosted an emergency meeting with A, B and C", "a
// working dinner with A and B"): one sitting of all, a gathering when
// three or more states sat at the meeting; "talks with A and B" stay
// talks with each.
func TestOneSittingWithMany(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"an emergency meeting hosted with three guests",
			"Danish Prime Minister Mette Frederiksen on Monday hosted an emergency meeting in Copenhagen with Sweden's Ulf Kristersson, Finland's Petteri Orpo and Norway's Jonas Gahr Store.",
			[]string{"gathering occurred Denmark+Finland+Norway+Sweden @2025-02-17"}},
		{"a working dinner with two guests",
			"On Monday Frederiksen had a working dinner with Kristersson and Orpo in Copenhagen.",
			[]string{"meeting occurred Mette Frederiksen+Petteri Orpo+Ulf Kristersson @2025-02-17"}},
		{"talks with two, each",
			"On Monday Frederiksen held talks with Kristersson and Orpo in Copenhagen.",
			[]string{"meeting occurred Mette Frederiksen+Petteri Orpo @2025-02-17", "meeting occurred Mette Frederiksen+Ulf Kristersson @2025-02-17"}},
	})
}

// TestMeetingOfStates covers a gathering head followed by "of" and three
// or more states ("a trilateral meeting of A, B and C was held"): a
// gathering those states attend, named by its head.
func TestMeetingOfStates(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"held",
			"A trilateral meeting of Kenya, Tanzania and Mozambique was held in Nairobi on Thursday.",
			[]string{"gathering occurred Kenya+Mozambique+Tanzania @2024-05-02"}},
		{"took place",
			"A summit of Malawi, Zambia, Zimbabwe and Botswana took place in Lusaka on Wednesday.",
			[]string{"gathering occurred Botswana+Malawi+Zambia+Zimbabwe @2024-05-01"}},
		{"a future one is no gathering held",
			"A trilateral meeting of Kenya, Tanzania and Mozambique will be held in Nairobi next month.",
			nil},
	})
}

// TestAfterAGathering covers states told as doing something at or after a
// meeting of three or more ("agreed ... following a trilateral meeting",
// "signed ... at a trilateral meeting"): they attended it. A plan told
// for after a gathering attends nothing.
func TestAfterAGathering(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"agreed following a trilateral chiefs' meeting",
			"The navies of Kenya, Tanzania and Mozambique agreed to pool patrol data following a trilateral naval chiefs' meeting in Mombasa on Thursday.",
			[]string{"gathering occurred Kenya+Mozambique+Tanzania @2024-05-02"}},
		{"signed at a trilateral meeting",
			"Kenya, Tanzania and Mozambique signed a fisheries pact at a trilateral meeting in Mombasa on Thursday.",
			[]string{"agreement occurred Kenya+Mozambique+Tanzania @2024-05-02", "gathering occurred Kenya+Mozambique+Tanzania @2024-05-02"}},
		{"a plan for after a summit",
			"Kenya, Tanzania and Mozambique are expected to sign a fisheries pact after the Lake Basin Summit in Kisumu.",
			nil},
	})
}

// TestBlocHeadsOfState covers a bloc's "heads of state", "heads of
// government" or "heads of state and government" as the subject of "met"
// or of a participle "meeting in X" between commas: the bloc's gathering,
// which the chair and those "at the table" attend (the member states told
// then stand for the bloc).
func TestBlocHeadsOfState(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"heads of state met",
			"SADC heads of state met in Lilongwe on March 2 and set up a regional fund.",
			[]string{"gathering occurred Southern African Development Community @2025-03-02"}},
		{"heads of state and government convened",
			"The CARICOM heads of state and government convened in Bridgetown on March 2 and set up a regional fund.",
			[]string{"gathering occurred CARICOM @2025-03-02"}},
		{"a participle between commas",
			"SADC heads of government, meeting in Lilongwe on March 2, set up a regional fund.",
			[]string{"gathering occurred Southern African Development Community @2025-03-02"}},
		{"a participle with the chair and those at the table",
			"SADC heads of government, meeting in Lilongwe on March 2 under the chairmanship of Malawian President Peter Banda, set up a regional fund. Presidents William Ruto of Kenya and Hakainde Hichilema of Zambia sat at the table.",
			[]string{"gathering occurred Kenya+Malawi+Zambia @2025-03-02"}},
	})
}

// TestBlocAnaphorSitting covers "the bloc's ministers met" after a bloc
// was named: the bloc's own gathering, kept apart from an earlier one of
// the same name told on another day in another city.
func TestBlocAnaphorSitting(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the bloc's ministers, another day and city",
			"SADC leaders met in Lilongwe on Monday to discuss the crisis. On Tuesday the bloc's trade ministers met at a hotel in Lusaka.",
			[]string{"gathering occurred Southern African Development Community @2025-03-10",
				"gathering occurred Southern African Development Community @2025-03-11"}},
		{"the group's army commanders met",
			"SADC leaders met in Lilongwe on Monday to discuss the crisis. The group's army commanders met in Lusaka on Tuesday, and generals from Kenya, Zambia and Tanzania attended.",
			[]string{"gathering occurred Kenya+Tanzania+Zambia @2025-03-11",
				"gathering occurred Southern African Development Community @2025-03-10"}},
		{"a month before, in another city",
			"SADC leaders met in Lusaka last month. The bloc's army commanders convened in Lilongwe on Monday.",
			[]string{"gathering occurred Southern African Development Community @2025-02",
				"gathering occurred Southern African Development Community @2025-03-10"}},
	})
}

// TestSummitBetweenTheTwoSides covers a summit told as the two sides' own
// ("after the first summit between the two neighbours", "their bilateral
// summit"): talks of the two leaders the sentence names, not a gathering
// of two states, and no second record beside a meeting told with it.
func TestSummitBetweenTheTwoSides(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"after the summit between the two",
			"Malawian President Peter Banda and Kenyan President Joseph Mwita pledged on Monday to reopen the lake ferry, after the first summit between the two neighbours since 2019.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08"}},
		{"a bilateral summit and a meeting told with it",
			"Malawian President Peter Banda met Kenyan President Joseph Mwita in Kisumu on Monday at the fourth bilateral summit between Malawi and Kenya.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-08-19"}},
	})
}

// TestPairsTalksAsSubject covers talks told as the clause's subject with a
// possessive of the two in focus ("The two leaders' talks lasted two
// hours", "The presidents' meeting ran late"): a meeting of the two.
func TestPairsTalksAsSubject(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	const first = "Malawian President Peter Banda and Kenyan President Joseph Mwita signed a ferry pact in Kisumu on Monday. "
	want := []string{"agreement occurred Joseph Mwita+Peter Banda @2024-08-19", "meeting occurred Joseph Mwita+Peter Banda @2024-08-19"}
	checkBriefs(t, pub, []briefCase{
		{"the two leaders' talks", first + "The two leaders' talks ran for two hours.", want},
		{"the presidents' meeting", first + "The presidents' meeting at the lakeside lodge went on past midnight.", want},
		{"someone else's talks, still to come", first + "The ministers' talks on fishing quotas will open next week.",
			[]string{"agreement occurred Joseph Mwita+Peter Banda @2024-08-19"}},
	})
}

// TestAfterTalksTheyFronted covers a clause that opens with "After
// (their) talks" and names the parties only as "they" or "the two" after
// the comma: the two the sentence before opened with held the talks.
func TestAfterTalksTheyFronted(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	const first = "Malawian President Peter Banda and Kenyan President Joseph Mwita drove together to the lakeside lodge on Monday. "
	want := []string{"meeting occurred Joseph Mwita+Peter Banda @2024-08"}
	checkBriefs(t, pub, []briefCase{
		{"after talks, they", first + "After talks, they took questions from reporters.", want},
		{"after their talks, the two", first + "After their talks, the two leaders answered a few questions.", want},
		{"after talks with others", "Malawian President Peter Banda spoke in Kisumu on Monday. After talks, they took questions from reporters.", nil},
	})
}

// TestReceivedParty: a host who receives a delegation or group meets the
// members the text names, in the same sentence ("that included A and B",
// "headed by A and including B") or in the next ones ("The delegation was
// led by A and B", "It was headed by A and included B"); a party never
// named is no meeting.
func TestReceivedParty(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"headed by, including", "Kenyan President Daniel Ochieng on Tuesday received a delegation of Malawian church leaders headed by Archbishop Peter Banda and including Bishop Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-04"}},
		{"a group that included", "On Tuesday Kenyan President Daniel Ochieng received a group of Malawian civic leaders that included the archbishop of Lilongwe, Peter Banda, and the head of the farmers' union, Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-04"}},
		{"passive, led by in the next sentence", "A delegation of Malawian union leaders was received by Kenyan President Daniel Ochieng in Nairobi on Tuesday. The delegation was led by Peter Banda, chairman of the Malawi Congress of Trade Unions, and Grace Phiri, its general secretary.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-04"}},
		{"it was headed by, and included", "Kenyan President Daniel Ochieng received the union delegation on Tuesday afternoon. It was headed by Peter Banda, a Malawian labour leader, and included Grace Phiri, a Zambian organiser.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-04"}},
		{"they were accompanied by", "Kenyan President Daniel Ochieng received the church delegation on Tuesday. The delegation was led by Peter Banda, a bishop. They were accompanied by Grace Phiri, a Malawian lay leader.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03-04"}},
		{"never named", "Kenyan President Daniel Ochieng received the union delegation at State House on Tuesday. The talks covered wages.", nil},
		{"at his residence, the head of X, A, ...", "On Tuesday morning, Kenyan President Daniel Ochieng received at his residence a delegation of Malawian civic leaders that included the head of the Lilongwe Council of Churches, Reverend Peter Banda, the general secretary of the farmers' union, Grace Phiri, and the chair of the teachers' union, Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"a long name in brackets, a comma before headed", "Kenyan President Daniel Ochieng received at State House on Tuesday a delegation of the Southern and Eastern African Farmers Union (SEAFU), headed by its chairman, Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-04"}},
	})
}

// TestAttendedByAside: "In a warm exchange, also attended by Z, the two
// ..." adds Z to the meeting told just before, as "The talks were also
// attended by Z" does.
func TestAttendedByAside(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"exchange, also attended by", "Kenyan President Daniel Ochieng received Malawian Foreign Minister Peter Banda on Tuesday. In a warm exchange, also attended by Kenyan Foreign Minister Joseph Mwita, the two discussed fishing rights.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-03-04"}},
		{"meeting, attended by", "Kenyan President Daniel Ochieng received Malawian Foreign Minister Peter Banda on Tuesday. The meeting, attended by Kenyan Foreign Minister Joseph Mwita, lasted an hour.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2025-03-04"}},
	})
}

// TestAttendedOnEachSide: "The meeting, attended on the Malawian side by A
// and on the Kenyan side by B" adds both to the meeting just told, as
// "attended by" does; a side named by a word of its own ("on the host side
// by") too.
func TestAttendedOnEachSide(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"two sides", "Malawian President Peter Banda received Kenyan Foreign Minister Joseph Mwita on Tuesday. The meeting, attended on the Malawian side by Trade Minister Grace Phiri and on the Kenyan side by envoy Daniel Ochieng, covered trade.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita+Peter Banda @2025-03-11"}},
		{"the host side", "Malawian President Peter Banda received Kenyan Foreign Minister Joseph Mwita on Tuesday. The talks were attended on the host side by Trade Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-11"}},
	})
}

// TestHoursOfTalksEnded: a stretch of hours or days of talks that has
// ended ("after four hours of talks", "at the close of five days of formal
// talks") is a meeting of the clause's subjects, as "after talks" is;
// months of talks are a process, no sitting.
func TestHoursOfTalksEnded(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"after hours", "In Lilongwe, Malawian President Peter Banda and Kenyan Vice-President Daniel Ochieng agreed to reopen the crossing after four hours of talks.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03", "visit occurred Daniel Ochieng>Malawi @2025-03"}},
		{"at the end of days", "Malawian President Peter Banda and Kenyan Vice-President Daniel Ochieng agreed to pool fisheries data at the close of five days of formal talks in Kisumu.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03"}},
		{"months", "Malawian President Peter Banda and Kenyan Vice-President Daniel Ochieng agreed to pool fisheries data after months of talks between their teams.", nil},
	})
}

// TestAConsultation: the singular "consultation" with an article is a
// sitting as "consultations" is ("joined A and B for a three-way
// consultation", "held a consultation with Y"); "in consultation with Y"
// and "after consultation with Y" tell a manner, no meeting.
func TestAConsultation(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"joined for one", "On Tuesday Malawian President Peter Banda joined Kenyan Vice-President Daniel Ochieng and Zambian President Hakainde Hichilema for a short three-way consultation.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema+Peter Banda @2025-03-11"}},
		{"held one", "Malawian President Peter Banda held a consultation with Kenyan Vice-President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11"}},
		{"a manner", "Malawian President Peter Banda drew up the plan in consultation with Kenyan Vice-President Daniel Ochieng.", nil},
		{"after one", "Malawian President Peter Banda, after consultation with Kenyan Vice-President Daniel Ochieng, closed the border on Tuesday.", nil},
	})
}

// TestCounterpartsAgreed: "A and his Kenyan counterpart B agreed on
// Wednesday to ..." tells that the two met; by telephone when the sentence
// says so. Two people not paired as counterparts may have agreed apart,
// and an undated agreement may be any of their sittings.
func TestCounterpartsAgreed(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"counterparts", "Malawian President Peter Banda and his Kenyan counterpart Daniel Ochieng agreed on Wednesday to open a joint border post.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-12"}},
		{"by telephone", "Malawian Foreign Minister Peter Banda and her Zambian counterpart, Grace Phiri, pledged by telephone on Monday to keep the corridor open.",
			[]string{"meeting occurred Grace Phiri+Peter Banda (phone) @2025-03-10"}},
		{"not counterparts", "Malawian President Peter Banda and Kenyan Vice-President Daniel Ochieng agreed on Wednesday that the border should reopen.", nil},
		{"undated", "Malawian President Peter Banda and his Kenyan counterpart Daniel Ochieng agreed to open a joint border post.", nil},
	})
}

// TestAudienceAttendedBy: "The audience was attended by Z" after a host
// received a guest adds Z to that meeting, as "The meeting was attended
// by Z" does.
func TestAudienceAttendedBy(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the audience", "Malawian President Peter Banda received Kenyan Foreign Minister Joseph Mwita at Kamuzu Palace on Sunday. The audience was attended by Trade Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-16"}},
	})
}

// TestJoinedByWhoForTalks: "A was joined by B, who had flown in the day
// before, for three-way talks with C" is one meeting of the three,
// dated by the main clause, not by the relative clause's "the day before".
func TestJoinedByWhoForTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a relative clause", "On Wednesday, Malawian Foreign Minister Peter Banda was joined by Zambian Foreign Minister Grace Phiri, who had flown in from Lusaka the day before, for three-way talks with Kenyan Trade Minister Joseph Mwita.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-12"}},
	})
}

// TestCommaDiscussingTellsTopic: ", discussing trade" after a clause tells
// what that clause was about; the subjects who "met with him separately"
// did not meet each other.
func TestCommaDiscussingTellsTopic(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"separately, discussing", "In Nairobi on Tuesday, Kenyan Vice-President Joseph Mwita and Speaker Daniel Ochieng met with Malawian President Peter Banda separately, discussing trade.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
		{"a joint discussion", "Kenyan Vice-President Joseph Mwita and Speaker Daniel Ochieng discussed trade on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita @2025-03-11"}},
	})
}

// TestMetEachOfThem: "met each of them" or "talks with each of them" is a
// meeting with each of the last two people named before the one who met
// them, in this sentence or the one before.
func TestMetEachOfThem(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the sentence before", "Kenyan President William Ruto and Zambian President Hakainde Hichilema would not sit together on Tuesday. Instead, Malawian President Peter Banda had talks with each of them in Lilongwe.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Peter Banda+William Ruto @2025-03"}},
		{"the same sentence", "On Tuesday, Kenyan Vice-President Daniel Ochieng and Zambian President Hakainde Hichilema came to Lilongwe, where Malawian President Peter Banda met each of them.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-11", "visit occurred Daniel Ochieng>Malawi @2025-03-11", "visit occurred Hakainde Hichilema>Malawi @2025-03-11"}},
	})
}

// TestWhichWasAttendedAlsoBy: "had talks, which were attended also by A
// and by B" adds both to the meeting, as "attended by" does.
func TestWhichWasAttendedAlsoBy(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"which were attended also by", "In the main hall of State House on Tuesday, Malawian President Peter Banda and Kenyan President William Ruto had talks, which were attended also by Foreign Minister Joseph Mwita and by Trade Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda+William Ruto @2025-03-11"}},
	})
}

// TestWithAside: "X, with the foreign minister, Z, then held talks with Y"
// and "X, with Minister Z, met Y": Z took part beside X, one meeting of
// the three; a "with" after the verb's object is no aside.
func TestWithAside(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"apposition", "Malawian President Peter Banda, with the Foreign Minister, Grace Phiri, then held talks with Kenyan Vice-President Daniel Ochieng in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03"}},
		{"a title", "Malawian President Peter Banda, with Trade Minister Grace Phiri, met Kenyan Vice-President Daniel Ochieng in Lilongwe.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-03"}},
	})
}

// TestHostedForOneSitting: a host's two guests "for talks" or "for a
// working breakfast" sat at one table, also when the second guest's name
// closes an apposition before "for".
func TestHostedForOneSitting(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	three := []string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-04-30"}
	checkBriefs(t, pub, []briefCase{
		{"for a meal after an apposition",
			"On Tuesday morning, Malawi's Health Minister Peter Banda hosted Kenyan Health Secretary Daniel Ochieng and Zambia's Minister of Health, Joseph Mwita, for a working breakfast on malaria.",
			three},
		{"for talks",
			"On Tuesday, Malawian President Peter Banda hosted Kenyan Vice-President Daniel Ochieng and Zambian Foreign Minister Joseph Mwita for talks.",
			three},
		{"for talks after the place",
			"On Tuesday, Malawian President Peter Banda hosted Kenyan Vice-President Daniel Ochieng and Zambian Foreign Minister Joseph Mwita at his lakeside lodge for talks.",
			three},
		{"two guests in turn",
			"On Tuesday, Malawian President Peter Banda hosted Kenyan Vice-President Daniel Ochieng and, later, Zambian Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Joseph Mwita+Peter Banda @2024-04-30"}},
	})
}

// TestJointCommissionCoChaired covers a body two states keep, told in
// lower case ("the joint commission", "the bi-national committee"), whose
// sitting two people co-chaired, together or one "with" the other: a
// meeting of the two, not a gathering.
func TestJointCommissionCoChaired(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	const two = "meeting occurred Hakainde Hichilema+William Ruto @2025-03-04"
	checkBriefs(t, pub, []briefCase{
		{"A and B co-chaired", "Kenya's William Ruto and Zambia's Hakainde Hichilema co-chaired the joint commission in Lusaka on Tuesday.", []string{two}},
		{"A co-chaired with B", "Kenya's William Ruto co-chaired the bi-national committee with Zambia's Hakainde Hichilema in Lusaka on Tuesday.", []string{two}},
	})
}

// TestPairMovedToTalks: two people already together who "went", "moved"
// or "withdrew" to a room or building "for talks" held them; a move to a
// named city is a journey, whose talks are not told as held.
func TestPairMovedToTalks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Kenyan Prime Minister Daniel Ochieng flew to Lilongwe on Tuesday. Malawian President Peter Banda welcomed him at the airport. "
	held := []string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "visit occurred Daniel Ochieng>Malawi @2025-03-11"}
	checkBriefs(t, pub, []briefCase{
		{"named pair went to a building", lead + "Banda and Ochieng went to State House for talks.", held},
		{"the pair walked to a wing", lead + "The pair later walked over to the east wing for talks.", held},
		{"the two headed to a room", lead + "The two leaders headed to a side room for a private meeting.", held},
		{"a journey to a city", lead + "The two leaders headed to Blantyre for talks.", []string{"visit occurred Daniel Ochieng>Malawi @2025-03-11"}},
	})
}

// TestMeetingOfThreeAtASitting: a sitting told with a relative clause "at
// which" or "where" A met B and C of three states is that sitting, which
// they attend, not a meeting of their own; two of them there met.
func TestMeetingOfThreeAtASitting(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"at which, three states",
			"Zambian President Hakainde Hichilema chaired an enlarged session on Tuesday at which Kenyan Prime Minister Daniel Ochieng sat down with Malawian President Peter Banda and Tanzanian President Amani Mrisho.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-11"}},
		{"where, three states",
			"Zambia convened an evening session in Lusaka on Tuesday, where Kenyan Prime Minister Daniel Ochieng sat down with Malawian President Peter Banda and Tanzanian President Amani Mrisho.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-11"}},
		{"at which, two states",
			"Zambian President Hakainde Hichilema chaired an enlarged session on Tuesday at which Kenyan Prime Minister Daniel Ochieng sat down with Malawian President Peter Banda.",
			[]string{"gathering occurred Zambia @2025-03-11", "meeting occurred Daniel Ochieng+Peter Banda @2025-03"}},
	})
}

// TestMembersOfABodyNamed: "met all members of the Joint Council,
// A, B and C", "the co-chairs of the Lake Commission, A and B": the
// members named in apposition were met, whatever capitalised body holds
// them.
func TestMembersOfABodyNamed(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Zambian President Hakainde Hichilema toured the region this week. "
	checkBriefs(t, pub, []briefCase{
		{"members of a capitalised body", lead + "In Lilongwe on Thursday he met all members of the Joint Council, Amani Mrisho, Grace Phiri and Daniel Ochieng.",
			[]string{"meeting occurred Amani Mrisho+Hakainde Hichilema @2025-03-13", "meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-13", "meeting occurred Grace Phiri+Hakainde Hichilema @2025-03-13"}},
		{"co-chairs", lead + "In Lilongwe on Thursday he met the co-chairs of the Lake Commission, Amani Mrisho and Grace Phiri.",
			[]string{"meeting occurred Amani Mrisho+Hakainde Hichilema @2025-03-13", "meeting occurred Grace Phiri+Hakainde Hichilema @2025-03-13"}},
	})
}

// TestTheThreeOfThem: "the three (two) of them" are the people told last,
// as many as the number says; the writer's "I" is none of them.
func TestTheThreeOfThem(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	trip := "Kenyan Prime Minister Daniel Ochieng flew to Lusaka on Monday with envoy Amani Mrisho and adviser Grace Phiri. "
	visits := []string{"visit occurred Amani Mrisho>Zambia @2025-03-10", "visit occurred Daniel Ochieng>Zambia @2025-03-10", "visit occurred Grace Phiri>Zambia @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"the three of them talked with",
			trip + "On March 12 the three of them talked with Zambian President Hakainde Hichilema at his farm.",
			append([]string{"meeting occurred Amani Mrisho+Daniel Ochieng+Grace Phiri+Hakainde Hichilema @2025-03-12"}, visits...)},
		{"the writer and the two of them",
			"Malawian President Peter Banda and Tanzanian President Amani Mrisho reached Lusaka on Tuesday. I understand the two of them had a long meeting late that evening.",
			[]string{"meeting occurred Amani Mrisho+Peter Banda @2025-03-11", "visit occurred Amani Mrisho>Zambia @2025-03-11", "visit occurred Peter Banda>Zambia @2025-03-11"}},
	})
}
