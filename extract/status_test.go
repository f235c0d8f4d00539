package extract

import (
	"testing"
	"time"
)

// TestPlannedWeekdays checks that a bare weekday in a sentence about the
// future is the next such day after publication, and stays the last one
// when the sentence's weekday belongs to a past arrival.
func TestPlannedWeekdays(t *testing.T) {
	pub := day(2024, time.June, 14) // a Friday
	checkBriefs(t, pub, []briefCase{
		{"will meet on a weekday", "Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel on Tuesday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-18"}},
		{"the same weekday as publication is a week on", "Kenyan President Daniel Ochieng will meet Tanzanian President Grace Mollel on Friday.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-21"}},
		{"future visit", "Kenyan President Daniel Ochieng will visit Tanzania on Monday.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2024-06-17"}},
		{"a future month without a year is the next one", "Kenyan President Daniel Ochieng will visit Tanzania in late April.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2025-04"}},
		{"a past month without a year is the last one", "Kenyan President Daniel Ochieng visited Tanzania in late April.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-04"}},
		{"an announced visit is planned", "The presidency confirmed the announcement of Kenyan President Daniel Ochieng's visit to Tanzania.",
			[]string{"visit planned Daniel Ochieng>Tanzania @"}},
		{"the first to visit after a planned trip is that trip",
			"Kenyan President Daniel Ochieng will visit Tanzania next week. Officials said he is the first Kenyan leader in a decade to visit Tanzania.",
			[]string{"visit planned Daniel Ochieng>Tanzania @2024-06"}},
		{"the first to visit after an arrival is the visit",
			"Kenyan President Daniel Ochieng arrived in Tanzania on Tuesday. Officials said he is the first Kenyan leader in a decade to visit Tanzania.",
			[]string{"visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
		{"past arrival keeps its weekday", "Kenyan President Daniel Ochieng arrived in Tanzania on Tuesday for talks with President Grace Mollel.",
			[]string{"meeting planned Daniel Ochieng+Grace Mollel @2024-06-11", "visit occurred Daniel Ochieng>Tanzania @2024-06-11"}},
	})
}
