package sim

// appStatus works out app a's status from its components.
func (w *World) appStatus(a int) Status {
	app := &w.scn.Apps[a]
	st := StatusUp
	for _, id := range app.Requires {
		st = max(st, w.comps[w.ix.comps[id]].status)
	}
	for _, id := range app.Optional {
		if w.comps[w.ix.comps[id]].status != StatusUp {
			st = max(st, StatusDegraded)
		}
	}
	return st
}

// settleApps updates every app's status and notes the changes.
func (w *World) settleApps() {
	for a := range w.apps {
		st := w.appStatus(a)
		if st == w.apps[a].status {
			continue
		}
		w.apps[a].status = st
		var out int64
		if st == StatusDown {
			out = w.scn.Apps[a].Users
		}
		w.note(Entry{Kind: EntApp, Subject: w.scn.Apps[a].ID, Status: st, N: out})
	}
}
