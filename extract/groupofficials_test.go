package extract

import (
	"testing"
	"time"
)

// TestOfficialsOfSeveralStates covers gatherings told by the officials of
// several states as a group: a region's portfolio ministers, ministers
// "from the X countries", counterparts; as the subject of "met" or
// "held their meeting", as whom a meeting or a meal is for, with the
// attendees told after in the progressive too ("were taking part").
func TestOfficialsOfSeveralStates(t *testing.T) {
	pub := day(2025, time.March, 10) // a Monday
	fourStates := "gathering occurred Cyprus+Greece+Malta+Portugal @2025-03-08"
	checkBriefs(t, pub, []briefCase{
		{"chairing a meeting of ministers from the region's countries, taking part in the progressive",
			"On Saturday morning Portuguese Health Minister Ana Paula Martins was chairing a meeting of health ministers from the Mediterranean countries in Porto. Greece's Adonis Georgiadis, Malta's Jo Etienne Abela and Cyprus's Michael Damianos were taking part.",
			[]string{fourStates}},
		{"a working dinner for a region's ministers",
			"On Saturday Portuguese Health Minister Ana Paula Martins hosted a working dinner for European health ministers in Porto. Greece's Adonis Georgiadis, Malta's Jo Etienne Abela and Cyprus's Michael Damianos took part.",
			[]string{fourStates}},
		{"a lunch for the host's counterparts",
			"On Saturday Ana Paula Martins, Portugal's health minister, hosted a lunch for her Mediterranean counterparts in Porto. Greece's Adonis Georgiadis, Malta's Jo Etienne Abela and Cyprus's Michael Damianos attended.",
			[]string{fourStates}},
		{"the ministers of the region's countries held their own meeting",
			"The health ministers of the Mediterranean countries held their spring meeting in Porto on Saturday. Greece's Adonis Georgiadis and Malta's Jo Etienne Abela flew in on Friday, while Cyprus's Michael Damianos took part by video.",
			[]string{"gathering occurred Cyprus+Greece+Malta @2025-03-08", "visit occurred Adonis Georgiadis>Portugal @2025-03-07", "visit occurred Jo Etienne Abela>Portugal @2025-03-07"}},
		{"ministers from the region's countries met",
			"Health ministers from the Adriatic countries met in Split on Saturday. Italy's Orazio Schillaci and Slovenia's Valentina Prevolnik Rupel took part.",
			[]string{"gathering occurred Italy+Slovenia @2025-03-08"}},
		{"a cabinet's ministers meeting at home are no gathering",
			"Portuguese health ministers met in Porto on Saturday to plan the hospital budget.",
			nil},
		{"a meal for one guest is a meeting with the guest",
			"On Saturday Ana Paula Martins, Portugal's health minister, hosted a lunch for Greek Health Minister Adonis Georgiadis in Porto.",
			[]string{"meeting occurred Adonis Georgiadis+Ana Paula Martins @2025-03-08"}},
	})
}

// TestTakingPartForms covers "took part, over a video link, in X" (an
// aside between the verb and "in") and "Also taking part online were A
// and B" (a mode word before the copula).
func TestTakingPartForms(t *testing.T) {
	pub := day(2025, time.March, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"an aside before in",
			"Malawian President Peter Banda on Thursday took part, over a secure video link, in an extraordinary summit of the Lake Forum.",
			[]string{"gathering occurred Lake Forum+Malawi @2025-03-13"}},
		{"also taking part online were",
			"An extraordinary summit of the Lake Forum was held on Thursday. Also taking part online were Zambian President Hakainde Hichilema and Kenyan President Daniel Ochieng.",
			[]string{"gathering occurred Kenya+Zambia @2025-03-13"}},
	})
}
