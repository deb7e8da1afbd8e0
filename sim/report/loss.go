package report

import (
	"fmt"

	"outagelab/sim"
)

// Span formats a span of writes as a reader says it: "30 seconds",
// "5 minutes", "1 hour", "24 hours", "7 days", or "2 h 30 min" where no
// one unit fits; in Korean "30초", "5분", "24시간", "7일".
func Span(d sim.Seconds, l Lang) string {
	ko := l == Korean
	unit := func(n sim.Seconds, en, kr string) string {
		if ko {
			return fmt.Sprintf("%d%s", n, kr)
		}
		if n == 1 {
			return "1 " + en
		}
		return fmt.Sprintf("%d %ss", n, en)
	}
	switch {
	case d < sim.Minute:
		return unit(d, "second", "초")
	case d < sim.Hour && d%sim.Minute == 0:
		return unit(d/sim.Minute, "minute", "분")
	case d%sim.Day == 0 && d >= 2*sim.Day:
		return unit(d/sim.Day, "day", "일")
	case d%sim.Hour == 0:
		return unit(d/sim.Hour, "hour", "시간")
	}
	return Duration(d, l)
}

// LossAmount names how much data d lost: "none", "up to 5 minutes" or
// "everything" (없음, 최대 5분, 전부).
func LossAmount(d sim.DataLoss, l Lang) string {
	ko := l == Korean
	switch d.Kind {
	case sim.LossRecent:
		if ko {
			return "최대 " + Span(d.Window, l)
		}
		return "up to " + Span(d.Window, l)
	case sim.LossEverything:
		if ko {
			return "전부"
		}
		return "everything"
	}
	if ko {
		return "없음"
	}
	return "none"
}

// LossFate says whether d's lost writes are gone for good or can be
// restored from a copy that is out of service: "for good",
// "restorable", or "" when nothing was lost.
func LossFate(d sim.DataLoss, l Lang) string {
	switch {
	case d.Kind == sim.LossNone:
		return ""
	case d.ForGood && l == Korean:
		return "영구 손실"
	case d.ForGood:
		return "for good"
	case l == Korean:
		return "복구 가능"
	}
	return "restorable"
}

// LossSummary is LossAmount and LossFate together: "up to 5 minutes,
// restorable", "everything, for good", "none".
func LossSummary(d sim.DataLoss, l Lang) string {
	if f := LossFate(d, l); f != "" {
		return LossAmount(d, l) + ", " + f
	}
	return LossAmount(d, l)
}

// lagWords says how old a copy with lag g may be, for a rule: "up to
// 5 minutes", or for a nightly backup "a nightly one, up to a day".
func lagWords(g sim.Lag, l Lang) string {
	span, err := g.Span()
	if err != nil {
		return string(g)
	}
	if l == Korean {
		return "최대 " + Span(span, l)
	}
	return "up to " + Span(span, l)
}

// standby names the kind of copy that takes over in component id's
// mode: a standby, or in mode active a copy.
func (b *Book) standby(id string, l Lang) string {
	active := false
	if i, ok := b.comps[id]; ok {
		active = b.scn.Comps[i].Mode == sim.ModeActive
	}
	switch {
	case active && l == Korean:
		return "복제본"
	case active:
		return "copy"
	case l == Korean:
		return "대기 복제본"
	}
	return "standby"
}

// where names where a copy stands, for a rule: "the B3 battery room at
// SK C&C Pangyo data center" for a backup or a destroyed copy, or the
// site alone for a standby.
func (b *Book) where(c sim.Copy, room bool, l Lang) string {
	site := b.Site(c.Site, l)
	if !room || c.Compartment == "" {
		return site
	}
	if l == Korean {
		return site + " " + b.part(c.Site, c.Compartment, l)
	}
	return "the " + b.part(c.Site, c.Compartment, l) + " at " + site
}

// LossRule says which rule of the model decided d, as a clause without
// a capital or a full stop: "the standby in Kakao Anyang data center
// was up to 5 minutes behind when it took over", "every copy burned in
// the battery room".
func (b *Book) LossRule(d sim.DataLoss, l Lang) string {
	ko := l == Korean
	copyAt := b.Site(d.Copy.Site, l)
	kind := b.standby(d.Comp, l)
	switch d.Rule {
	case sim.LossSyncTookOver:
		if ko {
			return fmt.Sprintf("%s의 %s이 동기식이라 넘겨받을 때 모든 기록을 갖고 있었음", copyAt, kind)
		}
		return fmt.Sprintf("the %s in %s was synchronous: it had every write when it took over", kind, copyAt)
	case sim.LossTookOver:
		if ko {
			return fmt.Sprintf("%s의 %s이 넘겨받을 때 %s 뒤처져 있었음", copyAt, kind, lagWords(d.Copy.Lag, l))
		}
		return fmt.Sprintf("the %s in %s was %s behind when it took over", kind, copyAt, lagWords(d.Copy.Lag, l))
	case sim.LossEmptyTookOver:
		if ko {
			return fmt.Sprintf("%s의 %s에는 넘겨받을 때 데이터가 하나도 없었음", copyAt, kind)
		}
		return fmt.Sprintf("the %s in %s held none of the data when it took over", kind, copyAt)
	case sim.LossRestored:
		return b.restored(d, l)
	case sim.LossServingLost:
		return b.servingLost(d, l)
	case sim.LossEveryCopy:
		return b.everyCopy(d, l)
	}
	if ko {
		return "넘겨받을 복제본이 필요 없었고 데이터는 제자리에 있었음"
	}
	return "no copy had to take over: the data stayed where it was"
}

