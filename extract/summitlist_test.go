package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestHeadsOfStatePresent: a list "among the heads" of state or of
// government who were present or seated attends the gathering in focus,
// which may be named before a long relative clause that gives its host.
func TestHeadsOfStatePresent(t *testing.T) {
	pub := day(2025, time.August, 18) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"long relative clause", "The fifth summit of the Indian Ocean Commission, which Madagascar hosted on Saturday in Antananarivo under the chairmanship of President Andry Rajoelina, closed with a communique. Seychelles President Patrick Herminie and Mauritian Prime Minister Navin Ramgoolam were among the heads of government present.",
			[]string{"gathering occurred Madagascar+Mauritius+Seychelles @2025-08"}},
		{"heads of state seated", "The tenth SADC summit closed in Lusaka on Saturday. Namibia's Netumbo Nandi-Ndaitwah was among the heads of state seated in the front row.",
			[]string{"gathering occurred Namibia+Southern African Development Community @2025-08-16"}},
		{"heads who spoke later", "The tenth SADC summit closed in Lusaka on Saturday. Namibia's Netumbo Nandi-Ndaitwah and Angola's Joao Lourenco were among the heads of government who later criticised the tariffs.",
			[]string{"gathering occurred Southern African Development Community @2025-08-16"}},
	})
}

// TestBodyTheLexiconLacks: a body the lexicon does not know, named whole
// with an organisation word ("Group", "Commission", "States") at its end,
// or its leaders, that "held its (their) annual meeting" convenes a
// gathering, which those who "took part" in the next sentence attend;
// "the Group" alone, or a meeting still to come, is none.
func TestBodyTheLexiconLacks(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const took = " Malawi's President Peter Banda and Zambia's President Hakainde Hichilema took part."
	checkBriefs(t, pub, []briefCase{
		{"the body held its meeting", "The Lake Basin Group held its annual meeting at a Kisumu hotel on Thursday." + took,
			[]string{"gathering occurred Malawi+Zambia @2025-03-13"}},
		{"its leaders, an acronym", "Leaders of the Lake Basin Commission (LBC) held their yearly meeting in Kisumu on Thursday." + took,
			[]string{"gathering occurred Malawi+Zambia @2025-03-13"}},
		{"States at the end", "The Small Lake States held their annual summit in Kisumu on Thursday." + took,
			[]string{"gathering occurred Malawi+Zambia @2025-03-13"}},
		{"the Group alone", "The Group held its annual meeting in Kisumu on Thursday." + took, nil},
		{"a meeting to come", "The Lake Basin Group will hold its annual meeting in Kisumu next week.", nil},
	})
}

// TestMultilateralMeeting: a meeting told as multilateral is a gathering
// of all it was held with and of the countries whose officials came along,
// not one meeting of the host with each.
func TestMultilateralMeeting(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"hosted, along with officials", "Kenyan President Daniel Ochieng hosted a multilateral meeting on Sudan with Ethiopian premier Abiy Ahmed, Ugandan President Yoweri Museveni and Djiboutian President Ismail Omar Guelleh on Saturday, along with senior officials from Egypt and Qatar.",
			[]string{"gathering occurred Djibouti+Egypt+Ethiopia+Kenya+Qatar+Uganda @2025-03-08"}},
		{"chaired, with after the date", "Kenyan President Daniel Ochieng chaired a multilateral session on Sudan on Saturday with Ethiopian premier Abiy Ahmed and Ugandan President Yoweri Museveni.",
			[]string{"gathering occurred Ethiopia+Kenya+Uganda @2025-03-08"}},
		{"bilateral stays a meeting", "Kenyan President Daniel Ochieng held a bilateral meeting on Sudan with Ethiopian premier Abiy Ahmed on Saturday.",
			[]string{"meeting occurred Abiy Ahmed+Daniel Ochieng @2025-03-08"}},
	})
}

// TestOpenDebate: an open or high-level debate of states is a gathering;
// those who "took the floor" or spoke "at the outset of the debate" attend
// it; a debate over a policy is none.
func TestOpenDebate(t *testing.T) {
	pub := day(2024, time.July, 18) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"chaired, took the floor, spoke at the outset", "UNITED NATIONS - Brazil's foreign minister Mauro Vieira chaired a Security Council open debate on climate and security on Tuesday. Kenya's ambassador Martin Kimani and India's ambassador Ruchira Kamboj took the floor, along with 50 other member states. Chile's ambassador Paula Narvaez spoke at the outset of the debate.",
			[]string{"gathering occurred Brazil+Chile+India+Kenya @2024-07-16"}},
		{"a debate over tariffs", "Brazilian senator Paulo Paim chaired a debate over tariffs on Tuesday. Senator Flavio Arns took the floor.", nil},
	})
}

// TestCountriesInBrackets: a list of leaders each followed by their
// country in brackets attends; a name before a bracketed short form is
// still no person.
func TestCountriesInBrackets(t *testing.T) {
	pub := day(2023, time.October, 13) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"took part", "ACCRA - The ECOWAS summit was held today in Accra. Adama Barrow (Gambia), Umaro Sissoco Embalo (Guinea-Bissau) and Julius Maada Bio (Sierra Leone) took part in person.",
			[]string{"gathering occurred Gambia+Guinea-Bissau+Sierra Leone @2023-10-13"}},
	})
}

// TestSpeakersFromTheFloor: those who spoke from the podium or addressed
// the hall of the gathering in focus attend it.
func TestSpeakersFromTheFloor(t *testing.T) {
	pub := day(2025, time.September, 23) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"podium and hall", "World leaders gathered at the Palais des Nations in Geneva on Monday for the donor conference on Sudan. Norway's Prime Minister Jonas Gahr Store and Ireland's Taoiseach Micheal Martin both spoke from the podium. Sudanese Prime Minister Kamil Idris addressed the hall by video.",
			[]string{"gathering occurred Ireland+Norway+Sudan @2025-09-22"}},
		{"a hall with no gathering", "Norway's Prime Minister Jonas Gahr Store addressed the hall of a Bergen school on Monday.", nil},
	})
}

// TestHeadsOfStateOfABloc: "Heads of State of the X (XC) met" is a
// gathering of the bloc, and those "around the host" attend it.
func TestHeadsOfStateOfABloc(t *testing.T) {
	pub := day(2024, time.December, 17) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"heads of state of a bloc, around the host", "PORT LOUIS - Heads of State of the Indian Ocean Commission (IOC) met in extraordinary session yesterday, hosted by Mauritian Prime Minister Navin Ramgoolam. Around the host were Presidents Andry Rajoelina of Madagascar and Patrick Herminie of Seychelles, as well as Comorian President Azali Assoumani.",
			[]string{"gathering occurred Comoros+Madagascar+Mauritius+Seychelles @2024-12-16"}},
	})
}

