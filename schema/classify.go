package schema

// Classify returns the PLOVER event type and mode and the CAMEO code of an
// event, from the tables in PLOVER's codebook and CAMEO's event codes:
//
//	meeting, occurred     CONSULT        040 (041 by telephone or video, 044 on a gathering's sidelines)
//	visit, occurred       CONSULT visit  042
//	gathering, occurred   CONSULT multilateral 040
//	meeting/visit/gathering, planned   AGREE   036 (express intent to meet)
//	meeting/visit/gathering, cancelled REJECT meet     125 (reject proposal to meet)
//	agreement             AGREE (COOPERATE when signed) 057
//	statement             (none in PLOVER's diplomatic set) 010
func Classify(e Event) (plover, mode, cameo string) {
	if e.Status == Planned && e.Type != Statement && e.Type != Agreement {
		return "AGREE", "", "036"
	}
	if e.Status == Cancelled && e.Type != Statement && e.Type != Agreement {
		return "REJECT", "meet", "125"
	}
	switch e.Type {
	case Meeting:
		switch {
		case e.Mode == Telephone || e.Mode == Video:
			return "CONSULT", "phone", "041"
		case e.Sidelines != "":
			return "CONSULT", "multilateral", "044"
		}
		return "CONSULT", "", "040"
	case Visit:
		return "CONSULT", "visit", "042"
	case Gathering:
		return "CONSULT", "multilateral", "040"
	case Agreement:
		return "COOPERATE", "", "057"
	case Statement:
		return "", "", "010"
	}
	return "", "", ""
}
