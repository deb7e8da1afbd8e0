package sim

// startRepairs gives free crews at site si the shortest waiting jobs
// whose damage they may reach: not while the fire service holds the
// building, and not while the compartment with the damage burns.
func (w *World) startRepairs(si int) {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	if ss.hold || ss.lost {
		return
	}
	for ss.crewsBusy < st.Repair.Crews {
		best := -1
		for j := range ss.jobs {
			jb := &ss.jobs[j]
			if jb.started || !w.jobReachable(si, jb) {
				continue
			}
			if best < 0 || jb.dur < ss.jobs[best].dur {
				best = j
			}
		}
		if best < 0 {
			return
		}
		jb := &ss.jobs[best]
		jb.started = true
		ss.crewsBusy++
		subject, what := w.jobNames(si, jb)
		w.note(Entry{Kind: EntRepairStarted, Site: st.ID, Subject: subject, Object: what})
		w.schedule(w.now+jb.dur, evRepairDone, si, best, 0)
	}
}

// jobReachable reports whether crews can work on jb now.
func (w *World) jobReachable(si int, jb *repairJob) bool {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	burning := func(id string) bool { return ss.burning[w.ix.compartments[si][id]] }
	if jb.ups >= 0 {
		return !burning(st.UPS[jb.ups].Compartment)
	}
	for _, via := range st.Zones[jb.zone].CableVia {
		if burning(via) {
			return false
		}
	}
	return true
}

// jobNames returns the id of what job jb repairs and "ups" or "cable".
func (w *World) jobNames(si int, jb *repairJob) (string, string) {
	st := &w.scn.Sites[si]
	if jb.ups >= 0 {
		return st.UPS[jb.ups].ID, "ups"
	}
	return st.Zones[jb.zone].ID, "cable"
}

// repairDone finishes job j of site si: the UPS string or cable route
// works again and the zones it frees are re-energised if the building is
// no longer held.
func (w *World) repairDone(si, j int) {
	ss := &w.sites[si]
	jb := &ss.jobs[j]
	if jb.done || ss.lost {
		return
	}
	jb.done = true
	ss.crewsBusy--
	st := &w.scn.Sites[si]
	if jb.ups >= 0 {
		ss.upsDead[jb.ups] = false
		ss.upsLeft[jb.ups] = Seconds(st.UPS[jb.ups].RuntimeMin) * Minute
	} else {
		ss.cable[jb.zone] = false
	}
	subject, what := w.jobNames(si, jb)
	w.note(Entry{Kind: EntRepairDone, Site: st.ID, Subject: subject, Object: what})
	if ss.hold {
		return
	}
	for z := range ss.held {
		if ss.held[z] && !w.zoneDamaged(si, z) && ss.reentered {
			ss.held[z] = false
		}
	}
}