// TestRegionalLeadersMeeting: "African leaders wrapped up an emergency
// session in Nairobi" is a gathering; those "around the table" and those
// who "also took part" attend it.
func TestRegionalLeadersMeeting(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"region's leaders", "African leaders wrapped up an emergency session in Nairobi on Monday with no joint statement. Around the table sat Ugandan President Yoweri Museveni, Rwandan President Paul Kagame and Tanzanian President Samia Suluhu Hassan. AU Commission chief Mahmoud Ali Youssouf also took part.",
			[]string{"gathering occurred African Union+Rwanda+Tanzania+Uganda @2025-02-17"}},
		{"a region's leaders debating", "African leaders ended a debate over tariffs on Monday.", nil},
	})
}

// TestHeldRelative: a named gathering followed by a passive "held" of its
// own (a reduced relative or "which was held") took place; a host given by
// a second participle after "and" attends, and those listed as attending
// later join it. A future "will be held" and an unnamed meeting are none.
func TestHeldRelative(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"reduced relative, venue and host", "The loan was approved at the close of the 19th Ordinary Session of the Lakes Authority, held at the Unity Conference Hall, Lusaka, and hosted by Zambia. Among those attending were President Lazarus Chakwera of Malawi and President Duma Boko of Botswana.",
			[]string{"gathering occurred Botswana+Malawi+Zambia @2025-03"}},
		{"which was held", "Ministers signed the pact at the Third Ocean Ministerial, which was held in Apia on Friday. Fiji sent its foreign minister.",
			[]string{"gathering occurred Fiji @2025-03-07"}},
		{"which was held, as the subject", "The Fourth Reef Summit, which was held in Apia on Friday, closed with a pact.",
			[]string{"gathering occurred  @2025-03-07"}},
		{"which will be held", "Ministers will sign the pact at the Third Ocean Ministerial, which will be held in Apia next week.", nil},
		{"an unnamed meeting", "The meeting, held behind closed doors in Apia, lasted three hours.", nil},
	})
}

// TestJoiningAndGuests: "Joining them (at the table) were" lists more of
// those at the gathering in focus; "among invited guests" needs no
// determiner; a session owned by a past day ("Tuesday's closing session")
// is a part of the gathering in focus, not a gathering of its own. A
// journey joined is no attendance.
func TestJoiningAndGuests(t *testing.T) {
	pub := day(2025, time.June, 18) // a Wednesday
	const opening = "Baltic and Nordic leaders opened their yearly summit in Tallinn on Monday, hosted by Estonia. "
	checkBriefs(t, pub, []briefCase{
		{"joining them at the table", opening + "Joining them at the table on the second day were Polish Prime Minister Donald Tusk and Dutch Prime Minister Dick Schoof.",
			[]string{"gathering occurred Estonia+Netherlands+Poland @2025-06-16"}},
		{"joining him on the trip", opening + "Joining him on the trip were Polish Prime Minister Donald Tusk and Dutch Prime Minister Dick Schoof.",
			[]string{"gathering occurred Estonia @2025-06-16"}},
		{"among invited guests", opening + "Polish Prime Minister Donald Tusk and Dutch Prime Minister Dick Schoof were among invited guests.",
			[]string{"gathering occurred Estonia+Netherlands+Poland @2025-06-16"}},
		{"a past day's session", opening + "Polish Prime Minister Donald Tusk and Dutch Prime Minister Dick Schoof took part in Tuesday's closing session.",
			[]string{"gathering occurred Estonia+Netherlands+Poland @2025-06-16"}},
	})
}

// TestOpenAndWelcomed: a named gathering that "is (now, formally) open"
// or "is under way" runs on the day of writing; a host who welcomed "the
// presidents of A and B" or "visiting leaders from C" to it has them
// attend, and attends; welcoming a proposal is no attendance.
func TestOpenAndWelcomed(t *testing.T) {
	pub := day(2025, time.October, 26) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"now formally open", "The 12th Lakes Summit is now formally open in Kigali. Rwandan President Paul Kagame welcomed the presidents of Uganda and Burundi.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2025-10-26"}},
		{"under way, visiting leaders", "The 12th Lakes Summit is under way in Kigali. Rwandan President Paul Kagame welcomed visiting leaders from Uganda and Burundi to the talks.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2025-10-26"}},
		{"welcomed a proposal", "The 12th Lakes Summit is under way in Kigali. Rwandan President Paul Kagame welcomed the proposal of Uganda.",
			[]string{"gathering occurred  @2025-10-26"}},
	})
}

// TestWelcomedToSummit: a host who welcomed two or more guests to a
// summit (or to its venue for it), or to the gathering in focus, has
// them attend it with the host's country, and meets none of them in
// pairs; leaders who "all spoke" at a forum gave speeches, no talks.
func TestWelcomedToSummit(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"welcomed to the summit", "Ghanaian President John Mahama welcomed Togolese leader Faure Gnassingbe and Ivorian President Alassane Ouattara to the ECOWAS summit in Accra on Tuesday.",
			[]string{"gathering occurred Ghana+Ivory Coast+Togo @2025-03-11"}},
		{"to the venue for the summit", "Ghanaian President John Mahama welcomed Togolese leader Faure Gnassingbe and Ivorian President Alassane Ouattara to the Jubilee House for the summit on Tuesday.",
			[]string{"gathering occurred Ghana+Ivory Coast+Togo @2025-03-11"}},
		{"welcomed one guest to the palace", "Ghanaian President John Mahama welcomed Togolese leader Faure Gnassingbe to the Jubilee House on Tuesday.",
			[]string{"meeting occurred Faure Gnassingbe+John Mahama @2025-03-11"}},
		{"all spoke at a forum", "At an investment forum on Tuesday, John Mahama, Faure Gnassingbe and Alassane Ouattara all spoke in person.", nil},
	})
}

// TestLabelWithAWordInside: a presence label with a word inside it
// ("Around the conference table on Monday were") lists attendees like the
// bare one.
func TestLabelWithAWordInside(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"around the conference table", "Andean leaders opened a summit in Lima on Monday, hosted by Peru. Around the conference table on Monday were Ecuador's Daniel Noboa and Colombia's Gustavo Petro.",
			[]string{"gathering occurred Colombia+Ecuador+Peru @2025-03-10"}},
	})
}

// TestLabelWithAPlace: a presence label closed by the place of the sitting
// ("Around the table at Kabwe House were", "Seated at the table in Lusaka
// on Tuesday were") lists attendees like the bare one.
func TestLabelWithAPlace(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Zambian President Hakainde Hichilema hosted the Lake Basin Summit in Lusaka on Tuesday. "
	all := []string{"gathering occurred Kenya+Malawi+Tanzania+Uganda+Zambia @2025-03-11"}
	checkBriefs(t, pub, []briefCase{
		{"around the table at a house", lead + "Around the table at Kabwe House were Kenya's William Ruto, Malawi's Peter Banda and the presidents of Tanzania and Uganda.", all},
		{"seated, in the named house", lead + "Seated at the table in the Kabwe State House were Kenya's William Ruto, Malawi's Peter Banda and the presidents of Tanzania and Uganda.", all},
		{"in a city on a day", lead + "Around the table in Lusaka on Tuesday were Kenya's William Ruto, Malawi's Peter Banda and the presidents of Tanzania and Uganda.", all},
	})
}

