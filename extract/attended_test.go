package extract

import (
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestAttended covers the ways attended() reads attendance: passive with
// "by", a bilateral meeting's joint participants, the active verb with a
// named gathering, a bare "attended" pointing back, and attendees added by
// "including" and "alongside".
func TestAttended(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"passive list",
			"The Andean Community summit in Quito on Tuesday was attended by Bolivia, Colombia, Ecuador and Peru.",
			[]string{"gathering occurred Bolivia+Colombia+Ecuador+Peru @2024-06-11"}},
		{"active with a named gathering",
			"Ghana and Togo attended the ECOWAS summit in Abuja on Sunday.",
			[]string{"gathering occurred Ghana+Togo @2024-06-09"}},
		{"bare attended points back",
			"Norway hosted the annual session of the Nordic Council in Oslo on Monday. Iceland attended as an observer.",
			[]string{"gathering occurred Iceland+Nordic Council+Norway @2024-06-10"}},
		{"including",
			"Leaders of more than 20 nations attended the climate summit in Nairobi on Monday, including Kenya and Uganda.",
			[]string{"gathering occurred Kenya+Uganda @2024-06-10"}},
		{"alongside",
			"Chile and Peru attended the APEC summit in Lima on Friday, alongside the European Union.",
			[]string{"gathering occurred Chile+European Union+Peru @2024-06-14"}},
		{"future attendance is nothing",
			"Chile and Peru will attend the APEC summit in Lima next week.",
			nil},
	})
}

// TestPresidedOver covers a chair told by "presided over" (the chair's
// country hosts and attends; "presided over by" names the chair after a
// gathering), also past a day between "presided" and "over", and the
// lists of those seated at the table or "taking part".
func TestPresidedOver(t *testing.T) {
	pub := day(2024, time.December, 17) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"presided over a named session, then those seated",
			"On Monday President Azali Assoumani presided over an emergency summit of the Indian Ocean Commission in Moroni. Seated around the table were Navin Ramgoolam of Mauritius, Christian Ntsay of Madagascar and Patrick Herminie of Seychelles.",
			[]string{"gathering occurred Comoros+Madagascar+Mauritius+Seychelles @2024-12-16"}},
		{"presided, a day, then over",
			"President Azali Assoumani presided this Monday over the 5th Summit of the Indian Ocean Commission in Moroni. Taking part were Navin Ramgoolam of Mauritius and Christian Ntsay of Madagascar.",
			[]string{"gathering occurred Comoros+Madagascar+Mauritius @2024-12-16"}},
		{"participating were",
			"President Azali Assoumani presided on Monday over an emergency summit of the Indian Ocean Commission in Moroni. Participating were Navin Ramgoolam of Mauritius and Patrick Herminie of Seychelles.",
			[]string{"gathering occurred Comoros+Mauritius+Seychelles @2024-12-16"}},
		{"presided over by after the gathering",
			"The Indian Ocean Commission summit in Moroni was presided over by President Azali Assoumani on Monday. Mauritius and Madagascar attended.",
			[]string{"gathering occurred Comoros+Madagascar+Mauritius @2024-12-16"}},
		{"a meeting of the leader's own commanders is domestic",
			"Comorian President Azali Assoumani, who presided over a meeting of his top military commanders in Moroni on Sunday, flew to Paris on Monday.",
			[]string{"visit occurred Azali Assoumani>France @2024-12-16"}},
		{"a meeting of the cabinet is domestic",
			"Comorian President Azali Assoumani chaired a meeting of the cabinet in Moroni on Sunday.",
			nil},
		{"presided over something else is no gathering",
			"Judge Miriam Achieng presided over the hearing in Nairobi on Monday.",
			nil},
	})
}

// TestAttendanceForms covers attendance told after the gathering in focus:
// "Among them are", "was at the closing session, as was", "addressed
// the summit remotely, as did", "joined online", "on behalf of", "in
// place of", "among the presidents seated in", "also present, alongside"; and
// a delegation to a summit whose relative clause ("which got under way in
// City, Country, on Thursday") dates it, past its name's tail; and a host
// that "brought together" people from countries for talks.
func TestAttendanceForms(t *testing.T) {
	pub := day(2024, time.September, 6) // a Friday
	const open = "The Great Lakes Water Summit opened in Kigali on Thursday. "
	checkBriefs(t, pub, []briefCase{
		{"among them are",
			open + "Heads of state from a dozen nations are in Kigali for the event. Among them are Burundian President Evariste Ndayishimiye and Congolese President Felix Tshisekedi.",
			[]string{"gathering occurred Burundi+Democratic Republic of the Congo @2024-09-05"}},
		{"at the closing session, as was",
			open + "Ugandan President Yoweri Museveni was at the closing session, as was Tanzanian President Samia Suluhu Hassan.",
			[]string{"gathering occurred Tanzania+Uganda @2024-09-05"}},
		{"addressed it remotely, as did",
			open + "Kenyan President William Ruto addressed the summit by video, as did Zambian President Hakainde Hichilema.",
			[]string{"gathering occurred Kenya+Zambia @2024-09-05"}},
		{"joined online on behalf of a bloc",
			open + "Moussa Faki joined online on behalf of the African Union.",
			[]string{"gathering occurred African Union @2024-09-05"}},
		{"attended in place of a leader",
			open + "Ugandan Prime Minister Robinah Nabbanja attended in place of the president.",
			[]string{"gathering occurred Uganda @2024-09-05"}},
		{"among the leaders seated at a table",
			open + "Burundian President Evariste Ndayishimiye and Congolese President Felix Tshisekedi were among the presidents seated in the front row.",
			[]string{"gathering occurred Burundi+Democratic Republic of the Congo @2024-09-05"}},
		{"also present, alongside others",
			open + "Burundi's Evariste Ndayishimiye was also present, alongside Kenya's William Ruto and Tanzania's Samia Suluhu Hassan.",
			[]string{"gathering occurred Burundi+Kenya+Tanzania @2024-09-05"}},
		{"a delegation to a summit that opened in a city and country",
			"Burundian President Evariste Ndayishimiye is leading his country's delegation to the Fourth Summit of the Great Lakes Water Initiative, which got under way in Kigali, Rwanda, on Thursday evening.",
			[]string{"gathering occurred Burundi+Great Lakes Water Initiative @2024-09-05"}},
		{"a host city brought together envoys from countries for talks",
			"In March 2023, Nairobi brought together envoys from a dozen states, including Uganda, Burundi and Rwanda, for talks on the Great Lakes water plan.",
			[]string{"gathering occurred Burundi+Kenya+Rwanda+Uganda @2023-03"}},
		{"a host country brought together ministers for a conference",
			"Kenya brought together ministers from Uganda and Tanzania for a conference on lake fisheries last month.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2024-08"}},
		{"attended for a span of time",
			open + "Rwandan Foreign Minister Olivier Nduhungirehe attended for twenty minutes.",
			[]string{"gathering occurred Rwanda @2024-09-05"}},
	})
}

