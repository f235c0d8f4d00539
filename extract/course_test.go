package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestGatheringCourse covers a named gathering told as the subject of the
// verbs of its course (en.Unfolds: "was held", "took place", "got under
// way", "kicked off", "came to a close"), its host named by a phrase
// (en.HostMarkers, en.HostRoles), and attendance told after it: a labelled
// list, a fronted "Among the ... were", "came in person", "attended as an
// observer", "the X delegation was led by".
func TestGatheringCourse(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"passive held, host by chairmanship, represented",
			"The 9th Summit of the Amazon Cooperation Treaty was held on Tuesday in Belem under the chairmanship of Brazilian President Luiz Inacio Lula da Silva. Peru was represented by its foreign minister, and Colombia by Gustavo Petro himself.",
			[]string{"9th Summit of the Amazon Cooperation Treaty: Brazil+Colombia+Peru"}},
		{"took place, a hyphenated name, sent",
			"The fourth Baltic-Nordic Energy Forum took place in Vilnius on Wednesday. Sweden sent its energy minister and Norway attended as an observer.",
			[]string{"fourth Baltic-Nordic Energy Forum: Norway+Sweden"}},
		{"got under way with a host named after as",
			"The Central Asian Consultative Meeting got under way in Bishkek on Thursday with Kyrgyz President Sadyr Japarov as host. The presidents of Tajikistan and Turkmenistan were in attendance.",
			[]string{"Central Asian Consultative Meeting: Kyrgyzstan+Tajikistan+Turkmenistan"}},
		{"kicked off is no cancellation; a colon list",
			"The 3rd Indian Ocean Rim Conference kicked off on Monday in Perth. In attendance: Indonesia's foreign minister, the prime minister of Mauritius and a Kenyan delegation.",
			[]string{"3rd Indian Ocean Rim Conference: Indonesia+Kenya+Mauritius"}},
		{"came to a close; a fronted among",
			"The 45th ASEAN Summit came to a close in Vientiane on Wednesday. Among the leaders who sat at the main table were Anwar Ibrahim of Malaysia, Prabowo Subianto of Indonesia and Vietnam's Pham Minh Chinh.",
			[]string{"45th ASEAN Summit: Indonesia+Malaysia+Vietnam"}},
		{"a bloc's lower-case summit; came in person; a delegation led by",
			"The SADC summit opened in Harare on Saturday. Zambia's Hakainde Hichilema came in person, and the Mozambican delegation was led by its deputy president.",
			[]string{"SADC summit: Mozambique+Southern African Development Community+Zambia"}}, // the bloc convenes its summit
		{"a mini-summit convened by its host; took part as chair",
			"Kenyan President William Ruto convened a mini-summit in Nairobi on Tuesday. Ugandan President Yoweri Museveni took part as the bloc's chair.",
			[]string{"mini-summit: Kenya+Uganda"}},
		{"an inverted label, a made trip, gapped representation",
			"The 18th Indian Ocean Commission Summit opened in Port Louis on Monday. Around the table were Madagascar's Andry Rajoelina and Comoros President Azali Assoumani. Seychelles President Wavel Ramkalawan made the trip as well. France was represented by its overseas minister, Reunion by its regional president, and the Maldives by a deputy minister.",
			[]string{"18th Indian Ocean Commission Summit: Comoros+France+Madagascar+Maldives+Seychelles"}},
		{"a co-host, seats taken, a line-up completed",
			"Leaders of the Baltic states converged on Riga on Monday for the annual Baltic Assembly summit. Latvian President Edgars Rinkevics hosted the talks together with Estonian Prime Minister Kristen Michal. Lithuanian President Gitanas Nauseda took his seat at the table. Polish President Andrzej Duda completed the line-up.",
			[]string{"annual Baltic Assembly summit: Estonia+Latvia+Lithuania+Poland"}},
		{"a gapped send, as did, a host told after",
			"The Andean summit opened in Quito on Monday. Chile sent its interior minister, and Argentina a deputy minister. Peru's Dina Boluarte came in person, as did Colombia's Gustavo Petro. The host was Ecuadorean President Daniel Noboa.",
			[]string{"Andean summit: Argentina+Chile+Colombia+Ecuador+Peru"}},
		{"the city before the noun is the place, not a person",
			"The Lome Maritime Security Conference opened on Monday. Ghana and Benin attended.",
			[]string{"Lome Maritime Security Conference: Benin+Ghana"}},
		{"a future course is no gathering held",
			"The 10th Summit of the Amazon Cooperation Treaty will be held in Lima next year. Peru will be represented by its president.",
			nil},
		{"a campaign kicked off is no gathering",
			"The Green Growth Campaign kicked off in Accra on Monday with Ghana and Togo as partners.",
			nil},
	})
}

// TestVisitsFromMeetings covers the visit a meeting in a named city
// implies, in a sentence that speaks of a journey, for the participant of
// another country received there by one of that country; a city in a purpose clause, a third country's city, a call
// and a planned meeting imply none.
func TestVisitsFromMeetings(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"the guest of a meeting in the host's capital, on a trip",
			"Chilean Foreign Minister Alberto van Klaveren met his Argentine counterpart Gerardo Werthein in Buenos Aires on Tuesday, on his first trip abroad this year.",
			[]string{"meeting occurred Alberto van Klaveren+Gerardo Werthein @2025-03-11", "visit occurred Alberto van Klaveren>Argentina @2025-03-11"}},
		{"with no journey told, the meeting's place is no visit (the gold rules want the trip told)",
			"Chilean Foreign Minister Alberto van Klaveren met his Argentine counterpart Gerardo Werthein in Buenos Aires on Tuesday.",
			[]string{"meeting occurred Alberto van Klaveren+Gerardo Werthein @2025-03-11"}},
		{"a country named in the purpose is no place",
			"Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday to discuss the refugee camps in Sudan.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2025-03-10"}},
		{"a third country's city: neither is received by a local",
			"Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Geneva on Wednesday.",
			[]string{"meeting occurred Ilham Aliyev+Nikol Pashinyan @2025-03-12"}},
		{"a call",
			"Japanese Prime Minister Shigeru Ishiba spoke by phone with Australian Prime Minister Anthony Albanese in Tokyo on Thursday.",
			[]string{"meeting occurred Anthony Albanese+Shigeru Ishiba (phone) @2025-03-13"}},
	})
}

// TestArrivalsInContext covers journeys that name no place of their own:
// an arrival under a dateline or after a gathering told with its city, "the
// country" and "it" (the gathering) as destinations; and what is no
// journey: "landed contracts", "touched on".
func TestArrivalsInContext(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"a second arrival in a coordinated clause under a dateline",
			"ACCRA, March 14 - Ivorian President Alassane Ouattara arrived on Thursday night, and Togo's Faure Gnassingbe touched down early on Friday.",
			[]string{"visit occurred Alassane Ouattara>Ghana @2025-03-13", "visit occurred Faure Gnassingbe>Ghana @2025-03-14"}},
		{"an arrival after the gathering's city",
			"The Andean Community summit opened in La Paz on Friday. Peruvian President Dina Boluarte landed on Thursday.",
			[]string{"gathering occurred Andean Community+Peru @2025-03-14", "visit occurred Dina Boluarte>Bolivia @2025-03-13"}},
		{"the country and the gathering as destinations",
			"The Andean Community summit opened in La Paz on Friday. Colombia's Gustavo Petro has been in the country for three days, and Ecuador's Daniel Noboa travelled to it by plane.",
			[]string{"gathering occurred Andean Community+Colombia+Ecuador @2025-03-14", "visit occurred Daniel Noboa>Bolivia @2025-03", "visit occurred Gustavo Petro>Bolivia @2025-03"}},
		{"a thing landed and talks touched on: no journeys",
			"OSLO, March 14 - Two Norwegian shipyards landed orders for ferries. Talks between the ministers touched on fishing quotas.",
			nil},
	})
}

// TestTripStops covers the stops of a trip told by its edges ("began a
// tour in X", "wound up the trip in Y", "ended it in Z"), by "stops in A
// and B", "spent Tuesday in", "after a day in", "a swing ... that has
// taken her to"; a city whose name holds a title ("Port-au-Prince") is a
// place.
func TestTripStops(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"a tour's first and last stops",
			"Italian Foreign Minister Antonio Tajani opened a Gulf tour in Muscat on Monday, went on to Doha on Tuesday and closed it in Kuwait City on Wednesday.",
			[]string{"visit occurred Antonio Tajani>Kuwait @2025-03-12", "visit occurred Antonio Tajani>Oman @2025-03-10", "visit occurred Antonio Tajani>Qatar @2025-03-11"}},
		{"stops listed, then the last one",
			"After stops in Lusaka and Harare, Indian President Droupadi Murmu wound up her African journey in Maputo on Thursday.",
			[]string{"visit occurred Droupadi Murmu>Mozambique @2025-03-13", "visit occurred Droupadi Murmu>Zambia @2025-03", "visit occurred Droupadi Murmu>Zimbabwe @2025-03"}},
		{"a day spent, a day before",
			"UN Secretary-General Antonio Guterres spent Tuesday in Port-au-Prince. He flew on to Santo Domingo on Wednesday after a day in Haiti's capital.",
			[]string{"visit occurred Antonio Guterres>Dominican Republic @2025-03-12", "visit occurred Antonio Guterres>Haiti @2025-03-11"}},
		{"a swing that has taken her to two capitals",
			"Australian Foreign Minister Penny Wong is on a week-long swing through the Pacific that has so far taken her to Tonga and Samoa.",
			[]string{"visit occurred Penny Wong>Samoa @", "visit occurred Penny Wong>Tonga @"}},
		{"a trip begun with no place, a campaign kicked off",
			"Argentine President Javier Milei began his trip on Monday. His party kicked off its campaign in Cordoba.",
			nil},
	})
}

// TestTalksBetween covers "between" after the place and time of a
// meeting noun, "negotiations" as a meeting only between named people, and
// talks whose outcome is told as conditional (not yet held).
func TestTalksBetween(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"a place and a day before between",
			"The accord followed closed-door negotiations in Muscat on Tuesday between Iranian Foreign Minister Abbas Araghchi and US envoy Steve Witkoff.",
			[]string{"meeting occurred Abbas Araghchi+Steve Witkoff @2025-03-11"}},
		{"negotiations between states are a process",
			"Debt negotiations between Zambia and China stalled again in Lusaka on Monday.",
			nil},
		{"talks whose success is conditional",
			"Talks this week between Indian Prime Minister Narendra Modi and Chinese President Xi Jinping, if they go well, could reopen border trade.",
			[]string{"meeting planned Narendra Modi+Xi Jinping @2025-03"}},
	})
}

// TestThreeWayTalks covers several parties met together: a joint cue
// ("three-way", "trilateral", "together") makes one meeting of the host and
// the listed guests, and three or four named leaders in talks of their own
// stay a meeting; listed guests with no such cue were met one by one.
func TestThreeWayTalks(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 14), []briefCase{
		{"a host and two guests at three-way talks",
			"Qatari Emir Tamim bin Hamad Al Thani hosted Rwandan President Paul Kagame and Congolese President Felix Tshisekedi in Doha on Tuesday for three-way talks.",
			[]string{"meeting occurred Felix Tshisekedi+Paul Kagame+Tamim bin Hamad Al Thani @2025-03-11", "visit occurred Felix Tshisekedi>Qatar @2025-03-11", "visit occurred Paul Kagame>Qatar @2025-03-11"}},
		{"two guests received in turn",
			"Turkish President Recep Tayyip Erdogan received Somali President Hassan Sheikh Mohamud and Ethiopian Prime Minister Abiy Ahmed on Wednesday.",
			[]string{"meeting occurred Abiy Ahmed+Recep Tayyip Erdogan @2025-03-12", "meeting occurred Hassan Sheikh Mohamud+Recep Tayyip Erdogan @2025-03-12"}},
	})
}

// TestPartiesCountries covers the country of a party the text names with
// neither role nor country: the gazetteer's, on the publication day, once
// the person takes part in an event or holds an office that day; a
// bystander in no office gets none.
func TestPartiesCountries(t *testing.T) {
	pub := day(2024, time.September, 3)
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Vladimir Putin held talks with Mongolian President Ukhnaagiin Khurelsukh in Ulaanbaatar. A poem by Dashdorjiin Natsagdorj was read aloud, and Emmanuel Macron sent a message."})
	got := map[string]schema.IRI{}
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			got[a.Name] = a.Country
		}
	}
	want := map[string]schema.IRI{"Vladimir Putin": schema.CountryIRI("RUS"), "Ukhnaagiin Khurelsukh": schema.CountryIRI("MNG"),
		"Emmanuel Macron": schema.CountryIRI("FRA")}
	for name, c := range want {
		if got[name] != c {
			t.Errorf("%s: country %q, want %q", name, got[name], c)
		}
	}
	if c, ok := got["Dashdorjiin Natsagdorj"]; ok && c != "" {
		t.Errorf("Dashdorjiin Natsagdorj, in no event and no office, got country %q", c)
	}
}

// TestRoleAnaphorOfKnownPerson covers "the Russian President" after a
// person named without role or country: the one the gazetteer knows for
// that country, who then travels; "is in X on a visit" is a trip even for
// a traveller whose country the text does not state.
func TestRoleAnaphorOfKnownPerson(t *testing.T) {
	checkBriefs(t, day(2024, time.September, 3), []briefCase{
		{"a national title refers back to the known person",
			"Vladimir Putin held talks with Mongolian President Ukhnaagiin Khurelsukh on Tuesday. The Russian President had landed in Ulaanbaatar late on Monday.",
			[]string{"meeting occurred Ukhnaagiin Khurelsukh+Vladimir Putin @2024-09-03", "visit occurred Vladimir Putin>Mongolia @2024-09-02"}},
		{"on a visit, country unstated",
			"Recep Tayyip Erdogan, in Baghdad on a working visit, on Monday held talks with Iraqi premier Mohammed Shia al-Sudani.",
			[]string{"meeting occurred Mohammed Shia al-Sudani+Recep Tayyip Erdogan @2024-09-02", "visit occurred Recep Tayyip Erdogan>Iraq @2024-09-02"}},
	})
}

// TestTravellersTogether covers travellers coordinated with a possessive
// descriptor ("A and his rival B both flew to X"), a leader who "came in
// person" to a gathering abroad, and a demonym two countries share
// ("Congolese") read as the one the gazetteer knows the person for.
func TestTravellersTogether(t *testing.T) {
	checkBriefs(t, day(2024, time.May, 10), []briefCase{
		{"a possessive descriptor in a coordinated subject",
			"Libyan Prime Minister Abdul Hamid Dbeibah and his rival Khalifa Haftar each flew to Rome on Thursday.",
			[]string{"visit occurred Abdul Hamid Dbeibah>Italy @2024-05-09", "visit occurred Khalifa Haftar>Italy @2024-05-09"}},
		{"came in person to a forum abroad; a shared demonym",
			"The Great Lakes Security Forum opened in Luanda on Wednesday. Congolese President Felix Tshisekedi came in person.",
			[]string{"gathering occurred Democratic Republic of the Congo @2024-05-08", "visit occurred Felix Tshisekedi>Angola @2024-05-08"}},
		{"a shared demonym where only one Congo's cities are told",
			"The DRC's foreign minister flew in from Kinshasa on Wednesday. The Congolese head of state landed in Luanda on Thursday and met the Angolan president, Joao Lourenco, before flying back to Kinshasa.",
			[]string{
				"meeting occurred Democratic Republic of the Congo+Joao Lourenco @2024-05-09", // the day he landed
			}},
	})
}

// TestMeetingVerbs covers more ways a meeting is told: "A and B sat down"
// with no "with", "had a one-on-one with", "huddled with"; and what is
// none: "sat down to write", "a bilateral agreement".
func TestMeetingVerbs(t *testing.T) {
	checkBriefs(t, day(2024, time.May, 10), []briefCase{
		{"saw someone that evening",
			"Malawian Foreign Minister Peter Banda flew into Kisumu on May 8 and saw Kenyan President Joseph Mwita that evening.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-05-08", "visit occurred Peter Banda>Kenya @2024-05-08"}},
		{"summoned an envoy",
			"Kenyan Foreign Minister Joseph Mwita summoned the Malawian high commissioner, Peter Banda, to the ministry in Nairobi on Wednesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-05-08"}},
		{"summoned by a minister",
			"Malawian envoy Peter Banda was summoned by Kenyan Foreign Minister Joseph Mwita on Wednesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-05-08"}},
		{"received together by a host",
			"Malawian President Peter Banda and Vice President Daniel Ochieng were received together by Kenyan President Joseph Mwita at State House on Wednesday.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-05-08"}},
		{"received separately by a host",
			"Malawian envoy Peter Banda was received separately by Kenyan President Joseph Mwita on Wednesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-05-08"}},
		{"met his own minister",
			"Malawian President Peter Banda saw his own foreign minister, Daniel Ochieng, at the lakeside lodge on Wednesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-05-08"}},
		{"saw that a clause holds",
			"Malawian Foreign Minister Peter Banda saw that Kenyan President Joseph Mwita had little time.",
			nil},
		{"two leaders sat down together",
			"Indonesian President Joko Widodo and Malaysian Prime Minister Anwar Ibrahim sat down for an hour in Bogor on Thursday.",
			[]string{"meeting occurred Anwar Ibrahim+Joko Widodo @2024-05-09"}},
		{"a one-on-one with",
			"Spanish Prime Minister Pedro Sanchez had a one-on-one with Moroccan King Mohammed VI in Rabat on Wednesday.",
			[]string{"meeting occurred Mohammed VI+Pedro Sanchez @2024-05-08"}},
		{"huddled with",
			"Polish President Andrzej Duda huddled with Lithuanian President Gitanas Nauseda in Vilnius on Tuesday.",
			[]string{"meeting occurred Andrzej Duda+Gitanas Nauseda @2024-05-07"}},
		{"two leaders talked for hours",
			"Chinese President Xi Jinping and U.S. President Joe Biden talked for four hours at an estate outside San Francisco on Wednesday.",
			[]string{"meeting occurred Joe Biden+Xi Jinping @2024-05-08"}},
		{"two leaders talked by phone",
			"Chinese President Xi Jinping and U.S. President Joe Biden talked by phone for an hour on Wednesday.",
			[]string{"meeting occurred Joe Biden+Xi Jinping (phone) @2024-05-08"}},
		{"sat down to write; a bilateral agreement",
			"Kenyan President William Ruto and his aides sat down to write the speech. Kenya and Ethiopia signed a bilateral agreement on power trade.",
			[]string{"agreement occurred Ethiopia+Kenya @2024-05"}},
	})
}

