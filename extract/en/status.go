package en

// Cue words that decide an event's status (occurred, planned, cancelled)
// from the words around its trigger. Package extract's modality reader says
// where each class is looked for; the words are here.

// set builds a word class.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// prefixed returns each phrase with word before it.
func prefixed(word string, phrases [][]string) [][]string {
	out := make([][]string, len(phrases))
	for i, p := range phrases {
		out[i] = append([]string{word}, p...)
	}
	return out
}

// withWords returns a new class of the words of class and words.
func withWords(class map[string]bool, words ...string) map[string]bool {
	out := set(words...)
	for w := range class {
		out[w] = true
	}
	return out
}

// Conditionals open a condition: "if they meet", "unless he travels".
var Conditionals = set("if", "unless")

// Questions open an indirect question, which asserts nothing: "asked
// whether they had met", "it is unclear if she will travel".
var Questions = set("whether")

// QuestionHeads turn a following "if" into a question: "asked if he met".
var QuestionHeads = set("asked", "ask", "asking", "asks", "wondered", "unclear", "unknown", "know", "knows",
	"sure", "clear", "question", "questioned", "questions")

// Denials deny a report: "denied reports that X had met Y".
var Denials = set("denied", "denies", "deny", "dismissed", "rejected", "refuted")

// ClaimVerbs open a claim that a denial before them rejects: "dismissed a
// post claiming X had met Y", "denied reports alleging ...".
var ClaimVerbs = set("claiming", "alleging", "suggesting", "saying", "asserting")

// DeniedNouns are the events a later sentence may refer back to, to deny
// they took place ("No such meeting took place", "Officials denied the
// talks had happened") or to date them ("The call took place on Sunday").
var DeniedNouns = set("meeting", "meetings", "talks", "call", "conversation", "encounter", "visit", "trip", "contact")

// Happened are the predicates a denial negates: "took place", "happened".
var Happened = [][]string{{"took", "place"}, {"take", "place"}, {"taken", "place"}, {"happened"}, {"happen"},
	{"occurred"}, {"occur"}, {"was", "held"}, {"been", "held"}}

// Hearsay marks an event the text does not vouch for: "a purported meeting".
var Hearsay = set("purported", "alleged", "rumoured", "rumored", "supposed")

// Schedules are nouns whose contents are planned: "his programme includes a
// meeting with X".
var Schedules = set("programme", "program", "schedule", "itinerary", "agenda")

// ProgrammeHeads open the line that names a programme's owner:
// "Schedule of President X", "Movements of the premier, Y".
var ProgrammeHeads = set("programme", "program", "schedule", "agenda", "itinerary", "diary", "movements",
	"engagements")

// Negations a few words before a trigger: "did not meet", "never visited",
// "without meeting", "postponed his visit".
var Negations = set("not", "never", "n't", "didn't", "denied", "cancelled", "canceled", "postponed", "refused",
	"without", "no", "nor", "neither")

// Unsettled are nouns that "no" turns into an event not yet fixed: "no
// decision yet on fresh talks", "no date for talks", "no sign of a visit".
var Unsettled = set("decision", "date", "plan", "plans", "sign", "agreement", "timetable", "timeline", "confirmation")

// Reported are nouns of what was told of an event, which "no" denies
// instead of the event: "No details of the talks were given", "no
// readout of the call".
var Reported = set("details", "detail", "information", "readout", "readouts", "statement", "comment", "comments",
	"photos", "pictures", "images", "footage", "transcript", "account")

// Implicatives before "to" tell that what follows took place: "managed
// to meet", "happened to be in".
var Implicatives = set("managed", "manages", "happened")

// UsedFor are the verbs of putting a thing to use before its object and
// "to": "used the stopover to meet", "took the opportunity to visit".
var UsedFor = set("used", "took", "seized", "grabbed")

// ReadyTo are words that make the trigger after a following "to" planned:
// "is set to meet", "agreed to visit", "is due to arrive".
var ReadyTo = set("set", "agreed", "due", "going", "ready", "prepared", "likely")

// FutureCues before a trigger in its clause make it planned: modals, plans,
// wishes, invitations, requests, preparations ("will meet", "plans to
// visit", "invited him to visit", "ahead of the meeting").
var FutureCues = set("will", "would", "shall", "scheduled", "expected", "expects", "plans", "planned", "plan",
	"may", "might", "could", "intends", "intend", "proposed", "propose", "proposes", "hopes",
	"hope", "wants", "want", "if", "unless", "should", "offered",
	"aims", "seeks", "invited", "invitation", "aimed", "aiming", "towards",
	"toward", "starting", "proposal", "urged", "urging", "calls", "calling", "hoped", "sought", "await",
	"requested", "request", "requests", "seek", "arrives", "travels", "departs", "invite", "invites",
	"flies", "until", "prepare", "prepares", "preparing", "preparation", "preparations", "pave",
	"awaiting", "ahead", "upcoming", "forthcoming", "intended", "willing", "wanted", "wanting", "seeking",
	"eager", "keen", "let", "allow", "allowing", "permit", "enable", "suggested", "suggests", "suggest",
	"recommended", "recommends", "floated", "floats", "mooted", "pencilled", "penciled",
	"arranging", "arrange", "organising", "organizing", "organise", "organize")

