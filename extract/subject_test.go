package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestLongAppositiveSubject covers a subject followed by a long
// appositive before its verb ("X, a diplomat who served as deputy
// minister and envoy to the UN, held talks with Y"): the "and" inside the
// appositive's relative clause joins no subjects, nor countries there
// gather for a meeting. A role without an article ("X, chair of the
// council, held talks") describes the name before it too.
func TestLongAppositiveSubject(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"an and inside the relative clause",
			"Foreign Minister Lena Sorensen took office on Monday. Sorensen, a lawyer who served as deputy foreign minister and ambassador to the United Nations, held phone talks with Polish Foreign Minister Tomasz Wrona on Wednesday.",
			[]string{"meeting occurred Lena Sorensen+Tomasz Wrona (phone) @2025-03-12"}},
		{"countries coordinated inside the appositive",
			"Foreign Minister Lena Sorensen took office on Monday. Sorensen, a former judge who spent nine years as ambassador to Germany and later to France and Italy, met Polish Foreign Minister Tomasz Wrona on Wednesday.",
			[]string{"meeting occurred Lena Sorensen+Tomasz Wrona @2025-03-12"}},
		{"a role without an article, describing the name before it",
			"Danish Prime Minister Lena Sorensen met Polish Prime Minister Tomasz Wrona on Tuesday. Sorensen, chair of the Nordic Council this year, held talks on Wednesday with the president of Poland, Karol Nawrocki.",
			[]string{"meeting occurred Karol Nawrocki+Lena Sorensen @2025-03-12", "meeting occurred Lena Sorensen+Tomasz Wrona @2025-03-11"}},
		{"also before the role",
			"Danish Prime Minister Lena Sorensen met Polish Prime Minister Tomasz Wrona on Tuesday. Sorensen, also defence minister in the last cabinet, held talks on Wednesday with the president of Poland, Karol Nawrocki.",
			[]string{"meeting occurred Karol Nawrocki+Lena Sorensen @2025-03-12", "meeting occurred Lena Sorensen+Tomasz Wrona @2025-03-11"}},
		{"also before an article",
			"Danish Prime Minister Lena Sorensen met Polish Prime Minister Tomasz Wrona on Tuesday. Sorensen, also the leader of her party, held talks on Wednesday with the president of Poland, Karol Nawrocki.",
			[]string{"meeting occurred Karol Nawrocki+Lena Sorensen @2025-03-12", "meeting occurred Lena Sorensen+Tomasz Wrona @2025-03-11"}},
	})
}

// TestTwoLeaders covers "the two leaders" resolved to the heads of state
// or government the text has named (en.LeaderRole), not to an official
// who greeted a guest in between; a name whose first word is a cue word
// ("To", "Will") is no cue; and a date before "after which" is the day of
// what follows it.
func TestTwoLeaders(t *testing.T) {
	pub := day(2025, time.August, 12) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a deputy minister between is no leader",
			"President Marta Kowal and Laotian President Thongloun Sisoulith agreed on Monday to expand trade. Thongloun flew into Warsaw on Sunday, greeted at the foot of the steps by Deputy Foreign Minister Piotr Nowak. On Monday the two leaders had a long meeting in the palace.",
			[]string{"meeting occurred Marta Kowal+Thongloun Sisoulith @2025-08-11", "visit occurred Thongloun Sisoulith>Poland @2025-08-10"}},
		{"a name that opens with a cue word",
			"Vietnamese leader To Lam landed in Warsaw on Sunday.",
			[]string{"visit occurred To Lam>Poland @2025-08-10"}},
		{"after which",
			"Laotian President Thongloun Sisoulith landed in Warsaw on Sunday. A welcome ceremony took place on Monday, after which Thongloun held talks with President Marta Kowal.",
			[]string{"meeting occurred Marta Kowal+Thongloun Sisoulith @2025-08-11", "visit occurred Thongloun Sisoulith>Poland @2025-08-10"}},
	})
}

// TestGuestIsTheVisitor covers a host meeting "his guest", "the visitor"
// or "the visiting president" (en.GuestNouns, a "visiting" role without a
// name): the visitor of the latest visit that has happened, not the host;
// a guest named after the noun is that person.
func TestGuestIsTheVisitor(t *testing.T) {
	pub := day(2024, time.April, 18) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"his guest",
			"Chilean President Carla Ruiz flew into Lima on Wednesday. Peruvian President Jorge Salas sat down with his guest to discuss mining.",
			[]string{"meeting occurred Carla Ruiz+Jorge Salas @2024-04-17", "visit occurred Carla Ruiz>Peru @2024-04-17"}},
		{"the visiting president",
			"Chilean President Carla Ruiz flew into Lima on Wednesday. Peruvian President Jorge Salas met the visiting president at the palace.",
			[]string{"meeting occurred Carla Ruiz+Jorge Salas @2024-04-17", "visit occurred Carla Ruiz>Peru @2024-04-17"}},
		{"the host and the visitor as subjects",
			"Chilean President Carla Ruiz flew into Lima on Wednesday. Peruvian President Jorge Salas and the visitor discussed mining.",
			[]string{"meeting occurred Carla Ruiz+Jorge Salas @2024-04-17", "visit occurred Carla Ruiz>Peru @2024-04-17"}},
	})
}

// TestGuestOrHostInApposition covers "his Zambian guest, Y" and "her
// host, Y": a guest or host noun after a possessive pronoun (with or
// without a demonym) and the name set off after it is the one met, also
// when a day opens the sentence with no comma ("On Tuesday X met ...": the
// fronted phrase ends at the subject, and the comma after "host" is no
// end of it).
func TestGuestOrHostInApposition(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	want := []string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"a guest with a demonym", "On Tuesday Malawi's Peter Banda conferred at length with his Zambian guest, Hakainde Hichilema.", want},
		{"a host", "On Tuesday Malawi's Peter Banda conferred at length with his host, Hakainde Hichilema.", want},
		{"a host with a demonym, received by", "On Tuesday Malawi's Peter Banda was received by his Zambian host, Hakainde Hichilema.", want},
	})
}

// TestThenClauseSubject covers a clause after a comma and "then" with no
// subject of its own ("X paid a courtesy call on Y, then held separate
// meetings with A and B"): it goes on with the first verb's subject, or,
// where that is not named ("PDB", a nickname no one files), with the one
// the story follows, never with Y, the first verb's object; and a person
// named right after a verb of meeting does not take over the story.
func TestThenClauseSubject(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const arrived = "Malawi's Peter Banda arrived in Lusaka on Monday. "
	want := []string{"meeting occurred Mulambo Haimbe+Peter Banda @2025-03-03", "meeting occurred Mutale Nalumango+Peter Banda @2025-03-03",
		"meeting occurred Nelly Mutti+Peter Banda @2025-03-03", "visit occurred Peter Banda>Zambia @2025-03-03"}
	checkBriefs(t, pub, []briefCase{
		{"named subject",
			arrived + "That afternoon, Banda paid a courtesy call on Zambian Vice President Mutale Nalumango, then held separate meetings with Foreign Minister Mulambo Haimbe and Speaker Nelly Mutti.",
			want},
		{"unnamed subject, a verb of meeting",
			arrived + "That afternoon, PDB visited Zambian Vice President Mutale Nalumango, then held separate meetings with Foreign Minister Mulambo Haimbe and Speaker Nelly Mutti.",
			want},
		{"unnamed subject, a courtesy call on",
			arrived + "That afternoon, PDB paid a courtesy call on Zambian Vice President Mutale Nalumango, then held separate meetings with Foreign Minister Mulambo Haimbe and Speaker Nelly Mutti.",
			[]string{want[0], want[2], want[3]}}, // (the call itself has no subject named)
		{"a relative clause closes at the comma",
			arrived + "Foreign Minister Mulambo Haimbe, who had seen Banda off at the airport, later held talks with Speaker Nelly Mutti.",
			[]string{"meeting occurred Mulambo Haimbe+Nelly Mutti @2025-03", "visit occurred Peter Banda>Zambia @2025-03-03"}},
	})
}

// TestObjectPronounOfMainSubject covers an object pronoun in a clause
// whose own subject is named just before its verb ("A flew to X, where B
// received him"): it stands for the sentence's named subject, not for the
// person in focus before the sentence.
func TestObjectPronounOfMainSubject(t *testing.T) {
	pub := day(2025, time.February, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a where clause after a named subject",
			"On Sunday Senator Paul Grant held talks with President Jose Vidal. Vidal told reporters later that he saw no threat. Grant then flew on to Quito, where President Luis Mora received him on Monday.",
			[]string{"meeting occurred Jose Vidal+Paul Grant @2025-02-02", "meeting occurred Luis Mora+Paul Grant @2025-02-03", "visit occurred Paul Grant>Ecuador @2025-02-03"}},
		{"after a fronted place and day",
			"On Sunday Senator Paul Grant held talks with President Jose Vidal. Vidal told reporters later that he saw no threat. In Lima on Monday, Grant had lunch with Peruvian Foreign Minister Elmer Schialer, before flying to Quito, where President Luis Mora received him.",
			[]string{"meeting occurred Elmer Schialer+Paul Grant @2025-02-03", "meeting occurred Jose Vidal+Paul Grant @2025-02-02", "meeting occurred Luis Mora+Paul Grant @2025-02-03", "visit occurred Paul Grant>Ecuador @2025-02-03"}},
	})
}

// TestRoleOfBodyBeforeName covers a role "of" a body the gazetteer does
// not know as a country, named whole before a comma and the holder's name
// ("the Chairman of the Sovereign Council, General X", "the President of the
// Regional Commission, Dr Y"): the name is the person met.
func TestRoleOfBodyBeforeName(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"a rank before the name",
			"President Kofi Mensah was received on Saturday by the President of the Interim Period, General Amadou Keita.",
			[]string{"meeting occurred Amadou Keita+Kofi Mensah @2025-03-08"}},
		{"a doctor of a commission",
			"President Kofi Mensah held a meeting on Friday with the President of the Regional Commission, Dr Fatou Ndiaye.",
			[]string{"meeting occurred Fatou Ndiaye+Kofi Mensah @2025-03-07"}},
	})
}

// TestOfficeDescribedBeforeHolder covers an office described in full
// before its holder's name (roleAppositive, en.RoleAdjectives,
// en.RoleFillers): "talks with the incoming chief of the UN mission in Chad
// (MINUC), Ama Owusu" met Ama Owusu, and "Mission" ends an institution's
// name, no person's.
func TestOfficeDescribedBeforeHolder(t *testing.T) {
	pub := day(2025, time.February, 20) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"an office with an acronym",
			"Chadian Prime Minister Allamaye Halina held talks with the incoming chief of the UN Stabilisation Mission in Chad (MINUC), Ama Owusu, on Wednesday.",
			[]string{"meeting occurred Allamaye Halina+Ama Owusu @2025-02-19"}},
		{"a lower-case office",
			"Chadian Prime Minister Allamaye Halina met the outgoing chief of the EU delegation, Pieter Janssen, on Wednesday.",
			[]string{"meeting occurred Allamaye Halina+Pieter Janssen @2025-02-19"}},
	})
}

// TestCandidateDescribedBeforeName covers an election candidate described
// before the name, the office in two words ("the presidential candidate of
// the X Party, Mr Y"; "the X Party candidate, Y"): Y was met.
func TestCandidateDescribedBeforeName(t *testing.T) {
	pub := day(2025, time.February, 20) // a Thursday
	want := []string{"meeting occurred Daniel Ochieng+Peter Banda @2025-02-19"}
	checkBriefs(t, pub, []briefCase{
		{"a two-word office and its party",
			"On Wednesday Kenyan envoy Daniel Ochieng had talks with the presidential candidate of the Democratic Party, Mr Peter Banda.", want},
		{"the party before the office",
			"Kenyan envoy Daniel Ochieng sat down with the Democratic Party candidate, Peter Banda, on Wednesday.", want},
		{"a nominee",
			"Kenyan envoy Daniel Ochieng held talks on Wednesday with the presidential nominee of the Unity Alliance, Peter Banda.", want},
	})
}

