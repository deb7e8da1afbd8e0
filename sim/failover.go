package sim

// groupOf returns the world index of the j-th group of component c.
func (w *World) groupOf(c, j int) int { return w.ix.groups[w.scn.Comps[c].Groups[j]] }

// compStatus works out component c's status from its groups.
func (w *World) compStatus(c int) Status {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	if cs.lost {
		return StatusDown
	}
	if cp.Mode == ModeActive {
		live := 0
		for j := range cp.Groups {
			if gi := w.groupOf(c, j); w.serving(gi) {
				live += w.groups[gi].servers
			}
		}
		switch {
		case live >= cp.Need:
			return StatusUp
		case live > 0:
			return StatusDegraded
		}
		return StatusDown
	}
	gi := w.groupOf(c, cs.act)
	switch {
	case !w.serving(gi):
		return StatusDown
	case w.groups[gi].servers < cp.Need:
		return StatusDegraded
	}
	return StatusUp
}

// compAlive reports whether component id is up or degraded; an empty id
// names a part the scenario does not model, which counts as alive.
func (w *World) compAlive(id string) bool {
	if id == "" {
		return true
	}
	return w.comps[w.ix.comps[id]].status != StatusDown
}

// settleComponents updates every component's status, notes data loss,
// starts automatic failovers and queues work for the engineers.
func (w *World) settleComponents() {
	for c := range w.comps {
		w.checkLoss(c)
		w.trackCopies(c)
		st := w.compStatus(c)
		if st != w.comps[c].status {
			w.comps[c].status = st
			w.note(Entry{Kind: EntComponent, Subject: w.scn.Comps[c].ID, Status: st})
			if st == StatusDown && !w.ops.alerted {
				w.ops.alerted = true
				w.ops.responseAt = w.now + Seconds(w.scn.Ops.ResponseMin)*Minute
				w.schedule(w.ops.responseAt, evWake, 0, 0, 0)
			}
		}
	}
	controller := w.scn.Ops.Controller != "" && w.compAlive(w.scn.Ops.Controller)
	for c := range w.comps {
		cs := &w.comps[c]
		cp := &w.scn.Comps[c]
		target := w.need(c)
		if target < 0 {
			cs.autoPending, cs.queued = false, false
			cs.autoTok++
			if cs.running {
				w.endTask(c)
			}
			continue
		}
		if cp.Mode == ModeAuto && controller && target != cs.act {
			if !cs.autoPending {
				cs.autoPending, cs.autoTarget = true, target
				cs.autoTok++
				w.schedule(w.now+Seconds(w.scn.Ops.FailoverSec), evAutoSwitch, c, 0, cs.autoTok)
			}
			continue
		}
		if !cs.running {
			cs.queued = true
		}
	}
}

// need returns the group (an index into component c's Groups) that
// engineers or the controller should move c to, or -1 if c needs no
// work or none is possible now: the freshest copy that serves (the
// smallest lag, the first in order on a tie). It returns c's own active
// group when that group serves but is smaller than the load.
func (w *World) need(c int) int {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	if cs.lost || cs.status == StatusUp || cp.Mode == ModeSingle {
		return -1
	}
	if cp.Mode == ModeActive {
		for j := range cp.Groups {
			if w.serving(w.groupOf(c, j)) {
				if w.scn.Ops.ProvisionPerHour > 0 {
					return j
				}
				return -1
			}
		}
		return -1
	}
	if w.serving(w.groupOf(c, cs.act)) {
		if w.scn.Ops.ProvisionPerHour > 0 {
			return cs.act
		}
		return -1
	}
	if cp.Mode == ModeBackup && cs.backupGone {
		return -1
	}
	best := -1
	for j := range cp.Groups {
		if j != cs.act && w.serving(w.groupOf(c, j)) && (best < 0 || cs.lags[j] < cs.lags[best]) {
			best = j
		}
	}
	return best
}

// checkLoss marks component c's data lost once every copy is destroyed:
// every group, or for ModeBackup the backup copy, the primary and the
// group a restore moved it to.
func (w *World) checkLoss(c int) {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	if cs.lost {
		return
	}
	if cp.Mode == ModeBackup {
		cs.backupGone = cs.backupGone || w.backupBurned(c)
		if cs.backupGone && w.groups[w.groupOf(c, 0)].destroyed && w.groups[w.groupOf(c, cs.act)].destroyed {
			cs.lost = true
		}
	} else {
		all := true
		for j := range cp.Groups {
			all = all && w.groups[w.groupOf(c, j)].destroyed
		}
		cs.lost = all
	}
	if cs.lost {
		w.recordLoss(c, lossState{window: Never, at: w.now, rule: LossEveryCopy, copy: -1, from: -1})
		w.note(Entry{Kind: EntDataLost, Subject: cp.ID})
	}
}

// autoSwitch completes an automatic failover of component c.
func (w *World) autoSwitch(c int, tok uint64) {
	cs := &w.comps[c]
	if tok != cs.autoTok || !cs.autoPending {
		return
	}
	cs.autoPending = false
	if !w.serving(w.groupOf(c, cs.autoTarget)) {
		return
	}
	cs.act = cs.autoTarget
	w.note(Entry{Kind: EntAutoFailover, Subject: w.scn.Comps[c].ID, Object: w.scn.Comps[c].Groups[cs.act]})
}