// PresentTriggers are present-tense trigger forms that speak of the future
// after a subordinator ("when X visits Washington", "before he meets Y").
var PresentTriggers = set("visits", "meets", "travels", "arrives", "holds", "gathers", "convenes")

// PresentGo are present forms of going somewhere, which outside a dated
// timeline entry tell a journey not yet made: "X flies to Brussels today".
var PresentGo = set("flies", "travels")

// FirstPersonPresent are present forms that, right after "I" or "we",
// tell a plan: "I fly to Lilongwe tonight", "we meet them on
// Monday".
var FirstPersonPresent = set("fly", "travel", "go", "head", "leave", "depart", "visit", "meet", "arrive")

// PresentBase are the plural present forms of PresentTriggers, read so only
// right after their subject: "when they meet", "before the two visit".
var PresentBase = set("visit", "meet", "travel", "arrive", "hold")

// SchedulePresent are present-tense verbs that tell a timetable when the
// sentence names a weekday: "leaves on Saturday", "meets Y on Friday",
// "begins a state visit on Sunday", "pays an official visit on Monday".
var SchedulePresent = set("visits", "meets", "travels", "arrives", "holds", "leaves", "starts", "begins",
	"flies", "heads", "departs", "opens", "pays", "makes", "hosts", "receives", "returns", "goes", "lands",
	"embarks", "kicks", "attends", "takes")

// FutureSubordinators are the subordinators PresentTriggers follow.
var FutureSubordinators = set("when", "before", "until", "once", "after", "as", "if")

// CancelParticiples after a trigger noun and a form of "be" cancel it: "the
// meeting was postponed".
var CancelParticiples = set("postponed", "cancelled", "canceled", "scrapped", "delayed", "suspended", "aborted",
	"shelved", "dropped", "axed")

// CancelNotes open a short line that follows an entry of a programme or
// log and says the entry did not happen as listed: "Postponed.",
// "Cancelled, new date to follow.", "Moved to the next day.".
var CancelNotes = [][]string{{"postponed"}, {"cancelled"}, {"canceled"}, {"deferred"}, {"moved"},
	{"rescheduled"}, {"scrapped"}, {"delayed"}, {"suspended"}, {"shelved"}, {"dropped"}, {"called", "off"},
	{"not", "held"}, {"did", "not", "take", "place"}, {"did", "not", "happen"}}

// Habituals make a trigger a habit, not an event: "they meet regularly".
var Habituals = set("regularly", "often", "frequently", "usually", "routinely", "periodically")

// HabitualAdverbs end a clause with a habit: "we speak on the phone weekly." (as
// adjectives, "the weekly meeting", they tell nothing).
var HabitualAdverbs = set("monthly", "weekly", "daily", "annually", "yearly", "fortnightly")

// FailPredicates after a meeting noun tell it never happened: "a sit-down
// with X fell through", "the planned meeting came to nothing". (Talks that
// "collapsed" or "broke down" were held first.)
var FailPredicates = [][]string{{"fell", "through"}, {"came", "to", "nothing"}}

// ProspectNouns before "for", "of", "about" or "over" and a meeting make it
// a possibility: "prospects for a summer meeting", "the chance of talks",
// "speculation about talks".
var ProspectNouns = set("prospects", "prospect", "chance", "chances", "possibility", "likelihood", "hopes",
	"hope", "odds", "expectations", "expectation", "speculation")

// Obstructions right before talks block them: "obstructing talks with X",
// "boycotted the talks".
var Obstructions = set("obstructing", "obstructed", "obstruct", "blocking", "blocked", "block", "stalling",
	"stalled", "delaying", "hampering", "hampered", "sabotaging", "sabotaged", "derailing", "derailed",
	"boycotting", "boycotted", "opposing", "opposed", "rejecting", "rejected", "torpedoing")

// PlannedBefore are words right before a visit noun that make it planned:
// "an upcoming visit", "his planned trip", "a possible visit".
var PlannedBefore = set("upcoming", "forthcoming", "coming", "planned", "proposed", "next", "future", "possible",
	"probable", "likely", "expected", "anticipated", "prospective", "potential", "eventual")

// MeetingNouns name talks: after "for" they are a purpose ("in Rome for
// talks", "the groundwork for negotiations"), not yet held. Gathering nouns
// are not among them: "arrived for the summit" tells attendance.
var MeetingNouns = set("talks", "discussions", "consultations", "negotiations", "conversation")

// PurposeLeads before "for" make the talks after it a purpose: departures,
// preparations, appeals ("left for Ottawa for talks", "the groundwork for
// talks", "pressed for talks").
var PurposeLeads = set("left", "leaves", "leave", "leaving", "departure", "departs", "departed", "depart",
	"heads", "heading", "headed", "groundwork", "preparations", "prepare", "prepares", "preparing",
	"ready", "called", "calls", "calling", "press", "pressed", "presses", "pressing", "push", "pushed", "pushing",
	"appealed", "appeals", "urged", "urges", "asked", "asks", "bound", "way")

