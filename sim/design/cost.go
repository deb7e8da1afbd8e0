package design

import "outagelab/sim"

// Costs are in illustrative units a year, not won: the fact sheet has
// no price list, only the order of things. They keep to what it does
// say: disaster-recovery approaches cost more as they recover faster,
// from backup and restore through warm and hot standby to active-active
// (AWS, [S158]); beyond about 20 minutes of runtime generators beat
// more batteries (APC White Paper 52, [S152]). For scale, Kakao's own
// Ansan data center cost ₩460bn for 120,000 servers ([S79]).
const (
	// CostSite is one data center's building, power feed and staff.
	CostSite = 100
	// CostPer100Servers is 100 servers running a primary or a hot copy.
	CostPer100Servers = 1
	// CostGenerator is one generator unit, CostFuelDay a day of its
	// stored fuel.
	CostGenerator = 5
	CostFuelDay   = 1
	// CostUPSMinute is a minute of UPS battery runtime for a site:
	// 20 minutes cost about one generator ([S152]).
	CostUPSMinute = 0.25
	// CostWall is fire walls around a battery room; CostZoneCut the
	// switchgear to cut power zone by zone.
	CostWall    = 10
	CostZoneCut = 15
)

// copyShare is the share of a full copy's cost that a standby copy costs
// in each mode: a backup keeps data only, a warm standby runs small, a
// hot standby or an active peer runs in full.
func copyShare(m sim.Mode) float64 {
	switch m {
	case sim.ModeBackup:
		return 0.2
	case sim.ModeManual:
		return 0.5
	}
	return 1
}

// Cost is a design's yearly cost in illustrative units, by part.
type Cost struct {
	Sites, Servers, Power, Safety float64
}

// Total returns the sum of the parts.
func (c Cost) Total() float64 { return c.Sites + c.Servers + c.Power + c.Safety }

// CostOf prices the compiled scenario s of design d: its sites, the
// servers of every component copy (standbys at their mode's share) and
// of the operator's other groups, generators, fuel, UPS runtime, fire
// walls and zone-level cuts.
func CostOf(s *sim.Scenario, d Design) Cost {
	var c Cost
	c.Sites = float64(len(d.Sites)) * CostSite
	servers := map[string]int{}
	for _, g := range s.Groups {
		if g.Owner == s.Ops.Owner {
			servers[g.ID] = g.Servers
		}
	}
	var n float64
	inComp := map[string]bool{}
	for _, cp := range s.Comps {
		for j, g := range cp.Groups {
			inComp[g] = true
			share := 1.0
			if j > 0 {
				share = copyShare(cp.Mode)
			}
			n += share * float64(servers[g])
		}
	}
	for _, g := range s.Groups {
		if !inComp[g.ID] {
			n += float64(servers[g.ID])
		}
	}
	c.Servers = n / 100 * CostPer100Servers
	for _, st := range d.Sites {
		c.Power += float64(st.Generators)*CostGenerator + float64(st.Generators*st.FuelHours)/24*CostFuelDay + float64(st.UPSMin)*CostUPSMinute
		if st.Wall {
			c.Safety += CostWall
		}
		if st.ZoneCut {
			c.Safety += CostZoneCut
		}
	}
	return c
}

// Outcome is what the design's incident did over the run.
type Outcome struct {
	// UserHours is the people without service summed over time, in
	// hours; Peak the most people out at once.
	UserHours, Peak int64
	// Longest is the longest outage of any app, and LongestApp its id;
	// Dark counts the apps that went down at all.
	Longest    sim.Seconds
	LongestApp string
	Dark       int
	// Data is the worst data loss of any app, and DataApp its id ("" when
	// no app lost data).
	Data    sim.DataLoss
	DataApp string
}

// OutcomeOf sums up result r of a run that ended at r.End.
func OutcomeOf(r sim.Result) Outcome {
	o := Outcome{UserHours: r.UserHours, Peak: r.PeakUsersOut}
	for _, a := range r.Apps {
		d := a.Outage(r.End)
		if d > 0 {
			o.Dark++
		}
		if d > o.Longest {
			o.Longest, o.LongestApp = d, a.ID
		}
		if a.Data.Kind != sim.LossNone && (o.DataApp == "" || a.Data.Worse(o.Data)) {
			o.Data, o.DataApp = a.Data, a.ID
		}
	}
	return o
}
