package extract

import (
	"testing"
	"time"
)

// TestCeremonies covers state ceremonies that foreign leaders come to, told
// by their noun ("the funeral of X") or by what they did to the person at
// their centre ("X was sworn in", "Y was laid to rest"): a gathering hosted
// by that person's country, with the guests the next sentences put there
// ("among the mourners", "sat in the front row", "were in the
// congregation"), and none when no one came from abroad.
func TestCeremonies(t *testing.T) {
	pub := day(2024, time.July, 21) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"a funeral by its noun, guests among the mourners, a delegation sent",
			"Presidents from across southern Africa attended the funeral of former Zambian president Rupiah Banda in Lusaka on Friday. Malawi's President Lazarus Chakwera and Botswana's President Mokgweetsi Masisi were among the mourners. Angola sent its vice-president.",
			[]string{"gathering occurred Angola+Botswana+Malawi+Zambia @2024-07-19"}},
		{"a swearing-in by its verb, guests listed after it",
			"Rodrigo Paz was sworn in on Saturday in La Paz as Bolivia's head of state. Among the foreign guests were Paraguay's Santiago Pena and Argentina's Javier Milei.",
			[]string{"gathering occurred Argentina+Bolivia+Paraguay @2024-07-20"}},
		{"a coronation, a guest in the front row alongside another; the host from the place",
			"Sultan Ibrahim Iskandar was crowned in Kuala Lumpur on Saturday. Brunei's Sultan Hassanal Bolkiah stood in the front row, alongside Singapore's Prime Minister Lawrence Wong.",
			[]string{"gathering occurred Brunei+Malaysia+Singapore @2024-07-20"}},
		{"laid to rest, guests in the congregation",
			"Former Namibian president Nangolo Mbumba was laid to rest in Windhoek on Saturday. South Africa's Cyril Ramaphosa and Angola's Joao Lourenco were in the congregation.",
			[]string{"gathering occurred Angola+Namibia+South Africa @2024-07-20"}},
		{"a memorial service for an office-holder, the service attended",
			"A memorial service for the late Emir of Kuwait was held on Thursday. The rulers of Qatar and Bahrain, Tamim bin Hamad and Hamad bin Isa, attended the service.",
			[]string{"gathering occurred Bahrain+Kuwait+Qatar @2024-07-18"}},
		{"a swearing-in with no one from abroad is no gathering",
			"Maria Lopez was sworn in as Chile's finance minister in Santiago on Friday. Members of the cabinet were in the audience.",
			nil},
		{"a swearing-in days before the story's events is not the gathering in focus",
			"Emmanuel Macron, Friedrich Merz and Donald Tusk held talks with Volodymyr Zelensky in Kyiv on Saturday, a week after Merz was sworn in as chancellor. Italy's Giorgia Meloni took part online.",
			[]string{"meeting occurred Donald Tusk+Emmanuel Macron+Friedrich Merz+Volodymyr Zelensky @2024-07-20"}},
		{"a ceremony's noun after any verb; meetings before and after the service are at it, on its day",
			"Presidents and monarchs filled the cathedral in Lisbon for the funeral of former Portuguese president Jorge Sampaio on Saturday. Before the service began, Spain's King Felipe VI and Colombia's President Gustavo Petro talked for several minutes.",
			[]string{"gathering occurred Colombia+Portugal+Spain @2024-07-20", "meeting occurred Felipe VI+Gustavo Petro @2024-07-20"}},
		{"a ceremony the sentence sets before its time is not the one in focus",
			"The square in Lisbon had not been so full since the funeral of former Portuguese president Jorge Sampaio. Spain's King Felipe VI attended.",
			nil},
		{"a war memorial is a place, not a ceremony",
			"Indian Prime Minister Narendra Modi placed flowers at the war memorial in Canberra on Friday.",
			nil},
		{"a planned coronation is no gathering",
			"King Tupou VII is to be crowned in Nuku'alofa next month, and Fiji's Sitiveni Rabuka will attend.",
			nil},
	})
}

