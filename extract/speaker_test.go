package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// TestSpeakerLabels covers a transcript whose paragraphs open with the
// speaker's label ("Daniel Ochieng:", "OCHIENG:", "Ochieng:"): an "I" in
// the paragraph is the person the label names, when the text gives them an
// office or a country; an interviewer with neither is no party; and a
// first-person present of going or meeting ("I fly to X tonight")
// tells a plan.
func TestSpeakerLabels(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const intro = "Kenya's foreign minister, Daniel Ochieng, spoke to our correspondent, Ruth Akinyi, on Thursday.\n\n"
	const answer = ": Yes. On Monday I flew to Lilongwe, where I had long talks with President Peter Banda.\n\n"
	met := []string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-10", "visit occurred Daniel Ochieng>Malawi @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"full-name label", intro + "Ruth Akinyi: You went to Malawi.\n\nDaniel Ochieng" + answer, met},
		{"upper-case surname label", intro + "AKINYI: You went to Malawi.\n\nOCHIENG" + answer, met},
		{"surname label", intro + "Akinyi: You went to Malawi.\n\nOchieng" + answer, met},
		{"the interviewer's own talk is no meeting",
			intro + "Akinyi: Before this interview I sat down with Joseph Mwita, who ran the ministry's lake desk.\n\nOchieng: He knows the file well.",
			nil},
	})
	text := intro + "Akinyi: What comes next?\n\nOchieng: I fly to Lilongwe this weekend, and we meet President Peter Banda on Monday."
	for _, e := range testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}).Events {
		if e.Status != schema.Planned {
			t.Errorf("a first-person present read as %s: %s %v", e.Status, e.Type, e.Date)
		}
	}
}

// TestSelfIntroduction covers a speaker's "I'm X": no name holds the
// contraction before X.
func TestSelfIntroduction(t *testing.T) {
	pub := day(2025, time.March, 14)
	for _, text := range []string{
		"From the studio in Lilongwe, I'm Grace Phiri. Earlier this week I met Malawian President Peter Banda.",
		"Good evening, I’m Grace Phiri, and our lead story is the lake treaty signed by Malawi and Kenya.",
	} {
		for _, a := range testX.Extract(schema.Article{ID: "t", Text: text, Published: pub}).Actors {
			if n := strings.ToLower(a.Name); strings.HasPrefix(n, "i'm") || strings.HasPrefix(n, "i’m") {
				t.Errorf("%q: a name %q", text, a.Name)
			}
		}
	}
}

// TestInterviewIsNoMeeting covers the introduction of a transcript: the
// interviewer the text gives no office or country did not meet the
// interviewee, by any verb; a meeting the interviewee tells is kept, and
// outside a transcript a talk with such a person still counts.
func TestInterviewIsNoMeeting(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const body = "\n\nAKINYI: Where did you go this week?\n\nOCHIENG: I flew to Lilongwe on Monday.\n\nAKINYI: And then?\n\nOCHIENG: On Tuesday I met Peter Banda, the Malawian president."
	told := []string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11", "visit occurred Daniel Ochieng>Malawi @2025-03-10"}
	checkBriefs(t, pub, []briefCase{
		{"the reporter sat down with him",
			"Ruth Akinyi of the Lake Times sat down with Kenya's Foreign Minister Daniel Ochieng in Nairobi on Thursday." + body, told},
		{"the reporter spoke to him by video",
			"On Thursday Ruth Akinyi spoke to Daniel Ochieng, Kenya's foreign minister, by video from Kampala." + body, told},
		{"no transcript: a talk with an unnamed-office person stays",
			"Kenya's Foreign Minister Daniel Ochieng held talks with Ruth Akinyi in Nairobi on Thursday.",
			[]string{"meeting occurred Daniel Ochieng+Ruth Akinyi @2025-03-13"}},
	})
}

// TestWeInTranscripts covers "we" in a transcript's answer: the one who
// answers, named by the paragraph's label or, after "A:", the interviewee.
func TestWeInTranscripts(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	const intro = "Kenya's foreign minister, Daniel Ochieng, answered our questions in Nairobi on Thursday.\n\n"
	want := []string{"meeting occurred Daniel Ochieng+Peter Banda @2025-03-11"}
	checkBriefs(t, pub, []briefCase{
		{"after A:", intro + "Q: Who did you see?\n\nA: We were received by the Malawian president, Peter Banda, on Tuesday.\n\nQ: And then?\n\nA: Nothing more.", want},
		{"after the speaker's label", intro + "AKINYI: Who did you see?\n\nOCHIENG: We were received by the Malawian president, Peter Banda, on Tuesday.\n\nAKINYI: And then?\n\nOCHIENG: Nothing more.", want},
	})
}