// FutureTense marks a sentence about the future, where a bare weekday is
// the next one: "will meet on Tuesday", "talks scheduled for Thursday".
// "arrived on Tuesday for talks" has none: its weekday is past.
var FutureTense = set("will", "shall", "scheduled", "slated", "due", "expected", "planned", "plans")

// PlannedParticiples after an event noun, with a form of "be" or in an
// appositive, make it planned: "the talks are scheduled for May", "the
// meeting, slated for Thursday, ...".
var PlannedParticiples = set("planned", "expected", "scheduled", "set", "due", "likely", "proposed", "envisaged",
	"slated", "penciled", "pencilled", "tipped", "mooted")

// Auxiliaries after an event noun open its predicate: "the talks were ...",
// "the meeting will ...".
var Auxiliaries = set("is", "was", "are", "were", "will", "would", "could", "may", "might", "has", "have", "had",
	"shall")

// WeakModals after an event noun make it at most planned: "the meeting
// could take place".
var WeakModals = set("could", "may", "might")

// PlanNouns before "of", "for" or "to" and a visit's phrase make the visit
// a plan: "the announcement of his visit", "an invitation to visit",
// "preparations for the trip".
var PlanNouns = set("announcement", "invitation", "preparations", "preparation", "plans", "plan", "proposal",
	"prospect", "possibility", "date", "dates", "timing", "schedule", "programme", "program", "itinerary",
	"run-up", "eve", "ahead")

// Modals after a visit trigger make it planned: "the visit will ...".
var Modals = set("will", "would", "shall")

// VagueTimes date an event only vaguely; an event in their sentence gets no
// publication date by default ("they recently held talks").
var VagueTimes = set("recently", "recent", "previously", "once")

// Seasons give a time only vaguely when no year comes with them ("in the
// autumn", "last spring").
var Seasons = set("spring", "summer", "autumn", "fall", "winter")

// CountedTimes count an event's occurrences after its trigger, which then
// gets no publication date by default ("has met him on two occasions").
var CountedTimes = set("occasions", "twice", "repeatedly")

// PlanParticiples after "being" or "been" leave a noun trigger in the
// making: "a meeting was being arranged", "talks have been proposed".
var PlanParticiples = set("arranged", "organised", "organized", "prepared", "planned", "proposed", "considered",
	"mooted", "sought", "scheduled", "discussed", "negotiated", "requested", "finalised", "finalized")

// CancelIdioms after a noun trigger say it was taken out of a plan, so
// never held: "a stop in X is off the schedule", "a visit to Y did not
// make the final itinerary".
var CancelIdioms = [][]string{
	{"off", "the", "schedule"}, {"off", "the", "itinerary"}, {"off", "the", "programme"}, {"off", "the", "program"},
	{"off", "the", "agenda"}, {"did", "not", "make"}, {"didn't", "make"}, {"never", "made", "it"},
}

// PlanIdioms after a form of "be" say a noun trigger is expected, not held:
// "a summit is on the cards", "talks are in the works".
var PlanIdioms = [][]string{
	{"on", "the", "cards"}, {"in", "the", "cards"}, {"in", "the", "works"}, {"in", "the", "pipeline"},
	{"on", "the", "horizon"}, {"in", "the", "offing"},
}

// PastSubordinators open a clause whose past verb keeps its own tense,
// whatever plan the main clause tells: "drew up a plan after both
// presidents had flown to X".
var PastSubordinators = set("after", "since", "because", "although", "though", "whereas", "once", "as", "while")

// IrregularPasts are past forms of trigger verbs without "-ed".
var IrregularPasts = set("met", "flew", "went", "held", "came", "saw", "spoke", "took", "made", "paid", "sat",
	"left", "began", "drove", "rode", "led", "sent", "brought", "drew", "flown", "gone", "seen", "spoken", "taken",
	"begun", "driven", "ridden", "told", "gave")

// Avoidances before a meeting noun say the meeting was not held: "skipped a
// one-on-one with", "avoided talks with", "cancelled the meeting".
var Avoidances = set("skipped", "skips", "skipping", "avoided", "avoids", "avoiding", "shunned", "snubbed",
	"cancelled", "canceled", "scrapped", "rejected", "refused", "declined", "missed", "boycotted")

// AvoidancePhrasals are the phrasal verbs that do what Avoidances do, by
// their particle and the verb forms before it: "has ruled out any meeting
// with", "turned down talks with".
var AvoidancePhrasals = map[string]map[string]bool{
	"out":  set("ruled", "rules", "ruling", "rule"),
	"down": set("turned", "turns", "turning", "turn"),
}

// GatherPresent are plural present forms of gathering that are never
// nouns, so that any subject may stand before them: "when the heads of
// state gather".
var GatherPresent = set("gather", "convene", "assemble")