// TestBroughtFaceToFace: a gathering that "brought X face to face with
// envoys of A and B" has them all attend; a plural's apostrophe
// inside its name ("Foreign Ministers' Meeting") keeps the whole name.
func TestBroughtFaceToFace(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"face to face", "The third Indian Ocean Foreign Ministers' Meeting, organised by Mauritius, brought Indian Foreign Minister Subrahmanyam Jaishankar face to face with envoys of Seychelles, Madagascar and the Comoros.",
			[]string{"gathering occurred Comoros+India+Madagascar+Mauritius+Seychelles @2025-03"}},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: "The third Indian Ocean Foreign Ministers' Meeting, organised by Mauritius, brought Indian Foreign Minister Subrahmanyam Jaishankar face-to-face with envoys of Seychelles and Madagascar."})
	for _, e := range f.Events {
		if e.Type == schema.Gathering && !strings.Contains(e.Name, "Foreign Ministers' Meeting") {
			t.Errorf("gathering named %q, want the whole name", e.Name)
		}
	}
}

// TestQuestionHeadingLists: in an explainer, the bullets under a heading
// that asks who is there list those attending the gathering in focus; a
// heading that asks of the future or of those away adds no one.
func TestQuestionHeadingLists(t *testing.T) {
	pub := day(2025, time.February, 21) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"who was in the room",
			"Coastal states' fisheries ministers convened in Durban on Thursday for their yearly session.\n\nWho was in the room?\n\n- Chile's Foreign Minister Ana Reyes.\n- Peru and Bolivia, through their ambassadors.\n- The African Union.\n\nWhat did they say?\n\n- Uruguay's envoy praised the hosts.",
			[]string{"gathering occurred African Union+Bolivia+Chile+Peru @2025-02-20"}},
		{"who attended",
			"Coastal states' fisheries ministers convened in Durban on Thursday for their yearly session.\n\nWho attended?\n\n- Ghana\n- Kenya",
			[]string{"gathering occurred Ghana+Kenya @2025-02-20"}},
		{"who will attend is a question of the future",
			"Coastal states' fisheries ministers convened in Durban on Thursday for their yearly session.\n\nWho will attend the next one?\n\n- Ghana\n- Kenya",
			[]string{"gathering occurred  @2025-02-20"}},
		{"who stayed away",
			"Coastal states' fisheries ministers convened in Durban on Thursday for their yearly session.\n\nWho stayed away?\n\n- Ghana\n- Kenya",
			[]string{"gathering occurred  @2025-02-20"}},
	})
}

// TestGatheringRanOn: "ran on <day>", "unfolded" tell that a gathering
// took place, as "was held" does, and a plural name takes its list too.
func TestGatheringRanOn(t *testing.T) {
	pub := day(2024, time.May, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"ran on", "The 12th Andean Forum Summit ran on Wednesday in Lima. Leaders from Chile, Peru and Ecuador took part.",
			[]string{"gathering occurred Chile+Ecuador+Peru @2024-05-08"}},
		{"two numbered summits ran", "The 12th and 13th Andean Forum Summits ran in Lima over Wednesday and Thursday. Leaders from Chile and Peru took part.",
			[]string{"gathering occurred Chile+Peru @2024-05-08"}},
		{"unfolded", "The Andean Forum Summit unfolded in Lima on Wednesday. Ministers or their deputies from Chile and Peru took part.",
			[]string{"gathering occurred Chile+Peru @2024-05-08"}},
	})
}

// TestChairWelcomedMany: the chair of a summit told in the sentence before
// who "welcomed" a long list of leaders welcomed its attendees, however
// many, with no city or "to the summit" in the sentence.
func TestChairWelcomedMany(t *testing.T) {
	pub := day(2024, time.October, 12) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"six guests", "Coastal leaders converged on Limassol on Friday for the Sea Forum summit. Its chair, President Ana Reyes, welcomed Italian Prime Minister Carl Dunn, French President Dora Mills, Portuguese Prime Minister Eva Paz, Croatian Prime Minister Ivo Kralj, Greek Prime Minister Nikos Vlahos and Maltese Prime Minister Tom Borg.",
			[]string{"gathering occurred Croatia+France+Greece+Italy+Malta+Portugal @2024-10-11"}},
		{"three guests", "Coastal leaders converged on Limassol on Friday for the Sea Forum summit. Its chair, President Ana Reyes, welcomed Italian Prime Minister Carl Dunn, French President Dora Mills and Croatian Prime Minister Ivo Kralj.",
			[]string{"gathering occurred Croatia+France+Italy @2024-10-11"}},
	})
}

// TestMeetingOfABodyHeld: "a meeting of the X Council, held on Wednesday in
// Y" tells the gathering happened, and those who then attend it are its
// attendees, however the sentence brought it in.
func TestMeetingOfABodyHeld(t *testing.T) {
	pub := day(2025, time.May, 23) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"after a verb of coinciding", "Her stay coincided with a session of the Lake Basin Water Council, held on Wednesday in Santiago. Peru's foreign minister, Carl Dunn, attended.",
			[]string{"gathering occurred Peru @2025-05-21"}},
		{"after a preposition", "She was in Santiago for a meeting of the Lake Basin Water Council, held there on Wednesday. Peru's foreign minister, Carl Dunn, took part.",
			[]string{"gathering occurred Peru @2025-05-21"}},
	})
}

// TestAttendedInPersonIncluded: "Presidents who attended in person
// included A, B and C" lists the attendees of the gathering in focus, and
// an aside "attending her last summit before ..." is that gathering, not
// another.
func TestAttendedInPersonIncluded(t *testing.T) {
	pub := day(2024, time.December, 16) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"in person, with an aside", "The 12th Lake Basin Leaders' Summit was held in Lima on Sunday. Presidents who attended in person included Chile's Ana Reyes, attending her last summit before leaving office, Peru's Carl Dunn and Ecuador's Eva Paz.",
			[]string{"gathering occurred Chile+Ecuador+Peru @2024-12-15"}},
		{"in person", "The 12th Lake Basin Leaders' Summit was held in Lima on Sunday. Leaders who took part in person included Chile's Ana Reyes and Peru's Carl Dunn.",
			[]string{"gathering occurred Chile+Peru @2024-12-15"}},
	})
}

// TestTradeSummitByName: a proper name with "Trade" in it ("the Pacific
// Trade Summit") names a gathering states may attend, and its first word
// is no one's name; a lower-case "trade conference" stays an industry's.
func TestTradeSummitByName(t *testing.T) {
	pub := day(2023, time.October, 18) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"proper name", "Bolivian President Luis Arce attended the Pacific Trade Summit in Lima on Tuesday.",
			[]string{"gathering occurred Bolivia @2023-10-17"}},
		{"two capitalised words before the noun", "Bolivian President Luis Arce attended the Coastal Trade Ministers Forum in Lima on Tuesday.",
			[]string{"gathering occurred Bolivia @2023-10-17"}},
		{"an industry's", "Bolivian President Luis Arce attended a trade conference in Lima on Tuesday.",
			nil},
	})
}