// TestBlocPeopleHeldTalks covers a bloc's people as the subject of talks
// with no determiner ("ASEAN ministers held talks in X"): a gathering of
// the bloc, dated from its first day when a span ends on the day named;
// talks "with" another party are no gathering.
func TestBlocPeopleHeldTalks(t *testing.T) {
	pub := day(2025, time.March, 2) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"held talks, with attendees",
			"SADC defence ministers held talks in Gaborone on Thursday, with Zambia's Ambrose Lufuma and Malawi's Harry Mkandawire attending.",
			[]string{"gathering occurred Malawi+Southern African Development Community+Zambia @2025-02-27"}},
		{"a span of days that ended on the day named",
			"SADC defence ministers wrapped up three days of closed-door talks in Gaborone on Saturday.",
			[]string{"gathering occurred Southern African Development Community @2025-02-27"}},
		{"talks with another party are no gathering",
			"SADC defence ministers held talks with Chinese officials in Gaborone on Thursday.",
			nil},
	})
}

// TestSessionJoinedAndRepresenting covers "A and B joined the opening
// session together with C" while a gathering is in focus (all three
// attend; no meeting of them) and "X is representing Y instead" (Y
// attends).
func TestSessionJoinedAndRepresenting(t *testing.T) {
	pub := day(2025, time.November, 1) // a Saturday
	const open = "The two-day Andean Water Summit, chaired by Peru, opened in Cusco on Friday. "
	checkBriefs(t, pub, []briefCase{
		{"joined the opening session together with",
			open + "Bolivian President Luis Arce and Ecuadorian President Daniel Noboa joined the opening session together with Colombian President Gustavo Petro and other leaders.",
			[]string{"gathering occurred Bolivia+Colombia+Ecuador+Peru @2025-10-31"}},
		{"is representing a country",
			open + "Chilean Foreign Minister Alberto van Klaveren is representing Chile instead.",
			[]string{"gathering occurred Chile+Peru @2025-10-31"}},
	})
}

// TestJoinedOnlineAmongThem covers "Several more leaders connected online,
// among them A and B" (A's and B's countries attend) and a
// gathering "hosted in X by Y" (Y hosts; no meeting of Y with whoever
// took part).
func TestJoinedOnlineAmongThem(t *testing.T) {
	pub := day(2025, time.May, 10) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"joined online, among them",
			"Estonian Prime Minister Kristen Michal took part remotely on Saturday in a session of the Nordic-Baltic Eight hosted in Riga by Latvian President Edgars Rinkevics. Several more leaders connected online as well, among them Danish Prime Minister Mette Frederiksen and Icelandic Prime Minister Kristrun Frostadottir.",
			[]string{"gathering occurred Denmark+Estonia+Iceland+Latvia @2025-05-10"}},
	})
}

// TestNamedLeadersMeetings covers a capitalised "Leaders' Meeting" as a
// name, "which opened in X on D" telling its day and city, "is leading
// his country's delegation to G", and "leaders held their first plenary
// session of G" (the session's gathering, chaired and attended).
func TestNamedLeadersMeetings(t *testing.T) {
	pub := day(2024, time.August, 29) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"attended a leaders' meeting that opened",
			"Malawian President Lazarus Chakwera attended the 9th Lake Basin Leaders' Meeting, which opened in Kisumu on Sunday.",
			[]string{"gathering occurred Malawi @2024-08-25"}},
		{"is leading a delegation to it",
			"Malawian President Lazarus Chakwera is leading his country's delegation to the 9th Lake Basin Leaders' Meeting, which got under way in Kisumu on Sunday evening.",
			[]string{"gathering occurred Malawi @2024-08-25"}},
		{"a plenary session of a named meeting",
			"Lake Basin leaders held their first plenary session of the 9th Lake Basin Leaders' Meeting in Kisumu on Wednesday, under the chairmanship of Kenya's President William Ruto. Around the table were Malawi's Lazarus Chakwera and Uganda's Yoweri Museveni.",
			[]string{"gathering occurred Kenya+Malawi+Uganda @2024-08-28"}},
	})
}

// TestDelegationsFrom covers "with delegations from A, B and C sitting
// alongside D" after a gathering (all attend) and delegations that will
// TestPresidedInFocus covers a bare "X presided" right after a gathering
// was told: X's country chairs and attends it. With no gathering in view
// it tells nothing.
func TestPresidedInFocus(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the host presided", "KISUMU - The Lake Basin Summit got under way at the lakeside hall on Tuesday. Kenya's William Ruto, the host, presided.",
			[]string{"gathering occurred Kenya @2025-05-06"}},
		{"no gathering", "KISUMU - Kenya's William Ruto presided on Tuesday.", nil},
	})
}

// TestStatutorySession covers an unnamed session with an ordinal or a
// kind ("The 12th ordinary session opened", "An extraordinary session
// closed"): a body's gathering, whose list of those around the table
// attends. A session with neither is no gathering of its own.
func TestStatutorySession(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	table := " Around the table were Uganda's Yoweri Museveni and Tanzania's Samia Suluhu Hassan."
	checkBriefs(t, pub, []briefCase{
		{"ordinal and kind", "KISUMU - The 12th ordinary session opened at the lakeside hall on Tuesday." + table,
			[]string{"gathering occurred Tanzania+Uganda @2025-05-06"}},
		{"kind alone", "KISUMU - The extraordinary session opened at the lakeside hall on Tuesday." + table,
			[]string{"gathering occurred Tanzania+Uganda @2025-05-06"}},
		{"neither", "KISUMU - The session opened at the lakeside hall on Tuesday." + table, nil},
	})
}

