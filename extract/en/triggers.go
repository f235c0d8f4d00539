package en

import "github.com/dipgraph/dipgraph/schema"

// Frame names the reader a trigger word starts in package extract. The
// readers run in the order of these constants, so an event read by an
// earlier frame is the one a later frame of the same word meets.
type Frame uint8

// The frames, in the order they read a word.
const (
	// MeetVerb reads "X met Y", "X met with Y", "X and Y met".
	MeetVerb Frame = iota + 1
	// SitDown reads "X sat down with Y".
	SitDown
	// VisitVerb reads "X visited Y", "X is visiting Y".
	VisitVerb
	// Arrive reads "X arrived in Y", "on his arrival in Y".
	Arrive
	// MeetNoun reads "held talks with Y", "talks between X and Y", "X and
	// Y held talks", "an audience with Y".
	MeetNoun
	// BeIn reads "X is in Y" (a traveller abroad).
	BeIn
	// Discuss reads "X discussed Z with Y".
	Discuss
	// Call reads telephone and video calls.
	Call
	// Receive reads "X received Y", "X hosted Y", "X welcomed Y to ...",
	// "X called on Y", "a courtesy call on Y".
	Receive
	// Travel reads journeys: "flew to", "left for", "a tour of", "landed
	// in", "returned from", "a stopover in".
	Travel
	// Sign reads "X signed an agreement with Y".
	Sign

	// The gathering frames run after the frames above, once they have read
	// the whole sentence, in a pass of their own.

	// Unfold reads a named gathering as the subject of the verbs of its
	// course: "The 5th Lake Chad Summit was held", "took place", "got under
	// way", "came to a close" (the phrases are Unfolds).
	Unfold
	// Ceremony reads a state ceremony told by its verb: "X was sworn in",
	// "Y was laid to rest" (the phrases are CeremonyVerbs).
	Ceremony
	// Convene reads a bloc convening: "ASEAN held its annual summit".
	Convene
	// Gather reads "leaders gathered in X for the 52nd Forum Leaders
	// Meeting", "A, B and C converged on X for a summit".
	Gather
	// HostGathering reads "X hosted the summit", "meetings chaired by X",
	// "X hosted delegations from A and B".
	HostGathering
	// TakePart reads "X took part in", "X participated in", "with X in
	// attendance".
	TakePart
	// Send reads "A, B and C sent their foreign ministers".
	Send
	// Attend reads "X attended the summit", "did not attend".
	Attend
	// Present reads "leaders of A and B were present", "A and B were around the
	// table", "Attending were C and D", "Also present were E and F".
	Present
	// Among reads "A and B were among the members who took part".
	Among
	// Skip reads "X skipped the summit".
	Skip
	// AbsentFrom reads "X was absent from the summit".
	AbsentFrom
	// Represented reads "X was represented by Y".
	Represented
	// Online reads "joined virtually", "took part online".
	Online
	// VideoLink reads "attended by video link".
	VideoLink
	// Join reads "X joined Y and partners for talks".
	Join
	// Address reads "X told an informal meeting", "X addressed the
	// conference", "at the opening of".
	Address
)

// Form is the construction a trigger word takes within its frame, where a
// frame reads more than one.
type Form uint8