// TestNumberedRegionalForum: "the third Andean Energy Forum" is a gathering
// whoever addressed or attended it; a numbered sitting of a state's own body
// ("the eighth Supreme People's Assembly") is none.
func TestNumberedRegionalForum(t *testing.T) {
	pub := day(2023, time.October, 18) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"attended", "Bolivian President Luis Arce attended the third Andean Energy Forum in Lima on Tuesday.",
			[]string{"gathering occurred Bolivia @2023-10-17"}},
		{"spoke at", "Bolivian President Luis Arce spoke at the fourth Amazonian Water Forum in Lima on Tuesday.",
			[]string{"gathering occurred Bolivia @2023-10-17"}},
		{"a state's own body", "Bolivian President Luis Arce addressed the eighth Supreme People's Assembly in Pyongyang on Tuesday.",
			nil},
	})
}

// TestSubjectGatheringPastRelativeCommas: a named gathering that opens its
// sentence before a relative clause holding commas of its own ("which
// brings together A, B and C,") is still the subject of the verb after it.
func TestSubjectGatheringPastRelativeCommas(t *testing.T) {
	pub := day(2025, time.April, 29) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"relative with a list", "The tenth summit of the Lake Basin Initiative (LBI), which groups the states around the Victoria, Albert and Kivu lakes, closed in Kampala on Tuesday. Leaders of Kenya, Tanzania and Rwanda took part.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania @2025-04-29"}},
	})
}

// TestGatheringBetweenStates: a gathering noun followed by "between" or
// "among" three or more states (a summit: two) is a gathering of them, as
// the subject of "was held" or as what someone was in a city for, also at
// home; two states at a dialogue, or one state's government told with a
// possessive, are no gathering of three.
func TestGatheringBetweenStates(t *testing.T) {
	pub := day(2024, time.March, 14) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"summit of three held", "The fifth summit between Chile, Peru and Bolivia was held in Arica on Monday.",
			[]string{"gathering occurred Bolivia+Chile+Peru @2024-03-11"}},
		{"round of talks a group was in a city for", "Both envoys had been in Dushanbe on Tuesday for a further round of talks between Tajikistan, Kyrgyzstan and Uzbekistan.",
			[]string{"gathering occurred Kyrgyzstan+Tajikistan+Uzbekistan @2024-03-12"}},
		{"dialogue among three", "The ministers were in Vientiane on Monday for the third trilateral dialogue among Laos, Thailand and Vietnam.",
			[]string{"gathering occurred Laos+Thailand+Vietnam @2024-03-11"}},
		{"a leader at home for a bloc's summit", "Kenyan President William Ruto was in Mombasa on Monday for a yearly East African Community summit.",
			[]string{"gathering occurred Kenya @2024-03-11"}},
		{"two states at a dialogue", "The dialogue between Chile and Peru was held in Lima on Monday.", nil},
		{"a possessive government is its state", "The talks between Ghana and Togo's military government were held in Lome on Monday.",
			[]string{"meeting occurred Ghana+Togo @2024-03-11"}},
	})
}

// TestGatheringOnAState: an unnamed gathering "on" a state that opens or
// ends is a gathering; its attendees may come in the next sentence after
// a participle phrase with an irregular participle ("held", "led").
func TestGatheringOnAState(t *testing.T) {
	pub := day(2025, time.March, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a meeting on a state, then who came", "The three-day closed meeting on Libya in Tunis ended on Tuesday. The meeting, held behind closed doors at a lakeside hotel, brought together Egyptian Foreign Minister Badr Abdelatty, Algerian Foreign Minister Ahmed Attaf and Tunisian Foreign Minister Mohamed Ali Nafti.",
			[]string{"gathering occurred Algeria+Egypt+Tunisia @2025-03-16"}},
		{"a state's own affairs with another are no gathering on it", "The meeting on Libya's debt with the World Bank ended on Tuesday.", nil},
	})
}

// TestGatheredAMeeting: a person who "gathered" or "assembled" a meeting
// convened it, hosting it for their country; leaders who gathered for a
// summit did not host it.
func TestGatheredAMeeting(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"gathered a meeting", "On Monday, Spanish Prime Minister Pedro Sanchez gathered a crisis meeting at the Moncloa in Madrid. It was attended by Portuguese Prime Minister Luis Montenegro and Moroccan Prime Minister Aziz Akhannouch.",
			[]string{"gathering occurred Morocco+Portugal+Spain @2025-02-17"}},
		{"assembled a meeting", "On Monday, Spanish Prime Minister Pedro Sanchez assembled an urgent meeting in Madrid. Portuguese Prime Minister Luis Montenegro and Moroccan Prime Minister Aziz Akhannouch attended it.",
			[]string{"gathering occurred Morocco+Portugal+Spain @2025-02-17"}},
	})
}

// TestWhichBroughtTogether: a relative clause "which brought together A
// and B" after a gathering noun (past a "hosted by X") names who attended
// it; one in the present tense tells a body's members, no gathering.
func TestWhichBroughtTogether(t *testing.T) {
	pub := day(2025, time.July, 2) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"which brought together, after hosted by", "On Tuesday the envoys held a closed session of Arctic Council ministers hosted by Iceland, which brought together Norway's Foreign Minister Espen Barth Eide and Finland's Foreign Minister Elina Valtonen.",
			[]string{"gathering occurred Finland+Iceland+Norway @2025-07-01"}},
		{"which brings together: members", "A meeting of the border mechanism, which brings together Chad, Niger and Libya, is expected next week.", nil},
	})
}

// TestHostedAtARequest: "at X's request" tells why a gathering was held,
// neither a plan nor a place; arrivals with no place told next are to the
// host's country, unless the host only chairs a body's session.
func TestHostedAtARequest(t *testing.T) {
	pub := day(2024, time.June, 17) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"hosted at a request, then arrivals", "The gathering at a lakeside resort, hosted by Norway at Ghana's request, brought together delegations from 40 countries on Saturday. Leaders began arriving by boat on Saturday morning, among them Kenyan President William Ruto and Chilean President Gabriel Boric.",
			[]string{"gathering occurred Chile+Kenya+Norway @2024-06-15", "visit occurred Gabriel Boric>Norway @2024-06-15", "visit occurred William Ruto>Norway @2024-06-15"}},
		{"a chair is no host", "Ghana's Foreign Minister Samuel Ablakwa chaired an open debate of the Security Council on Tuesday. Peru's Foreign Minister Elmer Schialer flew in for the session.",
			[]string{"gathering occurred Ghana+UN Security Council @2024-06-11"}},
	})
}

// TestPartOfASession covers "concluded the first part of its session": the
// session is the gathering, as when the whole of it is concluded.
func TestPartOfASession(t *testing.T) {
	pub := day(2024, time.May, 4) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"the first part of",
			"The African Union concluded the first part of its 12th session in Addis Ababa on Friday.",
			[]string{"gathering occurred African Union @2024-05-03"}},
		{"the final leg of",
			"The African Union opened the final leg of its 12th session in Addis Ababa on Friday.",
			[]string{"gathering occurred African Union @2024-05-03"}},
	})
}

