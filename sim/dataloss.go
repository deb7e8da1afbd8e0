package sim

import "fmt"

// LossKind says how much of a component's data a run lost.
type LossKind uint8

// Amounts of data lost, from the least to the most.
const (
	// LossNone: nothing written was lost.
	LossNone LossKind = iota
	// LossRecent: the writes of a span before the failure were lost
	// (DataLoss.Window).
	LossRecent
	// LossEverything: all of the data was lost.
	LossEverything
)

// String returns "none", "recent" or "everything".
func (k LossKind) String() string {
	names := [...]string{"none", "recent", "everything"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("losskind(%d)", uint8(k))
}

// MarshalText writes the kind as its name.
func (k LossKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind's name.
func (k *LossKind) UnmarshalText(b []byte) error {
	for v := range LossEverything + 1 {
		if v.String() == string(b) {
			*k = v
			return nil
		}
	}
	return fmt.Errorf("sim: unknown loss kind %q", b)
}

// LossRule names the rule of the model that decided what a component's
// data lost.
type LossRule uint8

// The rules, from those that lose nothing to the loss of every copy.
const (
	// LossStayed: no copy had to take over, and a copy survived; the
	// data stayed where it was.
	LossStayed LossRule = iota
	// LossSyncTookOver: the copy that took over (DataLoss.Copy) was
	// synchronous and had every write.
	LossSyncTookOver
	// LossTookOver: the copy that took over trailed the one in use by
	// up to its lag, and the writes of that span are missing.
	LossTookOver
	// LossEmptyTookOver: the copy that took over held none of the data
	// (lag "none").
	LossEmptyTookOver
	// LossRestored: the component was restored from its backup, which
	// is up to its lag old.
	LossRestored
	// LossServingLost: the copy in use was destroyed while the component
	// was down; the writes the freshest surviving copy lacked went with
	// it.
	LossServingLost
	// LossEveryCopy: every copy was destroyed.
	LossEveryCopy
)

// String returns the rule's name, such as "took-over".
func (r LossRule) String() string {
	names := [...]string{"stayed", "sync-took-over", "took-over", "empty-took-over", "restored", "serving-copy-lost", "every-copy-lost"}
	if int(r) < len(names) {
		return names[r]
	}
	return fmt.Sprintf("lossrule(%d)", uint8(r))
}

// MarshalText writes the rule as its name.
func (r LossRule) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a rule's name.
func (r *LossRule) UnmarshalText(b []byte) error {
	for v := range LossEveryCopy + 1 {
		if v.String() == string(b) {
			*r = v
			return nil
		}
	}
	return fmt.Errorf("sim: unknown loss rule %q", b)
}

// Copy is one copy of a component's data: on server group Group, or a
// backup (Group empty), standing in Compartment of Site; Lag is how far
// it trails, as the scenario states it or by the mode's default.
type Copy struct {
	Group       string `json:"group,omitempty"`
	Site        string `json:"site,omitempty"`
	Compartment string `json:"compartment,omitempty"`
	Lag         Lag    `json:"lag,omitempty"`
}

// DataLoss says how much of a component's data a run lost, whether for
// good, and by which rule. An app's DataLoss is the worst of its
// components'.
type DataLoss struct {
	// Comp is the component whose data it is; Kind how much it lost.
	Comp string   `json:"comp"`
	Kind LossKind `json:"kind"`
	// Window is, for LossRecent, the span of writes lost: up to this
	// long before the failure, in simulated seconds.
	Window Seconds `json:"window"`
	// ForGood reports whether every disk that held the lost writes was
	// destroyed. Otherwise they wait on a copy that is out of service
	// and can be restored from it.
	ForGood bool `json:"forGood"`
	// At is when Rule applied (the take-over, the restore, the
	// destruction), or Never for LossStayed.
	At   Seconds  `json:"at"`
	Rule LossRule `json:"rule"`
	// Copy is the copy the rule speaks of: the one that took over, the
	// backup restored from, or the freshest one left when the copy in
	// use was destroyed.
	Copy Copy `json:"copy"`
	// From lists the copies that held the lost writes: the copy in use
	// when it failed, or every copy for LossEveryCopy.
	From []Copy `json:"from,omitempty"`
	// Burned reports whether the copies in From that were destroyed
	// burned, rather than being lost with their site.
	Burned bool `json:"burned"`
}

// Worse reports whether d lost more than e: more data, or as much for
// good where e's can be restored. Among losses of nothing, one where a
// copy took over counts as worse than one where the data stayed put, so
// that the worse one names the rule that mattered.
func (d DataLoss) Worse(e DataLoss) bool {
	switch {
	case d.Kind != e.Kind:
		return d.Kind > e.Kind
	case d.Window != e.Window:
		return d.Window > e.Window
	case d.ForGood != e.ForGood:
		return d.ForGood
	}
	return d.Rule != LossStayed && e.Rule == LossStayed
}

// lossState is what a component's data lost so far, the worst event.
type lossState struct {
	window Seconds // writes lost, up to; 0 for none, Never for all
	at     Seconds
	rule   LossRule
	copy   int // index into the component's Groups of the copy the rule speaks of; -1 for the backup or none
	from   int // index into the component's Groups of the copy that held the lost writes, or -1
}

// initCopies works out the span of each copy's lag and which copies
// hold the data at time 0.
func (w *World) initCopies(c int) {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	cs.lags = make([]Seconds, len(cp.Groups))
	for j := range cp.Groups {
		cs.lags[j] = cp.CopyLag(j).span()
	}
	if cp.Backup != nil {
		cs.backupLag = cp.BackupLag().span()
	}
	cs.loss = lossState{at: Never, copy: -1, from: -1}
	cs.holders = w.servingCopies(c, nil)
}

// servingCopies appends to buf the copies (indexes into component c's
// Groups) that serve and so take its writes now: every serving group in
// ModeActive, otherwise the active group if it serves.
func (w *World) servingCopies(c int, buf []int) []int {
	cp := &w.scn.Comps[c]
	if cp.Mode != ModeActive {
		if w.serving(w.groupOf(c, w.comps[c].act)) {
			buf = append(buf, w.comps[c].act)
		}
		return buf
	}
	for j := range cp.Groups {
		if w.serving(w.groupOf(c, j)) {
			buf = append(buf, j)
		}
	}
	return buf
}

// trackCopies follows which copies of component c hold its latest
// writes and notes the writes lost when a copy that trails takes over
// from one that failed, or when the copy in use is destroyed while no
// copy serves.
func (w *World) trackCopies(c int) {
	cs := &w.comps[c]
	if cs.lost {
		return
	}
	now := w.servingCopies(c, w.scratch[:0])
	w.scratch = now
	if len(now) == 0 {
		w.checkServingLost(c)
		return
	}
	dropped := -1
	for _, h := range cs.holders {
		if !containsInt(now, h) && !w.serving(w.groupOf(c, h)) {
			dropped = h
			break
		}
	}
	if dropped >= 0 {
		w.tookOver(c, now, dropped)
	}
	cs.holders = append(cs.holders[:0], now...)
	cs.servingLost = false
}

// tookOver notes what component c lost when the copies now serving
// took over from copy from, which failed.
func (w *World) tookOver(c int, now []int, from int) {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	l := lossState{at: w.now, from: from, copy: now[0]}
	if cp.Mode == ModeBackup {
		l.window, l.rule = cs.backupLag, LossRestored
	} else {
		for _, j := range now[1:] {
			if cs.lags[j] < cs.lags[l.copy] {
				l.copy = j
			}
		}
		l.window = cs.lags[l.copy]
		switch l.window {
		case 0:
			l.rule = LossSyncTookOver
		case Never:
			l.rule = LossEmptyTookOver
		default:
			l.rule = LossTookOver
		}
	}
	w.recordLoss(c, l)
	if l.window > 0 {
		w.note(Entry{Kind: EntDataBehind, Subject: cp.ID, Object: cp.Groups[l.copy], N: lossN(l.window)})
	}
}

// checkServingLost notes, once, the writes component c lost when a
// copy that held them was destroyed while no copy served: the freshest
// surviving copy lacks up to its lag. The data is all lost when no copy
// survives; checkLoss notes that.
func (w *World) checkServingLost(c int) {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	if cs.servingLost {
		return
	}
	from := -1
	for _, h := range cs.holders {
		if w.groups[w.groupOf(c, h)].destroyed {
			from = h
			break
		}
	}
	if from < 0 {
		return
	}
	cs.servingLost = true
	l := lossState{at: w.now, rule: LossServingLost, from: from, copy: -1}
	if cp.Mode == ModeBackup {
		if cs.backupGone {
			return
		}
		l.window = cs.backupLag
	} else {
		for j := range cp.Groups {
			if !w.groups[w.groupOf(c, j)].destroyed && (l.copy < 0 || cs.lags[j] < cs.lags[l.copy]) {
				l.copy = j
			}
		}
		if l.copy < 0 {
			return
		}
		l.window = cs.lags[l.copy]
	}
	w.recordLoss(c, l)
	if l.window > 0 {
		w.note(Entry{Kind: EntWritesLost, Subject: cp.ID, Object: cp.Groups[from], N: lossN(l.window)})
	}
}

// recordLoss keeps l as component c's loss if it lost at least as much
// as the loss noted so far; the later of two equal events names the
// rule.
func (w *World) recordLoss(c int, l lossState) {
	if cs := &w.comps[c]; l.window >= cs.loss.window {
		cs.loss = l
	}
}

// lossN is the N of a data-loss entry: the seconds of writes lost, or
// -1 for all of them.
func lossN(window Seconds) int64 {
	if window == Never {
		return -1
	}
	return int64(window)
}

// backupBurned reports whether component c's backup copy is destroyed:
// its compartment has burned or its site is lost.
func (w *World) backupBurned(c int) bool {
	b := w.scn.Comps[c].Backup
	si := w.ix.sites[b.Site]
	return w.sites[si].lost || w.sites[si].burned[w.ix.compartments[si][b.Compartment]]
}

// copyOf returns the copy on the j-th group of component c, or the
// backup for j < 0.
func (w *World) copyOf(c, j int) Copy {
	cp := &w.scn.Comps[c]
	if j < 0 {
		if cp.Backup == nil {
			return Copy{}
		}
		return Copy{Site: cp.Backup.Site, Compartment: cp.Backup.Compartment, Lag: cp.BackupLag()}
	}
	g := w.groups[w.groupOf(c, j)]
	return Copy{Group: cp.Groups[j], Site: w.scn.Sites[g.site].ID, Compartment: w.scn.Sites[g.site].Zones[g.zone].Compartment, Lag: cp.CopyLag(j)}
}

// dataLoss returns what component c's data lost up to now.
func (w *World) dataLoss(c int) DataLoss {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	l := cs.loss
	d := DataLoss{Comp: cp.ID, At: l.at, Rule: l.rule}
	switch l.window {
	case 0:
		d.Kind = LossNone
	case Never:
		d.Kind = LossEverything
	default:
		d.Kind, d.Window = LossRecent, l.window
	}
	if l.rule == LossStayed {
		return d
	}
	if l.rule != LossEveryCopy {
		d.Copy = w.copyOf(c, l.copy)
		if cp.Mode == ModeBackup && l.rule == LossRestored {
			d.Copy = w.copyOf(c, -1)
		}
	}
	var from []int
	switch {
	case l.rule == LossEveryCopy && cp.Mode == ModeBackup:
		from = []int{0}
		if cs.act != 0 {
			from = append(from, cs.act)
		}
	case l.rule == LossEveryCopy:
		for j := range cp.Groups {
			from = append(from, j)
		}
	case l.from >= 0:
		from = []int{l.from}
	}
	d.ForGood, d.Burned = true, true
	for _, j := range from {
		d.From = append(d.From, w.copyOf(c, j))
		g := &w.groups[w.groupOf(c, j)]
		d.ForGood = d.ForGood && g.destroyed
		d.Burned = d.Burned && g.destroyed && !w.sites[g.site].lost
	}
	if l.rule == LossEveryCopy && cp.Mode == ModeBackup {
		d.From = append(d.From, w.copyOf(c, -1))
		d.Burned = d.Burned && !w.sites[w.ix.sites[cp.Backup.Site]].lost
	}
	if d.Kind == LossNone {
		d.ForGood = false
	}
	d.Burned = d.Burned && d.ForGood
	return d
}

// appDataLoss returns the worst data loss among app a's components,
// required and optional, from the components' losses ds.
func (w *World) appDataLoss(a int, ds []DataLoss) DataLoss {
	app := &w.scn.Apps[a]
	var worst DataLoss
	first := true
	for _, ids := range [][]string{app.Requires, app.Optional} {
		for _, id := range ids {
			d := ds[w.ix.comps[id]]
			if first || d.Worse(worst) {
				worst, first = d, false
			}
		}
	}
	return worst
}

func containsInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