// TestRolesInAppositionToName covers roles set between commas right after
// a name, one or two joined by "and" ("Prince X, Crown Prince and Prime
// Minister, received a call"): they stand for that person, not for another
// person the text names with such a role.
func TestRolesInAppositionToName(t *testing.T) {
	pub := day(2025, time.June, 14) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"two roles joined by and",
			"His Highness Sheikh Hamad bin Rashid, Crown Prince and Prime Minister, took a telephone call on Friday from Norway's President Lars Eriksen. On Friday, he also spoke with Omani Minister of Transport, Communications and Omani Ports Dr. Salem Nasser.",
			[]string{"meeting occurred Hamad bin Rashid+Lars Eriksen (phone) @2025-06-13", "meeting occurred Hamad bin Rashid+Salem Nasser @2025-06-13"}},
	})
}

// TestTalksAtNamedVenue covers a named venue between a meeting noun and
// its "with" ("sat for talks in the Kremlin with X", "had talks at the Blue
// House with Y"): the venue is stepped over, the object is met.
func TestTalksAtNamedVenue(t *testing.T) {
	pub := day(2025, time.May, 14) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"in a named building",
			"Russian President Vladimir Putin had long talks in the Kremlin on Tuesday with Indonesia's leader Prabowo Subianto.",
			[]string{"meeting occurred Prabowo Subianto+Vladimir Putin @2025-05-13"}},
		{"at a named building",
			"South Korean President Lee Jae-myung had talks at the Blue House on Tuesday with Vietnamese leader To Lam.",
			[]string{"meeting occurred Lee Jae-myung+To Lam @2025-05-13"}},
	})
}

// TestPairAndNegatedNoun covers "the pair" as the two people just named
// ("X greeted him, and the pair then talked one-on-one") and a meeting
// noun whose own predicate denies it ("A meeting with Y was not on the
// programme"): no meeting held.
func TestPairAndNegatedNoun(t *testing.T) {
	pub := day(2025, time.August, 13) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the pair",
			"Zelensky of Ukraine landed in Vienna on Wednesday. Austrian Chancellor Christian Stocker greeted him at the door, and the pair had a brief one-on-one.",
			[]string{"meeting occurred Christian Stocker+Volodymyr Zelensky @2025-08-13", "visit occurred Volodymyr Zelensky>Austria @2025-08-13"}},
		{"a noun denied by its predicate",
			"Polish President Karol Nawrocki was hosted by Giorgia Meloni, the Italian premier, on Saturday. A meeting with Italy's president Sergio Mattarella was not in the Polish leader's diary, his office said.",
			[]string{"meeting cancelled Karol Nawrocki+Sergio Mattarella @", "meeting occurred Giorgia Meloni+Karol Nawrocki @2025-08-09"}},
	})
}

// TestEnvoyErrandsAndSequences covers an envoy's errand (en.MessageNouns
// after "delivered", "handed", "conveyed": the envoy met the one who got
// the message) and a gerund "before meeting X" after a past verb, which
// is a later meeting held, not a plan.
func TestEnvoyErrandsAndSequences(t *testing.T) {
	pub := day(2025, time.July, 1) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a message delivered to someone",
			"Chad's Foreign Minister Abderaman Koulamallah on Monday delivered a written message from his president to Nigerien leader Abdourahamane Tiani.",
			[]string{"meeting occurred Abderaman Koulamallah+Abdourahamane Tiani @2025-06-30"}},
		{"someone handed a letter",
			"Chad's Foreign Minister Abderaman Koulamallah on Monday handed Nigerien leader Abdourahamane Tiani a letter from his president.",
			[]string{"meeting occurred Abderaman Koulamallah+Abdourahamane Tiani @2025-06-30"}},
		{"before meeting, after a past verb",
			"Spanish Prime Minister Pedro Sanchez had talks with Emmanuel Macron on Monday, before meeting Nigeria's Bola Tinubu.",
			[]string{"meeting occurred Bola Tinubu+Pedro Sanchez @2025-06-30", "meeting occurred Emmanuel Macron+Pedro Sanchez @2025-06-30"}},
	})
}

// TestMediatorAndRegionEnvoy covers a mediator who "relayed messages to and
// fro between A and B" (met each, apart) and a title that ends in a
// region's name ("Commissioner for the Near East X"): the region is no
// part of the name.
func TestMediatorAndRegionEnvoy(t *testing.T) {
	pub := day(2025, time.April, 13) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"messages between two sides",
			"On Saturday the Swiss mediator Anna Keller relayed messages to and fro between Malian envoy Omar Diallo and UN Commissioner for the Near East Ana Lopes in Geneva.",
			[]string{"meeting occurred Ana Lopes+Anna Keller @2025-04-12", "meeting occurred Anna Keller+Omar Diallo @2025-04-12"}},
	})
}

// TestTimeTogetherAndOneMore covers two people who "spent hours together"
// (they met) and one more who "took part in the meeting as well", the
// meeting told just before (a party to it, not a gathering of its own).
func TestTimeTogetherAndOneMore(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"time together, then one more",
			"Quebec Premier Francois Legault and French Ambassador Michel Miraillet spent nearly three hours together in Quebec City on Wednesday. Economy Minister Christopher Skeete took part in the meeting as well.",
			[]string{"meeting occurred Christopher Skeete+Francois Legault+Michel Miraillet @2025-05-07"}},
	})
}

// TestJoinedByAndBareGathering covers "X was joined by Y" after X's
// meeting (Y is one more party) and a bare "the meeting" named after it
// with no one at it ("As the meeting closed"), which is no gathering.
func TestJoinedByAndBareGathering(t *testing.T) {
	pub := day(2025, time.April, 24) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"joined by, then the end of the meeting",
			"World Bank President Ajay Banga met Kenyan Treasury Secretary John Mbadi in Washington on Thursday. Mbadi was joined by Central Bank Governor Kamau Thugge. As the meeting closed, Banga praised the reforms.",
			[]string{"meeting occurred Ajay Banga+John Mbadi+Kamau Thugge @2025-04-24"}},
	})
}

// TestRulersAndSequences covers "Kuwait's ruler Sheikh X" (a role word:
// X is the one met, not the country), "went on to meet X" (the next step,
// taken), "..., and sat down separately with Y" (the sentence's subject
// met Y) and "The leaders held talks" after two leaders were named.
func TestRulersAndSequences(t *testing.T) {
	pub := day(2024, time.December, 23) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"a ruler, then the next steps",
			"Shigeru Ishiba, Japan's prime minister, held talks with Bahrain's ruler Sheikh Hamad bin Isa Al Khalifa on Sunday. Ishiba later went on to meet Prince Salman bin Hamad Al Khalifa, and sat down separately with Foreign Minister Abdullatif al-Zayani.",
			[]string{"meeting occurred Abdullatif al-Zayani+Shigeru Ishiba @2024-12-22", "meeting occurred Hamad bin Isa Al Khalifa+Shigeru Ishiba @2024-12-22", "meeting occurred Salman bin Hamad Al Khalifa+Shigeru Ishiba @2024-12-22"}},
		{"the leaders",
			"King Abdullah II of Jordan and Shigeru Ishiba of Japan agreed on Sunday to expand ties. The leaders held talks at the Akasaka Palace.",
			[]string{"meeting occurred Abdullah II+Shigeru Ishiba @2024-12"}},
	})
}

// TestObjectPronounAfterWith covers "A walked with B ... and held talks with
// him" and "A greeted B ... and held talks with him": an object pronoun is
// no subject of its own clause, so "him" is B. "A first met B and then held
// talks with C": A, not B, held the talks.
func TestObjectPronounAfterWith(t *testing.T) {
	pub := day(2024, time.June, 13) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"greeted, then talks with him",
			"Kenya's Joseph Mwita arrived on Sunday. Malawi's Nancy Tembo greeted Mwita outside the ministry and then held talks with him on trade on Monday.",
			[]string{"meeting occurred Joseph Mwita+Nancy Tembo @2024-06-10"}},
		{"met one and then held talks with another",
			"Kenyan President William Ruto first met Malawi's Vice President Michael Usi on Monday and then held talks with Nancy Tembo, the country's top diplomat.",
			[]string{"meeting occurred Michael Usi+William Ruto @2024-06-10", "meeting occurred Nancy Tembo+William Ruto @2024-06-10"}},
		{"walked with, then talks with him",
			"Ghana's John Mahama strolled with Kenyan President William Ruto through the old market and then had talks with him over lunch on Monday.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-10"}},
		{"him after another subject is the topic",
			"Ghana's John Mahama landed in Nairobi on Monday, and Kenyan President William Ruto received him at the palace.",
			[]string{"meeting occurred John Mahama+William Ruto @2024-06-10", "visit occurred John Mahama>Kenya @2024-06-10"}},
	})
}

// TestHostedTheTwo covers a host who "hosted the two leaders" or "the two
// co-chairs" named before: one meeting of the three (the host is not one of
// the two), and a place the text is in ("arrived in the city").
func TestHostedTheTwo(t *testing.T) {
	pub := day(2025, time.February, 9) // a Sunday
	const intro = "Zambia's Hakainde Hichilema and Malawi's Lazarus Chakwera reached Dodoma on Friday. "
	checkBriefs(t, pub, []briefCase{
		{"hosted the two leaders",
			intro + "Tanzanian President Samia Hassan hosted the two leaders at State House on Friday evening.",
			[]string{"meeting occurred Hakainde Hichilema+Lazarus Chakwera+Samia Hassan @2025-02-07", "visit occurred Hakainde Hichilema>Tanzania @2025-02-07", "visit occurred Lazarus Chakwera>Tanzania @2025-02-07"}},
		{"received the two co-chairs",
			intro + "Tanzanian President Samia Hassan received the two co-chairs late on Friday.",
			[]string{"meeting occurred Hakainde Hichilema+Lazarus Chakwera+Samia Hassan @2025-02-07", "visit occurred Hakainde Hichilema>Tanzania @2025-02-07", "visit occurred Lazarus Chakwera>Tanzania @2025-02-07"}},
		{"investors received nine shares is no meeting",
			"Investors received nine new shares each on Friday, Tanzanian President Samia Hassan said.",
			nil},
		{"arrived in the city named before",
			"Uganda's Yoweri Museveni touched down in Arusha early on Saturday; Burundi's Evariste Ndayishimiye arrived in the city on Friday night.",
			[]string{"visit occurred Evariste Ndayishimiye>Tanzania @2025-02-07", "visit occurred Yoweri Museveni>Tanzania @2025-02-08"}},
	})
}

// TestObjectPronounAfterRoleSubject covers "X also came, and the chief
// adviser saw him": a role is the subject of the verb of "him", which is
// then the sentence's first person, not the one told before.
func TestObjectPronounAfterRoleSubject(t *testing.T) {
	pub := day(2025, time.April, 5) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a role subject before the verb of him",
			"Chief Adviser Tarek Rahman of Bangladesh reached Accra on Thursday. Leaders of Kenya and Togo, William Ruto and Faure Gnassingbe, attended. Nigeria's Bola Tinubu came too, and the chief adviser saw him privately on Friday.",
			[]string{"meeting occurred Bola Tinubu+Tarek Rahman @2025-04-04", "visit occurred Tarek Rahman>Ghana @2025-04-03"}},
	})
}

// TestLaterObjectsAndPairs covers a second person met later in the same
// clause ("met A at the palace and then B") and "the two" after a clause
// that names one of them by a pronoun ("X greeted her on landing, and the
// two then held talks").
func TestLaterObjectsAndPairs(t *testing.T) {
	pub := day(2024, time.August, 2) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"and then a second person",
			"Malian Foreign Minister Abdoulaye Diop met President Mahamat Deby at the palace on Wednesday and then Prime Minister Allamaye Halina.",
			[]string{
				"meeting occurred Abdoulaye Diop+Allamaye Halina @2024-07-31",
				"meeting occurred Abdoulaye Diop+Mahamat Deby @2024-07-31",
			}},
		{"and then a clause of its own",
			"Malian Foreign Minister Abdoulaye Diop met President Mahamat Deby on Wednesday and then Prime Minister Allamaye Halina flew to Paris.",
			[]string{
				"meeting occurred Abdoulaye Diop+Mahamat Deby @2024-07-31",
				"visit occurred Allamaye Halina>France @2024-08",
			}},
		{"the two after a pronoun object, no gathering",
			"Malian Foreign Minister Fatoumata Sidibe held talks in Niamey on Monday with Nigerien Foreign Minister Bakary Sangare. On Tuesday she was in Ndjamena, where Chadian Foreign Minister Abderaman Koulamallah greeted her on landing, and the two afterwards sat down for talks on security.",
			[]string{
				"meeting occurred Abderaman Koulamallah+Fatoumata Sidibe @2024-07-30",
				"meeting occurred Bakary Sangare+Fatoumata Sidibe @2024-07-29",
				"visit occurred Fatoumata Sidibe>Chad @2024-07-30",
				"visit occurred Fatoumata Sidibe>Niger @2024-07-29",
			}},
	})
}