// TestDrewItself: a gathering stressed with "itself", its name in quotes,
// still draws the attendees the next sentence lists.
func TestDrewItself(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"quoted name, itself, hosted by", "Kenyan President Daniel Ochieng flew to Kisumu on Tuesday. The \"Lake Basin Summit\" itself, hosted by Kenya, drew ministers from a dozen countries. Among those present were Malawian Foreign Minister Peter Banda and Ugandan Foreign Minister Grace Phiri.",
			[]string{"gathering occurred Kenya+Malawi+Uganda @2025-03"}},
		{"bare noun, itself", "The forum itself drew ministers from 30 countries on Tuesday. Among those present was Malawian Foreign Minister Peter Banda.",
			[]string{"gathering occurred Malawi @2025-03-04"}},
	})
}

// TestBroughtTogetherTwoNouns: "It brought together the leaders or
// senior representatives of A, B and C": the countries after both nouns.
func TestBroughtTogetherTwoNouns(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"or senior representatives",
			"The Lake Basin Summit, with Kenya's William Ruto in the chair, took place on Monday in Kisumu. It brought together the leaders or senior representatives of Uganda, Malawi, Zambia and Tanzania.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Uganda+Zambia @2025-03-03"}},
	})
}

// TestLabelledBullets: a label of those present ending a line with a
// colon ("Among them:", "Those present:") puts the parties of the bulleted
// lines under it at the gathering in focus; a plan's label does not.
func TestLabelledBullets(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"among them", "The Lake Basin Summit opened in Kisumu on Tuesday. Delegations came from eleven states. Among them:\n\n- Uganda's President Yoweri Museveni;\n- Rwandan President Paul Kagame and Tanzanian President Samia Suluhu Hassan;\n- Malawian Foreign Minister Peter Banda.",
			[]string{"gathering occurred Malawi+Rwanda+Tanzania+Uganda @2025-03-04"}},
		{"those present", "The Lake Basin Summit opened in Kisumu on Tuesday. Those present:\n\n- Uganda's President Yoweri Museveni\n- Malawian Foreign Minister Peter Banda",
			[]string{"gathering occurred Malawi+Uganda @2025-03-04"}},
		{"a plan's label", "The Lake Basin Summit will open in Kisumu on Friday. Among those expected to attend:\n\n- Uganda's President Yoweri Museveni\n- Malawian Foreign Minister Peter Banda",
			nil},
	})
}

// TestCoChairedPronoun: "It was co-chaired by A and B" after a gathering
// puts both chairs at it, the first as its host.
func TestCoChairedPronoun(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"two countries", "The Lake Basin Summit opened in Kisumu on Tuesday. It was co-chaired by Kenya and Malawi.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-04"}},
		{"two leaders", "The Lake Basin Summit opened in Kisumu on Tuesday. It was co-chaired by President Daniel Ochieng of Kenya and President Peter Banda of Malawi.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-04"}},
	})
}

// TestDelegationsPresentFrom: "delegations were present from A and B"
// after a gathering told just before puts A and B at it; before any
// gathering it names none.
func TestDelegationsPresentFrom(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the sentence after", "The Lake Basin Forum opened in Kisumu on Tuesday. Government delegations were present from Kenya, Uganda and Rwanda, among others.",
			[]string{"gathering occurred Kenya+Rwanda+Uganda @2025-03-04"}},
		{"no gathering told", "Government delegations were present from Kenya, Uganda and Rwanda.", nil},
	})
}

// TestWelcomedAlongWith: a host who welcomed two leaders "along with" more
// at the summit in focus puts all of them at it.
func TestWelcomedAlongWith(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"along with two more", "Kenyan President Daniel Ochieng hosted the Lake Basin Summit in Kisumu on Tuesday. He welcomed Ugandan President Yoweri Museveni and Tanzanian President Samia Suluhu Hassan, along with Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye.",
			[]string{"gathering occurred Burundi+Kenya+Rwanda+Tanzania+Uganda @2025-03-04"}},
	})
}

// TestJoinedSessions: leaders who "joined the sessions" or "joined
// Tuesday's sessions" of the gathering in focus attend it, as those who
// joined one session do.
func TestJoinedSessions(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the sessions", "The Lake Basin Summit opened in Kisumu on Tuesday. Uganda's Yoweri Museveni, Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye joined the sessions.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2025-03-04"}},
		{"a weekday's sessions", "The Lake Basin Summit opened in Kisumu on Monday. Uganda's Yoweri Museveni and Rwanda's Paul Kagame joined Tuesday's sessions.",
			[]string{"gathering occurred Rwanda+Uganda @2025-03-03"}},
	})
}

// TestMinistersFrom: "ministers from A, B and C" (any attendee noun
// before "from") in a sentence that names a gathering attend it.
func TestMinistersFrom(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"ministers from, in the gathering's sentence", "At Tuesday's Lake Basin Summit, hosted by Kenya in Kisumu, ministers from Uganda, Tanzania and Rwanda agreed to pool patrol boats.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania+Uganda @2025-03-04"}},
		{"officials from", "Officials from Uganda, Tanzania and Rwanda met at the Lake Basin Summit in Kisumu on Tuesday.",
			[]string{"gathering occurred Rwanda+Tanzania+Uganda @2025-03-04"}},
		{"a meeting point is a place", "Senior army commanders from Kenya and Malawi held a fifth round of talks on Monday at the Kasumulu meeting point on their border.",
			[]string{"meeting occurred Kenya+Malawi @2025-03-03"}},
	})
}

// TestOfCountryItems: a list whose items each open with "of" and a
// country ("the presidents of A, X; of B, Y; and of C, Z") goes on past
// its semicolons.
func TestOfCountryItems(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"also in the hall were", "The Lake Basin Summit opened in Kisumu on Tuesday. Also in the hall were the leaders of Uganda, Yoweri Museveni; of Tanzania, Samia Suluhu Hassan; and of Rwanda, Paul Kagame, and with them the foreign ministers of Burundi, Albert Shingiro, and of Zambia, Mulambo Haimbe.",
			[]string{"gathering occurred Burundi+Rwanda+Tanzania+Uganda+Zambia @2025-03-04"}},
		{"a semicolon before a new clause still ends it", "The Lake Basin Summit opened in Kisumu on Tuesday. Also present was the president of Uganda, Yoweri Museveni; Tanzania sent no one.",
			[]string{"gathering occurred Uganda @2025-03-04"}},
	})
}

// TestAsWasAttendee: ", as was C" and ", as were C and D" after those
// present at a gathering put C and D there too.
func TestAsWasAttendee(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"as was", "The Lake Basin Summit opened in Kisumu on Tuesday. Uganda's Yoweri Museveni and Rwanda's Paul Kagame were among the leaders present, as was Burundi's Evariste Ndayishimiye.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2025-03-04"}},
		{"as were", "The Lake Basin Summit opened in Kisumu on Tuesday. Uganda's Yoweri Museveni and Rwanda's Paul Kagame were among the guests in the hall, as were Burundi's Evariste Ndayishimiye and Zambia's Hakainde Hichilema.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda+Zambia @2025-03-04"}},
	})
}

