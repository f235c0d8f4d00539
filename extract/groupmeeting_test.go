package extract

import (
	"testing"
	"time"
)

// TestGatheringsNamedInPassing covers gatherings told in the phrases
// around a trip or a host rather than as a subject: "for a meeting of NATO
// defence ministers", "for a meeting of the Weimar Triangle", "to attend
// a summit", a name in quotes, "joining X for a summit", a named summit
// with its course in a relative clause ("which opened on Monday") and an
// inverted list ("Among those who came in person were A and B", who also
// came to the summit's country; "who took part" tells no trip).
func TestGatheringsNamedInPassing(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a meeting of a bloc's ministers",
			"Dutch Defence Minister Ruben Brekelmans flew to Brussels on Wednesday for a meeting of NATO defence ministers.",
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
			"Kenyan President William Ruto and Ghanaian President John Mahama arrived in Luanda on Wednesday to attend a summit on trade.",
			[]string{"gathering occurred Ghana+Kenya @2025-10-08", "visit occurred John Mahama>Angola @2025-10-08", "visit occurred William Ruto>Angola @2025-10-08"}},
		{"a name in quotes",
			`Irish Taoiseach Micheal Martin arrived in Oslo on Wednesday for a "Friends of the Arctic" conference.`,
			[]string{"gathering occurred Ireland @2025-10-08", "visit occurred Micheal Martin>Norway @2025-10-08"}},
		{"joining a host for a summit",
			"Several foreign leaders came to Tirana on Wednesday, joining Albanian Prime Minister Edi Rama for a summit on the Western Balkans.",
			[]string{"gathering occurred Albania @2025-10-08"}},
		{"a relative clause of its course, then the host's guests",
			"The Nordic-Baltic Leaders Summit, which opened on Monday and closed yesterday, drew eight governments to Tallinn. Estonian Prime Minister Kristen Michal hosted Finnish President Alexander Stubb, Latvian Prime Minister Evika Silina and Lithuanian President Gitanas Nauseda.",
			[]string{"gathering occurred Estonia+Finland+Latvia+Lithuania @2025-10-06"}},
		{"an inverted list of those who came",
			"The Nordic-Baltic Leaders Summit opened in Tallinn on Wednesday. Among those who came in person were Finnish President Alexander Stubb and Latvian Prime Minister Evika Silina.",
			[]string{"gathering occurred Finland+Latvia @2025-10-08", "visit occurred Alexander Stubb>Estonia @2025-10-08", "visit occurred Evika Silina>Estonia @2025-10-08"}},
		{"an inverted list of those who took part is no trip",
			"The Nordic-Baltic Leaders Summit opened in Tallinn on Wednesday. Among those who took part were Finnish President Alexander Stubb and Latvian Prime Minister Evika Silina.",
			[]string{"gathering occurred Finland+Latvia @2025-10-08"}},
	})
}

// TestLeadersGatheredInAMeeting covers leaders who "gathered" with the
// gathering named only in a later phrase ("..., in the first meeting of its
// kind"), a host named by "at the invitation of", and a list after
// "Taking part were".
func TestLeadersGatheredInAMeeting(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a later phrase names the gathering; the inviting host attends",
			"The presidents of six Central Asian states gathered on Tuesday in Astana, at the invitation of President Kassym-Jomart Tokayev, in the first meeting of its kind since 2019. Taking part were Uzbekistan's Shavkat Mirziyoyev and Kyrgyzstan's Sadyr Japarov.",
			[]string{"gathering occurred Kazakhstan+Kyrgyzstan+Uzbekistan @2025-10-07"}},
		{"a meeting of two leaders is no gathering",
			"Kassym-Jomart Tokayev and Shavkat Mirziyoyev gathered their aides on Tuesday in Astana in a meeting on water.",
			nil},
	})
}