// TestRoleOfTheStoryFollowed covers "the prime minister" when two were
// named: the one the story follows (named most often so far); and a role
// in apposition with a long postmodifier ("X, the minister responsible
// for Y, was ...") is X.
func TestRoleOfTheStoryFollowed(t *testing.T) {
	pub := day(2025, time.January, 12) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"the prime minister the story follows",
			"Prime Minister Christopher Luxon began a tour of Asia in Singapore on Thursday. Luxon held talks there with Prime Minister Lawrence Wong on Friday, and Luxon praised the ties. Wong called the visit timely. The prime minister then flew to Hanoi, where President Luong Cuong received him on Saturday.",
			[]string{
				"meeting occurred Christopher Luxon+Lawrence Wong @2025-01-10",
				"meeting occurred Christopher Luxon+Luong Cuong @2025-01-11",
				"visit occurred Christopher Luxon>Singapore @2025-01-09",
				"visit occurred Christopher Luxon>Vietnam @2025-01-11",
			}},
		{"a role with a postmodifier in apposition",
			"Prime Minister Christopher Luxon met Prime Minister Lawrence Wong in Singapore on Friday. Luxon praised the ties. Todd McClay, the minister responsible for trade and export growth, was in Tokyo on Thursday for talks with Takeshi Iwaya, the Japanese foreign minister.",
			[]string{
				"meeting occurred Christopher Luxon+Lawrence Wong @2025-01-10",
				"meeting occurred Takeshi Iwaya+Todd McClay @2025-01-09",
				"visit occurred Christopher Luxon>Singapore @2025-01-10",
				"visit occurred Todd McClay>Japan @2025-01-09",
			}},
	})
}

// TestFirstPronounKeepsTheSubject covers a sentence whose subject is a
// pronoun and names someone else before a second "he" ("He sat down with
// X, and later he met Y": both his), and a relative "whom he said ...
// spoke with Z" (the antecedent spoke, not the sayer).
func TestFirstPronounKeepsTheSubject(t *testing.T) {
	pub := day(2025, time.June, 18) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"a second he after a name",
			"Indian Prime Minister Narendra Modi spent Monday in Cyprus. In the morning he sat down with Nikos Christodoulides, and in the afternoon he held separate talks with Kyriakos Mitsotakis of Greece.",
			[]string{
				"meeting occurred Kyriakos Mitsotakis+Narendra Modi @2025-06-16",
				"meeting occurred Narendra Modi+Nikos Christodoulides @2025-06-16",
				"visit occurred Narendra Modi>Cyprus @2025-06-16",
			}},
		{"whom he said spoke",
			"Trade Minister Ana Ruiz told reporters she had met President Gustavo Petro, whom she said had recently spoken by telephone with Brazilian President Lula.",
			[]string{
				"meeting occurred Ana Ruiz+Gustavo Petro @",
				"meeting occurred Gustavo Petro+Luiz Inácio Lula da Silva (phone) @",
			}},
	})
}

// TestDelegationIsItsLeader covers "the delegation" as a clause subject
// after "a delegation led by X" was told: X is the party.
func TestDelegationIsItsLeader(t *testing.T) {
	pub := day(2023, time.September, 4) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"the delegation received",
			"A Ghanaian defence delegation headed by Deputy Defence Minister Kofi Amankwa visited the Sahel last week. In Niamey on Tuesday the delegation was received by Nigerien Prime Minister Ali Lamine Zeine.",
			[]string{"meeting occurred Ali Lamine Zeine+Kofi Amankwa @2023-08-29"}},
		{"no delegation told before",
			"In Niamey on Tuesday the delegation was received by Nigerien Prime Minister Ali Lamine Zeine.",
			nil},
	})
}

// TestCourtesyCallsAndDelegations covers "received a courtesy call at
// Jubilee House from a team of X led by their leader, Y" (the leader
// named after a title and an "of" phrase) and "called upon".
func TestCourtesyCallsAndDelegations(t *testing.T) {
	pub := day(2024, time.May, 16) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"a courtesy call from a team of senators",
			"Ghana's Speaker, Alban Bagbin, today received a courtesy call at Jubilee House from a team of Nigerian senators led by their leader, Barau Jibrin.",
			[]string{"meeting occurred Alban Bagbin+Barau Jibrin @2024-05-16"}},
		{"called upon",
			"Ghana's opposition leader John Mahama called upon the visiting President Bola Tinubu of Nigeria at his hotel on Tuesday.",
			[]string{"meeting occurred Bola Tinubu+John Mahama @2024-05-14"}},
	})
}

// TestReceivedAtVenueInTownBy covers the passive "was received at the
// Al Alam Palace in Seeb by X": a venue and a town the gazetteer may not
// know stand between the verb and its agent.
func TestReceivedAtVenueInTownBy(t *testing.T) {
	pub := day(2025, time.October, 26) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"venue and town before by",
			"Italian Foreign Minister Antonio Tajani landed in Muscat on Thursday evening. On Friday he was received at the Al Alam Palace in Seeb by Sultan Haitham bin Tarik.",
			[]string{
				"meeting occurred Antonio Tajani+Haitham bin Tarik @2025-10-24",
				"visit occurred Antonio Tajani>Oman @2025-10-23",
			}},
	})
}

// TestProgrammeEntries covers entries of a published programme that name
// no subject ("10:00 Bilateral meeting with X. Done."): the owner the title
// names, when the body names them too, met X; entries of a title that
// names no one take no owner. A one-word name with its office in the
// title is the owner too, and the office alone in the body ("The
// Minister") is that owner, unless the title names the other party.
func TestProgrammeEntries(t *testing.T) {
	pub := day(2025, time.April, 4) // a Friday
	for _, tc := range []struct {
		name, title, text string
		want              []string
	}{
		{"entries of a named owner", "Weekly programme of Prime Minister Luc Frieden",
			"Prime Minister Luc Frieden kept a full week.\n\nTuesday 1 April\n\n10:00 Bilateral meeting with Belgian Prime Minister Bart De Wever. Done.\n\n15:00 Phone call with Estonian President Alar Karis. Done.",
			[]string{
				"meeting occurred Alar Karis+Luc Frieden (phone) @2025-04-01",
				"meeting occurred Bart De Wever+Luc Frieden @2025-04-01",
			}},
		{"a one-word name with its office, and the office alone", "Foreign Minister Sugiono: the week's engagements",
			"Thursday 3 April\n\n09:00 - Talks with Malaysian Foreign Minister Mohamad Hasan. Later the Minister landed in Singapore.\n\nIndonesian Foreign Minister Sugiono thanked his hosts.",
			[]string{
				"meeting occurred Mohamad Hasan+Sugiono @2025-04-03",
				"visit occurred Sugiono>Singapore @2025-04-03",
			}},
		{"a title naming the other party", "Prime Minister speaks with Estonian Prime Minister Kristen Michal",
			"Prime Minister Luc Frieden held talks on Tuesday with Belgian Prime Minister Bart De Wever. The Prime Minister later spoke by phone with Estonian Prime Minister Kristen Michal.",
			[]string{
				"meeting occurred Bart De Wever+Luc Frieden @2025-04-01",
				"meeting occurred Kristen Michal+Luc Frieden (phone) @2025-04-01",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(testX.Extract(schema.Article{ID: "t", Title: tc.title, Text: tc.text, Published: pub}))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

// TestKinBeforeName covers the courtly "his brother King X" of agency
// copy: the person named after the kinship noun is the one called or
// met, not the possessor, also past a bare role joined by "and".
func TestKinBeforeName(t *testing.T) {
	pub := day(2025, time.March, 4) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a call from his brother",
			"Kuwaiti Emir Nasser bin Faisal took a phone call on Monday from his brother King Abdullah II of Jordan about the Gaza plan.",
			[]string{"meeting occurred Abdullah II+Nasser bin Faisal (phone) @2025-03-03"}},
		{"a bare role and a named one",
			"Omani Sultan Haitham bin Tariq received a telephone call on Monday from his brother Crown Prince and Prime Minister Hamad bin Rashid of Bahrain.",
			[]string{"meeting occurred Haitham bin Tariq+Hamad bin Rashid (phone) @2025-03-03"}},
		{"her dear friend",
			"Italian Prime Minister Giorgia Meloni met her dear friend Prime Minister Kyriakos Mitsotakis of Greece in Rome on Monday.",
			[]string{"meeting occurred Giorgia Meloni+Kyriakos Mitsotakis @2025-03-03"}},
	})
}

// TestBareHeadOfState covers "the Head of State" with no country: the
// leader of the dateline's country among those named, a prime minister
// heading no state; a list of a named person's offices is no reference.
func TestBareHeadOfState(t *testing.T) {
	pub := day(2024, time.June, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the one leader named",
			"Senegalese President Ndeye Sarr received Moroccan Foreign Minister Karim Alaoui on Tuesday. Later that day the Head of State received Spanish envoy Pablo Ruiz.",
			[]string{"meeting occurred Karim Alaoui+Ndeye Sarr @2024-06-11", "meeting occurred Ndeye Sarr+Pablo Ruiz @2024-06-11"}},
		{"the dateline's leader among two",
			"DAKAR, June 12 - Senegalese President Ndeye Sarr had a phone call on Monday with Gambian President Lamin Jatta. On Tuesday the head of state received Spanish envoy Pablo Ruiz.",
			[]string{"meeting occurred Lamin Jatta+Ndeye Sarr (phone) @2024-06-10", "meeting occurred Ndeye Sarr+Pablo Ruiz @2024-06-11"}},
		{"a prime minister heads no state",
			"Senegalese Prime Minister Awa Diallo met Gambian President Lamin Jatta in Banjul on Monday. On Tuesday the head of state received Spanish envoy Pablo Ruiz.",
			[]string{"meeting occurred Awa Diallo+Lamin Jatta @2024-06-10", "meeting occurred Lamin Jatta+Pablo Ruiz @2024-06-11"}},
	})
}

// TestTitleChains covers the chains of offices state media put before a
// name ("met with Member of the Politburo, Director of X, Foreign
// Minister Y"): the person named at the end is the one met, "Member" is
// no name; and a meeting noun's appositive "initially slated for" is a
// plan.
func TestTitleChains(t *testing.T) {
	pub := day(2024, time.July, 26) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"offices set off by commas",
			"Lao Foreign Minister Saleumxay Kommasith met with Member of the Standing Committee of the Politburo, Head of the Central Liaison Office, Deputy Premier Liu Guozhong in Vientiane on Thursday.",
			[]string{"meeting occurred Liu Guozhong+Saleumxay Kommasith @2024-07-25"}},
		{"offices joined by and",
			"Lao President Thongloun Sisoulith held talks with General Secretary of the Workers' Party and Chairman of the State Council Kim Tok Hun on Thursday.",
			[]string{"meeting occurred Kim Tok Hun+Thongloun Sisoulith @2024-07-25"}},
		{"initially scheduled",
			"Talks between Lao Foreign Minister Saleumxay Kommasith and Thai Foreign Minister Maris Sangiampongsa, initially slated for the summit's margins, have been pushed back.",
			[]string{"meeting planned Maris Sangiampongsa+Saleumxay Kommasith @"}},
	})
}

// TestCourtStyles covers a court style standing for a person named before
// ("His Majesty later received X", "His Highness also met Y"): the person
// in focus or the last one named whose office bears that style, not one
// named in the same sentence; a style before a title ("His Highness the
// Amir") is read with the title.
func TestCourtStyles(t *testing.T) {
	pub := day(2024, time.June, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"his majesty after the king arrived",
			"King Tupou VI of Tonga landed in Apia on Monday. His Majesty then received Samoan Prime Minister Fiame Naomi Mataafa.",
			[]string{"meeting occurred Fiame Naomi Mataafa+Tupou VI @2024-06-10", "visit occurred Tupou VI>Samoa @2024-06-10"}},
		{"his highness is the emir, not the crown prince met",
			"Sultan Haitham bin Tariq of Oman received Emir Tamim bin Hamad of Qatar on Monday. His Highness also met Crown Prince Theyazin bin Haitham.",
			[]string{"meeting occurred Haitham bin Tariq+Tamim bin Hamad @2024-06-10", "meeting occurred Tamim bin Hamad+Theyazin bin Haitham @2024-06-10"}},
	})
}