// TestParticipationIn: "his participation in the X Summit" told as past
// puts its possessor at the gathering; one confirmed for next week is a
// plan.
func TestParticipationIn(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"after his participation", "Kenyan Foreign Minister Joseph Mwita arrived in Lilongwe on Tuesday after his participation in the Lake Basin Summit in Kisumu on Monday.",
			[]string{"gathering occurred Kenya @2025-03-03", "visit occurred Joseph Mwita>Malawi @2025-03-04"}},
		{"confirmed for next week", "Kenyan Foreign Minister Joseph Mwita confirmed his participation in the Lake Basin Summit in Kisumu next week.",
			[]string{"gathering planned Kenya @2025-03"}},
	})
}

// TestGroupJoinedBy: "the leaders of the bloc were joined by A, B and C"
// puts the named guests at the gathering in focus, as "he was joined by
// ministers and governors from A, B and C" puts their states.
func TestGroupJoinedBy(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"were joined by", "The Lake Basin Summit opened in Kisumu on Tuesday. The leaders of the basin countries were joined by Uganda's Yoweri Museveni, Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye.",
			[]string{"gathering occurred Burundi+Rwanda+Uganda @2025-03-04"}},
		{"two groups from", "Kenyan Finance Minister Joseph Mwita took part in the Lake Basin ministerial meeting on Tuesday, at which he was joined by trade ministers and reserve bank governors from Uganda, Tanzania and Rwanda.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania+Uganda @2025-03-04"}},
		{"no gathering in focus", "The leaders of the basin countries were joined by Uganda's Yoweri Museveni on Tuesday.", nil},
	})
}

// TestWithAroundTheTable: "hosted the X Summit, with A, B and C around
// the table" puts those listed at the gathering that sentence tells.
func TestWithAroundTheTable(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"around the table", "When Kenya's Daniel Ochieng hosted the Lake Basin Summit in Kisumu on Tuesday, with Uganda's Yoweri Museveni, Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye around the table, the Tanzanian leader stayed away.",
			[]string{"gathering occurred Burundi+Kenya+Rwanda+Uganda @2025-03-04"}},
		{"present", "The Lake Basin Summit opened in Kisumu on Tuesday with Rwandan President Paul Kagame and Ugandan President Yoweri Museveni present.",
			[]string{"gathering occurred Rwanda+Uganda @2025-03-04"}},
	})
}

// TestCounterpartsFrom: "met his counterparts from A, B and C" and "for a
// meeting with her counterparts from A and B" are a gathering of the
// subject's and their countries; counterparts named after them, on a call
// or not, are met each (see TestNamedGroups).
func TestCounterpartsFrom(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"met his counterparts from", "Kenyan Foreign Minister Joseph Mwita met his counterparts from Uganda, Tanzania and Rwanda on Tuesday.",
			[]string{"gathering occurred Kenya+Rwanda+Tanzania+Uganda @2025-03-04"}},
		{"for a meeting with her counterparts from", "On Tuesday Kenyan Foreign Minister Grace Phiri was in Kisumu for a meeting with her counterparts from Uganda and Tanzania.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-03-04"}},
		{"a call", "Kenyan President Daniel Ochieng joined a video call on Tuesday with his counterparts from Uganda and Tanzania, Yoweri Museveni and Samia Suluhu Hassan.",
			[]string{"meeting occurred Daniel Ochieng+Samia Suluhu Hassan+Yoweri Museveni (video) @2025-03-04"}},
	})
}

// TestCoChairedTwoSidesMeeting: two chairs of the two countries' named
// meeting, long names and dashes included, met each other: "A and B
// co-chaired the 10th A-B Annual Leaders' Meeting", "A co-chaired the
// annual A – B Defence Ministers' Meeting with B".
func TestCoChairedTwoSidesMeeting(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	want := []string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-03"}
	checkBriefs(t, pub, []briefCase{
		{"both chairs, a long name", "On Monday Kenyan President Joseph Mwita and Malawian President Peter Banda co-chaired the 10th Kenya-Malawi Annual Leaders' Meeting in Nairobi.", want},
		{"one chair with the other, a dash", "On Monday Kenyan Defence Minister Joseph Mwita co-chaired the annual Kenya – Malawi Defence Ministers' Meeting with Malawian Defence Minister Peter Banda.", want},
		{"one chair with the other, a hyphen", "On Monday Kenyan Defence Minister Joseph Mwita co-chaired the annual Kenya-Malawi Defence Ministers' Meeting with Malawian Defence Minister Peter Banda.", want},
	})
}

// TestRunByGathering: a gathering named before an irregular participle's
// phrase ("The tenth X Dialogue, run by A with B, ends today") is the
// subject that unfolds, as one "organized by" is.
func TestRunByGathering(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"run by", "NAIROBI - The tenth Lake Basin Dialogue, run by a think tank with the foreign ministry, closes today at the Serena Hotel after three days of debate.",
			[]string{"gathering occurred  @2025-03-03"}},
	})
}

// TestHadMinistersPresent: states that "had ministers in the room" or
// "had senior delegates present" attend the gathering in focus.
func TestHadMinistersPresent(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"in the room", "The Lake Basin Summit opened in Kisumu on Tuesday. Uganda, Tanzania and Rwanda had ministers in the room; Burundi and Zambia took part by video link.",
			[]string{"gathering occurred Burundi+Rwanda+Tanzania+Uganda+Zambia @2025-03-04"}},
		{"present", "The Lake Basin Summit opened in Kisumu on Tuesday. Uganda and Rwanda had senior delegates present.",
			[]string{"gathering occurred Rwanda+Uganda @2025-03-04"}},
	})
}

// TestClosingToday: a gathering someone "is set to close" or "will open"
// today (this afternoon, tonight) takes place on the day of writing; one
// to be opened on a later day does not yet.
func TestClosingToday(t *testing.T) {
	pub := day(2025, time.November, 23) // a Sunday
	const took = " Those taking part included Zambian President Hakainde Hichilema and Kenya's William Ruto."
	checkBriefs(t, pub, []briefCase{
		{"set to close this afternoon", "President Peter Banda is set to close the Lake Basin Summit in Kisumu this afternoon." + took,
			[]string{"gathering occurred Kenya+Zambia @2025-11-23"}},
		{"a name with a capitalised plural's apostrophe", "President Peter Banda is set to close the second Lake Basin Leaders' Summit in Kisumu this afternoon." + took,
			[]string{"gathering occurred Kenya+Zambia @2025-11-23"}},
		{"a ministers' meeting held with someone is their meeting", "Malawi's Foreign Minister Nancy Tembo held a Malawi-Zambia Foreign Ministers' Meeting with Zambian Foreign Minister Mulambo Haimbe in Lusaka this afternoon.",
			[]string{"meeting occurred Mulambo Haimbe+Nancy Tembo @2025-11-23"}},
		{"will open tonight", "Malawian President Peter Banda will open the Lake Basin Summit in Lilongwe tonight.",
			[]string{"gathering occurred Malawi @2025-11-23"}},
		{"will open on a later day", "Malawian President Peter Banda will open the Lake Basin Summit in Lilongwe on Tuesday.", nil},
	})
}