// TestSpeechToTheGathering covers a speaker's possessive speech noun
// before "to" and a named gathering (as in "In his speech to the Lake Basin
// Summit, X ...", "X used her address to the Lake Basin Summit"): the
// speaker's country attends; a speech still to be given tells nothing.
func TestSpeechToTheGathering(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"fronted speech", "KISUMU - In his speech to the Lake Basin Summit on Wednesday, Kenya's William Ruto pressed for a fisheries deal.",
			[]string{"gathering occurred Kenya @2025-05-07"}},
		{"used her address", "KISUMU - Tanzania's Samia Suluhu Hassan used her address to the Lake Basin Summit on Wednesday to urge calm.",
			[]string{"gathering occurred Tanzania @2025-05-07"}},
		{"a speech still to come", "KISUMU - Tanzania's Samia Suluhu Hassan will use her address to the Lake Basin Summit on Friday to urge calm.", nil},
	})
}

// TestHostedByAfterPlace covers a gathering noun, its place and a comma
// before "hosted by X" ("the May 3 summit in Kisumu, hosted by X and
// co-chaired by Y"): the gathering is told, X's country hosts it and Y's
// attends.
func TestHostedByAfterPlace(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"hosted by, after the place",
			"The trip follows the May 3 lake summit in Kisumu, hosted by Kenya's William Ruto. Tanzania's Samia Suluhu Hassan and Malawi's Peter Banda were among those present.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-05"}},
		{"and co-chaired by",
			"The trip follows the May 3 lake summit in Kisumu, hosted by Kenya's William Ruto and co-chaired by Uganda's Yoweri Museveni.",
			[]string{"gathering occurred Kenya+Uganda @2025-05"}},
	})
}

// TestHostWelcomingGuests covers the guests a host welcomed as a
// gathering opened ("The summit opened with X, as host, welcoming A and
// B"): their countries attend, with the host's. One guest welcomed is a
// reception, not the gathering's list.
func TestHostWelcomingGuests(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"opened with the host welcoming",
			"Leaders of the Lake Basin states met in Kisumu on Tuesday for their annual summit. The gathering opened with President William Ruto, as host, welcoming Uganda's Yoweri Museveni and Tanzania's Samia Suluhu Hassan.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-05-06"}},
		{"one guest",
			"Leaders of the Lake Basin states met in Kisumu on Tuesday for their annual summit. The gathering opened with President William Ruto, as host, welcoming Ugandan President Yoweri Museveni.",
			[]string{"gathering occurred Kenya @2025-05-06"}},
	})
}

// attend a later one (none).
func TestDelegationsFrom(t *testing.T) {
	pub := day(2024, time.March, 28) // a Thursday
	const open = "The 150th IPU Assembly opened in Tashkent on Saturday. "
	checkBriefs(t, pub, []briefCase{
		{"delegations from, mid-sentence",
			open + "Asian parliaments were out in force, with delegations from Kazakhstan, Mongolia and Bhutan sitting next to the hosts.",
			[]string{"gathering occurred Bhutan+Kazakhstan+Mongolia @2024-03-23"}},
		{"delegations that will attend a later one",
			open + "Delegations from Kazakhstan and Mongolia will attend the next one.",
			[]string{"gathering occurred  @2024-03-23"}}, // no attendee named
	})
}

// TestAttendedWithOthers covers a bare "attended" followed by the others
// who were there ("attended alongside the ministers of A and B",
// "attended, along with C"), and a body named by its members' role that
// met ("The X Council of Foreign Ministers met").
func TestAttendedWithOthers(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"attended alongside the ministers of two countries",
			"The Mekong summit opened in Vientiane on Thursday. Thai Foreign Minister Maris Sangiampongsa attended alongside the ministers of Cambodia and Vietnam.",
			[]string{"Mekong summit: Cambodia+Thailand+Vietnam"}},
		{"attended, along with a named leader",
			"The Mekong summit opened in Vientiane on Thursday. Thailand's Srettha Thavisin attended, along with Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
		{"attended together with",
			"The Mekong summit opened in Vientiane on Thursday. Thailand's Srettha Thavisin attended together with Cambodia's Hun Manet.",
			[]string{"Mekong summit: Cambodia+Thailand"}},
		{"a council named by its members' role met, then attendance",
			"The Mekong Council of Foreign Ministers met in Vientiane on Thursday. Thailand's Maris Sangiampongsa and Cambodia's Sok Chenda Sophea attended.",
			[]string{"Mekong Council of Foreign Ministers: Cambodia+Thailand"}},
		{"a bloc's council named by its members' role",
			"The ASEAN Council of Foreign Ministers met in Vientiane on Thursday.",
			[]string{"ASEAN Council of Foreign Ministers: ASEAN"}},
		{"foreign ministers of a country met at home is no body",
			"Thai foreign ministers of the past met in Bangkok on Thursday.",
			nil},
	})
}

// TestDelegationsCameAndContingents covers delegations told by a verb of
// coming before "from" ("delegations came from A and B"), contingents
// named after a first list of no country ("delegations from 40 states,
// among them contingents from A"), a session joined on a named day
// ("joined Tuesday's session") and a bare "attended" followed by "but"
// and another verb.
func TestDelegationsCameAndContingents(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const open = "The Mekong summit opened in Vientiane on Thursday. "
	checkGatherings(t, pub, []briefCase{
		{"delegations came from",
			open + "Sizeable delegations came from Thailand, Cambodia and Vietnam.",
			[]string{"Mekong summit: Cambodia+Thailand+Vietnam"}},
		{"delegations arrived from",
			open + "Delegations arrived from Cambodia and Vietnam on the eve.",
			[]string{"Mekong summit: Cambodia+Vietnam"}},
		{"contingents after a count of states",
			open + "Delegations from 14 states signed up, among them big contingents from Thailand and Vietnam.",
			[]string{"Mekong summit: Thailand+Vietnam"}},
		{"joined a day's session",
			open + "Cambodian Prime Minister Hun Manet joined Friday's closing session.",
			[]string{"Mekong summit: Cambodia"}},
		{"attended but objected",
			open + "Thai Prime Minister Srettha Thavisin attended but objected to the dam clause.",
			[]string{"Mekong summit: Thailand"}},
		{"attended yet said little",
			open + "Cambodia's Hun Manet attended yet said little in the plenary.",
			[]string{"Mekong summit: Cambodia"}},
		{"delegations that will come later attend nothing",
			open + "Delegations will come from Thailand and Vietnam next year.",
			[]string{"Mekong summit: "}},
	})
}