// TestRoleSynonyms covers an office told by description ("the Russian top
// diplomat", "Hungary's chief diplomat"): the person who holds that
// office.
func TestRoleSynonyms(t *testing.T) {
	pub := day(2023, time.October, 19) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the top diplomat arrived",
			"Hungarian Foreign Minister Peter Szijjarto spoke in Budapest on Monday. The Hungarian top diplomat arrived in Minsk on Wednesday evening.",
			[]string{"visit occurred Peter Szijjarto>Belarus @2023-10-18"}},
		{"the Chief Executive arrived, the president the story follows",
			"President Ferdinand R. Marcos Jr. is in Vietnam this week for a state visit. The Chief Executive landed in Hanoi late on Monday, welcomed on arrival by the Philippine ambassador, Daniel Ochieng.",
			[]string{"visit occurred Ferdinand Marcos Jr.>Vietnam @2023-10-16"}},
		{"Hong Kong's Chief Executive keeps the title",
			"Hong Kong's Chief Executive John Lee flew to Beijing on Monday. The Chief Executive held talks there on Tuesday with Vice Premier Ding Xuexiang of China.",
			[]string{"meeting occurred Ding Xuexiang+John Lee @2023-10-17"}},
		{"the chief diplomat met",
			"Hungarian Foreign Minister Peter Szijjarto spoke in Budapest on Monday. Hungary's chief diplomat met Belarusian Foreign Minister Sergei Aleinik in Minsk on Wednesday.",
			[]string{"meeting occurred Peter Szijjarto+Sergei Aleinik @2023-10-18"}},
	})
}

// TestVerbList covers verbs listed with commas after one subject ("met A
// at X, held talks with B at Y, and addressed Z"): each verb's subject is
// the list's, not the object of the verb before.
func TestVerbList(t *testing.T) {
	pub := day(2023, time.April, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"met, then held talks, after a comma",
			"Canadian Prime Minister Justin Trudeau arrived in Dublin on Wednesday. On Thursday he met President Michael Higgins in the morning, held talks with Irish Prime Minister Leo Varadkar over lunch about fishing, and spoke to parliament.",
			[]string{"meeting occurred Justin Trudeau+Leo Varadkar @2023-04-13", "meeting occurred Justin Trudeau+Michael Higgins @2023-04-13", "visit occurred Justin Trudeau>Ireland @2023-04-12"}},
		{"received, then visited, after a comma",
			"Irish President Michael Higgins received Canadian Prime Minister Justin Trudeau on Thursday, visited a school in Cork on Friday, and flew home.",
			[]string{"meeting occurred Justin Trudeau+Michael Higgins @2023-04-13"}},
	})
}

// TestTeamsBetween covers talks between two teams: "talks were held
// between a team led by A and B and their counterparts, C and D" (the
// passive with "between" right after "held"): all four met; a day told
// before "a team led by A and B" dates their talks.
func TestTeamsBetween(t *testing.T) {
	pub := day(2025, time.April, 26) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a team with two leaders and their counterparts",
			"On Thursday, talks were held between a Japanese team led by Finance Minister Katsunobu Kato and Trade Minister Yoji Muto and their American counterparts, Scott Bessent and Trade Representative Jamieson Greer.",
			[]string{"meeting occurred Jamieson Greer+Katsunobu Kato+Scott Bessent+Yoji Muto @2025-04-24"}},
		{"a fronted day over a team led by two",
			"On Thursday, a Japanese team led by Finance Minister Katsunobu Kato and Trade Minister Yoji Muto held talks with Treasury Secretary Scott Bessent.",
			[]string{"meeting occurred Katsunobu Kato+Scott Bessent+Yoji Muto @2025-04-24"}},
		{"held right before between",
			"Talks were held between Japanese Finance Minister Katsunobu Kato and Treasury Secretary Scott Bessent on Thursday.",
			[]string{"meeting occurred Katsunobu Kato+Scott Bessent @2025-04-24"}},
	})
}

// TestCompoundSummits covers a summit named by two countries: the leaders
// the sentence names for them met ("The premier, X, and her visitor
// opened the UK-France summit"), and a named body's summit ("the
// Anglo-Irish Council summit") is no bilateral meeting.
func TestCompoundSummits(t *testing.T) {
	pub := day(2025, time.July, 11) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"leaders named for the compound",
			"French President Emmanuel Macron arrived in London on Tuesday. The prime minister, Keir Starmer, and his guest opened the 37th UK-France summit at Downing Street on Thursday.",
			[]string{"meeting occurred Emmanuel Macron+Keir Starmer @2025-07-10", "visit occurred Emmanuel Macron>United Kingdom @2025-07-08"}},
		{"a council's summit",
			"Irish Prime Minister Micheal Martin spoke at an Anglo-Irish Council summit in Belfast on Thursday.",
			nil},
	})
}

// TestMediatedTalks covers a third party told as the subject of "mediated",
// "facilitated" or "brokered" before talks between two others, or after
// them in the passive ("were mediated by X"): all three took part. A
// "Sayyid" before a name is an honorific, as "Sheikh" is.
func TestMediatedTalks(t *testing.T) {
	pub := day(2025, time.April, 13) // a Sunday
	const three = "meeting occurred Ana Lopes+Lindiwe Dube+Omar Diallo @2025-04-12"
	checkBriefs(t, pub, []briefCase{
		{"mediated, active",
			"Swiss envoy Ana Lopes mediated the talks between Malian envoy Omar Diallo and Nigerien envoy Lindiwe Dube in Geneva on Saturday.",
			[]string{three}},
		{"facilitated, active, no article",
			"Swiss envoy Ana Lopes facilitated talks between Malian envoy Omar Diallo and Nigerien envoy Lindiwe Dube in Geneva on Saturday.",
			[]string{three}},
		{"passive after the talks",
			"Talks between Malian envoy Omar Diallo and Nigerien envoy Lindiwe Dube were mediated by Swiss envoy Ana Lopes in Geneva on Saturday.",
			[]string{three}},
		{"a mediator still to come",
			"Swiss envoy Ana Lopes will mediate talks between Malian envoy Omar Diallo and Nigerien envoy Lindiwe Dube in Geneva next week.",
			[]string{"meeting planned Lindiwe Dube+Omar Diallo @2025-04"}},
		{"Sayyid is an honorific",
			"Omani Foreign Minister Sayyid Badr Albusaidi met Malian envoy Omar Diallo on Saturday. Sayyid Badr also received a telephone call from Nigerien envoy Lindiwe Dube.",
			[]string{"meeting occurred Badr Albusaidi+Lindiwe Dube (phone) @2025-04-12", "meeting occurred Badr Albusaidi+Omar Diallo @2025-04-12"}},
	})
}

// TestChiefAndSayyidStyles: Fijian "Ratu", Samoan "Afioga" and "Susuga",
// Persian "Seyyed", Afghan "Mawlawi", West African "Madam" and "Amb."
// (an ambassador's rank kept by a minister) before a name are styles of
// address, not part of the name, as "Sheikh" is.
func TestChiefAndSayyidStyles(t *testing.T) {
	pub := day(2025, time.April, 13) // a Sunday
	checkBriefs(t, pub, []briefCase{
		{"Ratu", "Malawian President Peter Banda held talks in Suva on Friday with Fijian Prime Minister Ratu Peni Vunisa.",
			[]string{"meeting occurred Peni Vunisa+Peter Banda @2025-04-11"}},
		{"Afioga after an appositive comma", "Malawian President Peter Banda called on Samoa's Prime Minister, Afioga Tala Leota, in Apia on Friday.",
			[]string{"meeting occurred Peter Banda+Tala Leota @2025-04-11"}},
		{"Madam before an appositive office", "Madam Grace Phiri, Malawi's Foreign Minister, held talks in Suva on Friday with Fijian Prime Minister Ratu Peni Vunisa.",
			[]string{"meeting occurred Grace Phiri+Peni Vunisa @2025-04-11"}},
		{"Mawlawi", "Malawian President Peter Banda received the acting foreign minister of Afghanistan, Mawlawi Abdul Rahim Karimi, in Lilongwe on Friday.",
			[]string{"meeting occurred Abdul Rahim Karimi+Peter Banda @2025-04-11"}},
		{"Amb. before a minister's name", "In Kigali on Friday, Rwanda's foreign minister, Amb. Joseph Mwita, held talks with his Malawian counterpart, Peter Banda.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-04-11"}},
		{"Seyyed, then the bare name", "Iranian Foreign Minister Seyyed Kamal Rezaei received Malawian President Peter Banda on Friday. Rezaei later saw him off.",
			[]string{"meeting occurred Kamal Rezaei+Peter Banda @2025-04-11"}},
	})
}

// TestPremierOfAKnownCountry covers "the Slovak premier" for a prime
// minister whose country only the gazetteer gives, and a "where Y received
// him" clause after such a subject, opened by a span of time ("Three days
// later the ... premier landed in X, where Y received him"): "him" is the
// premier, not a person of the sentence before; a former president is no
// leader the phrase stands for.
func TestPremierOfAKnownCountry(t *testing.T) {
	pub := day(2024, time.July, 12) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the premier landed, received him",
			"Prime Minister Robert Fico went to Kyiv on Tuesday for talks with President Volodymyr Zelensky. Three days later the Slovak premier flew into Moscow, where Vladimir Putin hosted him at his residence.",
			[]string{"meeting occurred Robert Fico+Vladimir Putin @2024-07-12", "meeting occurred Robert Fico+Volodymyr Zelensky @2024-07-09", "visit occurred Robert Fico>Russia @2024-07-12", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
		{"a former president is no leader",
			"Former president Andrej Kiska spoke in Bratislava on Monday. Prime Minister Robert Fico travelled to Kyiv on Tuesday. On Thursday the Slovak leader landed in Moscow.",
			[]string{"visit occurred Robert Fico>Russia @2024-07-11", "visit occurred Robert Fico>Ukraine @2024-07-09"}},
	})
}

// TestCounterpartOfTheSameOffice covers "his Kyrgyz counterpart" when two
// people of that country were named: the one who holds the office of the
// person whose counterpart this is. It also covers "came together with Y"
// (they met) and "A and B accompanied the president (to X)", "A and B
// are accompanying him" (A and B made the president's trip: "him" is
// not one of the two, and "the president to X" is no office).
func TestCounterpartOfTheSameOffice(t *testing.T) {
	pub := day(2024, time.November, 7) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the counterpart of a president is a president",
			"Kazakh President Kassym-Jomart Tokayev opened the forum in Astana on Wednesday. Hungarian President Tamas Sulyok was greeted at the airport by Olzhas Bektenov, Kazakhstan's prime minister. On Wednesday Sulyok had a bilateral with his Kazakh counterpart.",
			[]string{"meeting occurred Kassym-Jomart Tokayev+Tamas Sulyok @2024-11-06", "visit occurred Tamas Sulyok>Kazakhstan @2024-11"}},
		{"came together with",
			"Hungarian Prime Minister Viktor Orban came together with Slovak Prime Minister Robert Fico in Bratislava on Wednesday.",
			[]string{"meeting occurred Robert Fico+Viktor Orban @2024-11-06"}},
		{"two ministers accompanied the president",
			"Hungarian Prime Minister Viktor Orban arrived in Bishkek on Tuesday. Foreign Minister Peter Szijjarto and Finance Minister Mihaly Varga accompanied Orban.",
			[]string{"visit occurred Mihaly Varga>Kyrgyzstan @2024-11-05", "visit occurred Peter Szijjarto>Kyrgyzstan @2024-11-05", "visit occurred Viktor Orban>Kyrgyzstan @2024-11-05"}},
		{"accompanied the premier to a city",
			"Hungarian Prime Minister Viktor Orban arrived in Bishkek on Tuesday. Foreign Minister Peter Szijjarto and Finance Minister Mihaly Varga accompanied the prime minister to Bishkek.",
			[]string{"visit occurred Mihaly Varga>Kyrgyzstan @2024-11-05", "visit occurred Peter Szijjarto>Kyrgyzstan @2024-11-05", "visit occurred Viktor Orban>Kyrgyzstan @2024-11-05"}},
		{"two are accompanying him",
			"Hungarian Prime Minister Viktor Orban arrived in Bishkek on Tuesday. Foreign Minister Peter Szijjarto and Finance Minister Mihaly Varga are accompanying him.",
			[]string{"visit occurred Mihaly Varga>Kyrgyzstan @2024-11-05", "visit occurred Peter Szijjarto>Kyrgyzstan @2024-11-05", "visit occurred Viktor Orban>Kyrgyzstan @2024-11-05"}},
		{"an ambassador to a city keeps the city in the office",
			"Hungarian Prime Minister Viktor Orban met Kyrgyz Ambassador to Budapest Aibek Artykbaev on Tuesday.",
			[]string{"meeting occurred Aibek Artykbaev+Viktor Orban @2024-11-05"}},
	})
}

