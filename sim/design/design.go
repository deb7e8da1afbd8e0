// Package design is the sandbox's model of a reader's infrastructure: a
// Design starts from a base scenario (a preset, the blank one-building
// start, or an imported file) and records what the reader changed —
// sites added, moved or removed, fire walls, zone-level power cuts,
// generators, UPS runtime, and for each component its redundancy mode
// and the sites its copies run in — plus the incident to try on it.
//
// Compile turns a Design into a sim.Scenario by the simulation's own
// rules, so a design's outcome is the model's, never a script's. Encode
// and Decode carry a design in a share link; Cost prices it in
// illustrative units. Like package sim it imports only the standard
// library and is deterministic.
package design

import (
	"slices"

	"outagelab/sim"
)

// Limits on a design, enforced by every edit and by Decode, so that no
// link or file can make the sandbox slow or its screen unreadable.
const (
	MaxSites      = 8
	MaxNameBytes  = 40
	MaxGenerators = 12
	MaxFuelHours  = 96
	MaxUPSMin     = 60
	// MinLat, MaxLat, MinLon and MaxLon bound where a site may stand,
	// in degrees: the Korean peninsula and its seas.
	MinLat = 33.0
	MaxLat = 38.7
	MinLon = 124.5
	MaxLon = 131.0
)

// Design is a reader's infrastructure: the base scenario it started from
// and every site and component as the reader left them.
type Design struct {
	// Base is the id of the scenario the design starts from.
	Base string
	// Sites lists the design's data centers: sites of the base the
	// reader kept, in the base's order, then new ones.
	Sites []Site
	// Comps has one entry for each of the base's components, in order.
	Comps []Comp
	// Incident is what the sandbox's fire button does to the design.
	Incident Incident
}

// Site is one data center of a design.
type Site struct {
	// From is the index of the base site this one keeps, or -1 for a
	// site the reader added (built from the standard template).
	From int
	// Name is the reader's name for the site; empty keeps the base's
	// name, or for a new site "New data center N".
	Name string
	// Lat and Lon place the site, in ten-thousandths of a degree.
	Lat, Lon int32
	// Wall reports whether fire walls close the battery room off, so a
	// battery fire cannot spread to the UPS units and cables.
	Wall bool
	// ZoneCut reports whether the site can cut power zone by zone, so
	// the fire service need not cut the whole building.
	ZoneCut bool
	// Generators is the number of generator units; FuelHours how long
	// their stored fuel lasts.
	Generators int
	FuelHours  int
	// UPSMin is the battery runtime of the site's UPS strings, in
	// minutes.
	UPSMin int
}

// Comp is how a design runs one component of the base.
type Comp struct {
	// Mode is the redundancy mode.
	Mode sim.Mode
	// Sites are the indexes (into Design.Sites) of the sites where a
	// copy runs; the first holds the primary. Mode single uses the
	// first alone.
	Sites []int
}

// Clone returns a deep copy of d.
func (d Design) Clone() Design {
	c := d
	c.Sites = append([]Site(nil), d.Sites...)
	c.Comps = make([]Comp, len(d.Comps))
	for i, cp := range d.Comps {
		c.Comps[i] = Comp{Mode: cp.Mode, Sites: append([]int(nil), cp.Sites...)}
	}
	return c
}

// Equal reports whether d and e are the same design.
func (d Design) Equal(e Design) bool {
	if d.Base != e.Base || d.Incident != e.Incident || len(d.Sites) != len(e.Sites) || len(d.Comps) != len(e.Comps) {
		return false
	}
	if !slices.Equal(d.Sites, e.Sites) {
		return false
	}
	for i := range d.Comps {
		if d.Comps[i].Mode != e.Comps[i].Mode || !slices.Equal(d.Comps[i].Sites, e.Comps[i].Sites) {
			return false
		}
	}
	return true
}

// Degrees returns the site's latitude and longitude in degrees.
func (s Site) Degrees() (lat, lon float64) {
	return float64(s.Lat) / 1e4, float64(s.Lon) / 1e4
}

// Modes lists the redundancy modes in the order the sandbox cycles
// through them, from the cheapest to the most resilient.
func Modes() []sim.Mode {
	return []sim.Mode{sim.ModeSingle, sim.ModeBackup, sim.ModeManual, sim.ModeAuto, sim.ModeActive}
}

// FromScenario returns the design that leaves base as it is: its sites
// with their fire walls, power cuts, generators and UPS runtime, and
// each component's mode and the sites of its copies.
func FromScenario(base *sim.Scenario) Design {
	d := Design{Base: base.ID}
	siteIx := map[string]int{}
	for i := range base.Sites {
		st := &base.Sites[i]
		siteIx[st.ID] = i
		d.Sites = append(d.Sites, Site{
			From: i, Lat: toFixed(st.Lat), Lon: toFixed(st.Lon),
			Wall: walled(st), ZoneCut: st.ZoneCut,
			Generators: st.Generators.Count, FuelHours: st.Generators.FuelHours,
			UPSMin: upsMin(st),
		})
	}
	groupSite := map[string]int{}
	for _, g := range base.Groups {
		groupSite[g.ID] = siteIx[g.Site]
	}
	for _, cp := range base.Comps {
		c := Comp{Mode: cp.Mode}
		for _, g := range cp.Groups {
			if s := groupSite[g]; !slices.Contains(c.Sites, s) {
				c.Sites = append(c.Sites, s)
			}
		}
		d.Comps = append(d.Comps, c)
	}
	d.Incident = incidentOf(base)
	return d
}

// toFixed converts degrees to ten-thousandths of a degree.
func toFixed(deg float64) int32 {
	if deg < 0 {
		return int32(deg*1e4 - 0.5)
	}
	return int32(deg*1e4 + 0.5)
}

// walled reports whether no fire spreads out of st's battery rooms.
func walled(st *sim.Site) bool {
	for _, sp := range st.Spread {
		for _, c := range st.Compartments {
			if c.ID == sp.From && c.Kind == sim.KindBattery {
				return false
			}
		}
	}
	return true
}

// upsMin returns the runtime of st's first UPS string, or 0 without one.
func upsMin(st *sim.Site) int {
	if len(st.UPS) == 0 {
		return 0
	}
	return st.UPS[0].RuntimeMin
}
