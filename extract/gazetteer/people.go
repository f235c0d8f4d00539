package gazetteer

import (
	"strings"
	"time"

	"github.com/dipgraph/dipgraph/schema"
)

// PersonRole is a dated role of a person in a country, from the Phoenix
// dictionaries.
type PersonRole struct {
	// Country is the ISO3 code of the country the role is in.
	Country string
	// Sector is the CAMEO sector code after the country code: "GOV"
	// (government), "ELI" (elite, out of office), "MIL", "GOVBUS", "OPP"...
	Sector string
	// From is the first day of the role; zero means open (since ever).
	From time.Time
	// To is the last day of the role; zero means open (still in force).
	To time.Time
	// Title is the office ("Foreign Minister") where the data gives it;
	// the Phoenix roles have none.
	Title string
}

// Person is a known person with their name variants and dated roles.
type Person struct {
	// Name is the canonical name, title-cased ("Sergey Lavrov").
	Name string
	// Aliases are surface variants ("Sergei Lavrov", "Lavrov").
	Aliases []string
	// Roles are the person's dated roles, in data order.
	Roles []PersonRole
}

// covers reports whether the role is in force on day t (both ends inclusive).
func (r PersonRole) covers(t time.Time) bool {
	if !r.From.IsZero() && t.Before(r.From) {
		return false
	}
	if !r.To.IsZero() && !t.Before(r.To.AddDate(0, 0, 1)) {
		return false
	}
	return true
}

// RoleAt returns the role in force at t. Where several are, it prefers a
// role with a start date (the latest start wins) over an undated one, then a
// government role ("GOV…") over an elite one ("ELI"), then a role with a
// Title, then one with an end date. For a zero t it returns the
// latest-starting role. The Phoenix data ends in 2014, so
// roles left open then may have ended since.
func (p Person) RoleAt(t time.Time) (PersonRole, bool) {
	best := -1
	for i, r := range p.Roles {
		if !t.IsZero() && !r.covers(t) {
			continue
		}
		if best < 0 || betterRole(r, p.Roles[best]) {
			best = i
		}
	}
	if best < 0 {
		return PersonRole{}, false
	}
	return p.Roles[best], true
}

func betterRole(a, b PersonRole) bool {
	if a.From.IsZero() != b.From.IsZero() {
		return !a.From.IsZero()
	}
	if !a.From.Equal(b.From) {
		return a.From.After(b.From)
	}
	ag, bg := strings.HasPrefix(a.Sector, "GOV"), strings.HasPrefix(b.Sector, "GOV")
	if ag != bg {
		return ag
	}
	if (a.Title != "") != (b.Title != "") {
		return a.Title != ""
	}
	if a.To.IsZero() != b.To.IsZero() {
		return !a.To.IsZero() // the bounded record is the more precise one
	}
	return false
}

// names returns the canonical name followed by the aliases.
func (p *Person) names() []string {
	return append([]string{p.Name}, p.Aliases...)
}

// Country returns the ISO3 code of the country of the person's role in force
// at t, or of their latest role when t is zero; "" when none is known.
func (p Person) Country(t time.Time) string {
	r, ok := p.RoleAt(t)
	if !ok {
		return ""
	}
	return r.Country
}

func slugKey(name string) string { return schema.Slug(name) }