// TestFatherAndSonNamedApart covers a son's name that ends with his
// father's ("Hamdan bin Mohammed bin Rashid Al Maktoum" and "Mohammed bin
// Rashid Al Maktoum"): two people, each in his own meeting; a name that
// ends another without "bin" before it stays one person ("Sassou Nguesso").
func TestFatherAndSonNamedApart(t *testing.T) {
	pub := day(2025, time.February, 12) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"father and son",
			"Sheikh Mohammed bin Rashid Al Maktoum received Ghanaian President John Mahama on Tuesday. Later that day Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum held talks with Chilean President Gabriel Boric.",
			[]string{"meeting occurred Gabriel Boric+Hamdan bin Mohammed bin Rashid Al Maktoum @2025-02-11", "meeting occurred John Mahama+Mohammed bin Rashid Al Maktoum @2025-02-11"}},
		{"a surname after a given name",
			"Congolese President Denis Sassou Nguesso met William Ruto on Tuesday. Sassou Nguesso also met Mostafa Madbouly on Tuesday.",
			[]string{"meeting occurred Denis Sassou Nguesso+Mostafa Madbouly @2025-02-11", "meeting occurred Denis Sassou Nguesso+William Ruto @2025-02-11"}},
	})
}

// TestOrganisationHead covers "the IAEA chief" after "IAEA Director
// General X": the one person named as an official of that organisation,
// whatever the title.
func TestOrganisationHead(t *testing.T) {
	pub := day(2024, time.November, 15) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the org's chief",
			"Egyptian Foreign Minister Badr Abdelatty met IAEA Director General Rafael Grossi in Cairo on Wednesday. The next morning the IAEA chief sat down with Mahmoud Esmat, Egypt's electricity minister.",
			[]string{"meeting occurred Badr Abdelatty+Rafael Grossi @2024-11-13", "meeting occurred Mahmoud Esmat+Rafael Grossi @2024-11-14"}},
	})
}

// TestLeaderOfACountryNamedOnce covers "the Somali leader" after "his
// Somali counterpart X": the one person of that country the text names,
// though the text gave no title (the arrival told with the second meeting
// dates it); and a session of a federal cabinet, which is no diplomatic
// gathering.
func TestLeaderOfACountryNamedOnce(t *testing.T) {
	pub := day(2024, time.March, 22) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the leader after a counterpart",
			"ADDIS ABABA - President Taye Atske Selassie received his Djiboutian counterpart Ismail Omar Guelleh at the National Palace on Thursday. The Djiboutian leader had arrived on Wednesday and also met Foreign Minister Gedion Timothewos.",
			[]string{"meeting occurred Gedion Timothewos+Ismail Omar Guelleh @2024-03-20", "meeting occurred Ismail Omar Guelleh+Taye Atske Selassie @2024-03-21", "visit occurred Ismail Omar Guelleh>Ethiopia @2024-03-20"}},
		{"a federal cabinet's session",
			"On Wednesday President Bola Tinubu presided over a sitting of the Federal Executive Council in Abuja.",
			nil},
	})
}

// TestAndWasReceivedBy covers a passive coordinated after the sentence's
// first clause ("X held talks with Y on the EU path, and was then received
// by Z"): the sentence's subject was received, not a name in the clause
// before; a plural subject stays whole. A sentence opening with "There"
// takes the day of the sentence before.
func TestAndWasReceivedBy(t *testing.T) {
	pub := day(2025, time.November, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"and was then received by",
			"The trip opened in Tallinn on Tuesday. There Andrii Sybiha held talks with Margus Tsahkna about energy aid, and was later received by President Alar Karis.",
			[]string{"meeting occurred Alar Karis+Andrii Sybiha @2025-11-11", "meeting occurred Andrii Sybiha+Margus Tsahkna @2025-11-11", "visit occurred Andrii Sybiha>Estonia @2025-11-11"}},
		{"the clause after a semicolon",
			"Malawian President Peter Banda called off his trip on Monday; Malawian Foreign Minister Grace Phiri went instead and was received by Kenyan President Daniel Ochieng on Tuesday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri @2025-11-11"}},
		{"two subjects were received",
			"Presidents Antonio Costa and Ursula von der Leyen landed in Astana on Tuesday and were received by Kazakh President Kassym-Jomart Tokayev.",
			[]string{"meeting occurred Antonio Costa+Kassym-Jomart Tokayev+Ursula von der Leyen @2025-11-11", "visit occurred Antonio Costa>Kazakhstan @2025-11-11", "visit occurred Ursula von der Leyen>Kazakhstan @2025-11-11"}},
	})
}

// TestReceivedAtAnUnknownVenue covers "was received at <a venue the
// gazetteer does not know> by Y": the venue is no person, and Y received
// the subject.
func TestReceivedAtAnUnknownVenue(t *testing.T) {
	pub := day(2025, time.July, 8) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"received at a venue by",
			"On Monday, US envoy Tom Barrack was received at Dar al-Nour by Parliament Speaker Nabih Berri.",
			[]string{"meeting occurred Nabih Berri+Tom Barrack @2025-07-07"}},
	})
}

// TestKnownAs covers a person introduced with another name ("X, known as
// Y"): later mentions of Y are X.
func TestKnownAs(t *testing.T) {
	pub := day(2024, time.August, 14) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"known as",
			"Fighting spread after rebel leader Daniel Kiprono Lagat, known as Kiprop, rejected the truce. On Tuesday Kiprop had talks in Kampala with Ugandan President Yoweri Museveni.",
			[]string{"meeting occurred Daniel Kiprono Lagat+Yoweri Museveni @2024-08-13"}},
		{"better known as",
			"Fighting spread after rebel leader Daniel Kiprono Lagat, better known as Kiprop, rejected the truce. On Tuesday Kiprop had talks in Kampala with Ugandan President Yoweri Museveni.",
			[]string{"meeting occurred Daniel Kiprono Lagat+Yoweri Museveni @2024-08-13"}},
	})
}

// TestCityReachedIsNoSubject covers "X reached Hanoi on Thursday and held
// talks with <demonym> Y": the city the subject reached does not stand in
// for the subject of the verb coordinated after it.
func TestCityReachedIsNoSubject(t *testing.T) {
	pub := day(2023, time.April, 15) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"reached a city and held talks",
			"Dutch Foreign Minister Caspar Veldkamp reached Hanoi on Thursday and held talks with Vietnamese Foreign Minister Bui Thanh Son.",
			[]string{"meeting occurred Bui Thanh Son+Caspar Veldkamp @2023-04-13", "visit occurred Caspar Veldkamp>Vietnam @2023-04-13"}},
	})
}

// TestGroupsAndPronounsAsParties covers parties told as a group and then
// by name ("met the heads of three parties, including A and B"), a pronoun
// joined to named hosts ("They and their hosts, A and B, held talks"), a
// dialogue held with someone, offices with a portfolio before the head
// ("the bloc's human rights chief X"), and a clause after "as" whose actor
// is no object of the verb before it.
func TestGroupsAndPronounsAsParties(t *testing.T) {
	pub := day(2025, time.March, 8) // a Saturday
	checkBriefs(t, pub, []briefCase{
		{"a group, then some of it by name",
			"On Tuesday Tomas Lind met the leaders of four opposition parties in Tbilisi, including Nika Gvaramia and Elene Khoshtaria.",
			[]string{"meeting occurred Elene Khoshtaria+Tomas Lind @2025-03-04", "meeting occurred Nika Gvaramia+Tomas Lind @2025-03-04"}},
		{"among them",
			"The envoy, Tomas Lind, held talks on Thursday with several Baltic ministers, among them Gabrielius Landsbergis and Margus Tsahkna.",
			[]string{"meeting occurred Gabrielius Landsbergis+Tomas Lind @2025-03-06", "meeting occurred Margus Tsahkna+Tomas Lind @2025-03-06"}},
		{"a group with no names after it is nobody",
			"Tomas Lind met the leaders of four opposition parties on Tuesday, including two who had just left prison.",
			nil},
		{"they and their hosts",
			"Oda Berg and Kari Nes landed in Accra on Monday. The next day they and their Ghanaian hosts, Kwame Asante and Ama Mensah, held a round of talks.",
			[]string{"meeting occurred Ama Mensah+Kari Nes+Kwame Asante+Oda Berg @2025-03-04", "visit occurred Kari Nes>Ghana @2025-03-03", "visit occurred Oda Berg>Ghana @2025-03-03"}},
		{"they alone with the named",
			"Oda Berg and Kari Nes landed in Accra on Monday. They and Kwame Asante held talks the next day.",
			[]string{"meeting occurred Kari Nes+Kwame Asante+Oda Berg @2025-03-04", "visit occurred Kari Nes>Ghana @2025-03-03", "visit occurred Oda Berg>Ghana @2025-03-03"}},
		{"a dialogue held with someone",
			"Oda Berg held a strategic dialogue with Kwame Asante in Oslo on Wednesday.",
			[]string{"meeting occurred Kwame Asante+Oda Berg @2025-03-05"}},
		{"a numbered format's dialogue",
			"Oda Berg and Kari Nes held a 2+2 dialogue in Oslo on Wednesday with Kwame Asante and Ama Mensah.",
			[]string{"meeting occurred Ama Mensah+Kari Nes+Kwame Asante+Oda Berg @2025-03-05"}},
		{"a dialogue the two held",
			"Oda Berg and Kwame Asante held their yearly strategic dialogue in Oslo on Wednesday.",
			[]string{"meeting occurred Kwame Asante+Oda Berg @2025-03-05"}},
		{"a dialogue carried on is a relation, no meeting",
			"Ghana keeps up a dialogue with the World Bank, Oda Berg said on Wednesday.",
			nil},
		{"a portfolio before the office",
			"Oda Berg held talks in Geneva on Wednesday with UN refugee chief Filippo Grandi.",
			[]string{"meeting occurred Filippo Grandi+Oda Berg @2025-03-05"}},
		{"the actor of an as-clause is no party",
			"The council, chaired by Oda Berg, met on Monday as Ghana stepped up its protests.",
			nil},
	})
}

// TestTopicPastWithObject covers the person a story follows: a sentence
// whose first person is the other party after "with" ("talks with X")
// leaves the story's subject in focus, so a "he" after it is still that
// subject's, as does one inside the clause of a state subject ("Kenya
// wants proof that X ..."), while a first person after "for" ("a busy week
// for X") is the new focus.
func TestTopicPastWithObject(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"an object after with is no new focus",
			"Portuguese Foreign Minister Paulo Rangel spent the spring on the road. The first stop brought talks with Angolan Foreign Minister Tete Antonio. In April he landed in Brasilia.",
			[]string{"visit occurred Paulo Rangel>Brazil @2024-04"}},
		{"a person inside the clause of a state subject is not",
			"Kenyan President William Ruto arrived in Addis Ababa on Monday. Kenya wants proof that Ethiopian Prime Minister Abiy Ahmed will honour the port deal. He held talks with African Union Commission chairman Mahmoud Ali Youssouf on Tuesday.",
			[]string{"meeting occurred Mahmoud Ali Youssouf+William Ruto @2024-06-11", "visit occurred William Ruto>Ethiopia @2024-06-10"}},
		{"the possessor of an associate is not",
			"Richard Grenell spent years in business. Now President Trump's closest ally serves as his special envoy. In March he landed in Caracas.",
			[]string{"visit occurred Richard Grenell>Venezuela @2024-03"}},
		{"a person after for is",
			"Angolan Foreign Minister Tete Antonio spoke to reporters in Luanda on Monday. It was a busy week for Portuguese Foreign Minister Paulo Rangel. In April he landed in Brasilia.",
			[]string{"visit occurred Paulo Rangel>Brazil @2024-04"}},
	})
}

