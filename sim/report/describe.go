package report

import (
	"fmt"

	"outagelab/sim"
)

// Book names the parts of a scenario in both languages, for sentences.
type Book struct {
	scn    *sim.Scenario
	sites  map[string]int
	groups map[string]int
	comps  map[string]int
	apps   map[string]int
}

// NewBook indexes the names in s.
func NewBook(s *sim.Scenario) *Book {
	b := &Book{scn: s, sites: map[string]int{}, groups: map[string]int{}, comps: map[string]int{}, apps: map[string]int{}}
	for i, x := range s.Sites {
		b.sites[x.ID] = i
	}
	for i, x := range s.Groups {
		b.groups[x.ID] = i
	}
	for i, x := range s.Comps {
		b.comps[x.ID] = i
	}
	for i, x := range s.Apps {
		b.apps[x.ID] = i
	}
	return b
}

func pick(t sim.Text, id string, l Lang) string {
	if s := t.In(string(l)); s != "" {
		return s
	}
	return id
}

// Site returns site id's name.
func (b *Book) Site(id string, l Lang) string {
	if i, ok := b.sites[id]; ok {
		return pick(b.scn.Sites[i].Name, id, l)
	}
	return id
}

// App returns app id's name.
func (b *Book) App(id string, l Lang) string {
	if i, ok := b.apps[id]; ok {
		return pick(b.scn.Apps[i].Name, id, l)
	}
	return id
}

// Component returns component id's name.
func (b *Book) Component(id string, l Lang) string {
	if i, ok := b.comps[id]; ok {
		return pick(b.scn.Comps[i].Name, id, l)
	}
	return id
}

// isBackup reports whether component id restores from a backup.
func (b *Book) isBackup(id string) bool {
	i, ok := b.comps[id]
	return ok && b.scn.Comps[i].Mode == sim.ModeBackup
}

// Owner returns the name of the operator the scenario follows.
func (b *Book) Owner(l Lang) string { return pick(b.scn.Ops.OwnerName, b.scn.Ops.Owner, l) }

// GroupSite returns the name of the site where group id stands.
func (b *Book) GroupSite(id string, l Lang) string {
	if i, ok := b.groups[id]; ok {
		return b.Site(b.scn.Groups[i].Site, l)
	}
	return id
}

// part returns the name of a compartment, zone or UPS string of site.
func (b *Book) part(site, id string, l Lang) string {
	i, ok := b.sites[site]
	if !ok {
		return id
	}
	st := &b.scn.Sites[i]
	for _, c := range st.Compartments {
		if c.ID == id {
			return pick(c.Name, id, l)
		}
	}
	for _, z := range st.Zones {
		if z.ID == id {
			return pick(z.Name, id, l)
		}
	}
	for _, u := range st.UPS {
		if u.ID == id {
			return pick(u.Name, id, l)
		}
	}
	return id
}

