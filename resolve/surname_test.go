package resolve

import (
	"testing"

	"github.com/dipgraph/dipgraph/schema"
)

func TestFullerOf(t *testing.T) {
	ronald := person("Ronald Reagan", "President", "USA")
	nancy := person("Nancy Reagan", "President", "")
	michael := person("Michael Reagan", "President", "")
	richard := person("Richard Hu", "Finance Minister", "SGP")
	mentions := map[schema.IRI]int{ronald.IRI: 23, nancy.IRI: 1, michael.IRI: 1, schema.PersonIRI("Dave Reagan"): 12}
	tests := []struct {
		name  string
		a     schema.Actor
		cands []schema.Actor
		want  string // "" for none
	}{
		{"OnlyOne", person("Hu", "", ""), []schema.Actor{richard}, "Richard Hu"},
		{"OnlyOneOtherCountry", person("Hu", "party chief", "CHN"), []schema.Actor{richard}, ""},
		{"None", person("Hu", "", ""), nil, ""},
		{"SupportedByRoleAndCountry", person("Reagan", "President", "USA"), []schema.Actor{ronald, nancy, michael}, "Ronald Reagan"},
		{"NoSupport", person("Reagan", "", ""), []schema.Actor{ronald, nancy, michael}, ""},
		{"SameRoleBeatsKindOfRole", person("Ford", "President", ""),
			[]schema.Actor{person("Jeremy Ford", "vice president", ""), person("Gerald Ford", "President", "USA")}, "Gerald Ford"},
		{"TiedMostNamed", person("Reagan", "President", ""), []schema.Actor{nancy, ronald, michael}, "Ronald Reagan"},
		{"TiedNamedAlike", person("Reagan", "President", ""), []schema.Actor{ronald, person("Dave Reagan", "President", "")}, ""},
		{"SupportedButOtherCountry", person("Hussein", "King", "JOR"),
			[]schema.Actor{person("Saddam Hussein", "President", "IRQ"), person("Jaafar Hussein", "", "")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := FullerOf(tt.a, tt.cands, func(p schema.IRI) int { return mentions[p] })
			if !ok {
				got.Name = ""
			}
			if got.Name != tt.want {
				t.Errorf("FullerOf(%q) = %q, want %q", tt.a.Name, got.Name, tt.want)
			}
		})
	}
}