// TestTopDiplomat covers a country's foreign minister told again as its
// "top diplomat" or its "diplomat": any of the titles a foreign minister
// bears ("Secretary of State", "External Affairs Minister") fits.
func TestTopDiplomat(t *testing.T) {
	pub := day(2024, time.February, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the top US diplomat is the Secretary of State",
			"Secretary of State Antony Blinken landed in Cairo on Wednesday. President Abdel Fattah al-Sisi received the top US diplomat at the presidential palace.",
			[]string{"meeting occurred Abdel Fattah al-Sisi+Antony Blinken @2024-02-07", "visit occurred Antony Blinken>Egypt @2024-02-07"}},
		{"the Indian diplomat is the External Affairs Minister",
			"External Affairs Minister Subrahmanyam Jaishankar landed in Nairobi on Wednesday. President William Ruto received the Indian diplomat at State House.",
			[]string{"meeting occurred Subrahmanyam Jaishankar+William Ruto @2024-02-07", "visit occurred Subrahmanyam Jaishankar>Kenya @2024-02-07"}},
	})
}

// TestPossessorInAppositive covers a subject followed by an appositive that
// names whose associate they are ("X, Lula's chief adviser, flew to Y"):
// the possessor is not the subject.
func TestPossessorInAppositive(t *testing.T) {
	pub := day(2025, time.February, 3) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"an envoy of a named leader",
			"Celso Amorim, Lula's chief adviser, flew to Caracas on Friday and sat down with Nicolas Maduro.",
			[]string{"meeting occurred Celso Amorim+Nicolas Maduro @2025-01-31", "visit occurred Celso Amorim>Venezuela @2025-01-31"}},
		{"a titled leader's deputy",
			"Kirill Dmitriev, President Putin's special envoy, flew to Washington on Friday.",
			[]string{"visit occurred Kirill Dmitriev>United States @2025-01-31"}},
	})
}

// TestPersonAttributive: a leader's name that only qualifies the noun
// after it ("the Lula government's envoy", "a Milei administration
// official") names no party to the meeting.
func TestPersonAttributive(t *testing.T) {
	pub := day(2025, time.April, 22) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"administration's envoy", "Chilean Foreign Minister Alberto van Klaveren held talks with the Milei administration's trade negotiator in Santiago on Monday.", nil},
		{"government official", "Chilean Foreign Minister Alberto van Klaveren met a Lula government official in Santiago on Monday.", nil},
		{"an aide who travelled", "A Hichilema aide flew to Nairobi on Monday.", nil},
		{"a team that arrived", "The Ruto team arrived in Lusaka on Monday for the copper talks.", nil},
		{"the leader himself", "Chilean Foreign Minister Alberto van Klaveren met Javier Milei in Buenos Aires on Monday.",
			[]string{"meeting occurred Alberto van Klaveren+Javier Milei @2025-04-21"}},
	})
}

// TestTitleSubjectAfterFrontedPhrase: after a fronted phrase that ends in
// a name (", ... of X,"), "the Pope was received" is the main clause's
// subject and no title of X; "the two" after it are the titled person and
// the host.
func TestTitleSubjectAfterFrontedPhrase(t *testing.T) {
	pub := day(2025, time.November, 30) // a Sunday
	const arrived = "Pope Leo XIV flew into Yerevan on Thursday. "
	checkBriefs(t, pub, []briefCase{
		{"received after a wreath", arrived + "After placing flowers at the grave of the poet Hovhannes Tumanyan, the Pope was received at his residence by President Vahagn Khachaturyan, and the two held talks.",
			[]string{"meeting occurred Leo XIV+Vahagn Khachaturyan @2025-11-27", "visit occurred Leo XIV>Armenia @2025-11-27"}},
	})
}

// TestStatesInAnObjectsOfPhrase: a demonym or country in an "of" or "for"
// phrase after adjectives ("the cases of detained Kenyans") is part of an
// object, not the subject of talks told after it.
func TestStatesInAnObjectsOfPhrase(t *testing.T) {
	pub := day(2024, time.June, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"of detained", "Ugandan President Yoweri Museveni raised the cases of detained Kenyans during talks with President William Ruto in Nairobi on Monday.",
			[]string{"meeting occurred William Ruto+Yoweri Museveni @2024-06-17"}},
		{"for jailed", "Ugandan President Yoweri Museveni pressed for jailed Rwandans during talks with President Paul Kagame in Kigali on Monday.",
			[]string{"meeting occurred Paul Kagame+Yoweri Museveni @2024-06-17"}},
	})
}

// TestFrontedParticipleTrigger: a meeting told in a fronted participle
// phrase ("before sitting down with Y, X ...") is the main clause
// subject's, not that of the person the sentence before was about.
func TestFrontedParticipleTrigger(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	text := "Trade Minister Tomas Berg held talks with Ghana's trade minister, Elizabeth Ofosu, on Sunday. On Monday, before sitting down with President John Mahama, Prime Minister Jonas Lie laid a wreath."
	got := brief(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}))
	for _, b := range got {
		if strings.Contains(b, "John Mahama") && !strings.Contains(b, "Jonas Lie") {
			t.Errorf("the participle's meeting given to another: %q", got)
		}
	}
	if !strings.Contains(strings.Join(got, "|"), "John Mahama+Jonas Lie") {
		t.Errorf("no meeting of the main clause's subject in %q", got)
	}
}

// TestPronounAfterAFrontedParticiple: after "On Monday, before meeting Y,
// X was welcomed", a "he" in the next sentence is X, not the person the
// text followed before.
func TestPronounAfterAFrontedParticiple(t *testing.T) {
	pub := day(2025, time.March, 18) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"he after the participle's sentence", "Trade Minister Tomas Berg lost no time. He sat down on Sunday with Ghana's trade minister, Elizabeth Ofosu. On Monday, before touring a farm with Vice President Kwame Opoku, Prime Minister Jonas Lie was given a military welcome. That evening he called on President John Mahama.",
			[]string{"meeting occurred Elizabeth Ofosu+Tomas Berg @2025-03-16", "meeting occurred John Mahama+Jonas Lie @2025-03-17"}},
		{"he after a sentence that opens with the participle", "Trade Minister Tomas Berg spoke on Sunday. Before touring a farm with Vice President Kwame Opoku, Prime Minister Jonas Lie was given a welcome. That evening he called on President John Mahama.",
			[]string{"meeting occurred John Mahama+Jonas Lie @2025-03-16"}},
	})
}

// TestModifiedRolesInSubjectLists covers a role with a lower-case
// modifier of its side ("rebel commander X", "separatist leader Y") as the
// second of two subjects: both held the talks.
func TestModifiedRolesInSubjectLists(t *testing.T) {
	pub := day(2023, time.February, 10) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a rebel commander second",
			"Army chief Birhanu Jula and rebel commander Tadesse Werede held talks in Nairobi on November 7, 2022.",
			[]string{"meeting occurred Birhanu Jula+Tadesse Werede @2022-11-07"}},
		{"a separatist leader second, in a dated entry",
			"March 3, 2022 - Defence Minister Abraham Belay and separatist leader Tsadkan Gebretensae begin talks in Addis Ababa.",
			[]string{"meeting occurred Abraham Belay+Tsadkan Gebretensae @2022-03-03"}},
	})
}

// TestTheMeetingWithAsSubject covers a meeting noun that opens its
// sentence with "with" and the one met ("The meeting with Y took place at
// the lodge"): the person in focus met Y, however the noun is qualified;
// a spokesman the sentence cites as its source is no party.
func TestTheMeetingWithAsSubject(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	const first = "Kenyan President Joseph Mwita spent Monday in Kisumu. "
	want := []string{"meeting occurred Joseph Mwita+Peter Banda @2024-08"}
	checkBriefs(t, pub, []briefCase{
		{"the meeting took place", first + "The meeting with Malawian President Peter Banda took place at a lakeside lodge.", want},
		{"a qualified meeting", first + "The much-delayed meeting with Malawian President Peter Banda ran into the evening.", want},
		{"a cited spokesman",
			"Kenyan President Joseph Mwita spent Monday in Kisumu. According to State House spokesman Daniel Ochieng, the meeting with Malawian President Peter Banda went well.",
			want},
	})
}

// TestReceivedForAMeeting covers guests "received ... for a meeting" with
// no agent named: the host is the person the story follows, even when the
// guests are named first in the sentence; with no sitting named, no one
// is read as the host.
func TestReceivedForAMeeting(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	const first = "Kenyan President Joseph Mwita spent Monday at State House. "
	checkBriefs(t, pub, []briefCase{
		{"received for a meeting",
			first + "That evening Malawian President Peter Banda and his trade minister Daniel Ochieng were received at the lodge for a long meeting on fish exports.",
			[]string{"meeting occurred Daniel Ochieng+Joseph Mwita+Peter Banda @2024-08-19"}},
		{"received, no sitting named",
			first + "That evening Malawian President Peter Banda was received with full honours.",
			nil},
	})
}

// TestLongPortfolioBeforeName covers an office "for" a portfolio of
// several capitalised words the lexicon does not know, then the holder
// ("Minister for Lakes and Inland Fisheries Affairs Peter Banda"), or
// of portfolio words the lexicon knows ("of Water Resources", "for
// Energy and Petroleum") or en.PortfolioHeads names ("Climate Action",
// "Special Initiatives"), then the holder: the name starts at the known
// given name or after the portfolio, whose words are the role's; after
// "of", a rank or honorific ("Lt Gen", "Dr") opens the name.
func TestLongPortfolioBeforeName(t *testing.T) {
	pub := day(2025, time.March, 6) // a Thursday
	want := []string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"a portfolio joined by and",
			"Kenyan President Joseph Mwita met Minister for Lakes and Inland Fisheries Affairs Peter Banda on Tuesday.", want},
		{"two unknown words",
			"Kenyan President Joseph Mwita held talks with Commissioner for International Partnerships Peter Banda on Tuesday.", want},
		{"a portfolio's nouns after of",
			"Kenyan President Joseph Mwita received the Malawian Minister of Water Resources Peter Banda on Tuesday.", want},
		{"a known portfolio word after and, then a name",
			"Kenyan President Joseph Mwita sat down with Malawi's Minister for Energy and Petroleum Tiwonge Banda on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Tiwonge Banda @2025-03-04"}},
		{"two nouns of the lexicon joined by and",
			"On Tuesday Kenyan President Joseph Mwita saw Malawian Minister of Natural Resources and Wildlife Peter Banda.", want},
		{"one portfolio noun after for, then a name of unknown words",
			"Kenyan President Joseph Mwita received the Commissioner for Climate Action Mulambo Haimbe on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-04"}},
		{"a run of portfolio nouns ending in a plural one",
			"Malawi's Minister for Planning and Special Initiatives Mulambo Haimbe called on Kenyan President Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-04"}},
		{"a body's name after of, then a rank",
			"Director General of Joint-Staff Signals Lt Col Mulambo Haimbe called on Kenyan President Joseph Mwita on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-04"}},
		{"a body's name after of, then an honorific",
			"Kenyan President Joseph Mwita received the Governor of Lake Basin Bank Dr Mulambo Haimbe on Tuesday.",
			[]string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-04"}},
	})
}