// backupWords names d's backup copy: "the nightly backup in the
// B3 battery room at …" or "the backup in …, up to 2 hours old".
func (b *Book) backupWords(c sim.Copy, l Lang) string {
	at := b.where(c, true, l)
	switch {
	case c.Lag == sim.LagNightly && l == Korean:
		return fmt.Sprintf("%s의 야간 백업(최대 하루 전)", at)
	case c.Lag == sim.LagNightly:
		return fmt.Sprintf("the nightly backup in %s, up to a day old", at)
	case l == Korean:
		return fmt.Sprintf("%s의 백업(%s 전)", at, lagWords(c.Lag, l))
	}
	return fmt.Sprintf("the backup in %s, %s old", at, lagWords(c.Lag, l))
}

func (b *Book) restored(d sim.DataLoss, l Lang) string {
	if l == Korean {
		return b.backupWords(d.Copy, l) + "에서 복원함"
	}
	return "it was restored from " + b.backupWords(d.Copy, l)
}

// destroyed says how the copy c was lost: it burned in its room, or
// went with its site.
func (b *Book) destroyed(c sim.Copy, burned bool, l Lang) string {
	switch {
	case burned && l == Korean:
		return b.where(c, true, l) + "에서 불에 탐"
	case burned:
		return "burned in " + b.where(c, true, l)
	case l == Korean:
		return with(b.Site(c.Site, l)) + " 함께 사라짐"
	}
	return "was lost with " + b.Site(c.Site, l)
}

func (b *Book) servingLost(d sim.DataLoss, l Lang) string {
	var from sim.Copy
	if len(d.From) > 0 {
		from = d.From[0]
	}
	lost := b.destroyed(from, d.Burned, l)
	if d.Copy.Group == "" {
		if l == Korean {
			return fmt.Sprintf("사용 중이던 복제본이 %s. 남은 것은 %s뿐", lost, b.backupWords(d.Copy, l))
		}
		return fmt.Sprintf("the copy in use %s; what is left is %s", lost, b.backupWords(d.Copy, l))
	}
	at := b.Site(d.Copy.Site, l)
	if d.Kind == sim.LossNone {
		if l == Korean {
			return fmt.Sprintf("사용 중이던 복제본이 %s. %s의 복제본은 동기식이라 모든 기록을 갖고 있음", lost, at)
		}
		return fmt.Sprintf("the copy in use %s; the copy in %s was synchronous and has every write", lost, at)
	}
	if l == Korean {
		return fmt.Sprintf("사용 중이던 복제본이 %s. 남은 가장 최신 복제본(%s)은 %s 뒤처져 있었음", lost, at, lagWords(d.Copy.Lag, l))
	}
	return fmt.Sprintf("the copy in use %s; the freshest copy left, in %s, was %s behind", lost, at, lagWords(d.Copy.Lag, l))
}

func (b *Book) everyCopy(d sim.DataLoss, l Lang) string {
	ko := l == Korean
	if len(d.From) == 0 {
		if ko {
			return "모든 복제본이 사라짐"
		}
		return "every copy was lost"
	}
	room, site := true, true
	for _, c := range d.From[1:] {
		site = site && c.Site == d.From[0].Site
		room = room && site && c.Compartment == d.From[0].Compartment
	}
	first := d.From[0]
	switch {
	case room && d.Burned && ko:
		return "모든 복제본이 " + b.where(first, true, l) + "에서 함께 불에 탐"
	case room && d.Burned:
		return "every copy burned in " + b.where(first, true, l)
	case site && d.Burned && ko:
		return "모든 복제본이 " + b.Site(first.Site, l) + "에서 불에 탐"
	case site && d.Burned:
		return "every copy burned at " + b.Site(first.Site, l)
	case site && ko:
		return "모든 복제본이 " + with(b.Site(first.Site, l)) + " 함께 사라짐"
	case site:
		return "every copy was lost with " + b.Site(first.Site, l)
	case ko:
		return "모든 복제본이 사라짐"
	}
	return "every copy was lost"
}

// LossLine says data loss d in one line: its summary and the rule that
// decided it, "up to 5 minutes, restorable — the standby in … was up to
// 5 minutes behind when it took over". With app set (an app's loss) the
// rule is prefixed with the component it is about.
func (b *Book) LossLine(d sim.DataLoss, app bool, l Lang) string {
	rule := b.LossRule(d, l)
	if app {
		rule = b.Component(d.Comp, l) + ": " + rule
	}
	return LossSummary(d, l) + " — " + rule
}