// The forms. Plain is the frame's only or main construction.
const (
	Plain Form = iota
	// Speak: "spoke with Y", "X and Y spoke by phone".
	Speak
	// PhoneVerb: "phoned Y", "called Y" (with a phone word in the sentence).
	PhoneVerb
	// CallNoun: "in a telephone conversation".
	CallNoun
	// CalledOn: "X called on Y".
	CalledOn
	// Courtesy: "a courtesy call on Y".
	Courtesy
	// Host: "X received Y", "X hosted Y".
	Host
	// Welcome: "X welcomed Y to the palace".
	Welcome
	// Deliver: "X delivered a message from Z to Y" (an envoy met Y).
	Deliver
	// Accept: "X accepted letters of credence from Y" (an audience).
	Accept
	// TakenTo: "has taken X to A, B and C" (on a tour).
	TakenTo
	// Return: "returned from Y".
	Return
	// Stopover: "a stopover in Y".
	Stopover
	// Leg: "the opening leg of her tour".
	Leg
	// Landed: "landed in Y", "touched down in Y".
	Landed
	// Spent: "spent two days in Y", "following three nights in Y".
	Spent
	// Leave: "left for Y", "departed A for Y" ("for" within a few words).
	Leave
	// SetOff: "set off for Y", "set out for Y".
	SetOff
	// Go: "flew to Y", "a trip to Y": the destination follows one of the
	// trigger's markers.
	Go
	// Tour: "a tour of A, B and C": every place listed is a stop.
	Tour
	// Onward: "moved on to Y", "pressed on to Y": a verb that is a
	// journey only before one of its markers and "to".
	Onward
	// TripEdge: "began a regional tour in X", "wound up the trip in Y",
	// "ended it in Z": a trip's first or last stop.
	TripEdge
	// Chose: "chose X for his first trip abroad": a trip to X.
	Chose
	// SentTo: "sent his envoy X to Y", "dispatched X to Y": X's trip.
	SentTo
	// LedTo: "led a delegation to Y", "heads a trade mission to Y": the
	// leader's trip.
	LedTo
	// Agree: "A and his counterpart B agreed to ...".
	Agree
)

// Trigger is one row of the trigger table.
type Trigger struct {
	// Word is the lower-case surface form.
	Word string
	// Frame is the reader the word starts.
	Frame Frame
	// Form is the construction within the frame.
	Form Form
	// Event is the kind of event the frame reports.
	Event schema.EventType
	// Mode is the meeting mode the word itself implies ("phoned"), or "".
	Mode schema.MeetingMode
	// Markers are the words that introduce the object ("with"; "to",
	// "into" for a flight; "of" for a tour); the frame's default when empty.
	Markers []string
	// FlyIn marks a flight verb that may stand with "in" and no
	// destination ("flew in on Saturday": to where the story is).
	FlyIn bool
}

// row builds the rows of several words that share everything but the word.
func row(t Trigger, words ...string) []Trigger {
	out := make([]Trigger, len(words))
	for i, w := range words {
		out[i] = t
		out[i].Word = w
	}
	return out
}

// SendVerbs send a person on a trip: "dispatched X to Y".
var SendVerbs = set("sent", "send", "sends", "dispatched", "despatched", "dispatch")

