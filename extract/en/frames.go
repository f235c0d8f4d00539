package en

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph/schema"
)

// Word classes the event frames read.

// AdverbialWords may make up a time or place adverbial between an event
// noun and its "with" ("talks on Monday with", "a conversation this
// morning with", "talks in Riyadh on March 14 with").
var AdverbialWords = map[string]bool{
	"on": true, "in": true, "at": true, "this": true, "last": true, "late": true, "early": true,
	"earlier": true, "the": true, "same": true, "day": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "week": true, "also": true, "again": true, "today": true,
	"yesterday": true, "city": true, "capital": true, "of": true, "audience": true,
	"palace": true, "presidential": true, "royal": true, "state": true, "house": true,
	"month": true, "year": true, "weekend": true, "there": true, "here": true, "that": true,
	"abroad": true, "overseas": true, "first": true,
	"residence": true, "headquarters": true, "villa": true, "hall": true, "ministry": true,
	"building": true, "offices": true, "chancellery": true, "government": true, "official": true,
}

// SubjectLeads may open a sentence before its subject, with words of time:
// "On Sunday", "Since then", "Earlier this week".
var SubjectLeads = set("since", "then", "later", "meanwhile")

// MannerWords tell how talks were held and may stand between a meeting
// word and its object: "talks by video link with", "met via
// videoconference with", "spoke over the phone with".
var MannerWords = map[string]bool{
	"by": true, "via": true, "over": true, "through": true, "a": true, "an": true,
	"video": true, "link": true, "videolink": true, "videoconference": true, "video-conference": true,
	"conference": true, "phone": true, "telephone": true, "virtually": true, "online": true,
	"person": true, "private": true, "privately": true, "closed": true, "doors": true, "behind": true,
	"separately": true, "directly": true, "briefly": true, "later": true,
}

// TripWords speak of a journey of several stops: a place the traveller
// came from is then one of them ("arrived in A from B on the second leg of
// a regional tour").
var TripWords = map[string]bool{
	"tour": true, "leg": true, "legs": true, "stop": true, "stops": true, "stopover": true,
	"swing": true, "multi-nation": true, "two-nation": true, "three-nation": true, "four-nation": true,
	"five-nation": true, "six-nation": true, "regional": true,
}

// JourneyNouns in a meeting's sentence tell that a participant travelled
// to it: "held talks in Tokyo, the first such trip by a leader of ...".
var JourneyNouns = set("trip", "trips", "visit", "visits", "tour", "stay", "journey", "stopover", "swing")

// DepartureAhead are the forms of leaving that tell no departure made
// ("is due to leave", "leaves on Friday"): they only tell a stay under way
// when a phrase says the departure ends it (EndingWords).
var DepartureAhead = set("leave", "leaves", "depart", "departs")

// EndingWords close a stay a departure ends: "after a three-day visit",
// "wrapping up his trip", "concluding a two-day stay".
var EndingWords = set("after", "following", "wrapping", "concluding", "ending", "capping", "closing")

// VisitKinds name the kind of a visit before its noun, capitalised in
// official style too: "an official visit", "a State Visit", "a two-day
// visit".
var VisitKinds = set("official", "state", "working", "two-day", "three-day", "four-day", "brief", "weekend", "day-long",
	"five-day", "one-day", "24-hour", "private")

// ProcessNouns name talks that are often a long process between states
// rather than one meeting: they make a meeting only between named people
// ("negotiations between the two envoys A and B", not "debt
// negotiations with Brazil").
var ProcessNouns = set("negotiations", "negotiation")

// JointCues in a meeting's sentence say that the several parties it
// names met together: "hosted A and B for three-way talks", "met A and B
// together", "talks with A and B in the Weimar format".
var JointCues = set("three-way", "four-way", "trilateral", "tripartite", "quadrilateral", "together", "jointly",
	"three-nation", "trio", "format")

// ManySided tell a meeting of three sides or more: "a trilateral
// meeting", "four-way talks", "a multilateral session".
var ManySided = set("three-way", "four-way", "trilateral", "tripartite", "quadrilateral", "multilateral",
	"three-nation", "four-nation")

// Presence are the phrases after "were" or "was" that put the subject at a
// gathering told before: "were present", "were around the table", "was
// on hand".
var Presence = [][]string{
	{"present"}, {"there"}, {"in", "attendance"}, {"at", "the", "table"}, {"around", "the", "table"},
	{"on", "hand"}, {"in", "the", "room"}, {"in", "the", "hall"}, {"in", "the", "chamber"}, {"at", "the", "summit"},
	{"at", "the", "meeting"},
	{"at", "the", "talks"}, {"at", "the", "session"}, {"at", "the", "conference"},
	{"in", "the", "front", "row"}, {"in", "the", "front", "rows"}, {"near", "the", "front"}, {"in", "the", "congregation"},
	{"in", "the", "pews"}, {"in", "the", "audience"}, {"in", "the", "crowd"}, {"on", "the", "dais"}, {"on", "the", "podium"},
	{"in", "person"}, {"in", "the", "stands"}, {"from", "the", "stands"}, {"on", "the", "rostrum"}, {"from", "the", "rostrum"},
	{"on", "the", "reviewing", "stand"}, {"from", "the", "reviewing", "stand"}, {"on", "the", "tribune"}, {"from", "the", "tribune"},
}

// Unfolds are the predicates whose subject is a gathering going through its
// course: "The Third Delta Water Forum was held in Dakar", "... got under
// way on Monday". "BE" stands for a form of "be" ("was", "is being", "has
// been"). A phrase is read from its first word after "BE".
var Unfolds = [][]string{
	{"BE", "held"}, {"BE", "open"}, {"BE", "opened"}, {"BE", "inaugurated"}, {"BE", "convened"}, {"BE", "staged"},
	{"BE", "celebrated"}, {"BE", "closed"}, {"BE", "under", "way"}, {"BE", "underway"}, {"BE", "meeting", "since"},
	{"took", "place"}, {"takes", "place"}, {"taking", "place"}, {"got", "under", "way"}, {"got", "underway"},
	{"kicked", "off"}, {"kicks", "off"}, {"came", "to", "a", "close"}, {"came", "to", "an", "end"},
	{"drew", "to", "a", "close"}, {"opened"}, {"opens"}, {"began"}, {"begins"}, {"started"}, {"ended"},
	{"closed"}, {"concluded"}, {"wrapped", "up"}, {"convened"}, {"met"},
	{"ran", "over"}, {"ran", "from"}, {"ran", "for"}, {"ran", "until"}, {"ran", "through"}, {"runs", "until"},
	{"runs", "through"}, {"runs", "from"}, {"ran", "on"}, {"runs", "on"}, {"ran", "in"}, {"unfolded"}, {"unfolds"},
	{"ends"}, {"closes"}, {"concludes"}, {"wraps", "up"}, {"comes", "to", "a", "close"}, {"comes", "to", "an", "end"},
	{"draws", "to", "a", "close"}, {"gets", "under", "way"}, {"gets", "underway"},
	{"continued"}, {"resumed"}, {"continues"}, {"resumes"},
	{"wound", "down"}, {"winds", "down"}, {"wound", "up"}, {"winds", "up"},
}

// CloseVerbs are the Unfolds verbs of a gathering's close, after which
// "after three days" tells how long it ran.
var CloseVerbs = withWords(ClosingParticiples, "ended", "ends", "closed", "closes", "concluded", "concludes", "wrapped", "wraps",
	"wound", "winds", "came", "comes", "drew", "draws")

// ClosingParticiples close a gathering from after the comma that ends
// their clause: "Leaders agreed on X, closing a two-day summit".
var ClosingParticiples = set("closing", "concluding", "ending", "wrapping")

// Outcomes are the verbs that tell what a gathering did, and so that it
// sat: "The trilateral meeting of A, B and C adopted a charter". Unlike
// Unfolds they are read only right after the gathering's noun (its list of
// countries, its place and its day between) and never in the passive.
var Outcomes = [][]string{
	{"focused"}, {"agreed"}, {"adopted"}, {"endorsed"}, {"approved"}, {"produced"}, {"yielded"}, {"discussed"},
	{"reviewed"}, {"issued"}, {"resolved"}, {"decided"}, {"pledged"}, {"reaffirmed"}, {"called", "for"}, {"condemned"},
	{"urged"}, {"centred"}, {"centered"}, {"addressed"}, {"examined"}, {"considered"}, {"backed"}, {"heard"},
}

// OutcomeHeads are the gathering nouns Outcomes are read after: sittings,
// not standing bodies ("the Assembly decided" is a body's act).
var OutcomeHeads = set("summit", "summits", "conference", "meeting", "ministerial", "session", "gathering", "forum",
	"symposium", "talks", "dialogue", "roundtable", "round-table", "mini-summit", "minisummit", "plenary")

// UnfoldsToday are the present forms among Unfolds' first words that
// tell a gathering of the day of writing ("The forum wraps up today"), but
// of a later day when dated after it ("ends on Friday", written on a
// Wednesday).
var UnfoldsToday = set("ends", "closes", "concludes", "wraps", "comes", "draws", "gets", "opens", "begins", "starts", "kicks",
	"continues", "resumes")

// OpeningAdverbs may stand inside an Unfolds predicate: "was formally
// opened", "has officially begun".
var OpeningAdverbs = set("formally", "officially", "finally", "solemnly", "ceremonially", "now")

// BeForms stand for "BE" in Unfolds.
var BeForms = set("is", "was", "are", "were", "been", "being")

// sortedWords returns the words of a set in order.
func sortedWords(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	slices.Sort(out)
	return out
}

