package sim

// source reports whether site si has a live source of power: a utility
// feed or running generators.
func (w *World) source(si int) bool {
	ss := &w.sites[si]
	return !ss.lost && (ss.feedsDown < w.scn.Sites[si].Feeds || ss.gen.running)
}

// upsLive reports whether UPS string u of site si is passing power: it is
// intact and has a source or battery left.
func (w *World) upsLive(si, u int) bool {
	ss := &w.sites[si]
	if ss.upsDead[u] {
		return false
	}
	return w.source(si) || (ss.upsDrainAt[u] >= 0 && ss.upsLeft[u] > 0)
}

// zoneLive reports whether zone z of site si has power now.
func (w *World) zoneLive(si, z int) bool {
	ss := &w.sites[si]
	if ss.lost || ss.held[z] || ss.zoneCut[z] || ss.cutAll || ss.cable[z] {
		return false
	}
	zone := w.scn.Sites[si].Zones[z]
	if len(zone.UPS) == 0 {
		return w.source(si)
	}
	for _, id := range zone.UPS {
		if w.upsLive(si, w.ix.ups[si][id]) {
			return true
		}
	}
	return false
}

// settlePower updates site si's generators, batteries and zones.
func (w *World) settlePower(si int) {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	w.settleGenerators(si)
	src := w.source(si)
	for u := range st.UPS {
		switch {
		case ss.upsDead[u]:
		case src && ss.upsDrainAt[u] >= 0:
			ss.upsLeft[u] = max(ss.upsLeft[u]-(w.now-ss.upsDrainAt[u]), 0)
			ss.upsDrainAt[u] = -1
			ss.upsTok[u]++
		case !src && !ss.hold && !ss.lost && ss.upsDrainAt[u] < 0 && ss.upsLeft[u] > 0:
			ss.upsDrainAt[u] = w.now
			ss.upsTok[u]++
			w.schedule(w.now+ss.upsLeft[u], evUPSEmpty, si, u, ss.upsTok[u])
			w.note(Entry{Kind: EntUPSOnBattery, Site: st.ID, Subject: st.UPS[u].ID})
		}
	}
	for z := range st.Zones {
		live := w.zoneLive(si, z)
		if live == ss.energized[z] {
			continue
		}
		ss.energized[z] = live
		k := EntZonePowerOff
		if live {
			k = EntZonePowerOn
		}
		w.note(Entry{Kind: k, Site: st.ID, Subject: st.Zones[z].ID, N: int64(w.zoneServers(si, z))})
	}
}

// zoneServers counts the servers in zone z of site si.
func (w *World) zoneServers(si, z int) int {
	n := 0
	for i := range w.groups {
		if g := &w.groups[i]; g.site == si && g.zone == z && !g.destroyed {
			n += g.servers
		}
	}
	return n
}

// upsEmpty marks a discharging UPS string's battery as spent.
func (w *World) upsEmpty(si, u int, tok uint64) {
	ss := &w.sites[si]
	if tok != ss.upsTok[u] || ss.upsDrainAt[u] < 0 {
		return
	}
	ss.upsLeft[u], ss.upsDrainAt[u] = 0, -1
	w.note(Entry{Kind: EntUPSEmpty, Site: w.scn.Sites[si].ID, Subject: w.scn.Sites[si].UPS[u].ID})
}

// killUPS takes UPS string u of site si out of service (destroyed by fire
// or failed) and queues its repair.
func (w *World) killUPS(si, u int, why EntryKind) {
	ss := &w.sites[si]
	if ss.upsDead[u] {
		return
	}
	ss.upsDead[u] = true
	ss.upsDrainAt[u] = -1
	ss.upsTok[u]++
	st := &w.scn.Sites[si]
	w.note(Entry{Kind: why, Site: st.ID, Subject: st.UPS[u].ID})
	ss.jobs = append(ss.jobs, repairJob{ups: u, zone: -1, dur: Seconds(st.Repair.UPSMin) * Minute})
}

