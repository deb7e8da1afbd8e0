package report

// A phrase is the sentence for one kind of timeline entry (one form of
// it; see Book.variant), as a format in each language and the words its
// verbs take, one letter each, in order:
//
//	s  the entry's site          p  the part (compartment, zone, UPS) it names
//	P  p + 로/으로 (Korean)       o  the part named second (fire spread)
//	n  the entry's count         d  the entry's count as a span of time
//	c  the component             C  c + 을/를 (Korean)
//	g  the site of the group     G  g + 로/으로 (Korean)
//	a  the app                   w  the operator
//
// A sentence as data rather than one fmt.Sprintf call per case keeps
// this table about 50 KB smaller in the browser's download.
type phrase struct {
	en, enWords string
	ko, koWords string
}

// sentences holds each entry's sentence by Book.variant's key.
var sentences = map[string]phrase{
	"ignition":      {"Fire breaks out in the %s at %s.", "ps", "%s %s에서 화재 발생", "sp"},
	"fire-spread":   {"The fire spreads from the %s into the %s.", "po", "불길이 %s에서 %s까지 번짐", "po"},
	"ups-destroyed": {"%s burns: the servers it feeds lose their backup power.", "p", "%s 소실: 여기에 연결된 서버의 예비 전원이 사라짐", "p"},
	"cable-burned":  {"Power cables to %s burn.", "p", "%s 가는 전력선 소실", "P"},

	"generators-destroyed": {"The generators at %s burn.", "s", "%s 발전기 소실", "s"},
	"servers-burned/1":     {"1 server burns.", "", "서버 1대 소실", ""},
	"servers-burned":       {"%s servers burn.", "n", "서버 %s대 소실", "n"},
	"fire-reported":        {"The fire is reported to the fire service.", "", "소방서에 화재 신고 접수", ""},
	"power-cut-building":   {"Firefighters cut power to the whole building so they can use water: no UPS or generator can help now.", "", "소방당국이 물을 뿌리려고 건물 전체 전원을 차단: 이제 UPS도 발전기도 소용없음", ""},
	"power-cut-zones":      {"Firefighters cut power only to the %s zones near the fire; the rest stays on.", "n", "소방당국이 화재 인근 %s개 구역만 전원 차단, 나머지는 유지", "n"},
	"knockdown":            {"The main fire is knocked down.", "", "큰 불길 잡힘(초진)", ""},
	"fire-out":             {"The fire is out.", "", "화재 완전 진화(완진)", ""},
	"power-handed-back":    {"After safety checks, power goes back on zone by zone.", "", "안전 점검 뒤 구역별로 전원 재공급 시작", ""},
	"zone-power-on/0":      {"%s has power again.", "p", "%s 전원 복구", "p"},
	"zone-power-on":        {"%s has power again (%s servers).", "pn", "%s 전원 복구(서버 %s대)", "pn"},
	"zone-power-off/0":     {"%s loses power.", "p", "%s 전원 끊김", "p"},
	"zone-power-off":       {"%s loses power (%s servers).", "pn", "%s 전원 끊김(서버 %s대)", "pn"},

	"utility-lost":           {"Grid power to %s fails.", "s", "%s 외부 전력 끊김", "s"},
	"utility-back":           {"Grid power to %s is back.", "s", "%s 외부 전력 복구", "s"},
	"ups-on-battery":         {"%s runs on battery.", "p", "%s 배터리로 전력 공급", "p"},
	"ups-empty":              {"%s's battery runs dry.", "p", "%s 배터리 방전", "p"},
	"ups-failed":             {"%s fails.", "p", "%s 고장", "p"},
	"generators-starting":    {"Generators at %s start.", "s", "%s 발전기 기동", "s"},
	"generators-online":      {"Generators carry the load at %s.", "s", "%s 발전기가 전력 공급", "s"},
	"generators-failed":      {"Generators at %s fail to start.", "s", "%s 발전기 기동 실패", "s"},
	"generators-stopped":     {"Generators at %s stop.", "s", "%s 발전기 정지", "s"},
	"generators-out-of-fuel": {"Generators at %s run out of fuel.", "s", "%s 발전기 연료 소진", "s"},
	"repair-started/cable":   {"Crews start re-laying the power cables to %s.", "p", "%s 전력선 재포설 작업 시작", "p"},
	"repair-started":         {"Crews start replacing %s.", "p", "%s 교체 작업 시작", "p"},
	"repair-done/cable":      {"New power cables to %s are in.", "p", "%s 전력선 재포설 완료", "p"},
	"repair-done":            {"%s is replaced.", "p", "%s 교체 완료", "p"},
	"site-lost":              {"%s is lost.", "s", "%s 전체 손실", "s"},

	"switch-started/backup/adding": {"Engineers start restoring %s from its backup onto servers in %s, adding %s servers first.", "cgn", "엔지니어들이 %s 백업에서 %s 서버로 복원 시작(서버 %s대 먼저 추가)", "Cgn"},
	"switch-started/backup":        {"Engineers start restoring %s from its backup onto servers in %s.", "cg", "엔지니어들이 %s 백업에서 %s 서버로 복원 시작", "Cg"},
	"switch-started/adding":        {"Engineers start moving %s to %s by hand, adding %s servers first.", "cgn", "엔지니어들이 %s %s 수동 전환 시작(서버 %s대 먼저 추가)", "CGn"},
	"switch-started":               {"Engineers start moving %s to %s by hand.", "cg", "엔지니어들이 %s %s 수동 전환 시작", "CG"},
	"switch-aborted":               {"Moving %s stops: the engineers' tools or the target went dark.", "c", "%s 전환 중단: 운영 도구나 전환 대상이 멈춤", "c"},
	"switch-done":                  {"%s now runs in %s.", "cg", "%s, %s에서 가동", "cg"},
	"auto-failover":                {"%s fails over to %s automatically.", "cg", "%s, %s 자동 전환", "cG"},

	"data-lost":          {"Every copy of %s is gone: its data is lost.", "c", "%s의 모든 복제본 소실: 데이터 유실", "c"},
	"data-behind/backup": {"%s is restored from its backup, up to %s old: the writes since are missing.", "cd", "%s 백업에서 복원: 최대 %s 전 데이터라 그 뒤 기록은 빠짐", "cd"},
	"data-behind/empty":  {"%s now runs from the copy in %s, which holds none of the data.", "cg", "%s, 데이터가 하나도 없는 %s 복제본으로 가동", "cg"},
	"data-behind":        {"%s now runs from the copy in %s, up to %s behind: the writes since are missing.", "cgd", "%s, 최대 %s 뒤처진 %s 복제본으로 가동: 그 사이 기록은 빠짐", "cdg"},
	"writes-lost/empty":  {"%s loses the copy in use; the copies left hold none of the data.", "c", "%s: 사용 중이던 복제본 소실, 남은 복제본에는 데이터가 없음", "c"},
	"writes-lost":        {"%s loses the copy in use, and with it up to %s of writes no other copy has.", "cd", "%s: 사용 중이던 복제본 소실, 다른 복제본에 없는 최대 %s의 기록도 함께 사라짐", "cd"},

	"component/down":     {"%s stops.", "c", "%s 중단", "c"},
	"component/degraded": {"%s runs short of capacity.", "c", "%s 용량 부족으로 일부 장애", "c"},
	"component":          {"%s works again.", "c", "%s 정상화", "c"},
	"app/down-people":    {"%s goes dark for %s people.", "an", "%s 먹통: %s 명 이용 불가", "an"},
	"app/down":           {"%s goes dark.", "a", "%s 먹통", "a"},
	"app/degraded":       {"%s works, but only in part.", "a", "%s 일부 기능만 작동", "a"},
	"app":                {"%s is fully back.", "a", "%s 완전 정상화", "a"},
	"servers":            {"%s of %s's servers have power.", "nw", "%s 서버 %s대 전원 공급 중", "wn"},
}
