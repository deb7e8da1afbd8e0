package sim

// Span is a stretch of simulated time, [From, To), that an app spent in
// one status.
type Span struct {
	From, To Seconds
	Status   Status
}

// AppSeries is one app's history for a chart: its spans in time order,
// covering the run from 0 to the world's time without gaps.
type AppSeries struct {
	ID    string
	Name  Text
	Users int64
	Spans []Span
}

// Step says that from At on, Users people were without service, until
// the next step.
type Step struct {
	At    Seconds
	Users int64
}

// Series is what a timeline chart draws from a run: each app's status
// spans and the people without service over time (the users of the
// most-used app that is down, as Snapshot.UsersOut counts them).
type Series struct {
	End  Seconds
	Apps []AppSeries
	// Out starts with a step at 0; a step is recorded only when the
	// count changes.
	Out []Step
	// Peak is the most people without service at once.
	Peak int64
}

// Series returns the run's history from time 0 to Now for a chart.
func (w *World) Series() Series {
	n := len(w.scn.Apps)
	s := Series{End: w.now, Apps: make([]AppSeries, n)}
	status := append([]Status(nil), w.initApps...)
	since := make([]Seconds, n)
	for a, app := range w.scn.Apps {
		s.Apps[a] = AppSeries{ID: app.ID, Name: app.Name, Users: app.Users}
	}
	out := func() int64 {
		var m int64
		for a := range status {
			if status[a] == StatusDown {
				m = max(m, w.scn.Apps[a].Users)
			}
		}
		return m
	}
	s.Out = []Step{{0, out()}}
	s.Peak = s.Out[0].Users
	for _, e := range w.log {
		if e.Kind != EntApp {
			continue
		}
		a := w.ix.apps[e.Subject]
		if e.Status == status[a] {
			continue
		}
		s.Apps[a].add(Span{since[a], e.At, status[a]})
		status[a], since[a] = e.Status, e.At
		u := out()
		last := &s.Out[len(s.Out)-1]
		switch {
		case u == last.Users:
		case last.At == e.At:
			last.Users = u
		default:
			s.Out = append(s.Out, Step{e.At, u})
		}
		s.Peak = max(s.Peak, u)
	}
	for a := range status {
		s.Apps[a].add(Span{since[a], w.now, status[a]})
		if len(s.Apps[a].Spans) == 0 {
			s.Apps[a].Spans = []Span{{0, 0, status[a]}}
		}
	}
	return s
}

// add appends x to the spans, merging it into the last one where the
// status is the same; empty spans are dropped.
func (as *AppSeries) add(x Span) {
	if x.To <= x.From {
		return
	}
	if n := len(as.Spans); n > 0 && as.Spans[n-1].Status == x.Status {
		as.Spans[n-1].To = x.To
		return
	}
	as.Spans = append(as.Spans, x)
}

// UsersAt returns the people without service at t.
func (s Series) UsersAt(t Seconds) int64 {
	u := int64(0)
	for _, st := range s.Out {
		if st.At > t {
			break
		}
		u = st.Users
	}
	return u
}

// StatusAt returns app a's status at t (its last status from End on).
func (s Series) StatusAt(a int, t Seconds) Status {
	sp := s.Apps[a].Spans
	for _, x := range sp {
		if t < x.To {
			return x.Status
		}
	}
	return sp[len(sp)-1].Status
}