// TestInterviewerTakesNoTitle covers the interviewer of a Q/A transcript,
// named in its introduction with no office ("spoke to our reporter X",
// "spoke to the Weekly's X"): the answers' "I" is still the interviewee,
// though the answers name others too, and a bare title is not the
// interviewer's; a briefing's
// questioner ("Question (X, Daily Post):") is one of the press too.
func TestInterviewerTakesNoTitle(t *testing.T) {
	pub := day(2024, time.August, 20) // a Tuesday
	const qa = "\n\nQ: Where did the tour begin?\n\nA: On 12 August I was received by Kenyan President Joseph Mwita in Kisumu.\n\nQ: And you?\n\nA: I flew to Dodoma on Friday and met Tanzanian Foreign Minister Daniel Ochieng."
	want := []string{
		"meeting occurred Daniel Ochieng+Peter Banda @2024-08-16",
		"meeting occurred Joseph Mwita+Peter Banda @2024-08-12",
		"visit occurred Peter Banda>Kenya @2024-08-12",
		"visit occurred Peter Banda>Tanzania @2024-08-16",
	}
	checkBriefs(t, pub, []briefCase{
		{"our reporter", "Malawian Foreign Minister Peter Banda spoke to our reporter Grace Phiri in Lilongwe on Monday." + qa, want},
		{"an outlet's journalist", "Malawian Foreign Minister Peter Banda spoke to the Lake Weekly's Grace Phiri in Lilongwe on Monday." + qa, want},
	})
	const briefing = "Spokesperson, Mr Joseph Mwita: Good afternoon.\n\nQuestion (Grace Phiri, Daily Post): Any news on the lake talks?\n\nSpokesperson: The Minister held talks with Malawian Foreign Minister Peter Banda in Kisumu yesterday."
	for _, a := range testX.Extract(schema.Article{ID: "t", Text: briefing, Published: pub}).Actors {
		if a.Name == "Grace Phiri" && a.Role != "" {
			t.Errorf("the questioner took the role %q", a.Role)
		}
	}
}

// TestSignedLetter covers a letter or post in the first person that its
// author signs at the end, the name on one line and the office on the
// next or after a comma: "I" and "me" are the signer, who takes the
// office's country. A closing line with a name and no office signs
// nothing.
func TestSignedLetter(t *testing.T) {
	pub := day(2025, time.March, 13) // a Thursday
	body := "Dear friends,\n\nI landed in Nairobi on Monday for two days of talks. That evening I met Kenya's Foreign Minister, Joseph Mwita, at his ministry. On Tuesday, President William Ruto telephoned me from Mombasa to go over the lake project.\n\n"
	checkBriefs(t, pub, []briefCase{
		{"office on the next line", body + "With best wishes,\n\nPeter Banda\nMinister of Foreign Affairs of Malawi",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-10", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"office after a comma", body + "Peter Banda, MP, Malawi's Minister of Trade",
			[]string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-10", "meeting occurred Peter Banda+William Ruto (phone) @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03-10"}},
		{"a credit, no office", body + "Photograph by Peter Banda", nil},
	})
	checkPersonCountries(t, pub, []countryCase{
		{"the office's country", body + "Peter Banda\nMinister of Foreign Affairs of Malawi", "Peter Banda", "Malawi"},
	})
}

// TestSignedDiary: in a diary its author signs, sentences with no subject
// of their own ("Breakfast with Y.", "Then talks with Z") are the
// author's, not those of the last person named; a release signed by a
// spokesperson who never writes "I" keeps its own subjects.
func TestSignedDiary(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	diary := "Dear friends,\n\nMonday. Landed in Nairobi late at night after a long flight; I slept on the plane.\n\nTuesday. Breakfast with Kenyan Foreign Minister Joseph Mwita. Then talks with President William Ruto in his office.\n\nWednesday. Flew home.\n\nPeter Banda\nMinister of Foreign Affairs of Malawi"
	checkBriefs(t, pub, []briefCase{
		{"a diary", diary, []string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-11", "meeting occurred Peter Banda+William Ruto @2025-03-11", "visit occurred Peter Banda>Kenya @2025-03"}},
		{"a release", "On Tuesday Kenyan President William Ruto received Malawian Foreign Minister Joseph Phiri. Talks with Zambia's Grace Phiri followed.\n\nDaniel Ochieng\nSpokesperson of the President of Kenya",
			[]string{"meeting occurred Grace Phiri+William Ruto @2025-03-11", "meeting occurred Joseph Phiri+William Ruto @2025-03-11"}},
	})
}

// TestStatementOnBehalf: a statement presented by one person for another
// ("Y has made the following statement: ...") is Y's: "I" and "me" in it
// are Y, not the presenter.
func TestStatementOnBehalf(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	text := "Statement made by Grace Phiri, Deputy Foreign Minister, on behalf of the Foreign Minister.\n\nMy colleague the Foreign Minister of Malawi, Peter Banda, has made the following statement:\n\n\"I arrived in Nairobi on Monday 10 March. President William Ruto received me at State House; later I had talks with Foreign Minister Joseph Mwita on the lake.\""
	checkBriefs(t, pub, []briefCase{
		{"on behalf", text, []string{"meeting occurred Joseph Mwita+Peter Banda @2025-03-10", "meeting occurred Peter Banda+William Ruto @2025-03-10", "visit occurred Peter Banda>Kenya @2025-03-10"}},
	})
}

// TestContinuedSpeaker: in a transcript, paragraphs with no label of their
// own go on in the words of the last labelled speaker ("Hon PETER BANDA:
// ..." and the paragraphs after it): "I" is that speaker.
func TestContinuedSpeaker(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	text := "Hon PETER BANDA (Minister of Foreign Affairs): I ask the House for time to report on the lake talks.\n\nSPEAKER: Leave is granted.\n\nHon PETER BANDA: Madam Speaker, the visit was short.\n\nOn Monday I met President William Ruto in Nairobi."
	checkBriefs(t, pub, []briefCase{
		{"an unlabelled paragraph", text, []string{"meeting occurred PETER BANDA+William Ruto @2025-03-10"}},
	})
}
