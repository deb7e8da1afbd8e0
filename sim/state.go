package sim

// siteState is the changing state of one site.
type siteState struct {
	burning []bool // per compartment: on fire now
	burned  []bool // per compartment: has burned; its contents are lost

	fireTok   uint64 // current fire response; stale stage events carry an older one
	fire      bool   // a fire response is under way
	knocked   bool   // the fire is knocked down: it spreads no further
	hold      bool   // the fire service holds the whole building without power
	reentered bool   // the fire service has handed the building back at least once

	held    []bool // per zone: cut by the fire service, waiting to be re-energised
	zoneCut []bool // per zone: cut by command
	cutAll  bool   // every zone cut by command
	stepTok uint64

	feedsDown int
	lost      bool

	upsDead    []bool    // destroyed or failed, waiting for repair
	upsLeft    []Seconds // battery runtime left
	upsDrainAt []Seconds // when the battery began to discharge, or -1
	upsTok     []uint64
	cable      []bool // per zone: cable route burned, waiting for repair

	energized []bool // per zone, as of the last settle

	gen genState

	jobs      []repairJob
	crewsBusy int
}

// genState is the changing state of a site's generator plant.
type genState struct {
	destroyed bool
	failed    bool // failed to start or made to fail: waits for a manual start
	manual    bool // started by hand: the next start is immediate and sure
	starting  bool
	running   bool
	fuelLeft  Seconds
	runSince  Seconds
	tok       uint64
}

// repairJob is a repair waiting for or under way by a crew: a UPS string
// (ups ≥ 0) or a zone's cable route (zone ≥ 0).
type repairJob struct {
	ups, zone int
	dur       Seconds
	started   bool
	done      bool
}

// groupState is the changing state of one server group.
type groupState struct {
	site, zone, comp int
	servers          int
	destroyed        bool
	powered          bool
	up               bool
	lostPower        bool // has lost power since it last came up
	readyAt          Seconds
	tok              uint64
}

// compState is the changing state of one component.
type compState struct {
	act        int // index into the component's Groups now serving
	status     Status
	lost       bool
	backupGone bool

	lags        []Seconds // per group: the span of its copy's lag
	backupLag   Seconds
	holders     []int // copies (indexes into Groups) that took the latest writes, as of the last time one served
	servingLost bool  // the destruction of a holder while none served is noted
	loss        lossState

	autoPending bool
	autoTarget  int
	autoTok     uint64

	queued  bool
	running bool
	target  int
	taskTok uint64
	doneAt  Seconds
}

// appState is the changing state of one app.
type appState struct {
	status Status
}

// opsState is the state of the operator's engineers.
type opsState struct {
	alerted    bool
	responseAt Seconds
	busy       int
}

// initState sets every part running, powered and serving at time 0.
func (w *World) initState() {
	s := w.scn
	w.sites = make([]siteState, len(s.Sites))
	for i, st := range s.Sites {
		nc, nz, nu := len(st.Compartments), len(st.Zones), len(st.UPS)
		ss := &w.sites[i]
		ss.burning, ss.burned = make([]bool, nc), make([]bool, nc)
		ss.held, ss.zoneCut, ss.cable, ss.energized = make([]bool, nz), make([]bool, nz), make([]bool, nz), make([]bool, nz)
		ss.upsDead, ss.upsLeft, ss.upsDrainAt, ss.upsTok = make([]bool, nu), make([]Seconds, nu), make([]Seconds, nu), make([]uint64, nu)
		for u, x := range st.UPS {
			ss.upsLeft[u] = Seconds(x.RuntimeMin) * Minute
			ss.upsDrainAt[u] = -1
		}
		ss.gen.fuelLeft = Seconds(st.Generators.FuelHours) * Hour
		for z := range st.Zones {
			ss.energized[z] = w.zoneLive(i, z)
		}
	}
	w.groups = make([]groupState, len(s.Groups))
	for i, g := range s.Groups {
		si := w.ix.sites[g.Site]
		zi := w.ix.zones[si][g.Zone]
		live := w.sites[si].energized[zi]
		w.groups[i] = groupState{site: si, zone: zi, comp: -1, servers: g.Servers, powered: live, up: live}
	}
	w.comps = make([]compState, len(s.Comps))
	for i, c := range s.Comps {
		for _, g := range c.Groups {
			w.groups[w.ix.groups[g]].comp = i
		}
		w.comps[i].status = w.compStatus(i)
		w.initCopies(i)
	}
	w.apps = make([]appState, len(s.Apps))
	for i := range s.Apps {
		w.apps[i].status = w.appStatus(i)
		w.initApps = append(w.initApps, w.apps[i].status)
	}
	w.powered = w.ownerPowered()
	w.initPowered = w.powered
}
