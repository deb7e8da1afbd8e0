package sim

// ignite sets compartment c of site si on fire: it destroys the UPS
// strings, generators and servers that share the space and burns the
// cables routed through it, starts the fire service's response if none
// is under way, and queues the spread to neighbouring compartments.
// from is the compartment the fire came from, or -1.
func (w *World) ignite(si, c, from int) {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	if ss.burned[c] || ss.lost {
		return
	}
	ss.burning[c], ss.burned[c] = true, true
	id := st.Compartments[c].ID
	if from < 0 {
		w.note(Entry{Kind: EntIgnition, Site: st.ID, Subject: id})
	} else {
		w.note(Entry{Kind: EntFireSpread, Site: st.ID, Subject: st.Compartments[from].ID, Object: id})
	}
	for u, x := range st.UPS {
		if x.Compartment == id {
			w.killUPS(si, u, EntUPSDestroyed)
		}
	}
	for z, zone := range st.Zones {
		for _, via := range zone.CableVia {
			if via == id && !ss.cable[z] {
				ss.cable[z] = true
				w.note(Entry{Kind: EntCableBurned, Site: st.ID, Subject: zone.ID})
				ss.jobs = append(ss.jobs, repairJob{ups: -1, zone: z, dur: Seconds(st.Repair.CableMin) * Minute})
			}
		}
	}
	if st.Generators.Count > 0 && st.Generators.Compartment == id && !ss.gen.destroyed {
		w.genStop(si)
		ss.gen.destroyed = true
		w.note(Entry{Kind: EntGenDestroyed, Site: st.ID})
	}
	for i := range w.groups {
		g := &w.groups[i]
		if g.site == si && !g.destroyed && st.Zones[g.zone].Compartment == id {
			g.destroyed = true
			w.note(Entry{Kind: EntServersBurned, Site: st.ID, Subject: w.scn.Groups[i].ID, N: int64(g.servers)})
		}
	}
	if !ss.fire {
		ss.fire, ss.knocked = true, false
		ss.fireTok++
		f := st.FireService
		report := w.now + Seconds(f.ReportMin)*Minute
		w.schedule(report, evReport, si, 0, ss.fireTok)
		if f.CutMin < f.OutMin {
			w.schedule(report+Seconds(f.CutMin)*Minute, evCut, si, 0, ss.fireTok)
		}
		w.schedule(report+Seconds(f.KnockdownMin)*Minute, evKnockdown, si, 0, ss.fireTok)
		w.schedule(report+Seconds(f.OutMin)*Minute, evOut, si, 0, ss.fireTok)
	}
	if !ss.knocked {
		for k, sp := range st.Spread {
			if sp.From == id {
				w.schedule(w.now+Seconds(sp.AfterMin)*Minute, evSpread, si, k, ss.fireTok)
			}
		}
	}
}

// spread carries a fire along spread link k of site si if the fire is
// still burning in its source and has not been knocked down.
func (w *World) spread(si, k int, tok uint64) {
	ss := &w.sites[si]
	sp := w.scn.Sites[si].Spread[k]
	from := w.ix.compartments[si][sp.From]
	if tok != ss.fireTok || !ss.fire || ss.knocked || !ss.burning[from] {
		return
	}
	w.ignite(si, w.ix.compartments[si][sp.To], from)
}

// fireStage runs one stage of the fire service's response at site si.
func (w *World) fireStage(k evKind, si int, tok uint64) {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	if tok != ss.fireTok || ss.lost {
		return
	}
	switch k {
	case evReport:
		w.note(Entry{Kind: EntFireReported, Site: st.ID})
	case evCut:
		if !ss.fire {
			return
		}
		if !st.ZoneCut {
			ss.hold = true
			for z := range ss.held {
				ss.held[z] = true
			}
			w.genStop(si)
			w.note(Entry{Kind: EntPowerCutAll, Site: st.ID})
			return
		}
		n := 0
		for z := range st.Zones {
			if w.zoneTouchesFire(si, z) && !ss.held[z] {
				ss.held[z] = true
				n++
			}
		}
		w.note(Entry{Kind: EntPowerCutZones, Site: st.ID, N: int64(n)})
	case evKnockdown:
		ss.knocked = true
		w.note(Entry{Kind: EntKnockdown, Site: st.ID})
	case evOut:
		ss.fire, ss.knocked = false, true
		clear(ss.burning)
		w.note(Entry{Kind: EntFireOut, Site: st.ID})
		w.schedule(w.now+Seconds(st.FireService.InspectMin)*Minute, evLift, si, 0, ss.fireTok)
	case evLift:
		ss.hold, ss.reentered = false, true
		w.note(Entry{Kind: EntPowerHandedBack, Site: st.ID})
		ss.stepTok++
		w.schedule(w.now, evZoneStep, si, 0, ss.stepTok)
	}
}

// zoneTouchesFire reports whether zone z of site si sits in, is fed
// through, or draws from a UPS in a compartment that is burning.
func (w *World) zoneTouchesFire(si, z int) bool {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	burning := func(id string) bool { return ss.burning[w.ix.compartments[si][id]] }
	zone := st.Zones[z]
	if burning(zone.Compartment) {
		return true
	}
	for _, via := range zone.CableVia {
		if burning(via) {
			return true
		}
	}
	for _, u := range zone.UPS {
		if burning(st.UPS[w.ix.ups[si][u]].Compartment) {
			return true
		}
	}
	return false
}

// zoneDamaged reports whether zone z of site si needs a repair before it
// can carry power: a burned cable route, or every UPS string dead.
func (w *World) zoneDamaged(si, z int) bool {
	ss := &w.sites[si]
	if ss.cable[z] {
		return true
	}
	ups := w.scn.Sites[si].Zones[z].UPS
	for _, id := range ups {
		if !ss.upsDead[w.ix.ups[si][id]] {
			return false
		}
	}
	return len(ups) > 0
}

// zoneStep re-energises the next held, undamaged zone of site si (after
// the fire service hands the building back, one zone every ZoneStepMin)
// and schedules the step after it.
func (w *World) zoneStep(si int, tok uint64) {
	ss := &w.sites[si]
	if tok != ss.stepTok || ss.hold {
		return
	}
	for z := range ss.held {
		if ss.held[z] && !w.zoneDamaged(si, z) {
			ss.held[z] = false
			step := Seconds(w.scn.Sites[si].FireService.ZoneStepMin) * Minute
			w.schedule(w.now+step, evZoneStep, si, 0, tok)
			return
		}
	}
}