// triggers is the trigger table. A word may start several frames; Lookup
// returns its rows in frame order.
var triggers = concat(
	row(Trigger{Frame: MeetVerb, Event: schema.Meeting, Mode: schema.InPerson}, "met", "meets", "meet", "meeting",
		"huddled", "huddling", "faced"),
	row(Trigger{Frame: SitDown, Event: schema.Meeting, Mode: schema.InPerson, Markers: []string{"with"}}, "sat", "sits", "sitting", "sit"),
	row(Trigger{Frame: VisitVerb, Event: schema.Visit}, "visited", "visiting", "visit", "visits", "visted", "toured"),
	row(Trigger{Frame: Arrive, Event: schema.Visit}, "arrived", "arriving", "arrival", "arrives", "arrive"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with"}},
		"talks", "meeting", "meetings", "discussions", "consultations", "consultation", "talk", "discussion", "session", "sessions", "summit",
		"negotiations", "bilateral", "bilaterals", "dialogue"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with", "from"}}, "conversation"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with", "from", "to"}}, "call", "calls"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with", "to", "of"}}, "audience"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with", "for"}},
		"lunch", "dinner", "breakfast", "luncheon", "banquet"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Markers: []string{"with"}}, "tete-a-tete", "tête-à-tête",
		"one-on-one", "one-to-one", "one-on-ones", "one-to-ones", "sit-down", "get-together", "face-to-face"),
	// "came face to face with Y" (meetNoun reads the second "face" only).
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Mode: schema.InPerson, Markers: []string{"with"}}, "face"),
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Mode: schema.Video, Markers: []string{"with"}},
		"teleconference", "videoconference", "video-conference"),
	// "held a video conference with Y" (meetNoun reads "conference" only
	// after "video"; elsewhere it names a gathering).
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Mode: schema.Video, Markers: []string{"with"}}, "conference"),
	// "was on the phone with Y", "on the phone to Y" (meetNoun reads the
	// noun after "on the" only).
	row(Trigger{Frame: MeetNoun, Event: schema.Meeting, Mode: schema.Telephone, Markers: []string{"with", "to"}}, "phone", "telephone"),
	row(Trigger{Frame: Call, Form: Speak, Event: schema.Meeting, Markers: []string{"with"}}, "lunched", "dined", "breakfasted"),
	row(Trigger{Frame: BeIn, Event: schema.Visit}, append([]string{"is", "was", "were", "are", "been"}, sortedWords(StayOnVerbs)...)...),
	row(Trigger{Frame: Discuss, Event: schema.Meeting, Markers: []string{"with"}},
		"discussed", "discusses", "discussing", "conferred", "consulted", "negotiated", "exchanged"),
	// "A and his Kenyan counterpart B agreed to ...": the two sat together.
	row(Trigger{Frame: Discuss, Form: Agree, Event: schema.Meeting}, "agreed", "pledged", "vowed", "decided"),
	row(Trigger{Frame: Call, Form: Speak, Event: schema.Meeting, Markers: []string{"with", "to"}},
		"spoke", "talked", "speaking", "talking", "spoken", "speaks"),
	row(Trigger{Frame: Call, Form: PhoneVerb, Event: schema.Meeting, Mode: schema.Telephone},
		"telephoned", "phoned", "dialled", "dialed", "called", "rang", "phones", "telephones"),
	row(Trigger{Frame: Call, Form: PhoneVerb, Event: schema.Meeting, Mode: schema.Telephone}, sortedWords(ByPhoneVerbs)...),
	row(Trigger{Frame: Call, Form: CallNoun, Event: schema.Meeting, Mode: schema.Telephone}, "conversation", "call"),
	row(Trigger{Frame: Receive, Form: CalledOn, Event: schema.Meeting, Markers: []string{"on", "upon"}}, "called", "calls", "calling"),
	row(Trigger{Frame: Receive, Form: Courtesy, Event: schema.Meeting, Markers: []string{"on", "upon", "from", "by", "to", "of"}}, "call", "calls"),
	// "received a visit from X", "the farewell visit of X": the one
	// received came (a visit paid "to" someone is read by VisitVerb).
	row(Trigger{Frame: Receive, Form: Courtesy, Event: schema.Meeting, Markers: []string{"from", "by", "of"}}, "visit", "visits"),
	row(Trigger{Frame: Receive, Form: Host, Event: schema.Meeting}, "received", "receives", "receiving", "receive", "hosted", "hosts", "hosting", "saw", "sees", "host",
		"summoned", "summons"),
	row(Trigger{Frame: Receive, Form: Welcome, Event: schema.Meeting}, "welcomed", "welcomes"),
	row(Trigger{Frame: Receive, Form: Accept, Event: schema.Meeting, Markers: []string{"from"}}, "accepted", "accepts", "accepting"),
	row(Trigger{Frame: Receive, Form: Deliver, Event: schema.Meeting, Markers: []string{"to", "between"}}, "delivered", "handed",
		"conveyed", "presented", "carried", "relayed", "ferried"),
	row(Trigger{Frame: Travel, Form: TakenTo, Event: schema.Visit, Markers: []string{"to"}}, "taken", "took"),
	row(Trigger{Frame: Travel, Form: TakenTo, Event: schema.Visit, Markers: []string{"in", "to"}}, "saw", "seen", "sees"),
	row(Trigger{Frame: Travel, Form: Return, Event: schema.Visit, Markers: []string{"from"}}, "return", "returning", "returned"),
	// A verb of travel is a return once "back" or "home" follows it
	// ("flew back from X", "came home from X").
	row(Trigger{Frame: Travel, Form: Return, Event: schema.Visit, Markers: []string{"back", "home"}}, "flew", "flown", "flying", "came", "come",
		"arrived", "headed", "travelled", "traveled", "went", "drove"),
	row(Trigger{Frame: Travel, Form: Stopover, Event: schema.Visit, Markers: []string{"in"}}, "stopover", "stop-over", "stop",
		"stopovers", "stops"),
	row(Trigger{Frame: Travel, Form: TripEdge, Event: schema.Visit, Markers: []string{"in"}},
		"began", "begins", "started", "starts", "kicked", "kicks", "opened", "opens", "launched", "wrapped", "wraps",
		"ended", "ends", "wound", "winds", "concluded", "concludes", "closed", "closes", "rounded", "finished"),
	row(Trigger{Frame: Travel, Form: TripEdge, Event: schema.Visit, Markers: []string{"in"}}, sortedWords(RouteVerbs)...),
	row(Trigger{Frame: Travel, Form: Leg, Event: schema.Visit}, "leg"),
	row(Trigger{Frame: Travel, Form: Chose, Event: schema.Visit, Markers: []string{"for"}}, "chose", "picked", "selected"),
	row(Trigger{Frame: Travel, Form: SentTo, Event: schema.Visit, Markers: []string{"to"}}, sortedWords(SendVerbs)...),
	row(Trigger{Frame: Travel, Form: LedTo, Event: schema.Visit, Markers: []string{"to"}}, "led", "leads", "leading", "lead",
		"headed", "heads", "heading", "head"),
	row(Trigger{Frame: Travel, Form: Landed, Event: schema.Visit, Markers: []string{"in", "at"}}, "landed", "lands", "touched", "landing", "touching",
		"stopped", "touches"),
	row(Trigger{Frame: Travel, Form: Landed, Event: schema.Visit}, "reached", "reaches"),
	row(Trigger{Frame: Travel, Form: Landed, Event: schema.Visit, Markers: []string{"in", "at"}}, "stepped"),
	row(Trigger{Frame: Travel, Form: Spent, Event: schema.Visit}, "spent", "spends", "spending", "days", "nights", "weeks", "day", "night", "week",
		"minutes", "hours", "hour"),
	row(Trigger{Frame: Travel, Form: Leave, Event: schema.Visit, Markers: []string{"for"}}, "left", "departed", "leave", "leaves", "depart", "departs"),
	row(Trigger{Frame: Travel, Form: SetOff, Event: schema.Visit, Markers: []string{"for"}}, "set"),
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"to", "into"}, FlyIn: true}, "flew", "flown", "flies", "fly", "flying"),
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"to", "into"}, FlyIn: true}, "jetted"),
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"into", "to"}}, "crossed", "drove"),
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"to"}}, "been"),
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"to"}},
		"travelled", "traveled", "went", "headed", "trip", "journey", "travels", "came", "come",
		"travel", "head", "proceeded", "continued"),
	// "his stay in X", "cut short her stay in Y": a stay told as a noun.
	row(Trigger{Frame: Travel, Form: Go, Event: schema.Visit, Markers: []string{"in"}}, "stay"),
	row(Trigger{Frame: Travel, Form: Tour, Event: schema.Visit, Markers: []string{"of", "through"}}, "tour"),
	row(Trigger{Frame: Travel, Form: Tour, Event: schema.Visit, Markers: []string{"through"}}, "swing"),
	row(Trigger{Frame: Travel, Form: Onward, Event: schema.Visit, Markers: []string{"on", "onward", "onwards"}},
		"moved", "pressed", "continued", "proceeded", "carried", "going", "goes", "gone"),
	row(Trigger{Frame: Sign, Event: schema.Agreement, Markers: []string{"with"}}, "signed", "concluded", "inked"),

	row(Trigger{Frame: Unfold, Event: schema.Gathering}, unfoldWords()...),
	row(Trigger{Frame: Ceremony, Event: schema.Gathering}, ceremonyWords()...),
	row(Trigger{Frame: Convene, Event: schema.Gathering}, append([]string{"held", "holds", "opened", "concluded", "wrapped", "ended", "closed",
		"drew", "draws", "drawing", "attracted", "attracts", "brought", "brings", "bring", "bringing", "opens", "concludes",
		"closes", "open", "conclude", "close"}, sortedWords(ClosingParticiples)...)...),
	row(Trigger{Frame: Gather, Event: schema.Gathering, Markers: []string{"for"}},
		"gathered", "gather", "gathering", "assembled", "converged", "sat", "convened", "met"),
	row(Trigger{Frame: HostGathering, Event: schema.Gathering},
		"hosted", "hosts", "hosting", "convened", "organised", "organized", "chaired", "co-chaired", "co-hosted", "host",
		"chairing", "co-chairing", "co-hosting",
		"presided", "presides", "welcomed", "welcomes", "welcoming"),
	row(Trigger{Frame: TakePart, Event: schema.Gathering},
		"took", "taking", "taken", "takes", "participated", "participates", "participating", "attendance", "participation"),
	row(Trigger{Frame: Send, Event: schema.Gathering}, "sent", "dispatched", "sending"),
	row(Trigger{Frame: Attend, Event: schema.Gathering}, "attended", "attending", "attend", "attends", "graced"),
	// "used the Lake Forum to press for ...": there to speak (attendVerb
	// takes only a gathering's proper name and a "to" after it).
	row(Trigger{Frame: Attend, Event: schema.Gathering}, "used", "uses"),
	row(Trigger{Frame: Present, Event: schema.Gathering}, append(sortedWords(PresenceCopulas), "present", "came",
		"travelled", "traveled", "turned", "showed", "made", "completed", "rounded", "sat", "stood", "filled", "shared",
		"deputised", "deputized", "posed", "stayed", "been", "watched")...),
	row(Trigger{Frame: Among, Event: schema.Gathering}, "among"),
	row(Trigger{Frame: Skip, Event: schema.Gathering}, "skipped", "boycotted", "missed", "shunned"),
	row(Trigger{Frame: AbsentFrom, Event: schema.Gathering}, "absent"),
	row(Trigger{Frame: Represented, Event: schema.Gathering}, "represented", "representing", "led", "headed", "leading", "heading"),
	row(Trigger{Frame: Online, Event: schema.Gathering, Mode: schema.Video}, "virtually", "remotely", "online"),
	row(Trigger{Frame: VideoLink, Event: schema.Gathering, Mode: schema.Video}, "video", "videoconference", "video-link"),
	row(Trigger{Frame: Join, Event: schema.Gathering}, "joined", "joining"),
	row(Trigger{Frame: Address, Event: schema.Gathering}, append([]string{"told", "addressed", "opening"}, sortedWords(SpeechNouns)...)...),
)

