package schema

// IRI is an absolute IRI naming a node or a predicate in the graph.
type IRI string

// String returns the IRI as a plain string.
func (i IRI) String() string { return string(i) }

// Namespaces.
const (
	// SchemaNS is the schema.org namespace; its terms are reused where they fit.
	SchemaNS = "http://schema.org/"
	// RDFNS is the RDF namespace.
	RDFNS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	// NS is dipgraph's own vocabulary namespace (classes and predicates).
	NS = "https://dipgraph.org/ns/"
	// IDNS is the namespace of dipgraph's resources (actors, events, articles, dates).
	IDNS = "https://dipgraph.org/id/"
)

// Classes (values of Type).
const (
	// ClassPerson is a named person (schema:Person).
	ClassPerson IRI = SchemaNS + "Person"
	// ClassCountry is a sovereign state or historical state (schema:Country).
	ClassCountry IRI = SchemaNS + "Country"
	// ClassCity is a city or town (schema:City).
	ClassCity IRI = SchemaNS + "City"
	// ClassOrganization is an international organisation, movement or group (schema:Organization).
	ClassOrganization IRI = SchemaNS + "Organization"
	// ClassEvent is the superclass of every extracted event (schema:Event).
	ClassEvent IRI = SchemaNS + "Event"
	// ClassArticle is a source article (schema:NewsArticle).
	ClassArticle IRI = SchemaNS + "NewsArticle"
	// ClassMeeting is a meeting between actors, in person or by telephone or video.
	ClassMeeting IRI = NS + "Meeting"
	// ClassVisit is a visit of an actor to a host country.
	ClassVisit IRI = NS + "Visit"
	// ClassGathering is a summit, conference or other multilateral meeting.
	ClassGathering IRI = NS + "Gathering"
	// ClassStatement is a public statement by an actor.
	ClassStatement IRI = NS + "Statement"
	// ClassAgreement is an agreement signed or concluded between actors.
	ClassAgreement IRI = NS + "Agreement"
	// ClassDate is a node of the date index (a day, month, year or decade).
	ClassDate IRI = NS + "Date"
)

// Predicates taken from RDF and schema.org.
const (
	// Type links a node to its class (rdf:type).
	Type IRI = RDFNS + "type"
	// Name is a node's canonical display name (schema:name).
	Name IRI = SchemaNS + "name"
	// AlternateName is another name for the same node (schema:alternateName).
	AlternateName IRI = SchemaNS + "alternateName"
	// JobTitle is a person's role as the text states it (schema:jobTitle).
	JobTitle IRI = SchemaNS + "jobTitle"
	// Nationality links a person to the country they act for (schema:nationality).
	Nationality IRI = SchemaNS + "nationality"
	// WorksFor links an officer of an international organisation, who acts
	// for no country, to that organisation (schema:worksFor).
	WorksFor IRI = SchemaNS + "worksFor"
	// StartDate is an event's date as an ISO string at its precision (schema:startDate).
	StartDate IRI = SchemaNS + "startDate"
	// EndDate is the last day of an event that spans several days (schema:endDate).
	EndDate IRI = SchemaNS + "endDate"
	// Location links an event to its city (schema:location).
	Location IRI = SchemaNS + "location"
	// Attendee links an event to an actor that took part (schema:attendee).
	Attendee IRI = SchemaNS + "attendee"
	// Organizer links a gathering to its host or chair (schema:organizer).
	Organizer IRI = SchemaNS + "organizer"
	// About links an event to a topic literal (schema:about).
	About IRI = SchemaNS + "about"
	// DatePublished is an article's publication date (schema:datePublished).
	DatePublished IRI = SchemaNS + "datePublished"
	// URL is an article's address (schema:url).
	URL IRI = SchemaNS + "url"
	// Headline is an article's title (schema:headline).
	Headline IRI = SchemaNS + "headline"
	// ContainedIn links a city to its country (schema:containedInPlace).
	ContainedIn IRI = SchemaNS + "containedInPlace"
)

// Predicates of dipgraph's own vocabulary.
const (
	// Met links two actors directly when a meeting between them occurred (both directions).
	Met IRI = NS + "met"
	// Visited links a visitor directly to the country they visited.
	Visited IRI = NS + "visited"
	// Attended links an actor directly to a gathering it attended.
	Attended IRI = NS + "attended"
	// Participant links a meeting or agreement to each of its parties.
	Participant IRI = NS + "participant"
	// Visitor links a visit to the actor who travelled.
	Visitor IRI = NS + "visitor"
	// Host links a visit to the host country, or a gathering to its host.
	Host IRI = NS + "host"
	// RemoteAttendee links a gathering to an actor that attended online.
	RemoteAttendee IRI = NS + "remoteAttendee"
	// Absent links a gathering to an actor stated as not attending.
	Absent IRI = NS + "absent"
	// Status is an event's status: one of the Status values.
	Status IRI = NS + "status"
	// Mode is a meeting's mode: in person, telephone or video.
	Mode IRI = NS + "mode"
	// DatePrecision is the precision of an event's startDate: day, month, year or decade.
	DatePrecision IRI = NS + "datePrecision"
	// OnDate links an event to the most precise node of the date index it falls on.
	OnDate IRI = NS + "onDate"
	// InMonth links a date-index node (a day) to its month node.
	InMonth IRI = NS + "inMonth"
	// InYear links a date-index node (a day or month) to its year node.
	InYear IRI = NS + "inYear"
	// PloverType is the event's PLOVER event type (e.g. CONSULT).
	PloverType IRI = NS + "ploverType"
	// PloverMode is the event's PLOVER mode (e.g. visit, host, phone).
	PloverMode IRI = NS + "ploverMode"
	// CameoCode is the event's CAMEO code (e.g. 040).
	CameoCode IRI = NS + "cameoCode"
	// EvidenceText is the sentence the event was extracted from.
	EvidenceText IRI = NS + "evidence"
	// EvidenceStart is the byte offset of the evidence sentence in the article text.
	EvidenceStart IRI = NS + "evidenceStart"
	// EvidenceEnd is the byte offset just past the evidence sentence.
	EvidenceEnd IRI = NS + "evidenceEnd"
	// Confidence is the extractor's confidence in the event, between 0 and 1.
	Confidence IRI = NS + "confidence"
	// SourceArticle links an event or actor to the article that states it.
	SourceArticle IRI = NS + "sourceArticle"
	// ReportedBy links an event to the actor the text cites as its source ("according to ...").
	ReportedBy IRI = NS + "reportedBy"
	// Sidelines links a meeting to the gathering on whose sidelines it took place.
	Sidelines IRI = NS + "sidelines"
	// ContentHash is the SHA-256 of an article's text, used to detect changes.
	ContentHash IRI = NS + "contentHash"
	// SourceName is the origin of an article (an outlet or a path).
	SourceName IRI = NS + "source"
	// DateUnknown marks an article whose publication date could not be established.
	DateUnknown IRI = NS + "dateUnknown"
)