// unfoldWords are the words Unfolds and Outcomes are read from.
func unfoldWords() []string {
	var out []string
	seen := map[string]bool{}
	for _, p := range append(slices.Clone(Unfolds), Outcomes...) {
		w := p[0]
		if w == "BE" {
			w = p[1]
		}
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// PresenceOpeners before an inverted "were" make the list after it
// attendees: "Attending were A and B", "Also present were C and D",
// "Participating were E and F".
var PresenceOpeners = map[string]bool{"so": true, "present": true, "attending": true, "participating": true}

// NameBreaks end a gathering's name to the left of its noun: "for a
// summit", "hosted the forum".
var NameBreaks = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "this": true,
	"that": true, "these": true, "those": true, "just": true, "for": true, "to": true, "at": true, "in": true,
	"of": true, "on": true, "with": true, "by": true, "and": true, "or": true, "from": true, "after": true,
	"before": true, "during": true, "into": true, "was": true, "were": true, "is": true, "are": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "said": true, "gathered": true,
	"attend": true, "attends": true, "joined": true, "last": true, "next": true, "year's": true, "week's": true,
	"month's": true, "yesterday's": true, "today's": true, "our": true, "my": true, "such": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "weekend": true,
	"week": true, "year": true, "month": true, "yesterday": true, "today": true, "tomorrow": true,
	"coming": true, "upcoming": true, "forthcoming": true, "earlier": true, "recent": true, "previous": true,
	"another": true, "lengthy": true, "marathon": true,
}

// GatheringParts name a part of a series of gatherings before "of" ("the
// fourth round of talks", "the 12th session of the commission") or a part
// of the gathering in focus ("ended it with a retreat").
var GatheringParts = map[string]bool{"round": true, "rounds": true, "session": true, "sitting": true, "edition": true, "plenary": true, "retreat": true}

// BodyHeads end the name of a body whose sessions are gatherings of
// states: "the Joint Commission", "the Council of Ministers", "the Andean
// Community".
var BodyHeads = map[string]bool{
	"commission": true, "council": true, "assembly": true, "community": true, "union": true, "league": true,
	"organisation": true, "organization": true, "forum": true, "conference": true, "committee": true,
	"group": true, "alliance": true, "partnership": true, "cooperation": true, "dialogue": true, "authority": true,
	"platform": true,
}

// MeetIdioms are objects that make "meet" no meeting: "meet the
// deadline", "met its targets", "meet demand".
var MeetIdioms = map[string]bool{
	"deadline": true, "deadlines": true, "target": true, "targets": true, "goal": true, "goals": true,
	"demand": true, "demands": true, "need": true, "needs": true, "requirement": true, "requirements": true,
	"criteria": true, "criterion": true, "standard": true, "standards": true, "expectation": true,
	"expectations": true, "obligation": true, "obligations": true, "commitment": true, "commitments": true,
	"cost": true, "costs": true, "condition": true, "conditions": true, "quota": true, "quotas": true,
	"threshold": true, "benchmark": true, "benchmarks": true, "challenge": true, "challenges": true,
	"payment": true, "payments": true, "bill": true, "bills": true, "objective": true, "objectives": true,
	"shortfall": true, "budget": true, "payroll": true, "terms": true, "forecasts": true, "estimates": true,
	"end": true, "ends": true, "fate": true, "halfway": true,
}

// AttendeeNouns head the group a list joins at a gathering: "were among
// the leaders present", "among the participants".
var AttendeeNouns = withWords(PresentNouns, "members", "countries", "nations", "states", "delegations", "leaders",
	"ministers", "heads", "presidents", "premiers", "mediators", "observers", "contingents", "advisers", "advisors",
	"envoys", "officials", "negotiators", "representatives", "diplomats", "chiefs", "commanders", "officers",
	"ambassadors", "lawmakers", "parliamentarians", "legislators", "experts")

// PresentNouns are the AttendeeNouns that by themselves put those among
// them at the gathering in focus: "A was among the guests", "B among the
// mourners" (not "among the leaders", who may be anywhere).
var PresentNouns = set("participants", "attendees", "delegates", "guests", "mourners", "dignitaries", "invitees")

// TravelWords take a traveller to the place after them: "arrived in",
// "flew to", "a trip to", "landed in".
var TravelWords = map[string]bool{
	"arrived": true, "arrives": true, "arriving": true, "landed": true, "lands": true, "visited": true,
	"visiting": true, "visit": true, "visits": true, "flew": true, "flies": true, "travelled": true,
	"traveled": true, "travels": true, "toured": true, "reached": true, "trip": true, "tour": true,
	"touched": true, "headed": true, "heads": true, "flown": true, "jetted": true,
	"journeyed": true, "went": true, "drove": true,
}

// InterstateHeads end the names of bodies of states, known or not: "the
// Lake Basin Forum", "the Andean Partnership".
var InterstateHeads = map[string]bool{
	"forum": true, "community": true, "league": true, "alliance": true, "partnership": true,
	"dialogue": true, "organisation": true, "organization": true, "initiative": true, "pact": true,
}

// TopicVerbs take the topics of a meeting as their object: "discussed
// trade", "reviewed the border".
var TopicVerbs = map[string]bool{
	"discussed": true, "discuss": true, "discussing": true, "reviewed": true, "review": true,
	"reviewing": true, "exchanged": true, "covered": true, "tackled": true, "explored": true, "examined": true,
}

// TopicPhrasals take the topics after their particle: "to go through X",
// "focused on X", "centred on X".
var TopicPhrasals = map[string]bool{
	"go": true, "went": true, "gone": true, "going": true, "focused": true, "focussed": true,
	"centred": true, "centered": true, "concentrated": true, "touched": true, "dwelt": true, "dwelled": true,
}

// TopicParticles follow TopicPhrasals: "go through", "focused on".
var TopicParticles = map[string]bool{"over": true, "on": true, "through": true, "upon": true}

// TopicHeads take the topics after "on", "about" or "over": "talks on X",
// "an agreement on Y".
var TopicHeads = map[string]bool{
	"talks": true, "focused": true, "discussions": true, "talk": true, "meeting": true, "agreement": true,
	"talked": true, "spoke": true, "views": true, "consultations": true, "cooperation": true,
}

// NotTopics after "on" say when or how, not what: "on the eve", "on
// arrival", "on a visit".
var NotTopics = map[string]bool{
	"eve": true, "occasion": true, "visit": true, "trip": true, "tour": true, "arrival": true,
	"way": true, "day": true, "morning": true, "afternoon": true, "evening": true, "night": true,
	"weekend": true, "phone": true, "telephone": true, "video": true, "board": true, "side": true,
	"first": true, "second": true, "last": true, "same": true, "fringes": true, "fringe": true,
	"invitation": true, "instructions": true, "orders": true, "record": true, "condition": true,
	"air": true, "television": true, "radio": true, "camera": true, "hand": true, "stage": true,
	"ground": true, "spot": true, "site": true, "request": true, "occasions": true, "times": true,
}

// GroupNumbers count the parties a group subject refers back to: "the two
// discussed", "the four leaders agreed".
var GroupNumbers = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true}

// RoyalGroupHeads head a plural subject of monarchs: "the two monarchs",
// reigning heads of different states.
var RoyalGroupHeads = set("monarchs", "kings", "royals", "sovereigns", "emperors")

// GroupSubjectHeads head a plural subject that refers back to the parties
// of a meeting just told: "the two leaders", "both sides", "the two
// monarchs".
var GroupSubjectHeads = withWords(RoyalGroupHeads, "leaders", "sides", "men", "women", "ministers", "presidents",
	"officials", "countries", "delegations")

// PartyGroupHeads head a plural subject that names as many people told
// before ("the two prime ministers", "the three principals").
var PartyGroupHeads = withWords(GroupSubjectHeads, "premiers", "chancellors", "heads", "envoys", "foreign", "prime",
	"defence", "defense", "co-chairs", "co", "guests", "visitors", "secretaries", "principals")

// SequelAdverbs tell that what a sentence reports followed what the one
// before told: "The pair then sat down", "They later met".
// After a comma they open a clause that goes on with the subject of the
// one before: "paid a call on Y, then met Z".
var SequelAdverbs = set("then", "later", "afterwards", "afterward", "subsequently", "thereafter")

// RepeatAdverbs between "and" and a second "with" tell another sitting
// or call of the same subject: "spoke with A and, twice, with B", "and
// separately with C".
var RepeatAdverbs = set("twice", "again", "separately", "also", "briefly")

// CarryOnVerbs carry the story on to the day their sentence names, the
// scene of an undated event told next: "The calls went on on Monday",
// "The round resumed on Tuesday".
var CarryOnVerbs = set("continued", "resumed", "went", "carried", "moved", "shifted")

// TimePhraseOpeners after a sequel adverb make it a time phrase of its
// own: "later that week", "later in the day", "then on Friday".
var TimePhraseOpeners = set("that", "this", "in", "on", "the", "last", "next", "during", "at", "over")

// TimeUnits before a sequel adverb measure the time passed: "two days
// later".
var TimeUnits = set("day", "days", "week", "weeks", "month", "months", "year", "years", "hours", "hour", "minutes")

// TermNouns end an "of" phrase that dates a trip by a span of time or
// office: "the first trip of the year", "of his second term".
var TermNouns = set("year", "term", "presidency", "tenure", "mandate", "premiership", "administration", "reign",
	"decade", "century", "month")

// AdditiveFronts open a fronted phrase of those already counted before a
// list of more: "Besides the hosts, attendees included", "Apart from X,".
var AdditiveFronts = [][]string{{"besides"}, {"apart", "from"}, {"aside", "from"}, {"in", "addition", "to"},
	{"beyond"}, {"alongside"}, {"as", "well", "as"}, {"other", "than"}}

// SentObjects open the object of "sent" that makes its subject an
// attendee of the gathering in focus: "sent its foreign minister", "sent
// observers", "sent a high-level delegation".
var SentObjects = set("their", "its", "a", "an", "high-level", "delegations", "ministers", "representatives",
	"observers", "delegates", "envoys", "officials", "deputies", "senior", "junior", "lower-level", "low-level")

