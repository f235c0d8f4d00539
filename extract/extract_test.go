package extract

import (
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
	"github.com/google/go-cmp/cmp"
)

var testX = New(Options{})

// brief renders the events of facts as short strings for comparison:
// "meeting occurred A+B @date", "visit occurred A>Country @date",
// "gathering occurred A+B @date".
func brief(f schema.Facts) []string {
	names := map[schema.IRI]string{}
	for _, a := range f.Actors {
		names[a.IRI] = a.Name
	}
	var out []string
	for _, e := range f.Events {
		var s string
		switch e.Type {
		case schema.Meeting:
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, names[p])
			}
			sort.Strings(ps)
			s = strings.Join(ps, "+")
			switch e.Mode {
			case schema.Telephone:
				s += " (phone)"
			case schema.Video:
				s += " (video)"
			}
		case schema.Visit:
			s = names[e.Visitor] + ">" + names[e.Host]
		case schema.Agreement:
			var ps []string
			for _, p := range e.Participants {
				ps = append(ps, names[p])
			}
			sort.Strings(ps)
			s = strings.Join(ps, "+")
		case schema.Gathering:
			var as []string
			for _, p := range e.Attendees {
				as = append(as, names[p])
			}
			sort.Strings(as)
			s = strings.Join(as, "+")
		default:
			continue
		}
		out = append(out, string(e.Type)+" "+string(e.Status)+" "+s+" @"+e.Date.String())
	}
	sort.Strings(out)
	return out
}

// briefCase is one text and the brief events (see brief) it must give.
type briefCase struct {
	name, text string
	want       []string
}

// checkBriefs extracts the text of each case, published on pub, and
// compares its brief events with the case's.
func checkBriefs(t *testing.T, pub time.Time, cases []briefCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: pub}))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

