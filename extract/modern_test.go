package extract

import (
	"sort"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

// TestModernNews covers phrasings of present-day web news and press
// releases, on sentences written for the test.
func TestModernNews(t *testing.T) {
	tests := []struct {
		name string
		pub  time.Time
		text string
		want []string
	}{
		{
			name: "time adverbial between talks and with",
			pub:  day(2025, time.March, 17),
			text: "Ghanaian Foreign Minister Kofi Mensah held talks on March 14 with Nigeria's Minister of Foreign Affairs, Ambassador Musa Bello.",
			want: []string{"meeting occurred Kofi Mensah+Musa Bello @2025-03-14"},
		},
		{
			name: "part of day between conversation and with",
			pub:  day(2025, time.February, 3),
			text: "Mexican President Claudia Sheinbaum held a telephone conversation this morning with the President of the United States, Donald Trump.",
			want: []string{"meeting occurred Claudia Sheinbaum+Donald Trump (phone) @2025-02-03"},
		},
		{
			name: "place and day between talks and with",
			pub:  day(2024, time.May, 9),
			text: "Kenyan President William Ruto held talks in Nairobi on Wednesday with Ugandan President Yoweri Museveni.",
			want: []string{"meeting occurred William Ruto+Yoweri Museveni @2024-05-08"},
		},
		{
			name: "a verb between talks and with is not an adverbial",
			pub:  day(2024, time.May, 9),
			text: "Kenyan President William Ruto held talks on trade that ended with a deal.",
			want: nil,
		},
		{
			name: "the two leaders are the last two people named",
			pub:  day(2025, time.March, 17),
			text: "Fijian Prime Minister Sitiveni Rabuka and Samoan Prime Minister Fiame Naomi Mata'afa signed a fisheries pact in Apia on Monday. The two leaders held talks on Monday before the signing.",
			want: []string{
				"agreement occurred Fiame Naomi Mata'afa+Sitiveni Rabuka @2025-03-17",
				"meeting occurred Fiame Naomi Mata'afa+Sitiveni Rabuka @2025-03-17",
			},
		},
		{
			name: "the two presidents met",
			pub:  day(2025, time.March, 17),
			text: "Chilean President Gabriel Boric flew to Lima on Sunday to see Peruvian President Dina Boluarte. The two presidents met on Monday.",
			want: []string{
				"meeting occurred Dina Boluarte+Gabriel Boric @2025-03-17",
				"visit occurred Gabriel Boric>Peru @2025-03-16",
			},
		},
		{
			name: "hosted his counterpart",
			pub:  day(2024, time.April, 20),
			text: "Senegalese President Bassirou Diomaye Faye arrived in Nouakchott on Thursday. President Mohamed Ould Ghazouani hosted his counterpart at the presidential palace the same day.",
			want: []string{
				"meeting occurred Bassirou Diomaye Faye+Mohamed Ould Ghazouani @2024-04-18",
				"visit occurred Bassirou Diomaye Faye>Mauritania @2024-04-18",
			},
		},
		{
			name: "welcomed a guest to the palace",
			pub:  day(2024, time.June, 12),
			text: "Ghanaian President Nana Akufo-Addo welcomed Ivorian President Alassane Ouattara to the presidential palace on Tuesday for talks on trade.",
			want: []string{"meeting occurred Alassane Ouattara+Nana Akufo-Addo @2024-06-11"},
		},
		{
			name: "welcomed a decision is no meeting",
			pub:  day(2024, time.June, 12),
			text: "Ghanaian President Nana Akufo-Addo welcomed the decision of Ivorian President Alassane Ouattara on Tuesday.",
			want: nil,
		},
		{
			name: "had flown to a capital",
			pub:  day(2024, time.June, 12),
			text: "Kenyan President William Ruto had flown to Kampala on Monday for the signing.",
			want: []string{"visit occurred William Ruto>Uganda @2024-06-10"},
		},
		{
			name: "travelled on to a second capital",
			pub:  day(2024, time.June, 12),
			text: "Kenyan President William Ruto flew to Kampala on Monday, then travelled on to Kigali.",
			want: []string{
				"visit occurred William Ruto>Rwanda @2024-06-10",
				"visit occurred William Ruto>Uganda @2024-06-10",
			},
		},
		{
			name: "there and the same evening between talks and with",
			pub:  day(2024, time.June, 12),
			text: "Kenyan President William Ruto held talks there on Monday with the President of Uganda, Yoweri Museveni.",
			want: []string{"meeting occurred William Ruto+Yoweri Museveni @2024-06-10"},
		},
		{
			name: "nominative pronoun after a fronted place is the subject",
			pub:  day(2024, time.July, 13),
			text: "Indonesian President Joko Widodo flew to Singapore on Thursday. In Singapore he held talks with President Tharman Shanmugaratnam on Thursday afternoon, and met Prime Minister Lawrence Wong the same evening.",
			want: []string{
				"meeting occurred Joko Widodo+Lawrence Wong @2024-07-11",
				"meeting occurred Joko Widodo+Tharman Shanmugaratnam @2024-07-11",
				"visit occurred Joko Widodo>Singapore @2024-07-11",
			},
		},
		{
			name: "honorific and first name refer to the full name",
			pub:  day(2024, time.December, 2),
			text: "Qatar's Emir Sheikh Tamim bin Hamad Al Thani arrived in Kuwait on Sunday. Crown Prince Sheikh Sabah Khalid Al-Sabah met Sheikh Tamim at Bayan Palace on Sunday.",
			want: []string{
				"meeting occurred Sabah Khalid Al-Sabah+Tamim bin Hamad Al Thani @2024-12-01",
				"visit occurred Tamim bin Hamad Al Thani>Kuwait @2024-12-01",
			},
		},
		{
			name: "one capitalised portfolio word after for is part of the title",
			pub:  day(2024, time.July, 13),
			text: "UN High Commissioner for Refugees Filippo Grandi met Rwandan President Paul Kagame in Kigali on Monday.",
			want: []string{"meeting occurred Filippo Grandi+Paul Kagame @2024-07-08"},
		},
		{
			name: "urged a meeting after coordinate adjectives",
			pub:  day(2024, time.January, 20),
			text: "The summit communique urged an immediate, unconditional truce and a meeting between Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki.",
			want: []string{"meeting planned Abiy Ahmed+Isaias Afwerki @"},
		},
		{
			name: "a purported meeting is hearsay",
			pub:  day(2024, time.January, 20),
			text: "Officials dismissed talk of a purported meeting between Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki.",
			want: []string{"meeting cancelled Abiy Ahmed+Isaias Afwerki @"},
		},
		{
			name: "a programme that includes a meeting",
			pub:  day(2024, time.January, 20),
			text: "Ethiopian Prime Minister Abiy Ahmed's programme in Asmara includes a meeting with Eritrean President Isaias Afwerki.",
			want: []string{"meeting planned Abiy Ahmed+Isaias Afwerki @"},
		},
		{
			name: "the two leaders are not a leader and his wife",
			pub:  day(2024, time.June, 20),
			text: "Indian Prime Minister Narendra Modi flew to Colombo on Tuesday and was greeted at the airport by President Ranil Wickremesinghe and his wife Maithree Wickramasinghe. The two leaders held talks on Wednesday.",
			want: []string{
				"meeting occurred Narendra Modi+Ranil Wickremesinghe @2024-06-19",
				"visit occurred Narendra Modi>Sri Lanka @2024-06-18",
			},
		},
		{
			name: "a weekday before a title is no institution",
			pub:  day(2024, time.October, 23),
			text: "Chilean President Gabriel Boric arrived in Lima on Sunday. On Tuesday Chilean Foreign Minister Alberto van Klaveren sat down with Peruvian Foreign Minister Elmer Schialer. Boric is due to leave on Thursday.",
			want: []string{
				"meeting occurred Alberto van Klaveren+Elmer Schialer @2024-10-22",
				"visit occurred Gabriel Boric>Peru @2024-10-20",
			},
		},
		{
			name: "arrived with no destination is where the text is",
			pub:  day(2024, time.July, 16),
			text: "A trade fair opened in Kampala on Monday. Kenyan President William Ruto arrived on Sunday evening.",
			want: []string{"visit occurred William Ruto>Uganda @2024-07-14"},
		},
		{
			name: "flew in after another leader's arrival",
			pub:  day(2024, time.July, 16),
			text: "Ethiopian Prime Minister Abiy Ahmed arrived in Kampala on Friday, and Kenyan President William Ruto flew in on Saturday morning.",
			want: []string{
				"visit occurred Abiy Ahmed>Uganda @2024-07-12",
				"visit occurred William Ruto>Uganda @2024-07-13",
			},
		},
		{
			name: "a conjoined role with a name in apposition",
			pub:  day(2024, time.July, 16),
			text: "UN Secretary-General Antonio Guterres and the UN special envoy for the region, Huang Xia, met Rwandan President Paul Kagame in Kigali on Monday.",
			want: []string{
				"meeting occurred Antonio Guterres+Huang Xia+Paul Kagame @2024-07-15",
			},
		},
		{
			name: "a host meeting a foreign guest at home: the guest visited",
			pub:  day(2023, time.September, 14),
			text: "Russian President Vladimir Putin sat down with Belarusian President Alexander Lukashenko on Wednesday at a resort in Russia.",
			want: []string{
				"meeting occurred Alexander Lukashenko+Vladimir Putin @2023-09-13",
				"visit occurred Alexander Lukashenko>Russia @2023-09-13",
			},
		},
		{
			name: "hosted guests for talks is no gathering",
			pub:  day(2024, time.July, 16),
			text: "Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Arusha on Monday. Tanzanian President Samia Suluhu Hassan hosted the two leaders for talks that lasted most of the day.",
			want: []string{"meeting occurred Samia Suluhu Hassan+William Ruto+Yoweri Museveni @2024-07-15"}, // the host met them too
		},
		{
			name: "two co-chairs of a summit held no bilateral meeting of their own",
			pub:  day(2024, time.July, 16),
			text: "Japanese Prime Minister Fumio Kishida and Palau's President Surangel Whipps Jr. co-chaired the tenth summit of the Pacific Islands Leaders Meeting in Tokyo on Monday.",
			want: []string{"gathering occurred Japan+Palau @2024-07-15"},
		},
		{
			name: "received in audience by",
			pub:  day(2025, time.March, 11),
			text: "Ukrainian President Volodymyr Zelensky was received in audience by Crown Prince Mohammed bin Salman on Monday.",
			want: []string{"meeting occurred Mohammed bin Salman+Volodymyr Zelensky @2025-03-10"},
		},
		{
			name: "list subject were among the members who took part",
			pub:  day(2025, time.September, 9),
			text: "The Pacific Islands Forum summit opened in Suva on Monday. Tonga, Vanuatu and Samoa were among the members who took part.",
			want: []string{"gathering occurred Samoa+Tonga+Vanuatu @2025-09-08"},
		},
		{
			name: "leaders of a list were present",
			pub:  day(2025, time.September, 9),
			text: "The Pacific Islands Forum summit opened in Suva on Monday. Leaders of Tonga and Samoa were present.",
			want: []string{"gathering occurred Pacific Islands Forum+Samoa+Tonga @2025-09-08"},
		},
		{
			name: "attended in person, as did",
			pub:  day(2025, time.September, 9),
			text: "The African Union summit opened in Addis Ababa on Monday. Uganda's President Yoweri Museveni and Rwanda's Foreign Minister Olivier Nduhungirehe attended in person, as did the European Union.",
			want: []string{"gathering occurred African Union+European Union+Rwanda+Uganda @2025-09-08"},
		},
		{
			name: "attended as an observer",
			pub:  day(2025, time.September, 9),
			text: "The African Union summit opened in Addis Ababa on Monday. Morocco attended as an observer.",
			want: []string{"gathering occurred African Union+Morocco @2025-09-08"},
		},
		{
			name: "hosted delegations from a list",
			pub:  day(2023, time.May, 6),
			text: "The Shanghai Cooperation Organisation summit opened in Goa on Thursday. India hosted delegations from China, Russia and Pakistan at a resort.",
			want: []string{"gathering occurred China+India+Pakistan+Russia @2023-05-04"},
		},
		{
			name: "were present without a gathering in focus adds nothing",
			pub:  day(2023, time.May, 6),
			text: "Leaders of Tonga and Samoa were present.",
			want: nil,
		},
		{
			name: "sat down with",
			pub:  day(2023, time.September, 21),
			text: "Brazilian President Luiz Inacio Lula da Silva sat down with Colombian President Gustavo Petro on Wednesday.",
			want: []string{"meeting occurred Gustavo Petro+Luiz Inacio Lula da Silva @2023-09-20"},
		},
		{
			name: "leaders opened their summit",
			pub:  day(2024, time.October, 10),
			text: "Andean leaders opened their yearly summit in La Paz on Wednesday. Leaders of Brunei, Cambodia and Malaysia were present.",
			want: []string{"gathering occurred Brunei+Cambodia+Malaysia @2024-10-09"},
		},
		{
			name: "the two leaders opened their summit is no gathering",
			pub:  day(2024, time.October, 10),
			text: "The two leaders opened their summit in Vientiane on Wednesday.",
			want: nil,
		},
		{
			name: "ministers of a bloc met",
			pub:  day(2023, time.May, 6),
			text: "Foreign ministers of the Shanghai Cooperation Organisation met in Goa on Thursday.",
			want: []string{"gathering occurred Shanghai Cooperation Organisation @2023-05-04"},
		},
		{
			name: "a relative clause keeps its own modality",
			pub:  day(2025, time.March, 17),
			text: "The African Union summit opened in Addis Ababa on Monday. Morocco, which is set to host the next one, attended as an observer.",
			want: []string{"gathering occurred African Union+Morocco @2025-03-17"},
		},
		{
			name: "meetings chaired by a country",
			pub:  day(2024, time.October, 10),
			text: "Andean leaders opened their yearly summit in La Paz on Wednesday, with two days of meetings chaired by Bolivia.",
			want: []string{"gathering occurred Bolivia @2024-10-09"},
		},
		{
			name: "attendees three sentences after the summit",
			pub:  day(2024, time.October, 10),
			text: "Andean leaders opened their yearly summit in La Paz on Wednesday. Trade dominated the first day. Fishing rights came up too. Leaders of Brunei and Cambodia were present.",
			want: []string{"gathering occurred Brunei+Cambodia @2024-10-09"},
		},
		{
			name: "coordinated travellers each visit",
			pub:  day(2025, time.March, 19),
			text: "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame arrived in Doha on Tuesday.",
			want: []string{
				"visit occurred Felix Tshisekedi>Qatar @2025-03-18",
				"visit occurred Paul Kagame>Qatar @2025-03-18",
			},
		},
		{
			name: "both presidents flew into a city",
			pub:  day(2025, time.March, 19),
			text: "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame agreed on a ceasefire. Both presidents flew into Doha on Tuesday.",
			want: []string{
				"visit occurred Felix Tshisekedi>Qatar @2025-03-18",
				"visit occurred Paul Kagame>Qatar @2025-03-18",
			},
		},
		{
			name: "talks hosted by a third leader",
			pub:  day(2025, time.March, 19),
			text: "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame met in Doha on Tuesday in talks hosted by the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani.",
			want: []string{"meeting occurred Felix Tshisekedi+Paul Kagame+Tamim bin Hamad Al Thani @2025-03-18"},
		},
		{
			name: "a meeting of two countries attended by four ministers",
			pub:  day(2024, time.July, 9),
			text: "The pact was signed at a meeting of the two countries' ministers on Monday, attended by Japanese Foreign Minister Yoko Kamikawa, Japanese Defence Minister Minoru Kihara, Philippine Foreign Secretary Enrique Manalo and Philippine Defence Secretary Gilberto Teodoro.",
			want: []string{"meeting occurred Enrique Manalo+Gilberto Teodoro+Minoru Kihara+Yoko Kamikawa @2024-07-08"},
		},
		{
			name: "the two Japanese ministers paid a courtesy call",
			pub:  day(2024, time.July, 9),
			text: "Japanese Foreign Minister Yoko Kamikawa met Thai Foreign Minister Maris Sangiampongsa in Bangkok last week. Japanese Defence Minister Minoru Kihara joined her in Manila on Sunday. On Monday the two Japanese ministers paid a courtesy call on Philippine President Ferdinand Marcos Jr.",
			want: []string{
				"meeting occurred Ferdinand Marcos Jr.+Minoru Kihara+Yoko Kamikawa @2024-07-08",
				"meeting occurred Maris Sangiampongsa+Yoko Kamikawa @2024-07",
			},
		},
		{
			name: "the head of an appositive is the subject",
			pub:  day(2025, time.April, 13),
			text: "Steve Witkoff, the special envoy of US President Donald Trump, held talks with Omani Foreign Minister Badr Albusaidi on Saturday.",
			want: []string{"meeting occurred Badr Albusaidi+Steve Witkoff @2025-04-12"},
		},
		{
			name: "a fronted place is no appositive head",
			pub:  day(2025, time.April, 13),
			text: "In Muscat, the Iranian Foreign Minister Abbas Araghchi held talks with Omani Foreign Minister Badr Albusaidi on Saturday.",
			want: []string{
				"meeting occurred Abbas Araghchi+Badr Albusaidi @2025-04-12",
				"visit occurred Abbas Araghchi>Oman @2025-04-12", // talks told from a fronted foreign city
			},
		},
		{
			name: "both presidents are the people titled president",
			pub:  day(2025, time.March, 19),
			text: "Congolese President Felix Tshisekedi and Rwandan President Paul Kagame agreed on a ceasefire in talks mediated by Qatari Emir Tamim bin Hamad Al Thani. The statement gave no details. Both presidents flew to Doha on Tuesday.",
			want: []string{
				"meeting occurred Felix Tshisekedi+Paul Kagame+Tamim bin Hamad Al Thani @2025-03",
				"visit occurred Felix Tshisekedi>Qatar @2025-03-18",
				"visit occurred Paul Kagame>Qatar @2025-03-18",
			},
		},
		{
			name: "a summit stays in focus for six sentences",
			pub:  day(2025, time.February, 16),
			text: "The African Union summit opened in Addis Ababa on Saturday. Trade came first. Then came security. A new chair was chosen. Sudan was discussed. Leaders from more than 40 states attended, among them Kenya and Angola.",
			want: []string{"gathering occurred African Union+Angola+Kenya @2025-02-15"},
		},
		{
			name: "delegation members replace their country at talks",
			pub:  day(2025, time.March, 12),
			text: "Senior U.S. and Ukrainian officials held talks in Geneva on Tuesday. Secretary of State Marco Rubio led the American team. The Ukrainian delegation was headed by Andriy Yermak, an aide to President Volodymyr Zelensky, and included Foreign Minister Andrii Sybiha.",
			want: []string{"meeting occurred Andrii Sybiha+Andriy Yermak+Marco Rubio @2025-03-11"},
		},
		{
			name: "a team led by people of another country changes nothing",
			pub:  day(2025, time.March, 12),
			text: "Senior U.S. and Ukrainian officials held talks in Geneva on Tuesday. French Foreign Minister Jean-Noel Barrot led the French team at a separate meeting.",
			want: []string{"meeting occurred Ukraine+United States @2025-03-11"},
		},
		{
			name: "the Minister of a press release is its own minister",
			pub:  day(2025, time.March, 17),
			text: "The Minister for Foreign Affairs, Hon. Kofi Mensah, held talks in Abuja on Friday with Nigeria's Minister of Foreign Affairs, Ambassador Musa Bello. On the same day, the Minister was received in audience by the President of Nigeria, Bola Tinubu, to whom he delivered a message from his president.",
			want: []string{
				"meeting occurred Bola Tinubu+Kofi Mensah @2025-03-14",
				"meeting occurred Kofi Mensah+Musa Bello @2025-03-14",
			},
		},
		{
			name: "received at the end of a sentence",
			pub:  day(2025, time.March, 17),
			text: "Nigerian President Bola Tinubu received",
			want: nil,
		},
		{
			name: "a message received is no meeting",
			pub:  day(2025, time.March, 17),
			text: "Ghanaian President John Mahama received a message from Nigerian President Bola Tinubu on Friday.",
			want: nil,
		},
		{
			name: "EU institutions attend for the European Union",
			pub:  day(2025, time.April, 4),
			text: "Uzbek President Shavkat Mirziyoyev hosted the summit in Samarkand on Thursday, which was attended by European Council President Antonio Costa and the presidents of Kazakhstan and Tajikistan.",
			want: []string{"gathering occurred European Union+Kazakhstan+Tajikistan+Uzbekistan @2025-04-03"},
		},
		{
			name: "attended alongside",
			pub:  day(2025, time.November, 23),
			text: "The G20 summit opened in Johannesburg on Saturday. Chinese Premier Li Qiang and Indian Prime Minister Narendra Modi attended the summit, alongside the European Union and the African Union.",
			want: []string{"gathering occurred African Union+China+European Union+G20+India @2025-11-22"},
		},
		{
			name: "the heads of two countries, A and B, met",
			pub:  day(2025, time.March, 14),
			text: "The foreign ministers of Kyrgyzstan and Tajikistan, Jeenbek Kulubaev and Sirojiddin Muhriddin, met in Batken last month.",
			want: []string{"meeting occurred Jeenbek Kulubaev+Sirojiddin Muhriddin @2025-02"},
		},
		{
			name: "a minister meeting officials of his own country is no diplomacy",
			pub:  day(2025, time.May, 14),
			text: "Lebanese Prime Minister Nawaf Salam, accompanied by Energy Minister Joe Saddi, met farmers and municipal officials in Zahle on Tuesday.",
			want: nil,
		},
		{
			name: "a meeting told first with fewer of its parties is one meeting",
			pub:  day(2024, time.March, 6),
			text: "Kenyan President William Ruto said the meeting on Tuesday with Ugandan President Yoweri Museveni went well. Ruto said that he, Museveni and Ugandan Foreign Minister Jeje Odongo had a long discussion at the meeting on Tuesday.",
			want: []string{"meeting occurred Jeje Odongo+William Ruto+Yoweri Museveni @2024-03-05"},
		},
		{
			name: "talks at a city are not dated by a visit elsewhere",
			pub:  day(2024, time.March, 6),
			text: "Iranian Oil Minister Javad Owji arrived in Abu Dhabi on Tuesday. He said his talks at Riyadh with Saudi Energy Minister Abdulaziz bin Salman had been useful.",
			want: []string{
				"meeting occurred Abdulaziz bin Salman+Javad Owji @2024-03",
				"visit occurred Javad Owji>Saudi Arabia @2024-03", // talks in Riyadh beside the Abu Dhabi leg
				"visit occurred Javad Owji>United Arab Emirates @2024-03-05",
			},
		},
		{
			name: "talks on the day of an arrival told in a relative clause",
			pub:  day(2025, time.April, 13),
			text: "Iranian Foreign Minister Abbas Araghchi, who arrived in Muscat on Saturday morning, held talks with Omani Foreign Minister Badr Albusaidi.",
			want: []string{
				"meeting occurred Abbas Araghchi+Badr Albusaidi @2025-04-12",
				"visit occurred Abbas Araghchi>Oman @2025-04-12",
			},
		},
		{
			name: "has since met is not the arrival day",
			pub:  day(2025, time.April, 13),
			text: "World Bank President Ajay Banga, who arrived in Indonesia on Saturday, has since met Indonesian Finance Minister Sri Mulyani Indrawati.",
			want: []string{
				"meeting occurred Ajay Banga+Sri Mulyani Indrawati @2025-04",
				"visit occurred Ajay Banga>Indonesia @2025-04-12",
			},
		},
		{
			name: "talks before a signing share the signing day, not the arrival day",
			pub:  day(2025, time.October, 7),
			text: "Fijian Prime Minister Sitiveni Rabuka and Australian Prime Minister Anthony Albanese signed a treaty in Canberra on Monday. Rabuka arrived in Canberra on Sunday. The two leaders held talks before the ceremony.",
			want: []string{
				"agreement occurred Anthony Albanese+Sitiveni Rabuka @2025-10-06",
				"meeting occurred Anthony Albanese+Sitiveni Rabuka @2025-10-06",
				"visit occurred Sitiveni Rabuka>Australia @2025-10-05",
			},
		},
		{
			name: "meetings announced as a series share its day and gathering",
			pub:  day(2023, time.September, 21),
			text: "South African President Cyril Ramaphosa held two bilateral meetings on Wednesday on the sidelines of the United Nations General Assembly in New York. He first met Ukrainian President Volodymyr Zelensky. Ramaphosa then met Colombian President Gustavo Petro.",
			want: []string{
				"gathering occurred Colombia+South Africa+Ukraine @2023-09-20",
				"meeting occurred Cyril Ramaphosa+Gustavo Petro @2023-09-20",
				"meeting occurred Cyril Ramaphosa+Volodymyr Zelensky @2023-09-20",
			},
		},
		{
			name: "a cabinet meeting is no gathering",
			pub:  day(2024, time.April, 20),
			text: "Senegalese Prime Minister Ousmane Sonko chaired the new government's first weekly cabinet meeting in Dakar on Friday.",
			want: nil,
		},
		{
			name: "the summit later in the story is the same summit",
			pub:  day(2025, time.April, 5),
			text: "Thailand hosted the sixth BIMSTEC summit in Bangkok on Friday. Trade dominated. Leaders of Nepal and Bhutan attended the summit. A declaration was adopted at the end of the summit.",
			want: []string{"gathering occurred Bhutan+Nepal+Thailand @2025-04-04"},
		},
		{
			name: "a delegation led by someone is that person",
			pub:  day(2025, time.June, 11),
			text: "Kenyan President William Ruto received a delegation led by Chinese Foreign Minister Wang Yi in Nairobi on Tuesday.",
			want: []string{"meeting occurred Wang Yi+William Ruto @2025-06-10", "visit occurred Wang Yi>Kenya @2025-06-10"},
		},
		{
			name: "told reporters after meeting",
			pub:  day(2025, time.June, 11),
			text: "French President Emmanuel Macron told reporters in Berlin after meeting German Chancellor Friedrich Merz on Tuesday that Europe must act.",
			want: []string{"meeting occurred Emmanuel Macron+Friedrich Merz @2025-06-10"},
		},
		{
			name: "fronted after meeting",
			pub:  day(2025, time.June, 11),
			text: "After meeting German Chancellor Friedrich Merz on Tuesday, French President Emmanuel Macron said Europe must act.",
			want: []string{"meeting occurred Emmanuel Macron+Friedrich Merz @2025-06-10"},
		},
		{
			name: "a meeting noun after after is no meeting of its own",
			pub:  day(2025, time.June, 11),
			text: "French President Emmanuel Macron spoke after meeting time ran out.",
			want: nil,
		},
		{
			name: "took part without an object",
			pub:  day(2024, time.October, 25),
			text: "Russia hosted the BRICS summit in Kazan on Tuesday. Leaders of Egypt, Ethiopia and Iran took part for the first time.",
			want: []string{"gathering occurred Egypt+Ethiopia+Iran+Russia @2024-10-22"},
		},
		{
			name: "heads of state arrived for a summit, among them",
			pub:  day(2024, time.October, 25),
			text: "More than 30 heads of state arrived in Kazan on Tuesday for the BRICS summit, among them South African President Cyril Ramaphosa and Iranian President Masoud Pezeshkian.",
			want: []string{
				"gathering occurred Iran+South Africa @2024-10-22",
				"visit occurred Cyril Ramaphosa>Russia @2024-10-22",
				"visit occurred Masoud Pezeshkian>Russia @2024-10-22",
			},
		},
		{
			name: "spent the weekend in a country",
			pub:  day(2024, time.July, 9),
			text: "Argentine President Javier Milei spent two days in Brazil, where he spoke to a conservative rally.",
			want: []string{"visit occurred Javier Milei>Brazil @2024-07"},
		},
		{
			name: "arrived from an earlier stop abroad",
			pub:  day(2025, time.June, 11),
			text: "New Zealand Prime Minister Christopher Luxon arrived in Apia on Monday from Suva, the first stop of his Pacific tour.",
			want: []string{
				"visit occurred Christopher Luxon>Fiji @2025-06",
				"visit occurred Christopher Luxon>Samoa @2025-06-09",
			},
		},
		{
			// The place a traveller came from may be home or a transit
			// stop: a visit only when the text says it was a stop.
			name: "arrived from a place not told as a stop",
			pub:  day(2025, time.June, 11),
			text: "New Zealand Prime Minister Christopher Luxon arrived in Apia on Monday from Suva.",
			want: []string{
				"visit occurred Christopher Luxon>Samoa @2025-06-09",
			},
		},
		{
			name: "arrived from home is one visit",
			pub:  day(2025, time.June, 11),
			text: "Kenyan President William Ruto arrived in Accra on Monday from Nairobi.",
			want: []string{"visit occurred William Ruto>Ghana @2025-06-09"},
		},
		{
			name: "a tour of three countries",
			pub:  day(2025, time.June, 11),
			text: "Kenyan President William Ruto embarked on a tour of Ghana, Nigeria and Senegal last week.",
			want: []string{
				"visit occurred William Ruto>Ghana @2025-06",
				"visit occurred William Ruto>Nigeria @2025-06",
				"visit occurred William Ruto>Senegal @2025-06",
			},
		},
		{
			name: "captions and teasers are no news",
			pub:  day(2025, time.June, 11),
			text: "Image caption: Turkish President Recep Tayyip Erdogan met Egyptian President Abdel Fattah al-Sisi in Cairo in February.\nVideo: Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala.\nChinese Premier Li Qiang met New Zealand Prime Minister Christopher Luxon in Beijing on Tuesday.\n",
			want: []string{"meeting occurred Christopher Luxon+Li Qiang @2025-06-10"},
		},
		{
			name: "the subject of a coordinated verb phrase, not the first verb's object",
			pub:  day(2024, time.October, 14),
			text: "Iranian President Masoud Pezeshkian visited Iraq last month, and held talks in Baghdad with Iraqi Prime Minister Mohammed Shia al-Sudani.",
			want: []string{
				"meeting occurred Masoud Pezeshkian+Mohammed Shia al-Sudani @2024-09",
				"visit occurred Masoud Pezeshkian>Iraq @2024-09",
			},
		},
		{
			name: "denied reports that they had met",
			pub:  day(2023, time.May, 7),
			text: "India's foreign ministry on Saturday denied reports that Indian Foreign Minister Subrahmanyam Jaishankar had met Pakistani Foreign Minister Bilawal Bhutto Zardari.",
			want: []string{"meeting cancelled Bilawal Bhutto Zardari+Subrahmanyam Jaishankar @2023-05-06"},
		},
		{
			name: "spoke directly",
			pub:  day(2025, time.April, 13),
			text: "US envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi spoke directly for several minutes on Saturday.",
			want: []string{"meeting occurred Abbas Araghchi+Steve Witkoff @2025-04-12"},
		},
		{
			name: "discussed does not reach into a while clause",
			pub:  day(2025, time.April, 5),
			text: "Indian Prime Minister Narendra Modi met Nepali Prime Minister KP Sharma Oli on Friday and discussed power trade, while Bangladeshi leader Muhammad Yunus held a meeting with Thai Prime Minister Paetongtarn Shinawatra.",
			want: []string{
				"meeting occurred KP Sharma Oli+Narendra Modi @2025-04-04",
				"meeting occurred Muhammad Yunus+Paetongtarn Shinawatra @2025-04",
			},
		},
		{
			name: "a delegation member accompanies the visit",
			pub:  day(2025, time.April, 14),
			text: "Syrian President Ahmed al-Sharaa arrived in Abu Dhabi late on Sunday. He is accompanied by a large delegation that includes Foreign Minister Asaad Hassan al-Shaibani.",
			want: []string{
				"visit occurred Ahmed al-Sharaa>United Arab Emirates @2025-04-13",
				"visit occurred Asaad Hassan al-Shaibani>United Arab Emirates @2025-04-13",
			},
		},
		{
			name: "received a newly accredited envoy",
			pub:  day(2024, time.December, 7),
			text: "Sri Lankan Foreign Secretary Aruni Wijewardane received the newly accredited High Commissioner of Australia, Paul Stephens, on Thursday.",
			want: []string{"meeting occurred Aruni Wijewardane+Paul Stephens @2024-12-05"},
		},
		{
			name: "a tour dated between its noun and of",
			pub:  day(2025, time.March, 17),
			text: "Ghanaian Foreign Minister Samuel Ablakwa met Nigerian President Bola Tinubu. The visit follows the Minister's tour last month of Burkina Faso, Mali and Niger.",
			want: []string{
				"meeting occurred Bola Tinubu+Samuel Ablakwa @2025-03",
				"visit occurred Samuel Ablakwa>Burkina Faso @2025-02",
				"visit occurred Samuel Ablakwa>Mali @2025-02",
				"visit occurred Samuel Ablakwa>Niger @2025-02",
			},
		},
		{
			name: "a when clause keeps its own tense",
			pub:  day(2025, time.October, 7),
			text: "The treaty had been expected to be signed last month, when Australian Prime Minister Anthony Albanese travelled to Port Moresby.",
			want: []string{"visit occurred Anthony Albanese>Papua New Guinea @2025-09"},
		},
		{
			name: "an unnamed official named in apposition",
			pub:  day(2024, time.October, 10),
			text: "Thai Prime Minister Paetongtarn Shinawatra met Myanmar's junta chief, Min Aung Hlaing, on Tuesday.",
			want: []string{"meeting occurred Min Aung Hlaing+Paetongtarn Shinawatra @2024-10-08"},
		},
		{
			name: "a person opening the next clause is no apposition",
			pub:  day(2024, time.October, 10),
			text: "Thai Prime Minister Paetongtarn Shinawatra met Myanmar officials on Tuesday, Chinese envoy Deng Xijun said.",
			want: []string{"meeting occurred Myanmar+Paetongtarn Shinawatra @2024-10-08"},
		},
		{
			name: "a meeting between two that is being planned",
			pub:  day(2025, time.June, 11),
			text: "A meeting between Chinese President Xi Jinping and Russian President Vladimir Putin is being planned.",
			want: []string{"meeting planned Vladimir Putin+Xi Jinping @"},
		},
		{
			name: "talks between two that were held",
			pub:  day(2025, time.June, 11),
			text: "Talks between Chinese President Xi Jinping and Russian President Vladimir Putin were held in Moscow on Tuesday.",
			want: []string{"meeting occurred Vladimir Putin+Xi Jinping @2025-06-10"},
		},
		{
			name: "two officials co-chaired a bilateral mechanism",
			pub:  day(2024, time.July, 3),
			text: "Philippine Foreign Undersecretary Maria Lazaro and Chinese Vice Foreign Minister Chen Xiaodong co-chaired the ninth meeting of the consultation mechanism in Manila on Tuesday.",
			want: []string{"meeting occurred Chen Xiaodong+Maria Lazaro @2024-07-02"},
		},
		{
			name: "co-chaired a summit with others",
			pub:  day(2025, time.June, 11),
			text: "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese co-chaired a virtual summit of Quad leaders on Tuesday with US President Joe Biden and Japanese Prime Minister Fumio Kishida.",
			want: []string{"gathering occurred Australia+India+Japan+United States @2025-06-10"}, // the Quad is its members
		},
		{
			name: "three countries held their first trilateral summit",
			pub:  day(2024, time.May, 28),
			text: "Japan, South Korea and China held their first trilateral summit in five years in Seoul on Monday.",
			want: []string{"gathering occurred China+Japan+South Korea @2024-05-27"},
		},
		{
			name: "exchanged views by phone",
			pub:  day(2025, time.June, 11),
			text: "German Chancellor Friedrich Merz and Polish Prime Minister Donald Tusk exchanged views by phone on Tuesday.",
			want: []string{"meeting occurred Donald Tusk+Friedrich Merz (phone) @2025-06-10"},
		},
		{
			name: "accompanied by two ministers, the leader met: the leader is the subject, the ministers take part",
			pub:  day(2025, time.May, 14),
			text: "Lebanese Prime Minister Nawaf Salam, accompanied by Energy Minister Joe Saddi and Agriculture Minister Nizar Hani, met Syrian President Ahmed al-Sharaa in Damascus on Tuesday.",
			want: []string{"meeting occurred Ahmed al-Sharaa+Joe Saddi+Nawaf Salam+Nizar Hani @2025-05-13"},
		},
		{
			name: "the bloc meeting is no attendee beside its members",
			pub:  day(2024, time.July, 9),
			text: "Mercosur leaders met in Asuncion on Monday. Leaders of Brazil, Uruguay and Bolivia were present.",
			want: []string{"gathering occurred Bolivia+Brazil+Uruguay @2024-07-08"},
		},
		{
			name: "a bloc is a party to a summit not named for it",
			pub:  day(2025, time.April, 5),
			text: "The European Union and five Central Asian states held their first summit on Thursday in Samarkand. Leaders of Kazakhstan, Kyrgyzstan and Tajikistan were present.",
			want: []string{"gathering occurred European Union+Kazakhstan+Kyrgyzstan+Tajikistan @2025-04-03"},
		},
		{
			name: "the bloc stays the attendee when few members are named",
			pub:  day(2024, time.July, 9),
			text: "Mercosur leaders met in Asuncion on Monday. Leaders of Brazil and Uruguay were present.",
			want: []string{"gathering occurred Brazil+Mercosur+Uruguay @2024-07-08"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: tc.pub}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// TestModernNames covers names that contain words news English otherwise
// reads as titles or pronouns, on sentences written for the test.
func TestModernNames(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // person names, sorted
	}{
		{
			name: "He inside a name",
			text: "Chinese Vice Premier Liu He met US Treasury Secretary Janet Yellen in Zurich.",
			want: []string{"Janet Yellen", "Liu He"},
		},
		{
			name: "He starting a sentence is a pronoun",
			text: "Chinese President Xi Jinping met Russian President Vladimir Putin. He said the talks went well.",
			want: []string{"Vladimir Putin", "Xi Jinping"},
		},
		{
			name: "a given name that is also a title, after a title",
			text: "Afghan Foreign Minister Amir Khan Muttaqi met Pakistani Foreign Minister Ishaq Dar in Kabul.",
			want: []string{"Amir Khan Muttaqi", "Ishaq Dar"},
		},
		{
			name: "a rank before the name is no part of it",
			text: "Myanmar's military chief Senior General Min Aung Hlaing met Thai Prime Minister Paetongtarn Shinawatra in Bangkok.",
			want: []string{"Min Aung Hlaing", "Paetongtarn Shinawatra"},
		},
		{
			name: "a month abbreviation inside a name",
			text: "Pakistani army chief Asim Munir met Chinese Defence Minister Dong Jun in Beijing.",
			want: []string{"Asim Munir", "Dong Jun"},
		},
		{
			name: "an abbreviated given name",
			text: "Philippine Foreign Secretary Ma. Theresa Lazaro met Chinese Ambassador Jing Quan in Manila.",
			want: []string{"Jing Quan", "Ma. Theresa Lazaro"},
		},
		{
			name: "a name word opening with a glottal stop",
			text: "Australian Foreign Minister Penny Wong met Tongan Foreign Minister Fekitamoeloa 'Utoikamanu in Nuku'alofa.",
			want: []string{"Fekitamoeloa 'Utoikamanu", "Penny Wong"},
		},
		{
			name: "a single quotation mark is no glottal stop",
			text: "Wong said 'Tonga matters' after Australian Foreign Minister Penny Wong met Tongan Prime Minister Siaosi Sovaleni.",
			want: []string{"Penny Wong", "Siaosi Sovaleni"},
		},
		{
			name: "portfolio nouns in a long title are no name",
			text: "The Minister of Foreign Affairs, Foreign Employment and Tourism, Hon. Vijitha Herath, spoke by phone with Indian External Affairs Minister Subrahmanyam Jaishankar.",
			want: []string{"Subrahmanyam Jaishankar", "Vijitha Herath"},
		},
		{
			name: "an office after a possessive title is no person",
			text: "Nepali Prime Minister KP Sharma Oli met Chinese Premier Li Qiang in Beijing, his office said.",
			want: []string{"KP Sharma Oli", "Li Qiang"},
		},
		{
			name: "a title before the name stays a title",
			text: "Qatari Emir Tamim bin Hamad Al Thani met Pakistani Foreign Minister Ishaq Dar in Doha.",
			want: []string{"Ishaq Dar", "Tamim bin Hamad Al Thani"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2024, time.May, 7)})
			var got []string
			for _, a := range f.Actors {
				if a.Kind == schema.KindPerson {
					got = append(got, a.Name)
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
}

// TestModernCountries covers the country of people named with an
// organisation that opens with a demonym.
func TestModernCountries(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|country ISO3
	}{
		{
			name: "demonym opening an organisation",
			text: "Pakistani Foreign Minister Ishaq Dar held talks with Afghan Taliban Foreign Minister Amir Khan Muttaqi in Kabul.",
			want: []string{"Amir Khan Muttaqi|AFG", "Ishaq Dar|PAK"},
		},
		{
			name: "a release's own Foreign Secretary belongs to the country it is about",
			text: "Sri Lankan President Anura Kumara Dissanayake met Indian Prime Minister Narendra Modi in Colombo. Sri Lanka and India signed a defence pact. The Foreign Secretary, Aruni Wijewardane, later received the newly accredited High Commissioner of Australia, Paul Stephens, in Colombo.",
			want: []string{"Anura Kumara Dissanayake|LKA", "Aruni Wijewardane|LKA", "Narendra Modi|IND", "Paul Stephens|AUS"},
		},
		{
			name: "her Chinese counterpart: she is not Chinese",
			text: "BEIJING, Dec 4 - Nepali Prime Minister KP Sharma Oli held talks with Chinese Premier Li Qiang on Tuesday. On Wednesday, Foreign Minister Arzu Rana Deuba and her Chinese counterpart Wang Yi signed a framework agreement.",
			want: []string{"Arzu Rana Deuba|NPL", "KP Sharma Oli|NPL", "Li Qiang|CHN", "Wang Yi|CHN"},
		},
		{
			name: "an institution's officer acts for the organisation it is part of, no country",
			text: "European Commission President Ursula von der Leyen met Indian Prime Minister Narendra Modi in Brussels.",
			want: []string{"Narendra Modi|IND", "Ursula von der Leyen|european-union"},
		},
		{
			name: "an alliance's head, a portfolio chief of a bloc",
			text: "NATO Deputy Secretary General Radmila Shekerinska and EU trade policy chief Maros Sefcovic met Japanese Prime Minister Shigeru Ishiba in Brussels.",
			want: []string{"Maros Sefcovic|european-union", "Radmila Shekerinska|nato", "Shigeru Ishiba|JPN"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2024, time.May, 7)})
			var got []string
			for _, a := range f.Actors {
				if a.Kind == schema.KindPerson {
					got = append(got, a.Name+"|"+schema.Local(a.Country))
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAmbiguousCountry covers country words that name two countries.
func TestAmbiguousCountry(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|country ISO3
	}{
		{
			name: "a city of the other country decides",
			text: "Congolese President Felix Tshisekedi met Angolan President Joao Lourenco in Kinshasa.",
			want: []string{"Felix Tshisekedi|COD", "Joao Lourenco|AGO"},
		},
		{
			name: "a city of the default country keeps it",
			text: "Congolese President Denis Sassou Nguesso met Angolan President Joao Lourenco in Brazzaville.",
			want: []string{"Denis Sassou Nguesso|COG", "Joao Lourenco|AGO"},
		},
		{
			name: "the other country named outright keeps the default",
			text: "Congolese President Denis Sassou Nguesso met Zaire's President Mobutu Sese Seko in Kinshasa.",
			want: []string{"Denis Sassou Nguesso|COG", "Mobutu Sese Seko|COD"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2024, time.May, 7)})
			var got []string
			for _, a := range f.Actors {
				if a.Kind == schema.KindPerson {
					got = append(got, a.Name+"|"+schema.Local(a.Country))
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDatelineAfterCrumbs checks that a dateline after a section crumb and
// a caption still places a summit reported a few days later.
func TestDatelineAfterCrumbs(t *testing.T) {
	text := "News / Africa / Horn of Africa\nPhoto: Leaders pose for a family photo. / Supplied\nADDIS ABABA - Somali President Hassan Sheikh Mohamud met Kenyan President William Ruto on Saturday on the sidelines of the African Union summit.\n"
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2025, time.February, 17)})
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	var got []string
	for _, e := range f.Events {
		got = append(got, string(e.Type)+" @"+names[e.Place])
	}
	sort.Strings(got)
	want := []string{"gathering @Addis Ababa", "meeting @Addis Ababa"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("places (-want +got):\n%s", diff)
	}
}

// TestDeskIsNoDateline checks that a newsroom desk set where a dateline
// goes ("AFRICA AND LAKES DESK - TUESDAY ...") is no dateline, while a
// place in the same position is one.
func TestDeskIsNoDateline(t *testing.T) {
	if d, ok := parseDateline("AFRICA AND LAKES DESK - TUESDAY 30 APRIL 2024 - RUNNING ITEMS\n", nil); ok {
		t.Errorf("a desk read as a dateline: %+v", d)
	}
	if d, ok := parseDateline("LILONGWE - Malawian President Peter Banda met ...\n", nil); !ok || d.place != "Lilongwe" {
		t.Errorf("LILONGWE dateline = %+v, %v; want place Lilongwe", d, ok)
	}
}