// TestTalksInAdjuncts covers talks told in an adjunct of a clause whose
// verb addresses someone else (en.AddressVerbs): the clause's subject met
// the partner, and the appeal is no plan.
func TestTalksInAdjuncts(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"pressed a country during talks",
			"Dutch Foreign Minister Ria Vermeer pressed Ghana to tighten port checks during talks with Ghanaian President Kofi Asante in Accra on Thursday.",
			[]string{"meeting occurred Kofi Asante+Ria Vermeer @2024-05-09"}},
		{"urged at a meeting",
			"Dutch Foreign Minister Ria Vermeer urged Togo to free the detained reporters at a meeting with Togolese President Yawa Mensah on Tuesday.",
			[]string{"meeting occurred Ria Vermeer+Yawa Mensah @2024-05-07"}},
		{"a possessor behind a preposition is no subject",
			"Dutch Foreign Minister Ria Vermeer pressed Ghana to stand behind the European Union's export rules during talks with Ghanaian President Kofi Asante on Thursday.",
			[]string{"meeting occurred Kofi Asante+Ria Vermeer @2024-05-09"}},
		{"thanked in her talks",
			"Dutch Foreign Minister Ria Vermeer thanked Ghana for its help in her talks with Ghanaian President Kofi Asante on Wednesday.",
			[]string{"meeting occurred Kofi Asante+Ria Vermeer @2024-05-08"}},
		{"urged someone to hold talks stays a plan of theirs",
			"Dutch Foreign Minister Ria Vermeer urged Togolese President Yawa Mensah to hold talks with Ghanaian President Kofi Asante.",
			[]string{"meeting planned Kofi Asante+Yawa Mensah @"}},
	})
}

// TestJourneyLegs covers the legs of a journey: a stop ("stopped in",
// "stopped off in", "stopped over briefly in"), talks that were the
// purpose of a stay ("was in X for talks", "went on to X for talks"; an
// arrival's purpose stays a plan), a region's adjective that names no
// traveller, a "he" after "A did; B did" that is B, and a meeting in a
// foreign city told beside other legs, which is a leg too.
func TestJourneyLegs(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"stopped in a city for talks",
			"Dutch Foreign Minister Ria Vermeer stopped in Accra on Thursday for talks with Ghanaian President Kofi Asante.",
			[]string{"meeting occurred Kofi Asante+Ria Vermeer @2024-05-09", "visit occurred Ria Vermeer>Ghana @2024-05-09"}},
		{"stopped over briefly",
			"Dutch Foreign Minister Ria Vermeer stopped over briefly in Nairobi on Monday.",
			[]string{"visit occurred Ria Vermeer>Kenya @2024-05-06"}},
		{"a stop of no traveller",
			"Dutch Foreign Minister Ria Vermeer said the shelling had stopped in the area by Monday.",
			nil},
		{"was in the capital for talks",
			"Dutch Foreign Minister Ria Vermeer was in the Ghanaian capital on Thursday for talks with Ghanaian President Kofi Asante.",
			[]string{"meeting occurred Kofi Asante+Ria Vermeer @2024-05-09", "visit occurred Ria Vermeer>Ghana @2024-05-09"}},
		{"an arrival's purpose stays a plan",
			"Dutch Foreign Minister Ria Vermeer arrived in Accra on Thursday for talks with Ghanaian President Kofi Asante.",
			[]string{"meeting planned Kofi Asante+Ria Vermeer @2024-05-09", "visit occurred Ria Vermeer>Ghana @2024-05-09"}},
		{"a region's adjective is no person",
			"Dutch Foreign Minister Ria Vermeer opened her West African tour in Lome on Monday with talks with Togolese President Yawa Mensah.",
			[]string{"meeting occurred Ria Vermeer+Yawa Mensah @2024-05-06", "visit occurred Ria Vermeer>Togo @2024-05-06"}},
		{"he after a semicolon's clause",
			"Togolese President Yawa Mensah signed; Ghanaian President Kofi Asante left without signing. He then stopped in Abuja on Thursday.",
			[]string{"visit occurred Kofi Asante>Nigeria @2024-05-09"}},
		{"a meeting abroad beside another leg",
			"Dutch Foreign Minister Ria Vermeer met Togolese President Yawa Mensah in Lome on Tuesday. She reached the Ghanaian capital on Wednesday.",
			[]string{"meeting occurred Ria Vermeer+Yawa Mensah @2024-05-07", "visit occurred Ria Vermeer>Ghana @2024-05-08", "visit occurred Ria Vermeer>Togo @2024-05-07"}},
		{"a meeting abroad with no other leg is no visit told",
			"Dutch Foreign Minister Ria Vermeer met Togolese President Yawa Mensah in Lome on Tuesday.",
			[]string{"meeting occurred Ria Vermeer+Yawa Mensah @2024-05-07"}},
	})
}

// TestFirstPersonRelease covers a release written in the first person
// whose title names no one: "I" is the one person its opening lines name,
// with the letters after the name left out; with two people named there,
// "I" stays unknown.
func TestFirstPersonRelease(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"office, name and release line",
			"Prime Minister of Estonia\nThe Hon Kaja Tamm MP\nMedia release | Friday 10 May 2024\n\nToday I met Prime Minister Lars Holm of Denmark in Copenhagen. I arrived in Copenhagen last night.",
			[]string{"meeting occurred Kaja Tamm+Lars Holm @2024-05-10", "visit occurred Kaja Tamm>Denmark @2024-05-09"}},
		{"a statement by a minister",
			"Statement by Foreign Minister Tomas Ruiz of Chile\n\nThis week I travelled to Lusaka, where I held talks with Zambian President Hakainde Hichilema on Wednesday.",
			[]string{"meeting occurred Hakainde Hichilema+Tomas Ruiz @2024-05-08", "visit occurred Tomas Ruiz>Zambia @2024-05"}},
		{"two people named before the first I",
			"Joint release of Kaja Tamm and Lars Holm\n\nToday I met Zambian President Hakainde Hichilema in Lusaka.",
			nil},
	})
}

// TestPairsAndGroups covers the parties named by "the two" with no noun
// ("and the two held talks", "The two met"), a "them" received after the
// coordinated travellers that open the sentence (one meeting of all), and
// a "hosted in X" whose X is a place, not a guest.
func TestPairsAndGroups(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"and the two held talks",
			"Peruvian President Ana Quispe received Chilean President Tomas Ruiz at the palace on Monday, and the two held three hours of talks on mining.",
			[]string{"meeting occurred Ana Quispe+Tomas Ruiz @2024-05-06"}},
		{"the two met, told after a trip",
			"Chilean President Tomas Ruiz flew to Lima on Monday to see Peruvian President Ana Quispe. The two met for three hours at the palace.",
			[]string{"meeting occurred Ana Quispe+Tomas Ruiz @2024-05-06", "visit occurred Tomas Ruiz>Peru @2024-05-06"}},
		{"the two spoke of something is no call",
			"Chilean President Tomas Ruiz and Peruvian President Ana Quispe have clashed over water rights. The two spoke of a new era in a joint statement.",
			nil},
		{"received them",
			"Last month Chilean ministers Elena Vidal and Pedro Soto flew to Lima, where Peruvian President Ana Quispe received them.",
			[]string{"meeting occurred Ana Quispe+Elena Vidal+Pedro Soto @2024-04", "visit occurred Elena Vidal>Peru @2024-04", "visit occurred Pedro Soto>Peru @2024-04"}},
		{"hosted in a city",
			"Peruvian President Ana Quispe went to the summit that Chilean President Tomas Ruiz hosted in Puerto Natales.",
			nil},
	})
}

// TestSittingsOfBodies covers a gathering named by a body of states that
// sits ("gathered for the X Council", "The X Council met in Y"), people who
// "sat down for" the plenary or opening session of one, a host "in the
// chair", and bodies or people that are no such sitting: a government's or
// a union's own council, business leaders, a national legislature.
func TestSittingsOfBodies(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"sat down for the plenary, a host in the chair",
			"The presidents sat down on Wednesday for the closing plenary of the Lake Basin Commission Summit in Ndjamena, with Chadian President Mahamat Deby in the chair. Niger's Abdourahamane Tiani and Cameroon's Paul Biya were also in the room.",
			[]string{"Lake Basin Commission Summit: Cameroon+Chad+Niger"}},
		{"gathered for a council's opening session",
			"Ministers gathered for the opening session of the Andean Community Council in Quito on Wednesday. Peru's Dina Boluarte and Bolivia's Luis Arce were present.",
			[]string{"Andean Community Council: Bolivia+Peru"}},
		{"a council that met",
			"The Andean Community Council met in Quito on Wednesday. Peru's Dina Boluarte and Bolivia's Luis Arce were there too.",
			[]string{"Andean Community Council: Bolivia+Peru"}},
		{"a government's own council",
			"The National Security Council met in Quito on Wednesday with Ecuadorean President Daniel Noboa.",
			nil},
		{"a council of a profession",
			"A survey for the Andean Council of Trade Unions concluded that wages fell.",
			nil},
		{"business leaders assembled",
			"Hundreds of Peruvian business leaders assembled in Lima on Wednesday for a mining conference.",
			nil},
		{"a legislature's meeting",
			"Deputies gathered for the first sitting of the Grand National Congress in Ankara on Tuesday.",
			nil},
	})
}

// TestHostsAndTurns covers guests a host received "for" a summit, who
// attend that gathering rather than meet (en.InTurn keeps "received them
// one after the other" apart), and talks a pair "held their own".
func TestHostsAndTurns(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"received them in turn",
			"Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan landed in Nairobi on Sunday, and Kenyan President William Ruto received them in turn at State House.",
			[]string{"meeting occurred Samia Suluhu Hassan+William Ruto @2024-05-05", "meeting occurred William Ruto+Yoweri Museveni @2024-05-05",
				"visit occurred Samia Suluhu Hassan>Kenya @2024-05-05", "visit occurred Yoweri Museveni>Kenya @2024-05-05"}},
		{"their own talks",
			"Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan then had their own talks at a hotel on Sunday evening.",
			[]string{"meeting occurred Samia Suluhu Hassan+Yoweri Museveni @2024-05-05"}},
		{"their consultations confined to others are no talks of theirs",
			"Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan restricted their consultations to aides.",
			nil},
	})
	checkGatherings(t, pub, []briefCase{
		{"hosted for a numbered summit",
			"Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Mombasa on Monday for the fifth tripartite summit of their countries.",
			[]string{"fifth tripartite summit: Kenya+Tanzania+Uganda"}},
		{"hosted for talks stays a meeting",
			"Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Mombasa on Monday for three-way talks.",
			nil},
	})
}

// TestArrivalsAttend covers attendance told through an arrival in the
// gathering's country near it and within its days, and a presence label
// with the company before it ("At the table with him were").
func TestArrivalsAttend(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"flew in, and the company around the table",
			"Estonian Prime Minister Kristen Michal hosted the Baltic Sea Council summit in Tallinn on Thursday. Polish Prime Minister Donald Tusk flew in on Wednesday evening. At the table with him were Latvia's Evika Silina and Lithuania's Gintautas Paluckas.",
			[]string{"Baltic Sea Council summit: Estonia+Latvia+Lithuania+Poland"}},
		{"an arrival weeks away is no attendance",
			"Estonian Prime Minister Kristen Michal hosted the Baltic Sea Council summit in Tallinn on Thursday. Polish Prime Minister Donald Tusk had visited Tallinn in March.",
			[]string{"Baltic Sea Council summit: Estonia"}},
	})
}

// TestGatheringsThatDrew covers attendance told as what a gathering
// "brought together" or "drew", across a participle appositive before the
// verb or through "It" for the gathering in focus, with the gathering's
// whole capitalised name; a summit whose outcome is reviewed took place.
func TestGatheringsThatDrew(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"brought together, an appositive before",
			"The Volta Basin Water Summit, hosted by Ghana in Accra on March 3, brought together the presidents of Togo, Burkina Faso and Benin.",
			[]string{"Volta Basin Water Summit: Benin+Burkina Faso+Ghana+Togo"}},
		{"it drew",
			"Ghana hosted the Volta Basin Water Summit in Accra on March 3. It drew the leaders of Togo and Benin.",
			[]string{"Volta Basin Water Summit: Benin+Ghana+Togo"}},
		{"an outcome reviewed",
			"The ministers went over the outcome of the Volta Basin Water Summit hosted by Ghana in Accra on March 3, which brought together leaders from Togo and Benin.",
			[]string{"Volta Basin Water Summit: Benin+Ghana+Togo"}},
	})
}

// TestDrewAcrossANamedChair covers a gathering that "brought together" or
// "drew" its attendees after a participle appositive holding a comma
// before a name ("convened by the bloc's chairman, Malawi's X,"): one
// gathering of all of them, the convener's country too, and no meeting
// besides.
func TestDrewAcrossANamedChair(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a regional meeting, hosted and convened",
			"The regional meeting, hosted by President Hakainde Hichilema on Wednesday and convened by the bloc's chairman, Malawi's Peter Banda, brought together Tanzania's Joseph Mwita and Kenya's William Ruto.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-05"}},
		{"an emergency meeting, convened, drew",
			"The emergency meeting on Wednesday, convened by the bloc's chairman, Malawi's Peter Banda, drew Tanzania's Joseph Mwita and Kenya's William Ruto.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-03-05"}},
	})
}

// TestDrewAfterANounAppositive covers a gathering noun set off from
// "brought together" by a noun phrase in apposition ("The summit, a
// first for the bloc, brought together ..."): a gathering of the states
// named, or, for a session of two sides, their meeting.
func TestDrewAfterANounAppositive(t *testing.T) {
	pub := day(2024, time.July, 31) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a summit of three",
			"LUSAKA - The summit, a first for the bloc, brought together Kenya's William Ruto, Uganda's Yoweri Museveni and Tanzania's Samia Suluhu Hassan on Monday.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2024-07-29"}},
		{"a session of two sides",
			"LUSAKA - The session, the second of its kind, brought together Kenya's Musalia Mudavadi and Uganda's Jeje Odongo on Monday.",
			[]string{"meeting occurred Jeje Odongo+Musalia Mudavadi @2024-07-29"}},
	})
}

// TestSummitsBetween covers "the Nth summit between A and B" as the subject
// of its course, with both parties attending, co-chairs named after a
// participle, and a person whose surname is a country's name.
func TestSummitsBetween(t *testing.T) {
	pub := day(2025, time.November, 12) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"a summit between two blocs closed, co-chaired",
			"LUANDA - The seventh summit between the African Union and the EU closed here on Tuesday, co-chaired by Angolan President Joao Lourenco and European Council President Antonio Costa. Portugal's Prime Minister Luis Montenegro also took part.",
			[]string{"seventh summit: African Union+Angola+European Union+Portugal"}},
		{"a summit between two companies is none",
			"The first summit between Acme Corp and Globex Inc closed in Luanda on Tuesday.",
			nil},
	})
}

// TestSessionsAndBilaterals covers a named sitting opened by its host
// ("Host X opened the Council of Ministers") with a colon list of
// those around the table, leaders who "joined" others "for" a session, the
// noun "bilateral" (but not "bilateral trade"), "his annual summit with
// Y", and talks a speaker reports in a that-clause, which are not the
// speaker's.
func TestSessionsAndBilaterals(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"host opened a council of heads of state",
			"In Pretoria on Monday, Host Cyril Ramaphosa formally opened the Council of Ministers. In attendance: Kenya, Ghana and Nigeria.",
			[]string{"Council of Ministers: Ghana+Kenya+Nigeria+South Africa"}},
		{"joined leaders for a session",
			"Indonesian President Prabowo Subianto and UN Secretary-General Antonio Guterres joined the member-state leaders on Tuesday for the expanded Outreach session in Kazan.",
			[]string{"expanded Outreach session: Indonesia+United Nations"}},
	})
	checkBriefs(t, pub, []briefCase{
		{"held a bilateral with",
			"Kenyan President William Ruto held a bilateral with Ghanaian President John Mahama on Monday morning.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-05-06"}},
		{"their bilateral",
			"Kenyan President William Ruto and Ghanaian President John Mahama held their first bilateral at the hotel on Monday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-05-06"}},
		{"bilateral trade is no meeting",
			"Kenyan President William Ruto praised bilateral trade with Ghana on Monday.",
			nil},
		{"an annual summit with",
			"Kenyan President William Ruto held his annual summit with Ghanaian President John Mahama in Accra on Tuesday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-05-07"}},
		{"talks a speaker reports",
			"Kenyan foreign secretary Korir Sing'oei told reporters in Accra that the talks with Ghanaian President John Mahama covered cocoa prices.",
			nil},
	})
}

// TestNamesAndReturns covers a quoted nickname inside a name, a way home
// that is no visit home (the place left is the one visited), a "them"
// hosted after "both presidents had flown", and
// a name the text shortens by its last word.
func TestNamesAndReturns(t *testing.T) {
	pub := day(2025, time.February, 28) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a quoted nickname and a way home",
			`MANILA - President Ramon "Monching" Dela Cruz flew home on Thursday from Hanoi after a state visit.`,
			[]string{"visit occurred Ramon Dela Cruz>Vietnam @"}},
		{"the two leaders hosted",
			"Somali President Hassan Ali Warsame and Kenyan President William Ruto agreed a plan after both presidents had flown to Baku, where Azerbaijani President Ilham Aliyev hosted them for talks.",
			[]string{"meeting occurred Hassan Ali Warsame+Ilham Aliyev+William Ruto @2025-02", "visit occurred Hassan Ali Warsame>Azerbaijan @2025-02", "visit occurred William Ruto>Azerbaijan @2025-02"}},
		{"a name shortened by its last word",
			"Somali President Hassan Ali Warsame arrived in Nairobi on Monday. On Tuesday President Hassan Ali met Kenyan President William Ruto.",
			[]string{"meeting occurred Hassan Ali Warsame+William Ruto @2025-02-25", "visit occurred Hassan Ali Warsame>Kenya @2025-02-24"}},
	})
	got := brief(testX.Extract(schema.Article{ID: "t", Text: `President Ramon "Monching" Dela Cruz of the Philippines met Vietnamese President Luong Cuong in Hanoi on Tuesday.`, Published: pub}))
	if want := []string{"meeting occurred Luong Cuong+Ramon Dela Cruz @2025-02-25"}; !cmp.Equal(want, got) {
		t.Errorf("nickname in a name: got %v, want %v", got, want)
	}
}