// TestPlenaryKeepsFocus covers "The leaders' plenary opened" a few
// sentences after the gathering was named: a part of it, which keeps it in
// focus for "A and B were among those around the table"; and "C and D were
// not invited, and none of them attended", which adds no one.
func TestPlenaryKeepsFocus(t *testing.T) {
	pub := day(2025, time.October, 9) // a Thursday
	const open = "Fiji's Sitiveni Rabuka held talks with Samoa's Fiame Naomi Mata'afa on the margins of the Melanesian Leaders Summit in Port Vila. The pair spoke for an hour. Rabuka called it useful. He had flown in on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"the plenary, then those around the table",
			open + "The leaders' plenary opened on Wednesday. Tonga's Aisake Eke and Tuvalu's Feleti Teo were among those around the table.",
			[]string{"gathering occurred Fiji+Samoa+Tonga+Tuvalu @2025-10", "meeting occurred Fiame Naomi Mata'afa+Sitiveni Rabuka @2025-10", "visit occurred Sitiveni Rabuka>Vanuatu @2025-10-07"}},
		{"none of them attended",
			"The Melanesian Leaders Summit opened in Port Vila on Wednesday. China and Japan were not invited, and none of them attended.",
			[]string{"gathering occurred  @2025-10-08"}},
	})
}

// TestGatheringAfter covers a gathering named in a phrase of time ("after
// a long OPEC+ meeting in Vienna on Sunday", "following the Arab League
// summit"): it took place and the clause's subject was there; a bare
// "after the meeting" or a cabinet's meeting is none.
func TestGatheringAfter(t *testing.T) {
	pub := day(2023, time.June, 6) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"after a bloc's meeting, with a plus",
			"Algeria's energy minister Mohamed Arkab told reporters after a long OPEC+ meeting in Vienna on Sunday that output would stay flat.",
			[]string{"gathering occurred Algeria @2023-06-04"}},
		{"following a named summit",
			"Following the Arab League summit in Jeddah on May 19, Egyptian President Abdel Fattah el-Sisi flew home.",
			[]string{"gathering occurred Egypt @2023-05-19"}},
		{"a bare meeting",
			"Algeria's energy minister Mohamed Arkab told reporters after the meeting on Sunday that output would stay flat.",
			nil},
		{"after a named summit, a plan",
			"After the Arab League summit in Jeddah, Egyptian President Abdel Fattah el-Sisi will fly to Rome.",
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
			"Daniel Noboa was sworn in on Saturday and spoke by phone with Santiago Pena the day after the inauguration.",
			[]string{"meeting occurred Daniel Noboa+Santiago Pena (phone) @2025-03"}},
	})
}

// TestJoinedForASummit covers "X joined A and B for the second China–Central
// Asia summit" and "X joined the presidents of the five states — A, B and C
// — for a summit": a gathering of them all, not a meeting.
func TestJoinedForASummit(t *testing.T) {
	pub := day(2025, time.June, 18) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"joined two leaders for a summit",
			"On Tuesday, Chinese President Xi Jinping joined Kassym-Jomart Tokayev of Kazakhstan and Sadyr Japarov of Kyrgyzstan for a summit in Astana.",
			[]string{"gathering occurred China+Kazakhstan+Kyrgyzstan @2025-06-17"}},
		{"joined a group named on the way, dashes",
			"On Tuesday, Chinese President Xi Jinping joined the presidents of the region — Kazakhstan's Kassym-Jomart Tokayev, Kyrgyzstan's Sadyr Japarov and Tajikistan's Emomali Rahmon — for the second China–Central Asia summit.",
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
			"Canadian Prime Minister Mark Carney brought together leaders from across the Arctic at Rideau Hall in Ottawa on Sunday. Greenland's Jens-Frederik Nielsen took part alongside the leaders of Norway, Iceland and Finland.",
			[]string{"gathering occurred Canada+Finland+Greenland+Iceland+Norway @2025-06-01"}},
		{"gathered a handful of leaders, then among those around the table",
			"On Sunday, French President Emmanuel Macron gathered a handful of European leaders at the Elysee Palace in Paris for what his office called an informal dinner. German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk were among those around the table.",
			[]string{"gathering occurred France+Germany+Poland @2025-06-01"}},
		{"business leaders",
			"French President Emmanuel Macron brought together business leaders in Paris on Sunday.",
			nil},
	})
}