// TestClosingParticiple covers a bloc's leaders whose clause ends with a
// participle of closing ("..., closing a two-day summit", "..., wrapping
// up three days of talks"): the gathering is theirs, placed and dated by
// their clause, and starts as many days before as it lasted; a target
// year after "by" dates nothing. "The closing session" keeps its word in
// the gathering's name.
func TestClosingParticiple(t *testing.T) {
	pub := day(2025, time.June, 26) // a Thursday
	for _, tc := range []struct {
		name, text, want string
	}{
		{"closing a two-day summit",
			"EAC leaders backed a customs union deal in Arusha on Wednesday, closing a two-day summit marked by street protests.",
			"two-day summit@2025-06-24 in Arusha: East African Community"},
		{"concluding a summit of one day",
			"SADC heads of state endorsed a new mediator in Lilongwe on Tuesday, concluding an extraordinary summit.",
			"extraordinary summit@2025-06-24 in Lilongwe: Southern African Development Community"},
		{"a target year is not the summit's date",
			"EAC leaders agreed in Arusha on Wednesday to double trade by 2035, ending a two-day summit.",
			"two-day summit@2025-06-24 in Arusha: East African Community"},
		{"a closing session keeps its word in the name",
			"EAC ministers held the closing session of their Arusha meeting on Wednesday.",
			"closing session@2025-06-25 in : East African Community"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := gatheringsBy(tc.text, pub, func(e schema.Event, names map[schema.IRI]string) string {
				return fmt.Sprintf("%s@%s in %s", e.Name, e.Date, names[e.Place])
			})
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("%s\ngot  %q\nwant %q", tc.text, strings.Join(got, "; "), tc.want)
			}
		})
	}
}

// TestGatheredAtTheVenue: after a gathering is told, "A, B and the heads
// of C and D gathered at the palace, as did E" names its attendees; a
// gathering "in" another city, or one of another year, is not that one.
func TestGatheredAtTheVenue(t *testing.T) {
	pub := day(2025, time.February, 18) // a Tuesday
	const opened = "African leaders held an emergency meeting in Nairobi on Monday convened by Kenyan President William Ruto. "
	checkGatherings(t, pub, []briefCase{
		{"at the venue, with as did",
			opened + "Ugandan President Yoweri Museveni, Rwandan President Paul Kagame and the heads of state of Tanzania and Burundi gathered at State House, as did the AU's Mahmoud Ali Youssouf.",
			[]string{"emergency meeting: African Union+Burundi+Kenya+Rwanda+Tanzania+Uganda"}},
		{"in the same city",
			opened + "Ugandan President Yoweri Museveni and Rwandan President Paul Kagame assembled in Nairobi before noon.",
			[]string{"emergency meeting: Kenya+Rwanda+Uganda"}},
		{"in another city is another sitting",
			opened + "Ugandan President Yoweri Museveni and Rwandan President Paul Kagame had gathered in Kampala a week earlier.",
			[]string{"emergency meeting: Kenya"}},
	})
}

// TestBroughtTogetherPeopleAndStates: a broker who "brought together" two
// leaders and the ministers of other states held one sitting of them all,
// a multilateral meeting of their states (a spokesman's account of what
// a gathering "had brought together" is left to the gathering).
func TestBroughtTogetherPeopleAndStates(t *testing.T) {
	pub := day(2025, time.March, 19) // a Wednesday
	checkGatherings(t, pub, []briefCase{
		{"two leaders and two states' ministers",
			"The AU's Mahmoud Ali Youssouf brought together Ugandan President Yoweri Museveni, Kenya's William Ruto and the foreign ministers of Tanzania and Rwanda in Kisumu on Tuesday.",
			[]string{"multilateral meeting: African Union+Kenya+Rwanda+Tanzania+Uganda"}},
	})
}

// TestPlaceOfSeveralWordsInAName: a gathering whose name opens with a city
// of several words ("Kuala Lumpur", "St Petersburg") after "this year's"
// is still found within reach of "guest at".
func TestPlaceOfSeveralWordsInAName(t *testing.T) {
	pub := day(2025, time.June, 20)
	for _, text := range []string{
		"Zambian President Hakainde Hichilema was the main guest at this year's Kuala Lumpur International Trade Forum, which opened on Wednesday.",
		"Zambian President Hakainde Hichilema was a keynote speaker at last week's St Petersburg International Trade Forum, which opened on Wednesday.",
	} {
		got := strings.Join(gatheringsOf(text, pub), " | ")
		if !strings.Contains(got, "Zambia") {
			t.Errorf("%q: got %q, want Zambia among the attendees", text, got)
		}
	}
}

// TestForumBodyGathers: a known body named as a forum ("World Economic
// Forum") is where leaders gather: addressing it or its annual meeting,
// or speaking at it, makes the speaker's country an attendee, though the
// body is no organisation of states.
func TestForumBodyGathers(t *testing.T) {
	pub := day(2025, time.January, 24) // a Friday
	for _, text := range []string{
		"DAVOS - On Wednesday Kenya's William Ruto addressed the World Economic Forum, urging investors to look at East Africa.",
		"DAVOS - On Thursday Zambian President Hakainde Hichilema spoke to the World Economic Forum's yearly gathering about copper.",
	} {
		got := strings.Join(gatheringsOf(text, pub), " | ")
		if !strings.Contains(got, "Kenya") && !strings.Contains(got, "Zambia") {
			t.Errorf("%q: got %q, want the speaker's country among the attendees", text, got)
		}
	}
}

// TestUsedTheSummit: "X used the Lake Basin Summit to press for ..." puts
// X at it; "used the meeting to" (no proper name) adds no one.
func TestUsedTheSummit(t *testing.T) {
	pub := day(2025, time.June, 20) // a Friday
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"NAIROBI - Zambian President Hakainde Hichilema used the Lake Basin Summit on Wednesday to argue for lower copper tariffs.", true},
		{"NAIROBI - Zambian President Hakainde Hichilema used the meeting to argue for lower copper tariffs.", false},
	} {
		got := strings.Join(gatheringsOf(tc.text, pub), " | ")
		if strings.Contains(got, "Zambia") != tc.want {
			t.Errorf("%q: got %q, want Zambia attending: %v", tc.text, got, tc.want)
		}
	}
}