func concat(groups ...[]Trigger) []Trigger {
	var out []Trigger
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// byWord indexes the table by word, each word's rows in frame order.
var byWord = func() map[string][]Trigger {
	m := map[string][]Trigger{}
	for _, t := range triggers {
		rows := append(m[t.Word], t)
		for i := len(rows) - 1; i > 0 && rows[i].Frame < rows[i-1].Frame; i-- {
			rows[i], rows[i-1] = rows[i-1], rows[i]
		}
		m[t.Word] = rows
	}
	return m
}()

// Gathering reports whether the frame is read in the gathering pass.
func (f Frame) Gathering() bool { return f >= Unfold }

// Lookup returns the trigger rows of a lower-case word in frame order, or
// nil when the word starts no frame.
func Lookup(word string) []Trigger { return byWord[word] }

// Triggers returns a copy of the whole table, in table order.
func Triggers() []Trigger { return append([]Trigger(nil), triggers...) }

// EventHeads are the trigger words that head an event clause: collecting the
// actors of a list stops at one ("X, Y and Z met"; "A and B, who visited").
var EventHeads = map[string]bool{
	"met": true, "meets": true, "meet": true, "meeting": true, "talks": true, "visited": true, "visit": true,
	"visits": true, "arrived": true, "received": true, "hosted": true, "attended": true,
}

// PairNouns after two surnames joined by a hyphen make the pair the
// parties of a meeting: "the Albanese-Prabowo talks", "a Xi-Lula phone
// call".
var PairNouns = map[string]bool{"talks": true, "meeting": true, "summit": true, "call": true, "conversation": true,
	"encounter": true, "phone": true, "video": true, "sit-down": true}