// TestRelativeHostAndStatesJoined covers a gathering told as the subject
// of its course past a relative clause naming its host ("The X summit
// that Laos hosted in Vientiane ended", "... and it closes today") and
// countries joining countries
// while it is in focus ("newcomers A and B joined founders C and D"),
// but not "A joined B in condemning ...".
func TestRelativeHostAndStatesJoined(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"a relative clause names the host",
			"The Mekong summit that Laos hosted in Vientiane closed on Thursday.",
			[]string{"Mekong summit: Laos"}},
		{"which and another verb of its course",
			"The Mekong summit which Thailand organised in Bangkok ended on Thursday.",
			[]string{"Mekong summit: Thailand"}},
		{"newcomers joined founders",
			"The Mekong summit opened in Vientiane on Thursday. At the table, newcomers Myanmar and Cambodia joined the founding states Laos, Thailand and Vietnam.",
			[]string{"Mekong summit: Cambodia+Laos+Myanmar+Thailand+Vietnam"}},
		{"and it closes: the gathering named before",
			"The Mekong summit in Vientiane is the biggest meeting Laos has held in years, and it closes today with a leaders' retreat.",
			[]string{"Mekong summit: "}},
		{"and it with no gathering named before",
			"Laos is proud of its record, and it closes today a long year of chairing the bloc.",
			nil},
		{"joined in condemning is no attendance",
			"The Mekong summit opened in Vientiane on Thursday. Later, Cambodia joined Vietnam in condemning the dam.",
			[]string{"Mekong summit: "}},
	})
}

// TestBlocPeopleNamedBefore covers a bloc's people named before the bloc
// as the subject of a gathering's close ("Trade ministers of the G20
// closed three days of meetings"), with those who took part told after
// it.
func TestBlocPeopleNamedBefore(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkGatherings(t, pub, []briefCase{
		{"ministers of the bloc, two days of meetings",
			"Trade ministers of the G20 closed three days of meetings in Brasilia on Thursday. Mexico's Marcelo Ebrard and India's Piyush Goyal took part.",
			[]string{"meetings: G20+India+Mexico"}},
		{"a bloc's people before it, talks",
			"Finance ministers of the G7 closed five days of talks in Ottawa on Thursday.",
			[]string{"talks: G7"}},
		{"meetings of no bloc's people are none",
			"Officials of the two ministries closed three days of meetings in Ottawa on Thursday.",
			nil},
	})
}

// TestEnvoySent covers a country's envoy named after "sent" while a
// gathering is in focus: the envoy's country attends, also when the
// sender is no plain subject ("X skipped it, citing ..., and sent Y";
// "its chair sent Thai Foreign Minister Y"), but not for a country only
// guessed for the envoy from the place.
func TestEnvoySent(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const open = "The Mekong summit opened in Vientiane on Thursday. "
	checkGatherings(t, pub, []briefCase{
		{"a leader skipped it, citing a reason, and sent a minister",
			open + "Thai Prime Minister Srettha Thavisin skipped the meeting, citing \"urgent matters\", and sent Foreign Minister Maris Sangiampongsa instead.",
			[]string{"Mekong summit: Thailand"}},
		{"an envoy of a named country",
			open + "Its chair kept away and dispatched Thai Foreign Minister Maris Sangiampongsa instead.",
			[]string{"Mekong summit: Thailand"}},
		{"no country but the one guessed from the place",
			open + "Its chair kept away and dispatched Foreign Minister Somchai Rattanakul instead.",
			[]string{"Mekong summit: "}},
	})
}

// TestUndatedMeetingInGatheringCity covers a meeting the text places in
// the city of the gathering it tells, with no date of its own: its
// parties' countries attend; not so for one in another city.
func TestUndatedMeetingInGatheringCity(t *testing.T) {
	pub := day(2024, time.June, 3) // a Monday
	const open = "The Lakes Security Forum closed in Kigali on Sunday with Rwanda and Uganda attending. Debate turned on border patrols. "
	checkGatherings(t, pub, []briefCase{
		{"an undated meeting in the gathering's city",
			open + "Kenyan President William Ruto also held talks with Ghanaian President John Mahama in Kigali.",
			[]string{"Lakes Security Forum: Ghana+Kenya+Rwanda+Uganda"}},
		{"an undated meeting in another city",
			open + "Kenyan President William Ruto also held talks with Ghanaian President John Mahama in Accra.",
			[]string{"Lakes Security Forum: Rwanda+Uganda"}},
	})
}

// TestRepresentedObserverAndPresence covers "N states were represented,
// including A and B", "X was represented solely by a junior envoy", "Y
// joined as an observer" after a gathering, and "opened the forum in
// the presence of A and B" (those named attend the gathering the sentence
// tells).
func TestRepresentedObserverAndPresence(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const open = "The Mekong summit opened in Vientiane on Thursday. "
	checkGatherings(t, pub, []briefCase{
		{"were represented, including",
			open + "Eleven states were represented, including Laos, Myanmar and Vietnam.",
			[]string{"Mekong summit: Laos+Myanmar+Vietnam"}},
		{"represented only by its ambassador",
			open + "Thailand, in the middle of a budget fight, was represented solely by a junior envoy.",
			[]string{"Mekong summit: Thailand"}},
		{"joined as an observer",
			open + "Cambodia's foreign minister, Sok Chenda Sophea, joined as an observer.",
			[]string{"Mekong summit: Cambodia"}},
		{"opened in the presence of",
			"Lao Prime Minister Sonexay Siphandone opened the Mekong summit on Thursday in Vientiane in the presence of Srettha Thavisin of Thailand and Hun Manet of Cambodia.",
			[]string{"Mekong summit: Cambodia+Laos+Thailand"}},
	})
}

// TestArrivalsAsSubject covers an arrival label as the subject of a copula
// or of "included" ("Among the first to land were A and B", "Early
// arrivals included C"): at the gathering in focus, come to its country;
// not with no gathering told.
func TestArrivalsAsSubject(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	const open = "The Mekong summit opened in Vientiane on Thursday. "
	checkBriefs(t, pub, []briefCase{
		{"among the first to land were",
			open + "Among the first to land were Thailand's Srettha Thavisin and Cambodia's Hun Manet.",
			[]string{"gathering occurred Cambodia+Thailand @2024-05-09", "visit occurred Hun Manet>Laos @2024-05-09", "visit occurred Srettha Thavisin>Laos @2024-05-09"}},
		{"early arrivals included",
			open + "Early arrivals included Cambodia's Hun Manet.",
			[]string{"gathering occurred Cambodia @2024-05-09", "visit occurred Hun Manet>Laos @2024-05-09"}},
		{"no gathering told",
			"Early arrivals included Cambodia's Hun Manet.",
			nil},
	})
}