// TestFrontedAtGathering covers a sentence that opens with the gathering
// its subjects were at ("At the X Dialogue in Y, A and B were in the
// audience"), and one whose subject comes before "at".
func TestFrontedAtGathering(t *testing.T) {
	pub := day(2024, time.June, 3)
	checkBriefs(t, pub, []briefCase{
		{"fronted gathering, subjects in the audience",
			"At the Raisina Dialogue in New Delhi on Thursday, Greek Prime Minister Kyriakos Mitsotakis and Polish Foreign Minister Radoslaw Sikorski were in the audience.",
			[]string{"gathering occurred Greece+Poland @2024-05-30"}},
		{"fronted gathering, subjects present",
			"At the Baltic Sea summit in Tallinn on Friday, Latvian President Edgars Rinkevics and Lithuanian President Gitanas Nauseda were present.",
			[]string{"gathering occurred Latvia+Lithuania @2024-05-31"}},
		{"the subject before a mid-sentence at",
			"The ASEAN summit opened in Vientiane on Friday. Brunei's Sultan Hassanal Bolkiah, at the head of a forty-strong party, was present alongside Cambodia's Prime Minister Hun Manet.",
			[]string{"gathering occurred ASEAN+Brunei+Cambodia @2024-05-31"}},
	})
}

// TestGatheringsToldInPassing covers gatherings told without a frame of
// their own: a leader who "landed in X for the summit that the kingdom
// was hosting" (the country landed in hosts it), a "summit between" two
// parties that took place (the parties attend, and those a side "was
// represented by", by their countries), a meal "for" a group attended by
// leaders of several states, a trip "for the G20" (a bloc named alone), a
// companion who "accompanied" a leader "at" a summit, and a named summit
// told as what a stop "was",
// with the country that hosted it and those who "shared the platform"
// there.
func TestGatheringsToldInPassing(t *testing.T) {
	pub := day(2025, time.April, 5) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"landed for a summit the kingdom hosted",
			"Erdogan, Turkey's president, landed in Amman on Friday for the regional security summit that the kingdom was hosting.",
			[]string{"gathering occurred Jordan+Turkey @2025-04-04", "visit occurred Recep Tayyip Erdoğan>Jordan @2025-04-04"}},
		{"a summit between two parties, a side represented by a list",
			"The first summit between the African Union and the Gulf states took place in Doha on Friday. The Gulf side was represented by Tamim bin Hamad Al Thani, Emir of Qatar; and Mohammed bin Zayed, President of the United Arab Emirates.",
			[]string{"gathering occurred African Union+Qatar+United Arab Emirates @2025-04-04"}},
		{"a meal for a group, attended by leaders of several states",
			"Indian Prime Minister Narendra Modi hosted a lunch for Pacific leaders in Port Moresby on Friday, a meal attended by Fiji's Sitiveni Rabuka and Tonga's Siaosi Sovaleni.",
			[]string{"gathering occurred Fiji+India+Tonga @2025-04-04"}},
		{"a meal for a guest attended by his own side is no gathering",
			"Indian Prime Minister Narendra Modi hosted a lunch for Fiji's Sitiveni Rabuka in New Delhi on Friday, attended by Fiji's foreign minister.",
			[]string{"meeting occurred Narendra Modi+Sitiveni Rabuka @2025-04-04"}},
		{"in a city for a bloc named alone, hosted by a country, alongside others",
			"On Thursday Chilean President Gabriel Boric was in Lima for the APEC, hosted by Peru, alongside Japan's Shigeru Ishiba and Canada's Justin Trudeau.",
			[]string{"gathering occurred Canada+Chile+Japan+Peru @2025-04-03", "visit occurred Gabriel Boric>Peru @2025-04-03"}},
		{"a companion at a named summit",
			"Cuban Foreign Minister Bruno Rodriguez accompanied President Miguel Diaz-Canel at the CELAC Summit in Kingstown on Tuesday.",
			[]string{"gathering occurred Cuba @2025-04-01"}},
		{"a named summit as what a stop was, the platform shared",
			"The first stop was the Blue Nile Summit in Kampala on Thursday, which Uganda hosted. Kenyan President William Ruto shared the platform with Ugandan President Yoweri Museveni.",
			[]string{"gathering occurred Kenya+Uganda @2025-04-03"}},
	})
}

// TestHoursBeforeACeremony: a ceremony told as what followed a past
// meeting by hours ("hours before the funeral of X") took place; one told
// as still ahead ("before the funeral") did not.
func TestHoursBeforeACeremony(t *testing.T) {
	pub := day(2025, time.January, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"hours before, on a past day", "WASHINGTON - Mette Frederiksen, the Danish prime minister, and Justin Trudeau of Canada met in a side room on Thursday, hours before the funeral of Jimmy Carter.",
			[]string{"gathering occurred Canada+Denmark+United States @2025-01-09", "meeting occurred Justin Trudeau+Mette Frederiksen @2025-01-09"}},
	})
}