// TestSummitsClosedAndCounterparts covers a named gathering as the object
// of "opened" or "closed" after adverbials of time and place ("opened here
// on Monday the 12th Summit of ..."), and counterparts a host received at
// its venue, who attend it rather than hold bilateral meetings.
func TestSummitsClosedAndCounterparts(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"closed after adverbials; counterparts received at the venue",
			"The presidents of the Andean bloc formally opened here on Monday the 12th Summit of Andean Presidents. The host, Peruvian President Dina Boluarte, received at the Lima convention centre her counterparts Gustavo Petro of Colombia and Daniel Noboa of Ecuador.",
			[]string{"12th Summit of Andean Presidents: Colombia+Ecuador+Peru"}},
	})
	checkBriefs(t, pub, []briefCase{
		{"counterparts with no gathering in focus are met",
			"Peruvian President Dina Boluarte received at the presidential palace her counterparts Gustavo Petro of Colombia and Daniel Noboa of Ecuador on Tuesday.",
			[]string{"meeting occurred Daniel Noboa+Dina Boluarte @2024-05-07", "meeting occurred Dina Boluarte+Gustavo Petro @2024-05-07"}},
	})
}

// TestSatDownWithMany covers "sat down with A, B and C" as one meeting of
// all four, also after a fronted clause that ends at a comma.
func TestSatDownWithMany(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	want := []string{"meeting occurred Andrej Babis+Karl Nehammer+Petr Fiala+Robert Golob @2024-05-09"}
	checkBriefs(t, pub, []briefCase{
		{"one table", "Czech Prime Minister Petr Fiala sat down on Thursday with Austria's Karl Nehammer, Andrej Babis and Robert Golob.", want},
		{"after a fronted clause", "Before the talks began on Thursday, Czech Prime Minister Petr Fiala sat down with Austria's Karl Nehammer, Andrej Babis and Robert Golob.", want},
	})
}

// TestSatDownAtAVenue covers "sat down" with a building between the verb
// and "with" that opens with "a" or a possessive ("at her residence", "at a
// lodge"), and a facing phrase before a name with a country's
// possessive ("sat across the table from Kenya's X").
func TestSatDownAtAVenue(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"at her residence", "On Thursday, Malawian President Grace Phiri sat down at her residence with Kenyan President William Ruto.",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-13"}},
		{"at a lodge", "Malawian President Peter Banda sat down on Tuesday at a Kisumu lodge with Daniel Ochieng, the head of a Kenyan bank.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11"}},
		{"across the table from a possessive", "Malawian Foreign Minister Peter Banda sat across the table from Kenya's Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11"}},
	})
}

// TestCountryHosts covers a country, or its leadership, that hosted or
// received a foreign leader: the leader's visit, and no meeting with a
// country as a party.
func TestCountryHosts(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a country hosted", "Kenya hosted Ghanaian President John Mahama on Tuesday.",
			[]string{"visit occurred John Mahama>Kenya @2024-05-07"}},
		{"its leadership received", "Laos's leadership received Thai Prime Minister Srettha Thavisin in March.",
			[]string{"visit occurred Srettha Thavisin>Laos @2024-03"}},
		{"a person who hosted met", "Kenyan President William Ruto hosted Ghanaian President John Mahama on Tuesday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-05-07"}},
	})
}

// TestLongGatheringNames covers the whole proper name of a gathering with
// a long "of" tail ("of the Board of the X Union", "of Presidents and
// Prime Ministers"), a format's name written with a plus sign, a host word
// before the host's name, and no name that ends in a function word.
func TestLongGatheringNames(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"of the X of the Y",
			"The 12th Regular Sitting of the Board of the Andean Water Union opened in Quito on Monday with Peru and Chile present.",
			[]string{"12th Regular Sitting of the Board of the Andean Water Union: Chile+Peru"}},
		{"presidents and prime ministers",
			"The 40th Summit of the Andean Forum of Presidents and Prime Ministers opened in Quito on Monday with Peru and Chile present.",
			[]string{"40th Summit of the Andean Forum of Presidents and Prime Ministers: Andean Forum+Chile+Peru"}}, // the body convenes its summit
		{"a host word before the host's name",
			"Ministers took their seats at the 9th Baltic Sea Ministerial in Parnu, with Estonian host Kaja Tamm in a combative mood.",
			[]string{"9th Baltic Sea Ministerial: Estonia"}},
		{"a plus sign",
			"Kazakhstan hosted a foreign ministers' session of the Caspian 3+2 format in Aktau on Monday, attended by Japan.",
			[]string{"foreign ministers' session of the Caspian 3+2 format: Japan+Kazakhstan"}},
	})
}

// TestNamesOpeningWithParticles covers a known person named from the
// particles of the family name on ("von der Leyen", "de Klerk"), also
// after a plural title shared with another name.
func TestNamesOpeningWithParticles(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a plural title and a particle name",
			"Presidents Mirziyoyev and von der Leyen landed in Astana on Tuesday.",
			[]string{"visit occurred Shavkat Mirziyoyev>Kazakhstan @2024-05-07", "visit occurred Ursula von der Leyen>Kazakhstan @2024-05-07"}},
		{"a particle name as object",
			"Kazakh President Kassym-Jomart Tokayev met von der Leyen in Astana on Tuesday.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Ursula von der Leyen @2024-05-07"}},
	})
}

// TestOfficialsOfOrganisations covers an official the gazetteer files in an
// international organisation's office: their arrival at a summit adds no
// attendance by their home country.
func TestOfficialsOfOrganisations(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	got := gatheringsOf("Kazakhstan hosted the Central Asia Water Summit in Astana on Thursday. Ursula von der Leyen flew in on Wednesday evening.", pub)
	if want := []string{"Central Asia Water Summit: Kazakhstan"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestBothReceived covers a host who "received both ministers": the two
// the text told before, known as ministers from the gazetteer when the
// text gives them no title, in one meeting with the host.
func TestBothReceived(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"both ministers",
			"Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov landed in Astana on Thursday. On Friday the Kazakh leader Kassym-Jomart Tokayev hosted both ministers at his residence.",
			[]string{"meeting occurred Ararat Mirzoyan+Jeyhun Bayramov+Kassym-Jomart Tokayev @2024-05-10",
				"visit occurred Ararat Mirzoyan>Kazakhstan @2024-05-09", "visit occurred Jeyhun Bayramov>Kazakhstan @2024-05-09"}},
	})
}

// TestSidelineTables covers "A and B held talks with C, D and E" on a
// summit's sidelines as one meeting of all five (not a gathering),
// "separately" keeping them apart, and "came too" as attendance with no
// visit told.
func TestSidelineTables(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"one table on the sidelines",
			"On the sidelines on Thursday, Armenia's Nikol Pashinyan and Azerbaijan's Ilham Aliyev held talks with Finnish President Alexander Stubb, Emmanuel Macron of France and Olaf Scholz of Germany.",
			[]string{"meeting occurred Alexander Stubb+Emmanuel Macron+Ilham Aliyev+Nikol Pashinyan+Olaf Scholz @2024-05-09"}},
		{"separately",
			"Finnish President Alexander Stubb and German Chancellor Olaf Scholz met Nikol Pashinyan and Ilham Aliyev separately on Thursday.",
			[]string{"meeting occurred Alexander Stubb+Ilham Aliyev+Olaf Scholz @2024-05-09", "meeting occurred Alexander Stubb+Nikol Pashinyan+Olaf Scholz @2024-05-09"}},
	})
	got := gatheringsOf("Moldovan President Maia Sandu hosted the third Danube Leaders Summit in Chisinau on Thursday. Romania's Klaus Iohannis came too, as did Bulgaria's Rumen Radev.", pub)
	if want := []string{"third Danube Leaders Summit: Bulgaria+Moldova+Romania"}; !cmp.Equal(want, got) {
		t.Errorf("came too: got %v, want %v", got, want)
	}
}

// TestSummitOpenedAfterItsName covers "The summit opened ..." after a
// sentence that named the summit without a frame of its own, seats taken
// "alongside" others, a venue whose name holds a gathering noun, and
// Malay honorifics before a name.
func TestSummitOpenedAfterItsName(t *testing.T) {
	pub := day(2024, time.October, 10) // a Thursday
	got := gatheringsOf("VIENTIANE: Datuk Seri Anwar Ibrahim spent the first day of the Mekong Leaders Summit here pressing for a ceasefire. The summit got under way yesterday at the Lao Exhibition Centre. Thailand's Paetongtarn Shinawatra took her seat alongside Vietnam's Pham Minh Chinh and Cambodia's Hun Manet.", pub)
	if want := []string{"Mekong Leaders Summit: Cambodia+Thailand+Vietnam"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
	checkBriefs(t, pub, []briefCase{
		{"a convention centre is a building",
			"Malaysian Prime Minister Datuk Seri Anwar Ibrahim met Thai Prime Minister Paetongtarn Shinawatra on Wednesday at the National Convention Centre.",
			[]string{"meeting occurred Anwar Ibrahim+Paetongtarn Shinawatra @2024-10-09"}},
	})
}

// TestAvoidedMeetings covers a meeting noun after a verb of avoidance
// ("passed up a one-on-one", "avoided talks with"): not held.
func TestAvoidedMeetings(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"skipped", "Chilean President Gabriel Boric skipped his one-on-one with Peruvian President Dina Boluarte on Thursday.",
			[]string{"meeting cancelled Dina Boluarte+Gabriel Boric @2024-05-09"}},
		{"avoided", "Chilean President Gabriel Boric avoided talks with Peruvian President Dina Boluarte on Thursday.",
			[]string{"meeting cancelled Dina Boluarte+Gabriel Boric @2024-05-09"}},
		{"a skipped lunch is no skipped meeting of others", "Chilean President Gabriel Boric skipped lunch and held talks with Peruvian President Dina Boluarte on Thursday.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-05-09"}},
		{"ruled out, a phrasal verb", "Chilean President Gabriel Boric has ruled out a formal meeting with Peruvian President Dina Boluarte this year.",
			[]string{"meeting cancelled Dina Boluarte+Gabriel Boric @2024"}},
		{"turned down", "Chilean President Gabriel Boric turned down talks with Peruvian President Dina Boluarte on Thursday.",
			[]string{"meeting cancelled Dina Boluarte+Gabriel Boric @2024-05-09"}},
		{"skipped something else after talks", "Chilean President Gabriel Boric skipped dinner after talks with Peruvian President Dina Boluarte on Thursday.",
			[]string{"meeting occurred Dina Boluarte+Gabriel Boric @2024-05-09"}},
	})
}

// TestConferenceAttendance covers a conference opened by its host (whose
// country the gazetteer knows), those who "sat" around the table after a
// presence label and a place, and countries that "sent" a named envoy,
// with a gapped clause after them.
func TestConferenceAttendance(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"sat around the table",
			"Host Cyril Ramaphosa formally opened the Drakensberg Peace Conference on Sunday. At the table in the main hall sat Kenya's William Ruto, Ghana's John Mahama and Nigeria's Bola Tinubu.",
			[]string{"Drakensberg Peace Conference: Ghana+Kenya+Nigeria+South Africa"}},
		{"sent a named envoy, and a gapped clause",
			"Host Cyril Ramaphosa formally opened the Drakensberg Peace Conference on Sunday. Japan sent Foreign Minister Yoko Kamikawa, and India its deputy foreign minister.",
			[]string{"Drakensberg Peace Conference: India+Japan+South Africa"}},
	})
}

// TestEachOfThem covers "received each of them" and "received them" after
// a sentence that told two travellers' journey: a meeting with each.
func TestEachOfThem(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"each of them",
			"Chad's Mahamat Deby and Niger's Abdourahamane Tiani flew to Abuja on Monday. Nigerian President Bola Tinubu received each of them in turn.",
			[]string{"meeting occurred Abdourahamane Tiani+Bola Tinubu @2024-05-06", "meeting occurred Bola Tinubu+Mahamat Deby @2024-05-06",
				"visit occurred Abdourahamane Tiani>Nigeria @2024-05-06", "visit occurred Mahamat Deby>Nigeria @2024-05-06"}},
	})
}

// TestInformalMeetings covers a quoted or modified gathering name as the
// subject of its course ('The "Baltic" meeting opened', 'The informal
// Baltic meeting opened'), a host named in the next sentence about it
// ("It was chaired by X, with Y as host"), colleagues who "joined" the
// participants, a part "by video link", and a minister who skipped it but
// sent a deputy.
func TestInformalMeetings(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"quoted name, host in the next sentence",
			`The "Lindholm" meeting opened on Thursday in Tallinn. It was chaired by Kaja Kallas, with Estonian Foreign Minister Margus Tsahkna as host.`,
			[]string{"Lindholm meeting: Estonia"}},
		{"joined by counterparts; by video; skipped but sent",
			"The informal Lindholm meeting opened on Thursday in Tallinn. On Friday the ministers were joined by colleagues from Moldova and Georgia. Ukraine's Dmytro Kuleba, in Kyiv, took part by video. Budapest's minister Peter Szijjarto stayed away from the gathering and sent a deputy from Hungary.",
			[]string{"informal Lindholm meeting: Georgia+Hungary+Moldova+Ukraine"}},
	})
}

// TestCountryShortNames covers a country with two English short names,
// named as the story writes it, but Ivory Coast, always named so, and the
// DRC given its full name when the story writes neither short form.
func TestCountryShortNames(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	for _, tc := range []struct{ text, want string }{
		{"Ghana hosted the Gulf of Guinea Security Summit in Accra on Thursday. Cabo Verde and Togo attended.", "Gulf of Guinea Security Summit: Cabo Verde+Ghana+Togo"},
		{"Ghana hosted the Gulf of Guinea Security Summit in Accra on Thursday. Cape Verde and Togo attended.", "Gulf of Guinea Security Summit: Cape Verde+Ghana+Togo"},
		{"Fiji hosted the Blue Pacific Summit in Nadi on Thursday. The Federated States of Micronesia and Tonga attended.", "Blue Pacific Summit: Federated States of Micronesia+Fiji+Tonga"},
		{"Ghana hosted the Gulf of Guinea Security Summit in Accra on Thursday. Togo and Côte d'Ivoire attended.", "Gulf of Guinea Security Summit: Ghana+Ivory Coast+Togo"},
		{"Angola hosted the Great Lakes Summit in Luanda on Thursday. Zambia, Burundi and Democratic Republic of the Congo attended.", "Great Lakes Summit: Angola+Burundi+Democratic Republic of the Congo+Zambia"},
		{"Angola hosted the Great Lakes Summit in Luanda on Thursday. Rwanda and DR Congo attended.", "Great Lakes Summit: Angola+DR Congo+Rwanda"},
		{"Angola hosted the Great Lakes Summit in Luanda on Thursday. Zambia and the DRC attended.", "Great Lakes Summit: Angola+Democratic Republic of the Congo+Zambia"},
		{"Gabon hosted the Forest Basin Summit in Libreville on Thursday. Congo-Brazzaville and Cameroon attended.", "Forest Basin Summit: Cameroon+Gabon+Republic of the Congo"},
		{"Gabon hosted the Forest Basin Summit in Libreville on Thursday. The Republic of Congo and Cameroon attended.", "Forest Basin Summit: Cameroon+Gabon+Republic of the Congo"},
	} {
		if got := gatheringsOf(tc.text, pub); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTimeTogetherAndPresence covers time two leaders "spent" with each
// other (a meeting), ", as was X" after those who "were there", and an
// attendee the text gives no country whose country the gazetteer knows.
func TestTimeTogetherAndPresence(t *testing.T) {
	pub := day(2024, time.November, 19) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"spent minutes with",
			"Chilean President Gabriel Boric spent forty minutes with Shigeru Ishiba of Japan on Monday.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-18"}},
		{"had a separate hour with",
			"Chilean President Gabriel Boric had a separate hour with Shigeru Ishiba of Japan on Monday.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-18"}},
		{"had a private hour with",
			"Chilean President Gabriel Boric had a private hour with Shigeru Ishiba of Japan on Monday.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-18"}},
		{"spent minutes that day with",
			"Chilean President Gabriel Boric landed in Tokyo on Sunday and spent forty minutes that day with Shigeru Ishiba.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-17", "visit occurred Gabriel Boric>Japan @2024-11-17"}},
		{"spent an hour yesterday with",
			"Chilean President Gabriel Boric spent an hour yesterday with Shigeru Ishiba of Japan.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-18"}},
		{"spent time the next morning with",
			"Chilean President Gabriel Boric landed in Tokyo on Sunday. He spent two hours the next morning with Shigeru Ishiba.",
			[]string{"meeting occurred Gabriel Boric+Shigeru Ishiba @2024-11-18", "visit occurred Gabriel Boric>Japan @2024-11-17"}},
		{"spent days in is a stay, not a meeting",
			"Chilean President Gabriel Boric spent two days in Tokyo.",
			[]string{"visit occurred Gabriel Boric>Japan @2024-11"}},
	})
	got := gatheringsOf("The Quito summit opened on Monday. India's Narendra Modi and Olaf Scholz were there, as was the Brazilian leader, Lula da Silva.", pub)
	if want := []string{"Quito summit: Brazil+Germany+India"}; !cmp.Equal(want, got) {
		t.Errorf("as was: got %v, want %v", got, want)
	}
}

// TestThreeLeaders covers "the three leaders" as the three people told
// before.
func TestThreeLeaders(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the three leaders held talks",
			"Kenyan President William Ruto hosted Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan in Nairobi on Wednesday. The three leaders then held talks behind closed doors.",
			[]string{"meeting occurred Samia Suluhu Hassan+William Ruto+Yoweri Museveni @2024-05-08", "visit occurred Samia Suluhu Hassan>Kenya @2024-05-08", "visit occurred Yoweri Museveni>Kenya @2024-05-08"}},
	})
}

// TestTitleOfThePersonInFocus covers "The president" right after a
// sentence about a person the text gives no title but the gazetteer knows
// as president, while another president was named earlier.
func TestTitleOfThePersonInFocus(t *testing.T) {
	pub := day(2024, time.June, 28) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the president in focus",
			"Paraguayan President Santiago Pena opened the forum on Wednesday. The forum came after Milei's tour of Europe. On Sunday the president held talks in Berlin with Olaf Scholz of Germany.",
			[]string{"meeting occurred Javier Milei+Olaf Scholz @2024-06-23"}},
	})
}