// TestPairWithLongAppositives covers two travellers each named with an
// appositive, the first one holding a relative clause ("A, the former
// president of X who now leads the panel, and B, its deputy chair,
// arrived"), and a "they" after a fronted day ("On Monday they held talks
// with C") that stands for the two who arrived the sentence before, or
// the one before that when the sentence between names no one.
func TestPairWithLongAppositives(t *testing.T) {
	pub := day(2025, time.March, 11) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a relative clause in the first appositive",
			"Peter Banda, the former president of Malawi who now leads the panel, and Grace Phiri, its deputy chair, arrived in Nairobi on Sunday.",
			[]string{"visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
		{"they after a fronted day",
			"Peter Banda of Malawi and Grace Phiri of Zambia arrived in Nairobi on Sunday. On Monday they sat down in the capital with Kenyan President Joseph Mwita.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-10", "visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
		{"a sentence naming no one between",
			"Peter Banda of Malawi and Grace Phiri of Zambia arrived in Nairobi on Sunday. The rain kept the capital quiet that evening. On Monday they sat down in the capital with Kenyan President Joseph Mwita.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita+Peter Banda @2025-03-10", "visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
	})
}

// TestListItemAfterABodysName covers a list's next item named after the
// name of the body the person heads, ending in "of" ("A and Central Bank
// of Malawi Governor B"): B is the item.
func TestListItemAfterABodysName(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"a bank's name before the office",
			"IMF chief Grace Phiri met Finance Minister Daniel Ochieng and Central Bank of Malawi Governor Peter Banda on Monday.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri @2025-03-10", "meeting occurred Grace Phiri+Peter Banda @2025-03-10"}},
		{"a commission's name",
			"Kenyan President Joseph Mwita received Lake Basin Commission Chair Grace Phiri and National Water Board of Malawi Director Peter Banda on Monday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-10", "meeting occurred Joseph Mwita+Peter Banda @2025-03-10"}},
	})
}

// TestFrontedInMeeting covers a meeting noun fronted by "In" ("In a phone
// call with X on Monday, Y said ...", "In talks with X, Y said ..."), as by
// "During": the one who says is the other party.
func TestFrontedInMeeting(t *testing.T) {
	pub := day(2025, time.March, 4) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"a phone call",
			"In a telephone conversation with Zambian President Hakainde Hichilema on Monday, Malawi's Peter Banda said the border would reopen.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda (phone) @2025-03-03"}},
		{"talks",
			"In talks with Zambian President Hakainde Hichilema in Lilongwe on Monday, Malawi's Peter Banda said the border would reopen.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda @2025-03-03"}},
	})
}

// TestWithWhom covers a meeting told in a relative clause opened by "with
// whom": the antecedent met the clause's subject, also when the subject is
// a pronoun the story's traveller stands behind; a plan stays a plan.
func TestWithWhom(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	const arrived = "Kenya's William Ruto arrived in Lilongwe on Tuesday. "
	want := []string{"meeting occurred Peter Banda+William Ruto @2025-03-04", "visit occurred William Ruto>Malawi @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"after a first call", arrived + "His first call was on President Peter Banda, with whom he held talks on fertiliser.", want},
		{"after a verb of praise", "Kenya's William Ruto praised Malawian President Peter Banda, with whom he had a meeting on Tuesday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-04"}},
		{"a plan", arrived + "He thanked President Peter Banda, with whom he will hold talks on Friday.",
			[]string{"meeting planned Peter Banda+William Ruto @2025-03-07", "visit occurred William Ruto>Malawi @2025-03-04"}},
	})
}

// TestSecondWith covers a second "with" after the first object and its
// own phrases ("met with A on Tuesday and with B on Thursday", "held
// talks with A on maize and with B on copper"): the subject's meeting with
// B too, on B's own day.
func TestSecondWith(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	both := []string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-06", "meeting occurred Peter Banda+William Ruto @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"met with, two days", "Kenya's William Ruto met with Malawian President Peter Banda on Tuesday and with Zambian President Hakainde Hichilema on Thursday.", both},
		{"held talks with, two days", "Kenya's William Ruto held talks with Malawian President Peter Banda on Tuesday and with Zambian President Hakainde Hichilema on Thursday.", both},
		{"two topics",
			"On Tuesday Kenya's William Ruto held talks with Malawian President Peter Banda on maize imports and with Zambian President Hakainde Hichilema on copper.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-04", "meeting occurred Peter Banda+William Ruto @2025-03-04"}},
	})
}

// TestSecondCallAfterADay covers a call told with a second "with" after a
// day of its own ("talked by telephone with A on Monday, and on Tuesday
// with B"): the subject's calls with each, on their days.
func TestSecondCallAfterADay(t *testing.T) {
	pub := day(2025, time.March, 5) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"and on a day with",
			"Malawi's Peter Banda talked by telephone on Monday with Zambian President Hakainde Hichilema, and on Tuesday with Kenyan President William Ruto.",
			[]string{"meeting occurred Hakainde Hichilema+Peter Banda (phone) @2025-03-03", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-04"}},
	})
}

// TestSecondObjectOwnDay covers a second person met with no "with",
// told on a day of its own after the first ("met A on Tuesday and B on
// Thursday", "met A and, the next day, B"): a meeting with each on its
// day. A name after "and" that opens its own clause, or one with no day
// of its own, is no second meeting of this kind.
func TestSecondObjectOwnDay(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	both := []string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-06", "meeting occurred Peter Banda+William Ruto @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"day after each name", "Kenya's William Ruto met Malawian President Peter Banda on Tuesday and Zambian President Hakainde Hichilema on Thursday.", both},
		{"day before the second name", "Kenya's William Ruto met Malawian President Peter Banda on Tuesday and, on Thursday, Zambian President Hakainde Hichilema.", both},
		{"the next morning", "Kenya's William Ruto met Malawian President Peter Banda on Monday evening and, the next morning, Zambian President Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-04", "meeting occurred Peter Banda+William Ruto @2025-03-03"}},
		{"a clause of its own", "Kenya's William Ruto met Malawian President Peter Banda on Tuesday and Zambian President Hakainde Hichilema said on Thursday that talks helped.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-04"}},
	})
}

// TestEachOwnCall covers two subjects who "each" or "separately" met or
// called one person, and calls "with counterparts, among them A and B":
// a meeting of each pair, never one table of all.
func TestEachOwnCall(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	apart := []string{"meeting occurred Hakainde Hichilema+William Ruto @2025-05-07", "meeting occurred Hakainde Hichilema+Yoweri Museveni @2025-05-07"}
	checkBriefs(t, pub, []briefCase{
		{"each held calls", "Kenya's William Ruto and Uganda's Yoweri Museveni each held calls with Zambia's Hakainde Hichilema on Wednesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-05-07", "meeting occurred Hakainde Hichilema+Yoweri Museveni (phone) @2025-05-07"}},
		{"separately met", "Kenya's William Ruto and Uganda's Yoweri Museveni separately met Zambia's Hakainde Hichilema on Wednesday.", apart},
		{"met together", "Kenya's William Ruto and Uganda's Yoweri Museveni met Zambia's Hakainde Hichilema on Wednesday.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto+Yoweri Museveni @2025-05-07"}},
		{"counterparts, among them", "Zambia's foreign minister Mulambo Haimbe held a string of calls with counterparts on Wednesday, among them Kenya's Joseph Mwita and Malawi's Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Mulambo Haimbe (phone) @2025-05-07", "meeting occurred Joseph Mwita+Mulambo Haimbe (phone) @2025-05-07"}},
	})
}

// TestToldInTheirMeeting covers a verb with one person as subject and
// one as object, then "during/in their meeting" or "their talks": the two
// met, on the clause's day. A person in the phrase between is another
// story.
func TestToldInTheirMeeting(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	want := []string{"meeting occurred Peter Banda+William Ruto @2025-05-05"}
	checkBriefs(t, pub, []briefCase{
		{"told during their meeting", "Malawi's Peter Banda told Kenya's William Ruto during their meeting on Monday that the levy would go.", want},
		{"a phrase between", "Malawi's Peter Banda thanked Kenya's William Ruto for the maize deal during their talks on Monday.", want},
		{"a person in the phrase between", "Malawi's Peter Banda praised Kenya's William Ruto for backing Grace Phiri during their talks on Monday.", nil},
	})
}

// TestRankAnaphor covers "the field marshal" after a person named with
// that rank, whatever office the text gave them first ("Kenya's army
// chief, Field Marshal X"): that person, also beside another in a list.
func TestRankAnaphor(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"the field marshal",
			"Kenya's army chief, Field Marshal Daniel Ochieng, landed in Lilongwe on Wednesday to join President William Ruto. On Thursday, President Peter Banda hosted Ruto and the field marshal for lunch.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-05-08", "meeting occurred Peter Banda+William Ruto @2025-05-08", "visit occurred Daniel Ochieng>Malawi @2025-05-07"}},
	})
}

// TestAfterBeingReceived covers "X announced ... after being received by
// Y": a meeting of X and Y; a progressive "being hosted by" in a noun
// phrase adds no host's sitting to the talks it names.
func TestAfterBeingReceived(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"after being received in audience",
			"Kenya will open a consulate in Ndola, Foreign Minister Joseph Mwita said after being received at the palace by Zambia's Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita @2025-05"}},
		{"talks being hosted", "Ministers weighed the talks between Kenya and Uganda being hosted by Zambia.",
			[]string{"meeting occurred Kenya+Uganda @2025-05"}},
	})
}

// TestDelegationLedTogetherWith covers a delegation met "led by X,
// together with Y and Z", past a comma phrase of X's office naming
// another person's: X, Y and Z all sat with the subject.
func TestDelegationLedTogetherWith(t *testing.T) {
	pub := day(2025, time.May, 8) // a Thursday
	checkBriefs(t, pub, []briefCase{
		{"together with after the head",
			"Kenya's Joseph Mwita held talks on Tuesday with a Malawian delegation led by Grace Phiri, together with trade minister Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita @2025-05-06"}},
		{"past the head's office",
			"Kenya's Joseph Mwita spent six hours on Tuesday with a Malawian delegation led by Grace Phiri, the head of President Peter Banda's office, together with trade minister Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Joseph Mwita @2025-05-06"}},
	})
}

// TestOfCountryHolders covers a list of office-holders each named after
// "of" and a country ("the presidents of Malawi, A, and of Zambia, B"):
// each is one more party.
func TestOfCountryHolders(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"presidents of, by phone",
			"Kenyan President William Ruto rang the presidents of Malawi, Peter Banda, and of Zambia, Hakainde Hichilema.",
			[]string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03", "meeting occurred Peter Banda+William Ruto (phone) @2025-03"}},
		{"foreign ministers of",
			"On Tuesday Kenyan President William Ruto met the foreign ministers of Malawi, Grace Phiri, and of Zambia, Mulambo Haimbe.",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-04", "meeting occurred Mulambo Haimbe+William Ruto @2025-03-04"}},
	})
}

// TestCalledSeveral covers "called A and B (separately) to ..." without a
// word of the phone: a call with each.
func TestCalledSeveral(t *testing.T) {
	pub := day(2025, time.March, 7) // a Friday
	want := []string{"meeting occurred Hakainde Hichilema+William Ruto (phone) @2025-03-04", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-04"}
	checkBriefs(t, pub, []briefCase{
		{"separately", "On Tuesday Kenyan President William Ruto called Malawian President Peter Banda and Zambian President Hakainde Hichilema separately to urge calm.", want},
		{"a purpose right after", "On Tuesday Kenyan President William Ruto called Malawian President Peter Banda and Zambian President Hakainde Hichilema to urge calm.", want},
	})
}

// TestSubjectPastRelativeInCommas: "A, who also heads the treasury, and B
// received Y": both A and B are subjects, the relative clause set off by
// commas closing before "and".
func TestSubjectPastRelativeInCommas(t *testing.T) {
	pub := day(2025, time.May, 12) // a Monday
	checkBriefs(t, pub, []briefCase{
		{"who ..., and",
			"On Sunday Malawian President Peter Banda, who also runs the treasury, and Trade Minister Grace Phiri received Kenyan envoy Daniel Ochieng.",
			[]string{"meeting occurred Daniel Ochieng+Grace Phiri+Peter Banda @2025-05-11"}},
		{"who ..., and, in a call",
			"On Sunday Malawian President Peter Banda, who chairs the regional bloc this year, and Foreign Minister Joseph Mwita spoke by phone with Kenyan President William Ruto.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda+William Ruto (phone) @2025-05-11"}},
	})
}

// TestObjectPronounAfterCoordination: an object "him" after ", and" or a
// semicolon is not the subject of its own clause but one named before it
// ("A phoned B, and C called him": B; "X is in Lilongwe for talks; Y sees
// him today": X).
func TestObjectPronounAfterCoordination(t *testing.T) {
	pub := day(2025, time.December, 16) // a Tuesday
	checkBriefs(t, pub, []briefCase{
		{"and C called him",
			"Late on Sunday the defeated candidate, Nancy Tembo, rang Peter Banda to admit defeat, and outgoing President Joseph Mwita phoned him an hour later with his good wishes.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda (phone) @2025-12-14", "meeting occurred Nancy Tembo+Peter Banda (phone) @2025-12-14"}},
		{"semicolon",
			"Kenyan Foreign Minister Joseph Mwita is in Lilongwe for two days of talks; President Peter Banda receives him at the State House today.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-12-16", "visit occurred Joseph Mwita>Malawi @2025-12-16"}},
	})
}