// JoiningFronts open a sentence that names who came with a party of the
// meeting just told: "Joining X were Y and Z", "Accompanying X was Y".
var JoiningFronts = set("joining", "accompanying", "flanking", "assisting")

// Chambers end the name of a state's legislature, whose country is that
// of its officers: "the Laotian National Assembly", "the Kenyan Senate".
var Chambers = set("assembly", "parliament", "congress", "senate", "legislature", "diet", "duma", "majlis", "deputies",
	"representatives", "sejm", "seimas", "saeima", "riigikogu", "rada", "knesset", "bundestag", "storting", "althing")

// Audiences are what one speaks to without meeting anyone: "spoke to the
// Congress", "speaking to reporters".
var Audiences = map[string]bool{
	"congress": true, "parliament": true, "assembly": true, "committee": true, "senate": true,
	"house": true, "conference": true, "session": true, "summit": true, "forum": true, "audience": true,
	"rally": true, "crowd": true, "crowds": true, "students": true, "reporters": true, "journalists": true,
	"press": true, "nation": true, "lawmakers": true, "legislators": true, "deputies": true, "mps": true,
	"delegates": true, "convention": true, "symposium": true, "seminar": true, "gathering": true,
	"diet": true, "knesset": true, "duma": true, "bundestag": true, "majlis": true, "council": true,
}

// ArrivalWords bring a traveller to where the story is filed when they
// name no place: "X, who arrived on Saturday".
var ArrivalWords = map[string]bool{"arrived": true, "arrives": true, "arriving": true, "landed": true}

// AfterDeparture may follow the place of "left X": a time, a destination,
// a clause ("left Tokyo yesterday for Seoul", "left Washington after the
// DayOfWords name a day of a gathering: "on the last day of the summit",
// "on the third day of the talks".
var DayOfWords = set("first", "second", "third", "fourth", "last", "final", "opening", "closing")

// DocumentNouns head the names of texts states agree on; a date after
// "of" is the text's ("the Geneva Accord of June 2019"), not an event's.
var DocumentNouns = set("declaration", "agreement", "accord", "accords", "treaty", "resolution", "charter",
	"protocol", "memorandum", "communique", "communiqué", "pact", "convention", "deal", "roadmap")

// PlaceKindNouns follow a country's demonym before "of" and a place's
// name: "the Greek island of Crete", "the Saudi port city of Jeddah" are
// in that country, whether the gazetteer knows the place or not. Besides
// settlements they are islands and regions, no meeting's place.
var PlaceKindNouns = withWords(SettlementNouns, "island", "islands", "region", "province", "archipelago", "peninsula",
	"exclave", "state")

// PastJourneyVerbs tell a journey made, before its purpose: "flew to X to
// meet Y", "stopped in X to meet Y".
var PastJourneyVerbs = set("flew", "travelled", "traveled", "went", "came", "headed", "drove", "stopped", "journeyed",
	"sailed", "hopped", "dashed", "rushed", "jetted", "proceeded", "walked", "crossed")

// JourneyParticiples after "had" tell a journey made before the time of
// the story ("had flown into Lilongwe on Thursday for talks").
var JourneyParticiples = set("flown", "gone", "come", "driven", "travelled", "traveled", "journeyed", "sailed")

// AspectVerbs take an infinitive after "to" as often as a destination:
// "continued to press Kenya", "continued to Kampala"; a journey only when
// a place follows "to" at once.
var AspectVerbs = set("continued", "proceeded")

// JourneyGerunds after "before" or "after" tell a leg of a journey told
// in the past: "was welcomed at the airport before proceeding to X for
// talks with Y".
var JourneyGerunds = set("proceeding", "heading", "driving", "going", "travelling", "traveling", "flying", "moving",
	"continuing")

// PartyNouns after "the" stand for a party of travellers told before:
// "The delegation called on Y", "the senators had dinner with Y".
var PartyNouns = set("delegation", "senators", "lawmakers", "legislators", "congressmen", "parliamentarians",
	"visitors", "trio", "quartet", "delegates", "group", "mediators", "envoys", "negotiators", "members")

// GreetVerbs, passive with "by", name who welcomed an arriving visitor:
// "was greeted by", "were welcomed by", "was received by".
var GreetVerbs = set("greeted", "welcomed", "received", "met")

// LedParties name a travelling party that "led by X" gives a head: "a
// delegation led by X", "the mediation mission led by Y".
var LedParties = set("delegation", "mission", "team")

// PartyModifiers stand between "the" and a PartyNouns word: "the visiting
// delegation", "the bipartisan group".
var PartyModifiers = set("visiting", "bipartisan", "american", "congressional")

// JourneyFillers may stand between a past journey verb and the "to meet"
// of its purpose: places' prepositions and lists, parts of the day or
// month ("at the end of May"), "briefly".
var JourneyFillers = set("to", "in", "into", "at", "on", "the", "a", "briefly", "capital", "city", "morning", "afternoon",
	"evening", "early", "late", "last", "this", "that", "week", "over", "and", "end", "start", "beginning", "of")

// MediateVerbs tell a third party who hosted or brokered the talks of two
// others, and so took part: "X mediated the talks between A and B", "talks
// hosted by X".
var MediateVerbs = set("hosted", "mediated", "brokered", "chaired", "convened", "facilitated")

// ThirdPartyWords tell a meeting of three or four held through a host, a
// mediator or someone present: "talks mediated by Oman", "spoke in the
// presence of the minister", "with the envoy present". Such a meeting
// stays a meeting; three or more states meeting as equals are a
// gathering.
var ThirdPartyWords = withWords(MediateVerbs, "mediation", "mediator", "mediators", "indirect", "shuttled", "shuttling",
	"presence", "present", "received", "receives", "receiving", "hosts", "hosting", "welcomed", "welcomes")

// TimeSpanWords make up a stretch of time before "in", "with" or
// "together": "spent a whirlwind Sunday in X", "spent nearly two hours
// with Y", "got 45 minutes with Y".
var TimeSpanWords = set("the", "a", "an", "two", "three", "four", "five", "several", "few", "weekend", "day", "days",
	"week", "weeks", "night", "nights", "morning", "afternoon", "evening", "hours", "hour", "minutes", "half",
	"fifty", "forty", "thirty", "twenty", "ninety", "more", "than", "nearly", "almost", "over", "about", "close",
	"to", "roughly", "around", "some", "and", "full", "long", "eight", "nine", "ten", "whirlwind", "busy",
	"hectic", "brief", "short", "entire", "whole", "packed", "quick", "final", "first", "extra", "separate", "private",
	"further", "another")

// SittingSpans are stretches of time one sitting fills, not a stay: "spent
// two hours (an afternoon) at the lodge with Y" met Y; "spent a week in X
// with Y" travelled with Y.
var SittingSpans = set("hour", "hours", "minute", "minutes", "morning", "afternoon", "evening")

// DayDeixis places a stretch of time on a day the text has in focus:
// "spent two hours that day with Y", "an hour the next morning", "an
// hour yesterday".
var DayDeixis = set("that", "same", "next", "following", "last", "this", "yesterday", "today", "tonight")

// ClockWords before "in" and a city tell the hour there, not where an
// event was, when the text gives the local time too: "at dawn local time,
// which was late evening in Ottawa".
var ClockWords = set("morning", "afternoon", "evening", "night", "midnight", "noon", "time", "dawn")

// HoursOfDay name a time of day a date may follow: "shortly after noon
// on Monday", "before dawn on Friday".
var HoursOfDay = set("noon", "midday", "midnight", "dawn", "daybreak", "dusk", "sunrise", "sunset", "nightfall", "lunchtime", "sundown")

// AnnexNouns after a country's name are a place of that country's
// elsewhere, not the country: "toured the Zambia pavilion", "visited the
// Kenya stand".
var AnnexNouns = set("pavilion", "pavilions", "stand", "stands", "booth", "stall", "embassy", "consulate", "exhibit",
	"exhibition")

// CompanionVerbs tell one who travelled with another: "X, who
// accompanied Y,", "X, accompanying Y,".
var CompanionVerbs = set("accompanied", "accompanying", "accompanies")

// TravelledVerbs before "with" and a person close a clause of one who
// went along: "X travelled with A and B.", "A and B are travelling with
// him."
var TravelledVerbs = set("travelled", "traveled", "travelling", "traveling")

// CameWithVerbs before "with" tell one who travelled with another too: "X,
// who arrived with Y", "X, who flew in with Y", "X, who is travelling with
// Y".
var CameWithVerbs = set("arrived", "travelled", "traveled", "came", "flew", "landed", "travelling", "traveling", "flying",
	"travels")

