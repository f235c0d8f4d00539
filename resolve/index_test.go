package resolve

import (
	"testing"

	"github.com/dipgraph/dipgraph/schema"
)

func TestIndex_VariantOf(t *testing.T) {
	known := []schema.Actor{
		person("George Shultz", "Secretary of State", "USA"),
		person("Margaret Thatcher", "Prime Minister", "GBR"),
		person("John Herrington", "Energy Secretary", "USA"),
		person("John Harrington", "Energy Secretary", "USA"),
		person("Stewart Bainum Jr.", "vice chairman", ""),
		person("Anna Karlsen", "", ""),
		person("Anna Karlson", "", ""),
	}
	tests := []struct {
		name string
		a    schema.Actor
		want string // "" for none
	}{
		{"OK", person("George Schultz", "", "USA"), "George Shultz"},
		{"RunTogether", person("MargaretThatcher", "", ""), "Margaret Thatcher"},
		{"Indexed", person("George Shultz", "", ""), ""},
		{"Closest", person("John Herington", "Energy Secretary", ""), "John Herrington"},
		{"Tied", person("Anna Karlsan", "", ""), ""},
		{"DifferentPerson", person("Stewart Bainum Sr.", "", ""), ""},
		{"Unknown", person("Kiichi Miyazawa", "", ""), ""},
	}
	x := NewIndex()
	for _, a := range known {
		x.Add(a)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := x.VariantOf(tt.a)
			if !ok {
				got.Name = ""
			}
			if got.Name != tt.want {
				t.Errorf("VariantOf(%q) = %q, want %q", tt.a.Name, got.Name, tt.want)
			}
		})
	}
}
