package sim

// settleTasks aborts manual work the engineers can no longer do and
// starts queued work on free teams. Manual work needs the ops tools
// alive, engineers who have responded, and a free team; it takes the
// switch (or restore) time plus the time to add any servers the target
// lacks.
func (w *World) settleTasks() {
	o := &w.scn.Ops
	tools := w.compAlive(o.Tools)
	for c := range w.comps {
		cs := &w.comps[c]
		if cs.running && (!tools || w.need(c) < 0) {
			if w.need(c) >= 0 {
				w.note(Entry{Kind: EntSwitchAborted, Subject: w.scn.Comps[c].ID, Object: w.scn.Comps[c].Groups[cs.target]})
				cs.queued = true
			}
			w.endTask(c)
		}
	}
	if !tools || !w.ops.alerted || w.now < w.ops.responseAt {
		return
	}
	for w.ops.busy < o.Teams {
		best := -1
		for c := range w.comps {
			cs := &w.comps[c]
			if !cs.queued || cs.running || w.need(c) < 0 {
				continue
			}
			if best < 0 || w.scn.Comps[c].Priority < w.scn.Comps[best].Priority {
				best = c
			}
		}
		if best < 0 {
			return
		}
		w.startTask(best)
	}
}

// startTask puts a team on moving component c to the group it needs.
func (w *World) startTask(c int) {
	cp := &w.scn.Comps[c]
	cs := &w.comps[c]
	cs.target = w.need(c)
	cs.queued, cs.running = false, true
	w.ops.busy++
	var dur Seconds
	if cp.Mode != ModeActive && cs.target != cs.act {
		dur = Seconds(w.scn.Ops.SwitchMin) * Minute
		if cp.Mode == ModeBackup {
			dur = Seconds(cp.RestoreMin) * Minute
		}
	}
	short := w.shortfall(c, cs.target)
	if rate := w.scn.Ops.ProvisionPerHour; rate > 0 && short > 0 {
		dur += (Seconds(short)*Hour + Seconds(rate) - 1) / Seconds(rate)
	}
	cs.taskTok++
	cs.doneAt = w.now + dur
	w.schedule(cs.doneAt, evTaskDone, c, 0, cs.taskTok)
	w.note(Entry{Kind: EntSwitchStarted, Subject: cp.ID, Object: cp.Groups[cs.target], N: int64(short)})
}

// shortfall is how many servers group j of component c lacks to carry
// the component's load; in ModeActive it counts what all live groups
// lack together.
func (w *World) shortfall(c, j int) int {
	cp := &w.scn.Comps[c]
	have := w.groups[w.groupOf(c, j)].servers
	if cp.Mode == ModeActive {
		have = 0
		for k := range cp.Groups {
			if gi := w.groupOf(c, k); w.serving(gi) {
				have += w.groups[gi].servers
			}
		}
	}
	return max(cp.Need-have, 0)
}

// endTask frees the team working on component c.
func (w *World) endTask(c int) {
	cs := &w.comps[c]
	cs.running = false
	cs.taskTok++
	w.ops.busy--
}

// taskDone completes the engineers' work on component c: the target
// group gets the servers it lacked and starts serving.
func (w *World) taskDone(c int, tok uint64) {
	cs := &w.comps[c]
	if tok != cs.taskTok || !cs.running {
		return
	}
	cp := &w.scn.Comps[c]
	gi := w.groupOf(c, cs.target)
	if !w.serving(gi) || (cp.Mode == ModeBackup && w.backupBurned(c)) {
		w.note(Entry{Kind: EntSwitchAborted, Subject: cp.ID, Object: cp.Groups[cs.target]})
		cs.queued = true
		w.endTask(c)
		return
	}
	w.groups[gi].servers += w.shortfall(c, cs.target)
	if cp.Mode != ModeActive {
		cs.act = cs.target
	}
	w.endTask(c)
	w.note(Entry{Kind: EntSwitchDone, Subject: cp.ID, Object: cp.Groups[cs.target]})
}