// The words of a meeting's delegates, told in a sentence after the
// meeting: each names one more party of it (extract's delegates).
var (
	// AidePassives: "X was accompanied by Y", "X was flanked by Y".
	AidePassives = set("accompanied", "flanked", "joined", "assisted")
	// SeatedBeside: "Y sat with X", "Y sat beside X", "Y sat next to X".
	SeatedBeside = [][]string{{"sat", "with"}, {"sat", "beside"}, {"sat", "alongside"}, {"sat", "next", "to"}, {"was", "seated", "beside"}, {"were", "seated", "beside"}}
	// SideWords: "at his side", "by her side", "at his elbow".
	SideWords = [][]string{{"at", "his", "side"}, {"at", "her", "side"}, {"by", "his", "side"}, {"by", "her", "side"},
		{"at", "his", "elbow"}, {"at", "her", "elbow"}, {"at", "their", "side"}, {"by", "their", "side"}}
	// BesideVerbs put their subject beside a party named after them, at
	// the talks told after it: "Y joined X at the talks", "Y accompanied X
	// at the meeting", "Y was associated with X at the talks".
	BesideVerbs = [][]string{{"joined"}, {"accompanied"}, {"was", "associated", "with"}, {"were", "associated", "with"}}
	// AmongOthers may stand between a passive of accompanying and its
	// "by": "was accompanied among others by Y".
	AmongOthers = [][]string{{"among", "others"}, {"amongst", "others"}, {"inter", "alia"}}
	// FlankNouns end a side phrase after a possessive: "Y sat at X's
	// side", "Y stood at her elbow".
	FlankNouns = set("side", "elbow")
	// PresenceVerbs put their subject at a side phrase: "Y sat at X's side".
	PresenceVerbs = set("sat", "stood", "was", "were")
	// SatIn: "Y also attended the talks", "Y sat in on the meeting", "Y
	// took part in the discussions", "Y also took part".
	SatIn = [][]string{{"attended"}, {"took", "part", "in"}, {"took", "part"}, {"participated", "in"}, {"participated"}, {"joined"}, {"sat", "in", "on"}, {"sat", "in"}, {"was", "present", "at"}, {"were", "present", "at"}, {"were", "present", "for"}, {"was", "present", "for"}}
	// SittingKinds may stand between "the" and a meeting's noun that
	// refers back to it: "sat in on the enlarged talks", "joined the
	// main meeting".
	SittingKinds = set("main", "whole", "first", "second", "later", "formal", "closed", "private", "expanded",
		"restricted", "wider", "broader", "larger", "enlarged", "full", "official", "bilateral", "delegation-level", "working")
	// MeetingRefs are the definite nouns that refer back to a meeting:
	// "the talks", "the meeting".
	MeetingRefs = set("talks", "meeting", "discussions", "conversation", "encounter", "session", "exchange", "audience")
	// PresentHere tell someone at the meeting just told. After "also"
	// (AlsoThere) they may close a "with" phrase ("with Y also in the
	// room"); fronted, with or without "also" or "those" and a reference
	// to the meeting, they open an inverted list of its parties: "Also at
	// the table were Y and Z", "In attendance were Y and Z", "Present at
	// the talks were Y and Z", "Those present included Y".
	PresentHere = [][]string{{"at", "the", "table"}, {"around", "the", "table"}, {"in", "the", "room"}, {"present"}, {"attending"},
		{"facing", "them"}, {"opposite", "them"}, {"across", "the", "table"},
		{"taking", "part"}, {"on", "hand"}, {"participating"}, {"in", "attendance"}, {"sitting", "in"}}
	AlsoThere = prefixed("also", PresentHere)
	// InTheTalks put their subject in the talks just told: "Y was also
	// at the table", "Y and Z were also taking part".
	InTheTalks = [][]string{{"also", "at", "the", "table"}, {"at", "the", "table"}, {"also", "in", "the", "room"}, {"also", "taking", "part"}, {"also", "participating"}}
	// DelegationNouns and Included: "the Chilean delegation included Y",
	// "X's team comprised Y and Z".
	DelegationNouns = set("delegation", "side", "team", "entourage", "party")
	Included        = set("included", "comprised", "featured")
	// BroughtAlong: "X brought Y and Z", "X brought along Y", "X took Y
	// with him": the party's own people at the table.
	BroughtAlong = set("brought", "took")
	// PartOf: "Y was part of X's delegation", "Y was on the Chilean team",
	// "Y sat on the Korean side".
	PartOf = [][]string{{"was", "part", "of"}, {"were", "part", "of"}, {"was", "on"}, {"were", "on"}, {"sat", "on"}, {"sat", "with"}, {"joined"}}
	// InPresenceOf add those named after them to the meeting of their
	// sentence: "X received Y, in the presence of Z".
	InPresenceOf = [][]string{{"in", "the", "presence", "of"}, {"in", "presence", "of"}, {"with", "the", "participation", "of"}}
	// AlongWith add those named after them to a sitting of people their
	// sentence tells before: "X received Y together with Z", "X received
	// Y alongside Z".
	AlongWith = [][]string{{"together", "with"}, {"along", "with"}, {"alongside"}}
	// JoinerTails open, after a comma, more people who sat in beside
	// those a sentence just placed at the meeting: "Y sat in, as did Z",
	// "Y took part, along with Z".
	JoinerTails = append([][]string{{"as", "did"}, {"as", "well", "as"}, {"and", "so", "did"}}, AlongWith...)
	// Unconfirmed mark a sentence that passes on what others report:
	// "media reported that X had joined the talks" names no delegate.
	Unconfirmed = set("reported", "reports", "reportedly", "rumours", "rumors", "speculation", "claimed", "claims")
)

// talks").
var AfterDeparture = map[string]bool{
	"on": true, "for": true, "after": true, "before": true, "yesterday": true, "today": true,
	"tonight": true, "last": true, "earlier": true, "late": true, "early": true, "and": true,
	"aboard": true, "bound": true, "this": true, "following": true, "en": true, "to": true, "at": true,
	"in": true, "with": true, "without": true, "by": true, "having": true, "as": true, "when": true,
	"later": true,
}

// Ordinals number a gathering of a series: "the ninth summit"; digits
// with a suffix ("12th") count too.
var Ordinals = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
}

// DomesticBodies in a gathering's "of" phrase make it a domestic meeting:
// "the spring sitting of Chile's senate".
var DomesticBodies = map[string]bool{
	"parliament": true, "congress": true, "senate": true, "party": true, "cabinet": true, "legislature": true,
	"diet": true, "duma": true, "bundestag": true, "knesset": true, "shareholders": true, "board": true,
	"directors": true, "politburo": true, "court": true, "federal": true,
}

// SmallNumbers count days or legs in words: "following three nights in Malawi".
var SmallNumbers = map[string]bool{
	"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true, "several": true,
	"few": true,
}

// SidelineWords place a meeting beside a gathering: "on the sidelines of",
// "on the fringes of".
var SidelineWords = map[string]bool{"sidelines": true, "sideline": true, "margins": true, "margin": true, "fringes": true}

// ModeWords name the way a meeting was held.
var ModeWords = map[string]schema.MeetingMode{
	"video": schema.Video, "videolink": schema.Video, "videoconference": schema.Video,
	"video-conference": schema.Video, "virtually": schema.Video, "online": schema.Video,
	"phone": schema.Telephone, "telephone": schema.Telephone,
}

// ObjectPreps make the person after them the other party of what the
// clause tells, never the one it follows: "talks with X", "a rift between
// Y and Z", "a courtesy call on V" (unlike "a busy week for W", which is
// W's).
var ObjectPreps = set("with", "between", "against", "alongside")

// OtherPartyVerbs make the person right after them the other party, as
// ObjectPreps do: "visited X", "received Y".
var OtherPartyVerbs = set("met", "visited", "received", "hosted", "welcomed", "greeted", "phoned", "telephoned",
	"congratulated", "thanked", "briefed")

// FirstClauseVerbs take a person or place as the object of a first clause
// that a coordinated verb follows: "X visited Nairobi in May and met Y",
// "X greeted Y and then held talks with Z" (Nairobi, Y: no subject of the
// second verb).
var FirstClauseVerbs = set("visited", "met", "received", "hosted", "thanked", "welcomed", "greeted", "urged", "joined",
	"attended", "left", "toured", "praised", "pressed")

// LesserRanks before an office make another office of it: a "deputy prime
// minister" is not "the prime minister", a "vice president" not "the
// president".
var LesserRanks = set("deputy", "vice", "assistant", "under", "associate", "junior")

// ParticipleSubordinators open a participle clause after the main one,
// whose subject is the main clause's: "X announced it while hosting Y".
var ParticipleSubordinators = set("while", "when", "after", "before", "since")

// CityStates are the countries (ISO 3166 alpha-3) that are one city, a
// meeting's place when the text says "in Singapore".
var CityStates = set("SGP", "MCO", "VAT")

// CeremonyHeads name the state ceremonies foreign leaders come to: "the
// funeral of X", "Y's inauguration", "the coronation". They are gatherings
// only when someone from abroad is told at them.
var CeremonyHeads = withWords(Commemorations, "inauguration", "investiture", "swearing-in", "funeral", "coronation", "wedding",
	"enthronement", "memorial")

// Commemorations are the CeremonyHeads of a nation's own days ("the
// Victory Day parade", "the independence jubilee"): one foreign guest at
// them makes a visit, several a gathering.
var Commemorations = set("parade", "commemoration", "commemorations", "celebrations", "jubilee")

// DayWords in a capitalised name before a Commemorations noun make it the
// name of a nation's day ("Victory Day Parade", "Independence
// Celebrations"); other names are places ("Kingsway Parade").
var DayWords = set("day", "victory", "independence", "republic", "liberation", "national", "unification", "anniversary",
	"jubilee", "constitution", "revolution")

// CeremonyTails may follow a CeremonyHeads noun in its phrase: "the
// funeral service for X", "the inauguration ceremony of Y".
var CeremonyTails = set("service", "services", "ceremony", "ceremonies", "mass", "rites")

// TailedCeremonies are the CeremonyHeads that name a ceremony only before
// one of the CeremonyTails: "a memorial service", never "the war memorial".
var TailedCeremonies = set("memorial")

// SequenceSubordinators open a clause of an event before or after the one
// told: "a week after X was sworn in", "before Y was buried".
var SequenceSubordinators = set("after", "before", "since", "until", "till", "once")