// TestNationalDayGathering covers a nation's own day (a parade, the
// celebrations of an anniversary): a gathering when leaders of two or more
// countries from abroad are told at it, hosted by the country it is held
// in; one guest alone is on a visit; a capitalised "Parade" after a
// place's name is a place.
func TestNationalDayGathering(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkGatherings(t, pub, []briefCase{
		{"two guests at a parade",
			"Kenyan President Joseph Mwita and Zambian President Grace Phiri attended the Independence Day parade in Lilongwe on Saturday.",
			[]string{"Independence Day parade: Kenya+Malawi+Zambia"}},
		{"one guest at the celebrations",
			"Kenyan President Joseph Mwita, alone among foreign leaders, watched the Independence Day celebrations in Lilongwe on Saturday.",
			nil},
		{"a street called a parade",
			"Malawian President Peter Banda escorted Kenyan President Joseph Mwita and Zambian President Grace Phiri to Kingsway Parade in Lilongwe on Saturday.",
			nil},
		{"a parade with no guest",
			"Thousands lined the streets of Lilongwe on Saturday for the carnival parade.",
			nil},
	})
}

// TestWatchedFromTheStands covers guests told as onlookers of a parade:
// "Those watching from the tribune were A and B", "A and B watched from
// the reviewing stand", "C was on the rostrum".
func TestWatchedFromTheStands(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	want := []string{"military parade: Kenya+Malawi+Zambia"}
	checkGatherings(t, pub, []briefCase{
		{"those watching were",
			"Malawi hosted a military parade in Lilongwe on Saturday. Those watching from the tribune were Kenyan President Joseph Mwita and Zambian President Grace Phiri.", want},
		{"watched from the stand",
			"Malawi hosted a military parade in Lilongwe on Saturday. Kenyan President Joseph Mwita and Zambian President Grace Phiri watched from the reviewing stand.", want},
		{"on the rostrum",
			"Malawi hosted a military parade in Lilongwe on Saturday. Kenyan President Joseph Mwita and Zambian President Grace Phiri were on the rostrum beside the host.", want},
	})
}

// TestPressConferenceNoGathering: a press or news conference, closing or
// joint, is no gathering of states.
func TestPressConferenceNoGathering(t *testing.T) {
	pub := day(2024, time.May, 2) // a Thursday
	checkGatherings(t, pub, []briefCase{
		{"a closing press conference",
			"At a closing press conference in Lilongwe on Tuesday, Malawian President Peter Banda said the lake talks would go on.",
			nil},
		{"a joint news conference",
			"Malawian President Peter Banda and Kenyan Vice-President Daniel Ochieng later held a joint news conference in Lilongwe.",
			nil},
	})
}

// TestCeremonyWitnessesAndRepresentatives covers guests a ceremony's own
// sentence puts there: one who watched the person at its centre sworn in
// or crowned, one who represented a state or body at it, and a
// swearing-in told by "took the oath" with guests listed after it.
func TestCeremonyWitnessesAndRepresentatives(t *testing.T) {
	pub := day(2025, time.March, 9) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"watched the new president sworn in",
			"Kenyan President William Ruto watched Peter Banda sworn in as Malawi's president in Lilongwe on Saturday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-08"}},
		{"saw a king crowned",
			"Uganda's Yoweri Museveni saw Mswati III crowned again at a jubilee ceremony in Lobamba on Friday.",
			[]string{"gathering occurred Eswatini+Uganda @2025-03-07"}},
		{"represented a country at a funeral",
			"Vice President Joseph Mwita represented Kenya at the funeral of former Malawian leader Peter Banda in Blantyre on Friday.",
			[]string{"gathering occurred Kenya+Malawi @2025-03-07"}},
		{"represented a bloc at a summit",
			"Joseph Mwita represented the East African Community at the Lake Basin Summit in Kisumu on Friday.",
			[]string{"gathering occurred East African Community @2025-03-07"}},
		{"represented at a session of the gathering in focus",
			"The Lake Basin Summit opened in Kisumu on Friday. Joseph Mwita represented Uganda at a session of its ministerial council there.",
			[]string{"gathering occurred Uganda @2025-03-07"}},
		{"a sentence that opens with the ceremony's verb names no centre",
			"Crowned in Lobamba on Friday, Mswati III received Uganda's Yoweri Museveni on Saturday.",
			[]string{"meeting occurred Mswati III+Yoweri Museveni @2025-03-08"}},
		{"took the oath, guests after it",
			"Peter Banda took the oath as Malawi's president in Lilongwe on Saturday. Kenya's William Ruto and Ugandan President Yoweri Museveni were among the guests.",
			[]string{"gathering occurred Kenya+Malawi+Uganda @2025-03-08"}},
	})
}
