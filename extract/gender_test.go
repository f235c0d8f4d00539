package extract

import (
	"testing"
	"time"
)

// TestPronounGender covers a "she" or "he" whose default reading (the
// sentence's first person, the person in focus) has the other gender: the
// pronoun goes to the last person before it whose title, role or first name
// fits. A first name the general lists call female that other naming
// traditions give to men tells nothing.
func TestPronounGender(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"she after a man received a woman",
			"Mozambican President Daniel Chapo received Namibian President Netumbo Nandi-Ndaitwah in Maputo on Monday. She later flew to Lusaka, where she met Zambian President Hakainde Hichilema.",
			[]string{
				"meeting occurred Daniel Chapo+Netumbo Nandi-Ndaitwah @2025-03-10",
				"meeting occurred Hakainde Hichilema+Netumbo Nandi-Ndaitwah @2025-03-10",
				"visit occurred Netumbo Nandi-Ndaitwah>Mozambique @2025-03-10",
				"visit occurred Netumbo Nandi-Ndaitwah>Zambia @2025-03",
			}},
		{"a she tells the gender an object her needs later",
			"Kenyan Foreign Minister Nyokabi Otieno flew to Kampala on Monday. She held talks with Ugandan Foreign Minister Odongo Jeje Abubakhar. He then took the delegation to a dinner downtown. On Tuesday President Yoweri Museveni granted her an audience.",
			[]string{
				"meeting occurred Nyokabi Otieno+Odongo Jeje Abubakhar @2025-03-10",
				"meeting occurred Nyokabi Otieno+Yoweri Museveni @2025-03-11",
				"visit occurred Nyokabi Otieno>Uganda @2025-03-10",
			}},
		{"she after a man greeted her",
			"Swedish Foreign Minister Maria Malmer Stenergard arrived in Ottawa on Tuesday. Canadian Foreign Minister Ahmed Hussen greeted her at the airport. She then held talks with Prime Minister Mark Carney.",
			[]string{
				"meeting occurred Maria Malmer Stenergard+Mark Carney @2025-03-11",
				"visit occurred Maria Malmer Stenergard>Canada @2025-03-11",
			}},
		{"he after a titled woman received a man",
			"Ms Tamara Ortiz received Peruvian Foreign Minister Javier Salas in San Jose on Monday. He later flew to Panama.",
			[]string{
				"meeting occurred Javier Salas+Tamara Ortiz @2025-03-10",
				"visit occurred Javier Salas>Panama @2025-03",
			}},
		{"a man's name that lists call female keeps he",
			"Ghanaian President Nana Akufo-Addo flew to Lome on Monday, where he met Togolese President Faure Gnassingbe.",
			[]string{
				"meeting occurred Faure Gnassingbe+Nana Akufo-Addo @2025-03-10",
				"visit occurred Nana Akufo-Addo>Togo @2025-03-10",
			}},
		{"a she with no woman named keeps its reading",
			"Kenyan Foreign Minister Musalia Mudavadi met Ethiopian envoy Redwan Hussien in Nairobi on Monday. She said the talks went well.",
			[]string{"meeting occurred Musalia Mudavadi+Redwan Hussien @2025-03-10"}},
	})
}

// TestSurnameWithTitleOfOneSex covers a surname after a title of one sex
// ("Mr Banda", "Mrs Banda") when the text has named a man and a woman of
// that surname: it is the one whose first name fits the title, whoever
// was named first. With one person of the surname, a first name the lists
// give to the other sex does not keep the title from them.
func TestSurnameWithTitleOfOneSex(t *testing.T) {
	pub := day(2025, time.March, 12) // a Wednesday
	const couple = "Grace Banda, the president's wife, opened a maternity ward in Lilongwe on Monday. Malawi's President Peter Banda received William Ruto of Kenya for talks on Tuesday. "
	checkBriefs(t, pub, []briefCase{
		{"Mr after his wife was named first",
			couple + "Tanzanian President Samia Suluhu Hassan spoke to Mr Banda by telephone on Tuesday evening.",
			[]string{
				"meeting occurred Peter Banda+Samia Suluhu Hassan (phone) @2025-03-11",
				"meeting occurred Peter Banda+William Ruto @2025-03-11",
			}},
		{"Mrs after her husband was named",
			couple + "On Wednesday Mrs. Banda met Kenya's first lady Rachel Ruto in Nairobi.",
			[]string{
				"meeting occurred Grace Banda+Rachel Ruto @2025-03-12",
				"meeting occurred Peter Banda+William Ruto @2025-03-11",
			}},
		{"one person of the surname",
			"Foreign Minister Pascale Mwita of Kenya held talks in Lusaka on Monday. On Tuesday Ms Mwita met Zambian President Hakainde Hichilema.",
			[]string{
				"meeting occurred Hakainde Hichilema+Pascale Mwita @2025-03-11",
			}},
	})
}