// CeremonyVerbs tell a ceremony by what it did to the person at its centre
// ("X was sworn in", "Y was laid to rest", "watched X crowned") or what
// the person did ("X took the oath", Active); each names its ceremony's
// head noun. A passive phrase follows a form of "be" or a WitnessVerbs
// object.
var CeremonyVerbs = []struct {
	Phrase []string
	Head   string
	Active bool
}{
	{[]string{"sworn", "in"}, "swearing-in", false}, {[]string{"crowned"}, "coronation", false},
	{[]string{"laid", "to", "rest"}, "funeral", false}, {[]string{"buried"}, "funeral", false},
	{[]string{"enthroned"}, "enthronement", false}, {[]string{"inaugurated", "as"}, "inauguration", false},
	{[]string{"took", "the", "oath"}, "swearing-in", true}, {[]string{"took", "his", "oath"}, "swearing-in", true},
	{[]string{"took", "her", "oath"}, "swearing-in", true},
}

// WitnessVerbs put their subject at a ceremony told by a passive
// CeremonyVerbs phrase after their object: "A watched X sworn in", "B saw
// Y crowned".
var WitnessVerbs = set("watched", "saw", "witnessed")

// ceremonyWords are the first words of the CeremonyVerbs, the words that
// start the Ceremony frame.
func ceremonyWords() []string {
	var out []string
	for _, v := range CeremonyVerbs {
		if !slices.Contains(out, v.Phrase[0]) {
			out = append(out, v.Phrase[0])
		}
	}
	return out
}

// GatheringNouns name multilateral meetings, also by the short names of
// recurring conferences (ConferenceNames).
var GatheringNouns = withWords(withWords(CeremonyHeads, ConferenceNames...),
	"summit", "conference", "meeting", "ministerial", "session", "gathering", "forum", "assembly", "congress", "convention",
	"symposium", "talks", "summits", "conferences", "unga", "dialogue", "roundtable", "round-table", "mini-summit", "minisummit",
	"debate", "plenary", "retreat")

// DebateOfStates before "debate" make it a gathering of states: "a
// Security Council open debate", "the General Assembly's high-level
// debate" ("the debate over tariffs" is none).
var DebateOfStates = [][]string{{"open"}, {"high-level"}, {"ministerial"}, {"security", "council"}, {"general", "assembly"}}

// ConferenceNames are the one-word names of numbered or recurring
// conferences: the UN climate talks by their number ("COP29", "cop1" to
// "cop40") and the biennial Commonwealth leaders' gathering ("CHOGM").
var ConferenceNames = conferenceNames()

// IsConferenceName reports one of ConferenceNames.
func IsConferenceName(w string) bool { return conferenceNameSet[w] }

var conferenceNameSet = set(ConferenceNames...)

func conferenceNames() []string {
	out := []string{"chogm"}
	for n := 1; n <= 40; n++ {
		out = append(out, fmt.Sprintf("cop%d", n))
	}
	return out
}

// HoldVerbs hold a meeting told by a noun that may also name a standing
// relation: "held a strategic dialogue with X" (not "continues a dialogue").
var HoldVerbs = set("held", "hold", "holds", "holding", "had", "have", "has", "conducted", "opened", "launched", "began",
	"convened", "chaired", "co-chaired")

// Facing are the phrases after "sat" that put its subject face to face
// with those after them: "sat opposite X", "sat across the table from X".
var Facing = [][]string{{"opposite"}, {"across", "from"}, {"across", "the", "table", "from"}, {"face", "to", "face", "with"}}

// AtTheTable follows "sat" or "sit" for talks, as "down" does: "A and B
// sat at the negotiating table", "sit around the conference table with Y".
var AtTheTable = [][]string{{"at", "the", "negotiating", "table"}, {"around", "the", "negotiating", "table"},
	{"at", "the", "negotiation", "table"}, {"at", "the", "conference", "table"}, {"around", "the", "conference", "table"}}

// HonourWords name the honours of a state welcome: "welcomed him with
// military honours", "with a guard of honour", "with a red carpet".
var HonourWords = set("honours", "honors", "military", "full", "guard", "ceremony", "red", "salute", "fanfare", "pomp")

// AtGatheringWords in a meeting's sentence point back to the gathering in
// focus: "met Y there", "on the sidelines", "on the margins".
var AtGatheringWords = withWords(SidelineWords, "there")

// InPrivate are the phrases after time spent that tell it was spent
// together: "spent an hour behind closed doors".
var InPrivate = [][]string{{"behind", "closed", "doors"}, {"in", "private"}, {"alone", "together"}, {"one-on-one"}}

// MealNouns are meals a host gives: "breakfast at the residence of Y",
// "a lunch hosted by Y".
var MealNouns = set("breakfast", "lunch", "luncheon", "dinner", "supper", "brunch")

// HostedBy name who gives a meal before "by": "hosted by Y", "given by Y".
var HostedBy = set("hosted", "given", "offered", "thrown", "held")

// HomeNouns name a host's home after a meal: "at the residence of Y".
var HomeNouns = set("residence", "home", "house", "villa", "palace")

// Subordinators open a subordinate clause, whose actors are no objects of
// the verb before them: "met on Monday as X stepped up its criticism".
var Subordinators = set("as", "while", "whereas", "because", "although", "though", "amid", "when", "whilst")

// IncludingWords name some members of a group told before them: "the
// heads of three parties, including A and B", "ministers, among them A".
var IncludingWords = [][]string{{"including"}, {"among", "them"}, {"among", "whom"}, {"among", "those"}, {"such", "as"}, {"notably"}}

// SummitHeads are the GatheringHeads that tell a gathering of several
// states even without a name ("the two-day summit opened"); a meeting or
// talks may be of two, an assembly or congress a domestic body's.
var SummitHeads = set("summit", "conference", "forum", "ministerial", "symposium", "mini-summit", "minisummit", "roundtable",
	"round-table")

// StatesGroups head the name of a group of states after a name or
// "contact": "the Lake Chad contact group", "the Ramstein format".
var StatesGroups = set("group", "format", "coalition")

// TravelParticiples tell a trip in a participle phrase after the main
// clause: "..., travelling to A and B in May".
var TravelParticiples = set("travelling", "traveling", "flying", "heading", "jetting", "journeying")

// ArrivalGerunds tell an arrival in a phrase of time after the main
// clause: "..., shortly after landing in X" ("arriving" and "touching
// down" are triggers of their own).
var ArrivalGerunds = set("landing")

// RegionNames are continents and world regions whose possessive may open
// an unnamed gathering's description: "Asia's biggest security forum".
var RegionNames = set("asia", "africa", "europe", "america", "americas", "pacific", "caribbean", "arctic",
	"balkans", "eurasia", "oceania", "world", "gulf", "mediterranean", "sahel", "caucasus")

// GatheringHeads are the GatheringNouns that head one gathering's noun
// phrase (no plurals, no acronyms).
var GatheringHeads = withWords(withWords(CeremonyHeads, ConferenceNames...), "summit", "conference", "meeting", "ministerial", "session", "gathering", "forum",
	"roundtable", "round-table", "assembly", "congress", "convention", "symposium", "talks", "dialogue", "mini-summit", "minisummit",
	"debate", "retreat")

// HostMarkers are the phrases after which a gathering told in the same
// sentence names its host: "under the chairmanship of X", "presided over
// by X". (Postposed forms, "with X as host", are read by HostRoles.)
var HostMarkers = [][]string{
	{"under", "the", "chairmanship", "of"}, {"under", "the", "chairpersonship", "of"},
	{"under", "the", "presidency", "of"}, {"presided", "over", "by"}, {"co-chaired", "by"},
	{"at", "the", "invitation", "of"},
}

// HostRoles after "as" make the actor before it the gathering's host:
// "with the Lao prime minister as host", "X, as chair, opened".
var HostRoles = set("host", "hosts", "chair", "chairman", "chairwoman", "chairperson")

// PresenceLabels are the labels of a list of those present, before a
// colon: "Around the table: A, B and C", "In attendance: D and E", "Front
// row, left to right: F and G".
var PresenceLabels = [][]string{
	{"around", "the", "table"}, {"at", "the", "table"}, {"across", "the", "table"}, {"opposite", "them"}, {"in", "attendance"}, {"present"},
	{"attending"}, {"those", "present"}, {"also", "present"}, {"participants"}, {"attendees"},
	// A group photo's caption: "Front row, left to right: A, B and C".
	{"left", "to", "right"}, {"from", "left", "to", "right"}, {"front", "row"}, {"back", "row"}, {"second", "row"},
}

// PresenceAsked end a heading that asks who is or was present, after
// "who" and a form of "be": "Who took part?", "Who came?".
var PresenceAsked = append([][]string{{"attending"}, {"attended"}, {"taking", "part"}, {"took", "part"},
	{"coming"}, {"came"}, {"joining"}, {"joined"}, {"here"}, {"in", "town"}}, Presence...)

// IncludeVerbs tell who made up a travelling party after its noun
// (EntourageNouns): "The delegation also includes A and B", "Members of her
// entourage included C", "with a delegation of ten, including D".
var (
	IncludeVerbs   = set("includes", "included", "include", "including", "comprises", "comprised")
	EntourageNouns = set("delegation", "entourage", "party", "team", "retinue", "suite", "group")
)

// RetinueNouns are the EntourageNouns that name only a travelling party,
// which one joins by being "part of" it: "A and B are part of the
// delegation" (a "party" or "group" may be a political one).
var RetinueNouns = set("delegation", "delegations", "entourage", "retinue")

// LedPartyNouns are what one leads to a place on a trip: "led a
// delegation to Y", "heads a trade mission to Y".
var LedPartyNouns = set("delegation", "mission", "team", "entourage")

// RelativeTimes are times told against another event of the text, after
// an arrival verb with no place: "landed a few hours earlier", "flew in the
// same day".
var RelativeTimes = [][]string{{"a", "few", "hours", "earlier"}, {"a", "few", "hours", "before"}, {"hours", "earlier"},
	{"hours", "before"}, {"the", "same", "day"}, {"the", "same", "evening"}, {"the", "same", "morning"},
	{"the", "same", "night"}, {"the", "day", "before"}, {"the", "night", "before"}, {"the", "previous", "day"},
	{"the", "previous", "evening"}, {"the", "previous", "night"}, {"a", "day", "earlier"}, {"a", "day", "before"},
	{"earlier"}, {"minutes", "earlier"}, {"moments", "earlier"}}