// TestForumArrivalsAndCompany covers a gathering "chaired by" a leader in a
// participle after its course, arrivals a few sentences on, and "They
// joined A and B" at the gathering in focus.
func TestForumArrivalsAndCompany(t *testing.T) {
	pub := day(2022, time.July, 14) // a Thursday
	got := gatheringsOf("The 9th Coral Sea Leaders Meeting opened in Port Moresby on Tuesday, chaired by the host, Papua New Guinea's James Marape. One seat stayed empty. Nauru sent nobody. New Zealand's Chris Hipkins landed on Monday, while Australia's Anthony Albanese flew in later that night. They joined Palau's Surangel Whipps and Tonga's Siaosi Sovaleni.", pub)
	if want := []string{"9th Coral Sea Leaders Meeting: Australia+New Zealand+Palau+Papua New Guinea+Tonga"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestReleaseAttendanceLists covers a release's attendance lists: a label
// after the people ("Leaders in attendance were:", "Also in
// attendance were") and items parted by semicolons, each a name and an
// office "of" a country.
func TestReleaseAttendanceLists(t *testing.T) {
	pub := day(2025, time.July, 9) // a Wednesday
	got := gatheringsOf("Leaders of the Coral Community wrapped up their Twelfth Regular Meeting on Tuesday in Suva. Leaders in attendance were: the Honourable Sitiveni Rabuka, Prime Minister of Fiji; His Excellency David Panuelo, President of Palau; and the Honourable Kausea Natano, Prime Minister of Tuvalu. Also in attendance were Fiame Naomi Mataafa, Prime Minister of Samoa; and the Honourable Mark Brown, Prime Minister of the Cook Islands.", pub)
	// The bloc whose leaders met attends its own meeting.
	if want := []string{"Twelfth Regular Meeting: Cook Islands+Coral Community+Fiji+Palau+Samoa+Tuvalu"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestMeetingsAtAGathering covers leaders who met in the city of a
// gathering on one of its days: they attend it.
func TestMeetingsAtAGathering(t *testing.T) {
	pub := day(2025, time.February, 17) // a Monday
	got := gatheringsOf("The 12th Horn Leaders Forum closed in Nairobi on Sunday. Uganda and Rwanda took part. On Saturday, Ethiopian Prime Minister Abiy Ahmed also conferred in Nairobi with Hassan Sheikh Mohamud of Somalia.", pub)
	if want := []string{"12th Horn Leaders Forum: Ethiopia+Rwanda+Somalia+Uganda"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestCoordinatedMeetAndCrumbs covers ", and later met W" after a first
// verb whose object ends in an organisation (the subject of the first verb
// met W), and a site's section crumb that is no dateline.
func TestCoordinatedMeetAndCrumbs(t *testing.T) {
	pub := day(2025, time.October, 26) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"and later met",
			"WORLD - DIPLOMACY\n\nVietnamese Prime Minister Pham Minh Chinh held talks on Saturday with Cyril Ramaphosa of South Africa on mining and a possible Vietnam–Mercosur accord, and later met Anwar Ibrahim of Malaysia.",
			[]string{"meeting occurred Anwar Ibrahim+Pham Minh Chinh @2025-10-25", "meeting occurred Cyril Ramaphosa+Pham Minh Chinh @2025-10-25"}},
	})
}

// TestGroupJoinedThem covers "The presidents of A, B and C joined them" at
// the gathering in focus: those countries attend.
func TestGroupJoinedThem(t *testing.T) {
	pub := day(2023, time.February, 23) // a Thursday
	got := gatheringsOf("Romanian President Klaus Iohannis hosted the Black Sea Security Summit in Constanta on Wednesday. The presidents of Georgia, Moldova and Bulgaria joined them in the main hall.", pub)
	if want := []string{"Black Sea Security Summit: Bulgaria+Georgia+Moldova+Romania"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestConvenedAndTheFewWhoCame covers leaders who "convened in X for" a
// summit, and "Among the other presidents who travelled in person were A
// and B": they attend and visit its country.
func TestConvenedAndTheFewWhoCame(t *testing.T) {
	pub := day(2025, time.May, 17) // a Saturday
	text := "Gulf leaders convened in Muscat on Saturday for the 9th Indian Ocean Rim summit. Among the other presidents who travelled in person were Kenya's William Ruto and Tanzania's Samia Suluhu Hassan."
	if got, want := gatheringsOf(text, pub), []string{"9th Indian Ocean Rim summit: Kenya+Tanzania"}; !cmp.Equal(want, got) {
		t.Errorf("gatherings: got %v, want %v", got, want)
	}
	checkBriefs(t, pub, []briefCase{{"visits of the few who came", text,
		[]string{"gathering occurred Kenya+Tanzania @2025-05-17", "visit occurred Samia Suluhu Hassan>Oman @2025-05-17", "visit occurred William Ruto>Oman @2025-05-17"}}})
}

// TestHostedManyAtAGathering covers a host who "hosted A, B and C" in the
// sentence after a gathering: all attend it, and no pair meets apart.
func TestHostedManyAtAGathering(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	text := "Foreign ministers gathered in Baku on Thursday for the fourth session of the Caspian Five format. Azerbaijan's Jeyhun Bayramov hosted Kazakhstan's Murat Nurtleu, Turkmenistan's Rashid Meredov and Iran's Hossein Amir-Abdollahian at a lakeside villa."
	if got, want := gatheringsOf(text, pub), []string{"fourth session of the Caspian Five format: Azerbaijan+Iran+Kazakhstan+Turkmenistan"}; !cmp.Equal(want, got) {
		t.Errorf("got %v, want %v", got, want)
	}
	for _, e := range testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}).Events {
		if e.Type == schema.Meeting {
			t.Errorf("a meeting apart from the gathering: %v", e.Participants)
		}
	}
}

// checkGatherings checks the gatherings (name: attendees) gatheringsOf
// reads from each case's text.
func checkGatherings(t *testing.T, pub time.Time, cases []briefCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, gatheringsOf(tc.text, pub)); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestNameAfterItsHead covers a gathering whose proper name opens with its
// capitalised head after "the" and goes on after "on", "of" or "for"
// ("the Summit on Water Security"), anywhere in the sentence; a lower-case
// head with no name after it is no such gathering.
func TestNameAfterItsHead(t *testing.T) {
	pub := day(2024, time.June, 17) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"after a fronted day",
			"KISUMU - On Sunday, the Summit on Water Security closed with a joint statement. Delegates came from Uganda, Rwanda and Burundi.",
			[]string{"Summit on Water Security: Burundi+Rwanda+Uganda"}},
		{"after a fronted clause",
			"After three days of talks in Kisumu, the Conference for Lake Restoration ended on Saturday. Kenya, Uganda and Tanzania attended.",
			[]string{"Conference for Lake Restoration: Kenya+Tanzania+Uganda"}},
		{"a lower-case head",
			"After three days of talks in Kisumu, the conference for lake restoration ended on Saturday.",
			nil},
	})
}

// TestChairedAfterALongAppositive covers a gathering "chaired by" or
// "hosted by" someone whose name is a plural with an apostrophe ("Foreign
// Ministers' Retreat", "Coastal Ministers' Conference"), also when a long
// participle appositive parts it from the verb ("The X, held at a lodge on
// the banks of the river, was chaired by Y").
func TestChairedAfterALongAppositive(t *testing.T) {
	pub := day(2025, time.January, 20) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"an apostrophe name after a long appositive",
			"LUSAKA: The Lake Basin Ministers' Retreat, held at a lodge on the banks of the Zambezi, was chaired by Zambian Foreign Minister Mulambo Haimbe.",
			[]string{"Lake Basin Ministers' Retreat: Zambia"}},
		{"a plain name after a long appositive",
			"LUSAKA: The Lake Basin Retreat, held at a lodge on the banks of the Zambezi, was chaired by Zambian Foreign Minister Mulambo Haimbe.",
			[]string{"Lake Basin Retreat: Zambia"}},
		{"an apostrophe name hosted by a country, then attended",
			"The Coastal Ministers' Conference was hosted by Kenya in Mombasa on Sunday. Tanzania and Mozambique also took part.",
			[]string{"Coastal Ministers' Conference: Kenya+Mozambique+Tanzania"}},
	})
}

// TestJoinedCounterpartsNamed covers one who "joined (her) counterparts
// from A, B and C" or "counterparts including A's X and B's Y" at the
// gathering in focus: all their states attend; counterparts not named add
// only the subject's.
func TestJoinedCounterpartsNamed(t *testing.T) {
	pub := day(2025, time.January, 20) // a Monday
	const opened = "LUSAKA: The Lake Basin Ministers' Retreat was held on Sunday. "
	checkGatherings(t, pub, []briefCase{
		{"counterparts from states",
			opened + "Malawi's Nancy Tembo joined her counterparts from Kenya, Tanzania and Botswana.",
			[]string{"Lake Basin Ministers' Retreat: Botswana+Kenya+Malawi+Tanzania"}},
		{"counterparts including named ministers",
			opened + "Malawi's Foreign Minister Nancy Tembo joined counterparts including Kenya's Musalia Mudavadi and Tanzania's Mahmoud Kombo.",
			[]string{"Lake Basin Ministers' Retreat: Kenya+Malawi+Tanzania"}},
		{"counterparts not named",
			opened + "Malawi's Nancy Tembo joined her counterparts in the afternoon.",
			[]string{"Lake Basin Ministers' Retreat: Malawi"}},
	})
}

// TestPresenceSubjects covers an inverted list of those present whose
// subject names them by a presence phrase (en.PresenceHeads, en.Presence,
// en.PresenceRelatives) before "were" or "included", a bare "attended" in a
// coordinated clause, and a group of leaders that "met ... for" a named
// gathering.
func TestPresenceSubjects(t *testing.T) {
	pub := day(2024, time.June, 10) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"those in attendance were, possessive countries",
			"The 7th Great Rivers Summit opened in Kampala on Sunday. Those in attendance were Kenya's William Ruto, Tanzania's Samia Suluhu Hassan and Rwanda's Paul Kagame.",
			[]string{"7th Great Rivers Summit: Kenya+Rwanda+Tanzania"}},
		{"among those present were",
			"The Zambezi Basin Conference was held in Livingstone on Saturday. Among those present were President Hakainde Hichilema of Zambia and President Duma Boko of Botswana.",
			[]string{"Zambezi Basin Conference: Botswana+Zambia"}},
		{"present at the meeting were",
			"The Gulf Water Ministerial took place in Muscat on Monday. Present at the meeting were ministers from Oman, Kuwait and Bahrain.",
			[]string{"Gulf Water Ministerial: Bahrain+Kuwait+Oman"}},
		{"delegates who took part included; a clause after while is not listed",
			"The 3rd Andes Mining Dialogue got under way in La Paz on Friday. Delegates who took part included Peru and Chile, while Ecuador stayed away.",
			[]string{"3rd Andes Mining Dialogue: Chile+Peru"}},
		{"attendees included",
			"The Pacific Fisheries Forum was held in Apia on Thursday. Attendees included Fiji, Tonga and Vanuatu.",
			[]string{"Pacific Fisheries Forum: Fiji+Tonga+Vanuatu"}},
		{"there was still no trace of a delegation",
			"The Danube Transport Conference was held in Vienna on Tuesday. There was still no trace of the Hungarian delegation, whose minister had resigned.",
			[]string{"Danube Transport Conference: "}},
		{"those in attendance were displeased: no list",
			"The Danube Transport Conference was held in Vienna on Tuesday. Those in attendance were displeased with the outcome.",
			[]string{"Danube Transport Conference: "}},
		{"a bare attended before a coordinated clause",
			"The Sahel Security Summit was held in Niamey on Saturday. Chad, Mali and Cameroon attended, and Nigeria was represented by a deputy minister.",
			[]string{"Sahel Security Summit: Cameroon+Chad+Mali+Nigeria"}},
		{"a bare attended before while",
			"The Sahel Security Summit was held in Niamey on Saturday. Chad and Mali attended, while Benin stayed at home.",
			[]string{"Sahel Security Summit: Chad+Mali"}},
		{"heads of state met for a named summit",
			"Regional heads of state met in Maputo on Sunday for the 4th Extraordinary Summit of the Indian Ocean Commission. Among those present were the presidents of Madagascar and Mauritius.",
			[]string{"4th Extraordinary Summit of the Indian Ocean Commission: Indian Ocean Commission+Madagascar+Mauritius"}},
	})
}

// TestHostedGroups covers a host receiving a group of leaders or ministers
// for a named gathering (the host's country hosts and attends, countries
// of the group attend), and people "among those" present or at a venue
// while a gathering is in focus.
func TestHostedGroups(t *testing.T) {
	pub := day(2025, time.May, 14) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"hosted leaders from a region for a named summit",
			"Spanish Prime Minister Pedro Sanchez hosted leaders from North Africa in Malaga on Monday for the Alboran Sea Summit.",
			[]string{"Alboran Sea Summit: Spain"}},
		{"welcomed ministers of named countries for a ministerial",
			"Egypt hosted foreign ministers of Jordan and Iraq in Cairo on Sunday for the fourth trilateral ministerial.",
			[]string{"fourth trilateral ministerial: Egypt+Iraq+Jordan"}},
		{"convened two groups from three or more states",
			"On Monday evening Spanish Prime Minister Pedro Sanchez convened leaders and ministers from Morocco, Algeria and Tunisia to discuss a plan for migrants.",
			[]string{"meeting: Algeria+Morocco+Spain+Tunisia"}},
		{"hosted guests for talks is no gathering",
			"Spanish Prime Minister Pedro Sanchez hosted ministers from Morocco in Madrid on Monday for talks on fishing.",
			nil},
		{"among those at a venue, along with",
			"Spanish Prime Minister Pedro Sanchez hosted leaders from North Africa in Malaga on Monday for the Alboran Sea Summit. Morocco's Aziz Akhannouch and Algeria's Nadir Larbaoui were among those at the Palacio de Congresos, along with Tunisian President Kais Saied.",
			[]string{"Alboran Sea Summit: Algeria+Morocco+Spain+Tunisia"}},
		{"among those at a named venue",
			"The Alboran Sea Summit was held in Malaga on Monday. Mauritania and Libya were among those at Palacio Miramar.",
			[]string{"Alboran Sea Summit: Libya+Mauritania"}},
		{"among those present",
			"The Alboran Sea Summit was held in Malaga on Monday. Mauritania and Libya were among those present.",
			[]string{"Alboran Sea Summit: Libya+Mauritania"}},
		{"among those at odds is no attendance",
			"The Alboran Sea Summit was held in Malaga on Monday. Morocco was among those at odds with the plan.",
			[]string{"Alboran Sea Summit: "}},
	})
}

// TestAttendanceInFocus covers attendance told against the gathering in
// focus: its opener ("X, the bloc's chair, opened the meeting"), people
// who "joined them", and one who "led his country's delegation".
func TestAttendanceInFocus(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"the opener of the meeting in focus attends",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Rwandan President Paul Kagame, the current chair, opened the meeting at the convention centre.",
			[]string{"Great Lakes Security Summit: Rwanda"}},
		{"a proper name opened is another gathering, not the one in focus",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Rwandan President Paul Kagame opened the Kigali Innovation Week on Wednesday.",
			[]string{"Great Lakes Security Summit: "}},
		{"joined them, persons as subjects",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Ugandan President Yoweri Museveni and Burundian President Evariste Ndayishimiye joined them after lunch.",
			[]string{"Great Lakes Security Summit: Burundi+Uganda"}},
		{"led his country's delegation",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Kenya's Foreign Minister Musalia Mudavadi led his country's delegation.",
			[]string{"Great Lakes Security Summit: Kenya"}},
		{"headed the demonym's delegation",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Foreign Minister Therese Kayikwamba Wagner headed the Congolese delegation.",
			[]string{"Great Lakes Security Summit: Democratic Republic of the Congo"}},
		{"led a delegation to a capital is a journey",
			"The Great Lakes Security Summit was held in Kigali on Tuesday. Kenya's Foreign Minister Musalia Mudavadi led a delegation to Beijing.",
			[]string{"Great Lakes Security Summit: "}},
	})
}

// TestCourseRuns covers a named gathering that "ran over/from/until" its
// days (also past an appositive after its name), a bloc that "wrapped up"
// its own gathering, and members that "sent their ministers:" before a
// colon list.
func TestCourseRuns(t *testing.T) {
	pub := day(2025, time.September, 2) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"ran over two days, past an appositive, with a host",
			"The Mekong-Lancang Leaders Council, the group's yearly summit, ran over the weekend in Vientiane, with Prime Minister Sonexay Siphandone as host.",
			[]string{"Mekong-Lancang Leaders Council: Laos"}},
		{"ran from one day to another",
			"The 8th Mekong-Lancang Leaders Council ran from Saturday to Monday in Vientiane.",
			[]string{"8th Mekong-Lancang Leaders Council: "}},
		{"a bloc wrapped up its own summit",
			"ASEAN wrapped up its annual summit in the Malaysian capital on Monday.",
			[]string{"annual ASEAN summit: ASEAN"}},
		{"members sent their ministers before a colon list",
			"The 8th Mekong-Lancang Leaders Council opened in Vientiane on Monday. All six members sent their foreign ministers: China, Cambodia, Laos, Myanmar, Thailand and Vietnam.",
			[]string{"8th Mekong-Lancang Leaders Council: Cambodia+China+Laos+Myanmar+Thailand+Vietnam"}},
		{"a person who ran for office is no course",
			"Prime Minister Sonexay Siphandone ran for office in Vientiane on Monday.",
			nil},
	})
}

// TestNamedGatheringAsSetting covers a named gathering told only as the
// setting of someone's words or acts ("at the end of the X summit"), a
// planning word inside its proper name ("the Shared Future summit" is no
// future summit), and guests hosted a few sentences after it.
func TestNamedGatheringAsSetting(t *testing.T) {
	pub := day(2025, time.March, 3) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"at the close of a named summit",
			"Irish Prime Minister Micheal Martin spoke to the press at the close of the Atlantic Shared Future summit about a plan for Washington.",
			[]string{"Atlantic Shared Future summit: Ireland"}},
		{"on the sidelines of a named summit",
			"Irish Prime Minister Micheal Martin spoke to Belgian Prime Minister Bart De Wever on the sidelines of the Atlantic Shared Future summit.",
			[]string{"Atlantic Shared Future summit: Belgium+Ireland"}},
		{"at the close of a domestic meeting is none",
			"Irish Prime Minister Micheal Martin spoke to the press at the close of his party's annual conference of delegates about its plans.",
			nil},
		{"guests hosted a few sentences on",
			"Irish Prime Minister Micheal Martin spoke to the press at the close of the Atlantic Shared Future summit about a plan for Washington. He did not take questions. The remarks were brief. Earlier in the day Martin had hosted leaders of Portugal, Iceland and Norway at Dublin Castle.",
			[]string{"Atlantic Shared Future summit: Iceland+Ireland+Norway+Portugal"}},
	})
}

