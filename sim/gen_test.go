package sim_test

import (
	"fmt"
	"math/rand/v2"

	"outagelab/sim"
)

// randomScenario builds a valid scenario from seed: one to four sites of
// random layout, server groups, components in every redundancy mode,
// apps and incidents. With recoverable set it keeps to what can be
// undone — no fires where servers stand, no lost sites, every feed and
// cut restored at day 10, groups big enough for their load — so every
// app must end up.
func randomScenario(seed uint64, recoverable bool) *sim.Scenario {
	r := rand.New(rand.NewPCG(seed, 99))
	n := func(lo, hi int) int { return lo + r.IntN(hi-lo+1) }
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	s := &sim.Scenario{
		Format: sim.FormatName, Version: sim.FormatVersion, ID: fmt.Sprintf("random-%d", seed),
		Title: sim.Text{En: "Random"}, Start: "2024-01-01T00:00:00+09:00", HorizonHours: 24 * 30,
		Seed: seed, Users: int64(n(0, 1000000)),
	}
	kinds := []sim.CompartmentKind{sim.KindBattery, sim.KindElectrical, sim.KindHall, sim.KindOffice}
	var zonesOf [][]string
	var nonZone [][]string
	for si := range n(1, 4) {
		st := sim.Site{ID: fmt.Sprintf("s%d", si), Name: sim.Text{En: "Site"}, Lat: float64(n(-80, 80)), Lon: float64(n(-170, 170)),
			ZoneCut: r.IntN(2) == 0, Feeds: n(0, 2), BootMin: n(0, 30)}
		if recoverable {
			st.Feeds = n(1, 2)
		}
		var comps []string
		for c := range n(2, 6) {
			id := fmt.Sprintf("c%d", c)
			comps = append(comps, id)
			st.Compartments = append(st.Compartments, sim.Compartment{ID: id, Kind: kinds[r.IntN(len(kinds))], Floor: n(-3, 5)})
		}
		for range n(0, 4) {
			a, b := pick(comps), pick(comps)
			if a != b {
				st.Spread = append(st.Spread, sim.Spread{From: a, To: b, AfterMin: n(0, 60)})
			}
		}
		var ups []string
		for u := range n(0, 3) {
			id := fmt.Sprintf("u%d", u)
			ups = append(ups, id)
			st.UPS = append(st.UPS, sim.UPS{ID: id, Compartment: pick(comps), RuntimeMin: n(0, 20)})
		}
		if r.IntN(2) == 0 {
			c := n(1, 4)
			st.Generators = sim.Generators{Count: c, Needed: n(1, c), StartSec: n(0, 60), FuelHours: n(0, 48), FailPermille: n(0, 500), Compartment: pick(comps)}
		}
		used := map[string]bool{}
		var zones []string
		for z := range n(1, 4) {
			zn := sim.Zone{ID: fmt.Sprintf("z%d", z), Compartment: pick(comps)}
			used[zn.Compartment] = true
			for _, u := range ups {
				if r.IntN(2) == 0 {
					zn.UPS = append(zn.UPS, u)
				}
			}
			for _, c := range comps {
				if r.IntN(4) == 0 {
					zn.CableVia = append(zn.CableVia, c)
				}
			}
			zones = append(zones, zn.ID)
			st.Zones = append(st.Zones, zn)
		}
		var free []string
		for _, c := range comps {
			if !used[c] {
				free = append(free, c)
			}
		}
		if recoverable {
			kept := st.Spread[:0]
			for _, sp := range st.Spread {
				if !used[sp.To] {
					kept = append(kept, sp)
				}
			}
			st.Spread = kept
		}
		st.FireService = sim.FireService{ReportMin: n(0, 30), CutMin: n(0, 120), KnockdownMin: n(0, 240), InspectMin: n(0, 600), ZoneStepMin: n(0, 60)}
		st.FireService.OutMin = st.FireService.KnockdownMin + n(0, 600)
		st.Repair = sim.Repair{Crews: n(0, 2), UPSMin: n(0, 600), CableMin: n(0, 3000)}
		if recoverable {
			st.Repair.Crews = n(1, 2)
		}
		s.Sites = append(s.Sites, st)
		zonesOf = append(zonesOf, zones)
		nonZone = append(nonZone, free)
	}
	var groups []string
	for g := range n(1, 12) {
		si := r.IntN(len(s.Sites))
		id := fmt.Sprintf("g%d", g)
		groups = append(groups, id)
		s.Groups = append(s.Groups, sim.Group{ID: id, Site: s.Sites[si].ID, Zone: pick(zonesOf[si]), Servers: n(1, 1000), Owner: pick([]string{"A", "B"})})
	}
	free := append([]string(nil), groups...)
	r.Shuffle(len(free), func(i, j int) { free[i], free[j] = free[j], free[i] })
	modes := []sim.Mode{sim.ModeSingle, sim.ModeBackup, sim.ModeManual, sim.ModeAuto, sim.ModeActive}
	var compIDs []string
	for c := 0; len(free) > 0 && c < 6; c++ {
		m := modes[r.IntN(len(modes))]
		want := 1
		if m != sim.ModeSingle {
			want = n(1, 3)
			if m != sim.ModeActive {
				want = max(want, 2)
			}
		}
		if want > len(free) {
			m, want = sim.ModeSingle, 1
		}
		cp := sim.Component{ID: fmt.Sprintf("k%d", c), Mode: m, Groups: free[:want], RecoverMin: n(0, 120) * r.IntN(2), Priority: n(0, 5)}
		free = free[want:]
		smallest, sum := 1000000, 0
		for _, g := range cp.Groups {
			sv := s.Groups[indexOfGroup(s, g)].Servers
			smallest, sum = min(smallest, sv), sum+sv
		}
		cp.Need = n(1, sum+200)
		if recoverable {
			cp.Need = n(1, smallest)
		}
		if m == sim.ModeBackup {
			si := r.IntN(len(s.Sites))
			cp.RestoreMin = n(0, 600)
			cp.Backup = &sim.Place{Site: s.Sites[si].ID, Compartment: s.Sites[si].Compartments[r.IntN(len(s.Sites[si].Compartments))].ID}
		}
		compIDs = append(compIDs, cp.ID)
		s.Comps = append(s.Comps, cp)
	}
	if len(compIDs) == 0 {
		return randomScenario(seed+1000003, recoverable)
	}
	for a := range n(1, 5) {
		app := sim.App{ID: fmt.Sprintf("a%d", a), Users: int64(n(0, 1000000))}
		for _, c := range compIDs {
			switch r.IntN(4) {
			case 0:
				app.Requires = append(app.Requires, c)
			case 1:
				app.Optional = append(app.Optional, c)
			}
		}
		if len(app.Requires) == 0 {
			app.Requires = []string{pick(compIDs)}
			app.Optional = removeString(app.Optional, app.Requires[0])
		}
		s.Apps = append(s.Apps, app)
	}
	s.Ops = sim.Ops{Owner: "A", Teams: n(0, 3), ResponseMin: n(0, 60), SwitchMin: n(0, 120), FailoverSec: n(0, 600), ProvisionPerHour: n(0, 2000)}
	if r.IntN(3) > 0 {
		s.Ops.Tools = pick(compIDs)
	}
	if r.IntN(3) > 0 {
		s.Ops.Controller = pick(compIDs)
	}
	kinds2 := []sim.CommandKind{sim.CmdFire, sim.CmdUtilityLoss, sim.CmdGeneratorsFail, sim.CmdUPSFail, sim.CmdPowerCut, sim.CmdUtilityRestore, sim.CmdGeneratorsStart, sim.CmdPowerRestore, sim.CmdSiteLoss, sim.CmdAddServers, sim.CmdRemoveServers}
	if recoverable {
		kinds2 = kinds2[:5]
	}
	for range n(0, 5) {
		si := r.IntN(len(s.Sites))
		st := &s.Sites[si]
		c := sim.Command{At: sim.Seconds(n(0, 72*3600)), Kind: kinds2[r.IntN(len(kinds2))], Site: st.ID}
		switch c.Kind {
		case sim.CmdFire:
			if recoverable {
				if len(nonZone[si]) == 0 {
					continue
				}
				c.Compartment = pick(nonZone[si])
			} else {
				c.Compartment = st.Compartments[r.IntN(len(st.Compartments))].ID
			}
		case sim.CmdUtilityLoss:
			c.N = n(0, st.Feeds)
		case sim.CmdUPSFail:
			if len(st.UPS) == 0 {
				continue
			}
			c.UPS = st.UPS[r.IntN(len(st.UPS))].ID
		case sim.CmdPowerCut, sim.CmdPowerRestore:
			if r.IntN(2) == 0 {
				c.Zone = pick(zonesOf[si])
			}
		case sim.CmdAddServers, sim.CmdRemoveServers:
			c.Site, c.Group, c.N = "", pick(groups), n(1, 500)
		}
		s.Incidents = append(s.Incidents, c)
	}
	if recoverable {
		for _, st := range s.Sites {
			s.Incidents = append(s.Incidents,
				sim.Command{At: 10 * sim.Day, Kind: sim.CmdUtilityRestore, Site: st.ID},
				sim.Command{At: 10 * sim.Day, Kind: sim.CmdPowerRestore, Site: st.ID})
		}
	}
	return s
}

func indexOfGroup(s *sim.Scenario, id string) int {
	for i, g := range s.Groups {
		if g.ID == id {
			return i
		}
	}
	panic("no group " + id)
}

func removeString(xs []string, x string) []string {
	var out []string
	for _, y := range xs {
		if y != x {
			out = append(out, y)
		}
	}
	return out
}