// EnvoyNouns name one sent by another to carry their word: "a special
// envoy of X, Y", "X's personal emissary, Y".
var EnvoyNouns = set("envoy", "emissary", "messenger", "representative")

// RouteVerbs tell the stops of a trip only with the trip as their subject:
// "The tour ran through A and B", "..., ending in C" ("ending a swing"
// is the traveller's, read by the other TripEdge words).
var RouteVerbs = set("beginning", "starting", "ending", "finishing", "concluding", "ran", "runs", "passed", "passes",
	"wended")

// PossessivePronouns may open a role mention: "his commerce minister".
// StyleWords after one make a style, not a possessive: "His Royal
// Highness", "Her Serene Highness", "Their Majesties".
var (
	PossessivePronouns = set("his", "her", "their")
	StyleWords         = set("royal", "holiness", "eminence", "grace", "serene", "beatitude", "imperial", "majesty", "highness",
		"excellency", "majesties", "highnesses", "excellencies", "eminences")
)

// OtherSideNouns in a role after a possessive pronoun name someone of
// another government than the pronoun's: "his counterpart", "her host".
var OtherSideNouns = set("counterpart", "counterparts", "host", "hosts", "guest", "guests", "opposite", "interlocutor",
	"visitor", "visitors")

// StayOnVerbs tell a traveller kept somewhere, read as "was in" ("stayed
// on in Madrid", "remained in Cairo for a day").
var StayOnVerbs = set("stayed", "remained", "lingered", "staying", "stays", "remaining", "remains")

// PresenceAdverbs may stand between a verb of being and the "in" of a
// traveller's whereabouts ("is now in Cairo", "was already in Doha", "was
// stuck in Delhi"), and OnSite phrases too ("is on the ground in Kyiv").
var (
	PresenceAdverbs = set("now", "still", "already", "currently", "again", "briefly", "also", "back", "stuck", "stranded", "both", "all")
	OnSite          = [][]string{{"on", "the", "ground"}, {"on", "site"}, {"on", "hand"}}
)

// ArrivalLabels head a label of those who came to a gathering, before a
// colon: "Among the early arrivals: A and B", "First to arrive: C".
// ArrivalLabelFillers are the other words such a label may hold.
var (
	ArrivalLabels       = set("arrivals", "arrival", "arrive", "arriving", "land", "landed", "landing")
	ArrivalLabelFillers = set("among", "the", "early", "earliest", "first", "last", "latest", "other", "also", "to",
		"this", "morning", "afternoon", "evening", "today", "tonight", "overnight", "just", "newly")
)

// CompanyPreps front a pronoun before "sat", "stood" or "were" and the
// people in its company: "Around them sat A and B", "Beside her stood C".
var CompanyPreps = [][]string{{"around"}, {"beside"}, {"alongside"}, {"with"}, {"behind"}, {"next", "to"}, {"near"}}

// PresenceHeads may open the subject of an inverted list of those present,
// before its presence phrase (Presence or PresenceRelatives): "Those in
// attendance included ...", "Among the other leaders present were ...",
// "Heads of state and government who attended were ...". AttendeeNouns
// count too.
var PresenceHeads = set("among", "also", "the", "those", "other", "others", "and", "or", "of", "state", "government",
	"dignitaries", "many", "few", "several", "foreign", "regional", "visiting")

// StandInNouns name one sent in a leader's place: "sending his deputy",
// "sent her envoy instead".
var StandInNouns = set("deputy", "envoy", "emissary", "representative", "vice", "special", "second-in-command")

// QuantityWords count a noun phrase roughly: "the roughly two dozen
// leaders", "some 40 delegations", "more than a dozen ministers", "the 30 or
// so leaders".
var QuantityWords = set("roughly", "about", "around", "some", "nearly", "almost", "over", "more", "than", "at",
	"least", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens",
	"score", "hundred", "half", "few", "or", "so")

// SeveralCounts count three or more of a kind: "four countries",
// "several states", "a dozen nations".
var SeveralCounts = set("three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen",
	"several", "various")

// PresenceRelatives follow a PresenceHeads run and make it the people at
// the gathering in focus: "leaders who attended", "those taking part".
var PresenceRelatives = [][]string{
	{"who", "attended"}, {"who", "took", "part"}, {"who", "participated"}, {"who", "were", "present"},
	{"who", "were", "there"}, {"who", "came"}, {"who", "travelled"}, {"who", "traveled"}, {"who", "turned", "up"},
	{"who", "joined"}, {"who", "made", "the", "trip"}, {"taking", "part"}, {"participating"}, {"attending"},
	{"who", "watched"}, {"watching"},
}

// PresenceCopulas join such a subject to its list: "... were A and B",
// "... included A, B and C", "Among those taking part are A and B" (a
// gathering under way).
var PresenceCopulas = set("were", "was", "are", "is", "included", "include", "includes", "comprised")

// BrokerVerbs, with the particle each takes before or after its objects,
// tell one person bringing others to the table: "brought A and B
// together", "sat A and B down".
var BrokerVerbs = map[string]string{"brought": "together", "brings": "together", "bring": "together", "bringing": "together",
	"sat": "down"}

// StageNouns after "shared the" (and at most one modifier) put a subject
// and the people after "with" at the gathering in focus: "shared the
// platform with X and Y", "shared the opening stage with Z".
var StageNouns = set("stage", "platform", "podium", "dais", "rostrum")

// TurnUp are the phrases that put a subject at the gathering in focus:
// "X came in person", "Y turned up after all", "A and B took their seats",
// "C completed the line-up", "D took the seat to the host's right", "E
// stood in for the president".
var TurnUp = [][]string{
	{"came", "in", "person"}, {"travelled", "in", "person"}, {"traveled", "in", "person"},
	{"turned", "up"}, {"showed", "up"}, {"made", "the", "trip"}, {"made", "the", "journey"},
	{"took", "their", "seats"}, {"took", "their", "places"}, {"took", "his", "seat"}, {"took", "her", "seat"},
	{"took", "his", "place"}, {"took", "her", "place"}, {"completed", "the", "line-up"}, {"completed", "the", "lineup"},
	{"rounded", "out", "the", "line-up"}, {"rounded", "out", "the", "lineup"},
	{"came", "too"}, {"came", "as", "well"}, {"came", "along"}, {"were", "there", "too"}, {"was", "there", "too"},
	{"took", "the", "seat"}, {"took", "a", "seat"}, {"took", "the", "chair"},
	{"stood", "in", "for"}, {"filled", "in", "for"}, {"deputised", "for"}, {"deputized", "for"},
	// the gathering's family photo has those who were there
	{"posed", "for", "the", "family", "photo"}, {"posed", "for", "the", "official", "photo"},
	{"posed", "for", "the", "group", "photo"}, {"posed", "for", "the", "family", "picture"},
}

// BlocNouns stand for a bloc named before them: "the group's 16th summit",
// "the bloc's annual meeting".
var BlocNouns = set("group", "bloc", "alliance", "association", "organisation", "organization", "community",
	"union", "grouping", "forum", "club")

// EventWords stand for the gathering in focus after "the" ("X, who is
// hosting the event").
var EventWords = set("event", "occasion", "gathering", "proceedings")

// MessageNouns are what an envoy carries to the one received: "delivered
// a message from the president to X".
var MessageNouns = set("message", "messages", "letter", "letters", "missive", "invitation", "note", "credentials", "document", "reply", "proposal")

// PressRoles end the roles of the press, whose talks with an official are
// interviews, not meetings: "Fox News host X", "the paper's correspondent
// Y".
var PressRoles = set("host", "anchor", "journalist", "reporter", "correspondent", "interviewer", "presenter",
	"columnist", "editor", "podcaster", "commentator", "broadcaster", "newsreader")

// EntryModifiers may open an entry of a programme before its meeting
// noun: "Bilateral meeting with X", "Phone call with Y", "Courtesy call on
// Z".
var EntryModifiers = set("bilateral", "phone", "telephone", "courtesy", "working", "video", "private", "official",
	"separate", "brief", "farewell", "trilateral")

// GrantVerbs give an audience to the person named after them: "granted
// her an audience", "gave the envoy an audience".
var GrantVerbs = set("granted", "grants", "gave", "gives", "accorded", "accords")

// LabelLeads may open a presence label: "Also at the table were",
// "Further around the table sat", "Seated around the table were".
var LabelLeads = set("also", "further", "elsewhere", "next", "meanwhile", "seated", "sitting")

// AttendsAs are the capacities after "attended as", "took part as",
// "joined as": "attended as an observer", "took part as the bloc's chair".
var AttendsAs = set("observer", "observers", "guest", "guests", "chair", "chairman", "chairperson",
	"facilitator", "mediator", "host", "co-host", "member", "invitee")

// DomesticWords before a meeting noun make it a domestic body's meeting
// ("the weekly cabinet meeting", "a party congress"), no diplomacy.
var DomesticWords = map[string]bool{
	"cabinet": true, "party": true, "board": true, "shareholders": true, "parliamentary": true,
	"caucus": true, "staff": true, "budget": true, "council-of-ministers": true,
}

// TravelVerbs are verb forms of travel whose subject is the traveller: a
// thing before them ("the cargo arrived", "the aid was flown to", "word of
// the vote reached") makes no visit.
var TravelVerbs = set("arrived", "arrives", "arriving", "landed", "lands", "flew", "flown", "flies",
	"visiting", "travelling", "traveling", "touring",
	"reached", "reaches", "travelled", "traveled", "travels", "went", "came", "headed", "heads",
	"returned", "departed", "left", "visited", "toured", "moved", "sailed", "crossed", "leaving", "departing", "reaching")

