package extract

import (
	"testing"
	"time"
)

// TestAttended covers the ways attended() reads attendance: passive with
// "by", a bilateral meeting's joint participants, the active verb with a
// named gathering, a bare "attended" pointing back, and attendees added by
// "including" and "alongside".
func TestAttended(t *testing.T) {
	pub := day(2024, time.June, 14)
	checkBriefs(t, pub, []briefCase{
		{"passive list",
			"The Andean Community summit in Quito on Tuesday was attended by Bolivia, Colombia, Ecuador and Peru.",
			[]string{"gathering occurred Bolivia+Colombia+Ecuador+Peru @2024-06-11"}},
		{"active with a named gathering",
			"Ghana and Togo attended the ECOWAS summit in Abuja on Sunday.",
			[]string{"gathering occurred Ghana+Togo @2024-06-09"}},
		{"bare attended points back",
			"Norway hosted the annual session of the Nordic Council in Oslo on Monday. Iceland attended as an observer.",
			[]string{"gathering occurred Iceland+Nordic Council+Norway @2024-06-10"}},
		{"including",
			"Leaders of more than 20 nations attended the climate summit in Nairobi on Monday, including Kenya and Uganda.",
			[]string{"gathering occurred Kenya+Uganda @2024-06-10"}},
		{"alongside",
			"Chile and Peru attended the APEC summit in Lima on Friday, alongside the European Union.",
			[]string{"gathering occurred Chile+European Union+Peru @2024-06-14"}},
		{"future attendance is nothing",
			"Chile and Peru will attend the APEC summit in Lima next week.",
			nil},
	})
}