// TestPlayedHostAndGroupsJoining covers "X played host to the G" (as
// "hosted the G"), leaders of named countries who "joined X" while a
// gathering is in focus, and talks one "used a press conference to press
// for" (a purpose, not talks held).
func TestPlayedHostAndGroupsJoining(t *testing.T) {
	pub := day(2024, time.July, 10) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"played host to a named summit",
			"Chilean President Gabriel Boric played host to the Pacific Alliance summit in Santiago on Monday.",
			[]string{"Pacific Alliance summit: Chile"}},
		{"played host to a guest is no gathering",
			"Chilean President Gabriel Boric played host to Peruvian President Dina Boluarte in Santiago on Monday.",
			nil},
		{"leaders from named countries joined the host",
			"Chilean President Gabriel Boric played host to the Pacific Alliance summit in Santiago on Monday. Leaders from Peru, Colombia and Mexico joined Boric in the Chilean capital.",
			[]string{"Pacific Alliance summit: Chile+Colombia+Mexico+Peru"}},
	})
	checkBriefs(t, pub, []briefCase{
		{"press for talks is a purpose",
			"Chilean President Gabriel Boric used a press conference to press for quicker talks with the European Union on tariffs.",
			[]string{"meeting planned European Union+Gabriel Boric @"}},
	})
}

// TestSeatsAlongside covers people who "took their seats" with a place
// before "alongside A and B": A and B attend too.
func TestSeatsAlongside(t *testing.T) {
	pub := day(2024, time.August, 30) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"took their seats in the hall alongside",
			"The 9th Coral Sea Leaders Meeting opened in Port Vila on Monday. Leaders from Fiji and Samoa took their seats in the hall alongside Prime Ministers Anthony Albanese of Australia and Christopher Luxon of New Zealand.",
			[]string{"9th Coral Sea Leaders Meeting: Australia+Fiji+New Zealand+Samoa"}},
		{"alongside in a later clause is not theirs",
			"The 9th Coral Sea Leaders Meeting opened in Port Vila on Monday. Leaders from Fiji and Samoa took their seats in the hall. A protest took place alongside Australia's embassy.",
			[]string{"9th Coral Sea Leaders Meeting: Fiji+Samoa"}},
	})
}

// TestSignatoriesAndHall covers leaders who sign a declaration at the
// gathering in focus (they attend) and people "in the hall".
func TestSignatoriesAndHall(t *testing.T) {
	pub := day(2025, time.October, 27) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"signatories of a declaration at the gathering",
			"The 12th Mekong Leaders Summit opened in Phnom Penh on Sunday. Thai Prime Minister Anutin Charnvirakul and Lao Prime Minister Sonexay Siphandone signed the water declaration together with Vietnamese Prime Minister Pham Minh Chinh.",
			[]string{"12th Mekong Leaders Summit: Laos+Thailand+Vietnam"}},
		{"a declaration signed long after is no attendance",
			"The 12th Mekong Leaders Summit opened in Phnom Penh on Sunday. Fishing quotas were set. Dams were debated. In March, Anutin Charnvirakul of Thailand signed a trade declaration in Bangkok.",
			[]string{"12th Mekong Leaders Summit: "}},
		{"in the hall",
			"The 12th Mekong Leaders Summit opened in Phnom Penh on Sunday. Myanmar's foreign minister and the Lao prime minister were also in the hall.",
			[]string{"12th Mekong Leaders Summit: Laos+Myanmar"}},
	})
}

// TestNamedGatheringDrew covers a named gathering that "drew" or "brought
// together" people the sentence does not name by country: it met, and the
// presence told after it fills it.
func TestNamedGatheringDrew(t *testing.T) {
	pub := day(2024, time.November, 18) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"brought together leaders of many economies",
			"The Cusco summit brought together leaders from 21 economies on Saturday. China's Xi Jinping and Japan's Shigeru Ishiba were there, as was Chile's Gabriel Boric.",
			[]string{"Cusco summit: Chile+China+Japan"}},
		{"an unnamed gathering that drew a crowd is none",
			"The summit drew a large crowd of protesters on Saturday.",
			nil},
		{"brought people to a place, an appositive before",
			"The 12th Andean Summit, hosted by Peru in Cusco, brought Ecuador's Daniel Noboa and Colombia's Gustavo Petro to the old Inca capital on Saturday.",
			[]string{"12th Andean Summit: Colombia+Ecuador+Peru"}},
		{"brings leaders to a city, present tense",
			"The Baltic Sea Forum brings Estonia's prime minister and Latvia's president to Riga on Saturday.",
			[]string{"Baltic Sea Forum: Estonia+Latvia"}},
		{"an ordinal before the bloc name is part of it",
			"The ninth Nordic Council summit brought together Sweden's Ulf Kristersson and Norway's Jonas Gahr Store in Oslo on Saturday.",
			[]string{"ninth Nordic Council summit: Norway+Sweden"}},
		{"a long appositive of two participles before brought together",
			"The Monday gathering, organised by the East African bloc EAC and chaired by Kenyan President William Ruto, brought together Uganda's Yoweri Museveni, Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye.",
			[]string{"gathering: Burundi+Kenya+Rwanda+Uganda"}},
		{"a summit that brought a deal names no one",
			"The Cusco summit brought a trade deal on Saturday.",
			nil},
	})
}

// TestBlocNounAfterName covers the leaders or ministers "of the BRICS
// group" or "of the SADC bloc": the bloc's own gathering, as without the
// noun.
func TestBlocNounAfterName(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"met", "Leaders of the BRICS group met in Kazan on Wednesday.",
			[]string{"gathering occurred BRICS @2025-05-07"}},
		{"ended days of meetings", "Finance ministers of the SADC bloc closed three days of meetings in Gaborone on Wednesday.",
			[]string{"gathering occurred Southern African Development Community @2025-05-05"}},
	})
}

// TestBlocMembersAndDelegationsTo covers a bloc's members as the subject of
// a meeting they held ("Gulf Cooperation Council oil ministers held an
// emergency meeting"), and a delegation led "to" a named gathering.
func TestBlocMembersAndDelegationsTo(t *testing.T) {
	pub := day(2025, time.June, 14) // a Saturday
	checkGatherings(t, pub, []briefCase{
		{"bloc ministers held a meeting, members listed after a dash",
			"African Union defence ministers held an urgent meeting online on Friday. All five states - Kenya, Ghana, Chad, Niger and Angola - took part.",
			[]string{"urgent meeting: African Union+Angola+Chad+Ghana+Kenya+Niger"}},
		{"ministers of no bloc held a meeting",
			"Kenyan ministers held an emergency meeting in Nairobi on Friday.",
			nil},
		{"led a delegation to a named gathering",
			"Foreign Minister Diana Mondino led the Argentine delegation to the 31st Plenary Assembly of the Association of Caribbean States in Lima on Friday.",
			[]string{"31st Plenary Assembly of the Association of Caribbean States: Argentina"}},
		{"led a delegation to a city is a journey",
			"Foreign Minister Diana Mondino led the Argentine delegation to Lima on Friday.",
			nil},
	})
}

// TestGroupSubjectsAtGathering covers a sentence whose subject is a group
// named by its countries while a gathering is in focus ("Ministers from A,
// B and C pressed for ..."): those countries attend; not so for countries
// named later in the sentence, nor with no gathering in focus.
func TestGroupSubjectsAtGathering(t *testing.T) {
	pub := day(2025, time.May, 20) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"ministers from named countries pressed for",
			"The 12th Nordic Security Summit took place in Oslo on Tuesday. Ministers from Sweden, Finland and Denmark pressed for new sanctions on Russia.",
			[]string{"12th Nordic Security Summit: Denmark+Finland+Sweden"}},
		{"the leaders of named countries asked",
			"The 12th Nordic Security Summit took place in Oslo on Tuesday. The leaders of Iceland and Norway asked for more time.",
			[]string{"12th Nordic Security Summit: Iceland+Norway"}},
		{"no gathering in focus",
			"Ministers from Sweden, Finland and Denmark pressed for new sanctions on Russia on Tuesday.",
			nil},
	})
}

// TestJoinedTheGroup covers people who "joined the three" (or "the
// others") at the gathering in focus, and those added by ", as did X".
func TestJoinedTheGroup(t *testing.T) {
	pub := day(2025, time.February, 13) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"joined the three, as did",
			"The Aegean Security Summit opened in Athens on Wednesday. Ministers Ana Costa of Portugal and Ivo Horvat of Croatia joined the three, as did Malta's Ian Borg.",
			[]string{"Aegean Security Summit: Croatia+Malta+Portugal"}},
		{"joined the others",
			"The Aegean Security Summit opened in Athens on Wednesday. Cyprus's Constantinos Kombos joined the others after lunch.",
			[]string{"Aegean Security Summit: Cyprus"}},
	})
}

// TestBringsTogether covers a named gathering that "brings together"
// (present tense) delegates and observers from named countries, with the
// organisers and co-chairs named in an appositive before the verb.
func TestBringsTogether(t *testing.T) {
	pub := day(2024, time.August, 15) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"brings together delegates and observers, organisers in an appositive",
			"The Muscat talks on Yemen, organised by Oman and co-chaired by Qatar, this week bring together delegates and observers of Egypt, Jordan and the United Nations.",
			[]string{"Muscat talks on Yemen: Egypt+Jordan+Oman+Qatar+United Nations"}},
	})
}

// TestWithHostingAndFirstToArrive covers a gathering's host told as "with
// President X hosting ..." and people "among the first to arrive".
func TestWithHostingAndFirstToArrive(t *testing.T) {
	pub := day(2025, time.April, 29) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"with X hosting",
			"The fifth Danube Rivers summit opened in Vienna on Monday, with President Alexander Van der Bellen hosting leaders from the member states.",
			[]string{"fifth Danube Rivers summit: Austria"}},
		{"among the earliest to arrive",
			"The fifth Danube Rivers summit opened in Vienna on Monday. Slovakia's Peter Pellegrini and Serbia's Aleksandar Vucic, it emerged, were among the earliest to arrive.",
			[]string{"fifth Danube Rivers summit: Serbia+Slovakia"}},
	})
}

// TestGuestsForASeriesMeeting covers a host receiving named guests for a
// numbered meeting of a series: a gathering of their countries, not a
// meeting of the three; guests received "for talks" sit with the host in
// one meeting, no gathering.
func TestGuestsForASeriesMeeting(t *testing.T) {
	pub := day(2025, time.March, 3) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"hosted two ministers for the fourth meeting of a series",
			"Indonesian Foreign Minister Sugiono hosted Foreign Ministers Mohamad Hasan of Malaysia and Maris Sangiampongsa of Thailand in Jakarta on Sunday for the fourth Malacca Strait defence ministers' meeting.",
			[]string{"gathering occurred Indonesia+Malaysia+Thailand @2025-03-02"}},
		{"hosted two ministers for talks",
			"Indonesian Foreign Minister Sugiono hosted Foreign Ministers Mohamad Hasan of Malaysia and Maris Sangiampongsa of Thailand in Jakarta on Sunday for talks on piracy.",
			[]string{"meeting occurred Maris Sangiampongsa+Mohamad Hasan+Sugiono @2025-03-02", "visit occurred Maris Sangiampongsa>Indonesia @2025-03-02", "visit occurred Mohamad Hasan>Indonesia @2025-03-02"}},
	})
}

// TestCoHostedBy covers a gathering told before and "hosted" or
// "co-hosted by A and B" in a later sentence that points back to it ("The
// meeting in the town hall was co-hosted by ..."): A's country hosts, both
// attend.
func TestCoHostedBy(t *testing.T) {
	pub := day(2025, time.June, 3) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"the meeting, a sentence later, co-hosted by two leaders",
			"The Baltic Ports summit opened in Klaipeda on Monday. The meeting in the old town hall was co-hosted by Gitanas Nauseda of Lithuania and Andrzej Duda of Poland.",
			[]string{"Baltic Ports summit: Lithuania+Poland"}},
		{"a meeting long before is not the one hosted",
			"The Baltic Ports summit opened in Klaipeda on Monday. Ports grew. Ships waited. Trade rose. A dinner in the old town hall was hosted by Gitanas Nauseda of Lithuania.",
			[]string{"Baltic Ports summit: "}},
	})
}

// TestAttendanceKeepsFocus covers a long run of attendance sentences: each
// one that names an attendee keeps the gathering in focus, so the last of
// them still counts; a run of other sentences lets it go.
func TestAttendanceKeepsFocus(t *testing.T) {
	pub := day(2024, time.March, 10) // a Sunday
	checkGatherings(t, pub, []briefCase{
		{"countries that sent ministers, one a sentence",
			"The 14th Andean Summit opened in Cusco on Saturday. Talks ran late into the night. Ecuador sent its foreign minister. Bolivia sent its trade minister. Chile sent its finance minister. Panama sent a deputy minister. Colombia sent its ambassador. Venezuela sent its vice president.",
			[]string{"14th Andean Summit: Bolivia+Chile+Colombia+Ecuador+Panama+Venezuela"}},
		{"leaders joined by others, and a leader who sent a minister",
			"The 14th Andean Summit opened in Cusco on Saturday. Talks ran late into the night. Rain fell on the old city. Ecuador's Daniel Noboa was joined by Bolivian President Luis Arce. Chile's Gabriel Boric sent Foreign Minister Alberto van Klaveren instead. Panama sent a deputy minister. Colombia's Gustavo Petro was joined by Peru's Dina Boluarte.",
			[]string{"14th Andean Summit: Bolivia+Chile+Colombia+Ecuador+Panama+Peru"}},
		{"a minister sent long after the gathering was told",
			"The 14th Andean Summit opened in Cusco on Saturday. Talks ran late into the night. Rain fell on the old city. Markets were calm. The harvest was poor. Trains ran late. Shops shut early. Bolivia sent a deputy minister.",
			[]string{"14th Andean Summit: "}},
	})
}

// TestPresentUnfolds covers the present forms of a gathering's close ("wraps
// up", "ends", "closes"): a gathering of the day of writing, but a
// timetable when dated later; and a gathering is never its own attendee.
func TestPresentUnfolds(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"wraps up today",
			"The Raisina Dialogue wraps up on Friday, its third day of debate in New Delhi.",
			[]string{"Raisina Dialogue: "}},
		{"closes today, opened two days before with a speech",
			"The Halifax Security Forum closes today. The gathering, hosted by Canada, opened on Wednesday with a speech by Japan's Fumio Kishida.",
			[]string{"Halifax Security Forum: Canada+Japan"}},
		{"ends on a later weekday",
			"The Halifax Security Forum ends on Sunday.",
			nil},
		{"comes to a close on a later date",
			"The Halifax Security Forum comes to a close on June 20.",
			nil},
		{"the gathering that countries sent ministers to is no guest of its own",
			"NEW DELHI - The Raisina Dialogue closes today after three days in which dozens of countries sent ministers and diplomats to the Indian capital.",
			[]string{"Raisina Dialogue: "}},
	})
}

// TestPlanOfAnotherThing covers a planning word that modifies or names
// something other than the gathering ("its planned exit from the bloc",
// "agreed a plan"): the gathering still happened; and a country that is the
// object of the main verb ("gave Lesotho a year") is no attendee.
func TestPlanOfAnotherThing(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"a planned exit, then at the close of",
			"Southern African leaders on Sunday gave Lesotho a year to rethink its planned exit from the bloc, at the close of the 44th Ordinary Session of the SADC Council in Harare.",
			[]string{"44th Ordinary Session of the SADC Council: Southern African Development Community"}},
		{"agreed a plan at the close of",
			"Southern African leaders on Sunday agreed a plan at the close of the 44th Ordinary Session of the SADC Council in Harare.",
			[]string{"44th Ordinary Session of the SADC Council: Southern African Development Community"}},
		{"the planned session itself is not yet held",
			"Southern African leaders on Sunday discussed the planned 45th Ordinary Session of the SADC Council in Harare.",
			nil},
	})
}

// TestAtOpeningCeremony covers words said at the opening ceremony or
// closing session of a named gathering: the speaker attends it, and the
// attendance told after it fills it.
func TestAtOpeningCeremony(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"keynote at the closing ceremony",
			"Norwegian Prime Minister Jonas Gahr Store gave the main address at the closing ceremony of the Sixth Africa-Nordic Ministerial Conference in Oslo on Tuesday. Kenya's William Ruto attended, as did Ghana's John Mahama.",
			[]string{"Sixth Africa-Nordic Ministerial Conference: Ghana+Kenya+Norway"}},
		{"remarks at the closing session",
			"Kenyan President William Ruto made brief remarks at the closing session of the Ninth Lake Victoria Summit in Kisumu on Thursday.",
			[]string{"Ninth Lake Victoria Summit: Kenya"}},
		{"a ceremony of something else is no gathering",
			"Kenyan President William Ruto spoke at the closing ceremony of a Kisumu port fair on Thursday.",
			nil},
	})
}

// TestPartOfWholeGathering covers leaders who gathered "for a session" the
// sentence goes on to place in a named or possessed gathering ("the core of
// the bloc's 45th summit"): the gathering is the whole, not the session.
func TestPartOfWholeGathering(t *testing.T) {
	pub := day(2024, time.June, 12) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"a session, the core of the bloc's summit",
			"ECOWAS leaders gathered on Tuesday morning for a session behind closed doors, the core of the bloc's 45th summit, which opened in Accra the day before.",
			[]string{"45th ECOWAS summit: ECOWAS"}},
	})
}

// TestHostingOwnSummit covers a host told in apposition ("X, hosting his
// first summit, opened ..."): X's country hosts the gathering in focus and
// attends it, with the states of the presidents beside him; a sentence
// that opens with "Hosting" is read without fault.
func TestHostingOwnSummit(t *testing.T) {
	pub := day(2025, time.June, 17) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"hosting his first summit",
			"The Lake Basin summit in Kisumu closed on Tuesday. Kenya's President William Ruto, hosting his second summit, began the talks on Monday alongside the presidents of Uganda and Tanzania.",
			[]string{"Lake Basin summit: Kenya+Tanzania+Uganda"}},
		{"hosting opens the sentence",
			"The Lake Basin summit in Kisumu closed on Tuesday. Hosting its first summit, Kenya drew the leaders of Uganda and Tanzania.",
			[]string{"Lake Basin summit: Tanzania+Uganda"}},
	})
}