// Describe returns one sentence saying what entry e records.
func (b *Book) Describe(e sim.Entry, l Lang) string {
	ko := l == Korean
	say := func(en, kr string, args ...any) string {
		if ko {
			return fmt.Sprintf(kr, args...)
		}
		return fmt.Sprintf(en, args...)
	}
	site := b.Site(e.Site, l)
	part := func(id string) string { return b.part(e.Site, id, l) }
	n := Count(e.N, l)
	switch e.Kind {
	case sim.EntIgnition:
		return say("Fire breaks out in the %s at %s.", "%[2]s %[1]s에서 화재 발생", part(e.Subject), site)
	case sim.EntFireSpread:
		return say("The fire spreads from the %s into the %s.", "불길이 %s에서 %s까지 번짐", part(e.Subject), part(e.Object))
	case sim.EntUPSDestroyed:
		return say("%s burns: the servers it feeds lose their backup power.", "%s 소실: 여기에 연결된 서버의 예비 전원이 사라짐", part(e.Subject))
	case sim.EntCableBurned:
		if ko {
			return toward(part(e.Subject)) + " 가는 전력선 소실"
		}
		return fmt.Sprintf("Power cables to %s burn.", part(e.Subject))
	case sim.EntGenDestroyed:
		return say("The generators at %s burn.", "%s 발전기 소실", site)
	case sim.EntServersBurned:
		if e.N == 1 {
			return say("1 server burns.", "서버 1대 소실")
		}
		return say("%s servers burn.", "서버 %s대 소실", n)
	case sim.EntFireReported:
		return say("The fire is reported to the fire service.", "소방서에 화재 신고 접수")
	case sim.EntPowerCutAll:
		return say("Firefighters cut power to the whole building so they can use water: no UPS or generator can help now.", "소방당국이 물을 뿌리려고 건물 전체 전원을 차단: 이제 UPS도 발전기도 소용없음")
	case sim.EntPowerCutZones:
		return say("Firefighters cut power only to the %s zones near the fire; the rest stays on.", "소방당국이 화재 인근 %s개 구역만 전원 차단, 나머지는 유지", n)
	case sim.EntKnockdown:
		return say("The main fire is knocked down.", "큰 불길 잡힘(초진)")
	case sim.EntFireOut:
		return say("The fire is out.", "화재 완전 진화(완진)")
	case sim.EntPowerHandedBack:
		return say("After safety checks, power goes back on zone by zone.", "안전 점검 뒤 구역별로 전원 재공급 시작")
	case sim.EntZonePowerOn:
		if e.N == 0 {
			return say("%s has power again.", "%s 전원 복구", part(e.Subject))
		}
		return say("%s has power again (%s servers).", "%s 전원 복구(서버 %s대)", part(e.Subject), n)
	case sim.EntZonePowerOff:
		if e.N == 0 {
			return say("%s loses power.", "%s 전원 끊김", part(e.Subject))
		}
		return say("%s loses power (%s servers).", "%s 전원 끊김(서버 %s대)", part(e.Subject), n)
	case sim.EntUtilityLost:
		return say("Grid power to %s fails.", "%s 외부 전력 끊김", site)
	case sim.EntUtilityBack:
		return say("Grid power to %s is back.", "%s 외부 전력 복구", site)
	case sim.EntUPSOnBattery:
		return say("%s runs on battery.", "%s 배터리로 전력 공급", part(e.Subject))
	case sim.EntUPSEmpty:
		return say("%s's battery runs dry.", "%s 배터리 방전", part(e.Subject))
	case sim.EntUPSFailed:
		return say("%s fails.", "%s 고장", part(e.Subject))
	case sim.EntGenStarting:
		return say("Generators at %s start.", "%s 발전기 기동", site)
	case sim.EntGenOnline:
		return say("Generators carry the load at %s.", "%s 발전기가 전력 공급", site)
	case sim.EntGenFailed:
		return say("Generators at %s fail to start.", "%s 발전기 기동 실패", site)
	case sim.EntGenStopped:
		return say("Generators at %s stop.", "%s 발전기 정지", site)
	case sim.EntGenNoFuel:
		return say("Generators at %s run out of fuel.", "%s 발전기 연료 소진", site)
	case sim.EntRepairStarted:
		if e.Object == "cable" {
			return say("Crews start re-laying the power cables to %s.", "%s 전력선 재포설 작업 시작", part(e.Subject))
		}
		return say("Crews start replacing %s.", "%s 교체 작업 시작", part(e.Subject))
	case sim.EntRepairDone:
		if e.Object == "cable" {
			return say("New power cables to %s are in.", "%s 전력선 재포설 완료", part(e.Subject))
		}
		return say("%s is replaced.", "%s 교체 완료", part(e.Subject))
	case sim.EntSiteLost:
		return say("%s is lost.", "%s 전체 손실", site)
	case sim.EntSwitchStarted:
		comp, to := b.Component(e.Subject, l), b.GroupSite(e.Object, l)
		if b.isBackup(e.Subject) {
			switch {
			case ko && e.N > 0:
				return fmt.Sprintf("엔지니어들이 %s 백업에서 %s 서버로 복원 시작(서버 %s대 먼저 추가)", object(comp), to, n)
			case ko:
				return fmt.Sprintf("엔지니어들이 %s 백업에서 %s 서버로 복원 시작", object(comp), to)
			case e.N > 0:
				return fmt.Sprintf("Engineers start restoring %s from its backup onto servers in %s, adding %s servers first.", comp, to, n)
			}
			return fmt.Sprintf("Engineers start restoring %s from its backup onto servers in %s.", comp, to)
		}
		switch {
		case ko && e.N > 0:
			return fmt.Sprintf("엔지니어들이 %s %s 수동 전환 시작(서버 %s대 먼저 추가)", object(comp), toward(to), n)
		case ko:
			return fmt.Sprintf("엔지니어들이 %s %s 수동 전환 시작", object(comp), toward(to))
		case e.N > 0:
			return fmt.Sprintf("Engineers start moving %s to %s by hand, adding %s servers first.", comp, to, n)
		}
		return fmt.Sprintf("Engineers start moving %s to %s by hand.", comp, to)
	case sim.EntSwitchAborted:
		return say("Moving %s stops: the engineers' tools or the target went dark.", "%s 전환 중단: 운영 도구나 전환 대상이 멈춤", b.Component(e.Subject, l))
	case sim.EntSwitchDone:
		return say("%s now runs in %s.", "%s, %s에서 가동", b.Component(e.Subject, l), b.GroupSite(e.Object, l))
	case sim.EntAutoFailover:
		if ko {
			return fmt.Sprintf("%s, %s 자동 전환", b.Component(e.Subject, l), toward(b.GroupSite(e.Object, l)))
		}
		return fmt.Sprintf("%s fails over to %s automatically.", b.Component(e.Subject, l), b.GroupSite(e.Object, l))
	case sim.EntDataLost:
		return say("Every copy of %s is gone: its data is lost.", "%s의 모든 사본 소실: 데이터 유실", b.Component(e.Subject, l))
	case sim.EntDataBehind:
		comp := b.Component(e.Subject, l)
		span := Span(sim.Seconds(e.N), l)
		switch {
		case b.isBackup(e.Subject):
			return say("%s is restored from its backup, up to %s old: the writes since are missing.", "%s 백업에서 복원: 최대 %s 전 데이터라 그 뒤 기록은 빠짐", comp, span)
		case e.N < 0:
			return say("%s now runs from the copy in %s, which holds none of the data.", "%s, 데이터가 하나도 없는 %s 복제본으로 가동", comp, b.GroupSite(e.Object, l))
		}
		return say("%s now runs from the copy in %s, up to %s behind: the writes since are missing.", "%s, 최대 %[3]s 뒤처진 %[2]s 복제본으로 가동: 그 사이 기록은 빠짐", comp, b.GroupSite(e.Object, l), span)
	case sim.EntWritesLost:
		comp := b.Component(e.Subject, l)
		if e.N < 0 {
			return say("%s loses the copy in use; the copies left hold none of the data.", "%s: 사용 중이던 복제본 소실, 남은 복제본에는 데이터가 없음", comp)
		}
		return say("%s loses the copy in use, and with it up to %s of writes no other copy has.", "%s: 사용 중이던 복제본 소실, 다른 복제본에 없는 최대 %s의 기록도 함께 사라짐", comp, Span(sim.Seconds(e.N), l))
	case sim.EntComponent:
		name := b.Component(e.Subject, l)
		switch e.Status {
		case sim.StatusDown:
			return say("%s stops.", "%s 중단", name)
		case sim.StatusDegraded:
			return say("%s runs short of capacity.", "%s 용량 부족으로 일부 장애", name)
		}
		return say("%s works again.", "%s 정상화", name)
	case sim.EntApp:
		name := b.App(e.Subject, l)
		switch e.Status {
		case sim.StatusDown:
			if e.N > 0 {
				return say("%s goes dark for %s people.", "%s 먹통: %s명 이용 불가", name, n)
			}
			return say("%s goes dark.", "%s 먹통", name)
		case sim.StatusDegraded:
			return say("%s works, but only in part.", "%s 일부 기능만 작동", name)
		}
		return say("%s is fully back.", "%s 완전 정상화", name)
	case sim.EntServers:
		owner := b.Owner(l)
		if ko {
			return fmt.Sprintf("%s 서버 %s대 전원 공급 중", owner, n)
		}
		return fmt.Sprintf("%s of %s's servers have power.", n, owner)
	}
	return string(e.Kind)
}