// personNames returns the names of the people among the facts' actors, in
// their order.
func personNames(f schema.Facts) []string {
	var names []string
	for _, a := range f.Actors {
		if a.Kind == schema.KindPerson {
			names = append(names, a.Name)
		}
	}
	return names
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestExtractEvents(t *testing.T) {
	tests := []struct {
		name  string
		pub   time.Time
		title string
		text  string
		want  []string
	}{
		{
			name: "meeting with roles and weekday",
			pub:  day(2021, time.April, 7),
			text: "Chilean Foreign Minister Andres Allamand on Tuesday met Norwegian Prime Minister Erna Solberg in Oslo to discuss fisheries.",
			want: []string{"meeting occurred Andres Allamand+Erna Solberg @2021-04-06"},
		},
		{
			name: "object list gives one meeting per object",
			pub:  day(2019, time.May, 2),
			text: "Kenyan President Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed and Somali President Mohamed Abdullahi Mohamed on Thursday.",
			want: []string{
				"meeting occurred Abiy Ahmed+Uhuru Kenyatta @2019-05-02",
				"meeting occurred Mohamed Abdullahi Mohamed+Uhuru Kenyatta @2019-05-02",
			},
		},
		{
			name: "planned meeting is not occurred",
			pub:  day(2019, time.May, 2),
			text: "Indonesian President Joko Widodo will meet Malaysian Prime Minister Mahathir Mohamad next week.",
			want: []string{"meeting planned Joko Widodo+Mahathir Mohamad @2019-05"},
		},
		{
			name: "negated meeting is cancelled",
			pub:  day(2019, time.May, 2),
			text: "Brazilian President Jair Bolsonaro did not meet Argentine President Mauricio Macri during the visit.",
			want: []string{"meeting cancelled Jair Bolsonaro+Mauricio Macri @"},
		},
		{
			name: "telephone call",
			pub:  day(2020, time.June, 10),
			text: "Japanese Prime Minister Shinzo Abe spoke by telephone with Australian Prime Minister Scott Morrison on Wednesday, his office said.",
			want: []string{"meeting occurred Scott Morrison+Shinzo Abe (phone) @2020-06-10"},
		},
		{
			name: "visit with arrival",
			pub:  day(2018, time.March, 14),
			text: "Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow on Tuesday for a two-day visit.",
			want: []string{"visit occurred Mevlut Cavusoglu>Russia @2018-03-13"},
		},
		{
			name: "no visit to one's own country",
			pub:  day(2018, time.March, 14),
			text: "Kenyan President Uhuru Kenyatta arrived in Nairobi on Tuesday after a tour of the coast.",
			want: nil,
		},
		{
			name: "surname coreference and pronoun",
			pub:  day(2017, time.July, 3),
			text: "Ghanaian President Nana Akufo-Addo arrived in Abidjan on Monday. Akufo-Addo later held talks with Ivorian President Alassane Ouattara, and he also met the country's prime minister.",
			want: []string{
				"meeting occurred Alassane Ouattara+Nana Akufo-Addo @2017-07-03",
				"visit occurred Nana Akufo-Addo>Ivory Coast @2017-07-03",
			},
		},
		{
			name: "multilateral conference is a gathering",
			pub:  day(2021, time.April, 7),
			text: "Last month in Moscow, Russia hosted a regional conference about Afghanistan at which the participants, including China, the United States and Pakistan, agreed a joint statement.",
			want: []string{"gathering occurred China+Pakistan+Russia+United States @2021-03"},
		},
		{
			name: "fronted phone call with a conjoined subject",
			pub:  day(2024, time.February, 13),
			text: "In a phone call on Tuesday, Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the Black Sea grain deal.",
			want: []string{"meeting occurred Recep Tayyip Erdogan+Vladimir Putin (phone) @2024-02-13"},
		},
		{
			name: "audience and dateline with a colon",
			pub:  day(2024, time.February, 13),
			text: "ABUJA: Nigeria's President Bola Tinubu on Monday received in audience the Ghanaian President, Nana Akufo-Addo, at the State House.",
			want: []string{"meeting occurred Bola Tinubu+Nana Akufo-Addo @2024-02-12"},
		},
		{
			name: "audience with adverbials before the guest",
			pub:  day(2024, time.February, 13),
			text: "Gambian President Adama Barrow received in audience on Monday at State House in Banjul his Senegalese counterpart, Bassirou Diomaye Faye.",
			want: []string{"meeting occurred Adama Barrow+Bassirou Diomaye Faye @2024-02-12"},
		},
		{
			name: "adverbials set off by commas before the guest",
			pub:  day(2024, time.February, 13),
			text: "Gambian President Adama Barrow received in audience, on Monday at the Palace of the Nation, the Minister of Trade, Regional Integration and Employment of Ghana, Ms Abena Owusu.",
			want: []string{"meeting occurred Abena Owusu+Adama Barrow @2024-02-12"},
		},
		{
			name: "a headline's passive without was",
			pub:  day(2024, time.February, 13),
			text: "Barrow received by President Bassirou Diomaye Faye at the palace in Dakar on Monday.",
			want: []string{"meeting occurred Adama Barrow+Bassirou Diomaye Faye @2024-02-12", "visit occurred Adama Barrow>Senegal @2024-02-12"},
		},
		{
			name: "a thing received by post is no meeting",
			pub:  day(2024, time.February, 13),
			text: "The note Barrow received by courier on Monday was short.",
			want: nil,
		},
		{
			name: "one adverbial set off by commas",
			pub:  day(2024, time.February, 13),
			text: "Gambian President Adama Barrow received, at State House in Banjul, the Ghanaian Minister of Trade, Ms Abena Owusu.",
			want: []string{"meeting occurred Abena Owusu+Adama Barrow @2024-02"},
		},
		{
			name: "an audience granted to someone named before the noun",
			pub:  day(2024, time.February, 13),
			text: "Senegal's President Bassirou Diomaye Faye granted Gambian Foreign Minister Mamadou Tangara a private audience on Monday.",
			want: []string{"meeting occurred Bassirou Diomaye Faye+Mamadou Tangara @2024-02-12"},
		},
		{
			name: "an audience granted, in the passive",
			pub:  day(2024, time.February, 13),
			text: "Gambian Foreign Minister Mamadou Tangara was granted an audience by Senegal's President Bassirou Diomaye Faye on Monday.",
			want: []string{"meeting occurred Bassirou Diomaye Faye+Mamadou Tangara @2024-02-12"},
		},
		{
			name: "a videoconference with, and a vice chair of the Joint Chiefs",
			pub:  day(2023, time.December, 22),
			text: "Adm. Ann Q. Reid Jr., vice chair of the Joint Chiefs, held a videoconference with Nigeria's defence chief, Gen. Olu Adeyemi, on Thursday.",
			want: []string{"meeting occurred Ann Q. Reid Jr.+Olu Adeyemi (video) @2023-12-21"},
		},
		{
			name: "talks were held between a team and its counterparts",
			pub:  day(2023, time.December, 22),
			text: "Talks were held on Tuesday between a Ghanaian team led by Finance Minister Cassiel Ato Forson and their Chinese counterparts, Lan Foan and Wang Wentao.",
			want: []string{"meeting occurred Cassiel Ato Forson+Lan Foan+Wang Wentao @2023-12-19"},
		},
		{
			name: "bilateral summit is a meeting",
			pub:  day(2023, time.March, 20),
			text: "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit in Tokyo last Thursday.",
			want: []string{"meeting occurred Fumio Kishida+Yoon Suk Yeol @2023-03-16"},
		},
		{
			name: "remote, represented and absent participation",
			pub:  day(2023, time.September, 10),
			text: "Leaders of Brazil, South Africa and Japan attended the G20 summit in New Delhi on Saturday. Chinese President Xi Jinping skipped the summit and was represented by Premier Li Qiang, while Russian President Vladimir Putin joined virtually.",
			want: []string{"gathering occurred Brazil+China+Japan+Russia+South Africa @2023-09-09"},
		},
		{
			name: "presence abroad is a visit",
			pub:  day(2024, time.March, 5),
			text: "Argentine Foreign Minister Diana Mondino was in Brasilia on Monday. She held talks with her Brazilian counterpart Mauro Vieira at the Itamaraty palace.",
			want: []string{
				"meeting occurred Diana Mondino+Mauro Vieira @2024-03-04",
				"visit occurred Diana Mondino>Brazil @2024-03-04",
			},
		},
		{
			name: "bloc ministers meet with a remote guest",
			pub:  day(2023, time.November, 27),
			text: "BRUSSELS - European Union foreign ministers met in Brussels on Monday to discuss support for Ukraine, with Ukrainian Foreign Minister Dmytro Kuleba joining by video link.",
			want: []string{"gathering occurred European Union+Ukraine @2023-11-27"},
		},
		{
			name: "trip to a hosted summit",
			pub:  day(2023, time.June, 15),
			text: "Last month, Uruguayan President Luis Lacalle Pou travelled to Brasilia for a summit of South American leaders hosted by Brazilian President Luiz Inacio Lula da Silva.",
			want: []string{
				"gathering occurred Brazil+Uruguay @2023-05",
				"visit occurred Luis Lacalle Pou>Brazil @2023-05",
			},
		},
		{
			name: "two offices of one host",
			pub:  day(2024, time.May, 8),
			text: "Qatar's Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani received CIA Director William Burns in Doha on Tuesday.",
			want: []string{"meeting occurred Mohammed bin Abdulrahman Al Thani+William Burns @2024-05-07", "visit occurred William Burns>Qatar @2024-05-07"},
		},
		{
			name: "role coreference to an earlier name",
			pub:  day(2022, time.May, 4),
			text: "Pakistan's army chief, General Qamar Javed Bajwa, arrived in Beijing on Monday. On Tuesday the army chief met Chinese Defence Minister Wei Fenghe.",
			want: []string{
				"meeting occurred Qamar Javed Bajwa+Wei Fenghe @2022-05-03",
				"visit occurred Qamar Javed Bajwa>China @2022-05-02",
			},
		},
		{
			name: "conditional meeting is not occurred",
			pub:  day(2022, time.May, 4),
			text: "If the ceasefire holds, Ethiopian Prime Minister Abiy Ahmed will hold talks with Kenyan President William Ruto in Nairobi.",
			want: []string{"meeting planned Abiy Ahmed+William Ruto @"},
		},
		{
			name: "purpose of a trip is not a meeting",
			pub:  day(2022, time.May, 4),
			text: "Chilean Foreign Minister Antonia Urrejola arrived in Lima on Tuesday for talks with Peruvian Foreign Minister Cesar Landa.",
			want: []string{
				"meeting planned Antonia Urrejola+Cesar Landa @2022-05-03",
				"visit occurred Antonia Urrejola>Peru @2022-05-03",
			},
		},
		{
			name: "hosted conference with listed participants",
			pub:  day(2021, time.April, 7),
			text: "Qatar hosted a regional conference on Afghanistan in Doha last month, attended by Pakistan, Iran and Uzbekistan.",
			want: []string{"gathering occurred Iran+Pakistan+Qatar+Uzbekistan @2021-03"},
		},
		{
			name: "agreement between two ministers",
			pub:  day(2021, time.April, 7),
			text: "Kenyan Foreign Minister Raychelle Omamo signed an agreement on visas with her Ugandan counterpart Jeje Odongo on Monday.",
			want: []string{"agreement occurred Jeje Odongo+Raychelle Omamo @2021-04-05"},
		},
		{
			name: "postponed meeting is cancelled",
			pub:  day(2022, time.May, 4),
			text: "The meeting between Serbian President Aleksandar Vucic and Kosovo Prime Minister Albin Kurti was postponed on Tuesday.",
			want: []string{"meeting cancelled Albin Kurti+Aleksandar Vucic @2022-05-03"},
		},
		{
			name: "unnamed officials stand for the country of the place",
			pub:  day(2022, time.May, 4),
			text: "Indonesian Foreign Minister Retno Marsudi met senior officials in Kabul on Monday.",
			want: []string{"meeting occurred Afghanistan+Retno Marsudi @2022-05-02"},
		},
		{
			name:  "statement speaker from the title",
			pub:   day(2022, time.May, 4),
			title: "Statement by Foreign Minister Penny Wong",
			text:  "I spoke today with Indian External Affairs Minister S Jaishankar about regional security.",
			want:  []string{"meeting occurred Penny Wong+Subrahmanyam Jaishankar @2022-05-04"},
		},
		{
			name: "relative clause is skipped for subject and date",
			pub:  day(2024, time.June, 12),
			text: "Argentine President Javier Milei, who visited Israel in February, held talks with Spanish Prime Minister Pedro Sanchez on Monday.",
			want: []string{
				"meeting occurred Javier Milei+Pedro Sanchez @2024-06-10",
				"visit occurred Javier Milei>Israel @2024-02",
			},
		},
		{
			name: "pronoun in a fronted phrase points forward",
			pub:  day(2024, time.June, 12),
			text: "Kenyan President William Ruto met reporters. Speaking after his meeting with Pope Francis at the Vatican, Ukrainian President Volodymyr Zelensky said he had asked for help.",
			want: []string{"meeting occurred Francis+Volodymyr Zelensky @2024-06-12"},
		},
		{
			name: "bloc summit gathered and attended by listed leaders",
			pub:  day(2023, time.August, 24),
			text: "Leaders of the BRICS nations gathered in Johannesburg on Tuesday for a three-day summit. The summit was attended by the leaders of Brazil, China, India and South Africa, while Russian President Vladimir Putin took part by video link.",
			want: []string{"gathering occurred BRICS+Brazil+China+India+Russia+South Africa @2023-08-22"},
		},
		{
			name: "ministers of several countries met: a gathering",
			pub:  day(2023, time.August, 24),
			text: "Foreign ministers from Saudi Arabia, Egypt and Jordan met in Riyadh on Wednesday to discuss the war.",
			want: []string{"gathering occurred Egypt+Jordan+Saudi Arabia @2023-08-23"},
		},
		{
			name: "bilateral compound meeting attended by named leaders",
			pub:  day(2019, time.October, 16),
			text: "A Franco-German meeting was held in Toulouse on Wednesday. The meeting was attended by French President Emmanuel Macron and German Chancellor Angela Merkel.",
			want: []string{"meeting occurred Angela Merkel+Emmanuel Macron @2019-10-16"},
		},
		{
			name: "family name first",
			pub:  day(2023, time.March, 21),
			text: "Chinese President Xi Jinping arrived in Moscow on Monday. Xi met Russian President Vladimir Putin at the Kremlin on Tuesday.",
			want: []string{
				"meeting occurred Vladimir Putin+Xi Jinping @2023-03-21",
				"visit occurred Xi Jinping>Russia @2023-03-20",
			},
		},
		{
			name: "hosted summit with leaders from, including and absent",
			pub:  day(2023, time.August, 10),
			text: "NAIROBI, Aug 10 - The Africa Climate Summit, hosted by Kenya, brought together leaders from Ethiopia, Nigeria and Egypt on Wednesday. More than 20 heads of state attended, including Rwandan President Paul Kagame and Ghanaian President Nana Akufo-Addo. Tanzania did not attend the summit.",
			want: []string{"gathering occurred Egypt+Ethiopia+Ghana+Kenya+Nigeria+Rwanda @2023-08-09"},
		},
		{
			name: "a meeting in a foreign country implies the stay",
			pub:  day(1987, time.October, 19),
			text: "WASHINGTON, Oct 19 - Treasury Secretary James Baker of the U.S. met West German Finance Minister Gerhard Stoltenberg today in West Germany.",
			want: []string{
				"meeting occurred Gerhard Stoltenberg+James Baker @1987-10-19",
				"visit occurred James Baker>West Germany @1987-10-19",
			},
		},
		{
			name: "joint phone call",
			pub:  day(2023, time.June, 9),
			text: "German Chancellor Olaf Scholz and Chinese Premier Li Qiang spoke over the phone on Wednesday.",
			want: []string{"meeting occurred Li Qiang+Olaf Scholz (phone) @2023-06-07"},
		},
		{
			name: "call received from",
			pub:  day(2023, time.June, 9),
			text: "Egyptian President Abdel Fattah al-Sisi received a phone call from French President Emmanuel Macron on Thursday.",
			want: []string{"meeting occurred Abdel Fattah al-Sisi+Emmanuel Macron (phone) @2023-06-08"},
		},
		{
			name: "airport welcome is no meeting but an arrival",
			pub:  day(2016, time.May, 5),
			text: "Qatari Emir Sheikh Tamim bin Hamad Al Thani was received at the airport by Sudanese President Omar al-Bashir.",
			want: []string{"visit occurred Tamim bin Hamad Al Thani>Sudan @2016-05"},
		},
		{
			name: "interview is no meeting",
			pub:  day(2016, time.May, 5),
			text: "Saudi Foreign Minister Adel al-Jubeir told a television channel in an interview that talks would continue.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := brief(testX.Extract(schema.Article{ID: "t", Title: tc.title, Text: tc.text, Published: tc.pub}))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExtractPeople(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // name|role|country ISO3
	}{
		{
			name: "demonym and role before the name",
			text: "Russian Foreign Minister Sergei Lavrov met Pakistani Prime Minister Imran Khan on Wednesday.",
			want: []string{"Imran Khan|Prime Minister|PAK", "Sergei Lavrov|Foreign Minister|RUS"},
		},
		{
			name: "possessive country and appositive with rank",
			text: "Afterwards he saw Pakistan's army chief, General Qamar Javed Bajwa, in Rawalpindi at the military's headquarters.",
			want: []string{"Qamar Javed Bajwa|army chief|PAK"},
		},
		{
			name: "appositive role after the name",
			text: "Imran Khan, Pakistan's prime minister, spoke to reporters in Islamabad.",
			want: []string{"Imran Khan|prime minister|PAK"},
		},
		{
			name: "role phrase with of-country",
			text: "Foreign Minister Julie Bishop met the Minister of Foreign Affairs of Iraq, Ibrahim al-Jaafari, in Canberra.",
			// Bishop's country is the one the text is about (Canberra).
			want: []string{"Ibrahim al-Jaafari|Minister of Foreign Affairs|IRQ", "Julie Bishop|Foreign Minister|AUS"},
		},
		{
			name: "a sentence's opening words are no part of the role",
			text: "On Tuesday Prime Minister Jonas Gahr Store spoke to reporters in Oslo. Later Foreign Minister Espen Barth Eide flew to Riga.",
			want: []string{"Espen Barth Eide|Foreign Minister|NOR", "Jonas Gahr Store|Prime Minister|NOR"},
		},
		{
			name: "plural role with of-country list",
			text: "Presidents Muhammadu Buhari of Nigeria and Nana Akufo-Addo of Ghana opened the summit.",
			want: []string{"Muhammadu Buhari|Presidents|NGA", "Nana Akufo-Addo|Presidents|GHA"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := testX.Extract(schema.Article{ID: "t", Text: tc.text, Published: day(2021, time.April, 7)})
			var got []string
			for _, a := range f.Actors {
				if a.Kind == schema.KindPerson {
					got = append(got, a.Name+"|"+a.Role+"|"+schema.Local(a.Country))
				}
			}
			sort.Strings(got)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name      string
		title     string
		text      string
		want      []string
		wantPlace string
	}{
		{
			name:      "wire dateline and abbreviations",
			text:      "LIMA, May 3 - The U.S. envoy met Gen. Ramos in Lima. Officials said talks would go on.",
			want:      []string{"The U.S. envoy met Gen. Ramos in Lima.", "Officials said talks would go on."},
			wantPlace: "Lima",
		},
		{
			name:      "agency between slashes after a dated place",
			text:      "ACCRA, June 12. /GNA/. The envoys met on Tuesday. Talks go on.",
			want:      []string{"The envoys met on Tuesday.", "Talks go on."},
			wantPlace: "Accra",
		},
		{
			name:      "a dated place closed by a full stop",
			text:      "NAIROBI, March 3. The envoys met on Tuesday.",
			want:      []string{"The envoys met on Tuesday."},
			wantPlace: "Nairobi",
		},
		{
			name:      "a known place in capitals closed by a full stop",
			text:      "LUSAKA. The envoys met on Tuesday. Talks go on.",
			want:      []string{"The envoys met on Tuesday.", "Talks go on."},
			wantPlace: "Lusaka",
		},
		{
			name: "capitals that name no place are a sentence",
			text: "WATCH NOW. The envoys met on Tuesday.",
			want: []string{"WATCH NOW.", "The envoys met on Tuesday."},
		},
		{
			name: "a lower-case place with a date is a sentence",
			text: "Nairobi, March 3. The envoys met on Tuesday.",
			want: []string{"Nairobi, March 3.", "The envoys met on Tuesday."},
		},
		{
			name: "hard-wrapped paragraphs are joined",
			text: "QUITO, June 2 - The president of Ecuador said on Monday that his\ngovernment would seek fresh credit from the IMF and other\nlenders this year.\n    He named no figures for the sums under discussion with\nthe lenders.\n",
			want: []string{
				"The president of Ecuador said on Monday that his\ngovernment would seek fresh credit from the IMF and other\nlenders this year.",
				"He named no figures for the sums under discussion with\nthe lenders.",
			},
			wantPlace: "Quito",
		},
		{
			name:  "web boilerplate and repeated title are dropped",
			title: "Envoys meet in Accra",
			text:  "Envoys meet in Accra\n\n12 May 2022    Read: 1204\nThe envoys met in Accra on Thursday.\n\nShare this article\nMore about:\n",
			want:  []string{"The envoys met in Accra on Thursday."},
		},
		{
			name: "a short form after a hyphen keeps its periods",
			text: "The US-U.K. talks ended, said the minister for Canada-U.S. trade. Exports fell.",
			want: []string{"The US-U.K. talks ended, said the minister for Canada-U.S. trade.", "Exports fell."},
		},
		{
			name: "decimals and initials do not split",
			text: "Output rose 2.5 pct, said J. R. Smith of the bank. Exports fell.",
			want: []string{"Output rose 2.5 pct, said J. R. Smith of the bank.", "Exports fell."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := segment(tc.text, tc.title, testX.knownPlace, testX.knownCity)
			var got []string
			for _, s := range doc.sentences {
				if s.heading {
					continue
				}
				got = append(got, tc.text[s.start:s.end])
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
			if doc.dateline.place != tc.wantPlace {
				t.Errorf("dateline place = %q, want %q", doc.dateline.place, tc.wantPlace)
			}
		})
	}
}

func TestEvidenceOffsets(t *testing.T) {
	text := "ROME, Jan 9 - The two leaders talked in Rome on Friday.\nItalian Prime Minister Mario Draghi met French President\nEmmanuel Macron on Friday in Rome to talk about the budget\nrules of the European Union and about the price of energy.\n"
	f := testX.Extract(schema.Article{ID: "t", Text: text, Published: day(2022, time.January, 9)})
	if len(f.Events) == 0 {
		t.Fatal("no events")
	}
	wrapped := false
	for _, e := range f.Events {
		wrapped = wrapped || strings.Contains(text[e.Evidence.Start:e.Evidence.End], "\n")
		if got := strings.Join(strings.Fields(text[e.Evidence.Start:e.Evidence.End]), " "); got != e.Evidence.Sentence {
			t.Errorf("evidence %q != text[%d:%d] %q", e.Evidence.Sentence, e.Evidence.Start, e.Evidence.End, got)
		}
		if strings.Contains(e.Evidence.Sentence, "\n") {
			t.Errorf("evidence %q keeps a hard line break", e.Evidence.Sentence)
		}
		if !strings.HasPrefix(e.Evidence.Sentence, "Italian Prime Minister") && !strings.HasPrefix(e.Evidence.Sentence, "The two leaders") {
			t.Errorf("evidence %q does not start at the sentence", e.Evidence.Sentence)
		}
		if e.PloverType == "" || e.CameoCode == "" || e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("event %+v lacks classification or confidence", e)
		}
	}
	if !wrapped {
		t.Error("no evidence sentence spans a hard line break: the test text no longer tests joining")
	}
}
