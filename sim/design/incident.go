package design

import (
	"fmt"
	"math/rand/v2"
	"slices"

	"outagelab/sim"
)

// IncidentKind is what goes wrong in the sandbox.
type IncidentKind uint8

// Incident kinds.
const (
	// IncFire starts a fire in a compartment of a site.
	IncFire IncidentKind = iota
	// IncGridLoss takes the site's utility feeds down for GridLossHours.
	IncGridLoss
	// IncGenFail takes the utility down as IncGridLoss does, and the
	// site's generators fail to start.
	IncGenFail
	// IncUPSFail fails every UPS string of the site at once.
	IncUPSFail
	// IncPowerCut cuts power to the whole site for GridLossHours.
	IncPowerCut
	// IncSiteLoss destroys the site for good.
	IncSiteLoss
	// IncChaos draws one to three incidents at random from Seed.
	IncChaos
	// IncRecorded replays the base scenario's own incidents, as the
	// record has them, on the sites the design kept.
	IncRecorded
	numIncidents
)

// GridLossHours is how long a grid loss or a whole-site power cut lasts
// in the sandbox: an illustrative figure, long enough to outlast any
// UPS battery (5–15 minutes typical, [S146][S147]).
const GridLossHours = 6

// ChaosWindowHours is the span in which chaos incidents start.
const ChaosWindowHours = 48

// String names the kind.
func (k IncidentKind) String() string {
	names := [...]string{"fire", "grid-loss", "generators-fail", "ups-fail", "power-cut", "site-loss", "chaos", "recorded"}
	if int(k) < len(names) {
		return names[k]
	}
	return fmt.Sprintf("incident(%d)", uint8(k))
}

// Incidents lists the kinds in the order the sandbox offers them.
func Incidents() []IncidentKind {
	return []IncidentKind{IncRecorded, IncFire, IncGridLoss, IncGenFail, IncUPSFail, IncPowerCut, IncSiteLoss, IncChaos}
}

// Incident is the trouble the sandbox applies to a design: a kind, the
// site (an index into Design.Sites) and, for a fire, the compartment
// (an index into the compiled site's compartments); Seed drives chaos.
type Incident struct {
	Kind IncidentKind
	Site int
	Room int
	Seed uint64
}

// incidentOf returns a design's first incident on base: the base's own
// where it has any, else a fire in the first site's first battery room.
func incidentOf(base *sim.Scenario) Incident {
	if len(base.Incidents) > 0 {
		return Incident{Kind: IncRecorded}
	}
	return Incident{Kind: IncFire, Site: 0, Room: batteryRoom(base.Sites[0])}
}

// batteryRoom returns the index of st's first battery compartment, or 0.
func batteryRoom(st sim.Site) int {
	for i, c := range st.Compartments {
		if c.Kind == sim.KindBattery {
			return i
		}
	}
	return 0
}

// commands returns the simulation commands for incident in on the
// compiled scenario s of base.
func commands(in Incident, s, base *sim.Scenario) []sim.Command {
	switch in.Kind {
	case IncChaos:
		return chaos(in.Seed, s)
	case IncRecorded:
		var cmds []sim.Command
		for _, c := range base.Incidents {
			if slices.ContainsFunc(s.Sites, func(st sim.Site) bool { return st.ID == c.Site }) {
				cmds = append(cmds, c)
			}
		}
		return cmds
	}
	return one(in.Kind, in.Site, in.Room, 0, s)
}

// one returns the commands of an incident of kind k on site si starting
// at simulated time at.
func one(k IncidentKind, si, room int, at sim.Seconds, s *sim.Scenario) []sim.Command {
	st := &s.Sites[si]
	end := min(at+GridLossHours*sim.Hour, sim.Seconds(s.HorizonHours)*sim.Hour)
	switch k {
	case IncFire:
		room = min(room, len(st.Compartments)-1)
		return []sim.Command{{At: at, Kind: sim.CmdFire, Site: st.ID, Compartment: st.Compartments[room].ID}}
	case IncGridLoss:
		return []sim.Command{{At: at, Kind: sim.CmdUtilityLoss, Site: st.ID}, {At: end, Kind: sim.CmdUtilityRestore, Site: st.ID}}
	case IncGenFail:
		return []sim.Command{{At: at, Kind: sim.CmdGeneratorsFail, Site: st.ID}, {At: at, Kind: sim.CmdUtilityLoss, Site: st.ID},
			{At: end, Kind: sim.CmdUtilityRestore, Site: st.ID}}
	case IncUPSFail:
		var cmds []sim.Command
		for _, u := range st.UPS {
			cmds = append(cmds, sim.Command{At: at, Kind: sim.CmdUPSFail, Site: st.ID, UPS: u.ID})
		}
		return cmds
	case IncPowerCut:
		return []sim.Command{{At: at, Kind: sim.CmdPowerCut, Site: st.ID}, {At: end, Kind: sim.CmdPowerRestore, Site: st.ID}}
	case IncSiteLoss:
		return []sim.Command{{At: at, Kind: sim.CmdSiteLoss, Site: st.ID}}
	}
	return nil
}

// chaos draws one to three incidents from seed: each a kind other than
// chaos, a site, a compartment and a start within ChaosWindowHours; the
// first starts at once (and none after the first half of a shorter
// story). The same seed and scenario give the same draw.
func chaos(seed uint64, s *sim.Scenario) []sim.Command {
	r := rand.New(rand.NewPCG(seed, 0x6f757461676521))
	n := 1 + r.IntN(3)
	var cmds []sim.Command
	for i := range n {
		k := IncidentKind(r.IntN(int(IncChaos)))
		si := r.IntN(len(s.Sites))
		room := r.IntN(len(s.Sites[si].Compartments))
		at := sim.Seconds(0)
		if i > 0 {
			at = sim.Seconds(r.IntN(min(ChaosWindowHours, s.HorizonHours/2)*60+1)) * sim.Minute
		}
		cmds = append(cmds, one(k, si, room, at, s)...)
	}
	return cmds
}