// TestSpokeToTheGathering checks that a leader who "spoke to" or
// "addressed" the assembly just told attended it, and that a country's
// legislature addressed is no gathering.
func TestSpokeToTheGathering(t *testing.T) {
	pub := day(2024, time.February, 18) // a Sunday
	if got := gatheringsOf("Ghana will cut tariffs on Togolese goods, Ghanaian President John Mahama said. Mahama, speaking to the Togolese Congress on Friday, urged closer trade ties.", pub); len(got) != 0 {
		t.Errorf("a legislature read as a gathering: %v", got)
	}
	for _, tc := range []struct{ text, want string }{
		{"The Sahel Security Summit was held in Niamey on Sunday. Togo's president also spoke to the assembly.", "Sahel Security Summit: Togo"},
		{"The Sahel Security Summit was held in Niamey on Sunday. Ghana's foreign minister addressed the meeting.", "Sahel Security Summit: Ghana"},
	} {
		if got := gatheringsOf(tc.text, pub); len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestJoinedAlongsideLeaders checks that leaders who "joined the session
// alongside the leaders of A and B" attend with A and B.
func TestJoinedAlongsideLeaders(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	text := "An extraordinary SADC summit was held by video on Wednesday. Tanzania's president and Rwanda's president joined the video session alongside the leaders of Burundi and Malawi."
	if got := gatheringsOf(text, pub); len(got) != 1 || got[0] != "SADC summit: Burundi+Malawi+Rwanda+Tanzania" {
		t.Errorf("got %v", got)
	}
}

// TestNotRepresentedAt checks that a state "not represented at" the
// gathering is no attendee.
func TestNotRepresentedAt(t *testing.T) {
	pub := day(2023, time.August, 16)
	text := "The Coral Sea Ministers' Meeting was held in Honiara on Tuesday. Vanuatu's foreign minister took part. Nauru was not represented at the talks."
	if got := gatheringsOf(text, pub); len(got) != 1 || got[0] != "Coral Sea Ministers' Meeting: Vanuatu" {
		t.Errorf("got %v", got)
	}
}

// TestStartOfTheMeetingJustTold checks that "the meeting" whose opening or
// close a speaker spoke at, after two people's meeting, is that meeting,
// no gathering of the speaker.
func TestStartOfTheMeetingJustTold(t *testing.T) {
	pub := day(2024, time.January, 24) // a Wednesday
	text := "Espen Barth Eide met Ghana's president, Nana Akufo-Addo, in Accra on Wednesday. \"Ghana is a partner we trust,\" Eide told Akufo-Addo at the start of the bilateral meeting."
	if got := gatheringsOf(text, pub); len(got) != 0 {
		t.Errorf("got %v, want no gathering", got)
	}
}

// TestTookPartAcrossTime covers a time adverbial between "took part" or
// "participated" and the "in" that names the gathering.
func TestTookPartAcrossTime(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"took part on a weekday in",
			"President Peter Banda of Malawi took part on Thursday in a summit of the Great Lakes Initiative, which Uganda hosted in Kampala.",
			[]string{"gathering occurred Great Lakes Initiative+Malawi+Uganda @2024-05-02"}},
		{"participated yesterday in",
			"Zambia participated yesterday in the annual assembly of the Southern Lakes Forum in Lilongwe.",
			[]string{"gathering occurred Southern Lakes Forum+Zambia @2024-05-03"}},
		{"was taking part this morning in",
			"Tanzania's foreign minister Joseph Mwita was taking part this morning in a Southern African Development Community emergency summit in Maputo.",
			[]string{"gathering occurred Tanzania @2024-05-04"}},
		{"future part-taking is nothing",
			"Malawian President Peter Banda will take part on Friday in the fifth summit of the Great Lakes Initiative.",
			nil},
	})
}

// TestSentToAGathering covers states that "sent delegations to" a
// gathering named after "to": they attend it; a future sending does not.
func TestSentToAGathering(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"several senders",
			"Uganda, Tanzania and Rwanda sent delegations to the Lake Basin Commission summit in Kisumu on Monday.",
			[]string{"gathering occurred Rwanda+Tanzania+Uganda @2024-04-29"}},
		{"a minister sent",
			"Uganda sent a high-level delegation to the Lake Basin Commission summit in Kisumu on Monday.",
			[]string{"gathering occurred Uganda @2024-04-29"}},
		{"a future sending",
			"Uganda will send a delegation to the Lake Basin Commission summit in Kisumu next week.",
			nil},
		{"troops to a region",
			"Uganda sent troops to the border region on Monday.",
			nil},
	})
}

// TestInAttendanceList covers "with A, B and C in attendance" (or
// "around the table"): every state or person of the list attends, not
// only the last.
func TestInAttendanceList(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a list of states",
			"The Lake Basin Commission summit opened in Kisumu on Monday with Uganda, Rwanda and Burundi in attendance.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2024-04-29"}},
		{"one state",
			"The Lake Basin Commission summit opened in Kisumu on Monday, with Burundi in attendance.",
			[]string{"gathering occurred Burundi @2024-04-29"}},
	})
	// A list of leaders with offices and possessives, longer than a
	// dozen words, "in attendance" or "around the table".
	leaders := "Kenyan President William Ruto, Zambia's Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan"
	checkGatherings(t, pub, []briefCase{
		{"leaders in attendance",
			"Malawian President Peter Banda opened the Lake Basin Summit in Lilongwe on Friday with " + leaders + " in attendance.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Tanzania+Zambia"}},
		{"leaders around the table",
			"Malawian President Peter Banda opened the Lake Basin Summit in Lilongwe on Friday, with " + leaders + " around the table.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Tanzania+Zambia"}},
	})
}

