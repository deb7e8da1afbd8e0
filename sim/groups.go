package sim

// settleGroups powers server groups up and down with their zones.
// Servers boot for the site's BootMin after power returns; a component
// then needs its RecoverMin before the group serves again.
func (w *World) settleGroups() {
	for i := range w.groups {
		g := &w.groups[i]
		powered := !g.destroyed && w.sites[g.site].energized[g.zone]
		switch {
		case powered && !g.powered:
			g.powered = true
			g.tok++
			boot := Seconds(w.scn.Sites[g.site].BootMin) * Minute
			w.schedule(w.now+boot, evBoot, i, 0, g.tok)
		case !powered && g.powered:
			g.powered, g.up, g.lostPower = false, false, true
			g.tok++
		}
	}
}

// booted brings group i up once its servers have booted.
func (w *World) booted(i int, tok uint64) {
	g := &w.groups[i]
	if tok != g.tok || !g.powered {
		return
	}
	g.up = true
	g.readyAt = w.now
	if g.lostPower && g.comp >= 0 {
		if rec := Seconds(w.scn.Comps[g.comp].RecoverMin) * Minute; rec > 0 {
			g.readyAt = w.now + rec
			w.schedule(g.readyAt, evReady, i, 0, g.tok)
		}
	}
	g.lostPower = false
}

// serving reports whether group i is up with its data ready.
func (w *World) serving(i int) bool {
	g := &w.groups[i]
	return g.up && w.now >= g.readyAt
}

// ownerPowered counts the ops owner's servers that have power.
func (w *World) ownerPowered() int64 {
	var n int64
	for i := range w.groups {
		if g := &w.groups[i]; g.powered && w.scn.Groups[i].Owner == w.scn.Ops.Owner {
			n += int64(g.servers)
		}
	}
	return n
}

// logServers notes a change in the number of the owner's servers with
// power.
func (w *World) logServers() {
	if n := w.ownerPowered(); n != w.powered {
		w.powered = n
		w.note(Entry{Kind: EntServers, N: n})
	}
}