// TestSessionOfFocusAndAsDid covers a named part of the gathering in focus
// ("the Lake Plus session"), which is that gathering, and "took part, as
// did A, B and C", whose list attends too.
func TestSessionOfFocusAndAsDid(t *testing.T) {
	pub := day(2025, time.June, 17) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"took part, as did a list",
			"The Lake Basin summit opened in Kisumu on Tuesday. The leaders of Uganda and Tanzania also took part, as did Rwanda's Paul Kagame, Ethiopia's premier Abiy Ahmed and Malawian President Lazarus Chakwera.",
			[]string{"Lake Basin summit: Ethiopia+Malawi+Rwanda+Tanzania+Uganda"}},
		{"guests of a named session",
			"The Lake Basin summit opened in Kisumu on Tuesday. Rwandan President Paul Kagame and Malawian President Lazarus Chakwera attended the Lake Plus session as guests.",
			[]string{"Lake Basin summit: Malawi+Rwanda"}},
		{"the session of another body is another gathering",
			"The Lake Basin summit opened in Kisumu on Tuesday. Rwandan President Paul Kagame attended the closing session of the Nile Council in Entebbe on Wednesday.",
			[]string{"Lake Basin summit: ", "closing session of the Nile Council: Rwanda"}},
	})
}

// TestCoChairsAttend covers a gathering told with its host and co-chairs
// in one passive ("The X summit was hosted by A and co-chaired by B and
// C"): all attend, the first named hosts; talks hosted by a third party
// make no gathering.
func TestCoChairsAttend(t *testing.T) {
	pub := day(2025, time.February, 9) // a Sunday
	checkGatherings(t, pub, []briefCase{
		{"hosted by one, co-chaired by two",
			"The joint Nile Forum summit was hosted by Tanzania's leader Samia Hassan and co-chaired by Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera.",
			[]string{"joint Nile Forum summit: Malawi+Tanzania+Zambia"}},
		{"talks hosted by a third party",
			"Both envoys then had talks hosted by China's Wang Yi on Thursday.",
			nil},
	})
}

// TestMetAtAPlaceFor covers leaders who met "at a lakeside resort outside
// X on Thursday for" a named gathering: the purpose reaches over the whole
// place; "with" after such a place stays out of reach.
func TestMetAtAPlaceFor(t *testing.T) {
	pub := day(2023, time.June, 2) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"a place told at length before for",
			"Heads of government from some 30 African states met at a lakeside lodge outside Jinja on Thursday for the third summit of the Nile Basin Forum.",
			[]string{"third summit of the Nile Basin Forum: Nile Basin Forum"}},
		{"with after a long place is no party",
			"The Nile Basin Forum held its third ordinary session at the forum's lakeside offices in Jinja on Thursday, with Uganda and Kenya chairing.",
			[]string{"third ordinary Nile Basin Forum session: Nile Basin Forum"}},
	})
}

// TestOwnBlocIsNoAttendee covers a body named in its own gathering's name
// by any of its names ("the 30th summit of the Andean Community", "the CAN
// summit"): its members attend, not the body; one side of a pair of blocs
// ("the CAN-EU Summit") still does.
func TestOwnBlocIsNoAttendee(t *testing.T) {
	pub := day(2025, time.June, 11) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"a bloc's summit named after it",
			"GCC leaders gathered in Kuwait on Sunday for the 46th Gulf Cooperation Council summit. The emirs of Qatar and Kuwait and the king of Bahrain attended, as did Saudi Arabia's foreign minister.",
			[]string{"46th Gulf Cooperation Council summit: Bahrain+Kuwait+Qatar+Saudi Arabia"}},
		{"a summit of two blocs keeps both",
			"The fourth EU-ASEAN summit opened in Brussels on Tuesday. The leaders of Vietnam, Thailand and France attended, with the European Union and ASEAN represented by their presidents.",
			[]string{"fourth EU-ASEAN summit: ASEAN+European Union+France+Thailand+Vietnam"}},
	})
}

// TestOfInsideAName covers an "of" between capitalised words of a
// gathering's name told as the subject of its course ("The Pacific Heads
// of Government Conference opened"): the whole name; and a capitalised
// "Heads" after a body's name, which is no verb of a timetable.
func TestOfInsideAName(t *testing.T) {
	pub := day(2024, time.October, 26) // a Saturday
	checkGatherings(t, pub, []briefCase{
		{"heads of government",
			"The Pacific Heads of Government Conference opened in Suva on Friday.",
			[]string{"Pacific Heads of Government Conference: "}},
		{"a capitalised Heads after a body is no present verb",
			"Pacific leaders gathered in Suva on Friday for the Commonwealth Heads of Government Conference.",
			[]string{"Commonwealth Heads of Government Conference: "}},
	})
}

// TestRolesAtGathering covers the parts people play at the gathering in
// focus: opening the proceedings, addressing the opening session, taking
// over the rotating chairmanship from another, hosting it in a relative
// clause ("which Uganda hosted"); all of them attend.
func TestRolesAtGathering(t *testing.T) {
	pub := day(2025, time.February, 17) // a Monday
	const opened = "The 12th Ordinary Session of the Nile Assembly opened in Kampala on Saturday. "
	checkGatherings(t, pub, []briefCase{
		{"a host in a relative clause",
			"Kenya's foreign minister led the Kenyan delegation to the 12th Ordinary Session of the Nile Assembly, which Uganda hosted in Kampala on Saturday and Sunday.",
			[]string{"12th Ordinary Session of the Nile Assembly: Kenya+Uganda"}},
		{"the chairmanship taken over from another",
			opened + "Kenyan President William Ruto took over the bloc's rotating chair from his Tanzanian counterpart, Samia Hassan.",
			[]string{"12th Ordinary Session of the Nile Assembly: Kenya+Tanzania"}},
		{"opened the proceedings, addressed the opening session",
			opened + "Ugandan President Yoweri Museveni opened the proceedings, while the UN chief, Antonio Guterres, addressed the opening session.",
			[]string{"12th Ordinary Session of the Nile Assembly: Uganda+United Nations"}},
		{"attended the closing but flew home",
			opened + "Kenyan President William Ruto attended the closing but flew home before lunch.",
			[]string{"12th Ordinary Session of the Nile Assembly: Kenya"}},
		{"no gathering in focus",
			"Ugandan President Yoweri Museveni opened the proceedings of parliament on Saturday.",
			nil},
	})
}

// TestJoinedFromCapitals covers attendance told as "A, B and C joined from
// their capitals" and "They were joined online by D and E" at the
// gathering in focus, and a state named with "People's" inside it.
func TestJoinedFromCapitals(t *testing.T) {
	pub := day(2020, time.April, 14) // a Tuesday
	const opened = "The Special Nile Summit opened on Tuesday in Kampala. "
	checkGatherings(t, pub, []briefCase{
		{"joined from their capitals",
			opened + "President Yoweri Museveni of Uganda and President Samia Hassan of Tanzania joined from their capitals.",
			[]string{"Special Nile Summit: Tanzania+Uganda"}},
		{"joined a session with others",
			opened + "Kenya's William Ruto joined the closing session a day later alongside Ghana's John Mahama and Rwanda's Paul Kagame.",
			[]string{"Special Nile Summit: Ghana+Kenya+Rwanda"}},
		{"followed the proceedings online",
			opened + "Ghana's John Mahama followed the proceedings online.",
			[]string{"Special Nile Summit: Ghana"}},
		{"followed the session remotely",
			opened + "Ghana's John Mahama followed the session remotely from Accra.",
			[]string{"Special Nile Summit: Ghana"}},
		{"joined online by others",
			opened + "Uganda and Tanzania attended. Later they were joined virtually by Ethiopia's Abiy Ahmed and by Li Qiang, premier of the People's Republic of China.",
			[]string{"Special Nile Summit: China+Ethiopia+Tanzania+Uganda"}},
	})
}

// TestOwnBlocRemote covers a body named in its own video summit's name:
// neither an attendee nor a remote one.
func TestOwnBlocRemote(t *testing.T) {
	pub := day(2020, time.May, 10) // a Sunday
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "HANOI, 10 May 2020 - ASEAN leaders on Sunday held the Special ASEAN Summit on Floods by video link. Cambodia's Hun Sen, Indonesia's Joko Widodo and Malaysia's Muhyiddin Yassin joined from their capitals."})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	for _, e := range f.Events {
		for _, a := range append(append([]schema.IRI{}, e.Attendees...), e.Remote...) {
			if names[a] == "ASEAN" {
				t.Errorf("%s lists ASEAN among its attendees", e.Name)
			}
		}
	}
}

// TestSidelinesNameTheSummit covers an unnamed summit told first ("wrapped
// up a short summit") and named later by the margins of a meeting ("on the
// margins of the West African Council"): one gathering, under the name.
func TestSidelinesNameTheSummit(t *testing.T) {
	pub := day(2025, time.October, 24) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"named on the margins",
			"ECOWAS leaders wrapped up a short summit in Abuja late on Thursday without a deal on the Sahel. Ghana's John Mahama sat down with Senegal's Bassirou Faye on the margins of the West African Council for an hour.",
			[]string{"West African Council: ECOWAS+Ghana+Senegal"}},
	})
}

// TestJoinedAtTheTable covers "was joined at the round table by", "were
// joined on the podium by" and "was joined in the main hall later by" at the
// gathering in focus: the subject and everyone after "by" attend.
func TestJoinedAtTheTable(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	const lead = "The Great Lakes Council summit opened in Kigali on Friday. "
	checkGatherings(t, pub, []briefCase{
		{"at the round table",
			lead + "Angola's President Ana Sousa, who led her country's team, was joined at the round table by Zambia's Mark Tembo, Malawi's Peter Phiri and Kenya's John Otieno.",
			[]string{"Great Lakes Council summit: Angola+Kenya+Malawi+Zambia"}},
		{"on the podium",
			lead + "The Ugandan leader was joined on the podium by Zambian President Mark Tembo and Malawian President Peter Phiri.",
			[]string{"Great Lakes Council summit: Malawi+Uganda+Zambia"}},
		{"in the hall, later",
			lead + "Zambian President Mark Tembo was joined in the main hall later by the presidents of Malawi and Kenya.",
			[]string{"Great Lakes Council summit: Kenya+Malawi+Zambia"}},
	})
}

// TestConvenedByAndCouncilSummits covers a named summit that "was convened
// by" a leader (the leader's country hosts and attends) and a summit named
// after a capitalised council ("the Lakes Council summit ... was hosted
// by"), while a town's lower-case "council meeting" stays no gathering.
func TestConvenedByAndCouncilSummits(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkGatherings(t, pub, []briefCase{
		{"convened by, long name",
			"The Extraordinary Lakes Council Summit of Heads of State was convened by Rwanda's President Paul Kagame, the current council chairperson, two days after the ambush. Zambian President Mark Tembo attended.",
			[]string{"Extraordinary Lakes Council Summit of Heads of State: Rwanda+Zambia"}},
		{"council summit hosted by",
			"The Lakes Council summit in Kigali on Friday was hosted by Rwanda's President Paul Kagame, who chairs the bloc. Zambian President Mark Tembo attended.",
			[]string{"Lakes Council summit: Rwanda+Zambia"}},
		{"a town's council meeting",
			"The council meeting in Kigali on Friday was hosted by Mayor Paul Mugisha. Residents attended.",
			nil},
	})
	f := testX.Extract(schema.Article{ID: "t", Text: "The Extraordinary Lakes Council Summit of Heads of State was convened by Rwanda's President Paul Kagame in Kigali on Friday.", Published: pub})
	var hosts []schema.IRI
	for _, e := range f.Events {
		if e.Type == schema.Gathering {
			hosts = append(hosts, e.Host)
		}
	}
	if len(hosts) != 1 || hosts[0] != schema.CountryIRI("RWA") {
		t.Errorf("convened by: hosts %v, want Rwanda's", hosts)
	}
}

// TestPostPositiveOffices covers offices completed by a word after their
// head ("the Director General", "the Governor General") that refer back to
// the person of the article, while "army chief General X" keeps General as
// a rank before the name.
func TestPostPositiveOffices(t *testing.T) {
	checkBriefs(t, day(2026, time.February, 12), []briefCase{
		{"the Director General later",
			"FAO Director General Qu Dongyu flew into Lusaka on Monday. On Tuesday, President Hakainde Hichilema hosted the Director General for talks at State House.",
			[]string{"meeting occurred Hakainde Hichilema+Qu Dongyu @2026-02-10", "visit occurred Qu Dongyu>Zambia @2026-02-09"}},
		{"the Governor General later",
			"Canada's Governor General Mary Simon arrived in Oslo on Monday. The Governor General held talks with Prime Minister Jonas Gahr Store on Tuesday.",
			[]string{"meeting occurred Jonas Gahr Store+Mary Simon @2026-02-10", "visit occurred Mary Simon>Norway @2026-02-09"}},
		{"a rank after chief",
			"Pakistan's army chief General Asim Munir met Saudi Defence Minister Khalid bin Salman in Riyadh on Tuesday.",
			[]string{"meeting occurred Asim Munir+Khalid bin Salman @2026-02-10"}},
	})
}

// TestSeasonsAndShortFormsInNames covers a season's possessive before a
// gathering's name ("this spring's Arctic Five meeting": no part of it), a
// bracketed short form inside the name ("the Arctic Five (A5) summit"), and
// a trade body's conference, which is no gathering of states.
func TestSeasonsAndShortFormsInNames(t *testing.T) {
	pub := day(2025, time.November, 21) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"season's possessive",
			"Norway hosted this winter's Arctic Five meeting in Oslo on Thursday. Sweden's Anna Berg attended.",
			[]string{"Arctic Five meeting: Norway+Sweden"}},
		{"short form in brackets",
			"Norway hosted the Arctic Five (A5) summit in Oslo on Thursday. Sweden's Anna Berg attended.",
			[]string{"Arctic Five (A5) summit: Norway+Sweden"}},
		{"both",
			"Iceland welcomed ministers to Reykjavik, where it hosted last summer's Northern Seas Forum (NSF) meeting. Denmark's Lars Holm attended.",
			[]string{"Northern Seas Forum (NSF) meeting: Denmark+Iceland"}},
		{"a trade body's conference",
			"Canadian Energy Minister Tim Hodgson addressed the Pacific Mining Association (PMA) annual conference in Vancouver on Thursday.",
			nil},
	})
}

// TestStandIns covers a deputy who "stood in for", "deputised for" or
// "filled in for" a named minister at the gathering in focus: the
// minister's country attends, though the deputy's own country is unstated.
func TestStandIns(t *testing.T) {
	pub := day(2025, time.November, 21) // a Friday
	const lead = "The Arctic Five summit opened in Oslo on Thursday. "
	checkGatherings(t, pub, []briefCase{
		{"stood in for",
			lead + "Deputy Foreign Minister Lars Holm stood in for Danish Foreign Minister Lars Lokke Rasmussen.",
			[]string{"Arctic Five summit: Denmark"}},
		{"deputised for",
			lead + "A junior minister, Ole Vik, deputised for Iceland's Foreign Minister Thora Jonsdottir, who stayed home.",
			[]string{"Arctic Five summit: Iceland"}},
		{"filled in for",
			lead + "State Secretary Kari Lund filled in for Swedish Foreign Minister Maria Malmer Stenergard.",
			[]string{"Arctic Five summit: Sweden"}},
	})
}

// TestThreeWaySummits covers a summit named by three or more hyphenated
// states ("the sixth Egypt-Jordan-Iraq trilateral summit"), as the purpose
// of a trip or the subject of its course: those states attend, unlike a
// two-state summit; and "Hosted by X, the summit ...", a fronted host of
// the summit in focus.
func TestThreeWaySummits(t *testing.T) {
	pub := day(2025, time.December, 23) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"trip for a three-way summit",
			"Jordan's King Abdullah and Iraq's premier, Mohammed Shia al-Sudani, flew to Cairo on Monday for the sixth Egypt-Jordan-Iraq trilateral summit.",
			[]string{"sixth Egypt-Jordan-Iraq trilateral summit: Egypt+Iraq+Jordan"}},
		{"three-way summit opened",
			"The Turkey-Azerbaijan-Georgia trilateral summit opened in Baku on Monday.",
			[]string{"Turkey-Azerbaijan-Georgia trilateral summit: Azerbaijan+Georgia+Turkey"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub,
		Text: "Leaders met in Cairo on Monday for a summit of the Arab Lakes Group. Hosted by Egypt's leader, Abdel Fattah al-Sisi, the summit focused on trade."})
	var hosts []schema.IRI
	for _, e := range f.Events {
		if e.Type == schema.Gathering {
			hosts = append(hosts, e.Host)
		}
	}
	if len(hosts) != 1 || hosts[0] != schema.CountryIRI("EGY") {
		t.Errorf("fronted host: hosts %v, want Egypt's", hosts)
	}
}

// TestMeetingsOfABlocsMinisters covers a gathering named by the members of
// a bloc or state ("the informal meeting of EU foreign ministers opened"),
// and one named by a series of one-to-one talks on its margins, at which
// the later meetings of the one who held them take place.
func TestMeetingsOfABlocsMinisters(t *testing.T) {
	pub := day(2025, time.May, 15) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"opened",
			"The informal meeting of ASEAN defence ministers opened in Lisbon on Wednesday.",
			[]string{"informal meeting of ASEAN defence ministers: "}},
		{"series on its margins",
			"Foreign Minister Ana Lopes had a series of one-to-one talks at the margins of the informal meeting of EU foreign ministers in Lisbon on Thursday. She met Spain's Jose Albares in the morning.",
			[]string{"informal meeting of EU foreign ministers: Spain"}},
		{"bilateral talks on its margins",
			"Foreign Minister Ana Lopes had bilateral talks at the margins of the Lakes summit in Lisbon on Thursday. She met Spain's Jose Albares in the morning.",
			[]string{"Lakes summit: Spain"}},
	})
}