// TestTakenPartAndBoth covers the participle "taken part" ("had taken part
// in X") and "both" as its subject after two people were named: both
// attended; and a habit of attending ("attended every X"), which is no
// one gathering.
func TestTakenPartAndBoth(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"both leaders had taken part",
			"Kenyan President William Ruto held talks with Malawian President Peter Banda on Monday. Both leaders had taken part in the Lake Basin Summit in Kampala in March.",
			[]string{"gathering occurred Kenya+Malawi @2024-03", "meeting occurred Peter Banda+William Ruto @2024-04-29"}},
		{"both had taken part",
			"Kenyan President William Ruto held talks with Malawian President Peter Banda on Monday. They recalled how both had taken part in a Lake Basin Summit in Kampala in March.",
			[]string{"gathering occurred Kenya+Malawi @2024-03", "meeting occurred Peter Banda+William Ruto @2024-04-29"}},
		{"a habit of attending is no gathering",
			"Malawian President Peter Banda, who has attended every Lake Basin Summit since 2015, stayed home this year.",
			nil},
		{"one had taken part",
			"Malawian President Peter Banda had taken part in the Lake Basin Summit in Kampala in March.",
			[]string{"gathering occurred Malawi @2024-03"}},
	})
}

// TestPresentAttendance covers "attends" and "takes part" under a dateline
// (a caption or a report of the day): attended; with a later time they
// are a timetable.
func TestPresentAttendance(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"attends under a dateline",
			"LILONGWE, May 2 - Malawian President Peter Banda attends the Lake Basin Summit in Lilongwe.",
			[]string{"gathering occurred Malawi @2024-05"}},
		{"takes part under a dateline",
			"LILONGWE, May 2 - Malawian President Peter Banda takes part in the Lake Basin Summit in Lilongwe.",
			[]string{"gathering occurred Malawi @2024-05"}},
		{"attends on a later weekday",
			"Malawian President Peter Banda attends the Lake Basin Summit in Kampala on Monday.",
			nil},
		{"takes part next week",
			"Malawian President Peter Banda takes part in the Lake Basin Summit in Kampala next week.",
			[]string{"gathering planned Malawi @2024-05"}},
	})
}

// TestGroupPhotoRows covers a group photo's caption labels ("Left to
// right:", "Front row, left to right:") as presence labels: those listed
// attend the gathering in focus.
func TestGroupPhotoRows(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"left to right",
			"The Lake Basin Summit opened in Kampala on Thursday. Left to right: Kenyan President William Ruto, Malawian President Peter Banda and Zambian President Hakainde Hichilema.",
			[]string{"gathering occurred Kenya+Malawi+Zambia @2024-05-02"}},
		{"a row, then left to right",
			"The Lake Basin Summit opened in Kampala on Thursday. Front row, left to right: Kenyan President William Ruto and Malawian President Peter Banda.",
			[]string{"gathering occurred Kenya+Malawi @2024-05-02"}},
	})
}

// TestPlenaryOfFocus covers "the plenary" as the gathering in focus when it
// is the subject of "brought together" or "drew", or the object of a
// presence verb, instead of a gathering of its own.
func TestPlenaryOfFocus(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	const open = "Malawi's President Peter Banda opened the Lake Basin Summit in Lilongwe on Sunday. "
	checkBriefs(t, pub, []briefCase{
		{"the plenary brought together",
			open + "The first plenary brought together heads of state of Kenya, Zambia and Tanzania.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-09"}},
		{"the closing plenary drew",
			open + "The closing plenary drew ministers from Uganda and Rwanda.",
			[]string{"gathering occurred Malawi+Rwanda+Uganda @2025-03-09"}},
		{"addressed the plenary",
			open + "Kenya's President William Ruto addressed the plenary.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-09"}},
	})
}

// TestOfficialsFromStates covers a host that convenes or hosts advisers,
// envoys, officials, defence chiefs and other officials "from A, B and C"
// for a session or talks: the host and those states attend.
func TestOfficialsFromStates(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"convened advisers from",
			"In February, Kenya convened security advisers from Zambia, Tanzania and Uganda for a closed session in Kisumu.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda+Zambia @2025-02"}},
		{"hosted envoys from",
			"Malawi hosted envoys from Kenya, Zambia and Mozambique in Lilongwe on Monday for talks about fishing.",
			[]string{"gathering occurred Kenya+Malawi+Mozambique+Zambia @2025-03-10"}},
		{"hosted defence chiefs from",
			"Malawi hosted defence chiefs from Kenya, Zambia and Tanzania in Lilongwe on Monday.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-10"}},
	})
}

// TestWithObserversFrom covers a gathering's sentence that names those
// present by where they come from in a "with" phrase: set off by a comma,
// or after the noun of a gathering of several states; "a meeting with
// leaders of X" names those met, no attendees.
func TestWithObserversFrom(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a comma, then with observers from",
			"Malawi hosted peace talks in Lilongwe on Monday, with observers from Norway and the United Nations.",
			[]string{"gathering occurred Malawi+Norway+United Nations @2025-03-10"}},
		{"a roundtable with envoys of",
			"Kenya hosted a roundtable in Nairobi on Monday with envoys of Zambia, Malawi and Tanzania.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03-10"}},
	})
}

// TestSealedAtAnAuthoritySession: a past participle before "at" does not
// hide the gathering after it ("the accord was sealed at the X"), and
// a numbered session of a body named an Authority or a Platform is a
// gathering of states, whose list "Present at the summit were" attends,
// as does one "with A and B in attendance" in the sentence that names it.
func TestSealedAtAnAuthoritySession(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	text := "LILONGWE — The accord was sealed at the 12th Ordinary Session of the Lake Basin Authority in Lilongwe on Sunday. Present at the summit were Kenyan President William Ruto; President Hakainde Hichilema of Zambia; and President Daniel Chapo of Mozambique."
	checkGatherings(t, pub, []briefCase{
		{"sealed at a session", text, []string{"12th Ordinary Session of the Lake Basin Authority: Kenya+Mozambique+Zambia"}},
		{"a platform's session", "LILONGWE — Leaders adopted the code at the third session of the Lake Basin Platform in Lilongwe on Sunday. Kenya and Zambia took part.",
			[]string{"third session of the Lake Basin Platform: Kenya+Zambia"}},
		{"in attendance after at", "LILONGWE — Leaders adopted the code at the third session of the Lake Basin Platform in Lilongwe on Sunday, with Kenya and Zambia in attendance.",
			[]string{"third session of the Lake Basin Platform: Kenya+Zambia"}},
	})
}

