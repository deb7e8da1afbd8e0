package sim

// Timeline returns a copy of every entry recorded so far, in order.
func (w *World) Timeline() []Entry { return append([]Entry(nil), w.log...) }

// AppOutage sums up what happened to one app up to the world's time.
type AppOutage struct {
	ID    string `json:"id"`
	Users int64  `json:"users"`
	// FirstDown is when the app first went down, or Never.
	FirstDown Seconds `json:"firstDown"`
	// Back is when it last stopped being down (up or degraded), or Never
	// if it is still down or never went down.
	Back Seconds `json:"back"`
	// Restored is when it was last fully up again after any trouble, or
	// Never if it is not up now or never had trouble.
	Restored Seconds `json:"restored"`
	// Down and Degraded are the total times spent in each state.
	Down     Seconds `json:"down"`
	Degraded Seconds `json:"degraded"`
	// UserHours is Users × the hours down.
	UserHours int64 `json:"userHours"`
	// Data is the worst data loss among the app's components, required
	// and optional; its Comp names the component.
	Data DataLoss `json:"data"`
}

// Outage returns how long the app was out: from first going down to
// being back, or to the end of the run if it is still down; 0 if it
// never went down.
func (o AppOutage) Outage(end Seconds) Seconds {
	switch {
	case o.FirstDown == Never:
		return 0
	case o.Back == Never:
		return end - o.FirstDown
	}
	return o.Back - o.FirstDown
}

// ServerSample is the number of the owner's servers with power from
// time At.
type ServerSample struct {
	At      Seconds `json:"at"`
	Powered int64   `json:"powered"`
}

// Result sums up a run up to the world's time: each app's outage and
// data lost, each component's data lost, the people without service and
// the owner's servers with power.
type Result struct {
	End  Seconds     `json:"end"`
	Apps []AppOutage `json:"apps"`
	// FirstDown is when the first app went down, or Never.
	FirstDown Seconds `json:"firstDown"`
	// AllUp is when every app was fully up again after the last trouble,
	// or Never if some app is not up at End (or none had trouble).
	AllUp Seconds `json:"allUp"`
	// PeakUsersOut is the most people without service at once, and
	// UserHours the people without service summed over time, in hours.
	PeakUsersOut int64 `json:"peakUsersOut"`
	UserHours    int64 `json:"userHours"`
	// Servers is the ops owner's server count; Powered its samples.
	Servers int64          `json:"servers"`
	Powered []ServerSample `json:"powered"`
	// Data is each component's data lost, in the scenario's order.
	Data []DataLoss `json:"data"`
}

// Result sums up the run from time 0 to Now.
func (w *World) Result() Result {
	n := len(w.scn.Apps)
	r := Result{End: w.now, Apps: make([]AppOutage, n), FirstDown: Never, AllUp: Never}
	status := append([]Status(nil), w.initApps...)
	since := make([]Seconds, n)
	for a, app := range w.scn.Apps {
		r.Apps[a] = AppOutage{ID: app.ID, Users: app.Users, FirstDown: Never, Back: Never, Restored: Never}
	}
	appIx := w.ix.apps
	var usersOut int64
	var userSec int64
	last := Seconds(0)
	accrue := func(t Seconds) {
		userSec += usersOut * int64(t-last)
		last = t
	}
	close := func(a int, t Seconds) {
		d := t - since[a]
		switch status[a] {
		case StatusDown:
			r.Apps[a].Down += d
		case StatusDegraded:
			r.Apps[a].Degraded += d
		}
	}
	peak := func() int64 {
		var m int64
		for a := range status {
			if status[a] == StatusDown {
				m = max(m, r.Apps[a].Users)
			}
		}
		return m
	}
	usersOut = peak()
	r.PeakUsersOut = usersOut
	r.Powered = append(r.Powered, ServerSample{At: 0, Powered: w.initPowered})
	for _, e := range w.log {
		switch e.Kind {
		case EntServers:
			r.Powered = append(r.Powered, ServerSample{At: e.At, Powered: e.N})
			continue
		case EntApp:
		default:
			continue
		}
		a := appIx[e.Subject]
		accrue(e.At)
		close(a, e.At)
		o := &r.Apps[a]
		if e.Status == StatusDown && o.FirstDown == Never {
			o.FirstDown = e.At
			r.FirstDown = min(r.FirstDown, e.At)
		}
		if status[a] == StatusDown && e.Status != StatusDown {
			o.Back = e.At
		}
		if e.Status == StatusDown {
			o.Back = Never
		}
		o.Restored = Never
		if e.Status == StatusUp {
			o.Restored = e.At
		}
		status[a], since[a] = e.Status, e.At
		usersOut = peak()
		r.PeakUsersOut = max(r.PeakUsersOut, usersOut)
	}
	accrue(w.now)
	r.UserHours = userSec / int64(Hour)
	allUp, lastUp := true, Seconds(-1)
	for a := range status {
		close(a, w.now)
		r.Apps[a].UserHours = r.Apps[a].Users * int64(r.Apps[a].Down) / int64(Hour)
		allUp = allUp && status[a] == StatusUp
		if t := r.Apps[a].Restored; t != Never {
			lastUp = max(lastUp, t)
		}
	}
	if allUp && lastUp >= 0 {
		r.AllUp = lastUp
	}
	for i, g := range w.scn.Groups {
		if g.Owner == w.scn.Ops.Owner {
			r.Servers += int64(w.scn.Groups[i].Servers)
		}
	}
	r.Data = make([]DataLoss, len(w.comps))
	for c := range w.comps {
		r.Data[c] = w.dataLoss(c)
	}
	for a := range r.Apps {
		r.Apps[a].Data = w.appDataLoss(a, r.Data)
	}
	return r
}