// TestPoolShorthand covers the White House pool's "POTUS": a title of the
// US president, never part of a name ("POTUS Joe Biden" is Joe Biden), and
// the president the text names when it names one.
func TestPoolShorthand(t *testing.T) {
	pub := day(2025, time.November, 19) // a Wednesday
	checkBriefs(t, pub, []briefCase{
		{"the title before the name",
			"On Tuesday POTUS Donald Trump hosted Kenyan President William Ruto for lunch.",
			[]string{"meeting occurred Donald Trump+William Ruto @2025-11-18"}},
		{"the title for the president named before",
			"US President Donald Trump spoke to Kenyan President William Ruto by phone on Monday. POTUS travelled to Doha in May on a Gulf swing.",
			[]string{"meeting occurred Donald Trump+William Ruto (phone) @2025-11-17", "visit occurred Donald Trump>Qatar @2025-05"}},
	})
}

// TestLesserRankIsAnotherOffice covers a deputy's office, which holds the
// words of the higher one: "the Tanzanian Prime Minister" after only a
// deputy prime minister of Tanzania was named is not that deputy.
func TestLesserRankIsAnotherOffice(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"the prime minister is not the deputy",
			"Tanzanian Deputy Prime Minister Peter Banda spoke to Kenya's Joseph Mwita by phone on Monday. The Tanzanian Prime Minister had visited Kenya in January.",
			[]string{"meeting occurred Joseph Mwita+Peter Banda (phone) @2025-03-10"}},
	})
}

// TestLegislatorTitles covers the titles of members of a lower house
// before names ("Rep.", "Reps." before two surnames, "Congresswoman"): no
// part of the name.
func TestLegislatorTitles(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"Reps. before two surnames",
			"Zambian Rep. Peter Banda and Rep. Grace Phiri reached Nairobi on Sunday. On Monday, Reps. Banda and Phiri called on President William Ruto.",
			[]string{"meeting occurred Grace Phiri+Peter Banda+William Ruto @2025-03-10", "visit occurred Grace Phiri>Kenya @2025-03-09", "visit occurred Peter Banda>Kenya @2025-03-09"}},
		{"Congresswoman",
			"Zambian Congresswoman Grace Phiri sat down with Kenya's William Ruto in Nairobi on Monday.",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-10"}},
	})
}

// TestWhileHosting covers a participle clause after the main one ("X
// announced the deal while hosting Y", "X, while receiving Y, ..."): its
// subject is the main clause's, and "hosting" a guest named right after it
// is a meeting. "The city hosting the Games" and a host who "spent three
// days hosting A, B and C" at a summit tell none.
func TestWhileHosting(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	met := []string{"meeting occurred Hakainde Hichilema+William Ruto @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"while hosting", "Kenya's William Ruto unveiled the corridor plan on Monday while hosting Zambia's Hakainde Hichilema.", met},
		{"while receiving, set off by commas", "Kenya's William Ruto, while receiving Zambia's Hakainde Hichilema on Monday, unveiled the corridor plan.", met},
		{"was hosting", "Kenya's William Ruto was hosting Zambia's Hakainde Hichilema on Monday when the plan was unveiled.", met},
		{"a city hosting games", "Kenya's William Ruto and Zambia's Hakainde Hichilema met on Monday in Kisumu. Ruto praised Lilongwe, the city hosting the Lake Basin Games.", met},
	})
}

// TestMessageHandedInARelative covers an envoy's errand told in a relative
// clause after the message ("a letter from A to B, which X, an adviser,
// handed to B in Y"): X met B; a report "which the ministry handed to
// parliament" names no one met.
func TestMessageHandedInARelative(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a letter, then which",
			"Monday's deal came after a letter from Kenya's William Ruto to Zambia's Hakainde Hichilema, which Kenyan envoy Joseph Mwita handed to Hichilema in Lusaka last month.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita @2025-02"}},
		{"a long apposition before the verb",
			"The thaw began with a message from Kenya's William Ruto to Zambia's Hakainde Hichilema, which Joseph Mwita, a retired diplomat from the coast who knows both men well, handed to Hichilema at his farm in February.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita @2025-02"}},
		{"no one met", "Kenya's William Ruto praised the audit report, which the ministry handed to parliament last month.", nil},
	})
}

// TestPronounAfterSemicolon covers a pronoun in a clause after a
// semicolon: "A flew in; B arrived from X, where he had met Y" is B's
// meeting, not A's.
func TestPronounAfterSemicolon(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"he after the semicolon",
			"Kenya's Joseph Mwita flew in from Nairobi on Thursday; Zambia's Mulambo Haimbe arrived from Harare, where he had met Zimbabwe's Emmerson Mnangagwa on Wednesday.",
			[]string{"meeting occurred Emmerson Mnangagwa+Mulambo Haimbe @2025-03-12", "visit occurred Mulambo Haimbe>Zimbabwe @2025-03-12"}},
	})
}

// TestIslandIsNoName covers a place whose name ends in "Island" after a
// title word ("Prince Edward Island", "Kharg Island"): no person.
func TestIslandIsNoName(t *testing.T) {
	for _, text := range []string{
		"Kenyan envoy Joseph Mwita met farmers from Prince Edward Island on Monday.",
		"Tankers were loading at Kharg Island on Monday, officials said.",
	} {
		for _, a := range testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2025, time.March, 14)}).Actors {
			if a.Kind == schema.KindPerson && strings.Contains(a.Name, "Island") {
				t.Errorf("%q: person %q", text, a.Name)
			}
		}
	}
}

// TestNamedPossession: a person in the possessive before a role and the
// name of the one who holds it ("X's chief of staff, Y", "X's special
// envoy Mr Y") is not the one met: Y is, after a verb and after "a team
// led by" alike.
func TestNamedPossession(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a role of several words and a comma",
			"On Tuesday Zambian President Hakainde Hichilema received Ruto's chief of staff, Joseph Mwita, at State House.",
			[]string{"meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11"}},
		{"a role and name after the possessor's own role",
			"Malawian President Lazarus Chakwera met Kenyan President William Ruto's special envoy Mr. Joseph Mwita in Lilongwe on Wednesday.",
			[]string{"meeting occurred Joseph Mwita+Lazarus Chakwera @2025-03-12"}},
		{"a team led by the one named",
			"In Lusaka on Monday, Zambian Trade Minister Peter Banda sat down with a Kenyan team led by Ruto's trade adviser, Nancy Tembo.",
			[]string{"meeting occurred Nancy Tembo+Peter Banda @2025-03-10"}},
	})
}

// TestDemonymNounName: a demonym and one or two lower-case nouns before a
// name ("Ukrainian official X", "Kenyan trade envoy Y") stand for the
// person's role; the person is the one met.
func TestDemonymNounName(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"one noun",
			"LUSAKA - Zambian Foreign Minister Mulambo Haimbe met Kenyan official Joseph Mwita at a Geneva hotel on Sunday.",
			[]string{"meeting occurred Joseph Mwita+Mulambo Haimbe @2025-03-09"}},
		{"two nouns",
			"LUSAKA - On Monday Zambian Foreign Minister Mulambo Haimbe received Malawian energy adviser Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Mulambo Haimbe @2025-03-10"}},
	})
}

// TestThenTitle: "X, then president," is X with the title X held at the
// time; the title does not stand for the president the text is about.
func TestThenTitle(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a former head of state",
			"LUSAKA - Zambian President Hakainde Hichilema held talks with Malawian President Lazarus Chakwera on Thursday. The corridor was first agreed when Edgar Lungu, then president, flew to Lilongwe in July 2019 and held talks with Peter Mutharika.",
			[]string{"meeting occurred Edgar Lungu+Peter Mutharika @2019-07", "meeting occurred Hakainde Hichilema+Lazarus Chakwera @2025-03-13", "visit occurred Edgar Lungu>Malawi @2019-07"}},
	})
}

// TestTwoLeadersNotTheDead: "the two leaders" are two people present, not
// the one a memorial just told honours ("flowers at the memorial to X",
// "the tomb of Y").
func TestTwoLeadersNotTheDead(t *testing.T) {
	pub := day(2023, time.October, 10) // a Tuesday
	for _, text := range []string{
		"Tanzanian President Samia Suluhu Hassan landed in Lusaka on Sunday. On Monday she laid flowers at Embassy Park, the memorial to Kenneth Kaunda. The two presidents later sat down at State House.",
		"Tanzanian President Samia Suluhu Hassan landed in Lusaka on Sunday. On Monday she visited the tomb of Kenneth Kaunda. After that the two leaders had talks.",
	} {
		for _, b := range brief(testX.Extract(schema.Article{ID: "t", Text: text, Published: pub})) {
			if strings.Contains(b, "Kenneth Kaunda") {
				t.Errorf("%q: %s", text, b)
			}
		}
	}
}

// TestBodyOfATitleIsNoParty covers a body named after a title's "of" and
// joined by "and" to the holder's next title ("Deputy of the Presidium of
// the Workers Party of Malawi Central Committee and Malawi's top diplomat,
// Mr. X, called on Y"): X is the party, not the body.
func TestBodyOfATitleIsNoParty(t *testing.T) {
	pub := day(2025, time.March, 28) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"a party's committee",
			"Deputy of the Presidium of the Workers Party of Malawi Central Committee and Malawi's top diplomat, Mr. Peter Banda, called on Kenyan President William Ruto on Thursday.",
			[]string{"meeting occurred Peter Banda+William Ruto @2025-03-27"}},
	})
}

// TestPossessorOfAnAdverbialPhrase: "his" in an adverbial phrase of time
// or addition ("after his talks with X", "besides her meeting with X") is
// the one the main clause's "he" or "she" stands for, never the X it names
// nor a person named between.
func TestPossessorOfAnAdverbialPhrase(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	lead := "Kenyan Foreign Minister Joseph Mwita flew into Lusaka on Monday. "
	visit := "visit occurred Joseph Mwita>Zambia @2025-03-10"
	checkBriefs(t, pub, []briefCase{
		{"fronted after his",
			lead + "After his talks with Zambian President Hakainde Hichilema on Tuesday, he called on Finance Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11", visit}},
		{"fronted besides his",
			lead + "Besides his meeting with Zambian President Hakainde Hichilema on Tuesday, he sat down with Finance Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11", visit}},
		{"fronted apart from his",
			lead + "Apart from his meeting with Zambian President Hakainde Hichilema on Tuesday, he sat down with Finance Minister Grace Phiri.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11", visit}},
		{"after his, late in the sentence",
			lead + "He called on Finance Minister Grace Phiri after his talks with Zambian President Hakainde Hichilema on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-10", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11", visit}},
	})
}

// TestBareAdverbialTalksNoun: "X met Y after talks with Z", with no article
// before the noun, tells talks of X, the main clause's subject, not of the Y
// named last before it.
func TestBareAdverbialTalksNoun(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"after talks with",
			"Kenyan Foreign Minister Joseph Mwita met Finance Minister Grace Phiri after talks with Zambian President Hakainde Hichilema on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11"}},
		{"following talks with, pronoun subject",
			"Kenyan Foreign Minister Joseph Mwita flew into Lusaka on Monday. He met Finance Minister Grace Phiri following talks with Zambian President Hakainde Hichilema on Tuesday.",
			[]string{"meeting occurred Grace Phiri+Joseph Mwita @2025-03-11", "meeting occurred Hakainde Hichilema+Joseph Mwita @2025-03-11", "visit occurred Joseph Mwita>Zambia @2025-03-10"}},
	})
}

// TestWhomMetRelative: "Y, whom X met in Z on a day, ..." tells X's
// meeting with Y, the antecedent, as ", with whom X held talks" does; a
// subject of no one named meets no one.
func TestWhomMetRelative(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"whom X met",
			"Kenyan Prime Minister Daniel Ochieng toured the region. Malawian President Peter Banda, whom Ochieng met in Lilongwe on March 12, was not on this week's programme.",
			[]string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-12"}},
		{"whom many met",
			"Malawian President Peter Banda, whom many people met, is ill.", nil},
	})
}