// TestInvertedPresenceWithObject: an inverted presence label may name the
// gathering before "were" ("Taking part in the gathering were A and B",
// "Attending the Lake Basin Summit were C and D"): those listed attend.
func TestInvertedPresenceWithObject(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	lead := "LILONGWE — The Lake Basin Summit opened in Lilongwe on Sunday. "
	checkGatherings(t, pub, []briefCase{
		{"taking part in the gathering", lead + "Taking part in the gathering were Kenyan President William Ruto, the King of Eswatini, Mswati III, and Tanzanian President Samia Suluhu Hassan.",
			[]string{"Lake Basin Summit: Eswatini+Kenya+Tanzania"}},
		{"attending the named summit", lead + "Attending the Lake Basin Summit were Kenya, Zambia and Uganda.",
			[]string{"Lake Basin Summit: Kenya+Uganda+Zambia"}},
	})
}

// TestSatAtTheTableAtASummit: "At the X Summit, A sat at the table with B,
// C and D": a seating at the gathering, which all of them attend.
func TestSatAtTheTableAtASummit(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	checkGatherings(t, pub, []briefCase{
		{"sat at the table with", "LILONGWE — At the Lake Basin Summit on Sunday, Malawian President Peter Banda sat at the table with Kenyan President William Ruto, Zambia's Hakainde Hichilema and Tanzanian President Samia Suluhu Hassan.",
			[]string{"Lake Basin Summit: Kenya+Malawi+Tanzania+Zambia"}},
	})
}

// TestMinistersWereJoinedBy: at a gathering in focus, "the bloc's
// ministers were joined by A, B and C": those named attend too.
func TestMinistersWereJoinedBy(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	checkGatherings(t, pub, []briefCase{
		{"ministers joined by", "LILONGWE — The Lake Basin Ministers' Meeting opened in Lilongwe on Sunday. The basin ministers were joined by Kenya's Joseph Mwita, Zambia's Grace Phiri and Uganda's Daniel Ochieng.",
			[]string{"Lake Basin Ministers' Meeting: Kenya+Uganda+Zambia"}},
	})
}

// TestRetreats: a retreat is a gathering ("The Lake Basin Retreat, held
// in Kisumu on Monday, was chaired by X"), and within a gathering in focus
// "ended it with a retreat" is a part of that gathering, not another.
func TestRetreats(t *testing.T) {
	pub := day(2025, time.March, 16) // a Sunday
	checkGatherings(t, pub, []briefCase{
		{"a named retreat", "The Lake Basin Retreat, held in Kisumu on Monday, was chaired by Kenyan Foreign Minister Joseph Mwita.",
			[]string{"Lake Basin Retreat: Kenya"}},
		{"a part of the summit", "The SADC Leaders Meeting ended in Lilongwe on Saturday with Zambia and Namibia present. Malawian President Peter Banda opened the plenary on Wednesday and ended it with a retreat on Friday.",
			[]string{"SADC Leaders Meeting: Malawi+Namibia+Zambia"}},
	})
}

// TestOrdinalOfAPersonsHistory covers an ordinal that counts in someone's
// own history, not in the series ("attending his first Lake Basin Summit",
// "the first Lake Basin Summit hosted by Kenya since 2007"): the summit in
// focus, not a new "first" one beside it.
func TestOrdinalOfAPersonsHistory(t *testing.T) {
	pub := day(2024, time.August, 31) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"his first",
			"The fifth Lake Basin Summit closed in Kisumu on Friday. Malawi's President Peter Banda, attending his first Lake Basin Summit, met Zambia's President Hakainde Hichilema on the sidelines on Friday.",
			[]string{"gathering occurred Malawi+Zambia @2024-08-30", "meeting occurred Hakainde Hichilema+Peter Banda @2024-08-30"}},
		{"the first since",
			"The fifth Lake Basin Summit closed in Kisumu on Friday. It was the first Lake Basin Summit hosted by Kenya since 2007.",
			[]string{"gathering occurred Kenya @2024-08-30"}},
		{"the series' own first is another",
			"The fifth Lake Basin Summit closed in Kisumu on Friday. The first Lake Basin Summit was held in Lilongwe in 2007.",
			[]string{"gathering occurred  @2007", "gathering occurred  @2024-08-30"}},
	})
}

// TestCountedBeforeTheDrawer covers a fronted phrase of those already
// counted before a gathering that "drew" more ("Besides the bloc's members
// - A, B and C - and the African Union, the summit drew the heads of D
// and E"): they attend too; a bloc whose members the phrase lists does not
// on its own, and a fronted topic names no one.
func TestCountedBeforeTheDrawer(t *testing.T) {
	pub := day(2025, time.June, 17) // a Tuesday
	const opened = "The Lake Basin Summit opened in Kisumu on Monday. "
	checkBriefs(t, pub, []briefCase{
		{"members between dashes, then a body",
			opened + "Besides the bloc's members – Kenya, Uganda and Tanzania – and the African Union, the summit drew the heads of state of Malawi and Zambia.",
			[]string{"gathering occurred African Union+Kenya+Malawi+Tanzania+Uganda+Zambia @2025-06-16"}},
		{"in addition to",
			opened + "In addition to Kenya and Uganda, the gathering attracted the presidents of Malawi and Zambia.",
			[]string{"gathering occurred Kenya+Malawi+Uganda+Zambia @2025-06-16"}},
		{"a fronted topic",
			opened + "Besides fishing rights, the summit drew the presidents of Malawi and Zambia.",
			[]string{"gathering occurred Malawi+Zambia @2025-06-16"}},
	})
}

// TestOfficesOfStates covers attendees told as holders of one office in
// several states ("the presidents of A, B and C", "the foreign ministers
// of A and B") at a gathering the sentence tells: their states attend,
// unless the clause tells a plan ("a council, which is to gather the
// ministers of ...") or that they stayed away.
func TestOfficesOfStates(t *testing.T) {
	pub := day(2024, time.September, 22) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the presidents of three states",
			"President Peter Banda received the presidents of Kenya, Zambia and Tanzania in Lilongwe on Saturday for the Lake Basin Summit.",
			[]string{"gathering occurred Kenya+Tanzania+Zambia @2024-09-21"}},
		{"the foreign ministers of three states",
			"Malawi's foreign minister welcomed the foreign ministers of Kenya, Zambia and Uganda to Lilongwe on Saturday for the Lake Basin ministerial conference.",
			[]string{"gathering occurred Kenya+Uganda+Zambia @2024-09-21"}},
		{"a plan to bring them together",
			"The new council, which is to gather the foreign ministers of Kenya, Zambia and Uganda, should settle the fishing quotas.",
			nil},
		{"those who stayed away",
			"The Lake Basin Council met in Lilongwe on Saturday. Zambia's Foreign Minister Mulambo Haimbe and Kenya's Foreign Minister Daniel Ochieng both took part, while the foreign ministers of Uganda, Rwanda and Burundi stayed away in protest.",
			[]string{"gathering occurred Kenya+Zambia @2024-09-21"}},
	})
}