// ThingSubjects are subjects of a travel verb that make no visit: goods,
// forces, vessels, news ("the cargo arrived", "the aid was flown to",
// "word of the vote reached", "it arrived", "reinforcements arrived"), and
// the relative "which" of a thing or body ("the banks, which arrived").
var ThingSubjects = set("it", "which", "shipment", "shipments", "cargo", "cargoes", "consignment", "consignments",
	"aid", "supplies", "equipment", "goods", "weapons", "arms", "ammunition", "grain", "oil", "crude",
	"fuel", "tanker", "tankers", "vessel", "vessels", "ship", "ships", "boat", "boats", "news", "word",
	"report", "reports", "letter", "message", "money", "funds", "cash", "reinforcements", "troops",
	"soldiers", "police", "rebels", "gunmen", "militants", "fighters", "forces", "refugees", "migrants",
	"storm", "cyclone", "flood", "floods", "virus", "delivery", "deliveries", "batch", "parcel", "vaccines",
	"doses", "wheat", "rice", "maize", "corn", "coal", "gas", "time", "moment", "hour", "banks", "firms",
	"companies", "investors", "container", "containers", "food", "medicine", "medicines", "tents", "blankets")

// ParticipleOpeners may stand right before a travel participle whose
// subject is named elsewhere: "while visiting", "after arriving", "is
// touring", "currently visiting".
var ParticipleOpeners = set("while", "when", "whilst", "after", "before", "by", "on", "upon", "of", "for",
	"in", "and", "or", "but", "also", "currently", "now", "still", "then", "already", "since", "without",
	"is", "are", "was", "were", "been", "be", "being", "am", "again", "just", "first", "briefly", "today",
	"tonight", "tomorrow", "yesterday", "here", "there", "abroad")

// SayVerbs introduce a speaker: a person named after them ("..., said
// X") reports an event and takes no part in it by that alone.
var SayVerbs = set("said", "says", "told", "added", "reported", "announced", "according", "stated",
	"noted", "explained", "wrote", "quoted")

// PostVerbs introduce a post on social media, quoted after them: "X
// wrote on X: ...", "X posted on Telegram: ...".
var PostVerbs = set("posted", "tweeted", "wrote", "shared")

// AdverbialPreps put a meeting noun in an adverbial of its clause, whose
// subject may follow it: "after talks with X, Y said", "following a call
// with X, Y ordered".
var AdverbialPreps = set("after", "following", "during", "before", "since", "upon", "ahead", "amid")

// MoveVerbs tell a short move of people already together to where they
// talk: "the two went to State House for talks", "walked to the east wing
// for a meeting".
var MoveVerbs = set("went", "moved", "drove", "walked", "headed", "proceeded", "retired", "withdrew", "adjourned", "repaired", "retreated")

// ChairVerbs open, chair or close a sitting: "opened the meeting with A
// and B", "chaired the session".
var ChairVerbs = set("opened", "chaired", "convened", "closed", "began", "started")

// AsideWords open a fronted phrase that sets one event beside the main
// clause's: "besides his talks with X, he ...", "apart from", "aside from".
var AsideWords = set("besides", "apart", "aside")

// CallPurposes after "called on X at/in ... to" make the call a visit with
// a purpose, not an appeal: "called on the king at the palace to
// discuss trade".
var CallPurposes = set("discuss", "talk", "brief", "present", "deliver", "hand", "pay", "convey", "review",
	"exchange", "sign", "congratulate", "thank", "bid", "offer", "explain", "seek")

// ProceedTo lead on from one part of a visit to its talks: "the pair went
// on to talks", "the two proceeded to talks", "the presidents withdrew
// for private talks", "they retired into a closed meeting".
var ProceedTo = [][]string{{"went", "on", "to"}, {"moved", "on", "to"}, {"proceeded", "to"}, {"adjourned", "to"},
	{"went", "into"}, {"headed", "into"}, {"withdrew", "for"}, {"withdrew", "into"}, {"withdrew", "to"},
	{"retired", "for"}, {"retired", "into"}, {"retired", "to"}}

// CallTakeVerbs take a call from someone: "took a call from X", "got a
// call from X", "returned a call from X".
var CallTakeVerbs = set("took", "takes", "taking", "got", "gets", "getting", "received", "receives", "receiving",
	"returned", "returns", "answered", "answers", "fielded", "fields")

// CallMakeVerbs make a call to someone: "made a call to X", "placed a
// call to X".
var CallMakeVerbs = set("made", "makes", "making", "placed", "places", "placing", "put")

// SupportVerbs carry a meeting noun: "held talks", "had a conversation",
// "paid a visit".
var SupportVerbs = set("had", "has", "have", "having", "held", "hold", "holds", "holding", "made", "make",
	"makes", "paid", "pay", "pays", "conducted", "began", "opened", "resumed", "attended")

// UnnamedPeople are common nouns for unnamed people who may be a clause's
// subject: "analysts currently in talks with", "bankers met".
var UnnamedPeople = set("sources", "analysts", "bankers", "traders", "dealers", "economists", "experts",
	"observers", "executives", "lawyers", "creditors", "lenders", "investors", "managers", "teams",
	"lawmakers", "legislators", "senators", "congressmen", "parliamentarians")

// AddressVerbs take the actor they address as object: that object is no
// subject of talks told in an adjunct after it ("X urged Ghana to act
// during talks with Y" are X's talks).
var AddressVerbs = set("urged", "pressed", "told", "asked", "thanked", "praised", "assured", "reassured",
	"briefed", "warned", "invited", "congratulated", "lobbied", "implored", "encouraged", "criticised",
	"criticized", "rebuked", "accused", "persuaded", "nudged", "challenged", "reminded", "commended")

// TogetherAdverbs after "spoke" or "talked" with a plural subject tell
// the speakers spoke to each other in person: "A and B spoke face to face",
// "talked privately", "spoke briefly".
var TogetherAdverbs = [][]string{
	{"directly"}, {"face-to-face"}, {"face", "to", "face"}, {"privately"}, {"in", "person"}, {"one-on-one"},
	{"briefly"}, {"informally"}, {"in", "private"}, {"alone"}, {"one-to-one"}, {"at", "length"},
	{"behind", "closed", "doors"},
}

// MultilateralWords before a meeting noun make it a gathering of all those
// it was held with: "a multilateral meeting with A, B and C".
var MultilateralWords = set("multilateral", "plurilateral", "multiparty", "multi-party", "multinational")

// PluralTitles open a clause with the pair of that title told before:
// "The Secretaries arrived late Monday", "the ministers then flew on".
// Each maps to the word the pair's roles contain.
var PluralTitles = map[string]string{"secretaries": "secretary", "ministers": "minister", "presidents": "president",
	"premiers": "prime", "envoys": "envoy", "senators": "senator"}

// ReciprocalObjects after "spoke to" or "talked with" make the plural
// subject the parties: "A and B spoke to each other", "talked with one
// another".
var ReciprocalObjects = [][]string{{"each", "other"}, {"one", "another"}}

// ByPhoneVerbs tell a call when a phone phrase (ByPhone) follows their
// object: "briefed X by phone", "thanked Y over the telephone".
var ByPhoneVerbs = set("briefed", "updated", "informed", "congratulated", "thanked", "consoled", "assured", "urged")

// ByPhone are the phrases that make a ByPhoneVerb a call.
var ByPhone = [][]string{
	{"by", "phone"}, {"by", "telephone"}, {"over", "the", "phone"}, {"over", "the", "telephone"},
	{"in", "a", "phone", "call"}, {"in", "a", "telephone", "call"}, {"by", "video", "link"},
	{"in", "a", "phone", "conversation"}, {"in", "a", "telephone", "conversation"},
	{"in", "a", "call"}, {"during", "a", "call"}, {"during", "a", "phone", "call"}, {"during", "a", "telephone", "call"},
	{"in", "a", "video", "call"},
}

// FrontedSubordinators open a fronted participle phrase whose subject is
// the main clause's: "before sitting down with X, Y ...", "after landing,
// Y".
var FrontedSubordinators = set("after", "before", "upon", "since", "while", "on", "when")

// ChairWords tell a country or a person chairing a session, which may
// sit far from that country: "chaired", "presidency of the council".
var ChairWords = set("chaired", "chairs", "chairing", "presided", "presides", "presidency", "chairmanship", "chairpersonship")

// IrregularParticiples open an appositive after a name as a participle
// ending in -ed does: "X, sworn in on Friday, ...", "Y, born in 1960, ...",
// "The meeting, held behind closed doors, ...".
var IrregularParticiples = set("sworn", "born", "chosen", "given", "known", "seen", "taken", "driven", "thrown", "hit",
	"held", "led", "run", "begun", "set", "called")

// StayVerbs tell a past stay whose purpose ("for talks with Y") was served
// there: "was in Accra for talks", "stopped in Lome for talks".
var StayVerbs = set("was", "were", "stopped", "stayed", "remained", "went", "returned", "spent", "paused")

// MealWords after "sat down to" make it a meeting of those at the table:
// "A and B sat down to dinner".
var MealWords = set("dinner", "lunch", "breakfast", "supper", "talks", "tea", "coffee")

// WelcomeVerbs tell a welcome, which at an airport is an arrival: "was
// greeted at the airport by Y", "Y received X at Z International Airport".
var WelcomeVerbs = set("received", "receives", "welcomed", "welcomes", "greeted", "greets", "met", "meets")

// ArrivalPoints are where a welcome is an arrival.
var ArrivalPoints = set("airport", "airbase", "tarmac", "airfield", "field", "aerodrome", "airstrip", "heliport", "helipad")

// OnwardLegs before "on" tell a later leg of a journey told after it
// happened, whose purpose was served there too: "flew on to Y for talks",
// "travelled on to Z for talks" ("flew to Y for talks" is a plan).
var OnwardLegs = set("flew", "travelled", "traveled", "continued", "drove", "went", "moved", "pressed")