// TestHostedItInFocus: "it" after a hosting verb, right after a sentence
// that told a gathering, is that gathering: the subject's country hosts
// and attends it. Without a gathering just told, or with a time of its
// own ("hosted it last year"), "it" is nothing hosted.
func TestHostedItInFocus(t *testing.T) {
	pub := day(2023, time.September, 11) // a Monday
	for text, want := range map[string][]string{
		"The Lake Basin Summit closed in Kisumu on Sunday. Kenyan President William Ruto chaired it.":                                  {"Lake Basin Summit: Kenya"},
		"The Lake Basin Summit closed in Kisumu on Sunday. Zambia's Hakainde Hichilema, who hosted it last year, praised the outcome.": {"Lake Basin Summit: "},
		"The Lake Basin Summit closed in Kisumu on Sunday. Kenyan President William Ruto chaired it that day.":                         {"Lake Basin Summit: Kenya"},
		"Kenyan President William Ruto chaired it on Sunday.":                                                                          nil,
	} {
		if got := gatheringsOf(text, pub); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// TestForumNamedAsAGathering: "the Kisumu Forum", a capitalised name that
// ends in "Forum", is a gathering its attendees' countries attend, as
// "the Kisumu Summit" is; a lower-case "a business forum" is not.
func TestForumNamedAsAGathering(t *testing.T) {
	pub := day(2025, time.May, 22) // a Thursday
	for text, want := range map[string][]string{
		"Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera attended the Kisumu Forum on Wednesday.":       {"Kisumu Forum: Malawi+Zambia"},
		"Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera attended the Kisumu Trade Forum on Wednesday.": {"Kisumu Trade Forum: Malawi+Zambia"},
		"Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera attended a business forum on Wednesday.":       nil,
	} {
		if got := gatheringsOf(text, pub); fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// TestOpenedTheGatheringWith: "X opened (chaired, closed) the meeting with
// A, B and C" while a gathering is in focus names those at that gathering,
// not meetings of X with each of them.
func TestOpenedTheGatheringWith(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Zambia hosted the Lake Basin Summit in Lusaka this week. "
	checkBriefs(t, pub, []briefCase{
		{"opened the meeting with",
			lead + "President Hakainde Hichilema opened the meeting with Kenyan President William Ruto, Malawian President Peter Banda and Tanzanian President Amani Mrisho.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania+Zambia @2025-03"}},
		{"chaired the meeting with, and a bloc",
			lead + "President Hakainde Hichilema chaired the meeting with Kenyan President William Ruto and Malawian President Peter Banda, and with envoys from the African Union.",
			[]string{"gathering occurred African Union+Kenya+Malawi+Zambia @2025-03"}},
		{"no gathering in focus: talks with each",
			"President Hakainde Hichilema opened the meeting with Kenyan President William Ruto and Malawian President Peter Banda.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03", "meeting occurred Hakainde Hichilema+William Ruto @2025-03"}},
	})
}

// TestQuotedGatheringName: a gathering's proper name in quotation marks,
// a comma inside them or not, a particle in it or not, is read as the
// unquoted name; a quoted sentence that opens with a head noun is no name.
func TestQuotedGatheringName(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	tail := " drew leaders from a dozen countries on Tuesday. Among them were Malawian President Peter Banda and Tanzanian President Amani Mrisho."
	checkBriefs(t, pub, []briefCase{
		{"comma inside the marks", `The "Lake Basin Summit for Water," hosted by Zambia,` + tail,
			[]string{"gathering occurred Malawi+Tanzania+Zambia @2025-03-11"}},
		{"curly marks", "The “Lake Basin Summit”" + tail,
			[]string{"gathering occurred Malawi+Tanzania @2025-03-11"}},
		{"a particle", `The "Wadi el-Rayan Water Summit"` + tail,
			[]string{"gathering occurred Malawi+Tanzania @2025-03-11"}},
		{"a quoted sentence", `Banda said: "The Summit was worth the trip." He flew home on Tuesday.`, nil},
	})
	f := testX.Extract(schema.Article{ID: "t", Published: pub, Text: `The "Lake Basin Summit for Water," hosted by Zambia,` + tail})
	for _, e := range f.Events {
		if e.Type == schema.Gathering && e.Name != "Lake Basin Summit for Water" {
			t.Errorf("gathering named %q, want the name inside the marks", e.Name)
		}
	}
}

// TestFrontedCoHostsOfAnEvent: "(Co-)hosted by A and B, the two-day event
// (the conference) opened ..." after a gathering was named: the hosts
// attend the gathering in focus.
func TestFrontedCoHostsOfAnEvent(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "The Lake Basin Conference closes in Lusaka today. "
	checkBriefs(t, pub, []briefCase{
		{"co-hosted, a two-day event", lead + "Co-hosted by Zambia and Malawi, the two-day event began on Wednesday with envoys from forty states.",
			[]string{"gathering occurred Malawi+Zambia @2025-03-12"}},
		{"hosted, the event", lead + "Hosted by Zambia, the event opened on Thursday.",
			[]string{"gathering occurred Zambia @2025-03-13"}},
		{"hosted, a three-day conference", lead + "Hosted by Zambia and Malawi, the three-day conference opened on Thursday.",
			[]string{"gathering occurred Malawi+Zambia @2025-03-13"}},
	})
}

// TestSittingHeardSpeakers: a sitting that "heard" A, B and C had them
// there, and those "alongside" whom it heard them too; a person who heard
// another names no one at a gathering.
func TestSittingHeardSpeakers(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "The Lake Basin Conference closes in Lusaka today. "
	checkBriefs(t, pub, []briefCase{
		{"the session heard", lead + "The opening session heard Kenyan Prime Minister Daniel Ochieng, Tanzanian President Amani Mrisho and Ugandan Prime Minister Grace Phiri.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-03-14"}},
		{"alongside, the plenary heard", lead + "Alongside Ugandan Prime Minister Grace Phiri, the first plenary heard Kenyan Prime Minister Daniel Ochieng and Tanzanian President Amani Mrisho.",
			[]string{"gathering occurred Kenya+Tanzania+Uganda @2025-03-14"}},
		{"a person heard", lead + "Kenyan Prime Minister Daniel Ochieng heard Tanzanian President Amani Mrisho speak.",
			[]string{"gathering occurred  @2025-03-14"}},
	})
}

// TestSummitWithSeveral: "took part in (attended) a summit with A and B"
// is one sitting of all three: they attend it, with no meetings of the
// subject with each; "held a summit with A" stays a meeting of two.
func TestSummitWithSeveral(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"took part in, counterparts of",
			"In the afternoon, Kenyan Prime Minister Daniel Ochieng took part in a regional summit with his counterparts Peter Banda of Malawi and Amani Mrisho of Tanzania.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-03"}},
		{"attended a summit with two",
			"Kenyan Prime Minister Daniel Ochieng attended a summit with Malawian President Peter Banda and Tanzanian President Amani Mrisho on Tuesday.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-03-11"}},
		{"a summit with one",
			"Kenyan Prime Minister Daniel Ochieng held a summit with Malawian President Peter Banda on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11"}},
	})
}

// TestDrawingVerbAfterAPassive: "The Sunday session was chaired by X and
// brought together A and B": the session opening the sentence drew them,
// its host too.
func TestDrawingVerbAfterAPassive(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"hosted by X and brought together",
			"The Sunday session was chaired by Zambian President Hakainde Hichilema and brought together Malawian envoy Amani Mrisho and Tanzanian envoy Grace Phiri.",
			[]string{"gathering occurred Malawi+Tanzania+Zambia @2025-03-09"}},
		{"held and brought together",
			"The session was held in Lusaka on Sunday and brought together Kenyan, Malawian and Tanzanian envoys.",
			[]string{"gathering occurred Kenya+Malawi+Tanzania @2025-03-09"}},
	})
}