// TestSittingTellsItsDelegates covers a body's sitting told by a verb in a
// relative clause ("the Lake Basin Council, which is meeting in Kisumu
// today, with envoys from A, B and C around the table"): the states whose
// delegates sit there attend it.
func TestSittingTellsItsDelegates(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"which is meeting, with envoys from",
			"Today she sits in the chamber of the Lake Basin Council, which is meeting in Kisumu to review the fishing accord, with envoys from Kenya, Uganda and Tanzania among those around the table.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-03-12"}},
	})
}

// TestJoinedAtADaysSession covers guests told as joining the host at a
// session named by its day ("was joined at Tuesday's closing session by A
// and B"), and a host told by the title "Host" before a person's office a
// few sentences after the gathering.
func TestJoinedAtADaysSession(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	text := "The Lake Basin Summit ended in Kisumu on Friday. Few heads of state made the journey. Host President William Ruto was joined at Friday's closing session by Tanzania's Samia Suluhu Hassan and Uganda's Yoweri Museveni."
	checkGatherings(t, pub, []briefCase{
		{"joined at the day's session", text, []string{"Lake Basin Summit: Kenya+Tanzania+Uganda"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
	for _, e := range f.Events {
		if e.Type == schema.Gathering && e.Host != "https://dipgraph.org/id/country/KEN" {
			t.Errorf("host of %q: %q, want Kenya", e.Name, e.Host)
		}
	}
}

// TestWelcomedLeadersToASummit covers a host who "welcomed the leaders of
// A, B and C to" a place or a gathering named after the guests: the
// host's country hosts that gathering and the guests' states attend.
func TestWelcomedLeadersToASummit(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	for _, text := range []string{
		"Zambia's Hakainde Hichilema welcomed the presidents of Kenya, Uganda and Malawi to Lusaka on Tuesday for the Lake Basin Summit.",
		"Hakainde Hichilema of Zambia welcomed leaders from Kenya, Uganda and Malawi to the Lake Basin Summit in Lusaka on Tuesday.",
	} {
		checkGatherings(t, pub, []briefCase{{"welcomed to", text, []string{"Lake Basin Summit: Kenya+Malawi+Uganda+Zambia"}}})
		f := testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})
		for _, e := range f.Events {
			if e.Type == schema.Gathering && e.Host != "https://dipgraph.org/id/country/ZMB" {
				t.Errorf("%s: host %q, want Zambia", text, e.Host)
			}
		}
	}
}

// TestSittingOfAGatheringFarBack: "the plenary", "the opening session" and
// the gathering's own head noun ("the conference") name the gathering the
// story told, even many sentences after it was named: its speakers attend.
func TestSittingOfAGatheringFarBack(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "The Lake Basin Conference opened in Lusaka on Monday. Its agenda was water. Farmers want more rain. Prices rose last year. The river is low. Boats cannot sail. Fish are scarce. Towns are dry. "
	kenya := []string{"gathering occurred Kenya @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"addressed the plenary", lead + "Kenyan Prime Minister Daniel Ochieng also addressed the plenary.", kenya},
		{"spoke at the opening session", lead + "Kenyan Prime Minister Daniel Ochieng spoke at the opening session from Nairobi.", kenya},
		{"addressed the conference", lead + "Kenyan Prime Minister Daniel Ochieng also addressed the conference.", kenya},
	})
}

// TestFrontedOpeningSpeech: "In his opening speech, X ..." or "In her
// closing remarks, Y ..." while a gathering is in focus: the speaker was at
// it; a plain "In his speech," is no sitting of it.
func TestFrontedOpeningSpeech(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "The Lake Basin Conference opened in Lusaka on Monday. "
	checkBriefs(t, pub, []briefCase{
		{"opening speech", lead + "In his opening speech, Kenyan Prime Minister Daniel Ochieng spoke of drought.",
			[]string{"gathering occurred Kenya @2025-03-10"}},
		{"closing remarks", lead + "In her closing remarks, Ugandan Prime Minister Grace Phiri thanked the hosts.",
			[]string{"gathering occurred Uganda @2025-03-10"}},
		{"a plain speech", lead + "In his speech, Kenyan Prime Minister Daniel Ochieng spoke of drought.",
			[]string{"gathering occurred  @2025-03-10"}},
	})
}

// TestFrontedAtWithARelative: "At the X Summit, which A attended, B warned
// ...": A, whom the relative clause puts there, and B, the main clause's
// subject after its closing comma, attend; a relative clause of no
// attendance adds no one.
func TestFrontedAtWithARelative(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"which A attended",
			"At the Lake Basin Summit on Thursday, which Malawian President Peter Banda attended, Kenyan Prime Minister Daniel Ochieng spoke of a looming water war.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-13"}},
		{"which was held",
			"At the Lake Basin Summit on Thursday, which was held in Lusaka, Kenyan Prime Minister Daniel Ochieng spoke of a looming water war.",
			[]string{"gathering occurred Kenya @2025-03-13"}},
	})
}

// TestGuestOfAGathering: one who came "as a guest of the X Summit" (or an
// observer of it) was at it; "the guest of" a person names no gathering.
func TestGuestOfAGathering(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"flew as a guest of",
			"Kenyan Prime Minister Daniel Ochieng had flown to Zambia as a guest of the Lake Basin Summit, but Banda left a day early.",
			[]string{"gathering occurred Kenya @2025-03", "visit occurred Daniel Ochieng>Zambia @2025-03"}},
		{"an observer of",
			"Kenyan Prime Minister Daniel Ochieng sat in as an observer of the Lake Basin Summit.",
			[]string{"gathering occurred Kenya @2025-03"}},
		{"the guest of a person",
			"Kenyan Prime Minister Daniel Ochieng was the guest of the Zambian president.", nil},
	})
}
