package eval

import (
	"bytes"
	"encoding/json"
)

// Doc is one gold (or predicted) annotation file: the facts a single article
// states, in the shape documented in the package comment. Fields that may be
// null are *string, so null round-trips and predictions print null, not "".
type Doc struct {
	// Doc is the article's file name ("000.txt").
	Doc string `json:"doc"`
	// Published is the publication date (YYYY-MM-DD); empty when unknown (a
	// null in the file reads as empty).
	Published string `json:"published"`
	// Meetings are the bilateral meetings and calls that happened.
	Meetings []Meeting `json:"meetings"`
	// Visits are the visits to a foreign country that happened or are under way.
	Visits []Visit `json:"visits"`
	// Gatherings are the multilateral meetings, conferences and summits.
	Gatherings []Gathering `json:"gatherings"`
	// People are the persons named with a role and/or a country.
	People []Person `json:"people"`
	// Receptions are airport welcomes (optional; not scored).
	Receptions []Reception `json:"receptions,omitempty"`
	// Notes explain ambiguous annotation choices (not scored).
	Notes Notes `json:"notes,omitempty"`
}

// Meeting is a meeting, audience or call between two or more parties.
type Meeting struct {
	// Participants are canonical person names, or countries or organisations
	// when no person is named.
	Participants Names `json:"participants"`
	// Date is YYYY-MM-DD, YYYY-MM, YYYY or a decade (1980s); null if unknown.
	Date *string `json:"date"`
	// Place is the city of the meeting; null if not stated (MeetingPlaces,
	// outside the overall F1).
	Place *string `json:"place"`
	// Topics are short noun phrases; a gold topic counts as found when a
	// predicted one shares a content word with it (MeetingTopics, outside the
	// overall F1). Non-strings in the list are skipped, as score.py does.
	Topics Names `json:"topics,omitempty"`
	// Mode is "telephone" for calls; empty (omitted) for meetings in person.
	Mode string `json:"mode,omitempty"`
	// Venue is the building when only a building is named (not scored).
	Venue string `json:"venue,omitempty"`
}

// Visit is a person's visit to a foreign country.
type Visit struct {
	// Visitor is the visiting person's canonical name.
	Visitor string `json:"visitor"`
	// Country is the visited country's common English short name.
	Country string `json:"country"`
	// Date is the arrival or departure day when the text allows it; null if unknown.
	Date *string `json:"date"`
	// Kind qualifies the visit ("official", "state"); optional, not scored.
	Kind string `json:"kind,omitempty"`
}

// Gathering is a multilateral meeting, conference or summit.
type Gathering struct {
	// Name is the gathering's name as the text gives it (not scored).
	Name string `json:"name"`
	// Place is the city; null if not stated.
	Place *string `json:"place"`
	// Date is the (start) date; null if unknown.
	Date *string `json:"date"`
	// Host is the country that hosts or chairs it when the text says so; null otherwise.
	Host *string `json:"host"`
	// Attendees are the countries or organisations that attended, in person or online.
	Attendees Names `json:"attendees"`
	// Remote are the attendees that attended online (optional).
	Remote []string `json:"remote,omitempty"`
	// Absent are the countries or organisations stated as not attending (optional).
	Absent []string `json:"absent,omitempty"`
	// AttendeePeople are the persons named as attending (optional, not
	// scored). These unscored lists take a string or a list, as score.py
	// reads either ("members": "21 member economies").
	AttendeePeople Notes `json:"attendee_people,omitempty"`
	// Members are the members of the body that met (optional, not scored).
	Members Notes `json:"members,omitempty"`
	// GuestsOfHonor are guests of honour (optional, not scored).
	GuestsOfHonor Notes `json:"guests_of_honor,omitempty"`
	// EndDate is the last day of a gathering over several days (optional).
	EndDate *string `json:"end_date,omitempty"`
	// Venue is the building when one is named (optional, not scored).
	Venue *string `json:"venue,omitempty"`
}

// Person is a person named with a role and/or a country.
type Person struct {
	// Name is the canonical full name.
	Name string `json:"name"`
	// Role is the role as written, normalised lightly ("Foreign Minister").
	Role string `json:"role"`
	// Country is the country the person acts for; null when the text does not say.
	Country *string `json:"country"`
	// Aliases are other surface forms of the name found in the text.
	Aliases []string `json:"aliases,omitempty"`
}

// Notes are free-text remarks of an annotator. Decoding takes a string or
// a list; an entry that is no string (an object of remarks) is kept as its
// JSON text, since score.py reads such files and notes are not scored.
type Notes []string

// UnmarshalJSON decodes a string or a list of notes.
func (n *Notes) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*n = Notes{one}
		return nil
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	out := make(Notes, 0, len(raw))
	for _, v := range raw {
		var s string
		if json.Unmarshal(v, &s) != nil {
			var buf bytes.Buffer
			if json.Compact(&buf, v) == nil {
				s = buf.String()
			}
		}
		out = append(out, s)
	}
	*n = out
	return nil
}

// Reception is an airport welcome: a guest received by a host on arrival.
type Reception struct {
	// Guest is the arriving person (or persons: a file may list a party).
	Guest OneOrMore `json:"guest"`
	// HostPerson is the person (or persons) who received the guest.
	HostPerson OneOrMore `json:"host_person"`
	// Place is the city; null if not stated.
	Place *string `json:"place"`
	// Date is the day of the welcome; null if unknown.
	Date *string `json:"date"`
	// Note is a welcome written as free text ("X received Y at the
	// airport"), as some gold files list them; it is kept, not encoded.
	Note string `json:"-"`
}

// UnmarshalJSON decodes a reception object or, since receptions are not
// scored and score.py reads gold files that list them as plain strings, a
// string kept as Note.
func (r *Reception) UnmarshalJSON(b []byte) error {
	var note string
	if json.Unmarshal(b, &note) == nil {
		*r = Reception{Note: note}
		return nil
	}
	type plain Reception
	var p plain
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	*r = Reception(p)
	return nil
}

// OneOrMore is a name or a list of names: a reception's guest or host,
// which some gold files give as one string and others as a list (score.py
// does not read receptions, so either loads).
type OneOrMore []string

// UnmarshalJSON decodes a string or a list of strings.
func (o *OneOrMore) UnmarshalJSON(b []byte) error {
	var one string
	if json.Unmarshal(b, &one) == nil {
		*o = OneOrMore{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*o = many
	return nil
}

// str returns the string p points to, or "" for nil (Python's `x or ""`).
func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// ptr returns a pointer to s, or nil for the empty string.
func ptr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Names is a list of names. Decoding keeps only the JSON strings of a list,
// as score.py does for participants and attendees (a null or a number in the
// list is skipped); a null list decodes as empty.
type Names []string

// UnmarshalJSON decodes a JSON list, keeping its strings.
func (n *Names) UnmarshalJSON(b []byte) error {
	var raw []any
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	out := make(Names, 0, len(raw))
	for _, v := range raw {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	*n = out
	return nil
}