// SittingNouns are the singular nouns of one sitting, whose several
// partners sat at it together: "an emergency meeting with A, B and C",
// "a working dinner with A and B".
var SittingNouns = set("meeting", "session", "lunch", "dinner", "breakfast", "luncheon", "roundtable", "round-table")

// SessionPlurals are the sittings of a gathering told together: "joined
// Tuesday's sessions", "the closing plenaries".
var SessionPlurals = set("sessions", "meetings", "plenaries")

// OneLineNouns are the nouns of a single call, whose several partners on the
// other end were on it together ("a call with A and B").
var OneLineNouns = set("call", "conversation")

// SittingBodies end a proper name that, told as what people gathered for
// or attended, names a sitting of that body ("the Common Market Council").
var SittingBodies = set("council", "retreat", "plenary", "meeting")

// DomesticBodyWords in a council's proper name make it a government's or
// a profession's own body, not a sitting of states ("National Security
// Council", "State Council", "Trade Union Council").
var DomesticBodyWords = set("national", "security", "state", "trade", "union", "unions", "people's", "city",
	"municipal", "regional", "provincial", "tribal", "research", "medical", "arts", "supreme")

// MemberBodyHeads end the names of professional and trade bodies ("the
// Petroleum Exploration Association", "the Asia Society"): their
// conferences are no meetings of states. "The Association of ... Nations"
// is another matter: the head has its members after it.
var MemberBodyHeads = set("association", "society", "chamber", "guild", "club")

// GovernmentWords name a government or a ruling council inside an
// office's title: "Premier of the Transitional Government",
// "Chairman of the Presidential Council".
var GovernmentWords = set("government", "council", "authority", "administration", "cabinet", "unity", "accord", "transition", "presidency")

// BodyEnds end the name of a body or region after a role's "of", before
// its holder's name: "Chairman of the X Business Federation Y", "Governor
// of Z Prefecture W" (GovernmentWords, InstitutionHeads and a state's
// divisions).
var BodyEnds = withWords(withWords(GovernmentWords, sortedWords(InstitutionHeads)...), "prefecture", "province", "region",
	"oblast", "governorate", "county", "municipality", "canton")

// StatesGroupHeads end the names of groupings of states whose meetings
// are gatherings: "a meeting of the Baltic Quartet", "of the Visegrad
// Group".
var StatesGroupHeads = set("group", "triangle", "quad", "quartet", "format", "forum", "union", "alliance",
	"community", "organisation", "organization", "partnership", "league", "commonwealth", "bloc")

// NonStateLeaders before "leaders" or "delegates" name people who act for
// no state ("business leaders", "party delegates").
var NonStateLeaders = set("business", "industry", "party", "church", "religious", "opposition", "union",
	"student", "community", "tribal", "civic", "corporate", "youth", "faith", "farm", "labour", "labor")

// InTurn after a plural object makes one event of each of its members:
// "saw them one at a time", "received them separately".
var InTurn = [][]string{
	{"one", "after", "the", "other"}, {"one", "after", "another"}, {"one", "by", "one"}, {"separately"},
	{"in", "turn"}, {"individually"}, {"each", "in", "turn"}, {"one", "at", "a", "time"},
}

// TopicPrepositions open what a sitting was about, never where it was:
// "spent the morning in long sessions on X".
var TopicPrepositions = set("on", "about", "over", "for", "with", "against")

// VenueNouns end the name of a building where an event is held ("the
// Belgrano convention centre", "the presidential palace").
var VenueNouns = set("centre", "center", "palace", "hall", "house", "hotel", "residence", "building",
	"headquarters", "villa", "castle", "ministry", "office", "complex", "auditorium", "resort", "lodge", "haus")

// MemorialNouns before "to" or "of" name the dead a memorial honours:
// "the memorial to X", "the tomb of Y", "the mausoleum of Z".
var MemorialNouns = set("memorial", "tomb", "mausoleum", "grave", "statue", "monument", "shrine", "bust", "cenotaph",
	"birthplace")

// aheadCues in a heading make the entries under it a look ahead: "The
// week ahead", "Coming up", "Next week", "Diary: upcoming".
var aheadCues = []string{"ahead", "coming up", "upcoming", "next week", "preview", "what to watch", "look-ahead", "outlook"}

// AheadHeading reports a heading (in lower case) that looks ahead.
func AheadHeading(h string) bool {
	for _, c := range aheadCues {
		if strings.Contains(h, c) {
			return true
		}
	}
	return false
}

// SettlementNouns name the kind of place a name after "of" is when the
// place is a town, a meeting's place: "the city of X", "the lakeside
// resort of Y", "the resort town of Z".
var SettlementNouns = set("city", "town", "resort", "village", "port", "oasis", "enclave")

// PlacePrepositions put what follows them at a place: a name after one
// that ends in a venue noun is a building ("in Buda Castle").
var PlacePrepositions = set("in", "at", "inside", "outside")

// VenueDeterminers open a building's noun phrase after "at" or "in": "at
// the palace", "at a lakeside hotel", "at his residence".
var VenueDeterminers = set("the", "a", "an", "his", "her", "their", "its")

// VenueEnds end the name of a room or building and never a person's
// ("the Kafue Sitting Room", "the Ahmadu Bello Conference Centre"),
// unlike "Hall", "House" or "Castle", which are surnames too.
var VenueEnds = set("room", "chamber", "gallery", "salon", "pavilion", "centre", "center", "palace", "hotel",
	"residence", "building", "headquarters", "ministry", "office", "complex", "auditorium", "resort")

// JointBodyWords and JointBodyHeads tell a body two states keep, written
// in lower case: "the joint commission", "the bi-national committee".
var (
	JointBodyWords = set("joint", "binational", "bi-national", "bilateral", "permanent")
	JointBodyHeads = set("commission", "committee")
)

// GatheringModifiers stand between a determiner and a gathering's name
// ("the informal Gymnich meeting", "the annual Andean summit").
var GatheringModifiers = set("annual", "extraordinary", "special", "informal", "regular", "ordinary", "emergency",
	"biennial", "two-day", "three-day", "one-day", "inaugural", "virtual", "trilateral", "quadrilateral",
	"three-way", "four-way")

// LeaderPlurals name the leaders of the parties to talks: "the presidents
// focused on trade", "the two leaders said".
var LeaderPlurals = set("presidents", "leaders", "premiers", "chancellors", "heads")

// TransportNouns after "by" tell how a traveller came ("arrived by train"),
// not who acted ("greeted by").
// ArrivalSpots are what a traveller "stepped off" or "onto" on arrival:
// "stepped off the plane in X", "stepped onto the platform in X".
var ArrivalSpots = set("plane", "aircraft", "jet", "train", "platform", "tarmac", "gangway", "ship", "boat",
	"helicopter", "ferry", "airplane")

var TransportNouns = set("train", "rail", "road", "car", "plane", "air", "sea", "boat", "ship", "ferry", "helicopter",
	"motorcade", "convoy", "bus", "land")

// SessionRoleVerbs, ProceedingNouns and SessionOpenings tell a part played
// at the gathering in focus: "opened the proceedings", "addressed the
// opening session", "chaired the closing plenary", "spoke at the opening",
// "speaking in the plenary" (SpeakAtVerbs); SpeechVerbs,
// SpeechOpeners and SpeechNouns another: "delivered the opening remarks".
var (
	SessionRoleVerbs = set("opened", "addressed", "chaired", "closed", "co-chaired", "joined", "attended", "opens", "addresses",
		"chairs", "closes", "joins", "attends")
	ProceedingNouns = set("proceedings", "session", "plenary", "debate", "summit", "meeting", "ceremony", "gathering")
	SessionOpenings = set("opening", "closing", "inaugural", "final", "first", "plenary")
	// "spoke at the closing plenary".
	SpeakAtVerbs = set("spoke", "speaking", "addressing", "spoken")
	// FloorNouns are the places of a gathering's speakers: "spoke from the
	// podium", "addressed the hall".
	FloorNouns = set("podium", "rostrum", "lectern", "hall", "chamber", "floor")
	// "delivered the opening remarks", "gave the keynote address", "gave
	// the keynote".
	SpeechVerbs   = set("delivered", "gave")
	SpeechOpeners = set("opening", "closing", "inaugural", "keynote", "welcoming", "welcome")
	// SpeechNouns also tell a speech to a gathering after a possessive:
	// "her address to the forum".
	SpeechNouns = set("remarks", "address", "speech", "statement")
)

// ChairNouns are what is handed over at a gathering: "took over the
// rotating chairmanship from X".
var ChairNouns = set("chairmanship", "presidency", "chair", "chairpersonship", "leadership")

// CallKinds before "call on" or "call from" make the call a visit in
// person to the one called on: "a courtesy call on X", "a farewell call on
// Y", "an introductory call on Z".
var CallKinds = set("courtesy", "farewell", "introductory", "protocol", "goodwill", "valedictory")

// PayVerbs before "a call on" make it a call in person: "paid a call on
// X", as "a courtesy call on X".
var PayVerbs = set("paid", "pays", "paying", "pay")

// SituationNouns before "in X" make X a subject of the text, not where it
// is: "the war in Ukraine", "the crisis in Sudan", "peace in the Sahel".
var SituationNouns = set("war", "wars", "conflict", "crisis", "fighting", "peace", "situation", "violence", "unrest",
	"ceasefire", "truce", "elections", "election", "investment", "investments", "stability", "security",
	"humanitarian", "famine", "insurgency", "coup")

// SessionKinds before "session" make it a body's statutory sitting, a
// gathering even unnamed: "The ordinary session opened", "an
// extraordinary session closed".
var SessionKinds = set("ordinary", "extraordinary", "special")
