package schema

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one source text with its metadata.
type Article struct {
	// ID identifies the article within its corpus: an id field, a file name
	// without extension, or a content hash when nothing else is known.
	ID string
	// Title is the headline, if known.
	Title string
	// URL is the article's address, if known.
	URL string
	// Source is the outlet or origin (a header line, a corpus name or a path).
	Source string
	// Published is the publication date; zero when unknown.
	Published time.Time
	// Text is the body, already decoded to UTF-8.
	Text string
	// Dateline is the place and date line of wire copy when the source
	// gives it apart from the text ("SALVADOR, Feb 26 -"); the text's own
	// dateline wins when it has one.
	Dateline string
	// Path is the file (and line, for JSON Lines) the article was read from.
	Path string
}

// IRI returns the article's stable IRI.
func (a Article) IRI() IRI { return ArticleIRI(a.ID) }

// Hash returns the hex SHA-256 of the article's title, date, text and
// separate dateline; a changed hash means the article changed and its facts
// must be replaced. An article without a separate dateline hashes as before
// the field existed.
// StoredHash is the hash a store keeps for an article read by a given
// version of the extractor: the article's Hash, then "@" and the version
// when there is one. An article is read again when either changes.
func StoredHash(a Article, extractor string) string {
	if extractor == "" {
		return a.Hash()
	}
	return a.Hash() + "@" + extractor
}

func (a Article) Hash() string {
	h := sha256.New()
	h.Write([]byte(a.Title))
	h.Write([]byte{0})
	if !a.Published.IsZero() {
		h.Write([]byte(a.Published.Format("2006-01-02")))
	}
	h.Write([]byte{0})
	h.Write([]byte(a.Text))
	if a.Dateline != "" {
		h.Write([]byte{0})
		h.Write([]byte(a.Dateline))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ActorKind says what kind of actor an Actor is.
type ActorKind string

// Actor kinds.
const (
	KindPerson       ActorKind = "person"
	KindCountry      ActorKind = "country"
	KindOrganization ActorKind = "organization"
	KindCity         ActorKind = "city"
)

// Class returns the schema class of the kind.
func (k ActorKind) Class() IRI {
	switch k {
	case KindPerson:
		return ClassPerson
	case KindCountry:
		return ClassCountry
	case KindOrganization:
		return ClassOrganization
	case KindCity:
		return ClassCity
	}
	return ""
}

// Actor is a person, country, organisation or city named in an article.
type Actor struct {
	// IRI is the actor's stable IRI (see PersonIRI, CountryIRI, OrgIRI, CityIRI).
	IRI IRI
	// Kind is what the actor is.
	Kind ActorKind
	// Name is the canonical display name ("Sergei Lavrov", "Pakistan").
	Name string
	// Aliases are other surface forms seen in the text ("Lavrov", "S Jaishankar").
	Aliases []string
	// Role is a person's role as written ("Foreign Minister"), normalised lightly.
	Role string
	// Country is the country a person acts for, or a city lies in; empty if
	// unknown. For an officer of an international organisation who acts
	// for no country ("NATO Secretary General X") it is the organisation.
	Country IRI
	// CountryGuessed marks a person's Country read from the article's
	// context (its dateline, the countries named around the person) rather
	// than stated by the text or known from the gazetteer: good enough for
	// one article's reading, never stored as the person's nationality.
	CountryGuessed bool
}

// EventType is the kind of an event.
type EventType string

// Event types.
const (
	Meeting   EventType = "meeting"
	Visit     EventType = "visit"
	Gathering EventType = "gathering"
	Statement EventType = "statement"
	Agreement EventType = "agreement"
)

// Class returns the schema class of the event type.
func (t EventType) Class() IRI {
	switch t {
	case Meeting:
		return ClassMeeting
	case Visit:
		return ClassVisit
	case Gathering:
		return ClassGathering
	case Statement:
		return ClassStatement
	case Agreement:
		return ClassAgreement
	}
	return ClassEvent
}

// EventStatus says whether an event happened.
type EventStatus string

// Event statuses.
const (
	Occurred  EventStatus = "occurred"
	Planned   EventStatus = "planned"
	Cancelled EventStatus = "cancelled"
)

// MeetingMode says how a meeting was held.
type MeetingMode string

// Meeting modes.
const (
	InPerson  MeetingMode = "in_person"
	Telephone MeetingMode = "telephone"
	Video     MeetingMode = "video"
)

// Evidence is the sentence an event was extracted from, with byte offsets
// into Article.Text.
type Evidence struct {
	Sentence string
	Start    int
	End      int
}

// Event is one extracted fact: a meeting, visit, gathering, statement or agreement.
// Which actor fields are used depends on Type:
//   - Meeting, Agreement: Participants (two or more).
//   - Visit: Visitor and Host (the host country).
//   - Gathering: Host (host or chair), Attendees, Remote, Absent, Name.
//   - Statement: Participants (the speaker).
type Event struct {
	Type   EventType
	Status EventStatus
	// Mode is set on meetings.
	Mode MeetingMode

	Participants []IRI
	Visitor      IRI
	Host         IRI
	Attendees    []IRI
	Remote       []IRI
	Absent       []IRI
	// Name is a gathering's name ("conference on Afghanistan").
	Name string

	Date    Date
	EndDate Date
	// Place is the city (CityIRI) where the event happened; empty if unknown.
	Place IRI
	// Topics are short noun phrases ("economic relations").
	Topics []string
	// Sidelines is the gathering a meeting took place on the sidelines of.
	Sidelines IRI
	// ReportedBy is the actor the text cites for the event, if any.
	ReportedBy IRI

	// PloverType, PloverMode and CameoCode classify the event (see Classify).
	PloverType string
	PloverMode string
	CameoCode  string

	Evidence   Evidence
	Confidence float64

	// Sources lists the articles stating the event. The extractor leaves it
	// empty (the article is implied); graph queries fill it in.
	Sources []IRI

	// Node is the IRI of the stored event this one is: another article's
	// report of the same meeting under a compatible date, which the store
	// found before writing. Empty (as the extractor leaves it) means
	// EventIRI; graph queries fill it in when it differs.
	Node IRI
}

// IRI returns the event's node: Node when set, else its stable IRI (see
// EventIRI).
func (e Event) IRI() IRI {
	if e.Node != "" {
		return e.Node
	}
	return EventIRI(e)
}

// Facts is everything extracted from one article.
type Facts struct {
	Article Article
	// Extractor names the version of the rules that read the article; a
	// store re-reads an article whose facts another version wrote.
	Extractor string
	// Actors are the actors the events refer to, plus every person named with
	// a role or country.
	Actors []Actor
	Events []Event
}