// wantGenerators reports whether site si's generators should carry the
// load: the utility is down, the building is not cut, and the plant is
// intact with fuel.
func (w *World) wantGenerators(si int) bool {
	st := &w.scn.Sites[si]
	ss := &w.sites[si]
	g := &ss.gen
	return st.Generators.Count > 0 && !ss.lost && !ss.hold && !ss.cutAll &&
		ss.feedsDown >= st.Feeds && !g.destroyed && !g.failed && g.fuelLeft > 0
}

// settleGenerators starts or stops site si's plant as the utility and
// the building's state require. Each unit fails to start with the
// site's FailPermille, drawn from the world's generator.
func (w *World) settleGenerators(si int) {
	st := &w.scn.Sites[si]
	g := &w.sites[si].gen
	want := w.wantGenerators(si)
	switch {
	case want && !g.starting && !g.running:
		if g.manual {
			g.manual = false
			w.genRun(si)
			return
		}
		ok := 0
		for range st.Generators.Count {
			if w.rng.IntN(1000) >= st.Generators.FailPermille {
				ok++
			}
		}
		if ok < st.Generators.Needed {
			g.failed = true
			w.note(Entry{Kind: EntGenFailed, Site: st.ID, N: int64(ok)})
			return
		}
		g.starting = true
		g.tok++
		w.note(Entry{Kind: EntGenStarting, Site: st.ID})
		w.schedule(w.now+Seconds(st.Generators.StartSec), evGenOnline, si, 0, g.tok)
	case !want && (g.starting || g.running):
		w.genStop(si)
		w.note(Entry{Kind: EntGenStopped, Site: st.ID})
	}
}

// genRun puts site si's plant on load now.
func (w *World) genRun(si int) {
	g := &w.sites[si].gen
	g.starting, g.running, g.runSince = false, true, w.now
	g.tok++
	w.schedule(w.now+g.fuelLeft, evGenFuelOut, si, 0, g.tok)
	w.note(Entry{Kind: EntGenOnline, Site: w.scn.Sites[si].ID})
}

// genStop takes site si's plant off load, keeping the fuel it has left.
func (w *World) genStop(si int) {
	g := &w.sites[si].gen
	if g.running {
		g.fuelLeft = max(g.fuelLeft-(w.now-g.runSince), 0)
	}
	g.starting, g.running = false, false
	g.tok++
}

func (w *World) genOnline(si int, tok uint64) {
	if g := &w.sites[si].gen; tok == g.tok && g.starting {
		w.genRun(si)
	}
}

func (w *World) genFuelOut(si int, tok uint64) {
	g := &w.sites[si].gen
	if tok != g.tok || !g.running {
		return
	}
	g.running, g.fuelLeft = false, 0
	g.tok++
	w.note(Entry{Kind: EntGenNoFuel, Site: w.scn.Sites[si].ID})
}

// genFail stops site si's plant and keeps it from starting until a
// manual start.
func (w *World) genFail(si int) {
	g := &w.sites[si].gen
	if g.starting || g.running {
		w.genStop(si)
	}
	if !g.failed {
		g.failed = true
		w.note(Entry{Kind: EntGenFailed, Site: w.scn.Sites[si].ID})
	}
}

// genManualStart clears a failure so that the plant starts at once and
// surely the next time it is wanted.
func (w *World) genManualStart(si int) {
	g := &w.sites[si].gen
	if g.destroyed {
		return
	}
	g.failed, g.manual = false, true
}

// manualCut cuts (or restores) power to zone id of site si, or to every
// zone when id is empty.
func (w *World) manualCut(si int, id string, cut bool) {
	ss := &w.sites[si]
	if id == "" {
		ss.cutAll = cut
		if !cut {
			clear(ss.zoneCut)
		}
		return
	}
	ss.zoneCut[w.ix.zones[si][id]] = cut
}

// loseSite destroys site si and everything in it.
func (w *World) loseSite(si int) {
	ss := &w.sites[si]
	if ss.lost {
		return
	}
	ss.lost = true
	w.genStop(si)
	w.note(Entry{Kind: EntSiteLost, Site: w.scn.Sites[si].ID})
	for i := range w.groups {
		if g := &w.groups[i]; g.site == si {
			g.destroyed = true
		}
	}
}