// TestJoinedCounterpartsAlongWith covers "X joined his counterparts at the
// opening dinner along with A and B" at the gathering in focus: X, A and B
// attend, and "along with" names company, not a dinner partner of X.
func TestJoinedCounterpartsAlongWith(t *testing.T) {
	pub := day(2025, time.May, 15) // a Thursday
	const text = "The informal meeting of EU foreign ministers opened in Lisbon on Wednesday. Spain's Jose Albares joined his counterparts at the welcome dinner along with Jean-Noel Barrot of France and Johann Wadephul of Germany."
	checkGatherings(t, pub, []briefCase{
		{"along with", text, []string{"informal meeting of EU foreign ministers: France+Germany+Spain"}},
	})
	checkBriefs(t, pub, []briefCase{{"no dinner pairs", text, []string{"gathering occurred France+Germany+Spain @2025-05-14"}}})
}

// TestSeriesKeepsTheGatheringInFocus covers meetings told one by one after
// "X had a series of one-to-one talks at the margins of G": while they
// last, G stays the gathering in focus, so a later "Y also attended,
// though ..." attends G.
func TestSeriesKeepsTheGatheringInFocus(t *testing.T) {
	pub := day(2025, time.May, 15) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"attended after four meetings",
			"Foreign Minister Ana Lopes had a series of one-to-one talks at the margins of the Atlantic Ministers Forum in Lisbon on Thursday. She met Spain's Jose Albares first. She then met Germany's Johann Wadephul. Later she saw France's Jean-Noel Barrot. Over coffee she met Italy's Antonio Tajani. Giorgos Gerapetritis of Greece also attended, though he and Lopes held no talks.",
			[]string{"Atlantic Ministers Forum: France+Germany+Greece+Italy+Spain"}},
	})
}

// TestFlewOutOf covers a departure told by a verb of travel with "out of"
// ("flew out of X", "jetted out of X"): like "left X", the traveller had
// been in X's country; a leader leaving his own capital visits no one.
func TestFlewOutOf(t *testing.T) {
	checkBriefs(t, day(2024, time.March, 1), []briefCase{
		{"jetted out of, end of a state visit",
			"Ghana's leader John Mahama jetted out of Abuja last evening, ending two days of state engagements.",
			[]string{"visit occurred John Mahama>Nigeria @2024-02-29"}},
		{"flew out of, on a weekday",
			"Ghana's leader John Mahama flew out of Lagos on Thursday after his talks.",
			[]string{"visit occurred John Mahama>Nigeria @2024-02-29"}},
		{"own capital",
			"Nigeria's President Bola Tinubu flew out of Abuja on Thursday.",
			nil},
	})
}

// TestColleagueAsCounterpart covers "her Danish colleague, X" as the
// object of a meeting, as "her Danish counterpart, X" is read.
func TestColleagueAsCounterpart(t *testing.T) {
	checkBriefs(t, day(2024, time.October, 9), []briefCase{
		{"colleague with a comma",
			"Norway's Foreign Minister Anna Lie met her Danish colleague, Lars Holm, at the foreign ministry on Tuesday.",
			[]string{"meeting occurred Anna Lie+Lars Holm @2024-10-08"}},
		{"colleague, subject in commas",
			"Norway's Foreign Minister, Anna Lie, held talks with her Swedish colleague Per Lund in Oslo on Tuesday.",
			[]string{"meeting occurred Anna Lie+Per Lund @2024-10-08"}},
	})
}

// TestLongParticipleAndOpeningRemarks covers a named gathering whose
// subject carries a long participle phrase before "opened" ("The X
// Dialogue, organized by a ministry and an institute of Y, opened"), and a
// minister who "delivered the opening remarks" at the gathering in focus.
func TestLongParticipleAndOpeningRemarks(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"long participle, remarks, taking part",
			"The Astana Dialogue on Central Asian Security, arranged by the foreign ministry together with a policy institute of the Kazakh president, opened on June 13. Kazakh Foreign Minister Murat Nurtleu delivered the opening remarks. Delegations from Japan, the United States and Turkey are taking part.",
			[]string{"Astana Dialogue on Central Asian Security: Japan+Kazakhstan+Turkey+United States"}},
		{"keynote address",
			"The Caspian Trade Forum opened in Baku on Thursday. Azerbaijani Foreign Minister Jeyhun Bayramov gave the keynote address.",
			[]string{"Caspian Trade Forum: Azerbaijan"}},
	})
}

// TestPronounAfterFrontedParticiple covers a sentence that opens with a
// participle phrase naming someone else ("Stung by a column citing X, Y
// skipped ..., and later he sat down with Z"): "he" is Y, the
// subject after the phrase, not X inside it.
func TestPronounAfterFrontedParticiple(t *testing.T) {
	checkBriefs(t, day(2025, time.November, 1), []briefCase{
		{"stung by, and he",
			"Stung by a newspaper column citing former chancellor Helmut Kohl, German Chancellor Friedrich Merz skipped the gala dinner, and on Friday he held his own talks with Polish President Karol Nawrocki in Warsaw.",
			[]string{"meeting occurred Friedrich Merz+Karol Nawrocki @2025-10-31"}},
	})
}

// TestOneBodyTwoNames covers a gathering told first by a body's full name
// and later by its short form ("the Shanghai Cooperation Organisation
// summit", "the SCO leaders' meeting"): one gathering, under the first
// name; a body's summits a week apart stay two.
func TestOneBodyTwoNames(t *testing.T) {
	pub := day(2025, time.September, 2) // a Tuesday
	checkGatherings(t, pub, []briefCase{
		{"full name, then short form",
			"India's Narendra Modi met Chinese President Xi Jinping in Tianjin on Monday at the Shanghai Cooperation Organisation summit. The SCO leaders' meeting, chaired by Xi, opened on Monday. Pakistan's Shehbaz Sharif attended.",
			[]string{"Shanghai Cooperation Organisation summit: China+India+Pakistan"}},
		{"a week apart",
			"The Shanghai Cooperation Organisation summit opened in Tianjin on August 20. India, Iran and Belarus attended. The SCO energy ministers' meeting opened in Tianjin on Monday. Pakistan, Russia and Kyrgyzstan attended.",
			[]string{"Shanghai Cooperation Organisation summit: Belarus+India+Iran", "SCO energy ministers' meeting: Kyrgyzstan+Pakistan+Russia"}},
	})
}

// TestTwoLeadersAtTableAndBuildings covers "the two leaders then sat down
// to an early working lunch" (the two people just named meet, whatever adjectives the
// meal has) and names that are buildings, never people: one that opens
// with a word for a palace ("Palazzo Madama") and one whose head comes in
// lower case ("Kertajati airport").
func TestTwoLeadersAtTableAndBuildings(t *testing.T) {
	checkBriefs(t, day(2025, time.March, 18), []briefCase{
		{"two leaders, working lunch",
			"Luxembourg's Luc Frieden landed in Rome on Monday. Giorgia Meloni greeted him on the steps, and the two leaders then sat down to a long working lunch.",
			[]string{"meeting occurred Giorgia Meloni+Luc Frieden @2025-03-17", "visit occurred Luc Frieden>Italy @2025-03-17"}},
		{"a palace's name",
			"Luxembourg's Luc Frieden was the guest of Italy's Giorgia Meloni at Palazzo Madama on Monday. A statement issued by Palazzo Madama said the two men sat down for dinner on Monday.",
			[]string{"meeting occurred Giorgia Meloni+Luc Frieden @2025-03-17"}},
		{"an airport in lower case",
			"Luxembourg's Luc Frieden landed at Kertajati airport in Jakarta on Monday, where Indonesian Foreign Minister Sugiono greeted him. The two men then sat down to dinner.",
			[]string{"meeting occurred Luc Frieden+Sugiono @2025-03-17", "visit occurred Luc Frieden>Indonesia @2025-03-17"}},
	})
}

// TestHostedByNamedLeaderAndVenues covers "which Tanzania's leader X hosted" (a
// host named with a title after "which") and a venue whose first word is a
// gathering noun ("the convention centre", "the conference hall"): a
// building, not the gathering.
func TestHostedByNamedLeaderAndVenues(t *testing.T) {
	checkGatherings(t, day(2025, time.February, 9), []briefCase{
		{"which President X hosted at the convention centre",
			"Leaders backed the accord at the close of the Joint Lakes Summit of Heads of State, which Tanzania's leader Samia Suluhu Hassan hosted in the convention centre. Uganda's Yoweri Museveni attended.",
			[]string{"Joint Lakes Summit of Heads of State: Tanzania+Uganda"}},
		{"conference hall",
			"The Great Lakes Forum, which Uganda hosted, closed on Saturday in the conference hall of the Serena hotel in Kampala. Kenya's William Ruto attended.",
			[]string{"Great Lakes Forum: Kenya+Uganda"}},
	})
}

// TestOnADayOfTheGathering covers "on the last day of G", "on the third
// day of G", "into the opening day of G", "during the final day of G":
// what is told there happens at G, a gathering its speakers attend.
func TestOnADayOfTheGathering(t *testing.T) {
	checkGatherings(t, day(2025, time.February, 9), []briefCase{
		{"last day",
			"Leaders signed the accord on the last day of the Joint Lakes Summit of Heads of State in Arusha on Saturday. Uganda's Yoweri Museveni attended.",
			[]string{"Joint Lakes Summit of Heads of State: Uganda"}},
		{"third day, a meeting",
			"Ruto met Museveni on the third day of the Lakes Council summit in Arusha.",
			[]string{"Lakes Council summit: Kenya+Uganda"}},
		{"talks fitted into the opening day",
			"Kenyan President William Ruto fitted four sets of talks into the opening day of Saturday's Joint Lakes Summit in Arusha.",
			[]string{"Joint Lakes Summit: Kenya"}},
		{"during the final day",
			"Kenyan President William Ruto spoke twice during the final day of the Joint Lakes Summit in Arusha on Saturday.",
			[]string{"Joint Lakes Summit: Kenya"}},
	})
}

// TestPerfectUnfolds covers a named gathering's course told in a perfect
// tense ("had been held", "has been meeting since Thursday"): it
// happened, as with "was held"; sittings counted in the plural ("the last
// three meetings have been held") are a series, no gathering.
func TestPerfectUnfolds(t *testing.T) {
	checkGatherings(t, day(2024, time.September, 8), []briefCase{
		{"had been held",
			"The Joint Lakes Summit had been held in Arusha on Friday. Kenya's William Ruto and Uganda's Yoweri Museveni attended.",
			[]string{"Joint Lakes Summit: Kenya+Uganda"}},
		{"has been meeting since",
			"KISUMU - The Lake Basin Forum has been meeting since Thursday at a lakeside hotel. Uganda's Yoweri Museveni and Kenya's William Ruto attended.",
			[]string{"Lake Basin Forum: Kenya+Uganda"}},
		{"a counted series",
			"The last three ministerial meetings of the lake states have been held in Kisumu to save money.",
			nil},
	})
}

// TestNumberedGroupsAndHostedGatherings covers a name with a number after
// "of" ("the Group of 8 meeting"), a gathering in focus told again as "the
// three-day gathering, the last such summit in Asia, was hosted by X" (X
// hosts; it is no meeting of X with anyone), while "after the summit X
// was received by Y" stays a meeting.
func TestNumberedGroupsAndHostedGatherings(t *testing.T) {
	const text = "The Group of 8 summit opened in Johannesburg on Saturday. The three-day gathering, the last such summit in Africa for years, was hosted by the South African leader, Cyril Ramaphosa. Indian Prime Minister Narendra Modi attended."
	pub := day(2025, time.November, 23) // a Sunday
	checkGatherings(t, pub, []briefCase{{"group of 8", text, []string{"Group of 8 summit: G8+India+South Africa"}}})
	checkBriefs(t, pub, []briefCase{
		{"no meeting with the host", text, []string{"gathering occurred G8+India+South Africa @2025-11-22"}},
		{"after the summit, received",
			"After the summit Narendra Modi was driven to Pretoria, where he was received by President Cyril Ramaphosa.",
			[]string{"meeting occurred Cyril Ramaphosa+Narendra Modi @2025-11", "visit occurred Narendra Modi>South Africa @2025-11"}},
	})
}

// TestFrontedDateAcrossAPhrase covers a fronted day followed by a phrase
// set off by commas ("On Sunday morning, ahead of the final plenary, X sat
// down with Y" with "before"/"after" and a noun phrase): the day is the
// meeting's.
func TestFrontedDateAcrossAPhrase(t *testing.T) {
	checkBriefs(t, day(2025, time.November, 23), []briefCase{
		{"before the plenary",
			"On Sunday morning, before the final plenary, Lee Jae-myung also sat down with Lula, the Brazilian president.",
			[]string{"meeting occurred Lee Jae-myung+Luiz Inácio Lula da Silva @2025-11-23"}},
		{"after the dinner",
			"On Friday, after the gala dinner, Lee Jae-myung sat down with Lula, the Brazilian president.",
			[]string{"meeting occurred Lee Jae-myung+Luiz Inácio Lula da Silva @2025-11-21"}},
	})
}

// TestCapacityIsNoMention covers "as president", "as foreign minister" (a
// capacity, not a person): "X, on an early tour as president,
// landed in Y" is X's trip, not that of the last president named.
func TestCapacityIsNoMention(t *testing.T) {
	checkBriefs(t, day(2024, time.December, 5), []briefCase{
		{"as president",
			"Kenya's President William Ruto praised Uganda's President Yoweri Museveni in a speech. Mr Biden, on his first trip to the region as president, landed in Nairobi on Monday night.",
			[]string{"visit occurred Joe Biden>Kenya @2024-12-02"}},
		{"as foreign minister",
			"Foreign Minister Ahmed Attaf of Algeria praised the ceasefire. Antony Blinken, in his last weeks as secretary of state, landed in Algiers on Monday.",
			[]string{"visit occurred Antony Blinken>Algeria @2024-12-02"}},
	})
}

// TestJoinedAtANamedSummit covers "X joined Y and other leaders at the Z
// Corridor Summit": the gathering keeps its whole name.
func TestJoinedAtANamedSummit(t *testing.T) {
	checkGatherings(t, day(2024, time.December, 5), []briefCase{
		{"joined Y at the named summit",
			"President Hakainde Hichilema joined Kenya's William Ruto and other leaders at the Nacala Corridor Summit in the Mozambican port of Nacala.",
			[]string{"Nacala Corridor Summit: Kenya+Zambia"}},
	})
}

// TestGatheringListAfterColon covers the attendees of a gathering told
// after a colon that closes a generic object ("brought together the heads
// of government who flew in on Monday: A, B and C"), a participle clause
// after the gathering's own ("..., bringing together A and B"), and a
// labelled list of arrivals ("Among the first arrivals: A and B"), who
// came to the gathering's country.
func TestGatheringListAfterColon(t *testing.T) {
	pub := day(2024, time.September, 14) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"generic object with a relative of arrival, then a colon",
			"The Danube Forum opened in Vienna on Friday. The forum brought together heads of government who flew in on Thursday: Slovakia's Robert Fico, Hungary's Viktor Orban and Croatia's Andrej Plenkovic.",
			[]string{
				"gathering occurred Croatia+Hungary+Slovakia @2024-09-13",
				"visit occurred Andrej Plenkovic>Austria @2024-09-12",
				"visit occurred Robert Fico>Austria @2024-09-12",
				"visit occurred Viktor Orban>Austria @2024-09-12",
			}},
		{"generic object, no arrival, a colon",
			"The Danube Forum opened in Vienna on Friday. It drew a dozen ministers from the region: Serbia's Marko Djuric and Romania's Luminita Odobescu.",
			[]string{"gathering occurred Romania+Serbia @2024-09-13"}},
		{"participle after the gathering's clause",
			"The Danube Forum opened in Vienna on Friday, bringing together Slovakia's Robert Fico and Hungary's Viktor Orban.",
			[]string{"gathering occurred Hungary+Slovakia @2024-09-13"}},
		{"drawing, countries listed",
			"The Danube Forum wrapped up in Vienna on Friday, drawing delegations from Serbia, Romania and Bulgaria.",
			[]string{"gathering occurred Bulgaria+Romania+Serbia @2024-09-13"}},
		{"a labelled list of arrivals",
			"The Danube Forum opened in Vienna on Friday. Among the first arrivals: Slovakia's Robert Fico and Hungary's Viktor Orban.",
			[]string{
				"gathering occurred Hungary+Slovakia @2024-09-13",
				"visit occurred Robert Fico>Austria @2024-09-13",
				"visit occurred Viktor Orban>Austria @2024-09-13",
			}},
		{"arrivals with no gathering in focus are no one's",
			"Vienna was busy on Friday. Among the first arrivals: Slovakia's Robert Fico and Hungary's Viktor Orban.",
			nil},
		{"a colon after a named object is no list of it",
			"The Danube Forum opened in Vienna on Friday. It brought together Slovakia's Robert Fico and one theme: energy.",
			[]string{"gathering occurred Slovakia @2024-09-13"}},
	})
}

// TestHostedBlocLeaders covers a host who received a bloc's leaders or
// ministers ("X hosted Mercosur leaders in Y", "played host to the
// leaders of Mercosur"): the bloc's gathering, hosted and attended by the subject's
// country; one still to come is none yet.
func TestHostedBlocLeaders(t *testing.T) {
	pub := day(2024, time.November, 20) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"hosted a bloc's leaders",
			"Paraguay's Santiago Pena hosted Mercosur leaders in Asuncion on Monday.",
			[]string{"gathering occurred Mercosur+Paraguay @2024-11-18"}},
		{"played host to the leaders of a bloc",
			"Paraguay's Santiago Pena played host to the leaders of Mercosur in Asuncion on Monday.",
			[]string{"gathering occurred Mercosur+Paraguay @2024-11-18"}},
		{"hosted a bloc's foreign ministers",
			"Laos hosted ASEAN foreign ministers in Vientiane on Monday.",
			[]string{"gathering occurred ASEAN+Laos @2024-11-18"}},
		{"will host is no gathering yet",
			"Paraguay's Santiago Pena will host Mercosur leaders in Asuncion next year.",
			nil},
	})
}

// TestNumberEndsBlocName covers a bloc whose name ends in a number
// ("Group of 20"), read as the bloc its leaders gathered for.
func TestNumberEndsBlocName(t *testing.T) {
	pub := day(2023, time.September, 11) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"a relative clause of the bloc's leaders",
			"A statement came from Group of 20 leaders who met in Osaka on Saturday.",
			[]string{"Group of 20 meeting: G20"}},
		{"the bloc's leaders met",
			"Group of 20 leaders met in Osaka on Saturday.",
			[]string{"Group of 20 meeting: G20"}},
	})
}

// TestMoreAttendanceForms covers more ways a gathering's attendance is told:
// a bare "joined" with a time after it, a participle "joined ... by" its
// agents, the family photo, a presence label with more words and the
// names of those it sat with ("Around the long table with A: B and C"),
// a part of the gathering in focus that brought together people listed
// after a colon, the host "chairing" a named summit, a bare "co-chaired
// alongside" the other chair, a label with its day ("Around the table on
// Thursday were"), an adjective before "delegations" after "Among", and
// "it brought together" after a fronted phrase.
func TestMoreAttendanceForms(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const opened = "The Mekong summit opened in Vientiane on Thursday. "
	checkGatherings(t, pub, []briefCase{
		{"joined on a later day",
			opened + "Thailand's Srettha Thavisin attended alongside the leaders of Cambodia and Vietnam, while Myanmar's foreign minister Than Swe joined on the final day.",
			[]string{"Mekong summit: Cambodia+Myanmar+Thailand+Vietnam"}},
		{"a participle joined by its agents",
			opened + "Foreign Minister Saleumxay Kommasith headed the Lao team, joined at the table by fellow ministers Maris Sangiampongsa of Thailand and Prak Sokhonn of Cambodia.",
			[]string{"Mekong summit: Cambodia+Laos+Thailand"}},
		{"posed for the family photo",
			opened + "Thailand's Maris Sangiampongsa and Vietnam's Bui Thanh Son posed for the family photo.",
			[]string{"Mekong summit: Thailand+Vietnam"}},
		{"a label with more words and names",
			opened + "Around the long oval table with Srettha Thavisin of Thailand: Cambodia's Hun Manet and Vietnam's Pham Minh Chinh.",
			[]string{"Mekong summit: Cambodia+Thailand+Vietnam"}},
		{"the gathering's part brought together a generic object, listed after a colon",
			opened + "The leaders' session brought together heads of government who flew in on Wednesday: Cambodia's Hun Manet and Vietnam's Pham Minh Chinh.",
			[]string{"Mekong summit: Cambodia+Vietnam"}},
		{"chairing a named summit",
			"Laos's Sonexay Siphandone spent Thursday chairing the Mekong summit in Vientiane.",
			[]string{"Mekong summit: Laos"}},
		{"co-chaired alongside the other chair",
			opened + "Thailand's Srettha Thavisin co-chaired alongside Vietnam's Pham Minh Chinh.",
			[]string{"Mekong summit: Thailand+Vietnam"}},
		{"a label with besides and the one it sat with",
			opened + "Around the table, besides Sonexay Siphandone of Laos: Thailand's Srettha Thavisin and Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Laos+Thailand"}},
		{"stayed for a day's sessions",
			opened + "Thailand's Srettha Thavisin and Cambodia's Hun Manet stayed for Friday's sessions.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
		{"stayed for an extra day is no session",
			opened + "Thailand's Srettha Thavisin stayed for an extra day of talks with traders.",
			[]string{"Mekong summit: "}},
		{"a label with its day before the verb",
			opened + "Around the table on Thursday were Thailand's Srettha Thavisin and Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
		{"among an adjective's delegations, those of",
			opened + "Among the biggest delegations were those of Thailand, Vietnam and Cambodia.",
			[]string{"Mekong summit: Cambodia+Thailand+Vietnam"}},
		{"it brought together, after a fronted phrase",
			opened + "Beyond the hosts, it brought together Thailand's Srettha Thavisin and Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
	})
}

// TestLongStoryOfOneGathering covers attendance told far from the one
// gathering a story tells (beyond the six sentences of focus, within
// fourteen): it is that gathering's; with two gatherings told, neither.
// A state that "sent the speaker of its parliament" or "sent deputy
// premier X" attends (a delegate sent is read only in the focus itself).
func TestLongStoryOfOneGathering(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const opened = "The Mekong summit opened in Vientiane on Thursday. "
	const filler = "Rain fell on the river. Boats waited at the pier. Markets stayed open late. Traffic slowed near the bridge. Hotels were full. Police closed two roads. Schools shut early. "
	checkGatherings(t, pub, []briefCase{
		{"represented, far down the story",
			opened + filler + "Myanmar was represented by Than Swe, a deputy minister.",
			[]string{"Mekong summit: Myanmar"}},
		{"among the other guests, far down the story",
			opened + filler + "Among the other guests were Thailand's Srettha Thavisin and Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
		{"sent the speaker of its parliament, and a deputy premier",
			opened + "Myanmar sent the speaker of its parliament, Aung Lin. Thailand sent deputy premier Anutin Charnvirakul.",
			[]string{"Mekong summit: Myanmar+Thailand"}},
		{"sent a bill back is no delegate",
			opened + "Myanmar sent the bill back to parliament.",
			[]string{"Mekong summit: "}},
		{"two gatherings told: neither, so far away",
			opened + "The Asia Water Forum closed in Luang Prabang on Wednesday. " + filler + "Myanmar was represented by Than Swe, a deputy minister.",
			[]string{"Mekong summit: ", "Asia Water Forum: "}},
	})
}

// TestGatheringOutcome covers a gathering told by what it did, its
// countries listed after "of" or "between" and followed by its place and
// day: it sat; one still to do so did not.
func TestGatheringOutcome(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"an of-list, place and day, then a verb of focus",
			"The three-way meeting of Malawi, Zambia and Kenya in Lilongwe on Thursday focused on rail links.",
			[]string{"three-way meeting: Kenya+Malawi+Zambia"}},
		{"a between-list, place and day, then ended",
			"Wednesday's summit between Kenya, Uganda and Tanzania in Kisumu ended with a deal on fishing quotas.",
			[]string{"summit: Kenya+Tanzania+Uganda"}},
		{"a named gathering adopted",
			"The Lake Basin Summit adopted a water-sharing charter in Kisumu on Monday.",
			[]string{"Lake Basin Summit: "}},
		{"a hyphenated list called for",
			"A Kenya-Uganda-Tanzania trilateral summit in Kisumu on Tuesday called for joint patrols on the lake.",
			[]string{"Kenya-Uganda-Tanzania trilateral summit: Kenya+Tanzania+Uganda"}},
		{"a hoped-for adoption is no sitting",
			"Officials hope the Lake Basin Summit will adopt the water-sharing charter next month.",
			nil},
		{"a future focus is no sitting",
			"The three-way meeting of Malawi, Zambia and Kenya will focus on rail links.",
			nil},
		{"a passive outcome says nothing of the gathering before it",
			"The Kisumu water conference is considered a model for the region.",
			nil},
		{"a standing assembly's decision is no sitting",
			"The Kisumu County Assembly decided on Monday to raise market fees.",
			nil},
		{"a participle after another noun is no outcome",
			"He told a forum of engineers in Kisumu that the plan agreed in Lilongwe had worked.",
			nil},
	})
}

// TestSittingToday covers a present-progressive sitting ("ministers of A,
// B and C are meeting in X today"): a gathering of the day of writing, but
// a timetable when dated to a later day.
func TestSittingToday(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"ministers of three states, a city and today",
			"Foreign ministers of Kenya, Uganda and Tanzania are meeting in Kisumu today to talk about fishing rights.",
			[]string{"multilateral meeting: Kenya+Tanzania+Uganda"}},
		{"a bloc's ministers, in a city",
			"Southern African Development Community defence ministers are meeting in Lilongwe amid fresh border clashes.",
			[]string{"Southern African Development Community defence ministers meeting: Southern African Development Community"}},
		{"a later weekday is a timetable",
			"Foreign ministers of Kenya, Uganda and Tanzania are meeting in Kisumu on Monday to talk about fishing rights.",
			nil},
		{"next week is a timetable",
			"Foreign ministers of Kenya, Uganda and Tanzania are meeting in Kisumu next week.",
			nil},
	})
	checkBriefs(t, pub, []briefCase{
		{"two leaders today",
			"Kenyan President William Ruto and Zambian President Hakainde Hichilema are meeting in Kisumu today.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-14"}},
	})
}

// TestPresenceAtVenue covers those said to be at a named venue just after
// a gathering was told: they attend it; with no gathering in focus a
// venue is no attendance.
func TestPresenceAtVenue(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"at the centre on both days",
			"The Lake Basin Summit opened in Kisumu on Wednesday. Kenya's William Ruto, Zambia's Hakainde Hichilema and Malawi's Peter Banda were at the Kisumu Convention Centre on Wednesday and Thursday.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Zambia"}},
		{"no gathering told",
			"Kenya's William Ruto and Zambia's Hakainde Hichilema were at the Kisumu Convention Centre on Wednesday.",
			nil},
	})
}

// TestWoundDown covers a gathering's close told by "wound down" or "wound
// up": the gathering sat, and those who met on its sidelines attended.
func TestWoundDown(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"12th Lake Basin Security Forum: Kenya+Zambia"}
	checkGatherings(t, pub, []briefCase{
		{"wound down",
			"The 12th Lake Basin Security Forum wound down in Kisumu on Sunday after three days of panels. On Saturday Kenyan President Joseph Mwita held talks with Zambian President Grace Phiri on the sidelines.", want},
		{"wound up",
			"The 12th Lake Basin Security Forum wound up on Sunday in Kisumu. On Saturday Kenyan President Joseph Mwita held talks with Zambian President Grace Phiri on the sidelines.", want},
		{"a trip wound up",
			"Kenyan President Joseph Mwita wound up his tour in Lusaka on Sunday.", nil},
	})
}

// TestClosedAfterDays covers a gathering's close with its length ("closed
// on Sunday after three days"): it ran from Friday to Sunday, and
// meetings told in its city on those days are at it, though no one is told
// to have attended before them.
func TestClosedAfterDays(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	text := "KISUMU - The 12th Lake Basin Security Forum came to a close on Sunday after three days of panels. " +
		"On Friday Kenyan President Joseph Mwita met Zambian President Grace Phiri in Kisumu. " +
		"Ugandan Foreign Minister Peter Banda saw Tanzania's Daniel Ochieng there on Saturday."
	checkGatherings(t, pub, []briefCase{
		{"three days to Sunday", text, []string{"12th Lake Basin Security Forum: Kenya+Tanzania+Uganda+Zambia"}},
	})
	var spans []string
	for _, e := range testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}).Events {
		if e.Type == schema.Gathering {
			spans = append(spans, e.Date.String()+" to "+e.EndDate.String())
		}
	}
	if want := []string{"2025-03-07 to 2025-03-09"}; !cmp.Equal(want, spans) {
		t.Errorf("gathering days: got %v, want %v", spans, want)
	}
}

// TestNDayGatheringClosed covers a gathering whose length its name's
// modifier gives ("the two-day X Summit ended on Tuesday", "wrapped up
// the three-day X Forum on Sunday"): it began that many days before.
func TestNDayGatheringClosed(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	for _, tc := range []struct{ text, want string }{
		{"The two-day Lake Basin Summit ended in Kisumu on Sunday with a joint statement.", "2025-03-08 to 2025-03-09"},
		{"Leaders wrapped up the three-day Lake Basin Forum in Kisumu on Sunday.", "2025-03-07 to 2025-03-09"},
		{"The Lake Basin Summit, a two-day meeting, closed in Kisumu on Sunday.", "2025-03-08 to 2025-03-09"},
		{"The two-day Lake Basin Summit opened in Kisumu on Sunday.", "2025-03-09 to "},
	} {
		var spans []string
		for _, e := range testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub}).Events {
			if e.Type == schema.Gathering {
				spans = append(spans, e.Date.String()+" to "+e.EndDate.String())
			}
		}
		if want := []string{tc.want}; !cmp.Equal(want, spans) {
			t.Errorf("%q: got %v, want %v", tc.text, spans, want)
		}
	}
}

// TestPresentInThePlace covers an inverted list whose subject places
// those present in the gathering's city or day ("Heads of state present in
// X included ...", "Leaders attending the summit in X on Tuesday
// included ..."), and a shared stage with a word before its noun ("shared
// the opening stage with").
func TestPresentInThePlace(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"present in the city included",
			"The Lake Basin Summit opened in Lilongwe on Tuesday. Heads of state present in Lilongwe included the host, Malawian President Peter Banda, Joseph Mwita of Zambia, Daniel Ochieng of Kenya and Grace Phiri of Tanzania.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Tanzania+Zambia"}},
		{"attending, with a place and a day",
			"Leaders attending the Lake Basin Summit in Lilongwe on Tuesday included Kenyan Vice-President Daniel Ochieng and Zambian Prime Minister Joseph Mwita.",
			[]string{"Lake Basin Summit: Kenya+Zambia"}},
		{"heads of state or government",
			"The Lake Basin Summit opened in Lilongwe on Tuesday. Heads of state or government attending in Lilongwe included Joseph Mwita of Zambia and Daniel Ochieng of Kenya.",
			[]string{"Lake Basin Summit: Kenya+Zambia"}},
		{"shared the opening stage",
			"The Lake Basin Summit opened in Lilongwe on Tuesday. Malawian President Peter Banda shared the opening stage with Zambia's President, Joseph Mwita, and Kenya's Vice-President, Daniel Ochieng.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Zambia"}},
		{"shared a taxi is no stage",
			"The Lake Basin Summit opened in Lilongwe on Tuesday. Malawian President Peter Banda once shared a taxi with Zambia's President, Joseph Mwita, in their student days.",
			[]string{"Lake Basin Summit: "}},
	})
}

// TestTimeInAVenueWith covers hours or minutes spent "in" a building
// "with" someone, a sitting like "spent an hour with Y"; days spent in a
// country with someone are a stay, no meeting.
func TestTimeInAVenueWith(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"minutes in a venue with a host",
			"Zambian Foreign Minister Joseph Mwita spent about 40 minutes in the State House in Lilongwe with Malawian President Peter Banda on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-04-30", "visit occurred Joseph Mwita>Malawi @2024-04-30"}},
		{"days in a country with an aide",
			"Zambian Foreign Minister Joseph Mwita spent two days in Malawi with his deputy, Grace Phiri, last week.",
			[]string{"visit occurred Joseph Mwita>Malawi @2024-04"}},
	})
}

// TestPossessivePortfolio: after "X, Zambia's", lower-case words the
// lexicon lacks before an office are part of it ("economic revitalization
// minister"), so X, not the country, is the subject.
func TestPossessivePortfolio(t *testing.T) {
	pub := day(2024, time.May, 2)
	checkBriefs(t, pub, []briefCase{
		{"an unknown portfolio word",
			"Joseph Mwita, Zambia's rural electrification minister and chief negotiator, held talks with Malawian President Peter Banda on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2024-04-30"}},
	})
	wantCountries(t, pub, "Joseph Mwita, Zambia's rural electrification minister, held talks with Malawian President Peter Banda on Tuesday.",
		map[string]string{"Joseph Mwita": "Zambia"})
}

// TestRelativeClauseInsideAList: a relative clause after a list's item
// ("with A, who chairs the board, and later with B") does not end
// the list, also after a fronted time without a comma; "and later in the
// day B" with no verb after B is a second object.
func TestRelativeClauseInsideAList(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"and later with, after a fronted day",
			"On Tuesday Malawian President Peter Banda held talks with Daniel Ochieng, who had flown in from Nairobi, and later with Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Joseph Mwita+Peter Banda @2024-04-30"}},
		{"and, twice, with a second object",
			"On Tuesday Malawian President Peter Banda spoke by phone with Daniel Ochieng and, twice, with Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda (phone) @2024-04-30", "meeting occurred Joseph Mwita+Peter Banda (phone) @2024-04-30"}},
		{"and, the same evening, with a second object",
			"On Tuesday Malawian President Peter Banda held talks with Daniel Ochieng and, the same evening, with Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Joseph Mwita+Peter Banda @2024-04-30"}},
		{"and a second object",
			"Malawian President Peter Banda on Tuesday received Kenyan Vice-President Daniel Ochieng, who chairs the lake authority, and Zambian Foreign Minister Joseph Mwita.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Joseph Mwita+Peter Banda @2024-04-30"}},
		{"and then, separately, a second object",
			"On Tuesday Kenyan Defence Minister Daniel Ochieng met Joseph Mwita, who pledged new funds, and then, separately, Grace Phiri.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri @2024-04-30", "meeting occurred Daniel Ochieng+Joseph Mwita @2024-04-30"}},
		{"and later in the day, a second object with no verb",
			"Malawian President Peter Banda met Premier Daniel Ochieng in Nairobi on Tuesday, and later in the day Grace Phiri, Speaker of the National Assembly.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30", "meeting occurred Grace Phiri+Peter Banda @2024-04-30"}},
		{"and later in the day, ending a line with no stop",
			"Malawian President Peter Banda met Premier Daniel Ochieng in Nairobi on Tuesday, and later in the day",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30"}},
		{"and later that evening, a second object with its own verb",
			"Malawian President Peter Banda met Premier Daniel Ochieng in Nairobi on Tuesday, and later that evening Grace Phiri spoke to the press.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30"}},
		{"a relative clause that ends the sentence",
			"Malawian President Peter Banda received Kenyan Vice-President Daniel Ochieng, who chairs the lake authority and the river board, on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2024-04-30"}},
	})
}

// TestCommaThenSecondParty: a comma and a sequel adverb ("then", "later")
// stand for the "and" before a second party met on the same round: the
// subject's meeting with each, after a "with" verb, a noun, "sat down" or
// a plain object.
func TestCommaThenSecondParty(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"noun, then with",
			"Zambian President Hakainde Hichilema had talks with Kenyan Trade Minister Daniel Ochieng on Wednesday, then with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-12", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12"}},
		{"met with, later with",
			"Zambian President Hakainde Hichilema met with Kenyan Trade Minister Daniel Ochieng on Wednesday, later with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-12", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12"}},
		{"sat down with, then with",
			"Zambian President Hakainde Hichilema sat down with Kenyan Trade Minister Daniel Ochieng on Wednesday, then with Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-12", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12"}},
		{"plain object, then another",
			"Zambian President Hakainde Hichilema met Kenyan Trade Minister Daniel Ochieng on Wednesday, then Malawian President Peter Banda.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-12", "meeting occurred Hakainde Hichilema+Peter Banda @2025-03-12"}},
		{"then a clause of its own",
			"Zambian President Hakainde Hichilema met Kenyan Trade Minister Daniel Ochieng on Wednesday, then Banda told reporters the region was calm.",
			[]string{"meeting occurred Daniel Ochieng+Hakainde Hichilema @2025-03-12"}},
	})
}
